# Build the Windows bundle and its installer, and self-test the bundle.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
#
# Needs: Python 3.11+ (python.org or winget), Inno Setup 6.3+ (ISCC.exe; set $env:ISCC
# if it is not in the default place). Gives dist\CooperationDesk\ (coopdesk.exe,
# coopdesk-cli.exe) and dist\CooperationDesk-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3 -m venv .venv }
$python = ".venv\Scripts\python.exe"
& $python -m pip install -q -e ".[build]"
& $python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { & $python -m pip install -q "pyinstaller>=6.22" }

& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\coopdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The self-test through the console program (coopdesk.exe is windowed: no console to print to;
# `coopdesk.exe --selftest` writes %TEMP%\coopdesk-selftest.log and sets the exit code).
$env:QT_QPA_PLATFORM = "offscreen"
& dist\CooperationDesk\coopdesk-cli.exe --selftest
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc packaging\windows\coopdesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\CooperationDesk-*-setup.exe
