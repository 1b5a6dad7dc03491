"""Every kind of request is known everywhere a kind must be (ARCHITECTURE.md, "A new kind").

Adding a member to `Kind` and forgetting one of these tables would only fail when a user
registers such a request (a KeyError in a deadline or a French reply); this names the table.
"""

from __future__ import annotations

import pytest

from desktop.core.authorities import SUGGESTED_BY_KIND
from desktop.core.deadlines import DEFAULT_DAYS_BY_KIND
from desktop.core.vocabulary import KIND_LABELS, Kind
from desktop.services.replies.language import KINDS_FR

TABLES = {
    "desktop/core/vocabulary.py KIND_LABELS": KIND_LABELS,
    "desktop/core/deadlines.py DEFAULT_DAYS_BY_KIND": DEFAULT_DAYS_BY_KIND,
    "desktop/core/authorities.py SUGGESTED_BY_KIND": SUGGESTED_BY_KIND,
    "desktop/services/replies/language.py KINDS_FR": KINDS_FR,
}


@pytest.mark.parametrize("where", TABLES)
def test_every_kind_has_an_entry(where):
    assert set(Kind) - set(TABLES[where]) == set(), f"add the new kind to {where}"
