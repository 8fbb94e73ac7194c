#!/usr/bin/env bash
# Crawler benchmark: a generated 2,000-page site on loopback, delay 0, at 1, 4 and 16 workers.
# Prints pages/s, extraction time per page and peak memory. Usage: bench/crawler.sh [pages]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.bash
# A plain JVM (not Maven's) so the memory figures are the crawler's own, plus the in-process test server.
crawler_bench_java -Xms256m -Xmx1g -- io.xapp.crawler.bench.CrawlBenchmark "$@"
