#!/usr/bin/env bash
# Lighthouse (mobile) over CrampCare's main pages, in the light and the night theme.
#
#   scripts/lighthouse.sh [report-folder]        (default target/lighthouse)
#   LIGHTHOUSE_ONLY="insights-es report-es" scripts/lighthouse.sh    (only the pages named)
#
# Starts `crampcare serve` on a free port with a throwaway data folder, signs a test person up for
# the diary page, and runs Lighthouse (installed on demand through npx, pinned below; not part of
# package.json, which only holds what the test suite needs) on each page with Chromium's dark
# setting off and on. Prints one line per page and theme: performance, accessibility, best
# practices, SEO. JSON reports go to the report folder. Needs Node 18+, Chromium, curl, python3.
# The team's bar: 100 for accessibility, best practices and SEO, and at least 95 for performance.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE=lighthouse@12.8.2      # 13.x needs Node 22
CHROME=${CHROME_PATH:-/usr/bin/chromium}
OUT=${1:-target/lighthouse}
mkdir -p "$OUT"

if [ ! -f target/crampcare.jar ]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
java -jar target/crampcare.jar serve --port "$PORT" --host 127.0.0.1 --data "$DATA" 2>"$OUT/server.log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DATA"' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  curl -sf "$BASE/api/v1/health" >/dev/null && break
  sleep 0.5
done
curl -sf "$BASE/api/v1/health" >/dev/null || { echo "the server did not start; see $OUT/server.log" >&2; exit 1; }

# A person with a session, for the diary page (the cookie goes to Lighthouse as a request header).
CREDS='{"email":"lighthouse@example.org","password":"a long lighthouse password"}'
curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$CREDS" "$BASE/api/v1/account/signup"
SESSION=$(curl -sf -D - -o /dev/null -H 'Content-Type: application/json' -d "$CREDS" "$BASE/api/v1/account/signin" \
  | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(cc_session=[^;]*\).*/\1/p' | head -n 1)
[ -n "$SESSION" ] || { echo "could not sign the test person in" >&2; exit 1; }
curl -sf -o /dev/null -H 'Content-Type: application/json' -H "Cookie: $SESSION" \
  -d '{"muscles":["calf"],"pain":6}' "$BASE/api/v1/diary/cramps"

PAGES=(
  "home /"
  "now /now"
  "now-calf /now/steps?muscle=calf"
  "knowledge-relief /knowledge/relief"
  "knowledge-prevention /knowledge/prevention"
  "assessment /assessment"
  "offline /offline"
  "diary /diary"
  "sources /sources"
  "home-es /?lang=es"
  "now-calf-es /now/steps?muscle=calf&lang=es"
  "knowledge-es /knowledge/relief?lang=es"
  "assessment-es /assessment?lang=es"
  "insights /diary/insights"
  "report /diary/report"
  "insights-es /diary/insights?lang=es"
  "report-es /diary/report?lang=es"
)
ONLY=" ${LIGHTHOUSE_ONLY:-} "

printf '%-18s %-6s %5s %5s %5s %5s\n' page theme perf a11y bp seo
status=0
for theme in light dark; do
  flags="--headless=new --no-sandbox --disable-gpu"
  [ "$theme" = dark ] && flags="$flags --force-dark-mode"
  for entry in "${PAGES[@]}"; do
    name=${entry%% *}
    path=${entry#* }
    [ "$ONLY" = "  " ] || [[ "$ONLY" == *" $name "* ]] || continue
    headers=()
    case $path in /diary*) headers=(--extra-headers "{\"Cookie\":\"$SESSION\"}") ;; esac
    report="$OUT/$name-$theme.json"
    npx -y "$LIGHTHOUSE" "$BASE$path" --quiet --chrome-path="$CHROME" --chrome-flags="$flags" \
      --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$report" "${headers[@]}" >/dev/null 2>"$OUT/$name-$theme.log" || true
    if ! line=$(python3 - "$report" "$name" "$theme" <<'PY'
import json, sys
report, name, theme = sys.argv[1:4]
r = json.load(open(report))
c = r["categories"]
scores = [round(100 * (c[k]["score"] or 0)) for k in ("performance", "accessibility", "best-practices", "seo")]
print(f"{name:<18} {theme:<6} {scores[0]:>5} {scores[1]:>5} {scores[2]:>5} {scores[3]:>5}")
if scores[0] < 95 or min(scores[1:]) < 100:
    for k, cat in c.items():
        for ref in cat["auditRefs"]:
            a = r["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and a.get("score") is not None and a["score"] < 1:
                print(f"    {k}: {a['id']} ({a['score']}): {a['title']}")
    sys.exit(3)
PY
    ); then
      status=1
    fi
    echo "$line"
  done
done
exit $status
