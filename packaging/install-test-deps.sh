#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the tests need, when run as root and only those missing:
# Xvfb and Qt's xcb libraries; the fonts the Word defaults and templates name (Liberation for
# Times New Roman and Arial, Carlito for Calibri, Caladea for Cambria) and Noto for the meeting's
# scripts; LibreOffice Writer and poppler-utils (Word to PDF to text); a window manager and
# xdotool (the real window under Xvfb); the accessibility bus (AT-SPI, D-Bus); chromium (the
# presenter page); pandoc and ImageMagick (documents and screenshots).
set -u
packages=(xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3
  fonts-dejavu-core fonts-liberation2 fonts-crosextra-carlito fonts-crosextra-caladea
  fonts-noto-core fonts-noto-cjk
  libreoffice-writer-nogui poppler-utils
  openbox xdotool python3-pyatspi at-spi2-core dbus chromium pandoc imagemagick)
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
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || echo "apt-get update failed; trying with the package lists there are." >&2
# A name this release does not carry (chromium is a snap on Ubuntu) must not stop the others.
available=()
unavailable=()
for package in "${missing[@]}"; do
  if apt-cache show "$package" 2>/dev/null | grep -q '^Filename:'; then
    available+=("$package")
  else
    unavailable+=("$package")
  fi
done
[ ${#unavailable[@]} -eq 0 ] \
  || echo "Not in this system's package lists: ${unavailable[*]}; the tests that need them are skipped." >&2
[ ${#available[@]} -eq 0 ] && exit 0
echo "Installing Debian packages for the tests: ${available[*]}"
apt-get install -y -qq --no-install-recommends "${available[@]}" >/dev/null \
  || echo "Could not install ${available[*]}; the tests that need them are skipped." >&2
exit 0
