#!/usr/bin/env bash
# Regenerates plugin/languages/xapp-assistant.pot from the plugin's PHP with GNU xgettext (Debian's gettext).
# Run it after changing a translatable string, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/plugin"
LC_ALL=C.UTF-8 find . -name '*.php' | sort | LC_ALL=C.UTF-8 xargs xgettext --language=PHP --from-code=UTF-8 --add-comments=translators: \
  --keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__ \
  --package-name='XAPP Assistant' --package-version=0.1.0 --omit-header --sort-by-file \
  --output=languages/xapp-assistant.pot
LC_ALL=C.UTF-8 xgettext --language=JavaScript --from-code=UTF-8 --keyword=__:1 --join-existing --omit-header \
  --sort-by-file --output=languages/xapp-assistant.pot blocks/search/editor.js
{ printf '# XAPP Assistant, the WordPress plugin. Translations: copy to xapp-assistant-<locale>.po.\n'
  printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"X-Domain: xapp-assistant\\n"\n\n'
  cat languages/xapp-assistant.pot; } > languages/xapp-assistant.pot.tmp
mv languages/xapp-assistant.pot.tmp languages/xapp-assistant.pot
echo "wrote $(( $(grep -c '^msgid' languages/xapp-assistant.pot) - 1 )) strings to plugin/languages/xapp-assistant.pot"
