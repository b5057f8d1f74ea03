#!/bin/sh
# Fails on any untranslated or fuzzy message, and on msgfmt -c errors, in every
# translation listed in po/LINGUAS.
# Usage: check-po.sh SOURCE_ROOT
set -u
cd "${1:?source root}/po" || exit 2
status=0
# Every string marked in the C and .ui sources, extracted as the build's template does:
# a string a translation lacks entirely (not merged yet) fails too.
pot=$(mktemp)
grep -v '^#' POTFILES.in | grep -E '\.(c|ui)$' | sed 's|^|../|' > "$pot.files"
xgettext --from-code=UTF-8 --add-comments=Translators --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 --keyword=ngettext:1,2 \
  -o "$pot" -f "$pot.files"
for lang in $(grep -v '^#' LINGUAS); do
  if ! msgcmp "$lang.po" "$pot" 2>/tmp/check-po.$$.cmp; then
    echo "error: $lang.po lacks strings the sources mark (merge them: meson compile chronicle-update-po):"
    grep -v 'this message is not used' /tmp/check-po.$$.cmp | head -20
    status=1
  fi
done
rm -f "$pot" "$pot.files" /tmp/check-po.$$.cmp
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
