-- wrk script for bench/continue_watching.py: GET /api/v1/profiles/{id}/continue-watching, rotating over the
-- accounts of the data file (CONTINUE_DATA: returns { accounts = { {token = "...", profile = 12}, ... } }).
-- done() prints one line starting with "RESULT " (JSON) that continue_watching.py parses.

local data = dofile(os.getenv("CONTINUE_DATA"))
local accounts = data.accounts
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("offset", #threads * 7919)
end

function init(args)
  counter = offset or 0
  statuses = {}
  headers = {}
end

function request()
  counter = counter + 1
  local account = accounts[(counter % #accounts) + 1]
  headers["Authorization"] = "Bearer " .. account.token
  return wrk.format("GET", "/api/v1/profiles/" .. account.profile .. "/continue-watching", headers)
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local result_line = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

function done(summary, latency, requests)
  io.write(result_line(summary, latency, threads))
end
