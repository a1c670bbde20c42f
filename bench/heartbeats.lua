-- wrk script for bench/heartbeats.py: PUT /api/v1/profiles/{id}/progress, one distinct heartbeat per request.
--
-- The data file (HEARTBEATS_DATA, written by heartbeats.py) returns
--   { accounts = { {token = "...", profile = 12}, ... }, titles = { 1, 2, ... } }
-- Every request rotates over the accounts, each account always reporting the same title (one player per
-- account), as heartbeat.lua formats it: a new session id each time (so every acknowledged heartbeat is one
-- new watch_history row the script can count afterwards), a new position, the current time.
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

local heartbeat = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "heartbeat.lua")

function init(args)
  counter = 0
  statuses = {}
end

function request()
  counter = counter + 1
  if mode == "healthz" then
    return wrk.format("GET", "/healthz")
  end
  local index = (counter % #accounts) + 1
  -- Each account is a player watching one title, as real players do: its profile and title are checked
  -- on its first heartbeat and remembered by the server for a while (RecentAccessChecks).
  return heartbeat(accounts[index], titles[(index % #titles) + 1], run, tid, counter)
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local result_line = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

function done(summary, latency, requests)
  io.write(result_line(summary, latency, threads))
end
