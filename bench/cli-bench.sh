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
if [[ ! -x /usr/bin/time ]]; then
  echo "Cần /usr/bin/time (gói Debian 'time'): apt-get install time" >&2
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
  echo "Định dạng '$FORMAT' chưa có trong bản dựng này ($(tr '\n' ' ' < "$WORK/probe.err" | cut -c1-240)); đo bằng txt." >&2
  FORMAT=txt
fi

# median wall time and median CPU time (user + sys, less disturbed by other load) of RUNS runs of a command
measure() {
  local walls=() cpus=()
  for ((r = 0; r < RUNS; r++)); do
    rm -rf "$WORK/out"
    /usr/bin/time -o "$WORK/time" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
    read -r wall user sys < <(tail -1 "$WORK/time")
    walls+=("$wall")
    cpus+=("$(echo "$user + $sys" | bc -l)")
  done
  printf '%s %s\n' "$(median "${walls[@]}")" "$(median "${cpus[@]}")"
}
median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'
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
printf '%-46s %9s %9s %9s\n' "case" "wall (s)" "files/s" "cpu (s)"
row() { # name "wall cpu" files
  local wall cpu
  read -r wall cpu <<< "$2"
  printf '%-46s %9s %9s %9s\n' "$1" "$wall" "$(echo "$3 / $wall" | bc -l | xargs printf '%.1f')" "$cpu"
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
# the launcher bin/giaymoi: a dynamic archive recorded by its first run (-XX:ArchiveClassesAtExit)
export XDG_CACHE_HOME="$WORK/cache"
GIAYMOI_JAR="$JAR" "$ROOT/bin/giaymoi" check "$ONE" >/dev/null 2>&1 || true
row "check 1 file [bin/giaymoi, dynamic CDS]" "$(GIAYMOI_JAR="$JAR" measure "$ROOT/bin/giaymoi" check "$ONE")" 1
