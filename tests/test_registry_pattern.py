"""Settings shows registry numbers as CD-YYYY-NNNN, never as a Python format string."""

from __future__ import annotations

import pytest

from desktop.core.registry_pattern import to_format, to_pattern


@pytest.mark.parametrize(
    "fmt, pattern",
    [
        ("CD-{year}-{seq:04d}", "CD-YYYY-NNNN"),
        ("NL/{year}/{seq:05d}", "NL/YYYY/NNNNN"),
        ("{seq:03d}-{year}", "NNN-YYYY"),
    ],
)
def test_pattern_and_format_are_the_same_rule(fmt, pattern):
    assert to_pattern(fmt) == pattern
    assert to_format(pattern) == fmt
    assert to_format(pattern).format(year=2026, seq=7) == fmt.format(year=2026, seq=7)


def test_letters_of_the_prefix_and_braces_stay_as_typed():
    assert to_format("NL-N-YYYY-NNNN") == "NL-N-{year}-{seq:04d}"
    assert to_format("{A}-NNNN").format(year=2026, seq=12) == "{A}-0012"
    assert to_pattern("X-{seq}") == "X-NNN"
