-- The line every wrk script of bench/ prints when wrk is done: "RESULT " and a JSON object with the request
-- count, duration, bytes read, counts by status, socket errors and latency percentiles in microseconds.
-- A script counts statuses per thread in a global table named `statuses`, keeps its threads from setup(),
-- and ends with:
--
--   local result_line = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "result.lua")
--   function done(summary, latency, requests) io.write(result_line(summary, latency, threads)) end

return function(summary, latency, threads)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(counts) do
    table.insert(parts, string.format('"%d":%d', status, n))
  end
  local e = summary.errors
  return string.format(
    'RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"statuses":{%s},' ..
      '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
      '"latency_us":{"p50":%d,"p90":%d,"p95":%d,"p99":%d,"p999":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, summary.bytes, table.concat(parts, ","),
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean
  )
end
