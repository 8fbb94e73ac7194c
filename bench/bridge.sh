#!/usr/bin/env bash
# bench/bridge.sh: the bridge's benchmarks, with their figures on stdout.
#
#   bench/bridge.sh [sqs|webhook|analytics|all] (default all)
#
#   sqs        1,000 CreateSubscription events through SQS (moto) to 1,000 Assistants on the local control plane,
#              the packaged bridge run as a process with the chart's JVM settings: time, events per second,
#              duplicates, losses, dead letters (the queue redrives to the DLQ after 10 receives), the bridge's RSS
#              and CPU. Env BENCH_EVENTS (1000), BENCH_CONSUMERS (pollers, 2), BENCH_CONCURRENCY (workers, 16),
#              BENCH_KILL=1 (SIGKILL the bridge at a random moment of the burst and start it again),
#              BENCH_BRIDGE_JAVA_OPTS (instead of the chart's JVM settings),
#              BENCH_WRITES_PER_SECOND (the bridge's kubernetes.writesPerSecond, default 50),
#              BENCH_SQS_SERVER=elasticmq (ElasticMQ, testing/elasticmq, instead of moto: moto's ReceiveMessage scans
#              the whole queue, so a queue of thousands drains at a few events per second whatever the bridge does;
#              ElasticMQ runs as a process of its own on 127.0.0.1, in memory, stopped at the end).
#   webhook    the same burst sent as signed POST /v1/events by BENCH_SENDERS (16) senders at once: the bridge's
#              own apply path (database, API server) without moto in front, which sets the pace of `sqs` here.
#   analytics  analytics query p50/p95/p99 for one customer with 1,000,000 recorded queries over 30 days (H2 file
#              database; BENCH_ANALYTICS_URL=jdbc:postgresql://... with -Dbench.db.user/password in
#              BENCH_JAVA_OPTS to run it on PostgreSQL). Env BENCH_QUERIES (1000000).
#
# Starts moto (testing/moto; or ElasticMQ, see above) and the local cluster (testing/cluster) when they are not
# running. Maven fetches what it lacks (BENCH_MVN_OPTS=-o runs it offline); BENCH_REUSE_BUILD=1 skips the build and
# runs the classes of the last run.
# On a shared machine wrap it in flock so benchmarks never overlap:
#   flock /tmp/xapp-bench.lock bench/bridge.sh analytics
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
source bench/common.bash
what="${1:-all}"

# The benchmark runs from a copy of the compiled classes, so a test build started meanwhile (which rewrites
# bridge/target) cannot change the code under measurement half-way. BENCH_REUSE_BUILD=1 runs the copy made by the
# previous run instead of building again.
CLASSES="$REPO/bridge/target/bench-classes"
if [[ "${BENCH_REUSE_BUILD:-0}" != 1 || ! -d "$CLASSES/main" ]]; then
  # One reactor build: the classpath names this checkout's modules, not whatever another checkout installed.
  bench_mvn -pl bridge -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
  rm -rf "$CLASSES" && mkdir -p "$CLASSES"
  cp -r bridge/target/classes "$CLASSES/main" && cp -r bridge/target/test-classes "$CLASSES/test"
  cp -r bridge/target/quarkus-app "$CLASSES/quarkus-app"
fi
CP="$CLASSES/test:$CLASSES/main:$(cat bridge/target/bench.classpath)"
JAVA=(java -Xmx2g -Dxapp.repo.root="$REPO" -Dxapp.bridge.test.dir="$REPO/bridge/target/bench-state"
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager ${BENCH_JAVA_OPTS:-} -cp "$CP")

# BENCH_SQS_SERVER=elasticmq: ElasticMQ as a process of its own (its CPU apart from the benchmark's), on a free
# loopback port, stopped when this script exits.
SQS_SERVER="${BENCH_SQS_SERVER:-moto}"
SQS_OPTS=()
start_elasticmq() {
  bench_mvn -f testing/elasticmq/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath
  local dir="$REPO/testing/elasticmq/target" i
  rm -f "$dir/url"
  java -Xmx512m -cp "$dir/classes:$(cat "$dir/classpath")" io.xapp.testing.elasticmq.ElasticMqServer 0 "$dir/url" \
    >"$dir/elasticmq.log" 2>&1 &
  EMQ_PID=$!
  trap 'kill "$EMQ_PID" 2>/dev/null || true' EXIT
  for ((i = 0; i < 300; i++)); do
    [[ -s "$dir/url" ]] && break
    kill -0 "$EMQ_PID" 2>/dev/null || { echo "error: ElasticMQ exited; see $dir/elasticmq.log" >&2; exit 1; }
    sleep 0.2
  done
  [[ -s "$dir/url" ]] || { echo "error: ElasticMQ not up after 60 s; see $dir/elasticmq.log" >&2; exit 1; }
  SQS_OPTS=(-Dbench.sqs.url="$(cat "$dir/url")")
  echo "ElasticMQ (pid $EMQ_PID) at $(cat "$dir/url"); log: $dir/elasticmq.log"
}

if [[ "$what" == sqs || "$what" == all ]]; then
  echo "== SQS to Assistants ($SQS_SERVER)"
  case "$SQS_SERVER" in
    moto) ;;
    elasticmq) start_elasticmq ;;
    *) echo "error: BENCH_SQS_SERVER must be moto or elasticmq, got $SQS_SERVER" >&2; exit 2 ;;
  esac
  "${JAVA[@]}" "${SQS_OPTS[@]}" -Dbench.bridge.jar="$CLASSES/quarkus-app/quarkus-run.jar" -Dbench.kill="${BENCH_KILL:-0}" \
    -Dbench.concurrency="${BENCH_CONCURRENCY:-16}" ${BENCH_WRITES_PER_SECOND:+"-Dbench.writesPerSecond=$BENCH_WRITES_PER_SECOND"} \
    ${BENCH_BRIDGE_JAVA_OPTS:+"-Dbench.bridge.javaOpts=$BENCH_BRIDGE_JAVA_OPTS"} \
    io.xapp.bridge.bench.SqsToAssistantsBenchmark "${BENCH_EVENTS:-1000}" "${BENCH_CONSUMERS:-2}" \
    2> >(grep -vE " INFO | DEBUG " >&2)
  if [[ -n "${EMQ_PID:-}" ]]; then
    echo "ElasticMQ CPU:      $(ps -o cputime= -p "$EMQ_PID" | tr -d ' ') (hh:mm:ss of CPU over its life), RSS $(($(ps -o rss= -p "$EMQ_PID") / 1024)) MiB"
  fi
fi
if [[ "$what" == webhook || "$what" == all ]]; then
  echo "== Webhook to Assistants"
  "${JAVA[@]}" -Dbench.bridge.jar="$CLASSES/quarkus-app/quarkus-run.jar" \
    ${BENCH_BRIDGE_JAVA_OPTS:+"-Dbench.bridge.javaOpts=$BENCH_BRIDGE_JAVA_OPTS"} \
    io.xapp.bridge.bench.WebhookToAssistantsBenchmark "${BENCH_EVENTS:-1000}" "${BENCH_SENDERS:-16}" \
    2> >(grep -vE " INFO | DEBUG " >&2)
fi
if [[ "$what" == analytics || "$what" == all ]]; then
  echo "== Analytics query"
  "${JAVA[@]}" io.xapp.bridge.bench.AnalyticsQueryBenchmark "${BENCH_QUERIES:-1000000}" \
    ${BENCH_ANALYTICS_URL:+"$BENCH_ANALYTICS_URL"} 2> >(grep -vE " INFO | DEBUG " >&2)
fi
