#!/usr/bin/env bash
# Web: POST /api/v1/render of an invitation vs a bare Vert.x endpoint answering the same bytes (benchmark, not a test).
# Usage: bench/web-vs-vertx.sh [SECONDS] [ROUNDS]    default 10 s per case, 2 rounds, cases alternating.
# Needs invite-web/target/giaymoi-web.jar (mvn -q -pl invite-web -am package -DskipTests) and wrk. Both servers run
# with -Xmx128m; wrk: 2 threads, 32 connections. Cases: the bare endpoint (POST, answers a fixed preview page);
# HTML preview with the same body every time (answered from the render cache); HTML with a different body every
# request (a comment line numbered per request, so each is parsed and drawn); PDF with a different body every request.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${GIAYMOI_WEB_JAR:-$ROOT/invite-web/target/giaymoi-web.jar}
SECONDS_PER=${1:-10}
ROUNDS=${2:-2}
[[ -f "$JAR" ]] || { echo "missing $JAR: mvn -q -pl invite-web -am package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk missing (Debian wrk)" >&2; exit 2; }
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
WEB_PORT=$((20000 + RANDOM % 20000)); BARE_PORT=$((WEB_PORT + 1))
SEED="$ROOT/examples/seed-002.yaml"

export GIAYMOI_ADMIN_PASSWORD="bench-$RANDOM-$RANDOM"
java -Xmx128m -jar "$JAR" --port "$WEB_PORT" --db "jdbc:sqlite:$WORK/bench.db" >"$WORK/web.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$WEB_PORT/api/v1/formats" >/dev/null && break; sleep 0.5; done
# the API wants a personal token since accounts came; the bare endpoint gets the same header and ignores it
TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$GIAYMOI_ADMIN_PASSWORD\"}" "http://127.0.0.1:$WEB_PORT/api/v1/auth/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/yaml' --data-binary @"$SEED" \
  "http://127.0.0.1:$WEB_PORT/api/v1/render?format=html" -o "$WORK/page.html"
cat > "$WORK/Bare.java" <<'JAVA'
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;

public class Bare {
    public static void main(String[] a) throws Exception {
        Buffer page = Buffer.buffer(Files.readAllBytes(Path.of(a[1])));
        Vertx.vertx().createHttpServer()
                .requestHandler(r -> r.body().onSuccess(b -> r.response()
                        .putHeader("Content-Type", "text/html; charset=utf-8").end(page)))
                .listen(Integer.parseInt(a[0]), "127.0.0.1");
    }
}
JAVA
java -Xmx128m -cp "$JAR" "$WORK/Bare.java" "$BARE_PORT" "$WORK/page.html" >"$WORK/bare.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 120); do curl -sf -X POST -d x "http://127.0.0.1:$BARE_PORT/" >/dev/null && break; sleep 0.5; done

BODY="[==[$(cat "$SEED")]==]"   # a Lua long string: the YAML as it is
cat > "$WORK/same.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = $BODY
LUA
cat > "$WORK/varied.lua" <<LUA
local body = $BODY
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/yaml", ["Authorization"] = "Bearer $TOKEN"}, body .. "\n# " .. n .. "-" .. math.random(1e9) .. "\n")
end
LUA
for f in html pdf; do  # warm the JIT of both paths before measuring
  wrk -t2 -c8 -d5s -s "$WORK/varied.lua" "http://127.0.0.1:$WEB_PORT/api/v1/render?format=$f" >/dev/null
done
wrk -t2 -c8 -d3s -s "$WORK/same.lua" "http://127.0.0.1:$BARE_PORT/" >/dev/null

declare -A RPS P50 P99 ERR
run() { # name script url
  local out
  out=$(wrk -t2 -c32 -d"${SECONDS_PER}s" --latency -s "$2" "$3")
  RPS[$1]+="$(awk '/Requests\/sec/ {print $2}' <<<"$out") "
  P50[$1]+="$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms) "
  P99[$1]+="$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms) "
  ERR[$1]+="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')"
}
to_ms() { sed -E 's/([0-9.]+)us/\1 0.001/; s/([0-9.]+)ms/\1 1/; s/([0-9.]+)s$/\1 1000/' | awk '{printf "%.2f", $1 * $2}'; }
CASES=("bare Vert.x" "HTML same body" "HTML varied body" "PDF varied body")
for ((r = 0; r < ROUNDS; r++)); do
  run "bare Vert.x" "$WORK/same.lua" "http://127.0.0.1:$BARE_PORT/"
  run "HTML same body" "$WORK/same.lua" "http://127.0.0.1:$WEB_PORT/api/v1/render?format=html"
  run "HTML varied body" "$WORK/varied.lua" "http://127.0.0.1:$WEB_PORT/api/v1/render?format=html"
  run "PDF varied body" "$WORK/varied.lua" "http://127.0.0.1:$WEB_PORT/api/v1/render?format=pdf"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
printf 'cores: %s; load: %s; %s s per case, %s rounds alternating (median); both servers -Xmx128m; wrk -t2 -c32\n' \
  "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$SECONDS_PER" "$ROUNDS"
printf '%-18s %10s %9s %9s %9s  %s\n' case "req/s" "p50 ms" "p99 ms" "x bare" errors
B=$(median ${RPS[bare Vert.x]})
for c in "${CASES[@]}"; do
  rps=$(median ${RPS[$c]})
  printf '%-18s %10s %9s %9s %9.3f  %s\n' "$c" "$rps" "$(median ${P50[$c]})" "$(median ${P99[$c]})" \
    "$(echo "$rps / $B" | bc -l)" "${ERR[$c]:-}"
done
echo "target: HTML preview p99 < 25 ms at 32 connections on a quiet machine"
