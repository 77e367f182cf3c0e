-- wrk script of the write-path benchmark: each request registers a new organisation,
-- POST /api/v1/registry/organizations with a bearer token. Read from the environment: BENCH_WORDS (the word lists the
-- driver writes, one list a line: "name<TAB>word|word|..."), BENCH_TOKEN (the access token), BENCH_THREADS (wrk -t)
-- and BENCH_BASE (the first request number of this run). Request n of thread t (both from 0) has the number
-- k = BENCH_BASE + n * BENCH_THREADS + t, unique in the benchmark's database: the identifier is XI-WRITEBENCH-k and
-- the legal name "<adjective> <noun> for <topic>, <place>" is k's own combination of the word lists (k scrambled by a
-- multiplication modulo the number of combinations, so that successive names differ in every word). done() prints
-- one machine-readable line that the driver parses: answers of 201 and of anything else, the latency percentiles in
-- milliseconds, socket errors, and the span of request numbers used, to start the next run after it.

local lists = {}
for line in io.lines(os.getenv("BENCH_WORDS")) do
  local name, words = line:match("^(%w+)\t(.*)$")
  if name then
    local list = {}
    for word in words:gmatch("[^|]+") do
      list[#list + 1] = word
    end
    lists[name] = list
  end
end

local authorization = "Bearer " .. os.getenv("BENCH_TOKEN")
local thread_count = tonumber(os.getenv("BENCH_THREADS"))
local base = tonumber(os.getenv("BENCH_BASE"))
local path = "/api/v1/registry/organizations"
-- a prime that divides no product of the list sizes (all below 1000), so k -> k * SCRAMBLE mod N is one-to-one
local SCRAMBLE = 1000003

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_index", #threads - 1)
end

function init(args)
  sent = 0
  created = 0
  other = 0
  first_other = 0
end

local function pick(list, index)
  return list[index % #list + 1]
end

local function profile(k)
  local adjectives, nouns, topics, places = lists.adjective, lists.noun, lists.topic, lists.place
  local combinations = #adjectives * #nouns * #topics * #places
  if k >= combinations then
    error("request number " .. k .. " beyond the " .. combinations .. " distinct names")
  end
  local x = (k * SCRAMBLE) % combinations
  local adjective = adjectives[x % #adjectives + 1]; x = math.floor(x / #adjectives)
  local noun = nouns[x % #nouns + 1]; x = math.floor(x / #nouns)
  local topic = topics[x % #topics + 1]; x = math.floor(x / #topics)
  local place = places[x % #places + 1]
  local country = pick(lists.country, k * 7919)
  local theme1 = pick(lists.theme, k * 31)
  local theme2 = pick(lists.theme, k * 17 + 5)
  return string.format(
    '{"identifier":{"agency":"XI-WRITEBENCH","number":"%d"},' ..
    '"legalName":"%s %s for %s, %s","type":"%s","headquartersCountry":"%s","countriesOfOperation":["%s"],' ..
    '"themes":["%s","%s"],"workingLanguages":["en"],"yearFounded":%d,"website":"https://example.org/%d",' ..
    '"contact":{"email":"office%d@example.org","phone":"+1 212 555 0100"}}',
    k, adjective, noun, topic, place, pick(lists.type, k * 13), country, country, theme1, theme2,
    1900 + k % 120, k, k)
end

function request()
  local k = base + sent * thread_count + thread_index
  sent = sent + 1
  return wrk.format("POST", path, {
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
    ["Authorization"] = authorization
  }, profile(k))
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    if first_other == 0 then
      first_other = status
    end
  end
end

function done(summary, latency, requests)
  local total_created, total_other, most_sent, first = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_other = total_other + thread:get("other")
    most_sent = math.max(most_sent, thread:get("sent"))
    if first == 0 then
      first = thread:get("first_other")
    end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH-RESULT requests=%d created=%d other=%d first_other=%d seconds=%.3f created_per_s=%.1f " ..
    "p50_ms=%.3f p99_ms=%.3f max_ms=%.3f connect=%d read=%d write=%d timeout=%d span=%d\n",
    summary.requests, total_created, total_other, first, seconds, total_created / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    most_sent * thread_count))
end
