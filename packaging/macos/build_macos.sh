#!/usr/bin/env bash
# Build "Cooperation Desk.app" (and a .dmg) on macOS, and self-test it.
#
#   bash packaging/macos/build_macos.sh
#
# Needs: Python 3.11+ from python.org (universal2) or Homebrew, Xcode command line tools.
# Gives dist/Cooperation Desk.app and dist/CooperationDesk-<version>.dmg. The .app is
# ad-hoc signed by PyInstaller; to hand it to other Macs, sign it with a Developer ID and
# notarize it (see packaging/README.md), otherwise Gatekeeper refuses to open it.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e '.[build]'
.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/python -m pip install -q 'pyinstaller>=6.22'
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/coopdesk.spec

app="dist/Cooperation Desk.app"
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/coopdesk" --selftest
"$app/Contents/MacOS/coopdesk-cli" --help >/dev/null

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
rm -f "dist/CooperationDesk-$version.dmg"
hdiutil create -volname "Cooperation Desk" -srcfolder "$app" -ov -format UDZO \
  "dist/CooperationDesk-$version.dmg"
echo "built: $app and dist/CooperationDesk-$version.dmg"
