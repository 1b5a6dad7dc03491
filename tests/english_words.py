"""Spotting English in a French screen or message, without a dictionary.

The English words to look for are the catalogue's own: every word of an English source
text that no French translation uses ("deadline", "request", "the" ... but not "date",
"note" or "Cooperation", which French uses too). A text shown in the French interface
that holds one of them still has English in it. Codes (EUR, ICC-01/04), numbers, file
names and the proper names listed below are not words of either language.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.gui import i18n
from tools import catalogue

WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")

# Names that are the same in both languages, or that French keeps in English.
PROPER_NAMES = frozenset(
    {
        "cooperation",
        "desk",
        "word",
        "excel",
        "sqlite",
        "sqlcipher",
        "json",
        "csv",
        "docx",
        "xlsx",
        "pdf",
        "utf",
        "iso",
        "qt",
        "rome",
        "hague",
        "the",  # "The Hague" as an address
    }
)
# Words of proper names in the demo data and the tests' own names (users, offices).
PEOPLE = frozenset({"alice", "martin", "demo", "testland", "embassy"})
# French words that are English words too, which the catalogue's French happens not to use.
FRENCH_TOO = frozenset({"international", "direction", "transit", "position", "solution"})


@cache
def english_only() -> frozenset[str]:
    """Words of the English catalogue that no French translation uses."""
    english: set[str] = set()
    french: set[str] = set()
    for message in catalogue.read_catalogue(i18n.ts_path("fr")):
        english.update(_words(message.source))
        french.update(_words(message.translation))
    # "the" stays: a French sentence never needs it outside "The Hague".
    return frozenset(english - french - (PROPER_NAMES - {"the"}) - PEOPLE - FRENCH_TOO)


def _words(text: str) -> set[str]:
    text = re.sub(r"\{[^{}]*\}|%n|<[^>]*>", " ", text).replace("&", "")
    return {w.lower() for w in WORD.findall(text)}


def english_in(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """The English words in `text` (empty when it reads as French), in order."""
    text = re.sub(r"\bThe Hague\b|\{[^{}]*\}", " ", text).replace("&", "")  # codes, accelerators
    found = []
    for match in WORD.finditer(text):
        word, lower = match.group(), match.group().lower()
        around = (
            text[max(match.start() - 1, 0) : match.start()] + text[match.end() : match.end() + 1]
        )
        if any(c.isdigit() for c in around):  # letters of a digest (c7a6be71…), not a word
            continue
        if word.isupper() and len(word) > 1:  # a code: EUR, ICC, NL
            continue
        if lower in english_only() and lower not in allowed:
            found.append(word)
    return found
