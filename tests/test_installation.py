"""Installed the way people install it: what pip puts in the wheel, and how the app finds it.

packaging/wheel_check.sh (run by .ci/run) builds the wheel and uses it from a fresh venv;
these tests keep the configuration it relies on honest and fast to check.
"""

from __future__ import annotations

import fnmatch
import io
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from desktop import paths

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
# Files in forms/ and resources/ that are for the repository, not for the app.
NOT_SHIPPED = ("*.py", "README.md", "SOURCE.sha256", ".*")


def _shipped_files(folder: Path) -> list[Path]:
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and "__pycache__" not in p.parts
        and not any(fnmatch.fnmatch(p.name, pattern) for pattern in NOT_SHIPPED)
    ]


def test_every_package_of_the_source_tree_is_listed_for_the_wheel():
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop").rglob("__init__.py")
    }
    listed = set(SETUPTOOLS["packages"])
    assert on_disk <= listed, (
        f"add to pyproject.toml [tool.setuptools] packages: {sorted(on_disk - listed)}"
    )
    assert listed - on_disk == {paths.FORMS_PACKAGE, paths.RESOURCES_PACKAGE}


@pytest.mark.parametrize(
    ("package", "folder"), [(paths.FORMS_PACKAGE, "forms"), (paths.RESOURCES_PACKAGE, "resources")]
)
def test_forms_and_resources_go_into_the_wheel(package, folder):
    assert SETUPTOOLS["package-dir"][package] == folder
    patterns = SETUPTOOLS["package-data"][package]
    files = _shipped_files(ROOT / folder)
    assert files
    left_out = [
        str(p.relative_to(ROOT))
        for p in files
        if not any(
            fnmatch.fnmatch(p.relative_to(ROOT / folder).as_posix(), pattern)
            for pattern in patterns
        )
    ]
    assert left_out == [], "pyproject.toml package-data does not ship these"


def test_the_app_finds_the_checkouts_folders_through_the_installed_packages():
    assert paths.forms_dir() == ROOT / "forms"
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.forms_dir() / "main_window.ui").is_file()


def test_a_missing_data_package_is_a_one_line_message(monkeypatch):
    monkeypatch.setattr(paths, "RESOURCES_PACKAGE", "desktop._no_such_package")
    with pytest.raises(paths.MissingResources, match="not installed: reinstall"):
        paths.resources_dir()


def test_cli_selftest_works_without_a_command(qapp):
    from desktop.cli.main import main

    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit) as exited:
        main(["--selftest"])
    assert exited.value.code == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert f"source tree {ROOT}" in lines[1]
    assert lines[-1].startswith("selftest: passed")


def test_ci_runs_the_wheel_check_before_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ci[-1] in readme  # the README's test command, verbatim, last
    assert "bash packaging/wheel_check.sh" in ci[:-1]
    script = (ROOT / "packaging" / "wheel_check.sh").read_text(encoding="utf-8")
    for command in (
        "coopdesk-cli init",
        "coopdesk-cli demo",
        "coopdesk-cli reply",
        "coopdesk-cli checklist",
        "coopdesk-cli case-summary",
        "coopdesk --selftest",
        "coopdesk-cli --selftest",
    ):
        assert f"run {command}" in script


def test_readme_first_command_shows_the_big_download():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = next(line for line in readme.splitlines() if "pip install" in line)
    assert " -q" not in first and "--quiet" not in first
