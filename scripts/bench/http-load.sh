#!/usr/bin/env bash
# HTTP load benchmark: CrampCare's POST /api/v1/assessments and GET / against nginx serving a static
# JSON file of the same size, on this machine (loopback only). Needs wrk and nginx (Debian packages
# wrk, nginx-light). Reports requests/second, p50/p99 latency at full load and at half of the
# maximum rate, time until ready, and resident memory after 100,000 requests.
#
#   scripts/bench/http-load.sh            # builds the jar if needed; prints a report
#
# Pacing: wrk 4 has no fixed-rate mode, so "half of the maximum rate" uses wrk's per-connection
# delay() hook (WRK_DELAY_MS) tuned to about half the measured maximum; the achieved rate is printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "http-load: $tool is missing (apt-get install wrk nginx-light curl)" >&2; exit 2; }
done
[ -f target/crampcare.jar ] || ./mvnw -q -DskipTests package

APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
THREADS=${THREADS:-2}
CONNS=${CONNS:-32}
DURATION=${DURATION:-15s}
work=$(mktemp -d)
app_pid=""
nginx_started=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
rate_of() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct_of() { awk -v p="$2" '$1 == p {print $2}' "$1"; }

echo "== starting CrampCare on 127.0.0.1:$APP_PORT"
./crampcare --version >/dev/null # builds the jar and records the launcher's class-data-sharing archive if needed
start=$(now_ms)
# Started as a person starts it: the launcher's JVM options and archive; BENCH_JAVA_OPTS can override them.
CRAMPCARE_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" ./crampcare serve --port "$APP_PORT" --host 127.0.0.1 --data "$work/data" \
  >"$work/app.log" 2>&1 &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/api/v1/health"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "app died:"; cat "$work/app.log"; exit 1; }
  sleep 0.01
done
ready_ms=$(( $(now_ms) - start ))
echo "ready after ${ready_ms} ms"

body_file="$work/body.json"
export BENCH_BODY="$PWD/scripts/bench/assessment.json"
curl -sf -H 'Content-Type: application/json' --data-binary @"$BENCH_BODY" \
  "http://127.0.0.1:$APP_PORT/api/v1/assessments" -o "$body_file"
size=$(stat -c %s "$body_file")
echo "assessment response: $size bytes"

mkdir -p "$work/nginx/html" "$work/nginx/logs"
cp "$body_file" "$work/nginx/html/static.json"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
error_log logs/error.log warn;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root html; }
}
CONF
nginx -p "$work/nginx" -c nginx.conf
nginx_started=1

run() { # name url script outfile [delay]
  WRK_DELAY_MS=${5:-0} wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency ${3:+-s "$3"} "$2" >"$4"
  printf '%-34s %10s req/s   p50 %8s   p99 %8s\n' "$1" "$(rate_of "$4")" "$(pct_of "$4" 50%)" "$(pct_of "$4" 99%)"
}

echo "== warm-up"
WRK_DELAY_MS=0 wrk -t2 -c16 -d10s -s scripts/bench/post-assessment.lua "http://127.0.0.1:$APP_PORT/api/v1/assessments" >/dev/null
wrk -t2 -c16 -d5s "http://127.0.0.1:$APP_PORT/" >/dev/null

echo "== full load ($THREADS threads, $CONNS connections, $DURATION)"
run "nginx static JSON ($size B)" "http://127.0.0.1:$NGINX_PORT/static.json" "" "$work/nginx.txt"
run "POST /api/v1/assessments" "http://127.0.0.1:$APP_PORT/api/v1/assessments" scripts/bench/post-assessment.lua "$work/post.txt"
run "GET /" "http://127.0.0.1:$APP_PORT/" scripts/bench/paced-get.lua "$work/home.txt"

max=$(rate_of "$work/post.txt")
half=$(awk -v m="$max" 'BEGIN {printf "%d", m / 2}')
delay=$(awk -v c="$CONNS" -v h="$half" 'BEGIN {d = c * 1000 / h; printf "%d", (d < 1 ? 1 : d)}')
echo "== POST at about half of the maximum rate (target ${half} req/s, ${delay} ms pause per connection)"
run "POST /api/v1/assessments (paced)" "http://127.0.0.1:$APP_PORT/api/v1/assessments" scripts/bench/post-assessment.lua "$work/post-half.txt" "$delay"

echo "== 100,000 requests, then resident memory"
wrk -t"$THREADS" -c"$CONNS" -d60s -s scripts/bench/post-assessment.lua "http://127.0.0.1:$APP_PORT/api/v1/assessments" >"$work/many.txt" &
wrk_pid=$!
wait "$wrk_pid"
total=$(awk '/requests in/ {print $1}' "$work/many.txt")
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
echo "requests served in that run: $total; resident memory now: $((rss_kb / 1024)) MB"

echo
echo "== summary"
printf 'ready_ms=%s\nnginx_rps=%s\nassess_rps=%s\nassess_p50=%s\nassess_p99=%s\nhome_rps=%s\nhome_p99=%s\nhalf_rate_rps=%s\nhalf_rate_p50=%s\nhalf_rate_p99=%s\nrss_mb_after=%s\nrequests_before_rss=%s\n' \
  "$ready_ms" "$(rate_of "$work/nginx.txt")" "$max" "$(pct_of "$work/post.txt" 50%)" "$(pct_of "$work/post.txt" 99%)" \
  "$(rate_of "$work/home.txt")" "$(pct_of "$work/home.txt" 99%)" "$(rate_of "$work/post-half.txt")" \
  "$(pct_of "$work/post-half.txt" 50%)" "$(pct_of "$work/post-half.txt" 99%)" "$((rss_kb / 1024))" "$total"
