#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and prove it works:
#
#   bash packaging/build_linux.sh            # dist/CooperationDesk/, then its --selftest
#
# Uses the repository's .venv (made and filled with '.[build]' when missing: PyInstaller is
# a build tool, not a runtime dependency). Runs the bundle's self-test offscreen, so no
# display is needed. Exit status: non-zero when the build or the self-test fails.
# COOPDESK_PYTHON overrides the interpreter (e.g. a CI venv made elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${COOPDESK_PYTHON:-.venv/bin/python}
if [ ! -x "$python" ]; then
  python3 -m venv .venv
  python=.venv/bin/python
fi
if ! "$python" -c "import PyInstaller, desktop" >/dev/null 2>&1; then
  "$python" -m pip install -q -e '.[build]'
  # Until pyproject.toml has the 'build' extra, pip only warns: install the tool by name.
  "$python" -c "import PyInstaller" 2>/dev/null || "$python" -m pip install -q 'pyinstaller>=6.22'
fi

started=$(date +%s)
# The French catalogue is compiled here (.qm files are build products, never committed).
"$python" -m tools.catalogue release
# --clean: no stale analysis from another checkout; build/ is PyInstaller's work folder.
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/coopdesk.spec
built=$(date +%s)
echo "build: dist/CooperationDesk in $((built - started)) s," \
  "$(du -sh dist/CooperationDesk | cut -f1) on disk"

# The self-test, from a folder outside the repository so nothing resolves to the source tree.
export QT_QPA_PLATFORM=offscreen
bundle="$PWD/dist/CooperationDesk"
(cd "${TMPDIR:-/tmp}" && "$bundle/coopdesk" --selftest)
(cd "${TMPDIR:-/tmp}" && "$bundle/coopdesk-cli" --help >/dev/null)
echo "selftest: $(($(date +%s) - built)) s; coopdesk-cli starts"
