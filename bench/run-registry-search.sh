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
#   BENCH_SCENARIOS=read,search-common,search-typo,filters,text-country,next-page  BENCH_SERVICE_HEAP=512m
#   BENCH_HOLD_SECONDS=0 (keep the stack up after the runs, for psql)  BENCH_BUILD=auto|always|never
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100000}"
build="${BENCH_BUILD:-auto}"
cd "$root"

if ! command -v wrk >/dev/null 2>&1; then
  echo "[bench] installing wrk (Debian package)" >&2
  if ! apt-get install -y wrk >&2; then
    apt-get update >&2
    apt-get install -y wrk >&2
  fi
fi

# stale: any source or pom of the service or of the platform it is built from is newer than the artifact
stale() {
  local artifact="$1"; shift
  [ ! -f "$artifact" ] && return 0
  [ -n "$(find "$@" -newer "$artifact" -type f \( -path '*/src/*' -o -name pom.xml \) -not -path '*/target/*' \
            -print -quit 2>/dev/null)" ]
}

service_jar=registry-service/target/quarkus-app/quarkus-run.jar
if [ "$build" = always ] || { [ "$build" = auto ] && stale "$service_jar" registry-service platform pom.xml; }; then
  echo "[bench] building registry-service and the platform: ./mvnw -q install -DskipTests -pl registry-service -am" >&2
  ./mvnw -q -B install -DskipTests -pl registry-service -am >&2
fi
bench_jar=bench/target/bench-0.1.0-SNAPSHOT.jar
if [ "$build" = always ] || [ ! -f bench/target/bench.classpath ] \
    || { [ "$build" = auto ] && stale "$bench_jar" bench/src bench/pom.xml; }; then
  echo "[bench] building the bench module: ./mvnw -q -f bench/pom.xml package" >&2
  ./mvnw -q -B -f bench/pom.xml package >&2
fi

classpath="$root/$bench_jar:$(cat bench/target/bench.classpath)"
java -Xmx1g -cp "$classpath" org.civicspace.bench.RegistrySearchBench "$root" "$count" &
driver=$!
# the driver stops the servers it started (each by its own handle) when it ends or is terminated
trap 'kill -TERM "$driver" 2>/dev/null || true; wait "$driver" 2>/dev/null || true; exit 130' INT TERM
wait "$driver"
