#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian and Ubuntu, only when missing.
# "base" is enough for the offscreen platform; "test" adds the headless Chromium the "Save
# to Carnet" bookmarklet is tested in and the PostgreSQL server the team-library tests
# start (tests/postgres_server.py, and `make team-demo`); "run" adds what a desktop session
# (X11/XWayland through xcb) needs.
set -euo pipefail

offscreen=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
desktop=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1)

browser=(chromium)
# The server is run by the tests (and `make team-demo`) in a folder of their own, never as a
# system service: only its programs are wanted.
server=(postgresql)

wanted=("${offscreen[@]}")
case "${1:-test}" in
    run) wanted+=("${desktop[@]}") ;;
    test) wanted+=("${browser[@]}" "${server[@]}") ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian-like: nothing to do here

missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
