#!/usr/bin/env bash
# Exercises the robustness promises of testing/cluster on a throw-away cluster
# (own state dir, own ports, so a developer's running cluster is untouched):
# start twice, two starts at once, a port in use, stale pid files, a dead component, stop leaving
# no process behind and being idempotent, an incomplete binary cache entry.
#
#   testing/controlplane/selftest.sh          # ~1 min with cached binaries
#   SELFTEST_REBUILD=1 testing/controlplane/selftest.sh   # also the cache case (~2 min more)
#
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cluster="$here/../cluster"

export XAPP_CLUSTER_DIR="$(mktemp -d /tmp/xapp-selftest.XXXXXX)"
# Below the kernel's ephemeral range (32768-60999 here): a port in it can be the local end of any outgoing
# connection at that moment (a CI run found etcd's peer port 42380 taken so), and apart from the developer's
# cluster (26443, 22379...) and bench/operator.sh's (27443, 23379...).
export XAPP_APISERVER_PORT=28443 XAPP_ETCD_PORT=24379 XAPP_ETCD_PEER_PORT=24380 \
  XAPP_KCM_PORT=24257 XAPP_SCHEDULER_PORT=24259 XAPP_KWOK_NODES=2
passed=0 failed=0 out=""

check() { # name command...
  local name="$1"
  shift
  if "$@"; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    printf '%s\n' "$out" | tail -n 20 | sed 's/^/     | /'
    failed=$((failed + 1))
  fi
}
run() { out="$("$@" 2>&1)"; }
contains() { [[ "$out" == *"$1"* ]]; }
our_processes() { pgrep -f -- "$XAPP_CLUSTER_DIR/" || true; }
no_processes() { [[ -z "$(our_processes)" ]]; }

cleanup() {
  "$cluster" stop >/dev/null 2>&1
  [[ -n "${blocker:-}" ]] && kill "$blocker" 2>/dev/null
  rm -rf "$XAPP_CLUSTER_DIR"
}
trap cleanup EXIT

check "start succeeds" run "$cluster" start
check "start prints the kubeconfig" contains "export KUBECONFIG=$XAPP_CLUSTER_DIR/kubeconfig"
check "status is ready" run "$cluster" status
check "two kwok nodes are Ready" contains "kwok-node-1 Ready"

check "second start exits 0" run "$cluster" start
check "second start says already running" contains "already running"

kill -KILL "$(cat "$XAPP_CLUSTER_DIR/run/kwok.pid")"
sleep 0.5
check "status notices a dead component" bash -c "! '$cluster' status >/dev/null 2>&1"
check "start after a component died recovers" run "$cluster" start
check "it restarted the whole cluster" contains "partially running"

check "stop succeeds" run "$cluster" stop
check "stop leaves no process" no_processes
check "second stop exits 0" run "$cluster" stop
check "second stop says not running" contains "not running"

# Two starts at once (two test JVMs, or `make run` beside a test run): one starts the cluster, the other waits for
# it and finds it running; the components must not keep the lock that serialises them.
concurrent_starts() {
  local a b
  "$cluster" start >"$XAPP_CLUSTER_DIR/start-a.out" 2>&1 &
  a=$!
  "$cluster" start >"$XAPP_CLUSTER_DIR/start-b.out" 2>&1 &
  b=$!
  wait "$a" && wait "$b"
}
no_lock_holders() {
  local pid
  for pid in $(our_processes); do
    ls -l "/proc/$pid/fd" 2>/dev/null | grep -q script.lock && return 1
  done
  return 0
}
check "two starts at once both succeed" concurrent_starts
out="$(cat "$XAPP_CLUSTER_DIR"/start-[ab].out)"
check "one of them found the other's cluster" contains "already running"
check "the components do not hold the start lock" no_lock_holders
check "stop after them succeeds" run "$cluster" stop
check "and leaves no process" no_processes

echo 999999 >"$XAPP_CLUSTER_DIR/run/etcd.pid"
echo 1 >"$XAPP_CLUSTER_DIR/run/kube-apiserver.pid" # pid 1 exists but is not ours
check "start with stale pid files succeeds" run "$cluster" start
check "stale pid files are reported" contains "removing stale pid file for etcd"
check "a reused pid is not mistaken for ours" contains "removing stale pid file for kube-apiserver"
"$cluster" stop >/dev/null 2>&1

python3 -c "
import socket, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', $XAPP_APISERVER_PORT)); s.listen(); time.sleep(60)" &
blocker=$!
sleep 1
check "start with the API server port taken fails" bash -c "! '$cluster' start >/dev/null 2>&1"
run "$cluster" start
check "the message names the port" contains "port $XAPP_APISERVER_PORT"
check "the message names the variable to change" contains "XAPP_APISERVER_PORT=<free port>"
check "nothing was left running" no_processes
kill "$blocker" 2>/dev/null
wait "$blocker" 2>/dev/null
blocker=""

if [[ "${SELFTEST_REBUILD:-0}" == 1 ]]; then
  bin="$("$cluster" bin-dir)"
  rm -f "${bin%/bin}/.complete"
  check "an entry without its marker is rebuilt" run "$cluster" build
  check "the rebuild is reported" contains "incomplete"
  check "the rebuilt entry is complete" test -f "${bin%/bin}/.complete"
fi

echo "selftest: $passed passed, $failed failed"
((failed == 0))
