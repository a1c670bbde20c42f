-- wrk script for bench/suite.py: sends the requests of a data file in turn, each thread from its own offset.
--
-- The data file (REQUESTS_DATA) returns
--   { requests = { {method = "GET", path = "/api/v1/titles", headers = {...}, body = nil}, ... } }
-- with paths already URL-encoded. Every request is formatted once, in init().
-- done() prints one line starting with "RESULT " (JSON): requests, duration, counts by status, socket errors
-- and latency percentiles in microseconds.

local data = dofile(os.getenv("REQUESTS_DATA"))
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("offset", #threads * 7919)
end

function init(args)
  counter = offset or 0
  statuses = {}
  formatted = {}
  for i, r in ipairs(data.requests) do
    formatted[i] = wrk.format(r.method or "GET", r.path, r.headers or {}, r.body)
  end
end

function request()
  counter = counter + 1
  return formatted[(counter % #formatted) + 1]
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local result_line = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

function done(summary, latency, requests)
  io.write(result_line(summary, latency, threads))
end
