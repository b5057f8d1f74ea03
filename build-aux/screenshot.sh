#!/bin/sh
# Takes a screenshot of Chronicle in a real window under Xvfb, for looking at it and for
# the README. Needs a build in build/, imagemagick (import) and, for --text-scale, xsettingsd.
#
#   build-aux/screenshot.sh OUT.png [--dark] [--high-contrast] [--size WxH] [--text-scale F] [--lang LL] [--wait S]
#                           [--set KEY=VALUE (a GSettings key, as in a keyfile)] [-- ARGS…]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$1; shift
dark=""; size="1280x800"; scale="1"; lang=""; wait_s=3
while [ $# -gt 0 ]; do
  case "$1" in
    --dark) dark=1 ;;
    --high-contrast) export ADW_DEBUG_HIGH_CONTRAST=1 ;;
    --size) size=$2; shift ;;
    --text-scale) scale=$2; shift ;;
    --lang) lang=$2; shift ;;
    --wait) wait_s=$2; shift ;;
    --set) extra_settings="${extra_settings:-}
$2"; shift ;;
    --) shift; break ;;
    *) break ;;
  esac
  shift
done
w=${size%x*}; h=${size#*x}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/config/glib-2.0/settings" "$tmp/config/gtk-4.0"
cat > "$tmp/config/glib-2.0/settings/keyfile" <<EOK
[io/github/chronicle/Chronicle]
window-width=$w
window-height=$h
${extra_settings:-}
EOK
# Text scaling is what GNOME's "Large Text" sets: the Xft DPI (96 × factor × 1024).
dpi=$(awk "BEGIN { printf \"%d\", 96 * $scale * 1024 }")
printf '[Settings]\ngtk-xft-dpi=%s\ngtk-enable-animations=false\n' "$dpi" > "$tmp/config/gtk-4.0/settings.ini"

export XDG_CONFIG_HOME="$tmp/config" GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR="$here/build/data" GSK_RENDERER=cairo GDK_BACKEND=x11 GTK_A11Y=none
[ -n "$dark" ] && export ADW_DEBUG_COLOR_SCHEME=prefer-dark
[ -n "$lang" ] && export LANGUAGE="$lang" LANG=C.UTF-8 LC_ALL=C.UTF-8
# This build's catalogues, not whatever an earlier install left in the prefix.
export CHRONICLE_LOCALEDIR="$here/build/po"
unset WAYLAND_DISPLAY

# GTK 4 on X11 takes the text scale from an XSETTINGS manager only (settings.ini and Xft.dpi
# are overridden by the display's default), so run a tiny one: xsettingsd.
if [ "$scale" != "1" ] && ! command -v xsettingsd >/dev/null; then
  echo "screenshot.sh: --text-scale needs xsettingsd (apt-get install xsettingsd)" >&2
  exit 1
fi
printf 'Xft/DPI %s\nGtk/EnableAnimations 0\n' "$dpi" > "$tmp/xsettingsd.conf"
dbus-run-session -- xvfb-run -a -s "-screen 0 ${w}x${h}x24 -nolisten tcp" sh -c '
  xs=""
  if command -v xsettingsd >/dev/null; then
    xsettingsd -c "'"$tmp"'/xsettingsd.conf" 2>/dev/null &
    xs=$!
    sleep 0.5
  fi
  # The pointer starts mid-screen, where it would raise a tooltip: park it in a corner.
  command -v xdotool >/dev/null && xdotool mousemove 0 0
  "$0" "$@" &
  pid=$!
  sleep '"$wait_s"'
  import -window root "'"$out"'"
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  # By its pid: a pattern would match this very script (and dbus-run-session, whose
  # daemon would then outlive it).
  [ -z "$xs" ] || kill $xs 2>/dev/null || true
' "$here/build/app/chronicle" "$@"
echo "$out"
