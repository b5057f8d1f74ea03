#!/bin/sh
# Runs one display test on its own X server (Xvfb) inside a private D-Bus session, so no
# bus or accessibility daemon outlives the test. Used by tests/meson.build.
set -eu
exec dbus-run-session -- \
  xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$@"
