"""Turning whatever a user types into an FTS5 query that can never be a syntax error.

User words are always quoted as string tokens: `AND`, `NEAR(`, `col:term`, quotes and
brackets are searched for as text, never interpreted as FTS5 syntax.
"""

from __future__ import annotations

import unicodedata


def _has_token_chars(word: str) -> bool:
    # unicode61 splits on anything that is not a letter, digit or mark; a word made only of
    # separators would become an empty phrase.
    return any(unicodedata.category(ch)[0] in "LNM" for ch in word)


def to_match_query(text: str, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression for `text`, or None when it holds nothing searchable.

    Every word must appear (implicit AND); the last one matches as a prefix so results
    follow the user's typing.
    """
    # Control characters (NUL above all) would cut the query string short inside SQLite.
    visible = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    words = [w for w in unicodedata.normalize("NFC", visible).split() if _has_token_chars(w)]
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last:
        phrases[-1] += "*"
    return " ".join(phrases)
