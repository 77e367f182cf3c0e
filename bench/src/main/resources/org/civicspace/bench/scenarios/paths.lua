-- wrk script for the Civic Space benchmarks: each request is a GET of a path drawn at random from the file named by
-- the environment variable BENCH_PATHS (one path per line). done() prints one machine-readable line that the bench
-- driver parses: latency percentiles in milliseconds, requests per second, and every kind of error.

local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if #line > 0 then
    paths[#paths + 1] = line
  end
end

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  -- a fixed seed per thread: the same sequence of requests on every run
  math.randomseed(thread_number or 1)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], { ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH-RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
    "non2xx=%d connect=%d read=%d write=%d timeout=%d paths=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, #paths))
end
