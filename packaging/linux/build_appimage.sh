#!/usr/bin/env bash
# AppImage recipe: dist/CooperationDesk (the PyInstaller bundle) -> an AppDir -> an AppImage.
#
#   bash packaging/build_linux.sh                     # the bundle, self-tested
#   bash packaging/linux/build_appimage.sh            # dist/CooperationDesk.AppDir + .AppImage
#
# The AppDir is laid out and self-tested here in any case; the last step needs
# `appimagetool` (https://github.com/AppImage/appimagetool, one static binary: put it on
# PATH or set APPIMAGETOOL). Without it the script stops after the AppDir, with status 0.
#
# Build on the OLDEST distribution you want to support (the AppImage uses that glibc and
# the libraries PyInstaller copied from it); PySide6 6.8+ wheels need glibc 2.28 or newer,
# e.g. build on Debian 11, Ubuntu 22.04 or AlmaLinux 8 and it runs on later ones.
#
# Inside the AppImage:  ./Cooperation_Desk-*.AppImage            the desktop app
#                       ./Cooperation_Desk-*.AppImage --cli ...   coopdesk-cli
#                       a symlink named coopdesk-cli to the AppImage runs the CLI too.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_ID=org.coopdesk.CooperationDesk
bundle=dist/CooperationDesk
appdir=dist/CooperationDesk.AppDir
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
arch=$(uname -m)

if [ ! -x "$bundle/coopdesk" ]; then
  echo "no $bundle: run packaging/build_linux.sh first" >&2
  exit 1
fi

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/bin" "$appdir/usr/share/applications" \
  "$appdir/usr/share/metainfo"
cp -a "$bundle" "$appdir/usr/lib/coopdesk"
ln -s ../lib/coopdesk/coopdesk "$appdir/usr/bin/coopdesk"
ln -s ../lib/coopdesk/coopdesk-cli "$appdir/usr/bin/coopdesk-cli"

cp packaging/linux/$APP_ID.desktop "$appdir/usr/share/applications/"
cp packaging/linux/$APP_ID.desktop "$appdir/$APP_ID.desktop"
# appimagetool looks for <desktop file name>.appdata.xml; the content is the metainfo file.
cp packaging/linux/$APP_ID.metainfo.xml "$appdir/usr/share/metainfo/$APP_ID.appdata.xml"
mkdir -p "$appdir/usr/share/icons"
cp -a resources/icons/hicolor "$appdir/usr/share/icons/hicolor"
rm -f "$appdir/usr/share/icons/hicolor/SOURCE.sha256"
cp resources/icons/hicolor/256x256/apps/$APP_ID.png "$appdir/$APP_ID.png"
ln -s $APP_ID.png "$appdir/.DirIcon"

cat > "$appdir/AppRun" <<'EOF'
#!/bin/sh
# Cooperation Desk AppImage entry: the desktop app, or coopdesk-cli when asked for.
here="$(dirname "$(readlink -f "$0")")"
name="$(basename "${ARGV0:-$0}")"
if [ "$1" = "--cli" ]; then
  shift
  exec "$here/usr/lib/coopdesk/coopdesk-cli" "$@"
fi
case "$name" in
  coopdesk-cli*) exec "$here/usr/lib/coopdesk/coopdesk-cli" "$@" ;;
esac
exec "$here/usr/lib/coopdesk/coopdesk" "$@"
EOF
chmod +x "$appdir/AppRun"
echo "AppDir: $appdir ($(du -sh "$appdir" | cut -f1))"

# The AppDir must work before it is packed.
QT_QPA_PLATFORM=offscreen "$appdir/AppRun" --selftest
"$appdir/AppRun" --cli --help >/dev/null

tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
  echo "appimagetool not found: AppDir ready, AppImage not built (see the comment above)."
  exit 0
fi
out="dist/Cooperation_Desk-$version-$arch.AppImage"
ARCH=$arch "$tool" "$appdir" "$out"
QT_QPA_PLATFORM=offscreen "$out" --selftest
echo "AppImage: $out ($(du -h "$out" | cut -f1))"
