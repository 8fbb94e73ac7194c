#!/usr/bin/env bash
# bench/index-burst.sh [SITES_DIR]: many runtimes indexing at once against one inference service, as when a partner
# onboards many customers together (docs/inference.md, "Figures"). Builds the indexes of the sites' crawls
# (default: the repository's fixture sites) BENCH_BUILDS at a time (8), each as its own Assistant, against the
# packaged service without its vector cache, and prints per build its time, vectors embedded and missing, site words
# and the 503s it met and waited out. Prints figures, asserts nothing. Goal: no build without its vectors.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SITES="$(cd "${1:-$REPO/testing/fixtures/sites}" && pwd)"
cd "$REPO"
source bench/common.bash
runtime_bench_java -Dbench.builds="${BENCH_BUILDS:-8}" -- io.xapp.runtime.bench.IndexBurstBenchmark "$SITES"
