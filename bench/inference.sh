#!/usr/bin/env bash
# bench/inference.sh: the inference service's figures (docs/inference.md#figures), printed, not asserted.
#
#   bench/inference.sh [SITES_DIR]     (default: the repository's fixture sites, testing/fixtures/sites)
#
# Starts the packaged service on loopback with the image's JVM flags and measures: start to ready, idle RSS,
# question embeddings per second with 1 and 16 concurrent clients (p50/p99 latency, service CPU per question),
# passage embeddings per second of the service's CPU in requests of 64 (1 and 2 clients) and the CPU time that
# projects to 25,000 passages (a 5,000-page site), RSS under load and its peak, and one visitor's question latency
# while eight index builds send site words, in the background and (as before 2026-12-07) at the questions' priority.
# Questions are the sites' qa.json,
# passages their pages cut into blocks of at most 120 words.
# Goals (issue 13): >= 200 question embeddings/s on 2 cores, RSS <= 600 MiB, 25,000 passages in <= 5 min of CPU.
#
# Env: BENCH_JAVA_OPTS (the service's JVM flags), BENCH_SERVICE_ENV (service settings to try, e.g.
# "XAPP_INFERENCE_WORKERS=2 XAPP_INFERENCE_INTRA_OP_THREADS=1"), BENCH_PASSAGES (passages measured, 2048),
# BENCH_MVN_OPTS (maven flags, default -o). On a shared machine: flock /tmp/xapp-bench.lock bench/inference.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SITES="${1:-$ROOT/testing/fixtures/sites}"
# shellcheck disable=SC2086
mvn -q ${BENCH_MVN_OPTS--o} -pl inference -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cd inference
# The load client's own JIT and GC threads compete with the service for the two cores: C1 and the serial collector
# keep them quiet.
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dbench.passages="${BENCH_PASSAGES:-2048}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.xapp.inference.bench.InferenceBenchmark target/quarkus-app/quarkus-run.jar "$SITES"
