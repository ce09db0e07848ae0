#!/usr/bin/env bash
# Quy mô cấp tỉnh (province scale), đo chứ không phải test: sinh COUNT giấy mời của ORGS cơ quan vào PostgreSQL,
# đo p50/p95/p99 của danh sách, tìm kiếm và mở một giấy mời, rồi đo sổ đăng ký số (số lượt ban hành/giây) với một
# rồi hai máy chủ trên cùng một PostgreSQL và kiểm tra không có số trùng.
# Cách dùng: bench/province-scale.sh [generate|read|approve|register|all] [COUNT] [ORGS]
#   mặc định: all 1000000 500. Biến môi trường: PG_URL (mặc định jdbc:postgresql://localhost:5432/giaymoi_scale_province),
#   PG_USER/PG_PASSWORD (giaymoi/giaymoi), THREADS (đọc: 4), REQUESTS (mỗi loại yêu cầu: 400),
#   REG_THREADS (mỗi máy chủ: 8), REG_SECONDS (20), THREADS/REQUESTS cho "read"; JAVA_OPTS=-Donly=search chỉ đo các
#   loại yêu cầu có chữ đó trong tên (search, list, open). "register" chạy 1 máy chủ, 2 máy chủ, rồi 2 máy chủ mà một
#   máy bị kill -9 giữa chừng, và đếm số trùng / số thiếu.
# "approve" trình rồi duyệt giấy mời nháp/đã trình bằng chính các bước của kho (move) cho đến khi có APPROVE_TARGET
#   (mặc định 50000) giấy mời đã duyệt, để mỗi lần đo "register" có đủ giấy mời để ban hành.
# Cơ sở dữ liệu phải có sẵn và thuộc tài khoản PG_USER, ví dụ: runuser -u postgres -- createdb -O giaymoi giaymoi_scale_province
# "generate" xóa sạch dữ liệu cũ trong cơ sở dữ liệu đó.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODE=${1:-all}
COUNT=${2:-1000000}
ORGS=${3:-500}
PG_URL=${PG_URL:-jdbc:postgresql://localhost:5432/giaymoi_scale_province}
PG_USER=${PG_USER:-giaymoi}
PG_PASSWORD=${PG_PASSWORD:-giaymoi}
THREADS=${THREADS:-4}
REQUESTS=${REQUESTS:-400}
REG_THREADS=${REG_THREADS:-8}
REG_SECONDS=${REG_SECONDS:-20}
PG_DB=${PG_URL##*/}
export PGPASSWORD=$PG_PASSWORD
psql_db() { psql -h localhost -U "$PG_USER" -d "$PG_DB" -At "$@"; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
mvn -q -o -pl invite-store -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="$ROOT/invite-store/target/test-classes:$ROOT/invite-store/target/classes:$(cat "$WORK/cp.txt")"
JAVA=(java -Xmx1g ${JAVA_OPTS:-} -cp "$CP") # JAVA_OPTS: e.g. -Dthreads=4 -Drounds=40 for the generator

machine() { echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"; }

# what a re-run on a quiet machine needs to compare with: build, JVM, PostgreSQL and its memory settings, the data
echo "# commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with local changes)');" \
  "$(java -version 2>&1 | head -1); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "# PostgreSQL $(psql_db -c 'SHOW server_version'): shared_buffers $(psql_db -c 'SHOW shared_buffers')," \
  "work_mem $(psql_db -c 'SHOW work_mem'), effective_cache_size $(psql_db -c 'SHOW effective_cache_size'); database $PG_DB"

if [[ $MODE == generate || $MODE == all ]]; then
  machine
  psql_db -q -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
  start=$(date +%s)
  "${JAVA[@]}" vn.giaymoi.store.jdbc.ProvinceGenerator "$PG_URL" "$PG_USER" "$PG_PASSWORD" "$COUNT" "$ORGS" "$ROOT/examples"
  echo "# generated in $(( $(date +%s) - start )) s; database size $(psql_db -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
  psql_db -c "SELECT status, count(*) FROM invitation GROUP BY status ORDER BY 2 DESC" | sed 's/^/#   /'
fi

if [[ $MODE == read || $MODE == all ]]; then
  machine
  echo "# data: $(psql_db -c "SELECT count(*) FROM invitation") invitations, $(psql_db -c "SELECT count(*) FROM organisation")" \
    "organisations, database $(psql_db -c "SELECT pg_size_pretty(pg_database_size(current_database()))");" \
    "schema $(psql_db -c "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")"
  "${JAVA[@]}" vn.giaymoi.store.jdbc.ProvinceLoad "$PG_URL" "$PG_USER" "$PG_PASSWORD" "$THREADS" "$REQUESTS"
  machine
fi

cpu_ms() { # PID…: CPU time (user + system) of these processes so far, in ms
  local pid total=0 hz
  hz=$(getconf CLK_TCK)
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] && total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") ))
  done
  echo $(( total * 1000 / hz ))
}

commits() { # transactions committed in the database so far (the statistics lag by up to half a second)
  psql_db -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
}

register_run() { # SERVERS [KILL]: KILL=kill stops the last server with kill -9 halfway through the window
  local servers=$1 kill=${2:-} begin p pids=() backends java0 pg0 java1 pg1 issued commits0 commits1
  begin=$(( $(date +%s%3N) + 15000 )) # all servers start issuing together, after their start-up
  for ((p = 0; p < servers; p++)); do
    "${JAVA[@]}" vn.giaymoi.store.jdbc.RegisterLoad "$PG_URL" "$PG_USER" "$PG_PASSWORD" "$REG_THREADS" "$begin" \
      "$REG_SECONDS" "$p" "$servers" 2026-11-29 > "$WORK/reg-$servers$kill-$p.log" 2>&1 &
    pids+=($!)
  done
  # CPU of the servers and of their PostgreSQL backends over the window's second half (JIT warm): where an issue's
  # time goes
  sleep $(( (begin - $(date +%s%3N)) / 1000 + REG_SECONDS / 2 ))
  backends=$(psql_db -c "SELECT pid FROM pg_stat_activity WHERE datname = current_database()
    AND backend_type = 'client backend' AND pid <> pg_backend_pid()")
  java0=$(cpu_ms "${pids[@]}"); pg0=$(cpu_ms $backends); commits0=$(commits)
  if [[ $kill == kill ]]; then
    kill -9 "${pids[-1]}"
    echo "# $(date -u +%T) kill -9 of server $servers of $servers (pid ${pids[-1]}) halfway through the window"
  fi
  sleep $(( REG_SECONDS / 2 - 2 ))
  java1=$(cpu_ms "${pids[@]}"); pg1=$(cpu_ms $backends); commits1=$(commits)
  wait || true
  # issued in the window's second half, as the servers counted them
  issued=$(cat "$WORK"/reg-"$servers$kill"-*.log | awk '/RESULT/ { for (i = 1; i <= NF; i++) if ($i == "half:") n += $(i + 1) }
    END { print n + 0 }')
  cat "$WORK"/reg-"$servers$kill"-*.log | grep -E "RESULT|WARN|ERROR" | head -20
  awk -v s="$servers" '/RESULT/ { for (i = 1; i <= NF; i++) { if ($i == "issues/s;") total += $(i - 1);
      if ($i == "late-issues/s") late += $(i - 1) } }
    END { printf "# %d server(s) x %s threads: %.0f issues/s together over the window, %.1f in its second half\n",
      s, ENVIRON["REG_THREADS"], total, late }' \
    "$WORK"/reg-"$servers$kill"-*.log
  if [[ $kill != kill && $issued -gt 0 && $java1 -gt $java0 && $pg1 -gt $pg0 ]]; then
    echo "# second half: $issued issued; CPU per issue: servers $(awk -v c=$(( java1 - java0 )) -v n="$issued" 'BEGIN { printf "%.2f", c / n }') ms," \
      "their PostgreSQL backends $(awk -v c=$(( pg1 - pg0 )) -v n="$issued" 'BEGIN { printf "%.2f", c / n }') ms; $(( commits1 - commits0 )) commits in the database," \
      "one the find of each issue, so about $(awk -v c=$(( commits1 - commits0 )) -v n="$issued" \
        'BEGIN { printf "%.1f", (c > n ? n / (c - n) : 0) }') issues a transaction (2 cores: at most $(( 2000 * issued / (java1 - java0 + pg1 - pg0 + 1) )) issues/s on this machine were nothing else running)"
  fi
}

commit_latency() { # one small logged insert committed at a time: a register's ceiling is one issue per commit
  local n=200 start ms
  psql_db -q -c "CREATE TABLE IF NOT EXISTS bench_commit (n int)"
  start=$(date +%s%N)
  for ((i = 0; i < n; i++)); do echo "INSERT INTO bench_commit VALUES ($i);"; done | psql_db -q
  ms=$(( ($(date +%s%N) - start) / 1000 / n ))
  psql_db -q -c "DROP TABLE bench_commit"
  echo "# commit latency (fsync of the WAL, one client, $n commits): $(( ms / 1000 )).$(printf %03d $(( ms % 1000 ))) ms;" \
    "one register (organisation, year, ký hiệu) issues at most ~$(( 1000000 / (ms + 1) )) a second, its row locked until commit"
}

if [[ $MODE == approve ]]; then # not in "all": the generator leaves a tenth approved
  machine
  start=$(date +%s)
  "${JAVA[@]}" vn.giaymoi.store.jdbc.RegisterApprove "$PG_URL" "$PG_USER" "$PG_PASSWORD" "${APPROVE_TARGET:-50000}" 4 \
    2>&1 | grep -E "RESULT|approving|WARN|ERROR"
  echo "# approved in $(( $(date +%s) - start )) s: $(psql_db -c "SELECT count(*) FROM invitation WHERE status = 'APPROVED'") to issue"
fi

if [[ $MODE == register || $MODE == all ]]; then
  export REG_THREADS
  machine
  commit_latency
  echo "# load: approved invitations of every organisation in random (id) order, each server taking every second one;" \
    "an issue takes its own organisation's register (organisation, year, ký hiệu): many registers at once, as in a province"
  register_run 1
  machine
  register_run 2
  machine
  register_run 2 kill
  machine
  echo "# duplicate numbers (one number of a series and year issued twice): $(psql_db -c "SELECT count(*) FROM (
    SELECT 1 FROM invitation_version WHERE status = 'ISSUED'
    GROUP BY issuer, symbol, EXTRACT(YEAR FROM issue_date), doc_number HAVING count(*) > 1) d")"
  echo "# register rows whose last number is not the count of numbers issued in them: $(psql_db -c "SELECT count(*)
    FROM number_register r LEFT JOIN (SELECT issuer, symbol, EXTRACT(YEAR FROM issue_date)::int AS y, count(*) AS n
      FROM invitation_version WHERE status = 'ISSUED' GROUP BY 1, 2, 3) v
      ON v.issuer = r.issuer AND v.symbol = r.symbol AND v.y = r.register_year
    WHERE r.last_number <> coalesce(v.n, 0)")"
fi
