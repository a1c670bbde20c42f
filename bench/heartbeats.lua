-- wrk script for bench/heartbeats.py: PUT /api/v1/profiles/{id}/progress, one distinct heartbeat per request.
--
-- The data file (HEARTBEATS_DATA, written by heartbeats.py) returns
--   { accounts = { {token = "...", profile = 12}, ... }, titles = { 1, 2, ... } }
-- Every request rotates over the accounts (token + first profile), each account always reporting the same
-- title (one player per account), opens a new session id (so every acknowledged heartbeat is one new
-- watch_history row the script can count afterwards: the heaviest write), reports a new position and the
-- current time as client_time.
--
-- HEARTBEATS_MODE=healthz sends GET /healthz instead, with the same status counting: the baseline.
-- HEARTBEATS_RUN tags the session ids of one run (its rows are counted by that prefix).
-- done() prints one line starting with "RESULT " (JSON) that heartbeats.py parses.

local data = dofile(os.getenv("HEARTBEATS_DATA"))
local mode = os.getenv("HEARTBEATS_MODE") or "heartbeat"
local run = os.getenv("HEARTBEATS_RUN") or "r0"
local accounts, titles = data.accounts, data.titles
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  counter = 0
  statuses = {}
  last_second, stamp = -1, nil
  headers = {}
end

local function now_iso()
  local second = os.time()
  if second ~= last_second then
    last_second = second
    stamp = os.date("!%Y-%m-%dT%H:%M:%S", second)
  end
  return stamp
end

function request()
  counter = counter + 1
  if mode == "healthz" then
    return wrk.format("GET", "/healthz")
  end
  local index = (counter % #accounts) + 1
  local account = accounts[index]
  -- Each account is a player watching one title, as real players do: its profile and title are checked
  -- on its first heartbeat and remembered by the server for a while (RecentAccessChecks).
  local title = titles[(index % #titles) + 1]
  local body = string.format(
    '{"title_id":%d,"position_s":%d.5,"duration_s":6000.0,"session_id":"%s-%d-%d",' ..
      '"client_time":"%s.%06dZ","device":"web"}',
    title, (counter * 7) % 5000, run, tid, counter, now_iso(), counter % 1000000
  )
  headers["Authorization"] = "Bearer " .. account.token
  headers["Content-Type"] = "application/json"
  return wrk.format("PUT", "/api/v1/profiles/" .. account.profile .. "/progress", headers, body)
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local result_line = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

function done(summary, latency, requests)
  io.write(result_line(summary, latency, threads))
end
