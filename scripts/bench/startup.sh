#!/usr/bin/env bash
# Start-up benchmark: how long `./crampcare serve` takes until GET /api/v1/health answers, the way a
# person runs it (the launcher, its JVM options and its class-data-sharing archive when present).
#
#   scripts/bench/startup.sh [RUNS]      # default 10 runs; builds the jar first if needed
#
# Each run starts on a free port with a fresh data folder (the database is created and migrated),
# stops the server, then starts it again on the same folder (schema already current). Prints
# min/median/max milliseconds for both. The free-text reader and the search index are built right
# after the server listens; each fresh start also reports when the first search (which waits for the
# index and the embedding model) and the first free-text assessment answered.
# CRAMPCARE_CDS and CRAMPCARE_JAVA_OPTS pass through.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
command -v curl >/dev/null || { echo "startup: curl is missing (apt-get install curl)" >&2; exit 2; }
./crampcare --version >/dev/null

work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# A port nothing listens on (bash's /dev/tcp connects without starting a process).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    { : <>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo "$port"; return; }
  done
}

# Starts the server on the data folder $1 (with "warm" as $2, then asks one search and one free-text
# assessment and appends when each answered to $work/search and $work/text), prints the milliseconds until /api/v1/health answers, stops it.
start_once() {
  local port start ms
  port=$(free_port)
  start=$(now_ms)
  ./crampcare serve --port "$port" --host 127.0.0.1 --data "$1" >"$work/app.log" 2>&1 &
  pid=$!
  until { : <>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null && curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "startup: the server died:" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 0.005
  done
  ms=$(( $(now_ms) - start ))
  if [ "${2:-}" = warm ]; then
    curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/knowledge/search?q=calf+cramp+at+night"
    echo "$(( $(now_ms) - start ))" >>"$work/search"
    curl -sf -o /dev/null -H 'Content-Type: application/json' \
      -d '{"text":"my calf cramps every night, no swelling"}' "http://127.0.0.1:$port/api/v1/assessments"
    echo "$(( $(now_ms) - start ))" >>"$work/text"
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
  echo "$ms"
}

# min/median/max of the numbers on standard input.
summary() {
  sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "min %d  median %d  max %d ms (%d runs)\n", v[1], m, v[NR], NR }'
}

[ -f target/crampcare.jsa ] && echo "class-data-sharing archive: present" || echo "class-data-sharing archive: none yet"
for i in $(seq "$runs"); do
  fresh=$(start_once "$work/data-$i" warm)
  again=$(start_once "$work/data-$i")
  echo "run $i: fresh data folder $fresh ms, existing data folder $again ms"
  echo "$fresh" >>"$work/fresh"
  echo "$again" >>"$work/again"
done
echo "fresh data folder:    $(summary <"$work/fresh")"
echo "existing data folder: $(summary <"$work/again")"
echo "first search answered:     $(summary <"$work/search")"
echo "first free text assessed:  $(summary <"$work/text")"
