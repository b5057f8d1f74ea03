#!/bin/sh
# Fails when a C or .ui file (or a data file merged through gettext) holds translatable
# strings but is missing from po/POTFILES.in, when POTFILES.in names a file that does not
# exist, or when the list is not sorted.
# Usage: check-potfiles.sh SOURCE_ROOT
set -u
root=${1:?source root}
cd "$root" || exit 2
potfiles=po/POTFILES.in
status=0

listed=$(grep -v '^#' "$potfiles" | sed '/^[[:space:]]*$/d')

marked=$(grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|ngettext|g_dngettext|g_dpgettext2)[[:space:]]*\([[:space:]]*"|translatable="yes"' \
           --include='*.c' --include='*.h' --include='*.ui' app resources 2>/dev/null | sort)
data=$(ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null | sort)

for f in $marked $data; do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "error: $f has translatable strings but is not listed in $potfiles"
    status=1
  fi
done

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "error: $potfiles lists $f, which does not exist"
    status=1
  fi
done

if [ "$(printf '%s\n' "$listed")" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "error: $potfiles is not sorted (LC_ALL=C sort)"
  status=1
fi

[ $status -eq 0 ] && echo "ok: $(printf '%s\n' "$listed" | wc -l) files listed, all present and sorted"
exit $status
