# Sourced by the bench/*.sh scripts (not a benchmark itself): builds that fetch what they lack, and failures that
# say what failed. On a fresh clone after `make test`, Maven may still lack a plugin the benchmarks use (the
# dependency plugin that prints a classpath) or a module nobody installed: bench_mvn runs Maven online unless
# BENCH_MVN_OPTS says otherwise (BENCH_MVN_OPTS=-o for offline runs on a machine that has everything).

# bench_mvn ARGS...: `mvn -B ARGS`, its output kept in a log; on failure the command, the log's end and the log's
# path go to stderr and the script exits.
bench_mvn() {
  local log status=0
  log="$(mktemp "${TMPDIR:-/tmp}/xapp-bench-mvn.XXXXXX")"
  printf '  mvn %s\n' "$*" >&2
  # shellcheck disable=SC2086 # BENCH_MVN_OPTS holds several options
  mvn -B ${BENCH_MVN_OPTS:-} "$@" >"$log" 2>&1 || status=$?
  if ((status != 0)); then
    printf 'error: %s: `mvn %s` failed (exit %d); the end of its output (all of it: %s):\n' \
      "$(basename "$0")" "$*" "$status" "$log" >&2
    grep -E '^\[(ERROR|WARNING)\]' "$log" | grep -vE 'Re-run Maven|Help 1|full stack trace|more information|^\[ERROR\] *$' |
      tail -n 25 >&2 ||
      tail -n 25 "$log" >&2
    exit "$status"
  fi
  rm -f "$log"
}

# crawler_bench_java [JAVA_OPTS...] -- CLASS ARGS...: builds the crawler and its test classes, then runs CLASS (a
# crawler benchmark or report under io.xapp.crawler.bench) in a plain JVM with the crawler's test classpath.
crawler_bench_java() {
  local opts=()
  while (($# > 0)) && [[ $1 != -- ]]; do opts+=("$1"); shift; done
  shift
  bench_mvn -pl crawler -am install -DskipTests
  bench_mvn -pl crawler dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
  exec java "${opts[@]}" -cp "crawler/target/test-classes:crawler/target/classes:$(cat crawler/target/bench-classpath.txt)" \
    "$@"
}

# runtime_bench_java [JAVA_OPTS...] -- CLASS ARGS...: the inference service and the runtime as packaged, and the
# runtime's test classes beside them (one reactor build: the classpath names this checkout's modules, not whatever
# another checkout installed in ~/.m2), then CLASS (a runtime benchmark) in runtime-image/, told where the packaged
# service is (xapp.inference.jar). Run from the repository's root.
runtime_bench_java() {
  local opts=() root="$PWD"
  while (($# > 0)) && [[ $1 != -- ]]; do opts+=("$1"); shift; done
  shift
  bench_mvn -pl inference,runtime-image -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
  cd runtime-image
  exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "${opts[@]}" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    -Dxapp.inference.jar="$root/inference/target/quarkus-app/quarkus-run.jar" "$@"
}

# bench_own_cluster NAME PORT_OFFSET PODS: starts a control plane of the benchmark's own (state in
# ~/.xapp/bench-NAME-cluster, or XAPP_BENCH_CLUSTER_DIR; each port the default's plus PORT_OFFSET) with enough kwok
# nodes for PODS pods and two nodes spare (110 pods a node, a kubelet's default), and resets it when the script exits,
# so that each run starts from nothing. On the shared cluster a benchmark competes with whatever else runs there:
# a `make run` release's pods took the last free places the QA checks benchmark's 105 Assistants needed, and it waited
# 15 minutes for runtimes the scheduler could not place. Variables the caller exported (XAPP_KCM_API_QPS, ...) apply.
bench_own_cluster() {
  export XAPP_CLUSTER_DIR="${XAPP_BENCH_CLUSTER_DIR:-$HOME/.xapp/bench-$1-cluster}"
  export XAPP_APISERVER_PORT=$((26443 + $2)) XAPP_ETCD_PORT=$((22379 + $2)) XAPP_ETCD_PEER_PORT=$((22380 + $2))
  export XAPP_KCM_PORT=$((20257 + $2)) XAPP_SCHEDULER_PORT=$((20259 + $2))
  export XAPP_KWOK_NODES="${XAPP_KWOK_NODES:-$(($3 / 110 + 2))}"
  "$ROOT/testing/cluster" start
  trap '"$ROOT/testing/cluster" reset >/dev/null 2>&1 || true' EXIT
}

# Any other failing command names itself, its line and its exit status.
trap 'status=$?; echo "error: $(basename "$0") line $LINENO: \`$BASH_COMMAND\` failed (exit $status)" >&2' ERR
