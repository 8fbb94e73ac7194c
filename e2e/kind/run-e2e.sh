#!/usr/bin/env bash
# e2e/kind/run-e2e.sh: the partner flow end to end (PartnerFlowTest) on kind, with the operator, the bridge and
# the runtimes as real Pods from the images this repository builds. For machines with a container engine; the
# same test runs without one on the local control plane (mvn -pl e2e -am verify; docs/e2e.md).
#
#   e2e/kind/run-e2e.sh            create (or reuse) the cluster, build and load the images, install, test
#   e2e/kind/run-e2e.sh --keep     leave the cluster running afterwards (it is deleted otherwise)
#   e2e/kind/run-e2e.sh delete     delete the cluster
#
# Steps: kind cluster (kind-config.yaml) -> ingress-nginx -> `mvn -Pimage install` (operator, bridge and runtime
# image tars with Jib, no daemon needed) -> `kind load image-archive` -> moto and the customer's site as Pods
# (moto.yaml, site.yaml) -> the partner's queues and bus in moto (testing/moto/partner-side.py) -> helm install
# with values-kind.yaml -> `mvn -pl e2e verify -Dtest=PartnerFlowTest -Dxapp.e2e.target=existing`.
#
# Needs: docker (or podman via KIND_EXPERIMENTAL_PROVIDER), kind >= 0.24, kubectl, helm >= 3.14, mvn, a JDK 17,
# node and npm, chromium (CHROMIUM=path if not /usr/bin/chromium), network access for the images of ingress-nginx,
# moto and python, and root or debootstrap for the base image unless it is cached (images/base/build.sh) or
# XAPP_BASE_IMAGE names a registry base image.
#
# Environment (defaults): XAPP_KIND_CLUSTER (xapp-e2e), XAPP_KIND_NODE_IMAGE (kind's default; Kubernetes >= 1.30
# for ValidatingAdmissionPolicy), XAPP_KIND_WORK_DIR (e2e/target/kind), XAPP_KIND_INGRESS_PORT (18081),
# XAPP_KIND_SITE_PORT (18080), XAPP_KIND_MOTO_PORT (18500), XAPP_KIND_INGRESS_NGINX (controller-v1.12.1),
# XAPP_KIND_MOTO_IMAGE (motoserver/moto:5.2.5), XAPP_KIND_SITE_IMAGE (python:3.12-alpine), XAPP_BASE_IMAGE
# (empty: the local base tar), XAPP_KIND_SKIP_BUILD (empty; 1 = reuse the image tars in */target).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"

CLUSTER="${XAPP_KIND_CLUSTER:-xapp-e2e}"
WORK_DIR="${XAPP_KIND_WORK_DIR:-$REPO_ROOT/e2e/target/kind}"
INGRESS_PORT="${XAPP_KIND_INGRESS_PORT:-18081}"
SITE_PORT="${XAPP_KIND_SITE_PORT:-18080}"
MOTO_PORT="${XAPP_KIND_MOTO_PORT:-18500}"
INGRESS_NGINX="${XAPP_KIND_INGRESS_NGINX:-controller-v1.12.1}"
MOTO_IMAGE="${XAPP_KIND_MOTO_IMAGE:-motoserver/moto:5.2.5}"
SITE_IMAGE="${XAPP_KIND_SITE_IMAGE:-python:3.12-alpine}"
FIXTURES_DIR="${XAPP_FIXTURES_DIR:-$REPO_ROOT/testing/fixtures}"
FIXTURE_SITE="$FIXTURES_DIR/sites/brightside-dental/www"

NAMESPACE=xapp-e2e
RELEASE=e2e
PARTNER_ID=E2E-PARTNER-7 # as in PartnerFlowTest and values-kind.yaml
SITE_HOST=xapp-e2e-site.xapp-e2e-site.svc.cluster.local
MOTO_IN_CLUSTER=http://moto.xapp-e2e-aws.svc.cluster.local:5000
IMAGE_TARS=(operator/target/xapp-operator-image.tar bridge/target/xapp-bridge-image.tar
  runtime-image/target/xapp-runtime-image.tar)

say() { echo "[kind-e2e] $*" >&2; }
die() {
  echo "[kind-e2e] error: $*" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------- checks --

require_tools() {
  local missing=() tool engine="${KIND_EXPERIMENTAL_PROVIDER:-docker}"
  for tool in "$engine" kind kubectl helm mvn java node npm curl; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  ((${#missing[@]} == 0)) || die "missing: ${missing[*]}. This script needs a container engine and kind; on a \
machine without one run the same test on the local control plane: mvn -B -pl e2e -am verify (docs/e2e.md)"
  if ! "$engine" info >/dev/null 2>&1; then
    die "$engine is installed but does not answer ($engine info): start its daemon (or use podman with \
KIND_EXPERIMENTAL_PROVIDER=podman)"
  fi
  [[ -x "${CHROMIUM:-/usr/bin/chromium}" ]] ||
    die "chromium is needed for the browser checks: apt-get install -y chromium (or set CHROMIUM to its path)"
  [[ -d "$FIXTURE_SITE" ]] || die "the fixture site $FIXTURE_SITE is missing; set XAPP_FIXTURES_DIR"
}

# ---------------------------------------------------------------------------------------------- cluster --

# The kind config with this run's paths and ports filled in.
render() {
  sed -e "s|@SITE_DIR@|$WORK_DIR/site|g" -e "s|@INGRESS_PORT@|$INGRESS_PORT|g" -e "s|@SITE_PORT@|$SITE_PORT|g" \
    -e "s|@MOTO_PORT@|$MOTO_PORT|g" -e "s|@SITE_IMAGE@|$SITE_IMAGE|g" -e "s|@MOTO_IMAGE@|$MOTO_IMAGE|g" "$1"
}

create_cluster() {
  if kind get clusters 2>/dev/null | grep -qx "$CLUSTER"; then
    say "reusing kind cluster $CLUSTER (delete it with: $0 delete)"
  else
    say "creating kind cluster $CLUSTER"
    render "$HERE/kind-config.yaml" >"$WORK_DIR/kind-config.yaml"
    kind create cluster --name "$CLUSTER" --config "$WORK_DIR/kind-config.yaml" \
      ${XAPP_KIND_NODE_IMAGE:+--image "$XAPP_KIND_NODE_IMAGE"} --wait 3m
  fi
  kind get kubeconfig --name "$CLUSTER" >"$WORK_DIR/kubeconfig"
  export KUBECONFIG="$WORK_DIR/kubeconfig"
  local minor
  minor="$(kubectl version -o json | sed -n 's/.*"minor": *"\([0-9]*\).*/\1/p' | tail -1)"
  [[ -n "$minor" && "$minor" -ge 30 ]] ||
    die "Kubernetes 1.$minor is too old: the QA policy needs ValidatingAdmissionPolicy (1.30+); set XAPP_KIND_NODE_IMAGE"
}

install_ingress() {
  say "ingress-nginx $INGRESS_NGINX"
  kubectl apply -f "https://raw.githubusercontent.com/kubernetes/ingress-nginx/$INGRESS_NGINX/deploy/static/provider/kind/deploy.yaml" >/dev/null
  kubectl -n ingress-nginx rollout status deployment/ingress-nginx-controller --timeout=5m >/dev/null
}

# ----------------------------------------------------------------------------------------------- images --

build_images() {
  if [[ -n "${XAPP_KIND_SKIP_BUILD:-}" ]]; then
    say "reusing the image tars (XAPP_KIND_SKIP_BUILD)"
  else
    say "building the modules and the image tars (mvn -Pimage install; Jib, no daemon)"
    (cd "$REPO_ROOT" && mvn -B -q -Pimage -pl operator,bridge,runtime-image -am install -DskipTests \
      ${XAPP_BASE_IMAGE:+-Dxapp.base.image="$XAPP_BASE_IMAGE" -Dxapp.base.build.skip=true})
  fi
  local tar
  for tar in "${IMAGE_TARS[@]}"; do
    [[ -s "$REPO_ROOT/$tar" ]] || die "$tar was not built; run without XAPP_KIND_SKIP_BUILD"
    say "kind load image-archive $tar ($(du -h "$REPO_ROOT/$tar" | cut -f1))"
    kind load image-archive "$REPO_ROOT/$tar" --name "$CLUSTER" >/dev/null
  done
}

# ------------------------------------------------------------------------------------ partner and customer --

# The customer's site: a fresh copy of the fixture in the directory kind mounted into the node.
start_site() {
  say "the customer's site in the cluster: http://$SITE_HOST/"
  find "$WORK_DIR/site" -mindepth 1 -delete
  cp -R "$FIXTURE_SITE/." "$WORK_DIR/site/"
  chmod -R a+rX "$WORK_DIR/site"
  render "$HERE/site.yaml" | kubectl apply -f - >/dev/null
  kubectl -n xapp-e2e-site rollout status deployment/xapp-e2e-site --timeout=3m >/dev/null
  curl -fsS -o /dev/null --retry 10 --retry-delay 2 --retry-all-errors "http://127.0.0.1:$SITE_PORT/" ||
    die "the site does not answer on the host's port $SITE_PORT (kind-config.yaml maps NodePort 30080 there)"
}

# moto, and in it the partner's side: the events queue the bridge reads (and its DLQ), the partner's bus with a
# rule copying ReadyForInstallation into partner-inbox. Made inside moto's Pod on localhost (no reliance on a Pod
# reaching itself through its Service); the queue URLs are then written with moto's in-cluster name. moto finds a
# queue by the name in the URL and the AWS SDK sends to its endpoint, so the test's client on the host (endpoint
# http://127.0.0.1:$MOTO_PORT) uses the same URLs.
start_moto() {
  say "moto in the cluster ($MOTO_IMAGE)"
  render "$HERE/moto.yaml" | kubectl apply -f - >/dev/null
  kubectl -n xapp-e2e-aws rollout status deployment/moto --timeout=3m >/dev/null
  kubectl -n xapp-e2e-aws exec -i deploy/moto -- python - http://localhost:5000 e2e-partner-events \
    <"$REPO_ROOT/testing/moto/partner-side.py" | sed "s|http://localhost:5000|$MOTO_IN_CLUSTER|g" >"$WORK_DIR/aws.env"
  # shellcheck disable=SC1091
  source "$WORK_DIR/aws.env"
  [[ -n "${QUEUE_URL:-}" && -n "${INBOX_URL:-}" ]] || die "the partner's queues were not created; see $WORK_DIR/aws.env"
  curl -fsS -o /dev/null --retry 10 --retry-delay 2 --retry-all-errors "http://127.0.0.1:$MOTO_PORT/moto-api/" ||
    die "moto does not answer on the host's port $MOTO_PORT (kind-config.yaml maps NodePort 30500 there)"
}

install_chart() {
  [[ -s "$WORK_DIR/analytics-key" ]] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$WORK_DIR/analytics-key"
  cat >"$WORK_DIR/values-run.yaml" <<YAML
# Written by e2e/kind/run-e2e.sh: this run's ports, queues and keys, on top of e2e/kind/values-kind.yaml.
partner:
  publicBaseUrl: http://localhost:$INGRESS_PORT
events:
  endpointOverride: $MOTO_IN_CLUSTER
  queueUrl: $QUEUE_URL
  dlqUrl: $DLQ_URL
  busName: partner-bus
secrets:
  values:
    analytics-key: $(cat "$WORK_DIR/analytics-key")
YAML
  say "helm upgrade --install $RELEASE helm/xapp into $NAMESPACE"
  helm upgrade --install "$RELEASE" "$REPO_ROOT/helm/xapp" --namespace "$NAMESPACE" --create-namespace \
    --values "$HERE/values-kind.yaml" --values "$WORK_DIR/values-run.yaml" --wait --timeout 5m
}

# ------------------------------------------------------------------------------------------------- test --

run_test() {
  say "PartnerFlowTest against the release (-Dxapp.e2e.target=existing)"
  (cd "$REPO_ROOT" && mvn -B -pl e2e verify -Dtest=PartnerFlowTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dxapp.e2e.target=existing \
    -Dxapp.e2e.kubeconfig="$WORK_DIR/kubeconfig" \
    -Dxapp.e2e.namespace="$NAMESPACE" \
    -Dxapp.e2e.moto.url="http://127.0.0.1:$MOTO_PORT" \
    -Dxapp.e2e.events.queue.url="$QUEUE_URL" \
    -Dxapp.e2e.inbox.queue.url="$INBOX_URL" \
    -Dxapp.e2e.bridge.url="http://localhost:$INGRESS_PORT" \
    -Dxapp.e2e.site.url="http://$SITE_HOST/" \
    -Dxapp.e2e.site.dir="$WORK_DIR/site" \
    -Dxapp.e2e.partner.id="$PARTNER_ID" \
    -Dxapp.e2e.analytics.key="$(cat "$WORK_DIR/analytics-key")" \
    "-Dxapp.e2e.chromium.args=--host-resolver-rules=MAP $SITE_HOST 127.0.0.1:$SITE_PORT")
}

# What to look at when the test failed, while the cluster still exists.
diagnostics() {
  say "state of the cluster (also: kubectl --kubeconfig $WORK_DIR/kubeconfig -n $NAMESPACE get all,assistants)"
  kubectl -n "$NAMESPACE" get assistants,deployments,pods,ingresses 2>&1 | sed 's/^/  /' >&2 || true
  kubectl -n "$NAMESPACE" logs "deployment/$RELEASE-xapp-operator" --tail=40 2>&1 | sed 's/^/  operator: /' >&2 || true
  kubectl -n "$NAMESPACE" logs "deployment/$RELEASE-xapp-bridge" --tail=40 2>&1 | sed 's/^/  bridge: /' >&2 || true
}

main() {
  local keep=""
  case "${1:-}" in
    delete)
      command -v kind >/dev/null 2>&1 || die "kind is not installed"
      kind delete cluster --name "$CLUSTER"
      return 0
      ;;
    --keep) keep=1 ;;
    "") ;;
    -h | --help)
      sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
      return 0
      ;;
    *)
      sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//' >&2
      return 2
      ;;
  esac
  require_tools
  mkdir -p "$WORK_DIR/site"
  create_cluster
  if [[ -z "$keep" ]]; then
    trap 'say "deleting kind cluster $CLUSTER (--keep leaves it)"; kind delete cluster --name "$CLUSTER" >/dev/null 2>&1 || true' EXIT
  fi
  install_ingress
  build_images
  start_site
  start_moto
  install_chart
  if ! run_test; then
    diagnostics
    die "PartnerFlowTest failed; reports in e2e/target/surefire-reports, screenshots in e2e/target/screenshots\
${keep:+; the cluster is kept: export KUBECONFIG=$WORK_DIR/kubeconfig}"
  fi
  say "PartnerFlowTest passed on kind"
}

main "$@"
