"""Translation for the layers below the interface, without Qt: `translate()` and `fmt_date()`.

The core and the services write their sentences in English and mark them like the GUI
does, `translate("Deadlines", "Court deadline {0}")`, so that `python -m tools.catalogue
update` collects them into the same catalogue (resources/translations/coopdesk_fr.ts) and
the translators see them next to the interface's. Plurals use Qt's `%n`, and "(s)" for
the English plural: `translate("ChecklistDue", "%n day(s) after {0}", None, days)`.

Nothing here imports Qt. Whoever shows the text installs the language: the GUI installs
Qt's translator and its locale's date format (desktop.gui.i18n.install_translators).
Until then (the command line, tests, scripts) texts stay in English and dates read
"15 Dec 2026".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

Translator = Callable[[str, str, "str | None", int], str]
DateFormat = Callable[[date], str]

_translator: Translator | None = None
_date_format: DateFormat | None = None
_language = ""
# Dates as written in the installed language, once each: explanations of due dates
# write the same few thousand days over and over (an import of 10,000 requests, 50,000).
_dates: dict[date, str] = {}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language; English (with `%n` filled in) when none is."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return english(text, n)


def english(text: str, n: int = -1) -> str:
    """The source text itself, with a count filled in the way Qt's English catalogues
    write plurals: "%n day(s)" gives "1 day", "2 days"."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def fmt_date(day: date) -> str:
    """A date as people read it in the installed language: 15 Dec 2026, 15 déc. 2026."""
    text = _dates.get(day)
    if text is None:
        if _date_format is not None:
            text = _date_format(day)
        else:
            text = day.strftime("%d %b %Y").lstrip("0")
        _dates[day] = text
    return text


def language() -> str:
    """The language installed ("fr"), or "" when nobody installed one (English texts)."""
    return _language


def install(
    translator: Translator | None, date_format: DateFormat | None = None, language: str = ""
) -> None:
    """Use `translator` and `date_format` for `language` from now on; None: English."""
    global _translator, _date_format, _language, _dates
    _translator, _date_format, _language = translator, date_format, language
    _dates = {}


@contextmanager
def speaking(
    translator: Translator | None, date_format: DateFormat | None = None, language: str = ""
) -> Iterator[None]:
    """`install` for a while, then whatever was installed before: a command of the command
    line in the language it was asked for, run in-process by a test or a script."""
    saved = _translator, _date_format, _language
    install(translator, date_format, language)
    try:
        yield
    finally:
        install(*saved)


def untranslated() -> contextlib.AbstractContextManager[None]:
    """English for a while: for documents written in English whatever the interface's
    language (the case summary), so that they do not come out half French."""
    return speaking(None)
