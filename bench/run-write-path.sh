#!/usr/bin/env bash
# Write path benchmark: bench/run-write-path.sh [count]   (default 10000 organisations preloaded)
#
# Builds what is missing or stale (registry-service and the platform it uses, then this bench module), starts
# PostgreSQL with durable commits (fsync and synchronous_commit on), Kafka, Keycloak and registry-service on free
# 127.0.0.1 ports, preloads [count] organisations with SQL and measures sustained accepted writes per second of
# POST /api/v1/registry/organizations (a new organisation per request, as dgc-officer) with wrk: the service as it is
# ("outbox on": organisation and outbox row in one transaction, relayed to Kafka), and the same with a row trigger in
# the benchmark's own database that skips the outbox row and the NOTIFY trigger disabled ("outbox off"), alternating
# on and off runs.
# Checks that every answer is 201, that "on" runs' outbox rows are all published and that "off" runs add none.
# Prints a Markdown table (medians of BENCH_REPEAT runs, min-max) with the throughput ratio off/on. Everything it
# started is stopped when it ends, also on Ctrl-C. Progress goes to stderr, the table to stdout; the table, the raw
# runs (runs.csv), wrk's output and server logs stay in bench/target/write-path/.
#
# Settings (environment): BENCH_THREADS=2 BENCH_CONNECTIONS=8 BENCH_DURATION=10s BENCH_WARMUP=5s BENCH_REPEAT=3
#   BENCH_SERVICE_HEAP=512m BENCH_BUILD=auto|always|never
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-10000}"
build="${BENCH_BUILD:-auto}"
cd "$root"

# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_require_wrk
bench_build_services registry-service
bench_build_module
bench_clean_servers "write-path"
bench_run WritePathBench "$count"
