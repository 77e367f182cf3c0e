-- wrk script for the gateway memory benchmark: a GET of the path in the file named by BENCH_PATHS, each request with
-- an X-Forwarded-For address no request of this or an earlier run has used (an IPv6 address of the documentation
-- range built from the run's start second, the thread and a counter). The gateway believes it because the benchmark
-- starts it behind 127.0.0.1 as a trusted proxy, so every request is a new client address to it. done() prints the
-- same BENCH-RESULT line as paths.lua.

local path
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if #line > 0 and not path then
    path = line
  end
end

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local run
local counter = 0

function init(args)
  run = os.time() % 65536
end

function request()
  counter = counter + 1
  local address = string.format("2001:db8:%x:%x::%x:%x", run, thread_number or 1, math.floor(counter / 65536),
    counter % 65536)
  return wrk.format("GET", path, { ["Accept"] = "application/json", ["X-Forwarded-For"] = address })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH-RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
    "non2xx=%d connect=%d read=%d write=%d timeout=%d paths=1\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
end
