#!/usr/bin/env bash
# Runtime benchmark: start-to-ready from a persisted index, idle RSS and heap, search and chat latency (p50/p99)
# and throughput at 1 and 16 clients, on the fixture site and a generated 5,000-page site. Prints its figures.
# Goals (issue 5): search p99 < 10 ms and chat p99 < 30 ms at 5,000 pages; idle RSS <= 200 MiB.
# BENCH_JAVA_OPTS overrides the runtime's JVM flags (default: the image's).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mvn -q -o -pl runtime-image -am install -DskipTests >/dev/null
cd runtime-image
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
mvn -q -o test-compile -Dxapp.frontend.skip=true >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dxapp.fixtures.dir="${XAPP_FIXTURES_DIR:-$ROOT/../shared/fixtures}" \
  io.xapp.runtime.bench.RuntimeBenchmark target/quarkus-app/quarkus-run.jar
