#!/usr/bin/env bash
# Event propagation benchmark: bench/run-event-propagation.sh
#
# Builds what is missing or stale (registry-service, accreditation-service and the platform they use, then this
# bench module), starts an ephemeral PostgreSQL, Kafka, Keycloak, registry-service and accreditation-service on free
# 127.0.0.1 ports, loads organisations into the registry, then commits "DGC association granted" events into
# accreditation-service's outbox at BENCH_RATE per second (one transaction each, as a decision commits them) and
# measures, per event, the time from that commit to the moment registry-service changed the organisation's summary
# (a trigger the benchmark adds to its own registry database records it). Prints a Markdown table (medians of
# BENCH_REPEAT runs, min-max); the report and runs.csv stay in bench/target/event-propagation/. Everything it
# started is stopped when it ends, also on Ctrl-C.
#
# Settings (environment): BENCH_RATE=1000 BENCH_DURATION=10s BENCH_WARMUP=5s BENCH_REPEAT=3 BENCH_SERVICE_HEAP=512m
#   BENCH_BUILD=auto|always|never
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BENCH_BUILD:-auto}"
cd "$root"

# shellcheck source=bench/lib.sh
. bench/lib.sh
# no bench_require_wrk: this driver runs no wrk
bench_build_services registry-service accreditation-service
bench_build_module
bench_clean_servers "event-propagation"
bench_run EventPropagationBench
