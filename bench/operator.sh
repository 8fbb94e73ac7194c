#!/usr/bin/env bash
# Operator benchmark: 1,000 Assistants created at once, site analysis served by a loopback fixture. Prints the time
# until all reach AwaitingQA, reconciles per second, restarts, the writes of the burst, the operator's heap, RSS and
# peak RSS, and the write requests the API server counts during 60 idle seconds afterwards (goal: none besides
# Lease renewals).
#
# It runs the packaged operator as a process with the chart's default environment and JVM settings (its container
# limits passed as -XX:MaxRAM and -XX:ActiveProcessorCount) against a control plane of its own (state dir and ports
# apart from the one tests use, a kwok node per 100 Pods), started here and stopped at the end.
#   BENCH_ASSISTANTS=200 bench/operator.sh            # a smaller run (5000: the partner-scale one)
#   BENCH_PROFILE=/tmp/profile bench/operator.sh      # also a class histogram and native memory summary there
#   BENCH_OPERATOR_JAVA_OPTS="-Xmx1g" bench/operator.sh   # other JVM settings than the chart's (all of them: pass
#                                                         # -XX:MaxRAM=536870912 -XX:ActiveProcessorCount=1 too)
#   BENCH_QA_CHECKS=1 bench/operator.sh               # with the pre-review checks on (their runtimes never answer)
#   BENCH_AUDIT_LOG=/tmp/audit.log bench/operator.sh  # the API server's audit log of writes, kept there: the burst's
#                                                     # and the idle minute's writes by writer (costs API server time)
# On a shared machine wrap it in flock so benchmarks never overlap: flock /tmp/xapp-bench.lock bench/operator.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
source bench/common.bash

# Built first, so a build that fails costs no control plane. One reactor build: the classpath names this checkout's
# modules, not whatever another checkout installed in ~/.m2.
bench_mvn -pl operator -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

ASSISTANTS="${BENCH_ASSISTANTS:-1000}"
# BENCH_KCM_QPS=100: kube-controller-manager's client rate (default 20: its Deployment controller then rolls out at
# most a few Deployments per second, whatever the operator does).
export XAPP_KCM_API_QPS="${BENCH_KCM_QPS:-}"
export XAPP_AUDIT_LOG="${BENCH_AUDIT_LOG:+$(realpath -m "$BENCH_AUDIT_LOG")}"
[[ -z "$XAPP_AUDIT_LOG" ]] || rm -f "$XAPP_AUDIT_LOG"
# A fresh control plane each run: nothing left from an earlier one adds to the write count.
bench_own_cluster operator 1000 "$ASSISTANTS"
cd operator
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dxapp.fixtures.dir="${XAPP_FIXTURES_DIR:-$PWD/../testing/fixtures}" -Dxapp.repo.root="$PWD/.." \
  -Dxapp.cluster.keep=true -Dbench.assistants="$ASSISTANTS" ${BENCH_PROFILE:+-Dbench.profile="$BENCH_PROFILE"} \
  ${XAPP_AUDIT_LOG:+-Dbench.auditLog="$XAPP_AUDIT_LOG"} \
  ${BENCH_OPERATOR_JAVA_OPTS:+"-Dbench.operator.javaOpts=$BENCH_OPERATOR_JAVA_OPTS"} \
  -Dbench.qaChecks="$([[ "${BENCH_QA_CHECKS:-0}" == 1 ]] && echo true || echo false)" \
  -Dbench.operator.jar=target/quarkus-app/quarkus-run.jar \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.xapp.operator.bench.OperatorBenchmark
