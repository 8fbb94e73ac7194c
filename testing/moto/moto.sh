#!/usr/bin/env bash
# testing/moto/moto.sh: moto server (AWS SQS, EventBridge, CloudFormation, IAM, STS emulator) on loopback, for tests
# and local runs, started through server.py (EventBridge across accounts as in AWS; see its header).
#
#   testing/moto/moto.sh install         create the cached venv with moto[server] and cfn-lint (pinned) if missing
#   testing/moto/moto.sh start [PORT]    install if needed, start on 127.0.0.1:PORT (default 15000), wait until it answers
#   testing/moto/moto.sh stop            stop the server started by `start` (idempotent)
#   testing/moto/moto.sh status          exit 0 if the server of the pid file answers
#   testing/moto/moto.sh url             print http://127.0.0.1:PORT of the running server
#   testing/moto/moto.sh python          print the venv's python (tests that start moto themselves use it)
#
# Environment: XAPP_MOTO_VERSION, XAPP_CFN_LINT_VERSION (defaults below), XAPP_MOTO_DIR (state: pid, port, log;
# default ~/.xapp/moto). The venv is cached under ~/.cache/xapp/moto-<version>-cfn-lint-<version>; its cfn-lint
# checks the templates of integrations/aws (the tests run <venv>/bin/cfn-lint). PyPI is the only network access
# (install only).
set -euo pipefail
# shellcheck source=../../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"

MOTO_VERSION="${XAPP_MOTO_VERSION:-5.2.5}"
CFN_LINT_VERSION="${XAPP_CFN_LINT_VERSION:-1.58.0}"
VENV_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/xapp/moto-$MOTO_VERSION-cfn-lint-$CFN_LINT_VERSION"
LAUNCHER="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/server.py"
STATE_DIR="${XAPP_MOTO_DIR:-$HOME/.xapp/moto}"
PID_FILE="$STATE_DIR/moto.pid"
PORT_FILE="$STATE_DIR/moto.port"
LOG_FILE="$STATE_DIR/moto.log"

log() { echo "[moto] $*" >&2; }

install() {
  if [[ -x "$VENV_DIR/bin/moto_server" && -x "$VENV_DIR/bin/cfn-lint" ]]; then
    return 0
  fi
  log "installing moto[server]==$MOTO_VERSION and cfn-lint==$CFN_LINT_VERSION into $VENV_DIR"
  mkdir -p "$(dirname "$VENV_DIR")"
  rm -rf "$VENV_DIR"
  python3 -m venv "$VENV_DIR"
  if ! "$VENV_DIR/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" \
    "cfn-lint==$CFN_LINT_VERSION"; then
    rm -rf "$VENV_DIR"
    log "pip install of moto[server]==$MOTO_VERSION and cfn-lint==$CFN_LINT_VERSION failed; check access to PyPI"
    exit 1
  fi
}

running_pid() { pid_from_file "$PID_FILE" "$LAUNCHER"; }

answers() {
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/moto-api/" 2>/dev/null
}

start() {
  local port="${1:-15000}"
  install
  mkdir -p "$STATE_DIR"
  if pid="$(running_pid)"; then
    log "already running (pid $pid) on port $(cat "$PORT_FILE")"
    return 0
  fi
  log "starting moto $MOTO_VERSION on 127.0.0.1:$port (log $LOG_FILE)"
  nohup "$VENV_DIR/bin/python" "$LAUNCHER" -H 127.0.0.1 -p "$port" >"$LOG_FILE" 2>&1 &
  echo $! >"$PID_FILE"
  echo "$port" >"$PORT_FILE"
  for _ in $(seq 1 100); do
    if answers "$port"; then
      log "ready: http://127.0.0.1:$port"
      return 0
    fi
    if ! running_pid >/dev/null; then
      log "moto exited; last log lines:"; tail -n 20 "$LOG_FILE" >&2
      exit 1
    fi
    sleep 0.2
  done
  log "moto did not answer within 20s; see $LOG_FILE"
  exit 1
}

stop() {
  if pid="$(running_pid)"; then
    kill "$pid"
    for _ in $(seq 1 50); do
      [[ -r "/proc/$pid/cmdline" ]] || break
      sleep 0.1
    done
    log "stopped (pid $pid)"
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
}

case "${1:-}" in
  install) install ;;
  start) start "${2:-}" ;;
  stop) stop ;;
  status) running_pid >/dev/null && answers "$(cat "$PORT_FILE")" ;;
  url) running_pid >/dev/null && echo "http://127.0.0.1:$(cat "$PORT_FILE")" ;;
  python) install; echo "$VENV_DIR/bin/python" ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
