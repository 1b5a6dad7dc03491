#!/usr/bin/env bash
# Install the Linux bundle (dist/CooperationDesk) for one user, or remove it again.
#
#   bash packaging/linux/install.sh [BUNDLE]        # default BUNDLE: dist/CooperationDesk
#   bash packaging/linux/install.sh --uninstall
#
# PREFIX (default ~/.local) receives:
#   lib/coopdesk/                          the program folder (a copy of the bundle)
#   bin/coopdesk, bin/coopdesk-cli         links to the two programs
#   share/applications/org.coopdesk.CooperationDesk.desktop
#   share/metainfo/org.coopdesk.CooperationDesk.metainfo.xml
#   share/icons/hicolor/*/apps/org.coopdesk.CooperationDesk.{png,svg}
#
# --uninstall removes exactly these and nothing else. The workspace (by default
# ~/.local/share/Cooperation Desk/workspace) is your data: neither step ever touches it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
APP_ID=org.coopdesk.CooperationDesk
prefix="${PREFIX:-$HOME/.local}"
sizes="16 24 32 48 64 128 256 512"

remove() {
  rm -rf "$prefix/lib/coopdesk"
  rm -f "$prefix/bin/coopdesk" "$prefix/bin/coopdesk-cli" \
    "$prefix/share/applications/$APP_ID.desktop" \
    "$prefix/share/metainfo/$APP_ID.metainfo.xml" \
    "$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $sizes; do
    rm -f "$prefix/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
}

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh
  echo "Removed Cooperation Desk from $prefix (your workspace was left alone)."
  exit 0
fi

bundle="$(cd "${1:-$root/dist/CooperationDesk}" && pwd)"
if [ ! -x "$bundle/coopdesk" ] || [ ! -x "$bundle/coopdesk-cli" ]; then
  echo "$bundle is not a Cooperation Desk bundle: run packaging/build_linux.sh first" >&2
  exit 1
fi

remove  # an upgrade replaces the program folder whole: no file of the old version stays
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
cp -a "$bundle" "$prefix/lib/coopdesk"
ln -s "$prefix/lib/coopdesk/coopdesk" "$prefix/bin/coopdesk"
ln -s "$prefix/lib/coopdesk/coopdesk-cli" "$prefix/bin/coopdesk-cli"
# The menu entry names the program by its full path: ~/.local/bin is not always on the
# PATH of a desktop session.
sed "s|^Exec=coopdesk|Exec=\"$prefix/lib/coopdesk/coopdesk\"|" \
  "$here/$APP_ID.desktop" > "$prefix/share/applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$prefix/share/metainfo/"
for size in $sizes; do
  mkdir -p "$prefix/share/icons/hicolor/${size}x${size}/apps"
  cp "$bundle/_internal/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$prefix/share/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$prefix/share/icons/hicolor/scalable/apps"
cp "$bundle/_internal/resources/icons/coopdesk.svg" "$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg"
refresh
echo "Installed Cooperation Desk in $prefix: run 'coopdesk' or find it in the menu."
