#!/usr/bin/env bash
# Load (issue 10's acceptance, a script, not a timed test): 60 s at 32 keep-alive connections over a mix of check,
# HTML, PDF and save, each with a personal API token; prints the errors, p50/p99 per kind and the server's heap after
# a full GC at the start and at the end, with the machine's load average before and after.
# Usage: bench/load-mix.sh [SECONDS] [CONNECTIONS]      default 60 s, 32 connections
# Needs invite-web/target/giaymoi-web.jar (mvn -q -pl invite-web -am package -DskipTests), python3 and jcmd.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${GIAYMOI_WEB_JAR:-$ROOT/invite-web/target/giaymoi-web.jar}
SECONDS_RUN=${1:-60}
CONNECTIONS=${2:-32}
[[ -f "$JAR" ]] || { echo "missing $JAR: mvn -q -pl invite-web -am package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
PID=
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
PORT=$((20000 + RANDOM % 20000))
export GIAYMOI_ADMIN_PASSWORD="load-$RANDOM-$RANDOM"

(cd "$WORK" && exec java -Xmx512m -jar "$JAR" --port "$PORT" --db "jdbc:sqlite:$WORK/load.db") >"$WORK/web.log" 2>&1 &
PID=$!
for _ in $(seq 240); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.5; done
echo "server pid $PID on port $PORT, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$ROOT/invite-web/load/api_load.py" --base "http://127.0.0.1:$PORT" --seed "$ROOT/examples/seed-000.yaml" \
  --mix --seconds "$SECONDS_RUN" --threads "$CONNECTIONS" --pid "$PID" || STATUS=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "${STATUS:-0}"
