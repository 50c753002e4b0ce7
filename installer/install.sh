#!/bin/sh
# Add TutorClient to this user's application menu (no root needed).
# Run it from the unpacked TutorClient folder: ./install.sh
# Undo: ./install.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/tutorclient.desktop" "$icons/tutorclient.png"
  echo "TutorClient removed from the application menu. The folder $here is untouched."
  exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/resources/icons/tutorclient.png" "$icons/tutorclient.png"
sed -e "s|^Exec=.*|Exec=\"$here/tutorclient\" %U|" -e "s|^Icon=.*|Icon=tutorclient|" \
  "$here/tutorclient.desktop" > "$apps/tutorclient.desktop"
chmod 644 "$apps/tutorclient.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "TutorClient is in the application menu. To check this computer: $here/tutorclient --self-test"
