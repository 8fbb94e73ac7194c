#!/usr/bin/env bash
# scripts/run.sh: the platform on this machine, one partner environment with the example assistant (`make run`).
#
#   scripts/run.sh                  bring everything up (idempotent) and print what to do next
#   scripts/run.sh stop [--all]     stop the pod stand-in, moto, the site and the partner API (--all: the cluster too)
#   scripts/run.sh status           what runs
#   scripts/run.sh host-page [NAME] write a page on the example site with NAME's install snippets (after approval)
#   scripts/run.sh send create|cancel [CUSTOMER_ID]
#                                   the partner's CreateSubscription / Cancellation through their SQS queue
#   scripts/run.sh inbox            what the partner's event bus received (ReadyForInstallation)
#
# Up means: the local control plane (testing/cluster), the modules built when missing or stale, moto with the
# partner's queues and bus, the partner's CRM APIs (scripts/partner-api.py, leads and bookings recorded in
# $XAPP_RUN_DIR/partner-api.jsonl), the example site (the brightside-dental fixture) on 127.0.0.1:8088, the chart
# installed into namespace xapp-demo, the pod stand-in running operator, bridge, inference service and runtimes as
# processes (kwok's Pods run nothing; docs/e2e.md), and examples/assistant.yaml applied. Everything listens on
# 127.0.0.1.
#
# Environment (defaults): XAPP_RUN_DIR (~/.xapp/run: logs, pid files, generated values), XAPP_RUN_NAMESPACE
# (xapp-demo), XAPP_RUN_SITE_PORT (8088, as in examples/assistant.yaml), XAPP_RUN_ROUTER_PORT (8081: the public
# base URL of the runtimes), XAPP_RUN_BRIDGE_PORT (8091), XAPP_RUN_INFERENCE_PORT (8092), XAPP_RUN_MOTO_PORT
# (15010), XAPP_RUN_PARTNER_API_PORT (8093).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

RUN_DIR="${XAPP_RUN_DIR:-$HOME/.xapp/run}"
NAMESPACE="${XAPP_RUN_NAMESPACE:-xapp-demo}"
RELEASE=demo
BRIDGE_DEPLOYMENT="$RELEASE-xapp-bridge" # the chart's naming: <release>-xapp-<component> (its ServiceAccount too)
INFERENCE_DEPLOYMENT="$RELEASE-xapp-inference"
PARTNER_ID=DEMO-PARTNER
SITE_PORT="${XAPP_RUN_SITE_PORT:-8088}"
ROUTER_PORT="${XAPP_RUN_ROUTER_PORT:-8081}"
BRIDGE_PORT="${XAPP_RUN_BRIDGE_PORT:-8091}"
INFERENCE_PORT="${XAPP_RUN_INFERENCE_PORT:-8092}"
MOTO_PORT="${XAPP_RUN_MOTO_PORT:-15010}"
PARTNER_API_PORT="${XAPP_RUN_PARTNER_API_PORT:-8093}"
XAPP_ACCOUNT=123456789012    # ours: moto's default account
PARTNER_ACCOUNT=444455556666 # the demo partner's
FIXTURE_SITE="${XAPP_EXAMPLE_SITE:-$REPO_ROOT/examples/site}" # a link to the Brightside Dental fixture site
SITE_OVERLAY="$RUN_DIR/site-pages" # pages added to the example site (the demo host page)
EXAMPLE=brightside-dental          # metadata.name in examples/assistant.yaml
STANDIN_JAR="$REPO_ROOT/testing/standin/target/xapp-testing-standin-0.1.0-SNAPSHOT-cli.jar"
JARS=(operator/target/quarkus-app/quarkus-run.jar bridge/target/quarkus-app/quarkus-run.jar
  runtime-image/target/quarkus-app/quarkus-run.jar inference/target/quarkus-app/quarkus-run.jar
  "${STANDIN_JAR#"$REPO_ROOT/"}")
# moto of its own (not bridge/run-local.sh's), so `make stop` never stops someone else's.
export XAPP_MOTO_DIR="$RUN_DIR/moto"

# ------------------------------------------------------------------------------------------------- helpers --

# stop_pid FILE PATTERN WHAT: SIGTERM, wait up to 60 s (the stand-in stops its processes first), then SIGKILL.
stop_pid() {
  local pid
  if pid="$(pid_from_file "$1" "$2")"; then
    kill "$pid"
    for _ in $(seq 1 120); do
      pid_from_file "$1" "$2" >/dev/null || break
      sleep 0.5
    done
    if pid_from_file "$1" "$2" >/dev/null; then
      kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid"
    fi
    say "stopped $3"
  fi
  rm -f "$1"
}

moto_python() { testing/moto/moto.sh python; }

# ------------------------------------------------------------------------------------------------------ up --

start_cluster() {
  say "local control plane"
  testing/cluster start >/dev/null
  eval "$(testing/cluster env)"
}

# A source file or pom of the modules in the jars the stand-in runs that is newer than FILE (prints the first).
newer_source() {
  find pom.xml api crawler operator bridge runtime-image inference testing/processes testing/standin \
    -name node_modules -prune -o -name target -prune -o -type f -newer "$1" -print -quit
}

# The jars the stand-in runs, rebuilt when one is missing or older than a source.
build_if_needed() {
  local oldest="" jar changed
  for jar in "${JARS[@]}"; do
    [[ -f "$jar" ]] || { oldest=""; break; }
    [[ -z "$oldest" || "$jar" -ot "$oldest" ]] && oldest="$jar"
  done
  if [[ -n "$oldest" ]]; then
    changed="$(newer_source "$oldest")"
    [[ -z "$changed" ]] && return 0
    say "$changed changed since $oldest was built"
  fi
  say "building the modules (mvn -q install -DskipTests; a few minutes the first time)"
  mvn -B -q install -DskipTests
}

# moto with both sides of the partner wiring, deployed from the templates of integrations/aws as docs/partner-aws.md
# says: our side in our account (moto's default, so `send` reaches our queue with any credentials), the demo
# partner's side in theirs, on their bus partner-bus, with an example rule into their queue (`inbox`). Writes
# $RUN_DIR/aws.env (URLs, accounts) and $RUN_DIR/aws-values.json (the chart values from our stack's outputs, and
# credentials of the bridge's role for the bridge process).
start_moto() {
  say "moto (SQS, EventBridge, CloudFormation) on 127.0.0.1:$MOTO_PORT: the partner wiring from integrations/aws"
  testing/moto/moto.sh start "$MOTO_PORT" 2>/dev/null
  "$(moto_python)" testing/moto/partner-wiring.py "$(testing/moto/moto.sh url)" --environment demo \
    --xapp-account "$XAPP_ACCOUNT" --partner-account "$PARTNER_ACCOUNT" --partner-bus partner-bus \
    --namespace "$NAMESPACE" --service-account "$BRIDGE_DEPLOYMENT" --env-file "$RUN_DIR/aws.env" \
    --values-file "$RUN_DIR/aws-values.json" >"$RUN_DIR/aws.json"
}

# The fixture served as the customer's site; files in $SITE_OVERLAY (the demo host page) are served over it.
start_site() {
  [[ -d "$FIXTURE_SITE" ]] || die "the example site $FIXTURE_SITE is missing (examples/site links to testing/fixtures/sites/brightside-dental/www); set XAPP_EXAMPLE_SITE to a site folder"
  mkdir -p "$SITE_OVERLAY"
  if pid_from_file "$RUN_DIR/site.pid" "xapp-example-site" >/dev/null; then
    return 0
  fi
  say "example site on http://127.0.0.1:$SITE_PORT/"
  nohup python3 - "$FIXTURE_SITE" "$SITE_OVERLAY" "$SITE_PORT" xapp-example-site >"$RUN_DIR/site.log" 2>&1 <<'PY' &
import functools, http.server, os, sys
root, overlay, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
class Site(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        served = super().translate_path(path)
        extra = os.path.join(overlay, os.path.relpath(served, root))
        return extra if os.path.isfile(extra) else served
http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Site, directory=root)).serve_forever()
PY
  echo $! >"$RUN_DIR/site.pid"
  await_http "http://127.0.0.1:$SITE_PORT/" "the example site" "$RUN_DIR/site.log" XAPP_RUN_SITE_PORT
}

# await_http URL WHAT LOG PORT_VARIABLE: up to 10 s for URL to answer, else die naming the log and the setting.
await_http() {
  for _ in $(seq 1 50); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 0.2
  done
  die "$2 did not answer at $1; see $3 (is the port taken? set $4)"
}

# The partner's CRM APIs the bridge relays leads and bookings to; its contract marks a test with X-Partner-Test.
start_partner_api() {
  if pid_from_file "$RUN_DIR/partner-api.pid" "partner-api.py" >/dev/null; then
    return 0
  fi
  say "the partner's CRM APIs on http://127.0.0.1:$PARTNER_API_PORT/crm/ (records in $RUN_DIR/partner-api.jsonl)"
  nohup python3 scripts/partner-api.py "$PARTNER_API_PORT" "$RUN_DIR/partner-api.jsonl" \
    >"$RUN_DIR/partner-api.log" 2>&1 &
  echo $! >"$RUN_DIR/partner-api.pid"
  await_http "http://127.0.0.1:$PARTNER_API_PORT/crm/availability" "the partner API" "$RUN_DIR/partner-api.log" \
    XAPP_RUN_PARTNER_API_PORT
}

install_chart() {
  [[ -s "$RUN_DIR/analytics-key" ]] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$RUN_DIR/analytics-key"
  cat >"$RUN_DIR/values.yaml" <<YAML
# Written by scripts/run.sh: this run's ports, on top of helm/values-local.yaml and aws-values.json.
partner:
  id: $PARTNER_ID
  publicBaseUrl: http://127.0.0.1:$ROUTER_PORT
runtime:
  bridgeUrl: http://127.0.0.1:$BRIDGE_PORT
inference:
  url: http://127.0.0.1:$INFERENCE_PORT
partnerApi:
  leads:
    url: http://127.0.0.1:$PARTNER_API_PORT/crm/leads
    mapping: {customerId: account_id}
    test: {header: X-Partner-Test, value: "true"}
  bookings:
    url: http://127.0.0.1:$PARTNER_API_PORT/crm/appointments
    mapping: {customerId: account_id}
    test: {header: X-Partner-Test, value: "true"}
  slots:
    url: http://127.0.0.1:$PARTNER_API_PORT/crm/availability
secrets:
  values:
    analytics-key: $(cat "$RUN_DIR/analytics-key")
YAML
  say "chart: helm upgrade --install $RELEASE into $NAMESPACE"
  if ! helm upgrade --install "$RELEASE" helm/xapp --namespace "$NAMESPACE" --create-namespace \
    --values helm/values-local.yaml --values "$RUN_DIR/aws-values.json" --values "$RUN_DIR/values.yaml" \
    --wait --timeout 5m >"$RUN_DIR/helm.log" 2>&1; then
    grep -v 'found symbolic link' "$RUN_DIR/helm.log" >&2
    die "helm upgrade --install failed (above; also in $RUN_DIR/helm.log)"
  fi
}

# dev-bob may edit Assistants here, so that the approval he tries is refused by the QA admission policy (what the
# walkthrough shows), not merely by RBAC.
grant_developer_editing() {
  kubectl -n "$NAMESPACE" apply -f - >/dev/null <<YAML
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: demo-assistant-editor}
rules:
  - apiGroups: [xapp.io]
    resources: [assistants]
    verbs: [get, list, watch, patch, update]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: demo-assistant-editor-dev-bob}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: demo-assistant-editor}
subjects:
  - {apiGroup: rbac.authorization.k8s.io, kind: User, name: dev-bob}
YAML
}

# await_ready PORT WHAT DEPLOYMENT: until GET /q/health/ready on 127.0.0.1:PORT answers 200 (3 min at most).
await_ready() {
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    pid_from_file "$RUN_DIR/standin.pid" "$STANDIN_JAR" >/dev/null || die "the pod stand-in exited; see $RUN_DIR/standin.log"
    sleep 1
  done
  die "$2 is not ready after 3 min; see $RUN_DIR/standin/logs/$NAMESPACE/$3.log"
}

start_standin() {
  if ! pid_from_file "$RUN_DIR/standin.pid" "$STANDIN_JAR" >/dev/null; then
    say "pod stand-in: operator, bridge, inference service and runtimes as processes (log $RUN_DIR/standin.log)"
    setsid nohup java -jar "$STANDIN_JAR" --kubeconfig "$KUBECONFIG" --namespace "$NAMESPACE" \
      --workdir "$RUN_DIR/standin" \
      --image "xapp/operator=java -jar $REPO_ROOT/operator/target/quarkus-app/quarkus-run.jar" \
      --image "xapp/bridge=java -jar $REPO_ROOT/bridge/target/quarkus-app/quarkus-run.jar" \
      --image "xapp/runtime=java -XX:+UseSerialGC -Xmx128m -XX:TieredStopAtLevel=1 -jar $REPO_ROOT/runtime-image/target/quarkus-app/quarkus-run.jar" \
      --image "xapp/inference=java -jar $REPO_ROOT/inference/target/quarkus-app/quarkus-run.jar" \
      --port "$BRIDGE_DEPLOYMENT=$BRIDGE_PORT" --port "$INFERENCE_DEPLOYMENT=$INFERENCE_PORT" \
      --route "$ROUTER_PORT" >"$RUN_DIR/standin.log" 2>&1 &
    echo $! >"$RUN_DIR/standin.pid"
  fi
  await_ready "$BRIDGE_PORT" "the bridge" "$BRIDGE_DEPLOYMENT"
  # The runtimes embed their passages with it; they would index by keywords alone meanwhile.
  await_ready "$INFERENCE_PORT" "the inference service" "$INFERENCE_DEPLOYMENT"
}

apply_example() {
  local phase="" seen="" deadline=$(($(date +%s) + 300))
  say "the example Assistant (examples/assistant.yaml)"
  kubectl -n "$NAMESPACE" apply -f examples/assistant.yaml >/dev/null
  # Until it awaits QA (site analysis, runtime, first crawl) or is already further, as on a second run.
  while [[ "$phase" != AwaitingQA && "$phase" != Ready ]]; do
    (($(date +%s) < deadline)) ||
      die "$EXAMPLE is $phase after 5 min: kubectl -n $NAMESPACE describe assistant $EXAMPLE; logs in $RUN_DIR/standin/logs"
    sleep 1
    phase="$(kubectl -n "$NAMESPACE" get assistant "$EXAMPLE" -o jsonpath='{.status.phase}')"
    if [[ -n "$phase" && "$phase" != "$seen" ]]; then
      say "  $EXAMPLE: $phase"
      seen="$phase"
    fi
  done
}

next_steps() {
  local preview revision
  preview="$(kubectl -n "$NAMESPACE" get assistant "$EXAMPLE" -o jsonpath='{.status.runtime.previewUrl}')"
  revision="$(kubectl -n "$NAMESPACE" get assistant "$EXAMPLE" -o jsonpath='{.status.qa.revision}')"
  cat <<EOF

Up in $(elapsed "$START"): partner $PARTNER_ID in namespace $NAMESPACE, example site http://127.0.0.1:$SITE_PORT/,
inference service http://127.0.0.1:$INFERENCE_PORT/v1/model
Walkthrough with every command: examples/README.md. In short:

  eval "\$(testing/cluster env)"                      # kubectl and helm for this cluster
  kubectl -n $NAMESPACE get assistants -w               # the phases and the CHECKS (Ctrl-C to stop watching)
  kubectl -n $NAMESPACE get assistant $EXAMPLE -o jsonpath='{.status.qa.checks}'
                                                        # the pre-review checks, with sample answers
  # the QA preview, in a browser:
  $preview
  kubectl --context xapp-dev-bob -n $NAMESPACE annotate assistant $EXAMPLE xapp.io/qa=approved
                                                        # refused by the QA policy: dev-bob is not in the QA group
  kubectl --context xapp-qa-alice -n $NAMESPACE annotate assistant $EXAMPLE xapp.io/qa=approved xapp.io/qa-revision=$revision
                                                        # or all whose checks passed: -l xapp.io/qa-checks=passed
  kubectl -n $NAMESPACE get assistant $EXAMPLE -o jsonpath='{.status.install}'
                                                        # the install snippets, once Ready
  scripts/run.sh host-page                              # the customer's page with the snippets, to open
  kubectl -n $NAMESPACE patch assistant $EXAMPLE --type merge \\
    -p '{"spec":{"cancellation":{"effectiveDate":"'\$(date -u +%FT%TZ)'"}}}'
                                                        # cancel now, as the bridge does for a Cancellation
  scripts/run.sh send create                            # or the partner's way: events through SQS
  scripts/run.sh stop                                   # stop it all (--all: the cluster too)
EOF
}

up() {
  START=$(date +%s)
  mkdir -p "$RUN_DIR"
  start_cluster
  build_if_needed
  start_moto
  start_site
  start_partner_api
  install_chart
  grant_developer_editing
  start_standin
  apply_example
  next_steps
}

# ---------------------------------------------------------------------------------------------- commands --

stop_all() {
  stop_pid "$RUN_DIR/standin.pid" "$STANDIN_JAR" "the pod stand-in and its processes"
  stop_pid "$RUN_DIR/site.pid" "xapp-example-site" "the example site"
  stop_pid "$RUN_DIR/partner-api.pid" "partner-api.py" "the partner API"
  testing/moto/moto.sh stop 2>/dev/null
  if [[ "${1:-}" == --all ]]; then
    testing/cluster stop
  else
    say "the cluster keeps running with release $RELEASE in $NAMESPACE (scripts/run.sh stop --all stops it)"
  fi
}

status() {
  if pid_from_file "$RUN_DIR/standin.pid" "$STANDIN_JAR" >/dev/null; then
    echo "pod stand-in: running (log $RUN_DIR/standin.log, processes' logs in $RUN_DIR/standin/logs)"
  else
    echo "pod stand-in: stopped"
  fi
  if pid_from_file "$RUN_DIR/site.pid" "xapp-example-site" >/dev/null; then
    echo "example site: http://127.0.0.1:$SITE_PORT/"
  else
    echo "example site: stopped"
  fi
  if testing/moto/moto.sh status; then echo "moto: $(testing/moto/moto.sh url)"; else echo "moto: stopped"; fi
  if testing/cluster status >/dev/null 2>&1; then
    eval "$(testing/cluster env)"
    kubectl -n "$NAMESPACE" get assistants 2>/dev/null || true
  else
    echo "cluster: stopped"
  fi
}

# A page of the customer's site (the origin the keys are bound to) with the install snippets of NAME.
host_page() {
  local name="${1:-$EXAMPLE}" widget search
  eval "$(testing/cluster env)"
  widget="$(kubectl -n "$NAMESPACE" get assistant "$name" -o jsonpath='{.status.install.widgetSnippet}')"
  search="$(kubectl -n "$NAMESPACE" get assistant "$name" -o jsonpath='{.status.install.searchSnippet}')"
  [[ -n "$widget" ]] || die "$name has no install snippets yet: it is published once QA approved it (phase Ready)"
  mkdir -p "$SITE_OVERLAY"
  cat >"$SITE_OVERLAY/xapp-demo.html" <<EOF
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo: the assistant on the customer's site</title></head>
<body><h1>The customer's page with the install snippets</h1>
<div id="site-search">$search</div>
$widget
</body></html>
EOF
  echo "open http://127.0.0.1:$SITE_PORT/xapp-demo.html"
}

# The partner's CreateSubscription or Cancellation in an EventBridge envelope, as their rule delivers it to SQS.
send_event() {
  local kind="${1:-}" customer="${2:-brightside-0042}"
  [[ "$kind" == create || "$kind" == cancel ]] || die "usage: scripts/run.sh send create|cancel [CUSTOMER_ID]"
  # shellcheck disable=SC1091
  source "$RUN_DIR/aws.env"
  "$(moto_python)" - "$MOTO_URL" "$QUEUE_URL" "$kind" "$customer" "http://127.0.0.1:$SITE_PORT/" <<'PY'
import datetime, json, sys, uuid, boto3
moto, queue, kind, customer, website = sys.argv[1:]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
detail = ({"tier": "growth", "contract_length": 12, "id": customer, "website": website,
           "template": "local-business", "company_name": "Brightside Family Dental"}
          if kind == "create" else {"id": customer, "effective_date": now})
event = {"version": "0", "id": str(uuid.uuid4()), "detail-type": "CreateSubscription" if kind == "create"
         else "Cancellation", "source": "partner.crm", "time": now, "region": "us-east-1", "resources": [],
         "detail": detail}
boto3.client("sqs", endpoint_url=moto, region_name="us-east-1", aws_access_key_id="test",
             aws_secret_access_key="test").send_message(QueueUrl=queue, MessageBody=json.dumps(event))
print(json.dumps(event, indent=2))
PY
}

inbox() {
  # shellcheck disable=SC1091
  source "$RUN_DIR/aws.env"
  "$(moto_python)" - "$MOTO_URL" "$INBOX_URL" "$PARTNER_ACCOUNT" <<'PY'
import json, sys, boto3
sqs = boto3.client("sqs", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="test",
                   aws_secret_access_key="test")
# The inbox is the partner's: read it in their account.
sqs.meta.events.register("before-sign.*.*", lambda request, **_: request.headers.__setitem__(
    "x-moto-account-id", sys.argv[3]))
messages = sqs.receive_message(QueueUrl=sys.argv[2], MaxNumberOfMessages=10, WaitTimeSeconds=2).get("Messages", [])
for m in messages:
    print(json.dumps(json.loads(m["Body"]), indent=2))
    sqs.delete_message(QueueUrl=sys.argv[2], ReceiptHandle=m["ReceiptHandle"])
print(f"({len(messages)} event(s); read events are removed from the inbox)", file=sys.stderr)
PY
}

case "${1:-up}" in
  up) up ;;
  stop) stop_all "${2:-}" ;;
  status) status ;;
  host-page) host_page "${2:-}" ;;
  send) send_event "${2:-}" "${3:-}" ;;
  inbox) inbox ;;
  -h | --help | help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
