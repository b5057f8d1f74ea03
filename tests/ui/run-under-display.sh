#!/bin/sh
# Runs one display test the way a screen-reader user's session runs the app: its own X server
# (Xvfb), a private D-Bus session, and an AT-SPI bus with its registry, so GTK's accessibility
# is on and every accessible property really goes over the bus. Nothing outlives the test.
# Used by tests/ui/meson.build; the daemons' output goes to $ATSPI_LOG (default /dev/null) so
# it never mixes with the test's TAP output.
set -eu
log=${ATSPI_LOG:-/dev/null}

if [ "${1:-}" != "--inner" ]; then
  unset WAYLAND_DISPLAY AT_SPI_BUS_ADDRESS NO_AT_BRIDGE GTK_A11Y
  exec dbus-run-session -- \
    xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" sh "$0" --inner "$@"
fi
shift

# The a11y bus, started now; wait for its name without calling it (a call would D-Bus-activate
# a second launcher).
/usr/libexec/at-spi-bus-launcher --launch-immediately </dev/null >>"$log" 2>&1 &
lpid=$!
# At the end, the launcher and all it started: the a11y bus's dbus-daemon and the registry
# it activated, which would otherwise outlive the test (re-parented to init, each holding
# inotify instances until the machine has none left for file monitors).
kill_tree() {
  for child in $(pgrep -P "$1" 2>/dev/null); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || :
}
trap 'kill_tree "$lpid"' EXIT
i=0
until gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.NameHasOwner org.a11y.Bus 2>/dev/null | grep -q true; do
  i=$((i + 1)); [ $i -le 200 ] || { echo "# AT-SPI bus did not start" >&2; exit 1; }
  sleep 0.05
done
addr=$(gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
         --method org.a11y.Bus.GetAddress | sed -n "s/^('\(.*\)',)$/\1/p")
# The registry, D-Bus-activated on the a11y bus, answers before the app starts.
gdbus call --address "$addr" --dest org.a11y.atspi.Registry \
  --object-path /org/a11y/atspi/registry --method org.freedesktop.DBus.Peer.Ping >/dev/null

status=0
"$@" || status=$?
exit $status
