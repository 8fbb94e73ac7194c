# Shared helpers for the scripts under scripts/. Source it; it defines functions only.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# elapsed SECONDS_SINCE: "3m07s"
elapsed() { local s=$(( $(date +%s) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# pid_from_file FILE PATTERN: prints the pid in FILE if that process runs and its command line contains PATTERN (a
# pid file outlives its process, and after a crash or reboot its number may belong to another program).
pid_from_file() {
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ && -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2" && echo "$pid"
}

# await_http_ready PORT PID WHAT LOG: until GET /q/health/ready on 127.0.0.1:PORT answers 200 (60 s at most), for
# a Quarkus app just started as process PID; fails naming LOG (and showing its end) if PID exits first or time runs out.
await_http_ready() {
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null && return 0
    if ! kill -0 "$2" 2>/dev/null; then tail -n 30 "$4" >&2; die "$3 exited; see $4"; fi
    sleep 0.5
  done
  die "$3 is not ready after 60 s; see $4"
}

# Runs a command only when the apt package it needs is missing (CI machines and fresh laptops).
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
