#!/usr/bin/env bash
# QA pre-review checks benchmark (issue 18), on the local control plane (started if none runs) with the chart
# installed and its operator and bridge run as processes (testing/standin), as in the end-to-end tests. Prints:
#   1. on each of the four fixture sites, with a runtime process of its own: seconds from the runtime answering at
#      its public URL (and from its Deployment becoming available) to the checks done (goal: within 30 s);
#   2. BENCH_ASSISTANTS (100) Assistants whose checks pass, plus five with a broken logo: how long the checks take,
#      then a bulk review's two commands (kubectl get -l xapp.io/qa-checks=passed; kubectl annotate -l ... as a QA
#      reviewer), what they selected, and how long until all are Ready (goal: two commands, none of the failed);
#   3. writes in the namespace during 60 idle seconds (goal: none).
# For (2) one real runtime (the packaged jar) serves the public URLs of all the Assistants, which share its keys:
# a hundred runtime JVMs do not fit this shared machine; every check still runs against a real runtime, bridge and
# partner API. BENCH_SKIP_FIXTURES=true skips (1). It runs on a control plane of its own, reset at the end
# (bench_own_cluster in bench/common.bash).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
source bench/common.bash
exec 9>/tmp/xapp-bench.lock
flock 9

bench_mvn -pl e2e -am package -DskipTests dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
# Pods: the Assistants of (2), five with a broken logo, the four fixture sites of (1), the chart's four.
bench_own_cluster qa-checks 2000 $(( ${BENCH_ASSISTANTS:-100} + 5 + 4 + 4 )) >/dev/null
cd e2e
java -XX:+UseSerialGC -Xmx512m -Dxapp.repo.root="$ROOT" -Dxapp.fixtures.dir="${XAPP_FIXTURES_DIR:-$ROOT/testing/fixtures}" \
  -Dxapp.e2e.work.dir="$ROOT/e2e/target/e2e" -Dxapp.cluster.keep=true \
  -Dbench.assistants="${BENCH_ASSISTANTS:-100}" -Dbench.skipFixtures="${BENCH_SKIP_FIXTURES:-false}" \
  -cp "target/test-classes:$(cat target/bench.classpath)" io.xapp.e2e.bench.QaChecksBenchmark
