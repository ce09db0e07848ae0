#!/usr/bin/env python3
"""Load script for the web API (no dependencies): POSTs a seed to /check and /render with N client threads over
keep-alive connections and prints throughput and latency percentiles. Usage:
  java -jar invite-web/target/giaymoi-web.jar --port 8080 &
  python3 invite-web/load/api_load.py --base http://localhost:8080 --seed examples/seed-000.yaml --threads 8 --requests 2000 --formats txt,html,pdf
"""
import argparse, http.client, statistics, threading, time, urllib.parse

def run(base, path, body, count, out):
    u = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=30)
    for _ in range(count):
        t = time.perf_counter()
        conn.request("POST", path, body=body, headers={"Content-Type": "application/yaml"})
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
    o = a.parse_args()
    body = open(o.seed, "rb").read()
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
