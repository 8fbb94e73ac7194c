#!/usr/bin/env bash
# The pages whose content the crawler's extraction leaves most unread: the share of each page's words (in <main> or
# the body, less scripts, forms, menus, header, footer, dialogs) that no passage holds, most first.
# Usage: bench/unread-text.sh [DIR...]   (default: testing/fixtures/sites and testing/fixtures/probe-sites)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.bash
crawler_bench_java -- io.xapp.crawler.bench.UnreadText "$@"
