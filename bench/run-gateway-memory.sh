#!/usr/bin/env bash
# Gateway memory benchmark: bench/run-gateway-memory.sh [addresses]   (default 1000000 distinct client addresses)
#
# Builds what is missing or stale (registry-service, the gateway and the platform they use, then this bench module),
# starts an ephemeral PostgreSQL, Kafka, Keycloak, registry-service and the gateway (behind 127.0.0.1 as a trusted
# proxy) on free 127.0.0.1 ports, and sends public reads through the gateway, each from a new X-Forwarded-For
# address, in rounds of wrk until [addresses] addresses have called. After each round it prints the gateway's heap in
# use after a full collection and its resident set. Everything it started is stopped when it ends, also on Ctrl-C.
# The report stays in bench/target/gateway-memory/.
#
# Settings (environment): BENCH_THREADS=2 BENCH_CONNECTIONS=8 BENCH_DURATION=10s (one round)
#   BENCH_SERVICE_HEAP=512m BENCH_GATEWAY_HEAP=512m BENCH_BUILD=auto|always|never
#   BENCH_QUARKUS_FORWARDING=true also turns on Quarkus' own X-Forwarded-For handling, which a gateway built before
#   it owned forwarding needs (to measure such a build: run the driver with another checkout as its root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
addresses="${1:-1000000}"
build="${BENCH_BUILD:-auto}"
cd "$root"

# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_require_wrk
bench_build_services registry-service gateway
bench_build_module
bench_clean_servers "gateway-memory"
bench_run GatewayMemoryBench "$addresses"
