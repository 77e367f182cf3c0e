#!/usr/bin/env bash
# Footprint benchmark: bench/run-footprint.sh
#
# Builds what is missing or stale (every service of deploy/stack.properties, the launcher and the platform they use,
# then this bench module). Then, with an ephemeral PostgreSQL, Kafka, Keycloak and a registry-service (for the
# gateway) on free 127.0.0.1 ports, starts each service jar as the launcher does (-Xmx256m, a fresh empty database)
# and measures the time from its process's start to the first 200 on a real API GET, and the JVM's resident memory
# (VmRSS, Pss) after it; a fresh process each of BENCH_REPEAT rounds. Then the whole local stack: the launcher as
# ./civicspace start runs it (without the build), on an empty data directory ("first start") and again on the data it
# left ("restart"), to the gateway's first 200, and the RSS and PSS summed over every process of the stack, PostgreSQL
# included. Prints Markdown tables (medians, min-max). Everything it started is stopped when it ends, also on Ctrl-C.
# Progress goes to stderr, the tables to stdout; the report, the raw runs (runs.csv) and the logs stay in
# bench/target/footprint/.
#
# Settings (environment): BENCH_REPEAT=3 BENCH_SERVICE_HEAP=256m
#   BENCH_FOOTPRINT_SERVICES=registry,accreditation,events,reprisals,gateway (or some of them, or none)
#   BENCH_STACK_STARTS=first,restart (or one of them, or none) BENCH_BUILD=auto|always|never
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BENCH_BUILD:-auto}"
cd "$root"

# shellcheck source=bench/lib.sh
. bench/lib.sh
# no bench_require_wrk: this driver runs no wrk
bench_build_services registry-service accreditation-service events-service reprisals-service gateway deploy/launcher
bench_build_module
bench_clean_servers "footprint"
bench_run FootprintBench
