-- Counts the answers served without stances ("degraded": stance-service did not answer in time). wrk sees a 200,
-- but for a benchmark it is a failed answer all the same. Load scripts include it with dofile; wrk runs the script
-- once per thread and once more for setup and done, so each thread keeps its own count.

local threads = {}
degraded = 0

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if body:find('"degraded":true', 1, true) then
    degraded = degraded + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("degraded")
  end
  io.write(string.format("Degraded answers: %d\n", total))
end
