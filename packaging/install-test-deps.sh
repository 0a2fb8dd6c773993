#!/usr/bin/env bash
# Install the Debian packages the tests need (Xvfb, Qt's xcb libraries, fonts, LibreOffice
# Writer and poppler-utils), when run as root on Debian/Ubuntu and only if any is missing.
set -u
packages=(xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core libreoffice-writer-nogui
  poppler-utils)
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Not root: skipping the Debian packages the tests need (${missing[*]});" \
       "tests that need them are skipped." >&2
  exit 0
fi
echo "Installing Debian packages for the tests: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "Could not install ${missing[*]}; the tests that need them are skipped." >&2
exit 0
