-- One heartbeat request, for the wrk scripts that send them (heartbeats.lua, requests.lua):
-- PUT /api/v1/profiles/{id}/progress for an account (token + first profile) watching a title, with a new
-- session id ("<run>-<thread>-<counter>": every acknowledged heartbeat is one new watch_history row, the
-- heaviest write), a new position and the current time as client_time.
--
--   local heartbeat = dofile(<this file>)
--   heartbeat(account, title, run, thread_id, counter) -> the formatted request

local last_second, stamp = -1, nil
local headers = {}

local function now_iso()
  local second = os.time()
  if second ~= last_second then
    last_second = second
    stamp = os.date("!%Y-%m-%dT%H:%M:%S", second)
  end
  return stamp
end

return function(account, title, run, tid, counter)
  local body = string.format(
    '{"title_id":%d,"position_s":%d.5,"duration_s":6000.0,"session_id":"%s-%d-%d",' ..
      '"client_time":"%s.%06dZ","device":"web"}',
    title, (counter * 7) % 5000, run, tid, counter, now_iso(), counter % 1000000
  )
  headers["Authorization"] = "Bearer " .. account.token
  headers["Content-Type"] = "application/json"
  return wrk.format("PUT", "/api/v1/profiles/" .. account.profile .. "/progress", headers, body)
end
