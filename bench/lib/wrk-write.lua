-- wrk script for the write cell of bench/compare.sh: every request files a discharge request of its own.
-- BENCH_TEMPLATE is the request body with placeholders, filled per request from a line of BENCH_ROWS
-- (codice fiscale, person id, zone id, separated by spaces) taken in turn, and a reference no other request
-- uses (the thread, a counter and the run's start): {CF} {PERSON} {ZONE} {REF} {ID} (a fresh uuid).
-- BENCH_AUTH is the Authorization header. Prints the same RESULT line as wrk-report.lua.
dofile("bench/lib/wrk-report.lua")
wrk.headers["Content-Type"] = "application/json"

local template = os.getenv("BENCH_TEMPLATE")
local rows = {}
for line in io.lines(os.getenv("BENCH_ROWS")) do
  local cf, person, zone = line:match("^(%S+)%s+(%S+)%s+(%S+)")
  if cf then rows[#rows + 1] = { cf = cf, person = person, zone = zone } end
end

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local counter = 0
local started = os.time()
math.randomseed(os.time() + os.clock() * 1e6)

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and math.random(0, 15) or math.random(8, 11))
  end))
end

request = function()
  counter = counter + 1
  local row = rows[(counter * 7919 + (thread_id or 0) * 104729) % #rows + 1]
  local values = { CF = row.cf, PERSON = row.person, ZONE = row.zone, ID = uuid(),
                   REF = string.format("w%d-%d-%d", started % 100000, thread_id or 0, counter) }
  local body = template:gsub("{(%u+)}", values)
  return wrk.format("POST", nil, nil, body)
end
