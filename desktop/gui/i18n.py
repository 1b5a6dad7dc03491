"""The application in English and French: Qt translators, the catalogue, local formats.

English is the source language: every string in the code (self.tr, QCoreApplication
.translate) and in the forms (forms/*.ui). French comes from the catalogue
resources/translations/coopdesk_fr.ts, compiled by lrelease into a .qm that Qt loads.

This module is what the running application needs: choosing the language and installing
the translators (compiling a checkout's .ts on the fly). Formatting dates and numbers in
the interface's locale is in desktop.gui.formats; maintaining the catalogue (update,
check, accept, release) is a developer's tool, tools/catalogue.py.

The language is chosen before the workspace is unlocked (the unlock dialog is already in
it), so besides OfficeSettings.language it is kept in QSettings under "ui/language".
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QWidget

from desktop import APP_NAME
from desktop.core import translation as core_translation
from desktop.gui.formats import format_date
from desktop.paths import resources_dir

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fr")  # what the settings offer; "" follows the operating system
TRANSLATED = ("fr",)  # languages with a catalogue
SETTINGS_KEY = "ui/language"
CATALOGUE = "coopdesk"  # resources/translations/coopdesk_<lang>.ts / .qm
# Where the language is the system's, its locale is used (fr_BE, en_US ...); otherwise:
DEFAULT_LOCALES = {"en": "en_GB", "fr": "fr_FR"}

_installed: list[QTranslator] = []
_current = ""
_notices: list[QObject] = []  # boxes shown without waiting, kept alive


class ToolMissing(RuntimeError):
    """lupdate or lrelease cannot be found (they come with PySide6)."""


# -- where things are ---------------------------------------------------------------------


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(language: str = "fr", directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{CATALOGUE}_{language}.ts"


def cache_dir() -> Path:
    """Per-user folder for .qm files compiled from a checkout's .ts (never in the repo)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues (qtbase_fr.qm: OK, Cancel, Save ...) may be."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    with contextlib.suppress(ImportError):
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        dirs += [package / "Qt" / "translations", package / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs += [
            Path(bundle) / "PySide6" / "Qt" / "translations",
            Path(bundle) / "PySide6" / "translations",
        ]
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def qt_tool(name: str) -> list[str]:
    """The command that runs Qt's `lupdate` or `lrelease` (as shipped with PySide6)."""
    exe = name + (".exe" if os.name == "nt" else "")
    candidates: list[Path] = []
    with contextlib.suppress(ImportError):
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [
            package / exe,
            package / "Qt" / "bin" / exe,
            package / "Qt" / "libexec" / exe,
        ]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    scripts = Path(sys.executable).parent
    for wrapper in (f"pyside6-{name}", f"pyside6-{name}.exe"):
        if (scripts / wrapper).is_file():
            return [str(scripts / wrapper)]
    for found in (shutil.which(f"pyside6-{name}"), shutil.which(name)):
        if found:
            return [found]
    raise ToolMissing(f"Qt's {name} was not found; install PySide6 (pip install PySide6)")


# -- choosing and installing the language ---------------------------------------------------


def system_language() -> str:
    """The first of the user's preferred UI languages that the application has."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve_language(language: str | None) -> str:
    """ "en" or "fr" for a stored choice ("" or anything unknown follows the system)."""
    code = (language or "").strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else system_language()


def saved_language() -> str:
    """The choice kept in QSettings ("" = follow the system): readable before unlocking."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in ("", *LANGUAGES) else ""


def save_language(language: str) -> None:
    """Kept only when it changed: every unlock saves it, and writing QSettings rewrites its
    file and flushes it to disk on the GUI thread (1 ms here, 15 ms in a trace of an
    unlock while the register was being read)."""
    value = language if language in LANGUAGES else ""
    if saved_language() != value:
        QSettings().setValue(SETTINGS_KEY, value)


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks `language` (keeps fr_BE, en_US ...), else a default."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(DEFAULT_LOCALES.get(language, language))


def qm_path(language: str = "fr", directory: Path | None = None) -> Path | None:
    """The compiled catalogue for `language`, building it from the .ts when needed.

    A packaged build ships coopdesk_<lang>.qm next to the .ts and uses it. In a checkout
    (no .qm, or one older than the .ts) the .ts is compiled with lrelease into the per-user
    cache folder, under a name that carries the .ts's hash, so an edited .ts is picked up
    at the next start. None when there is no catalogue at all.
    """
    ts = ts_path(language, directory)
    prebuilt = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # a packaged build: no lrelease, trust its .qm
    if prebuilt.is_file() and (
        frozen or not ts.is_file() or prebuilt.stat().st_mtime >= ts.stat().st_mtime
    ):
        return prebuilt
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    folder = cache_dir()
    cached = folder / f"{CATALOGUE}_{language}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        release(ts, cached)
    except (OSError, subprocess.SubprocessError, ToolMissing):
        # An older compiled catalogue still beats English.
        return prebuilt if prebuilt.is_file() else None
    for old in folder.glob(f"{CATALOGUE}_{language}-*.qm"):
        if old != cached:
            with contextlib.suppress(OSError):
                old.unlink()
    return cached


def install_translators(app: QCoreApplication, language: str = "") -> str:
    """Put the application (and Qt's own dialogs) in `language`; returns the one applied.

    `language` is "en", "fr", or "" to follow the operating system. Call it after the
    QApplication exists and before any window is built: texts are read when widgets are
    made. Calling it again replaces the previous translators. If the French catalogue
    cannot be found the application stays in English and "en" is returned.
    """
    global _current
    wanted = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    applied = SOURCE_LANGUAGE
    if wanted != SOURCE_LANGUAGE:
        own = QTranslator()  # kept alive by _installed
        qm = qm_path(wanted)
        if qm is not None and own.load(str(qm)):
            applied = wanted
            for folder in qt_translations_dirs():
                qt = QTranslator()
                if qt.load(f"qtbase_{wanted}", str(folder)):
                    app.installTranslator(qt)
                    _installed.append(qt)
                    break
            app.installTranslator(own)  # installed last: searched first
            _installed.append(own)
    QLocale.setDefault(locale_for(applied))
    _current = applied
    # The core's and the services' sentences (deadline explanations ...) follow.
    if applied == SOURCE_LANGUAGE:
        core_translation.install(None, None, applied)
    else:
        core_translation.install(QCoreApplication.translate, _core_date, applied)
    return applied


def _core_date(day: date) -> str:
    return format_date(day, medium=True)


def current_language() -> str:
    """The language the interface is in ("en" or "fr")."""
    return _current or resolve_language(saved_language())


def language_saved(parent: QWidget | None, language: str) -> bool:
    """After the settings are saved: remember the choice for the next start, and say so.

    Returns True when the new choice differs from the language now shown (the change
    applies at the next start; a message box, opened window-modally, tells the user).
    """
    from PySide6.QtWidgets import QMessageBox

    save_language(language)
    if resolve_language(language) == current_language():
        return False
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        QCoreApplication.translate(
            "i18n", "The new language will be used the next time Cooperation Desk starts."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("languageChangedBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _notices.append(box)  # a box without a parent would be collected at once
    box.finished.connect(lambda _result: _notices.remove(box))
    box.open()
    return True


def release(ts: Path, qm: Path) -> Path:
    """Compile `ts` into `qm` with lrelease (written under a temporary name, then moved)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=qm.stem + "-", suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        subprocess.run(
            [*qt_tool("lrelease"), "-silent", str(ts), "-qm", tmp], check=True, capture_output=True
        )
        os.replace(tmp, qm)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return qm
