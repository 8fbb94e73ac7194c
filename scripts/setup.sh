#!/usr/bin/env bash
# Installs what a fresh machine lacks for `make run` and `make test`. Idempotent and cached:
#   - Debian packages: chromium (browser tests), debootstrap (container base image),
#     postgresql (the bridge's PostgreSQL store is tested against a throw-away server),
#     wordpress, its default theme, mariadb-server, php-cli, php-mysql, phpunit (the WordPress plugin's unit tests
#     and its test in a real WordPress on a throw-away MariaDB; integrations/wordpress/README.md)
#   - the local control plane binaries (built from pinned Go modules, cached in ~/.cache/xapp/k8s)
#   - moto server and cfn-lint (pinned, one cached venv in ~/.cache/xapp; cfn-lint checks integrations/aws)
#   - each module's own setup script, when it has one (<module>/ci-setup.sh)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

start=$(date +%s)
ensure_apt chromium debootstrap postgresql
ensure_apt wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql phpunit
say "control plane binaries"
testing/cluster build
say "moto server and cfn-lint"
testing/moto/moto.sh install
for script in */ci-setup.sh; do
  [[ -x "$script" ]] || continue
  say "$script"
  "$script"
done
say "setup done in $(elapsed "$start")"
