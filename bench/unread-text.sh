#!/usr/bin/env bash
# The pages whose content the crawler's extraction leaves most unread: the share of each page's words (in <main> or
# the body, less scripts, forms, menus, header, footer, dialogs) that no passage holds, most first.
# Usage: bench/unread-text.sh [DIR...]   (default: testing/fixtures/sites and testing/fixtures/probe-sites)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.bash
bench_mvn -pl crawler -am install -DskipTests
bench_mvn -pl crawler dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "crawler/target/test-classes:crawler/target/classes:$(cat crawler/target/bench-classpath.txt)" \
    io.xapp.crawler.bench.UnreadText "$@"
