#!/usr/bin/env bash
# Runtime benchmark: start-to-ready from a persisted index, idle RSS and heap, search and chat latency (p50/p99)
# and throughput at 1 and 16 clients, on the fixture site and generated 5,000-page sites (Zipf text, uniform text as
# a stress case, and English sentences drawn from the fixture sites, on which the index build's embedding CPU is
# read: made-up words cost the model several tokens each). Prints its figures.
# Goals (issue 5): search p99 < 10 ms and chat p99 < 30 ms at 5,000 pages; idle RSS <= 200 MiB.
# BENCH_JAVA_OPTS overrides the runtime's JVM flags (default: the image's); BENCH_SITES picks sites
# (default fixture,uniform,zipf,english).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source bench/common.bash
bench_mvn -pl runtime-image -am install -DskipTests
bench_mvn -pl runtime-image dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
cd runtime-image
# The load client's own JIT and GC threads compete with the runtime for this machine's two cores: C1 and the serial
# collector keep them quiet (BENCH_CLIENT_OPTS overrides).
exec java ${BENCH_CLIENT_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dxapp.fixtures.dir="${XAPP_FIXTURES_DIR:-$ROOT/testing/fixtures}" \
  io.xapp.runtime.bench.RuntimeBenchmark target/quarkus-app/quarkus-run.jar
