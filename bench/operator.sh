#!/usr/bin/env bash
# Operator benchmark: 1,000 Assistants created at once, site analysis served by a loopback fixture. Prints the time
# until all reach AwaitingQA, reconciles per second, the operator's heap and RSS afterwards, and the write requests
# the API server counts during 60 idle seconds afterwards (goal: none besides Lease renewals).
#
# It runs the packaged operator as a process against a control plane of its own (state dir and ports apart from
# the one tests use, 12 kwok nodes for the 1,000 Pods), started here and stopped at the end.
#   BENCH_ASSISTANTS=200 bench/operator.sh    # a smaller run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
source bench/common.bash

# Built first, so a build that fails costs no control plane.
bench_mvn -pl operator -am install -DskipTests
bench_mvn -pl operator dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

export XAPP_CLUSTER_DIR="${XAPP_BENCH_CLUSTER_DIR:-$HOME/.xapp/bench-operator-cluster}"
export XAPP_APISERVER_PORT=27443 XAPP_ETCD_PORT=23379 XAPP_ETCD_PEER_PORT=23380
export XAPP_KCM_PORT=21257 XAPP_SCHEDULER_PORT=21259
export XAPP_KWOK_NODES="${XAPP_KWOK_NODES:-12}"
"$ROOT/testing/cluster" start
# A fresh control plane each run: nothing left from an earlier one adds to the write count.
trap '"$ROOT/testing/cluster" reset >/dev/null 2>&1 || true' EXIT
cd operator
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dxapp.fixtures.dir="${XAPP_FIXTURES_DIR:-$PWD/../testing/fixtures}" -Dxapp.repo.root="$PWD/.." \
  -Dxapp.cluster.keep=true -Dbench.assistants="${BENCH_ASSISTANTS:-1000}" \
  -Dbench.operator.jar=target/quarkus-app/quarkus-run.jar \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.xapp.operator.bench.OperatorBenchmark
