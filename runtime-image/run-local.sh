#!/usr/bin/env bash
# Runs the runtime locally against a static site served on loopback (default: the Brightside Dental fixture).
#   runtime-image/run-local.sh [SITE_DIR]
# Then open http://localhost:8080/preview?token=local-preview (the QA preview, with the widget and search box).
# Env: PORT (8080), SITE_PORT (8099), XAPP_DATA_DIR (/tmp/xapp-runtime-local; delete it to crawl anew).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SITE=${1:-${XAPP_FIXTURES_DIR:-$HERE/../testing/fixtures}/sites/brightside-dental/www}
PORT=${PORT:-8080}
SITE_PORT=${SITE_PORT:-8099}
JAR=$HERE/target/quarkus-app/quarkus-run.jar
[[ -f $JAR ]] || (cd "$HERE/.." && mvn -q -pl runtime-image -am install -DskipTests)
python3 -m http.server --bind 127.0.0.1 --directory "$SITE" "$SITE_PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
echo "site: http://127.0.0.1:$SITE_PORT/   preview: http://localhost:$PORT/preview?token=local-preview"
XAPP_WEBSITE=http://127.0.0.1:$SITE_PORT/ XAPP_CRAWL_ALLOW_LOOPBACK=true \
XAPP_WIDGET_KEY=${XAPP_WIDGET_KEY:-wk_local} XAPP_SEARCH_KEY=${XAPP_SEARCH_KEY:-sk_local} \
XAPP_PREVIEW_TOKEN=${XAPP_PREVIEW_TOKEN:-local-preview} XAPP_ALLOWED_ORIGINS=http://127.0.0.1:$SITE_PORT \
XAPP_ASSISTANT_NAME=${XAPP_ASSISTANT_NAME:-ast-local} XAPP_DATA_DIR=${XAPP_DATA_DIR:-/tmp/xapp-runtime-local} \
QUARKUS_HTTP_PORT=$PORT \
  java -XX:+UseSerialGC -Xmx96m -XX:TieredStopAtLevel=1 -jar "$JAR"
