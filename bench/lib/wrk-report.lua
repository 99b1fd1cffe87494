-- wrk script for bench/compare.sh: sends BENCH_BODY (POST when set, else GET of the URL) with
-- BENCH_AUTH as the Authorization header, and prints one line the script reads:
-- RESULT <requests> <req/s> <p50 ms> <p99 ms> <errors>
local body = os.getenv("BENCH_BODY")
local auth = os.getenv("BENCH_AUTH")

if body ~= nil and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
if auth ~= nil and auth ~= "" then
  wrk.headers["Authorization"] = auth
end

-- errors: wrk's socket errors and timeouts, and responses with a status of 400 or more.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout + e.status))
end
