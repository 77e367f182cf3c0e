#!/usr/bin/env bash
# Service vs raw baseline benchmark: bench/run-service-baseline.sh [count]   (default 1000 organisations)
#
# Builds what is missing or stale (registry-service and the platform it uses, then this bench module), starts an
# ephemeral PostgreSQL, Kafka, Keycloak and registry-service on free 127.0.0.1 ports, loads [count] organisations with
# SQL, starts the raw baseline (org.civicspace.bench.baselines.RawOrganizationServer: Vert.x Web and the reactive
# PostgreSQL client in a JVM of its own, one prepared query, a pool of the service's size) on the same database, and
# measures the anonymous GET /api/v1/registry/organizations/{id} of one active organisation on both with wrk --latency,
# alternating baseline and service runs. Prints a Markdown table (medians of BENCH_REPEAT runs, min-max) with the
# service's throughput as a share of the baseline's (target: at least 0.85) and the p50/p99 it adds. Everything it
# started is stopped when it ends, also on Ctrl-C. Progress goes to stderr, the table to stdout; the table, the raw runs
# (runs.csv), wrk's reports and server logs stay in bench/target/service-baseline/.
#
# Settings (environment): BENCH_THREADS=2 BENCH_CONNECTIONS=8 BENCH_DURATION=10s BENCH_WARMUP=5s BENCH_REPEAT=3
#   BENCH_SERVICE_HEAP=512m (the service's and the baseline's -Xmx) BENCH_BUILD=auto|always|never
#   BENCH_LOAD_LEVELS= (e.g. 1,2,4,8,16,32,64: then also one run of each at each number of connections, throughput
#   over load, in load-sweep.csv; bench/plot-load.py draws it)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000}"
build="${BENCH_BUILD:-auto}"
cd "$root"

# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_require_wrk
bench_build_services registry-service
bench_build_module
bench_clean_servers "service-baseline"
bench_run ServiceBaselineBench "$count"
