-- wrk script: GET with optional pacing via env WRK_DELAY_MS (per connection).
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")
if pause > 0 then
  function delay() return pause end
end
