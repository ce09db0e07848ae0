#!/usr/bin/env python3
"""Load script for the web API (no dependencies): POSTs a seed to /check and /render with N client threads over
keep-alive connections and prints throughput and latency percentiles. Usage:
  java -jar invite-web/target/giaymoi-web.jar --port 8080 &
  python3 invite-web/load/api_load.py --base http://localhost:8080 --seed examples/seed-000.yaml --threads 8 --requests 2000 --formats txt,html,pdf
Mixed mode (issue 10's acceptance): --mix --seconds 60 --threads 32 runs check, HTML, PDF and save round-robin on
every connection for a fixed time, counts every non-2xx answer and socket error, prints p50/p99 per kind, and with
--pid the server's heap after a full GC before and after the run (jcmd GC.run, GC.heap_info).
Every request carries a personal API token (Authorization: Bearer), made once at the start from --user and the
password in the environment variable named by --password-env (default GIAYMOI_ADMIN_PASSWORD).
"""
import argparse, collections, http.client, json, os, re, statistics, subprocess, threading, time, urllib.parse

HEADERS = {"Content-Type": "application/yaml"}

def login(base, user, password):
    u = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=60)
    conn.request("POST", "/api/v1/auth/token", body=json.dumps({"username": user, "password": password}),
                 headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    answer = r.read()
    if r.status != 201:
        raise SystemExit(f"/api/v1/auth/token: HTTP {r.status} {answer[:200]!r}")
    HEADERS["Authorization"] = "Bearer " + json.loads(answer)["token"]

MIX = [("check", "POST", "/api/v1/check"), ("html", "POST", "/api/v1/render?format=html"),
       ("pdf", "POST", "/api/v1/render?format=pdf"), ("save", "POST", "/api/v1/invitations")]

def heap_after_gc(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    m = re.search(r"used (\d+)K", info)
    return int(m.group(1)) // 1024 if m else -1

def mixed(base, body, seconds, out, errors):
    u = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=60)
    end, i = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        kind, method, path = MIX[i % len(MIX)]
        i += 1
        t = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=HEADERS)
            r = conn.getresponse()
            r.read()
            ok, status = 200 <= r.status < 300, r.status
        except (OSError, http.client.HTTPException) as e:
            ok, status = False, type(e).__name__
            conn.close()
            conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=60)
        out.append((kind, time.perf_counter() - t))
        if not ok:
            errors.append((kind, status))

def run_mix(o, body):
    before = heap_after_gc(o.pid) if o.pid else None
    lat, errors = [], []
    threads = [threading.Thread(target=mixed, args=(o.base, body, o.seconds, lat, errors)) for _ in range(o.threads)]
    t0 = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    wall = time.perf_counter() - t0
    print(f"mix: {len(lat)} requests in {wall:.0f} s over {o.threads} connections, {len(lat)/wall:.1f} req/s, "
          f"{len(errors)} errors")
    for kind, _, _ in MIX:
        ms = sorted(d * 1000 for k, d in lat if k == kind)
        if ms:
            q = lambda p: ms[min(len(ms) - 1, int(p * len(ms)))]
            print(f"  {kind}: {len(ms)} requests, p50 {q(0.5):.0f} ms, p99 {q(0.99):.0f} ms, max {ms[-1]:.0f} ms, "
                  f"{sum(1 for k, _ in errors if k == kind)} errors "
                  f"{sorted(collections.Counter(s for k, s in errors if k == kind).items(), key=str)}")
    if o.pid:
        print(f"heap after full GC: {before} MB before, {heap_after_gc(o.pid)} MB after")
    if errors:
        raise SystemExit(1)

def run(base, path, body, count, out):
    u = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=30)
    for _ in range(count):
        t = time.perf_counter()
        conn.request("POST", path, body=body, headers=HEADERS)
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            raise SystemExit(f"{path}: HTTP {r.status}")
        out.append(time.perf_counter() - t)

def main():
    a = argparse.ArgumentParser()
    a.add_argument("--base", default="http://localhost:8080")
    a.add_argument("--seed", default="examples/seed-000.yaml")
    a.add_argument("--threads", type=int, default=8)
    a.add_argument("--requests", type=int, default=2000)
    a.add_argument("--formats", default="txt", help="comma-separated render formats, e.g. txt,html,pdf")
    a.add_argument("--mix", action="store_true", help="check, HTML, PDF and save for --seconds")
    a.add_argument("--seconds", type=int, default=60)
    a.add_argument("--pid", type=int, help="the server's process id, to read its heap after GC (jcmd)")
    a.add_argument("--user", default="admin")
    a.add_argument("--password-env", default="GIAYMOI_ADMIN_PASSWORD")
    o = a.parse_args()
    body = open(o.seed, "rb").read()
    login(o.base, o.user, os.environ[o.password_env])
    if o.mix:
        run_mix(o, body)
        return
    for path in ["/api/v1/check"] + [f"/api/v1/render?format={f}" for f in o.formats.split(",")]:
        run(o.base, path, body, 50, [])  # warm-up
        lat, per = [], o.requests // o.threads
        threads = [threading.Thread(target=run, args=(o.base, path, body, per, lat)) for _ in range(o.threads)]
        t0 = time.perf_counter()
        for t in threads: t.start()
        for t in threads: t.join()
        wall = time.perf_counter() - t0
        lat.sort()
        q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
        print(f"{path}: {len(lat)} requests, {o.threads} threads, {len(lat)/wall:.0f} req/s, "
              f"p50 {q(0.5):.1f} ms, p95 {q(0.95):.1f} ms, p99 {q(0.99):.1f} ms, mean {statistics.mean(lat)*1000:.1f} ms")

if __name__ == "__main__":
    main()
