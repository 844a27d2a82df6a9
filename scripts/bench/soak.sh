#!/usr/bin/env bash
# Soak test: 10 minutes of mixed traffic against ./crampcare serve on this machine (loopback only):
# assessments (JSON API and FHIR $assess), knowledge search, diary writes (some with Idempotency-Key) and
# reads, check-ins, insights, reports as JSON and PDF, the FHIR diary export, and pages. Reports errors (must be 0), p50/p99 per route,
# resident memory over time and its growth after warm-up (must be < 10 %), then stops the server with
# SIGTERM and runs `crampcare db check` on its database.
#
#   scripts/bench/soak.sh                    # 10 minutes, 20 requests/s, 4 clients
#   SOAK_SECONDS=60 scripts/bench/soak.sh    # a short run
# Settings: SOAK_SECONDS (600), SOAK_RATE (20 requests/s in all), SOAK_CLIENTS (4), SOAK_WARMUP (120 s),
# APP_PORT (18090). Needs python3 and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in python3 curl; do
  command -v "$tool" >/dev/null || { echo "soak: $tool is missing" >&2; exit 2; }
done
APP_PORT=${APP_PORT:-18090}
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

./crampcare --version >/dev/null # builds the jar and the class-data-sharing archive if needed
echo "== starting CrampCare on 127.0.0.1:$APP_PORT (data in $work/data)"
./crampcare serve --port "$APP_PORT" --host 127.0.0.1 --data "$work/data" >"$work/app.log" 2>&1 &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/api/v1/health"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "soak: the server died:"; cat "$work/app.log"; exit 1; }
  sleep 0.1
done

status=0
python3 scripts/bench/soak.py --base "http://127.0.0.1:$APP_PORT" --pid "$app_pid" \
  --seconds "${SOAK_SECONDS:-600}" --rate "${SOAK_RATE:-20}" --clients "${SOAK_CLIENTS:-4}" \
  --warmup "${SOAK_WARMUP:-120}" --body scripts/bench/assessment.json || status=$?

echo "== stopping the server (SIGTERM)"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
grep -E "crampcare: (stopping|stopped)" "$work/app.log" || true
echo "== db check"
./crampcare db check --data "$work/data" || status=1
exit "$status"
