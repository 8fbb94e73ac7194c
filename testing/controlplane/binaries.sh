# shellcheck shell=bash
# Builds and caches the control-plane binaries. Sourced by testing/cluster.
#
# The binaries are built from upstream Go modules at the versions pinned in
# versions.env, through the wrapper modules in modules/, and cached under
#   ${XAPP_CACHE_DIR:-$HOME/.cache/xapp}/k8s/<key>/bin
# where <key> hashes the pinned versions, the wrapper modules, the build recipe
# below and the Go toolchain, so changing any of them rebuilds exactly once.
#
# A cache entry is only used when it carries the marker file .complete, which
# is written last, inside a temporary directory that is then renamed into
# place. An interrupted build therefore never leaves a usable-looking entry;
# an entry without the marker (or with a binary missing) is deleted and rebuilt.

CONTROLPLANE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$CONTROLPLANE_DIR/versions.env"

XAPP_CACHE_DIR="${XAPP_CACHE_DIR:-$HOME/.cache/xapp}"
BINARIES=(etcd kube-apiserver kube-controller-manager kube-scheduler kubectl kwok helm)

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }

require_go() {
  command -v go >/dev/null 2>&1 || die "Go is not installed; the control-plane binaries are built from source with Go (see testing/README.md)"
}

# build_recipe compiles the binaries into $1. Its own source text is part of
# the cache key, so editing flags here invalidates the cache.
build_recipe() {
  local out="$1" k8s_minor
  k8s_minor="$(echo "$KUBERNETES_VERSION" | cut -d. -f2)"
  # Version stamps that Kubernetes' own build (hack/lib/version.sh) injects;
  # without them /version reports v0.0.0-master and clients (helm, fabric8)
  # see a nonsense server version.
  local kv=()
  local pkg
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    kv+=("-X $pkg.gitVersion=$KUBERNETES_VERSION" "-X $pkg.gitMajor=1" "-X $pkg.gitMinor=$k8s_minor"
      "-X $pkg.gitTreeState=clean" "-X $pkg.buildDate=1970-01-01T00:00:00Z")
  done

  log "building kube-apiserver, kube-controller-manager, kube-scheduler, kubectl ${KUBERNETES_VERSION} (one go build, shared compilation)"
  (cd "$CONTROLPLANE_DIR/modules/kubernetes" && go build -buildvcs=false -trimpath -ldflags "-s -w ${kv[*]}" -o "$out/" \
    k8s.io/kubernetes/cmd/kube-apiserver \
    k8s.io/kubernetes/cmd/kube-controller-manager \
    k8s.io/kubernetes/cmd/kube-scheduler \
    k8s.io/kubernetes/cmd/kubectl)

  log "building etcd ${ETCD_VERSION}"
  (cd "$CONTROLPLANE_DIR/modules/etcd" && go build -buildvcs=false -trimpath -ldflags "-s -w" -o "$out/etcd" .)

  log "building kwok ${KWOK_VERSION}"
  (cd "$CONTROLPLANE_DIR/modules/kwok" && go build -buildvcs=false -trimpath \
    -ldflags "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=${KWOK_VERSION#v}" \
    -o "$out/kwok" sigs.k8s.io/kwok/cmd/kwok)

  log "building helm ${HELM_VERSION}"
  (cd "$CONTROLPLANE_DIR/modules/helm" && go build -buildvcs=false -trimpath \
    -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=${HELM_VERSION} -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=${k8s_minor}" \
    -o "$out/helm" helm.sh/helm/v3/cmd/helm)
}

# cache_key prints <kubernetes version>-<hash of everything that affects the binaries>.
cache_key() {
  local h
  h="$(
    {
      cat "$CONTROLPLANE_DIR/versions.env"
      find "$CONTROLPLANE_DIR/modules" -type f \( -name go.mod -o -name go.sum -o -name '*.go' \) -print0 |
        LC_ALL=C sort -z | xargs -0 cat
      declare -f build_recipe
      go env GOVERSION GOOS GOARCH
    } | sha256sum | cut -c1-16
  )"
  echo "${KUBERNETES_VERSION}-${h}"
}

cache_entry() { echo "$XAPP_CACHE_DIR/k8s/$(cache_key)"; }

# cache_complete succeeds when an entry has its marker and every binary.
cache_complete() {
  local entry="$1" b
  [[ -f "$entry/.complete" ]] || return 1
  for b in "${BINARIES[@]}"; do [[ -x "$entry/bin/$b" ]] || return 1; done
}

# ensure_binaries builds the binaries unless a complete cache entry exists,
# and sets BIN_DIR to the entry's bin directory.
ensure_binaries() {
  require_go
  local entry key started tmp b
  entry="$(cache_entry)"
  key="$(basename "$entry")"
  if cache_complete "$entry"; then
    BIN_DIR="$entry/bin"
    return 0
  fi
  mkdir -p "$XAPP_CACHE_DIR/k8s"
  # Serialise concurrent builds (two shells, or a test run and a developer).
  exec 8>"$XAPP_CACHE_DIR/k8s/.lock"
  if ! flock -n 8; then
    log "another build of the control-plane binaries is running; waiting for it"
    flock 8
  fi
  if cache_complete "$entry"; then # built by whoever held the lock
    BIN_DIR="$entry/bin"
    exec 8>&-
    return 0
  fi
  if [[ -e "$entry" ]]; then
    log "cache entry $entry is incomplete (interrupted or damaged build); deleting and rebuilding"
    rm -rf "$entry"
  fi
  # Leftovers of interrupted builds (we hold the lock, so none is in progress).
  rm -rf "$XAPP_CACHE_DIR/k8s/.build-"*

  tmp="$XAPP_CACHE_DIR/k8s/.build-$key.$$"
  mkdir -p "$tmp/bin"
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" EXIT
  log "building control-plane binaries into $entry (cold: ~21 min on 2 cores; with a warm Go build cache: ~2 min)"
  started=$SECONDS
  build_recipe "$tmp/bin" || die "building the control-plane binaries failed (see the go output above)"
  for b in "${BINARIES[@]}"; do
    [[ -x "$tmp/bin/$b" ]] || die "build finished but $b is missing"
  done
  # Smoke-check that each binary runs before declaring the entry complete.
  "$tmp/bin/etcd" --version >/dev/null || die "etcd does not run"
  "$tmp/bin/kube-apiserver" --version >/dev/null || die "kube-apiserver does not run"
  "$tmp/bin/kubectl" version --client >/dev/null || die "kubectl does not run"
  "$tmp/bin/kwok" --version >/dev/null || die "kwok does not run"
  "$tmp/bin/helm" version --short >/dev/null || die "helm does not run"
  {
    echo "key=$key"
    echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "seconds=$((SECONDS - started))"
    echo "go=$(go env GOVERSION)"
    grep -E '^[A-Z_]+=' "$CONTROLPLANE_DIR/versions.env"
  } >"$tmp/.complete"
  mv -T "$tmp" "$entry" # atomic rename into place; the marker arrives with it
  trap - EXIT
  exec 8>&-
  log "built control-plane binaries in $((SECONDS - started))s: $entry/bin"
  BIN_DIR="$entry/bin"
  prune_old_entries "$entry"
}

# prune_old_entries KEEP: deletes cache entries of other versions that no
# running process uses (each is ~500 MB).
prune_old_entries() {
  local keep="$1" old p args in_use
  for old in "$XAPP_CACHE_DIR"/k8s/*/; do
    old="${old%/}"
    [[ "$old" == "$keep" || ! -d "$old" ]] && continue
    in_use=0
    for p in /proc/[0-9]*; do
      { mapfile -d '' args <"$p/cmdline"; } 2>/dev/null || continue
      [[ "${args[0]:-}" == "$old/bin/"* ]] && { in_use=1; break; }
    done
    if ((in_use)); then
      log "keeping old binaries $old (in use by a running process)"
    else
      log "deleting old binaries $old"
      rm -rf "$old"
    fi
  done
}
