-- wrk script for bench/suite.py: sends the requests of a data file in turn, each thread from its own offset.
--
-- The data file (REQUESTS_DATA) returns
--   { requests = { {method = "GET", path = "/api/v1/titles", headers = {...}, body = nil}, ... } }
-- with paths already URL-encoded. Every request is formatted once, in init(). A mixed workload adds
--   players = { accounts = { {token = "...", profile = 12}, ... }, titles = { 1, 2, ... } }
-- and entries {heartbeat = true} among the requests: each is a new heartbeat (heartbeat.lua) from the next
-- player, every player watching its own title.
-- done() prints one line starting with "RESULT " (JSON): requests, duration, counts by status, socket errors
-- and latency percentiles in microseconds.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local data = dofile(os.getenv("REQUESTS_DATA"))
local heartbeat = dofile(here .. "heartbeat.lua")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("offset", #threads * 7919)
  thread:set("tid", #threads)
end

function init(args)
  counter = offset or 0
  beats = 0
  statuses = {}
  formatted = {}
  for i, r in ipairs(data.requests) do
    formatted[i] = r.heartbeat or wrk.format(r.method or "GET", r.path, r.headers or {}, r.body)
  end
end

function request()
  counter = counter + 1
  local next_request = formatted[(counter % #formatted) + 1]
  if next_request == true then
    beats = beats + 1
    local players = data.players
    local index = (beats % #players.accounts) + 1
    return heartbeat(players.accounts[index], players.titles[(index % #players.titles) + 1], "mixed", tid, beats)
  end
  return next_request
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local result_line = dofile(here .. "result.lua")

function done(summary, latency, requests)
  io.write(result_line(summary, latency, threads))
end
