# shellcheck shell=bash
# shellcheck disable=SC2154 # $root and $build are set by the sourcing script
# Shared by the bench/run-*.sh scripts (sourced, not run): installing wrk, building what is missing or stale, and
# running a driver class of this module so that Ctrl-C stops it and, through it, every server it started.
# Expects $root (the repository root, also the working directory) and $build (BENCH_BUILD: auto|always|never).

bench_jar=bench/target/bench-0.1.0-SNAPSHOT.jar

bench_require_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    echo "[bench] installing wrk (Debian package)" >&2
    if ! apt-get install -y wrk >&2; then
      apt-get update >&2
      apt-get install -y wrk >&2
    fi
  fi
}

# bench_stale ARTIFACT DIR...: the artifact is missing, or a source or pom under a DIR is newer than it
bench_stale() {
  local artifact="$1"; shift
  [ ! -f "$artifact" ] && return 0
  [ -n "$(find "$@" -newer "$artifact" -type f \( -path '*/src/*' -o -name pom.xml \) -not -path '*/target/*' \
            -print -quit 2>/dev/null)" ]
}

# bench_artifact MODULE: what building MODULE makes: a service's quarkus-run.jar, the launcher's jar
bench_artifact() {
  case "$1" in
    deploy/launcher) echo deploy/launcher/target/launcher-0.1.0-SNAPSHOT.jar ;;
    *) echo "$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

# bench_build_services MODULE...: installs the modules and the platform they use when BENCH_BUILD=always, or when
# BENCH_BUILD=auto and a module's artifact (bench_artifact) is missing or older than a source of it or of the platform
bench_build_services() {
  local module needed=
  for module in "$@"; do
    if [ "$build" = always ] || { [ "$build" = auto ] \
        && bench_stale "$(bench_artifact "$module")" "$module" platform pom.xml; }; then
      needed=yes
    fi
  done
  if [ -n "$needed" ]; then
    local list; list="$(IFS=,; echo "$*")"
    echo "[bench] building $list and the platform: ./mvnw -q install -DskipTests -pl $list -am" >&2
    ./mvnw -q -B install -DskipTests -pl "$list" -am >&2
  fi
}

# bench_build_module: packages this module (and writes the classpath file) when missing or stale
bench_build_module() {
  if [ "$build" = always ] || [ ! -f bench/target/bench.classpath ] \
      || { [ "$build" = auto ] && bench_stale "$bench_jar" bench/src bench/pom.xml; }; then
    echo "[bench] building the bench module: ./mvnw -q -f bench/pom.xml package" >&2
    ./mvnw -q -B -f bench/pom.xml package >&2
  fi
}

# bench_clean_servers WORK: deletes the server state an earlier run left in its work directory bench/target/WORK,
# keeping its reports. Each run makes new random Kafka passwords, which cannot log in to a Kafka log formatted by
# an earlier run ("could not grant the Kafka users and ACLs"); PostgreSQL's data is handled by the driver.
bench_clean_servers() {
  local work="bench/target/${1:?bench_clean_servers needs a work directory}"
  if [ -d "$work/kafka" ]; then
    echo "[bench] deleting the previous run's Kafka log in $work/kafka" >&2
    rm -rf "$work/kafka"
  fi
}

# bench_other_cpus LIST: the online CPUs not in LIST (a taskset list of single CPUs, e.g. 0 or 0,2), comma-separated
bench_other_cpus() {
  local cpu others=
  for cpu in $(seq 0 $(($(nproc --all) - 1))); do
    case ",$1," in *",$cpu,"*) ;; *) others="${others:+$others,}$cpu" ;; esac
  done
  if [ -z "$others" ]; then
    echo "[bench] BENCH_PIN leaves no CPU for the rest" >&2
    return 1
  fi
  echo "$others"
}

# bench_run CLASS ARG...: runs the driver org.civicspace.bench.scenarios.CLASS with the repository root and the ARGs
bench_run() {
  local class="$1"; shift
  local classpath
  classpath="$root/$bench_jar:$(cat bench/target/bench.classpath)"
  local launcher=()
  if [ -n "${BENCH_PIN:-}" ]; then
    # BENCH_PIN=<service>:<cpus> gives one service CPUs of its own (Stack.pinned); the driver, and through it every
    # other server and wrk, runs on the rest
    local others
    others="$(bench_other_cpus "${BENCH_PIN#*:}")"
    echo "[bench] ${BENCH_PIN%%:*} on CPUs ${BENCH_PIN#*:}, everything else on CPUs $others" >&2
    launcher=(taskset -c "$others")
  fi
  "${launcher[@]}" java -Xmx1g -cp "$classpath" "org.civicspace.bench.scenarios.$class" "$root" "$@" &
  driver=$!
  # the driver stops the servers it started (each by its own handle) when it ends or is terminated
  trap 'kill -TERM "$driver" 2>/dev/null || true; wait "$driver" 2>/dev/null || true; exit 130' INT TERM
  wait "$driver"
}
