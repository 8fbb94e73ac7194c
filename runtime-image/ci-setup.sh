#!/usr/bin/env bash
# What the runtime's build and tests need on a fresh machine (idempotent; caches in $HOME keyed by version):
#  - chromium for the browser tests, debootstrap for the base image (Debian packages);
#  - the base image tar in ~/.cache/xapp/base-image (images/base/build.sh, only for -Pimage).
# node and npm come with the machine; npm's own cache (~/.npm) keeps `npm ci` offline after the first run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if (( ${#missing[@]} )); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [[ ${1:-} == --image ]]; then
  "$ROOT/images/base/build.sh"
fi
