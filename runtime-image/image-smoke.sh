#!/usr/bin/env bash
# Runs the runtime image tar the way a restricted pod would, without a container engine: its layers unpacked into a
# root file system mounted read-only, /tmp and the data dir writable, as user 10001, against the fixture site on
# loopback. Prints the readiness answer and a chat answer, then stops. Needs root (mount namespaces, chroot).
#   runtime-image/image-smoke.sh [IMAGE_TAR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
IMAGE=${1:-$HERE/target/xapp-runtime-image.tar}
SITE=${XAPP_FIXTURES_DIR:-$HERE/../testing/fixtures}/sites/brightside-dental/www
SITE_PORT=18099
PORT=18181
WORK=$(mktemp -d /tmp/xapp-image-smoke.XXXXXX)
cleanup() {
  [[ -n ${RT:-} ]] && kill "$RT" 2>/dev/null || true
  [[ -n ${SRV:-} ]] && kill "$SRV" 2>/dev/null || true
  wait 2>/dev/null || true
  [[ -n ${KEEP:-} ]] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/image" "$WORK/rootfs" "$WORK/data"
tar -xf "$IMAGE" -C "$WORK/image" 2>/dev/null
for layer in $(python3 -c "import json,sys;print(' '.join(json.load(open(sys.argv[1]))[0]['Layers']))" "$WORK/image/manifest.json"); do
  tar -xzf "$WORK/image/$layer" -C "$WORK/rootfs" 2>/dev/null
done
chown 10001:10001 "$WORK/data"
readarray -t IMAGE_ENV < <(python3 -c "import json,sys;print('\n'.join(json.load(open(sys.argv[1]+'/config.json'))['config']['Env']))" "$WORK/image")

python3 -m http.server --bind 127.0.0.1 --directory "$SITE" "$SITE_PORT" >/dev/null 2>&1 &
SRV=$!
env -i "${IMAGE_ENV[@]}" XAPP_WEBSITE=http://127.0.0.1:$SITE_PORT/ XAPP_CRAWL_ALLOW_LOOPBACK=true \
  XAPP_WIDGET_KEY=wk_smoke XAPP_SEARCH_KEY=sk_smoke XAPP_ALLOWED_ORIGINS=http://127.0.0.1:$SITE_PORT \
  QUARKUS_HTTP_PORT=$PORT \
  unshare --mount --fork sh -c '
    set -e
    root='"$WORK/rootfs"'
    mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
    mount --bind '"$WORK/data"' "$root/var/lib/xapp"
    mount -t proc proc "$root/proc"
    exec chroot --userspec=10001:10001 "$root" /bin/sh -c "cd /deployments && exec java \$JAVA_OPTS -jar /deployments/quarkus-run.jar"
  ' > "$WORK/runtime.log" 2>&1 &
RT=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; then break; fi
  sleep 1
done
curl -s "http://127.0.0.1:$PORT/q/health/ready" | tr -d "\n " || { echo "not ready; runtime log:"; tail -20 "$WORK/runtime.log"; exit 1; }; echo
curl -s -H "Origin: http://127.0.0.1:$SITE_PORT" -H 'X-Xapp-Key: wk_smoke' -H 'Content-Type: application/json' \
  -d '{"message":"where do I park?","sessionId":"smoke"}' "http://127.0.0.1:$PORT/api/chat"; echo
ps -o rss=,user= -p "$(pgrep -P "$RT" -f quarkus-run.jar || pgrep -f "quarkus-run.jar" | tail -1)" \
  | awk '{printf "runtime RSS: %.0f MiB, user %s\n", $1/1024, $2}'
grep -iE "error|exception" "$WORK/runtime.log" | head -5 || true
