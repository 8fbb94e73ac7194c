#!/usr/bin/env bash
# Runs the runtime locally against a static site served on loopback (default: the Brightside Dental fixture), with
# the inference service beside it, as a runtime runs in a partner environment: answers by meaning and words.
#   runtime-image/run-local.sh [SITE_DIR]
# Then open http://localhost:8080/preview?token=local-preview (the QA preview, with the widget and search box).
# Env: PORT (8080), SITE_PORT (8099), INFERENCE_PORT (8097), XAPP_DATA_DIR (/tmp/xapp-runtime-local; delete it to
# crawl anew), XAPP_INFERENCE_URL (a service already running; its XAPP_ASSISTANT_TOKEN_KEY must be set here too),
# XAPP_INFERENCE=off (no service: answers from BM25 alone, as a runtime whose service is down).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../scripts/lib.sh
source "$HERE/../scripts/lib.sh"
SITE=${1:-${XAPP_FIXTURES_DIR:-$HERE/../testing/fixtures}/sites/brightside-dental/www}
PORT=${PORT:-8080}
SITE_PORT=${SITE_PORT:-8099}
INFERENCE_PORT=${INFERENCE_PORT:-8097}
JAR=$HERE/target/quarkus-app/quarkus-run.jar
INFERENCE_JAR=$HERE/../inference/target/quarkus-app/quarkus-run.jar
[[ -d $SITE ]] || { echo "no site folder at $SITE: pass the folder that holds the site's index.html" >&2; exit 2; }
[[ -f $JAR && -f $INFERENCE_JAR ]] || (cd "$HERE/.." && mvn -q -pl runtime-image,inference -am install -DskipTests)

PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
python3 -m http.server --bind 127.0.0.1 --directory "$SITE" "$SITE_PORT" >/dev/null 2>&1 &
PIDS+=("$!")

# The service admits a runtime by the token derived from the partner environment's signing key and the assistant's
# namespace/name (AssistantTokens, in the runtime's own jars); here a key made for this run, unless one is given with
# a running service.
NAMESPACE=local
NAME=${XAPP_ASSISTANT_NAME:-ast-local}
INFERENCE_URL=${XAPP_INFERENCE_URL:-}
if [[ ${XAPP_INFERENCE:-on} != off ]]; then
  if [[ -z $INFERENCE_URL ]]; then
    export XAPP_ASSISTANT_TOKEN_KEY=${XAPP_ASSISTANT_TOKEN_KEY:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}
    INFERENCE_URL=http://127.0.0.1:$INFERENCE_PORT
    INFERENCE_LOG=${TMPDIR:-/tmp}/xapp-inference-local.log
    java -XX:+UseSerialGC -Xmx192m -XX:TieredStopAtLevel=1 -Dquarkus.http.host=127.0.0.1 \
      -Dquarkus.http.port="$INFERENCE_PORT" -jar "$INFERENCE_JAR" >"$INFERENCE_LOG" 2>&1 &
    PIDS+=("$!")
    await_http_ready "$INFERENCE_PORT" "$!" "the inference service" "$INFERENCE_LOG"
  fi
  [[ -n ${XAPP_ASSISTANT_TOKEN_KEY:-} ]] \
    || { echo "set XAPP_ASSISTANT_TOKEN_KEY to the signing key of the service at $INFERENCE_URL" >&2; exit 2; }
  export XAPP_INFERENCE_URL=$INFERENCE_URL
  if [[ -z ${XAPP_BRIDGE_TOKEN:-} ]]; then
    XAPP_BRIDGE_TOKEN=$(java -cp "$HERE/target/quarkus-app/lib/main/*" io.xapp.api.auth.AssistantTokens \
      "$NAMESPACE/$NAME")
  fi
  export XAPP_BRIDGE_TOKEN
  echo "inference service: $INFERENCE_URL"
else
  unset XAPP_INFERENCE_URL
  echo "inference service: off (answers from BM25 alone)"
fi

echo "site: http://127.0.0.1:$SITE_PORT/   preview: http://localhost:$PORT/preview?token=local-preview"
XAPP_CONFIG=${XAPP_CONFIG:-"{\"assistant\": {\"namespace\": \"$NAMESPACE\", \"name\": \"$NAME\"}}"} \
XAPP_WEBSITE=http://127.0.0.1:$SITE_PORT/ XAPP_CRAWL_ALLOW_LOOPBACK=true \
XAPP_WIDGET_KEY=${XAPP_WIDGET_KEY:-wk_local} XAPP_SEARCH_KEY=${XAPP_SEARCH_KEY:-sk_local} \
XAPP_PREVIEW_TOKEN=${XAPP_PREVIEW_TOKEN:-local-preview} XAPP_ALLOWED_ORIGINS=http://127.0.0.1:$SITE_PORT \
XAPP_ASSISTANT_NAME=$NAME XAPP_DATA_DIR=${XAPP_DATA_DIR:-/tmp/xapp-runtime-local} \
QUARKUS_HTTP_PORT=$PORT \
  env -u XAPP_ASSISTANT_TOKEN_KEY java -XX:+UseSerialGC -Xmx96m -XX:TieredStopAtLevel=1 -jar "$JAR" &
RUNTIME_PID=$!
PIDS+=("$RUNTIME_PID")
# In the background and waited for, so that stopping this script (Ctrl-C, kill) stops all three.
wait "$RUNTIME_PID"
