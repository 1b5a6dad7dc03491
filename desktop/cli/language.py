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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache

from desktop.core import translation
from desktop.paths import resources_dir
from desktop.services.workspace import Workspace

LANGUAGES = ("en", "fr")
ENV = "COOPDESK_LANG"
Catalogue = dict[tuple[str, str, str], tuple[str, ...]]


def requested(args: argparse.Namespace) -> str:
    """The language asked for on the command line or in the environment ("" if none)."""
    wanted = getattr(args, "lang_option", None) or os.environ.get(ENV, "")
    code = wanted.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else ""


@contextmanager
def chosen(args: argparse.Namespace) -> Iterator[None]:
    """Run a command in the language requested; whatever was installed before comes back
    afterwards (a test or a script calling main() twice)."""
    with translation.speaking(None):
        use(requested(args))
        yield


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
