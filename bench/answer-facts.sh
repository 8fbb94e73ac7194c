#!/usr/bin/env bash
# The facts a right answer must hold (qa.json answerContains) that no passage of the page that answers it holds:
# what no ranking can answer, however well it ranks (a tab read as a menu, a footer column read as a sidebar).
# Usage: bench/answer-facts.sh [DIR...]   (default: testing/fixtures/sites and testing/fixtures/probe-sites)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.bash
bench_mvn -pl crawler -am install -DskipTests
bench_mvn -pl crawler dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "crawler/target/test-classes:crawler/target/classes:$(cat crawler/target/bench-classpath.txt)" \
    io.xapp.crawler.bench.AnswerFactsRead "$@"
