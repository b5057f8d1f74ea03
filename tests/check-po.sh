#!/bin/sh
# Fails on any untranslated or fuzzy message, and on msgfmt -c errors, in every
# translation listed in po/LINGUAS.
# Usage: check-po.sh SOURCE_ROOT
set -u
cd "${1:?source root}/po" || exit 2
status=0
for lang in $(grep -v '^#' LINGUAS); do
  po="$lang.po"
  if ! msgfmt -c -o /dev/null "$po" 2>/tmp/check-po.$$; then
    echo "error: $po: msgfmt -c:"; cat /tmp/check-po.$$; status=1
  fi
  untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when anything is selected.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
    echo "error: $po: $untranslated untranslated, $fuzzy fuzzy"
    msgattrib --untranslated --only-fuzzy --no-obsolete "$po" | grep '^msgid ' | head -20
    status=1
  else
    echo "ok: $po: $(msgfmt --statistics -o /dev/null "$po" 2>&1)"
  fi
  grep -q '^"Plural-Forms: nplurals=1; plural=0;\\n"' "$po" || [ "$lang" != vi ] || { echo "error: $po: Plural-Forms"; status=1; }
done
rm -f /tmp/check-po.$$
exit $status
