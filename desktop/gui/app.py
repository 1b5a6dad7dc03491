"""Start the desktop application: first-run wizard or unlock, then the main window."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.cli import language as cli_language
from desktop.core import translation
from desktop.core.translation import translate
from desktop.gui import contrast, i18n
from desktop.gui.background import Background
from desktop.gui.error_path import install as install_error_path
from desktop.gui.session import Session
from desktop.paths import resources_dir
from desktop.services import demo
from desktop.services.workspace import default_folder, exists

if TYPE_CHECKING:  # the wizard's module loads only on a first start
    from desktop.gui.setup_wizard import SetupWizard


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "coopdesk.svg"))


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The options, with `--help` and argparse's errors in the interface's language.

    The language is read before the parser is built (its help texts are written in it):
    `--language`, else the one the window would open in (Settings, else the system's).
    The words are the command line's (desktop.cli.language): one catalogue, one swap of
    argparse's own words, undone afterwards.
    """
    with translation.speaking(None), cli_language.argparse_speaking():
        cli_language.use(_help_language(argv))
        return _parser().parse_args(argv)


def _help_language(argv: list[str]) -> str:
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language", default="")
    asked = early.parse_known_args(argv)[0].language
    return i18n.resolve_language(asked if asked in i18n.LANGUAGES else i18n.saved_language())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coopdesk", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--workspace", help=translate("AppArguments", "workspace folder"))
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "AppArguments", "open (and if needed create) a demo workspace with sample data"
        ),
    )
    parser.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        help=translate(
            "AppArguments",
            "language of the interface (default: as chosen in Settings, else the system's)",
        ),
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=translate(
            "AppArguments", "check this installation offscreen, one line per step, then exit"
        ),
    )
    return parser


def demo_folder() -> Path:
    return default_folder().parent / "demo-workspace"


def _keep_start_out_of_collections() -> None:
    """Python's full collections stop scanning what exists once the window is built.

    The modules, Qt's wrappers and the window live as long as the process; a full
    collection scanned all of them (some 100,000 objects) and took ~50 ms in the middle of
    a scroll of the register. Frozen, they are left out of every collection; whatever is
    made later is collected as before. Done once per process.
    """
    if not gc.get_freeze_count():
        gc.freeze()


class Application:
    """Owns the session and the windows; separate from main() so tests can drive it."""

    def __init__(self, folder: Path, hint: str = "") -> None:
        from desktop.gui.main_window import MainWindow

        self.folder = folder
        self.background = Background()
        self.session = Session(background=self.background)
        self.window = MainWindow(folder, self.session, self.background, hint, app_icon())
        _keep_start_out_of_collections()

    def start(self) -> None:
        """The locked window, then the first-run wizard or the unlock dialog over it.

        The window is put in its locked state directly rather than through the session's
        `locked` signal: that signal closes dialogs showing case data, and the wizard or the
        unlock dialog opened here must survive it.
        """
        self.window.show_locked()
        self.window.show()
        if exists(self.folder):
            self.window.ask_unlock()
        else:
            from desktop.gui.setup_wizard import SetupWizard

            wizard = SetupWizard(self.folder, self.background, self.window)
            wizard.accepted.connect(lambda: self._created(wizard))
            wizard.rejected.connect(self.window.close)
            self.wizard = wizard
            wizard.open()

    def _created(self, wizard: SetupWizard) -> None:
        if wizard.workspace is not None:
            self.session.open(wizard.workspace)


def launch(argv: list[str]) -> Application | int:
    """Everything `main` does before the event loop: journeys in the tests start here.

    Returns the running Application, or the exit code when there is nothing to show
    (`--selftest`).
    """
    QCoreApplication.setOrganizationName(APP_NAME)  # before the options: QSettings'
    QCoreApplication.setApplicationName(APP_NAME)  # saved language chooses --help's
    args = parse_args(argv)
    if args.selftest:
        from desktop import selftest

        return selftest.run()
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    install_error_path(app)
    i18n.install_translators(app, args.language or i18n.saved_language())
    contrast.apply(app)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.coopdesk.CooperationDesk")
    hint = ""
    if args.demo:
        folder = Path(args.workspace).expanduser() if args.workspace else demo_folder()
        demo.ensure_demo_workspace(folder)
        hint = QCoreApplication.translate(
            "app", "Demo workspace in {0}: user “{1}”, passphrase “{2}”."
        ).format(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE)
    else:
        folder = Path(args.workspace).expanduser() if args.workspace else default_folder()
    application = Application(folder, hint)
    application.start()
    return application


def main(argv: list[str] | None = None) -> int:
    started = launch(sys.argv[1:] if argv is None else argv)
    if isinstance(started, int):
        return started
    return cast(QApplication, QApplication.instance()).exec()
