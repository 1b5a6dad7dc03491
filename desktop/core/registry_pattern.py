"""Registry numbers written the way people write them: CD-YYYY-NNNN.

The workspace stores a Python format string (CD-{year}-{seq:04d}) because that is what
numbering needs; Settings shows and takes the pattern a registry clerk would write on a
form. YYYY is the year; a run of three or more N is the number, padded to that many
digits (a single N would be taken for a letter of the office's prefix, as in "NL").
"""

from __future__ import annotations

import re

YEAR = "YYYY"
NUMBER = re.compile(r"N{3,}")
FIELD = re.compile(r"\{year\}|\{seq(?::0?(\d+)d)?\}")


def to_pattern(fmt: str) -> str:
    """CD-{year}-{seq:04d} → CD-YYYY-NNNN; {seq} alone shows as NNN (no padding)."""

    def field(match: re.Match[str]) -> str:
        if match.group(0) == "{year}":
            return YEAR
        return "N" * max(3, int(match.group(1) or 3))

    return FIELD.sub(field, fmt).replace("{{", "{").replace("}}", "}")


def to_format(pattern: str) -> str:
    """CD-YYYY-NNNN → CD-{year}-{seq:04d}; braces typed by the user stay literal."""
    text = pattern.replace("{", "{{").replace("}", "}}")
    text = NUMBER.sub(lambda m: f"{{seq:0{len(m.group(0))}d}}", text)
    return text.replace(YEAR, "{year}")
