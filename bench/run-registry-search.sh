#!/usr/bin/env bash
# Registry search benchmark: bench/run-registry-search.sh [count]   (default 100000 organisations)
#
# Builds what is missing or stale (registry-service and the platform it uses, then this bench module), starts an
# ephemeral PostgreSQL, Kafka, Keycloak and registry-service on free 127.0.0.1 ports, loads [count] organisations
# with SQL, measures each scenario with wrk and prints a Markdown table (medians of BENCH_REPEAT runs, min-max).
# Everything it started is stopped when it ends, also on Ctrl-C. Progress goes to stderr, the table to stdout;
# the table, the raw runs (runs.csv), EXPLAIN plans and server logs stay in bench/target/registry-search-<count>/.
#
# Settings (environment): BENCH_THREADS=2 BENCH_CONNECTIONS=8 BENCH_DURATION=10s BENCH_WARMUP=5s BENCH_REPEAT=3
#   BENCH_SCENARIOS=read,search-common,search-typo,search-words,filters,text-country,next-page  BENCH_SERVICE_HEAP=512m
#   BENCH_HOLD_SECONDS=0 (keep the stack up after the runs, for psql)  BENCH_BUILD=auto|always|never
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100000}"
build="${BENCH_BUILD:-auto}"
cd "$root"

# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_require_wrk
bench_build_services registry-service
bench_build_module
bench_clean_servers "registry-search-${count//_/}"
bench_run RegistrySearchBench "$count"
