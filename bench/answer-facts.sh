#!/usr/bin/env bash
# The facts a right answer must hold (qa.json answerContains) that no passage of the page that answers it holds:
# what no ranking can answer, however well it ranks (a tab read as a menu, a footer column read as a sidebar).
# Usage: bench/answer-facts.sh [DIR...]   (default: testing/fixtures/sites and testing/fixtures/probe-sites)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.bash
crawler_bench_java -- io.xapp.crawler.bench.AnswerFactsRead "$@"
