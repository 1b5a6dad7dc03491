"""The installers' files: desktop entry, AppStream metadata, icons, versions, the self-test.

The bundle itself is built and self-tested by packaging/build_linux.sh (too slow for here);
these tests keep the files it uses valid and in step with the code.
"""

from __future__ import annotations

import configparser
import io
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "org.coopdesk.CooperationDesk"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_keys_a_menu_needs():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Cooperation Desk"
    assert entry["Exec"].split()[0] == "coopdesk"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Comment"] and entry["Comment[fr]"]


@pytest.mark.skipif(
    not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed"
)
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_names_the_app_its_launcher_and_this_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]["text"]
    assert {b.text for b in root.iter("binary")} == {"coopdesk", "coopdesk-cli"}
    assert root.find("description/p") is not None
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__, "add a <release> for the new version"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_versions_of_the_installers_match_the_package():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "desktop.__version__"
    }  # one source: the package's own __version__
    numbers = (*(int(n) for n in __version__.split(".")), 0)
    info = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    for key in ("filevers", "prodvers"):
        found = re.search(rf"{key}=\(([\d, ]+)\)", info)
        assert found and tuple(int(n) for n in found.group(1).split(",")) == numbers[:4]
    for key in ("FileVersion", "ProductVersion"):
        assert f"StringStruct('{key}', '{__version__}')" in info
    iss = (PACKAGING / "windows" / "coopdesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss


def test_windows_installer_is_per_user_and_leaves_the_workspace_alone():
    iss = (PACKAGING / "windows" / "coopdesk.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}", iss, re.M)  # %LOCALAPPDATA%\Programs
    assert r"{autoprograms}\{#AppName}" in iss  # Start menu entry
    assert not re.search(r"^\[UninstallDelete\]", iss, re.M)
    deletes = re.findall(r"^Type: filesandordirs; Name: \"([^\"]+)\"", iss, re.M)
    assert all(name.startswith("{app}\\") for name in deletes)


# -- icons -------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icon_renders_are_present_and_as_new_as_the_svg():
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    assert render_icons.stale() == [], "run: python packaging/render_icons.py"
    for size in render_icons.PNG_SIZES:
        assert _png_size(render_icons.png_path(size)) == (size, size)


def test_windows_icon_has_16_to_256_and_macos_icon_is_icns():
    data = (PACKAGING / "windows" / "coopdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes
    icns = (PACKAGING / "macos" / "coopdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # 512@2x: what Finder and the Dock use on Retina screens


def test_svg_icon_is_one_square_svg():
    root = ET.parse(ROOT / "resources" / "icons" / "coopdesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


# -- the spec and its entry points -------------------------------------------------------


def test_spec_is_python_and_bundles_what_the_app_loads_at_run_time():
    text = (PACKAGING / "coopdesk.spec").read_text(encoding="utf-8")
    compile(text, "coopdesk.spec", "exec")
    for needed in (
        'tree(ROOT / "forms", "desktop/_forms")',
        'tree(ROOT / "resources", "desktop/_resources")',
        'collect_dynamic_libs("sqlcipher3")',
        '"sqlcipher3._sqlite3"',
        'name="coopdesk"',
        'name="coopdesk-cli"',
        "console=False",
        "console=True",
        "bundle_identifier=APP_ID",
        "NSHighResolutionCapable",
        "LSMinimumSystemVersion",
        "CFBundleShortVersionString",
    ):
        assert needed in text, needed
    for kept in ("QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtSvg", "QtUiTools"):
        assert f'"{kept}"' not in text.split("QT_EXCLUDES = [")[1].split("]")[0]
    assert '"QtWebEngineCore"' in text and '"QtQuick"' in text


def test_cli_entry_script_runs_the_cli():
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "coopdesk_cli_entry.py"), "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: coopdesk-cli")


# -- the self-test, in this process --------------------------------------------------------


def test_selftest_passes_on_a_workspace_in_a_temporary_folder(qapp, tmp_path):
    from desktop import selftest

    out = io.StringIO()
    assert selftest.run(tmp_path / "selftest", out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    steps = [line for line in lines if line.startswith("selftest: ok")]
    assert len(steps) == 10
    assert any("export reply" in line for line in steps)
    assert lines[-1].startswith("selftest: passed, 10 steps")
    assert (tmp_path / "selftest" / "workspace" / "coopdesk.db").exists()


def test_selftest_fails_with_the_reason_when_the_forms_are_missing(qapp, tmp_path, monkeypatch):
    from desktop import selftest
    from desktop.gui import forms

    monkeypatch.setattr(forms, "forms_dir", lambda: tmp_path / "nowhere")
    out = io.StringIO()
    assert selftest.run(tmp_path / "selftest", out) == 1
    assert out.getvalue().splitlines()[-1] == (
        f"selftest: FAILED at step 1. bundle files: no forms in {tmp_path / 'nowhere'}"
    )


def test_selftest_names_a_missing_qt_platform_plugin_instead_of_aborting(monkeypatch):
    from desktop import selftest

    monkeypatch.setenv("QT_QPA_PLATFORM", "nosuchplatform")
    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    with pytest.raises(selftest.SelfTestFailure, match="no Qt platform plugin 'nosuchplatform'"):
        selftest._check_platform_plugin()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    selftest._check_platform_plugin()
