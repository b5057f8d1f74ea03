#!/bin/sh
# Chronicle's one entry point for setting up, building, running and testing.
#
#   build-aux/chronicle.sh run [ARGS…]     install dependencies, build, launch Chronicle
#   build-aux/chronicle.sh test            install dependencies, build, run the whole suite
#   build-aux/chronicle.sh test --sanitize the same with AddressSanitizer + UBSan
#   build-aux/chronicle.sh deps            only install the dependencies
#
# Works as root on a fresh Debian 12 machine (or as a user with sudo). Idempotent: packages
# already present are not reinstalled, an existing build directory is reused.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

# Everything Chronicle needs to build, test and validate, from Debian 12's own archive.
PACKAGES="
  git gcc libc6-dev pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  libcsv-dev libxml2-dev
  desktop-file-utils appstream
  xvfb xauth dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0
  librsvg2-common adwaita-icon-theme fonts-cantarell fonts-dejavu-core
  poppler-utils xdotool
"

log () { printf '==> %s\n' "$*" >&2; }

install_deps () {
  missing=""
  for p in $PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0

  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing:$missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# configure BUILDDIR [MESON OPTIONS…]
configure () {
  dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    log "configuring $dir"
    meson setup "$dir" --werror "$@" >/dev/null
  fi
  log "building $dir"
  meson compile -C "$dir"
}

# Prints the closing line CI reads, from meson's machine-readable test log.
summarize () {
  testlog="$1/meson-logs/testlog.json"
  passed=$(grep -c '"result": "OK"' "$testlog" || true)
  failed=$(grep -cE '"result": "(FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)"' "$testlog" || true)
  skipped=$(grep -c '"result": "SKIP"' "$testlog" || true)
  echo "$passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

run_tests () {
  dir=$1
  shift
  status=0
  meson test -C "$dir" --no-rebuild --print-errorlogs "$@" || status=$?
  summarize "$dir" || status=1
  return $status
}

command=${1:-run}
[ $# -gt 0 ] && shift

case "$command" in
  deps)
    install_deps
    ;;
  run)
    install_deps
    configure build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      log "no display (DISPLAY and WAYLAND_DISPLAY are unset): Chronicle needs a graphical session"
      log "to check it headless, run: build-aux/chronicle.sh test"
      exit 1
    fi
    # The uninstalled binary finds its schema and its translations in the build tree.
    GSETTINGS_SCHEMA_DIR="$here/build/data" CHRONICLE_LOCALEDIR="$here/build/po" \
      exec "$here/build/app/chronicle" "$@"
    ;;
  test)
    install_deps
    if [ "${1:-}" = "--sanitize" ]; then
      configure build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
      # Slow unwinding on malloc: Mesa's EGL driver is probed and unloaded by GDK, and with the
      # fast unwinder its allocations show up as "<unknown module>", out of reach of lsan.supp.
      export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:fast_unwind_on_malloc=0"
      export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
      export LSAN_OPTIONS="suppressions=$here/build-aux/lsan.supp:print_suppressions=0"
      # Under ASan with slow unwinding the window tests run about ten times slower:
      # their 120 s limit is for the normal build.
      run_tests build-sanitize --timeout-multiplier 3
    else
      configure build
      run_tests build
    fi
    ;;
  *)
    echo "usage: $0 run [ARGS…] | test [--sanitize] | deps" >&2
    exit 2
    ;;
esac
