#!/bin/sh
# Install Roundtable Desktop for the current user, without administrator rights:
#   the program folder in ~/.local/opt/roundtable-desktop, a `roundtable-desktop` command in
#   ~/.local/bin, the menu entry and icon in ~/.local/share. Run from the unpacked folder:
#       ./install.sh            (./install.sh --uninstall removes it again; the library stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/roundtable-desktop
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target" "$bin/roundtable-desktop" "$data/applications/roundtable-desktop.desktop" \
    "$data/icons/hicolor/256x256/apps/roundtable-desktop.png"
  echo "Roundtable Desktop removed (your library in $data/Roundtable Desktop is kept)."
  exit 0
fi
if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -R "$here" "$target"
fi
mkdir -p "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
ln -sf "$target/roundtable-desktop" "$bin/roundtable-desktop"
cp "$target/roundtable-desktop.png" "$data/icons/hicolor/256x256/apps/roundtable-desktop.png"
sed "s|^Exec=.*|Exec=\"$target/roundtable-desktop\"|" "$target/roundtable-desktop.desktop" \
  > "$data/applications/roundtable-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Roundtable Desktop installed in $target; start it from the menu or with $bin/roundtable-desktop"
