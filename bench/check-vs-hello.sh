#!/usr/bin/env bash
# Start-up: `giaymoi check` of one file vs a JVM hello world (benchmark, not a test). Issue #18's anchor.
# Usage: bench/check-vs-hello.sh [RUNS]     RUNS default 7, alternating the cases; medians of wall and CPU (user+sys).
# Cases: hello world (default java); check with plain java -jar; with bin/giaymoi (its CDS archive, recorded by a
# first run); and, when a JDK 25 is installed (GIAYMOI_JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java),
# hello world and bin/giaymoi on it (its AOT cache, JEP 483/514/515, recorded by a first run). bin/giaymoi also
# gives the JVM its flags for short commands (C1 only, serial GC); "check java -jar" runs without any of this.
# GIAYMOI_BENCH_FILE names another file to check (default examples/seed-002.yaml). GIAYMOI_BENCH_PRIO runs every case,
# the anchors too, under a command such as "chrt -r 10" (real-time round robin: on a machine others keep busy it stands
# in for a quiet one; "chrt -f" is unfair to a command's helper threads: FIFO does not share a core between them).
# GIAYMOI_BENCH_BEFORE_JAR names a previous build's jar: its check with bin/giaymoi joins the loop, so that two builds
# are compared in the same window (the machine's speed drifts between windows more than a change moves a check).
# Prints what a re-run needs: date, commit, jar, JDKs, cores, CPU, load before and after, priority.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${GIAYMOI_JAR:-$ROOT/invite-cli/target/giaymoi.jar}
RUNS=${1:-7}
JAVA25=${GIAYMOI_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[[ -f "$JAR" ]] || { echo "missing $JAR: mvn -q -pl invite-cli -am package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_CACHE_HOME="$WORK/cache"
ONE=${GIAYMOI_BENCH_FILE:-$ROOT/examples/seed-002.yaml}
PRIO=${GIAYMOI_BENCH_PRIO:-}
mkdir -p "$WORK/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("xin chào"); } }\n' > "$WORK/hello/Hello.java"
javac --release 17 -d "$WORK/hello" "$WORK/hello/Hello.java"

CASES=("hello" "check java -jar" "check bin/giaymoi")
cmd() {
  case $1 in
    "hello") echo java -Xshare:auto -cp "$WORK/hello" Hello ;;
    "check java -jar") echo java -jar "$JAR" check "$ONE" ;;
    "check bin/giaymoi") echo env GIAYMOI_JAR="$JAR" "$ROOT/bin/giaymoi" check "$ONE" ;;
    "check bin/giaymoi before") echo env GIAYMOI_JAR="$GIAYMOI_BENCH_BEFORE_JAR" "$ROOT/bin/giaymoi" check "$ONE" ;;
    "hello jdk25") echo "$JAVA25" -cp "$WORK/hello" Hello ;;
    "check bin/giaymoi jdk25") echo env GIAYMOI_JAR="$JAR" GIAYMOI_JAVA="$JAVA25" "$ROOT/bin/giaymoi" check "$ONE" ;;
  esac
}
if [[ -n ${GIAYMOI_BENCH_BEFORE_JAR:-} ]]; then CASES+=("check bin/giaymoi before"); fi
if [[ -x "$JAVA25" ]]; then CASES+=("hello jdk25" "check bin/giaymoi jdk25"); fi
for c in "${CASES[@]}"; do $(cmd "$c") >/dev/null 2>&1 || true; done   # records bin/giaymoi's archives
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
declare -A WALL CPU
for ((r = 0; r < RUNS; r++)); do
  for c in "${CASES[@]}"; do
    $PRIO /usr/bin/time -o "$WORK/time" -f '%e %U %S' $(cmd "$c") >/dev/null 2>&1 || true
    read -r wall user sys < <(tail -1 "$WORK/time")
    WALL[$c]+="$wall "; CPU[$c]+="$(echo "$user + $sys" | bc -l) "
  done
done
printf 'date: %s; commit: %s; jar: %s (%s)\n' "$(date -u '+%F %H:%M UTC')" \
  "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')" "$JAR" "$(date -u -r "$JAR" '+%F %H:%M UTC')"
printf 'java: %s' "$(java -version 2>&1 | head -1)"
if [[ -x "$JAVA25" ]]; then printf '; jdk25: %s' "$("$JAVA25" -version 2>&1 | head -1)"; fi
printf '\ncores: %s (%s); load before: %s, after: %s; priority: %s; file: %s\n' "$(nproc)" \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)" "$LOAD_BEFORE" "$(cut -d' ' -f1-3 /proc/loadavg)" \
  "${PRIO:-none}" "${ONE#"$ROOT"/}"
printf 'runs: %s alternating (median)\n' "$RUNS"
printf '%-26s %8s %8s %12s %12s\n' case "wall s" "CPU s" "x hello wall" "x hello CPU"
H=$(median ${WALL[hello]})
HC=$(median ${CPU[hello]})
for c in "${CASES[@]}"; do
  w=$(median ${WALL[$c]}); u=$(median ${CPU[$c]})
  printf '%-26s %8s %8s %12.1f %12.1f\n' "$c" "$w" "$u" "$(echo "$w / $H" | bc -l)" "$(echo "$u / $HC" | bc -l)"
done
echo "target: check with the launcher < 0.5 s wall"
