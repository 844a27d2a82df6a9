"""Load driver of scripts/bench/soak.sh: paced mixed traffic, per-route latencies, errors, resident memory.

Python's standard library only. Each client signs up its own person and loops over a weighted mix of
requests, paced so that all clients together send about --rate requests per second. Exit code 1 when
any request failed or resident memory grew by 10 % or more after the warm-up.
"""
import argparse
import http.client
import json
import random
import threading
import time
import urllib.parse
import uuid

SEARCHES = ["how long should I stretch", "cramp at night calf", "drink water cramps", "statin muscle pain",
            "when to see a doctor", "swollen red calf", "pregnancy leg cramps", "heat exercise cramp"]
FHIR_RESPONSE = ('{"resourceType":"QuestionnaireResponse","status":"in-progress",'
                 '"item":[{"linkId":"pain_score","answer":[{"valueInteger":%d}]}]}')


class Client:
    def __init__(self, base, n, body, results, lock):
        url = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.body = body
        self.results = results
        self.lock = lock
        self.cookie = ""
        self.email = f"soak{n}-{uuid.uuid4().hex[:8]}@example.org"
        self.rng = random.Random(n)

    def call(self, route, method, path, body=None, headers=None, expect=(200,)):
        h = {"Cookie": self.cookie} if self.cookie else {}
        if body is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        start = time.perf_counter()
        error = None
        try:
            self.conn.request(method, path, body=body, headers=h)
            r = self.conn.getresponse()
            data = r.read()
            if r.status not in expect:
                error = f"{r.status} {data[:120]!r}"
        except Exception as e:  # a reset or time-out is an error of the run, never a crash of it
            error = repr(e)
            self.conn.close()
            r, data = None, b""
        ms = (time.perf_counter() - start) * 1000
        with self.lock:
            self.results.setdefault(route, {"ms": [], "errors": []})
            self.results[route]["ms"].append(ms)
            if error:
                self.results[route]["errors"].append(error)
        return r, data

    def sign_in(self):
        creds = json.dumps({"email": self.email, "password": "soak test password 1"})
        self.call("POST /api/v1/account/signup", "POST", "/api/v1/account/signup", creds, expect=(202,))
        r, _ = self.call("POST /api/v1/account/signin", "POST", "/api/v1/account/signin", creds)
        for name, value in r.getheaders():
            if name.lower() == "set-cookie" and value.startswith("cc_session="):
                self.cookie = value.split(";")[0]

    def one(self):
        day = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 86400 * self.rng.randint(1, 60)))
        pick = self.rng.random()
        if pick < 0.30:
            self.call("POST /api/v1/assessments", "POST", "/api/v1/assessments", self.body)
        elif pick < 0.42:
            q = urllib.parse.quote(self.rng.choice(SEARCHES))
            self.call("GET /api/v1/knowledge/search", "GET", f"/api/v1/knowledge/search?q={q}")
        elif pick < 0.57:
            when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - self.rng.randint(60, 86400 * 60)))
            cramp = json.dumps({"time": when, "zone": "Europe/Berlin", "muscles": [self.rng.choice(["calf", "foot"])],
                                "pain": self.rng.randint(0, 10), "duration_seconds": self.rng.randint(10, 900),
                                "note": "soak =1+1, \"quoted\""})
            headers = {"Idempotency-Key": uuid.uuid4().hex} if self.rng.random() < 0.5 else None
            self.call("POST /api/v1/diary/cramps", "POST", "/api/v1/diary/cramps", cramp, headers, expect=(201,))
        elif pick < 0.69:
            to = time.strftime("%Y-%m-%d", time.gmtime())
            frm = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 7 * 86400))
            self.call("GET /api/v1/diary/cramps", "GET", f"/api/v1/diary/cramps?from={frm}&to={to}")
        elif pick < 0.77:
            checkin = json.dumps({"fluid_glasses": self.rng.randint(0, 12), "exercise": "light", "heat_minutes": 30})
            self.call("PUT /api/v1/diary/checkins/{date}", "PUT", f"/api/v1/diary/checkins/{day}", checkin)
        elif pick < 0.83:
            self.call("GET /api/v1/diary/insights", "GET", "/api/v1/diary/insights")
        elif pick < 0.89:
            self.call("GET /api/v1/diary/report", "GET", "/api/v1/diary/report?format=json")
        elif pick < 0.91:
            self.call("GET /api/v1/diary/report (pdf)", "GET", "/api/v1/diary/report?format=pdf")
        elif pick < 0.93:
            self.call("POST /fhir/QuestionnaireResponse/$assess", "POST", "/fhir/QuestionnaireResponse/$assess",
                      FHIR_RESPONSE % self.rng.randint(0, 10), {"Content-Type": "application/fhir+json"})
        elif pick < 0.95:
            self.call("GET /api/v1/diary/export (fhir)", "GET", "/api/v1/diary/export?format=fhir")
        elif pick < 0.98:
            self.call("GET /", "GET", "/")
        else:
            self.call("GET /knowledge/{topic}", "GET", "/knowledge/relief")


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--base", required=True)
    a.add_argument("--pid", type=int, required=True)
    a.add_argument("--seconds", type=int, default=600)
    a.add_argument("--rate", type=float, default=20)
    a.add_argument("--clients", type=int, default=4)
    a.add_argument("--warmup", type=int, default=120)
    a.add_argument("--body", required=True)
    args = a.parse_args()
    body = open(args.body, "rb").read()
    results, lock = {}, threading.Lock()
    clients = [Client(args.base, n, body, results, lock) for n in range(args.clients)]
    for c in clients:
        c.sign_in()
    start = time.monotonic()
    end = start + args.seconds
    interval = args.clients / args.rate

    def run(c):
        next_at = time.monotonic()
        while time.monotonic() < end:
            c.one()
            next_at += interval
            time.sleep(max(0.0, next_at - time.monotonic()))

    rss = []
    threads = [threading.Thread(target=run, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    while time.monotonic() < end:
        rss.append((time.monotonic() - start, rss_kib(args.pid)))
        time.sleep(min(10, max(0.1, end - time.monotonic())))
    for t in threads:
        t.join()
    rss.append((time.monotonic() - start, rss_kib(args.pid)))

    total = sum(len(r["ms"]) for r in results.values())
    errors = sum(len(r["errors"]) for r in results.values())
    print(f"\n== {total} requests in {args.seconds} s ({total / args.seconds:.1f}/s), {errors} errors")
    print(f"{'route':40} {'count':>7} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for route in sorted(results):
        r = results[route]
        print(f"{route:40} {len(r['ms']):7d} {len(r['errors']):6d} {percentile(r['ms'], 50):8.1f}"
              f" {percentile(r['ms'], 99):8.1f} {max(r['ms']):8.1f}")
        for e in r["errors"][:3]:
            print(f"    error: {e}")
    print("\n== resident memory (MiB) over time")
    for i, (t, kib) in enumerate(rss):
        if i % 3 == 0 or i == len(rss) - 1:
            print(f"  {t:6.0f} s  {kib / 1024:7.1f}")
    after = [kib for t, kib in rss if t >= args.warmup]
    growth = 0.0
    if len(after) >= 2:
        growth = (after[-1] - after[0]) / after[0] * 100
        print(f"after warm-up ({args.warmup} s): {after[0] / 1024:.1f} -> {after[-1] / 1024:.1f} MiB,"
              f" growth {growth:+.1f} % (max {max(after) / 1024:.1f} MiB)")
    ok = errors == 0 and growth < 10
    print("soak:", "PASS" if ok else "FAIL", f"(errors {errors}, memory growth {growth:+.1f} %)")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
