-- wrk script for bench/home.py. Without HOME_DATA, requests wrk's URL as given (the shared home, or the
-- static file); with HOME_DATA (returns { accounts = { {token = "...", profile = 12}, ... } }), requests
-- GET /api/v1/profiles/{id}/home rotating over the accounts. HOME_ENCODING sets Accept-Encoding.
-- done() prints one line starting with "RESULT " (JSON) that home.py parses.

local accounts = nil
if os.getenv("HOME_DATA") then
  accounts = dofile(os.getenv("HOME_DATA")).accounts
end
local encoding = os.getenv("HOME_ENCODING")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("offset", #threads * 7919)
end

function init(args)
  counter = offset or 0
  statuses = {}
  bytes = 0
  if encoding and encoding ~= "" then
    wrk.headers["Accept-Encoding"] = encoding
  end
end

function request()
  if accounts == nil then
    return wrk.format("GET")
  end
  counter = counter + 1
  local account = accounts[(counter % #accounts) + 1]
  local headers = { ["Authorization"] = "Bearer " .. account.token }
  if encoding and encoding ~= "" then
    headers["Accept-Encoding"] = encoding
  end
  return wrk.format("GET", "/api/v1/profiles/" .. account.profile .. "/home", headers)
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
end

local result_line = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")

function done(summary, latency, requests)
  io.write(result_line(summary, latency, threads))
end
