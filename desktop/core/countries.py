"""Country names in the interface's language, from Babel's copy of the Unicode CLDR.

The holiday calendar knows States by ISO code; people look for "Pays-Bas" or
"Netherlands". Babel is maintained with the CLDR, so names follow its updates instead of
a table written here.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import holidays
from babel import Locale, UnknownLocaleError


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language or "en").territories)
    except (UnknownLocaleError, ValueError):
        return dict(Locale.parse("en").territories)


def country_name(code: str, language: str = "en") -> str:
    """ "Pays-Bas" for ("NL", "fr"); the code itself when CLDR has no name for it."""
    return _territories(language).get(code.upper(), code.upper())


def _sort_key(name: str) -> str:
    """Accents do not move a name to the end: "Égypte" sorts with the E's."""
    return "".join(
        c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c)
    )


def holiday_countries(language: str = "en") -> list[tuple[str, str]]:
    """(name, ISO code) of the States whose public holidays are known, sorted by name."""
    codes = [code for code in holidays.list_supported_countries() if len(code) == 2]
    return sorted(
        ((country_name(code, language), code) for code in codes),
        key=lambda pair: _sort_key(pair[0]),
    )
