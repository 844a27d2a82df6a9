-- wrk script: POST the assessment in $BENCH_BODY; optional pacing via $WRK_DELAY_MS (per connection).
local f = assert(io.open(os.getenv("BENCH_BODY") or "scripts/bench/assessment.json", "r"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = f:read("*a")
f:close()
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
if pause > 0 then
  function delay() return pause end
end
