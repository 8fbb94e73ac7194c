#!/usr/bin/env bash
# Builds the generic JRE 17 base image of the XAPP Java components (runtime, operator, bridge) as a docker-save
# tar that Jib reads with `from.image = tar://...`: no registry, no container engine.
#
#   images/base/build.sh [OUTPUT_TAR]     (default: $HOME/.cache/xapp/base-image/jre17-base.tar)
#
# Contents: a Debian bookworm minbase root file system (debootstrap) with CA certificates and tzdata, a jlink'd
# Java 17 runtime from this machine's JDK in /opt/java (with its class data sharing archive), user and group 10001
# ("xapp"), writable /tmp and /var/lib/xapp. Needs root (debootstrap) and the packages debootstrap and a JDK 17.
# The result is cached under $HOME/.cache/xapp/base-image/<key>.tar; the key covers this script, the JDK version
# and the Debian suite, so a rebuild happens only when one of them changes. Production builds name a registry
# base image instead (-Dxapp.base.image=registry/...).
set -euo pipefail

SUITE=bookworm
MIRROR=${XAPP_DEBIAN_MIRROR:-http://deb.debian.org/debian}
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
# Enough for Quarkus, Lucene, Jackson, TLS and the JDK HTTP client; generic for the operator and the bridge too.
MODULES=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,\
java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,\
java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.crypto.cryptoki,jdk.crypto.ec,\
jdk.jfr,jdk.localedata,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

CACHE=${XAPP_BASE_IMAGE_CACHE:-$HOME/.cache/xapp/base-image}
OUT=${1:-$CACHE/jre17-base.tar}
JAVA_VERSION=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
KEY=$( { cat "$0"; echo "$JAVA_VERSION"; echo "$SUITE"; } | sha256sum | cut -c1-16)
CACHED=$CACHE/jre17-base-$KEY.tar

mkdir -p "$CACHE" "$(dirname "$OUT")"
if [[ -s $CACHED ]]; then
  [[ $(readlink -f "$OUT" 2>/dev/null) == "$(readlink -f "$CACHED")" ]] || ln -sf "$CACHED" "$OUT"
  echo "base image: $CACHED (cached)"
  exit 0
fi
[[ $(id -u) == 0 ]] || { echo "building the base image needs root (debootstrap); run as root or name a registry base image" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap" >&2; exit 1; }
[[ -x $JAVA_HOME/bin/jlink ]] || { echo "no jlink in $JAVA_HOME: install a JDK 17 (openjdk-17-jdk-headless)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/xapp-base-image.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/rootfs

echo "base image: debootstrap $SUITE (minbase) ..."
debootstrap --variant=minbase --include=ca-certificates,tzdata "$SUITE" "$ROOT" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
  || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }

echo "base image: jlink Java runtime ($JAVA_VERSION) ..."
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$ROOT/opt/java"

# Nothing a running container needs: package caches, documentation, locales, the apt machinery's state.
rm -rf "$ROOT"/var/cache/apt/* "$ROOT"/var/lib/apt/lists/* "$ROOT"/usr/share/doc/* "$ROOT"/usr/share/man/* \
  "$ROOT"/usr/share/info/* "$ROOT"/usr/share/locale/* "$ROOT"/var/log/* "$ROOT"/usr/share/common-licenses
echo 'xapp:x:10001:10001:XAPP:/home/xapp:/usr/sbin/nologin' >> "$ROOT/etc/passwd"
echo 'xapp:x:10001:' >> "$ROOT/etc/group"
echo 'xapp:!:19000::::::' >> "$ROOT/etc/shadow"
mkdir -p "$ROOT/home/xapp" "$ROOT/var/lib/xapp" "$ROOT/deployments"
chown 10001:10001 "$ROOT/home/xapp" "$ROOT/var/lib/xapp"
chmod 1777 "$ROOT/tmp"

echo "base image: writing the image tar ..."
LAYER=$WORK/layer.tar
tar --sort=name --mtime='2024-01-01 00:00:00Z' --numeric-owner --xattrs -C "$ROOT" -cf "$LAYER" .
python3 - "$WORK" "$LAYER" "$KEY" <<'PY'
import hashlib, json, os, sys, tarfile
work, layer, key = sys.argv[1:4]
def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()
diff_id = sha(layer)
config = {
    "architecture": "amd64", "os": "linux", "created": "2024-01-01T00:00:00Z",
    "config": {
        "User": "10001:10001", "WorkingDir": "/deployments",
        "Env": ["PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
        "Labels": {"org.opencontainers.image.title": "xapp jre17 base", "io.xapp.base-image.key": key},
    },
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + diff_id]},
    "history": [{"created": "2024-01-01T00:00:00Z", "created_by": "images/base/build.sh"}],
}
config_bytes = json.dumps(config, sort_keys=True).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
with open(os.path.join(work, config_name), 'wb') as f:
    f.write(config_bytes)
manifest = [{"Config": config_name, "RepoTags": ["xapp/jre17-base:" + key], "Layers": [diff_id + "/layer.tar"]}]
with open(os.path.join(work, "manifest.json"), 'w') as f:
    json.dump(manifest, f)
with tarfile.open(os.path.join(work, "image.tar"), "w") as out:
    out.add(os.path.join(work, "manifest.json"), "manifest.json")
    out.add(os.path.join(work, config_name), config_name)
    out.add(layer, diff_id + "/layer.tar")
PY
mv "$WORK/image.tar" "$CACHED.tmp" && mv "$CACHED.tmp" "$CACHED"
ln -sf "$CACHED" "$OUT"
echo "base image: $CACHED ($(du -h "$CACHED" | cut -f1) uncompressed)"
