"""The application in English and French: Qt translators, the catalogue, local formats.

English is the source language: every string in the code (self.tr, QCoreApplication
.translate) and in the forms (forms/*.ui). French comes from the catalogue
resources/translations/coopdesk_fr.ts, compiled by lrelease into a .qm that Qt loads.

After adding or changing a user-visible string (in desktop/gui, forms/, or a label in the
core's vocabularies), run

    python -m desktop.gui.i18n update    # lupdate + the core's labels into the .ts
    python -m desktop.gui.i18n check     # lists what is untranslated; status 1 if any

translate the entries it lists (Qt Linguist: pyside6-linguist on the .ts, or any text
editor), and run tests/test_translations.py. `update` can run any number of times: it
keeps every translation and drops the entries whose source text is gone. New entries
whose English is already translated elsewhere come pre-filled but unfinished; after
reading them in `check`, `python -m desktop.gui.i18n accept` marks them finished.

    python -m desktop.gui.i18n release   # the .qm next to the .ts (the packaged build)

The language is chosen before the workspace is unlocked (the unlock dialog is already in
it), so besides OfficeSettings.language it is kept in QSettings under "ui/language".
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import difflib
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTranslator,
)

from desktop import APP_NAME
from desktop.core import translation as core_translation
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
_notices: list = []


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
        dirs += [Path(bundle) / "PySide6" / "Qt" / "translations",
                 Path(bundle) / "PySide6" / "translations"]
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def qt_tool(name: str) -> list[str]:
    """The command that runs Qt's `lupdate` or `lrelease` (as shipped with PySide6)."""
    exe = name + (".exe" if os.name == "nt" else "")
    candidates: list[Path] = []
    with contextlib.suppress(ImportError):
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / exe, package / "Qt" / "bin" / exe,
                       package / "Qt" / "libexec" / exe]
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
    """"en" or "fr" for a stored choice ("" or anything unknown follows the system)."""
    code = (language or "").strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else system_language()


def saved_language() -> str:
    """The choice kept in QSettings ("" = follow the system): readable before unlocking."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in ("", *LANGUAGES) else ""


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language if language in LANGUAGES else "")


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
    if prebuilt.is_file() and (frozen or not ts.is_file()
                               or prebuilt.stat().st_mtime >= ts.stat().st_mtime):
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


def language_saved(parent, language: str) -> bool:
    """After the settings are saved: remember the choice for the next start, and say so.

    Returns True when the new choice differs from the language now shown (the change
    applies at the next start; a message box, opened window-modally, tells the user).
    """
    from PySide6.QtWidgets import QMessageBox

    save_language(language)
    if resolve_language(language) == current_language():
        return False
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QCoreApplication.translate(
        "i18n", "The new language will be used the next time Cooperation Desk starts."),
        QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("languageChangedBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _notices.append(box)  # a box without a parent would be collected at once
    box.finished.connect(lambda _result: _notices.remove(box))
    box.open()
    return True


# -- formats ---------------------------------------------------------------------------


def _qdate(value: date | datetime | str | None) -> QDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if "T" in value or " " in value.strip() \
                else date.fromisoformat(value)
        except ValueError:
            return None
    return QDate(value.year, value.month, value.day)


def short_date_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:  # no locale at all (tests, servers): ISO
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def time_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def _medium_date_format(locale: QLocale) -> str:
    """The long format without the weekday and with short month names: 25 nov. 2026."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.LongFormat)
    text = re.sub(r"d{4}[,.]?\s*", "", text).strip(" ,")
    return text.replace("MMMM", "MMM")


def format_date(value: date | datetime | str | None, medium: bool = False) -> str:
    """A date as people read it in the interface's locale: 25/11/2026 or 25 nov. 2026.

    Accepts a date, a datetime, an ISO string as stored ("2026-11-25"), or None/"" (gives
    ""). Short numeric dates (4-digit years) suit table columns; medium (month in letters)
    suits sentences and banners. A string that is not a date is returned unchanged. Under
    the "C" locale (no locale: test runs, servers) dates are ISO 8601, 2026-11-25.
    """
    day = _qdate(value)
    if day is None:
        return value if isinstance(value, str) else ""
    locale = QLocale()
    return locale.toString(day, _medium_date_format(locale) if medium
                           else short_date_format(locale))


def format_datetime(value: datetime | str | None) -> str:
    """Date and time (hours:minutes) in the locale's short forms: 25/11/2026 09:30."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, datetime):
        return format_date(value)
    locale = QLocale()
    # The date and the time apart: a QDateTime is converted through the time zone first,
    # ten times slower, and the register formats a hundred of these per page it loads.
    day = locale.toString(QDate(value.year, value.month, value.day), short_date_format(locale))
    return f"{day} {locale.toString(QTime(value.hour, value.minute), time_format(locale))}"


def format_number(value: float, decimals: int = 0) -> str:
    """12 345,50 in French, 12,345.50 in English."""
    if decimals == 0 and float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def format_money(cents: int, currency: str) -> str:
    """An amount stored in cents with its ISO currency: 1 250,00 EUR."""
    return f"{format_number(cents / 100, 2)} {currency}".strip()


def format_size(size: int) -> str:
    """A file size in the locale's words and units: 1,2 Mio / 1.2 MiB."""
    return QLocale().formattedDataSize(int(size))


def format_list(items: Iterable[str]) -> str:
    """a, b and c / a, b et c."""
    return QLocale().createSeparatedList([str(item) for item in items])


# -- the catalogue ---------------------------------------------------------------------


def project_root() -> Path:
    return Path(__file__).resolve().parents[2]


# Where lupdate looks for translatable Python: the GUI's self.tr / QCoreApplication
# .translate, and the core's Qt-free translate() (desktop.core.translation).
TRANSLATED_PACKAGES = ("gui", "core")


def sources(root: Path | None = None) -> list[Path]:
    """Every file lupdate reads: the GUI's and the core's Python, and the forms."""
    root = root or project_root()
    python = sorted(p for package in TRANSLATED_PACKAGES
                    for p in (root / "desktop" / package).rglob("*.py")
                    if "__pycache__" not in p.parts)
    return python + sorted((root / "forms").rglob("*.ui"))


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(t for t in texts if t))


def _passphrase_hints() -> list[str]:
    """The sentences desktop.core.passphrase.strength returns (shown via self.tr(hint))."""
    from desktop.core import passphrase

    tree = ast.parse(Path(passphrase.__file__).read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "strength":
            for inner in ast.walk(node):
                values: Sequence[ast.expr] = ()
                if isinstance(inner, ast.Return) and isinstance(inner.value, ast.Tuple):
                    values = inner.value.elts
                elif isinstance(inner, ast.Dict):
                    values = [v for v in inner.values if v is not None]
                found += [v.value for v in values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return _unique(found)


def core_messages() -> dict[str, list[str]]:
    """Strings the GUI translates through a variable, which lupdate cannot see, by context.

    "labels": the core's vocabularies (desktop/gui/labels.py); "RegisterModel": the
    register's column titles; "PassphrasePage": the passphrase strength hints.
    """
    from desktop.core import completeness
    from desktop.core.statuses import GROUNDS, STATUS_LABELS
    from desktop.core.vocabulary import (
        ASSISTANCE_TYPES,
        CHANNEL_LABELS,
        CONFIDENTIALITY_LABELS,
        KIND_LABELS,
        ORGAN_LABELS,
        URGENCY_LABELS,
        Kind,
    )
    from desktop.gui.register_model import COLUMNS

    labels = [*STATUS_LABELS.values(),
              *(ground.label for grounds in GROUNDS.values() for ground in grounds),
              *KIND_LABELS.values(), *ORGAN_LABELS.values(), *CHANNEL_LABELS.values(),
              *CONFIDENTIALITY_LABELS.values(), *URGENCY_LABELS.values(),
              *ASSISTANCE_TYPES.values(),
              *(e.label for kind in Kind for e in completeness.elements_for(kind))]
    messages = {"labels": _unique(labels),
                "RegisterModel": _unique(c.title for c in COLUMNS),
                "PassphrasePage": _passphrase_hints()}
    for context, (module, name) in OPTIONAL_TABLES.items():
        try:
            table = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:  # a view still being written
            print(f"warning: {module}.{name} not found for {context}: {exc}", file=sys.stderr)
            continue
        messages[context] = _unique(table.values())
    return messages


# Tables of labels that GUI classes translate with self.tr(variable): context -> table.
OPTIONAL_TABLES = {
    "ReplyDialog": ("desktop.services.reply_fields", "EDITABLE"),
    "ChecklistPanel": ("desktop.gui.checklist_dialogs", "TRANSIT_LABELS"),
    "TransitDialog": ("desktop.gui.checklist_dialogs", "TRANSIT_LABELS"),
}

# tr()/translate() calls whose text is not a literal, which core_messages() covers; by
# file in desktop/gui and the argument as written. Any other such call is reported by
# dynamic_calls(): lupdate cannot see its text, so it would stay in English.
COVERED_CALLS: dict[str, set[str]] = {
    "labels.py": {"text", "STATUS_LABELS[Status(value)]", "KIND_LABELS[Kind(value)]",
                  "URGENCY_LABELS[Urgency(value)]",
                  "CONFIDENTIALITY_LABELS[Confidentiality(value)]",
                  "ORGAN_LABELS[Organ(value)]", "CHANNEL_LABELS[Channel(value)]"},
    "dialogs.py": {"ground.label"},
    "request_form.py": {"text", "element.label"},
    "register_model.py": {"COLUMNS[section].title"},
    "setup_wizard.py": {"hint"},
    "reply_dialog.py": {"replies.EDITABLE.get(field, field)"},
    "checklist_panel.py": {"TRANSIT_LABELS[r['status']]"},
    "checklist_dialogs.py": {"label"},
    "request_view.py": {"m['element']"},  # completeness labels (once wrapped in labels.tr)
}


def dynamic_calls(root: Path | None = None) -> list[str]:
    """tr()/translate() calls whose text lupdate cannot see, as "file:line: call (why)".

    A text passed through a variable and not covered above, or a literal inside an
    f-string (lupdate takes the whole f-string for one string).
    """
    root = root or project_root()
    found = []
    for path in sources(root):
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                      for inner in ast.walk(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"tr": 0, "translate": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            where = f"{path.relative_to(root).as_posix()}:{node.lineno}: {ast.unparse(node)}"
            count = node.args[index + 2] if len(node.args) > index + 2 else None
            if count is not None and not isinstance(count, ast.Name | ast.Constant):
                found.append(f"{where} (lupdate skips a call whose count is not a plain name)")
            text = node.args[index]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                if id(node) in in_fstring:
                    found.append(f"{where} (inside an f-string, where lupdate does not look)")
            elif ast.unparse(text) not in COVERED_CALLS.get(path.name, set()):
                found.append(f"{where} (text passed through a variable)")
    return found


def _noop_source(messages: dict[str, list[str]]) -> str:
    lines = ["# Generated by desktop.gui.i18n for lupdate: strings passed through a variable."]
    for context, texts in messages.items():
        lines += [f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(t, ensure_ascii=False)})"
                  for t in texts]
    return "\n".join(lines) + "\n"


def _plural_source(root: Path | None = None) -> str:
    """The translate() calls with a `%n` count, again, with the count a number literal.

    lupdate makes a message plural (numerus forms) only when it sees the count as a
    literal, and the first place it sees a message decides: so this file is read first.
    """
    lines = ["# Generated by desktop.gui.i18n for lupdate: the plural messages, first."]
    for path in sources(root or project_root()):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) == 4):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            context, text, comment = (getattr(a, "value", a) for a in node.args[:3])
            if (name == "translate" and isinstance(context, str) and isinstance(text, str)
                    and "%n" in text and (comment is None or isinstance(comment, str))):
                lines.append(f"translate({json.dumps(context)}, "
                             f"{json.dumps(text, ensure_ascii=False)}, "
                             f"{json.dumps(comment, ensure_ascii=False) if comment else None}, 1)")
    return "\n".join(lines) + "\n"


def update(languages: Sequence[str] = TRANSLATED, directory: Path | None = None,
           root: Path | None = None) -> list[Path]:
    """Bring the catalogues in line with the sources; keeps every existing translation.

    Runs lupdate over the GUI's Python and the forms plus a generated file that names the
    core's labels, so one run gives the complete catalogue. Entries whose source text is
    gone are dropped (lupdate's heuristics first carry a translation over to a slightly
    changed source text, marked unfinished). Idempotent.
    """
    directory = directory or translations_dir()
    directory.mkdir(parents=True, exist_ok=True)
    lupdate = qt_tool("lupdate")
    written = []
    with tempfile.TemporaryDirectory(prefix="coopdesk-i18n-") as tmp:
        generated = Path(tmp) / "core_labels.py"
        generated.write_text(_noop_source(core_messages()), encoding="utf-8")
        plurals = Path(tmp) / "plurals.py"
        plurals.write_text(_plural_source(root), encoding="utf-8")
        listing = Path(tmp) / "sources.lst"
        listing.write_text(
            "\n".join(str(p) for p in [plurals, *sources(root), generated]) + "\n",
            encoding="utf-8")
        for language in languages:
            ts = ts_path(language, directory)
            previous = {m.key: m.translation
                        for m in (read_catalogue(ts) if ts.is_file() else ())
                        if m.translation.strip() and not m.state}
            command = [*lupdate, f"@{listing}", "-locations", "none", "-no-obsolete",
                       "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                       "-silent", "-ts", str(ts)]
            subprocess.run(command, check=True, capture_output=True)
            if _suggest(ts, previous):
                # lupdate again, only to write the file in its own canonical layout.
                subprocess.run(command, check=True, capture_output=True)
            written.append(ts)
    return written


def _suggest(ts: Path, previous: dict[tuple[str, str, str], str]) -> bool:
    """Pre-fill new entries, left "unfinished" for a translator to confirm.

    The same source text translated in another context gives its translation; failing
    that, the translation of a source text just dropped from the same context that reads
    almost the same (a reworded sentence) is carried over. An entry with a
    disambiguating comment (self.tr("Open", "requests still open")) gets nothing from
    here, the comment being there because the words mean something else elsewhere
    (lupdate itself may still offer the same words' translation, also as unfinished).
    """
    tree = ET.parse(ts)
    known: dict[str, str] = {}
    for (_context, source, comment), text in previous.items():
        if not comment:
            known.setdefault(source, text)
    dropped: dict[str, dict[str, str]] = {}
    current = {m.key for m in read_catalogue(ts)}
    for (context, source, comment), text in previous.items():
        if (context, source, comment) not in current and not comment:
            dropped.setdefault(context, {})[source] = text
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished" or (
                    translation.text or "").strip() or message.findtext("comment") or (
                    message.get("numerus") == "yes"):  # plural forms: for a translator
                continue
            suggestion = known.get(source)
            if suggestion is None:
                close = difflib.get_close_matches(source, list(dropped.get(name, {})), 1, 0.8)
                suggestion = dropped[name][close[0]] if close else None
            if suggestion:
                translation.text = suggestion
                changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def release(ts: Path, qm: Path) -> Path:
    """Compile `ts` into `qm` with lrelease (written under a temporary name, then moved)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=qm.stem + "-", suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", tmp], check=True,
                       capture_output=True)
        os.replace(tmp, qm)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return qm


def accept_suggestions(ts: Path) -> int:
    """Mark every suggested translation (unfinished, not empty) finished; how many."""
    tree = ET.parse(ts)
    count = 0
    for translation in tree.getroot().iter("translation"):
        if translation.get("type") == "unfinished" and (translation.text or "").strip():
            del translation.attrib["type"]
            count += 1
    if count:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    state: str  # "" when finished; "unfinished", "obsolete" or "vanished" otherwise
    comment: str = ""  # the disambiguation: self.tr("Open", "requests still open")

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_catalogue(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = "" if translation is None else translation.get("type", "")
            if translation is None:
                texts = [""]
            elif message.get("numerus") == "yes":  # one entry per plural form
                texts = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                texts = ["".join(translation.itertext())]
            messages += [Message(name, message.findtext("source") or "", text, state,
                                 message.findtext("comment") or "") for text in texts]
    return messages


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def accelerators(text: str) -> int:
    """How many keyboard accelerators (&x, not && nor a lone &) a text has."""
    count, i = 0, 0
    while i < len(text):
        if text[i] == "&":
            if text[i + 1:i + 2] == "&":
                i += 2
                continue
            if i + 1 < len(text) and not text[i + 1].isspace():
                count += 1
        i += 1
    return count


def problems(messages: Iterable[Message]) -> list[str]:
    """What is wrong with a catalogue's entries, one line each (empty: all is well)."""
    found = []
    for m in messages:
        where = f"[{m.context}] {m.source!r}" + (f" ({m.comment})" if m.comment else "")
        if m.state in ("obsolete", "vanished"):
            found.append(f"{where}: {m.state} entry (run the update step)")
            continue
        if not m.translation.strip():
            found.append(f"{where}: not translated")
            continue
        if m.state == "unfinished":
            found.append(f"{where}: suggested {m.translation!r}, to confirm (or correct) and "
                         "mark finished")
            continue
        if Counter(PLACEHOLDER.findall(m.source)) != Counter(
                PLACEHOLDER.findall(m.translation)):
            found.append(f"{where}: placeholders differ in {m.translation!r}")
        if accelerators(m.source) != accelerators(m.translation):
            found.append(f"{where}: keyboard accelerator (&) lost or added in "
                         f"{m.translation!r}")
        if Counter(TAG.findall(m.source)) != Counter(TAG.findall(m.translation)):
            found.append(f"{where}: HTML tags differ in {m.translation!r}")
        if m.source.endswith("…") and not m.translation.endswith("…"):
            found.append(f"{where}: the ellipsis (…) that opens a dialog is missing")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.gui.i18n",
                                     description="Maintain the translation catalogues.")
    parser.add_argument("command", choices=("update", "check", "accept", "release"))
    args = parser.parse_args(argv)
    if args.command == "update":
        for ts in update():
            entries = read_catalogue(ts)
            todo = [m for m in entries if not m.translation.strip()]
            review = [m for m in entries if m.state and m.translation.strip()]
            print(f"{ts}: {len(entries)} entries, {len(todo)} to translate, "
                  f"{len(review)} suggested translations to confirm")
        return 0
    if args.command == "accept":  # after reading the suggestions `check` lists
        for language in TRANSLATED:
            print(f"{ts_path(language)}: {accept_suggestions(ts_path(language))} accepted")
        update()  # rewrites the files in lupdate's layout
        return 0
    if args.command == "release":
        for language in TRANSLATED:
            ts = ts_path(language)
            print(release(ts, ts.with_suffix(".qm")))
        return 0
    status = 0
    for line in dynamic_calls():
        print(f"hidden from lupdate: {line}")
        status = 1
    for language in TRANSLATED:
        for line in problems(read_catalogue(ts_path(language))):
            print(f"{language}: {line}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
