#!/bin/sh
# Stands in for a container in StandInTest: publishes what it was given (a mounted file, as it is now; its
# environment; its process id) over HTTP under /$PROBE_NAME/, on the port the stand-in chose.
set -eu
out="$(mktemp -d)"
mkdir -p "$out/$PROBE_NAME"
ln -s "$APP_CONFIG" "$out/$PROBE_NAME/config"
printf '%s' "$$" > "$out/$PROBE_NAME/pid"
printf '%s' "$KUBECONFIG" > "$out/$PROBE_NAME/kubeconfig-path"
printf '%s' "$SECRET_DIR" > "$out/$PROBE_NAME/secret-dir"
exec python3 -m http.server "$QUARKUS_HTTP_PORT" --bind 127.0.0.1 --directory "$out"
