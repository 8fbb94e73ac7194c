#!/usr/bin/env bash
# Runs every test: the Maven build (unit tests, tests on the local control plane, browser tests)
# and the chart and end-to-end checks. Starts the local control plane when none runs and stops it
# again at the end; a running one (e.g. from `make run`) is reused and left running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

start=$(date +%s)
scripts/setup.sh

started_cluster=false
if ! testing/cluster status >/dev/null 2>&1; then
  testing/cluster start
  started_cluster=true
fi
cleanup() {
  local status=$?
  if $started_cluster; then testing/cluster stop || true; fi
  # Last, so that a CI page showing only the log's end shows which tests failed and why.
  if [[ $status -ne 0 ]]; then python3 scripts/failed-tests.py --since "$start" "$REPO_ROOT" || true; fi
}
trap cleanup EXIT

if [[ $# -eq 0 ]]; then
  # The control plane's own promises (start twice, port in use, stale pid files, stop leaving nothing), on a
  # throw-away cluster with its own ports; skipped when arguments narrow the run to some modules.
  say "local control plane self-test"
  testing/controlplane/selftest.sh
fi

say "Maven build and tests"
# Modules that do not depend on each other build side by side (one per core): much of a test's time is spent
# waiting on the control plane or a started process, and each module's tests keep to namespaces and ports of
# their own. XAPP_MAVEN_THREADS=1 builds one module at a time (plainer logs when chasing a failure).
# install rather than verify: `make run` and `make build` install, so a module that cannot be installed (one without
# a main artifact did) fails here too, not first on a user's machine.
mvn -B -T "${XAPP_MAVEN_THREADS:-1C}" install "$@"

say "all tests passed in $(elapsed "$start")"
