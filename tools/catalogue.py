"""The translation catalogue, for developers: collect the strings, check, accept, release.

After adding or changing a user-visible string (in desktop/gui, forms/, or a sentence the
core and the services mark with translate()), run from the repository's root

    python -m tools.catalogue update    # lupdate + the core's labels into the .ts
    python -m tools.catalogue check     # lists what is untranslated; status 1 if any

translate the entries it lists (Qt Linguist: pyside6-linguist on the .ts, or any text
editor), and run tests/test_translations.py. `update` can run any number of times: it
keeps every translation and drops the entries whose source text is gone. New entries
whose English is already translated elsewhere come pre-filled but unfinished; after
reading them in `check`, `python -m tools.catalogue accept` marks them finished.

    python -m tools.catalogue release   # the .qm next to the .ts (the packaged build)

The running application never imports this module (desktop.gui.i18n loads the catalogue).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import importlib
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.gui.i18n import (
    SOURCE_LANGUAGE,
    TRANSLATED,
    qt_tool,
    release,
    translations_dir,
    ts_path,
)


def project_root() -> Path:
    return Path(__file__).resolve().parents[1]


# Where lupdate looks for translatable Python: the GUI's self.tr / QCoreApplication
# .translate, and the Qt-free translate() (desktop.core.translation) of the layers below
# (the messages of their errors) and of the command line.
TRANSLATED_PACKAGES = ("gui", "core", "services", "storage", "cli")


def sources(root: Path | None = None) -> list[Path]:
    """Every file lupdate reads: the GUI's and the core's Python, and the forms."""
    root = root or project_root()
    python = sorted(
        p
        for package in TRANSLATED_PACKAGES
        for p in (root / "desktop" / package).rglob("*.py")
        if "__pycache__" not in p.parts
    )
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
                found += [
                    v.value
                    for v in values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                ]
    return _unique(found)


def core_messages() -> dict[str, list[str]]:
    """Strings the GUI translates through a variable, which lupdate cannot see, by context.

    "labels": the core's vocabularies (desktop/gui/labels.py); "RegisterModel": the
    register's column titles; "PassphrasePage": the passphrase strength hints.
    """
    from desktop.core import completeness
    from desktop.core.checklist_progress import TRANSIT_STATUS_LABELS
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
    from desktop.services.replies import REQUIRED_ON_EXPORT

    labels = [
        *STATUS_LABELS.values(),
        *(ground.label for grounds in GROUNDS.values() for ground in grounds),
        *KIND_LABELS.values(),
        *ORGAN_LABELS.values(),
        *CHANNEL_LABELS.values(),
        *CONFIDENTIALITY_LABELS.values(),
        *URGENCY_LABELS.values(),
        *ASSISTANCE_TYPES.values(),
        *(e.label for kind in Kind for e in completeness.elements_for(kind)),
        *TRANSIT_STATUS_LABELS.values(),
    ]
    messages = {
        "labels": _unique(labels),
        "RegisterModel": _unique(c.title for c in COLUMNS),
        "PassphrasePage": _passphrase_hints(),
        "RepliesMessages": _unique(m for _f, m in REQUIRED_ON_EXPORT.values()),
    }
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
    "ReplyDialog": ("desktop.services.replies.fields", "EDITABLE"),
    "ChecklistPanel": ("desktop.gui.checklist_dialogs", "TRANSIT_LABELS"),
    "TransitDialog": ("desktop.gui.checklist_dialogs", "TRANSIT_LABELS"),
}

# tr()/translate() calls whose text is not a literal, which core_messages() covers; by
# file in desktop/gui and the argument as written. Any other such call is reported by
# dynamic_calls(): lupdate cannot see its text, so it would stay in English.
COVERED_CALLS: dict[str, set[str]] = {
    "labels.py": {
        "text",
        "STATUS_LABELS[Status(value)]",
        "KIND_LABELS[Kind(value)]",
        "URGENCY_LABELS[Urgency(value)]",
        "CONFIDENTIALITY_LABELS[Confidentiality(value)]",
        "ORGAN_LABELS[Organ(value)]",
        "CHANNEL_LABELS[Channel(value)]",
    },
    "dialogs.py": {"ground.label"},
    "request_form.py": {"text", "element.label"},
    "register_model.py": {"COLUMNS[section].title"},
    "setup_wizard.py": {"hint"},
    "reply_dialog.py": {"replies.EDITABLE.get(field, field)"},
    "checklist_panel.py": {"TRANSIT_LABELS[r['status']]"},
    "checklist_dialogs.py": {"label"},
    "request_view.py": {"m['element']"},  # completeness labels (once wrapped in labels.tr)
    "__init__.py": {"message"},  # services/replies: REQUIRED_ON_EXPORT, in core_messages()
    "statuses.py": {"STATUS_LABELS[status]"},  # in core_messages(), context "labels"
    "main.py": {"STATUS_LABELS[Status(record.status)]", "m['element']"},  # status, show
    "checklist_commands.py": {  # coopdesk-cli checklist
        "KIND_LABELS[view.kind]",
        "TRANSIT_STATUS_LABELS[status]",
    },
    "checklists.py": {"KIND_LABELS[Kind(key)]"},  # a checklist template's kind
    "checklist_print.py": {  # the printed checklist
        "STATUS_LABELS[Status(status)]",
        "CONFIDENTIALITY_LABELS[view.confidentiality]",
        "KIND_LABELS[view.kind]",
        "TRANSIT_STATUS_LABELS[transit.status]",
    },
    "calendar_export.py": {"KIND_LABELS[r.kind]", "KIND_LABELS[owner.kind]"},  # labels
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
        in_fstring = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
        }
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
    lines = ["# Generated by tools.catalogue for lupdate: strings passed through a variable."]
    for context, texts in messages.items():
        lines += [
            f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(t, ensure_ascii=False)})"
            for t in texts
        ]
    return "\n".join(lines) + "\n"


def _plural_source(root: Path | None = None) -> str:
    """The translate() calls with a `%n` count, again, with the count a number literal.

    lupdate makes a message plural (numerus forms) only when it sees the count as a
    literal, and the first place it sees a message decides: so this file is read first.
    """
    lines = ["# Generated by tools.catalogue for lupdate: the plural messages, first."]
    for path in sources(root or project_root()):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) == 4):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            context, text, comment = (getattr(a, "value", a) for a in node.args[:3])
            if (
                name == "translate"
                and isinstance(context, str)
                and isinstance(text, str)
                and "%n" in text
                and (comment is None or isinstance(comment, str))
            ):
                lines.append(
                    f"translate({json.dumps(context)}, "
                    f"{json.dumps(text, ensure_ascii=False)}, "
                    f"{json.dumps(comment, ensure_ascii=False) if comment else None}, 1)"
                )
    return "\n".join(lines) + "\n"


def update(
    languages: Sequence[str] = TRANSLATED, directory: Path | None = None, root: Path | None = None
) -> list[Path]:
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
            "\n".join(str(p) for p in [plurals, *sources(root), generated]) + "\n", encoding="utf-8"
        )
        for language in languages:
            ts = ts_path(language, directory)
            previous = {
                m.key: m.translation
                for m in (read_catalogue(ts) if ts.is_file() else ())
                if m.translation.strip() and not m.state
            }
            command = [
                *lupdate,
                f"@{listing}",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-silent",
                "-ts",
                str(ts),
            ]
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
            if (
                translation is None
                or translation.get("type") != "unfinished"
                or (translation.text or "").strip()
                or message.findtext("comment")
                or (message.get("numerus") == "yes")
            ):  # plural forms: for a translator
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
            messages += [
                Message(
                    name,
                    message.findtext("source") or "",
                    text,
                    state,
                    message.findtext("comment") or "",
                )
                for text in texts
            ]
    return messages


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


def accelerators(text: str) -> int:
    """How many keyboard accelerators (&x, not && nor a lone &) a text has."""
    count, i = 0, 0
    while i < len(text):
        if text[i] == "&":
            if text[i + 1 : i + 2] == "&":
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
            found.append(
                f"{where}: suggested {m.translation!r}, to confirm (or correct) and mark finished"
            )
            continue
        if Counter(PLACEHOLDER.findall(m.source)) != Counter(PLACEHOLDER.findall(m.translation)):
            found.append(f"{where}: placeholders differ in {m.translation!r}")
        if accelerators(m.source) != accelerators(m.translation):
            found.append(f"{where}: keyboard accelerator (&) lost or added in {m.translation!r}")
        if Counter(TAG.findall(m.source)) != Counter(TAG.findall(m.translation)):
            found.append(f"{where}: HTML tags differ in {m.translation!r}")
        if m.source.endswith("…") and not m.translation.endswith("…"):
            found.append(f"{where}: the ellipsis (…) that opens a dialog is missing")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.catalogue", description="Maintain the translation catalogues."
    )
    parser.add_argument("command", choices=("update", "check", "accept", "release"))
    args = parser.parse_args(argv)
    if args.command == "update":
        for ts in update():
            entries = read_catalogue(ts)
            todo = [m for m in entries if not m.translation.strip()]
            review = [m for m in entries if m.state and m.translation.strip()]
            print(
                f"{ts}: {len(entries)} entries, {len(todo)} to translate, "
                f"{len(review)} suggested translations to confirm"
            )
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
