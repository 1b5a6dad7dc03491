"""`coopdesk --selftest`: prove that an installed build works, end to end, without a screen.

Run after packaging (CI runs it on the PyInstaller bundle) or by a user whose installation
misbehaves. It creates a throw-away workspace in a temporary folder with the real key
derivation, unlocks it, registers a request, exports a reply and the register, verifies the
database, then builds the main window offscreen on that workspace (which proves the Qt
plugins, the forms and the icons were bundled). It prints one line per step, exits 0 when
every step passed and 1 with the reason otherwise. Nothing of the user's is read or
written: no workspace, no keyring, no Qt settings.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

USER = "selftest"
PASSPHRASE = "selftest passphrase 🔐 ÉÀ"  # non-ASCII on purpose: NFC and UTF-8 paths
COURT_REFERENCE = "ICC-01/99-01/26-SELFTEST"
SQLITE_HEADER = b"SQLite format 3\x00"


class SelfTestFailure(Exception):
    """A step found something wrong; the message says what."""


def _output() -> TextIO:
    """stdout, or a log file where a windowed Windows build has no console at all."""
    if sys.stdout is not None:
        return sys.stdout
    log = Path(tempfile.gettempdir()) / "coopdesk-selftest.log"
    return log.open("w", encoding="utf-8")


class _Run:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.number = 0
        self.started = time.perf_counter()

    def say(self, text: str) -> None:
        try:
            self.out.write(text + "\n")
        except UnicodeEncodeError:  # a console that cannot show a path's accents
            self.out.write(text.encode("ascii", "replace").decode("ascii") + "\n")
        self.out.flush()

    def step(self, name: str, action: Callable[[], str | None]) -> None:
        self.number += 1
        started = time.perf_counter()
        try:
            detail = action()
        except SelfTestFailure as exc:
            raise SelfTestFailure(f"{name}: {exc}") from None
        except Exception as exc:
            if os.environ.get("COOPDESK_DEBUG"):
                traceback.print_exc()
            raise SelfTestFailure(f"{name}: {type(exc).__name__}: {exc}") from None
        seconds = time.perf_counter() - started
        self.say(
            f"selftest: ok   {self.number:>2}. {name:<22} {seconds:6.2f} s"
            + (f"  {detail}" if detail else "")
        )


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


# -- the steps --------------------------------------------------------------------------


def _bundle() -> str:
    from desktop import __version__
    from desktop.core.countries import country_name
    from desktop.gui.forms import forms_dir
    from desktop.paths import MissingResources, resources_dir

    try:
        forms = sorted(forms_dir().glob("*.ui"))
        resources = resources_dir()
    except MissingResources as exc:
        raise SelfTestFailure(str(exc)) from None
    _check((forms_dir() / "main_window.ui").is_file(), f"no forms in {forms_dir()}")
    _check(
        (resources / "icons" / "coopdesk.svg").is_file(), f"no icons/coopdesk.svg in {resources}"
    )
    templates = sorted((resources / "templates").glob("*.docx"))
    checklists = sorted((resources / "checklists").glob("*.json"))
    _check(bool(templates), f"no Word templates in {resources / 'templates'}")
    _check(bool(checklists), f"no checklists in {resources / 'checklists'}")
    translations = sorted((resources / "translations").glob("*.qm"))
    _check(country_name("NL", "fr") == "Pays-Bas", "no country names (Babel's CLDR data)")
    return (
        f"version {__version__}, {_installation()}; "
        f"{len(forms)} forms, {len(templates)} templates, {len(checklists)} checklists, "
        f"{len(translations)} translations"
    )


def _installation() -> str:
    """What kind of installation this is, and where its files are."""
    import desktop

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return f"bundle {bundle}"
    package = Path(desktop.__file__).resolve().parent
    if (package.parent / "pyproject.toml").is_file():
        return f"source tree {package.parent}"
    return f"installed in {package.parent}"


def _modules() -> str:
    """Import every module of the application: a module the build left out fails here."""
    import desktop

    names = [
        m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop.") if m.name != __name__
    ]
    for name in names:
        importlib.import_module(name)
    _check(len(names) > 20, f"only {len(names)} modules found in the desktop package")
    return f"{len(names)} modules"


def _sqlcipher() -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    _check(bool(row and row[0]), "sqlcipher3 is plain SQLite (no cipher_version)")
    return f"SQLCipher {row[0]}"


class _State:
    """What the steps hand to each other."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ws: Any = None
        self.record: Any = None
        self.window: Any = None


def _create(state: _State) -> str:
    from desktop.core.settings import OfficeSettings
    from desktop.services.workspace import Workspace, database_file

    settings = OfficeSettings(office_name="Selftest Office", place="The Hague", country="NL")
    ws, recovery = Workspace.create(state.folder, USER, PASSPHRASE, "Self Test", settings)
    ws.close()
    _check(len(recovery.replace("-", "")) == 64, "the recovery key is not 64 hex digits")
    header = database_file(state.folder).read_bytes()[:16]
    _check(header != SQLITE_HEADER, "the database file is NOT encrypted")
    return f"{state.folder}"


def _unlock(state: _State) -> str:
    from desktop.services.workspace import Workspace

    state.ws = Workspace.unlock(state.folder, USER, PASSPHRASE)
    _check(state.ws.settings.country == "NL", "the settings did not survive unlocking")
    return f"as '{USER}'"


def _add_request(state: _State) -> str:
    from desktop.core.filters import RequestFilter
    from desktop.core.requests import draft_from_mapping
    from desktop.services import queries, register

    ws = state.ws
    draft = draft_from_mapping(
        {
            "court_reference": COURT_REFERENCE,
            "received_at": ws.today().isoformat(),
            "kind": "judicial_assistance",
            "assistance_types": ["b"],
            "requesting_organ": "Registry",
            "subject": "Selftest: records of Zoë Åkesson",
            "summary": "A request registered by the self-test of an installation.",
            "persons": ["Zoë Åkesson"],
        }
    )
    state.record = register.register(ws, draft)
    found = queries.list_requests(ws, RequestFilter(search="zoe akesson", today=ws.today()))
    _check(
        [r.id for r in found] == [state.record.id],
        "the full-text search does not find the new request",
    )
    return f"{state.record.registry_no}, due {state.record.due_on.isoformat()}"


def _export_reply(state: _State) -> str:
    """A reply to the Court from a shipped Word template (docxtpl, python-docx, lxml)."""
    from desktop.services import replies
    from desktop.services.replies import filling as reply_docx

    path = replies.export_reply(
        state.ws, state.record, "acknowledgement", "en", state.folder.parent / "reply.docx"
    )
    text = reply_docx.text_of(Path(path).read_bytes())
    _check(COURT_REFERENCE in text, "the reply does not quote the Court's reference")
    return f"acknowledgement.en, {Path(path).stat().st_size} bytes"


def _export_register(state: _State) -> str:
    from desktop.core.filters import RequestFilter
    from desktop.services import queries

    path = state.folder.parent / "register.csv"
    records = queries.list_requests(state.ws, RequestFilter(today=state.ws.today()))
    queries.export_register(state.ws, records, path)
    text = path.read_text(encoding="utf-8-sig")
    _check(
        text.startswith("registry_no,") and COURT_REFERENCE in text,
        "the register export is not the CSV expected",
    )
    return f"{len(records)} row, {path.stat().st_size} bytes"


def _verify(state: _State) -> str:
    from desktop.services import audit

    report = audit.verify(state.ws)
    _check(report.ok, " / ".join(report.lines()[:3]))
    return f"database intact, audit trail intact ({report.entries} entries)"


def _main_window(state: _State, settings_dir: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _check_platform_plugin()  # without it Qt aborts the process, with no step named
        app = QApplication(sys.argv[:1])
    saved = (
        QCoreApplication.organizationName(),
        QCoreApplication.applicationName(),
        QSettings.defaultFormat(),
    )
    # Qt settings go to the temporary folder: the user's window geometry is left alone.
    QCoreApplication.setOrganizationName("Cooperation Desk selftest")
    QCoreApplication.setApplicationName("Cooperation Desk selftest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    try:
        return _build_window(state, app)
    finally:
        QCoreApplication.setOrganizationName(saved[0])
        QCoreApplication.setApplicationName(saved[1])
        QSettings.setDefaultFormat(saved[2])


def _check_platform_plugin() -> None:
    from PySide6.QtCore import QLibraryInfo

    platform = os.environ["QT_QPA_PLATFORM"].split(":")[0]
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    folders += [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    if not any(any((folder / "platforms").glob(f"*q{platform}.*")) for folder in folders):
        raise SelfTestFailure(f"no Qt platform plugin '{platform}' in {folders[0] / 'platforms'}")


def _build_window(state: _State, app: Any) -> str:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.gui.app import Application, app_icon

    icon = app_icon()
    _check(not icon.pixmap(32, 32).isNull(), "the SVG icon does not render (QtSvg plugin)")
    application = Application(state.folder)
    window = state.window = application.window
    window.show()
    application.session.open(state.ws)
    app.processEvents()
    _check(
        window.ui.stack.currentWidget() is window.ui.workPage,
        "the main window did not switch to the unlocked page",
    )
    model = window.register_page.model
    deadline = time.monotonic() + 30
    while model.loading and time.monotonic() < deadline:  # its rows are read by a worker
        time.sleep(0.01)
        app.processEvents()
    rows = model.rowCount()
    _check(rows == 1, f"the register page shows {rows} rows instead of 1")
    view = window.open_request(state.record.id)
    app.processEvents()
    _check(
        view.record is not None and view.record.id == state.record.id,
        "the request view did not open the request",
    )
    QPdfDocument(window)  # QtPdf, for attachments
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    platform = QGuiApplication.platformName()
    application.session.lock()  # closes the workspace; the GUI drops what it showed
    state.ws = None
    application.background.wait()
    window.hide()
    window.deleteLater()
    app.processEvents()
    return f"platform '{platform}', Qt plugins, forms and icon loaded"


# -- the whole test ---------------------------------------------------------------------


def run(folder: Path | None = None, out: TextIO | None = None) -> int:
    """Every step in order; 0 when all passed, 1 (and why) at the first that failed.

    `folder`: where to make the throw-away workspace (a new temporary folder by default,
    removed afterwards; a given folder is left for inspection).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = out or _output()
    run = _Run(out)
    temporary = folder is None
    base = Path(tempfile.mkdtemp(prefix="coopdesk-selftest-")) if folder is None else folder
    base.mkdir(parents=True, exist_ok=True)
    state = _State(base / "workspace")
    run.say(f"selftest: Cooperation Desk on {sys.platform}, Python {sys.version.split()[0]}")
    try:
        run.step("bundle files", _bundle)
        run.step("python modules", _modules)
        run.step("sqlcipher", _sqlcipher)
        run.step("create workspace", lambda: _create(state))
        run.step("unlock", lambda: _unlock(state))
        run.step("add request", lambda: _add_request(state))
        run.step("export reply", lambda: _export_reply(state))
        run.step("export register", lambda: _export_register(state))
        run.step("verify", lambda: _verify(state))
        run.step("main window", lambda: _main_window(state, base / "qt-settings"))
    except SelfTestFailure as exc:
        run.say(f"selftest: FAILED at step {run.number}. {exc}")
        return 1
    finally:
        if state.ws is not None:
            state.ws.close()
        if temporary:
            shutil.rmtree(base, ignore_errors=True)
    run.say(f"selftest: passed, {run.number} steps in {time.perf_counter() - run.started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(run())
