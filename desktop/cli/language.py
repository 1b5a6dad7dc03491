"""The command line in English or French: `--lang`, COOPDESK_LANG, or the workspace's.

The GUI installs Qt's translator; the command line does without Qt (it runs on servers
and in scheduled tasks). It reads the same catalogue, resources/translations/
coopdesk_fr.ts, so a refusal says the same thing in both, and writes dates as the French
interface does ("25 nov. 2026", from Babel's CLDR data, which the app ships already).

Which language: `--lang` (before or after the command), else COOPDESK_LANG, else the
workspace's own language once it is unlocked (Settings → Language, "fr"), else English.
Not the machine's locale (LANG): a command's output is often read by another program, and
a scheduled task's locale is whatever the server has; the office decides, once, in its
settings or in its shell profile.
"""

from __future__ import annotations

import argparse
import os
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import cache

from desktop.core import translation
from desktop.core.translation import translate
from desktop.paths import resources_dir
from desktop.services.workspace import Workspace

LANGUAGES = ("en", "fr")
ENV = "COOPDESK_LANG"
Catalogue = dict[tuple[str, str, str], tuple[str, ...]]


def requested(args: argparse.Namespace) -> str:
    """The language asked for on the command line or in the environment ("" if none)."""
    return _code(getattr(args, "lang_option", None) or os.environ.get(ENV, ""))


def _code(wanted: str) -> str:
    code = wanted.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else ""


def asked_in(argv: Sequence[str], valued: Collection[str] = ()) -> str:
    """The language `argv` asks for before its command (`--lang fr`, `--lang=fr`), else
    COOPDESK_LANG's. `valued`: the other options before the command that take a value.

    Read before the parser is built: its help texts and argparse's own words ("usage:",
    "options", a wrong option) are written in it. After the command, `--lang` is that
    command's own (the language of a letter, of a new workspace). The workspace's language
    comes too late for the help (the workspace is not open yet); it applies to what the
    command says.
    """
    wanted = os.environ.get(ENV, "")
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if not word.startswith("-") or word == "--":
            break  # the command
        if name == "--lang":
            wanted = value if equals else next(words, "")
        elif name in valued and not equals:
            next(words, None)
    return _code(wanted)


@contextmanager
def chosen(argv: Sequence[str], valued: Collection[str] = ()) -> Iterator[None]:
    """Read and run a command in the language `argv` asks for; whatever was installed
    before comes back afterwards (a test or a script calling main() twice)."""
    with translation.speaking(None), argparse_speaking():
        use(asked_in(argv, valued))
        yield


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's own words through our catalogue while the command line is read.

    argparse looks its texts up through the module-level gettext functions `_` and
    `ngettext` at the moment it uses them (the hook gettext offers); they are replaced for
    the duration of one command, and put back afterwards.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def words(text: str) -> str:
        return argparse_words().get(text, text)

    def plural(singular: str, plural_text: str, n: int) -> str:
        return words(singular if n == 1 else plural_text)

    argparse._, argparse.ngettext = words, plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def argparse_words() -> dict[str, str]:
    """argparse's messages (its gettext ids, Python 3.11 to 3.13) in the installed language.

    The ones a user of coopdesk-cli can meet; argparse's errors about a badly built parser
    are for us and stay English. argparse writes the colon after a group's title itself:
    the French titles end with the no-break space French puts before it.
    """
    return {
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "show this help message and exit": translate("Argparse", "show this help message and exit"),
        "%(prog)s: error: %(message)s\n": translate("Argparse", "%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": translate(
            "Argparse", "argument %(argument_name)s: %(message)s"
        ),
        "the following arguments are required: %s": translate(
            "Argparse", "the following arguments are required: %s"
        ),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "Argparse", "invalid %(type)s value: %(value)r"
        ),
        "expected one argument": translate("Argparse", "expected one argument"),
        "expected at most one argument": translate("Argparse", "expected at most one argument"),
        "expected at least one argument": translate("Argparse", "expected at least one argument"),
        "expected %s argument": translate("Argparse", "expected %s argument"),
        "expected %s arguments": translate("Argparse", "expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "not allowed with argument %s": translate("Argparse", "not allowed with argument %s"),
        "one of the arguments %s is required": translate(
            "Argparse", "one of the arguments %s is required"
        ),
        "ignored explicit argument %r": translate("Argparse", "ignored explicit argument %r"),
        "can't open '%(filename)s': %(error)s": translate(
            "Argparse", "can't open '%(filename)s': %(error)s"
        ),
    }


def follow_workspace(args: argparse.Namespace, ws: Workspace) -> None:
    """Once unlocked: the workspace's language, unless one was requested."""
    if not requested(args) and ws.settings.language[:2] in LANGUAGES:
        use(ws.settings.language[:2])


def use(language: str) -> None:
    if language == "fr":
        translation.install(_translator(_catalogue("fr")), _french_date, "fr")
    elif language == "en":
        translation.install(None, None, "en")


def _french_date(day: date) -> str:
    from babel.dates import format_date

    return format_date(day, "d MMM y", locale="fr_FR")


def _translator(catalogue: Catalogue) -> translation.Translator:
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        forms = catalogue.get((context, text, disambiguation or ""))
        if not forms:
            return translation.english(text, n)
        if n < 0:
            return forms[0]
        # French: the singular for 0 and 1 (Qt's rule for French, as lrelease compiles it).
        return forms[0 if n < 2 or len(forms) == 1 else 1].replace("%n", str(n))

    return translate


@cache
def _catalogue(language: str) -> Catalogue:
    """The finished translations of resources/translations/coopdesk_<language>.ts."""
    path = resources_dir() / "translations" / f"coopdesk_{language}.ts"
    found: Catalogue = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.find("translation")
            if text is None or text.get("type"):  # unfinished, obsolete, vanished
                continue
            forms = tuple(form.text or "" for form in text.iter("numerusform")) or (
                "".join(text.itertext()),
            )
            if all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms
    return found
