#!/usr/bin/env bash
# Gateway overhead benchmark: bench/run-gateway-overhead.sh [count]   (default 1000 organisations)
#
# Builds what is missing or stale (registry-service, the gateway and the platform they use, then this bench module),
# starts an ephemeral PostgreSQL, Kafka, Keycloak, registry-service and the gateway on free 127.0.0.1 ports, loads
# [count] organisations with SQL and measures GET /api/v1/registry/organizations/{id} of one active organisation
# with wrk --latency: directly on registry-service and through the gateway, anonymously and with a bearer token,
# alternating direct and gateway runs. Prints a Markdown table (medians of BENCH_REPEAT runs, min-max) with the
# gateway's throughput ratio and added p50/p99. Everything it started is stopped when it ends, also on Ctrl-C.
# Progress goes to stderr, the table to stdout; the table, the raw runs (runs.csv), wrk's reports and server logs
# stay in bench/target/gateway-overhead/.
#
# Settings (environment): BENCH_THREADS=2 BENCH_CONNECTIONS=8 BENCH_DURATION=10s BENCH_WARMUP=5s BENCH_REPEAT=3
#   BENCH_SERVICE_HEAP=512m BENCH_GATEWAY_HEAP=512m BENCH_BUILD=auto|always|never
#   BENCH_PROFILE=gateway records the gateway with JFR (bench/target/gateway-overhead/gateway-*.jfr)
#   BENCH_PIN=gateway:0 runs the gateway on CPU 0 alone, and everything else (wrk, registry-service, the servers)
#   on the other CPUs, as where the gateway has cores of its own
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000}"
build="${BENCH_BUILD:-auto}"
cd "$root"

# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_require_wrk
bench_build_services registry-service gateway
bench_build_module
bench_clean_servers "gateway-overhead"
bench_run GatewayOverheadBench "$count"
