#!/usr/bin/env bash
# Đo thời gian của CLI giaymoi (không phải test): `check` một tệp, và `render` 200 tệp song song.
# Cách dùng: bench/cli-bench.sh [FORMAT] [RUNS]     FORMAT mặc định pdf; RUNS mặc định 5.
# Cần jar đã dựng: mvn -q -pl invite-cli -am package -DskipTests  (tạo invite-cli/target/giaymoi.jar)
# Nếu bản dựng chưa có FORMAT (ví dụ pdf), script nói rõ và đo bằng txt.
# Đo cả khởi động JVM: mặc định, với AppCDS tĩnh (-XX:DumpLoadedClassList, -Xshare:dump, -XX:SharedArchiveFile),
# và với AppCDS + -XX:TieredStopAtLevel=1 (chỉ trình biên dịch C1, khởi động nhanh hơn cho lệnh ngắn).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/invite-cli/target/giaymoi.jar"
FORMAT=${1:-pdf}
RUNS=${2:-5}
FILES=200

if [[ ! -f "$JAR" ]]; then
  echo "Không thấy $JAR; hãy dựng trước: mvn -q -pl invite-cli -am package -DskipTests" >&2
  exit 2
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# 200 tệp đầu vào: các tệp mẫu examples/seed-*.yaml lặp vòng, mỗi tệp một tên.
mkdir -p "$WORK/in"
seeds=("$ROOT"/examples/seed-*.yaml)
for ((i = 0; i < FILES; i++)); do
  cp "${seeds[i % ${#seeds[@]}]}" "$WORK/in/$(printf 'inv-%03d.yaml' "$i")"
done
ONE="$ROOT/examples/seed-002.yaml"

if ! java -jar "$JAR" render "$ONE" --format "$FORMAT" --out "$WORK/probe" >/dev/null 2>"$WORK/probe.err"; then
  echo "Định dạng '$FORMAT' chưa có trong bản dựng này ($(tr -d '\n' < "$WORK/probe.err" | cut -c1-240)); đo bằng txt." >&2
  FORMAT=txt
fi

now() { date +%s.%N; }

# median of RUNS wall times (seconds) of a command
measure() {
  local times=()
  for ((r = 0; r < RUNS; r++)); do
    rm -rf "$WORK/out"
    local t0 t1
    t0=$(now)
    "$@" >/dev/null 2>&1 || true
    t1=$(now)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'
}

# AppCDS (static, JDK 17): record the classes loaded by one check and one render, then dump one archive for both.
CDS="$WORK/giaymoi.jsa"
java -XX:DumpLoadedClassList="$WORK/check.lst" -jar "$JAR" check "$ONE" >/dev/null 2>&1 || true
java -XX:DumpLoadedClassList="$WORK/render.lst" -jar "$JAR" render "$WORK/in/inv-000.yaml" "$WORK/in/inv-001.yaml" \
  "$WORK/in/inv-002.yaml" "$WORK/in/inv-003.yaml" --format "$FORMAT" --out "$WORK/train" >/dev/null 2>&1 || true
sort -u "$WORK/check.lst" "$WORK/render.lst" > "$WORK/classes.lst"
java -Xshare:dump -XX:SharedClassListFile="$WORK/classes.lst" -XX:SharedArchiveFile="$CDS" -cp "$JAR" \
  >"$WORK/dump.log" 2>&1 || { echo "AppCDS dump failed; see below" >&2; tail -5 "$WORK/dump.log" >&2; }
printf 'AppCDS archive: %s classes, %s\n' "$(wc -l < "$WORK/classes.lst")" "$(du -h "$CDS" | cut -f1)"

printf 'java: %s; cores: %s; load: %s; runs: %s (median)\n' "$(java -version 2>&1 | head -1)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$RUNS"
printf '%-44s %10s %12s\n' "case" "wall (s)" "files/s"
row() { # name seconds files
  printf '%-44s %10s %12s\n' "$1" "$2" "$(echo "$3 / $2" | bc -l | xargs printf '%.1f')"
}
for mode in plain cds cds-c1; do
  case $mode in
    plain) JVM=(java) ;;
    cds) JVM=(java -XX:SharedArchiveFile="$CDS") ;;
    cds-c1) JVM=(java -XX:SharedArchiveFile="$CDS" -XX:TieredStopAtLevel=1) ;;
  esac
  row "check 1 file [$mode]" "$(measure "${JVM[@]}" -jar "$JAR" check "$ONE")" 1
  row "render $FILES files --format $FORMAT [$mode]" \
    "$(measure "${JVM[@]}" -jar "$JAR" render "$WORK/in" --format "$FORMAT" --out "$WORK/out" --quiet)" "$FILES"
done
row "check $FILES files [plain]" "$(measure java -jar "$JAR" check "$WORK/in" --quiet)" "$FILES"
row "render $FILES files --format $FORMAT -j 1 [plain]" \
  "$(measure java -jar "$JAR" render "$WORK/in" --format "$FORMAT" --out "$WORK/out" --quiet -j 1)" "$FILES"
