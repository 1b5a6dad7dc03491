#!/usr/bin/env bash
# Install Cooperation Desk the way people install it, and use it:
#
#   bash packaging/wheel_check.sh
#
# builds the wheel from the files git knows (a copy, so no stale build/ can leak in),
# installs it with its dependencies into a fresh virtual environment in a temporary folder
# OUTSIDE the repository, and from there runs coopdesk-cli init, demo, reply, checklist and
# case-summary, starts `coopdesk --demo`, then runs `coopdesk --selftest` and
# `coopdesk-cli --selftest`. Nothing in it can see the source tree: a form, template or
# checklist the wheel forgot fails here.
# Exit status: non-zero at the first step that fails. COOPDESK_PYTHON: the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${COOPDESK_PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/coopdesk-wheel.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

mkdir "$work/src"
git ls-files -z --cached --others --exclude-standard \
  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$work/src"
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" wheel --quiet --no-deps --wheel-dir "$work/dist" "$work/src"
wheel=$(ls "$work"/dist/*.whl)
echo "wheel: $(basename "$wheel"), $(du -k "$wheel" | cut -f1) KiB"
"$work/venv/bin/pip" install --quiet "$wheel"
echo "installed in a fresh venv: $(($(date +%s) - started)) s"

# Everything below runs in the temporary folder, with the venv's programs only.
cd "$work"
export PATH="$work/venv/bin:$PATH" QT_QPA_PLATFORM=offscreen COOPDESK_USER=wheel
export COOPDESK_WORKSPACE="$work/workspace" COOPDESK_NEW_PASSPHRASE="wheel check passphrase"
export COOPDESK_PASSPHRASE="$COOPDESK_NEW_PASSPHRASE"
unset PYTHONPATH

run() {
  echo "+ $*"
  "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; echo "wheel check: FAILED: $*"; exit 1; }
}

run coopdesk-cli init --name "Wheel Check" --office "Embassy of Testland" --country NL \
  --place "The Hague"
run coopdesk-cli demo --count 3
ref=$(coopdesk-cli list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["registry_no"])')
run coopdesk-cli reply "$ref" --template acknowledgement --lang en --out "$work/reply.docx" \
  --confirm
test -s "$work/reply.docx"
run coopdesk-cli checklist "$ref"
run coopdesk-cli checklist "$ref" --export "$work/checklist.docx"
test -s "$work/checklist.docx"
run coopdesk-cli case-summary "$ref" --out "$work/case.docx" --confirm
test -s "$work/case.docx"
# The desktop app on a demo workspace: it must still be running (waiting at its unlock
# dialog, offscreen) when stopped, with no traceback.
echo "+ coopdesk --demo (offscreen, stopped after 30 s)"
status=0
timeout 30 coopdesk --demo --workspace "$work/demo" >"$work/out.txt" 2>&1 || status=$?
if [ "$status" -ne 124 ] || grep -q Traceback "$work/out.txt" \
    || [ ! -f "$work/demo/coopdesk.db" ]; then
  cat "$work/out.txt"; echo "wheel check: FAILED: coopdesk --demo (exit $status)"; exit 1
fi
run coopdesk --selftest
grep -q "installed in $work/venv" "$work/out.txt" || { cat "$work/out.txt"; exit 1; }
run coopdesk-cli --selftest
echo "wheel check: passed in $(($(date +%s) - started)) s"
