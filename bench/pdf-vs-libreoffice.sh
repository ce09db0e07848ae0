#!/usr/bin/env bash
# PDF: giaymoi vs LibreOffice on the same invitations (benchmark, not a test). Issue #18's anchor.
# Usage: bench/pdf-vs-libreoffice.sh [RUNS] [FILES]     RUNS default 3 (alternating: ours, LibreOffice, ours, …); FILES 200.
# Needs: invite-cli/target/giaymoi.jar (mvn -q -pl invite-cli -am package -DskipTests), soffice, /usr/bin/time.
# LibreOffice converts the DOCX that giaymoi writes for the same invitation (soffice --headless --convert-to pdf).
# Reported: median wall and median CPU (user+sys) per case; the ratios are taken within this one run, so other
# load on a shared machine touches both sides alike. Also: 1,000 PDFs in one giaymoi batch.
# Ours runs through the launcher bin/giaymoi, as a user runs it (its JVM flags and its CDS archive or, with
# GIAYMOI_JAVA naming a JDK 25, its AOT cache, recorded by a first run); "ours batch -jar" is the same batch with a
# plain `java -jar`, for reference. GIAYMOI_BENCH_PRIO runs every case, LibreOffice's too, under a command such as
# "chrt -r 10" (see bench/check-vs-hello.sh). Prints what a re-run needs: date, commit, jar, JDK, LibreOffice, cores,
# CPU, load before and after, priority.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${GIAYMOI_JAR:-$ROOT/invite-cli/target/giaymoi.jar}
RUNS=${1:-3}
FILES=${2:-200}
PRIO=${GIAYMOI_BENCH_PRIO:-}
[[ -f "$JAR" ]] || { echo "missing $JAR: mvn -q -pl invite-cli -am package -DskipTests" >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice missing (Debian libreoffice-writer-nogui)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_CACHE_HOME="$WORK/cache"   # bin/giaymoi's CDS archive, fresh for this jar
LO=(soffice -env:UserInstallation=file://$WORK/lo-profile --headless --norestore --convert-to pdf)

mkdir -p "$WORK/in" "$WORK/in1000"
seeds=("$ROOT"/examples/seed-*.yaml)
for ((i = 0; i < 1000; i++)); do
  f=$(printf 'inv-%04d.yaml' "$i")
  cp "${seeds[i % ${#seeds[@]}]}" "$WORK/in1000/$f"
  ((i < FILES)) && cp "${seeds[i % ${#seeds[@]}]}" "$WORK/in/$f"
done
ONE="$ROOT/examples/seed-002.yaml"
java -jar "$JAR" render "$WORK/in" --format docx --out "$WORK/docx" --quiet >/dev/null
ONE_DOCX=$(ls "$WORK"/docx/*.docx | sed -n 3p)   # inv-0002: seed-002
"${LO[@]}" --outdir "$WORK/warm" "$ONE_DOCX" >/dev/null 2>&1   # LibreOffice's first start builds its profile
export GIAYMOI_JAR="$JAR"
"$ROOT/bin/giaymoi" render "$ONE" --format pdf --out "$WORK/warm" >/dev/null 2>&1 || true  # records the CDS archive
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
declare -A WALL CPU RSS
run() { # name command…: one timed run appended to the case's samples
  local name=$1; shift
  rm -rf "$WORK/out"; mkdir -p "$WORK/out"
  $PRIO /usr/bin/time -o "$WORK/time" -f '%e %U %S %M' "$@" >/dev/null 2>"$WORK/err" || { echo "failed: $*" >&2; tail -3 "$WORK/err" >&2; }
  read -r wall user sys rss < <(tail -1 "$WORK/time")
  WALL[$name]+="$wall "; CPU[$name]+="$(echo "$user + $sys" | bc -l) "; RSS[$name]+="$rss "
}
for ((r = 0; r < RUNS; r++)); do
  run "ours single" "$ROOT/bin/giaymoi" render "$ONE" --format pdf --out "$WORK/out"
  run "LO single" "${LO[@]}" --outdir "$WORK/out" "$ONE_DOCX"
  run "ours batch" "$ROOT/bin/giaymoi" render "$WORK/in" --format pdf --out "$WORK/out" --quiet
  run "LO batch" "${LO[@]}" --outdir "$WORK/out" "$WORK"/docx/*.docx
  run "ours batch -jar" java -jar "$JAR" render "$WORK/in" --format pdf --out "$WORK/out" --quiet
done
run "ours 1000" "$ROOT/bin/giaymoi" render "$WORK/in1000" --format pdf --out "$WORK/out" --quiet

printf 'date: %s; commit: %s; jar: %s (%s)\n' "$(date -u '+%F %H:%M UTC')" \
  "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')" "$JAR" "$(date -u -r "$JAR" '+%F %H:%M UTC')"
printf 'java: %s; %s\n' "$("${GIAYMOI_JAVA:-java}" -version 2>&1 | head -1)" "$(soffice --version 2>/dev/null | head -1)"
printf 'cores: %s (%s); load before: %s, after: %s; priority: %s; runs: %s alternating (median)\n' "$(nproc)" \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)" "$LOAD_BEFORE" "$(cut -d' ' -f1-3 /proc/loadavg)" \
  "${PRIO:-none}" "$RUNS"
printf '%-16s %9s %9s %9s %10s\n' case "wall s" "CPU s" "files/s" "peak MiB"
declare -A W C
for name in "ours single" "LO single" "ours batch" "LO batch" "ours batch -jar" "ours 1000"; do
  n=1; [[ $name == *batch* ]] && n=$FILES; [[ $name == *1000 ]] && n=1000
  W[$name]=$(median ${WALL[$name]}); C[$name]=$(median ${CPU[$name]})
  printf '%-16s %9s %9s %9.1f %10.0f\n' "$name" "${W[$name]}" "${C[$name]}" "$(echo "$n / ${W[$name]}" | bc -l)" \
    "$(echo "$(median ${RSS[$name]}) / 1024" | bc -l)"
done
printf 'batch of %s: ours at %.2fx LibreOffice'"'"'s rate (wall), %.2fx its CPU per file (target >= 10x rate)\n' "$FILES" \
  "$(echo "${W[LO batch]} / ${W[ours batch]}" | bc -l)" "$(echo "${C[ours batch]} / ${C[LO batch]}" | bc -l)"
printf 'single: ours %.2f of LibreOffice'"'"'s wall time, %.2f of its CPU (target <= 0.33)\n' \
  "$(echo "${W[ours single]} / ${W[LO single]}" | bc -l)" "$(echo "${C[ours single]} / ${C[LO single]}" | bc -l)"
printf '1000 PDFs: %s s wall (target < 20 s)\n' "${W[ours 1000]}"
# what each target asks in seconds of this run, and how far ours is from it
printf 'targets in this run: batch <= %.2f s wall (LibreOffice / 10; ours %s s: %.0f %% to cut), single <= %.2f s (LibreOffice / 3; ours %s s)\n' \
  "$(echo "${W[LO batch]} / 10" | bc -l)" "${W[ours batch]}" \
  "$(echo "100 * (1 - ${W[LO batch]} / 10 / ${W[ours batch]})" | bc -l)" "$(echo "${W[LO single]} / 3" | bc -l)" "${W[ours single]}"
printf 'quiet re-run: bench/pdf-vs-libreoffice.sh 5 (load average < 1 before it; on a shared machine GIAYMOI_BENCH_PRIO="chrt -r 10";\n'
printf '  JDK 25 with its AOT cache: GIAYMOI_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)\n'
