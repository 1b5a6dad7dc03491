"""How a user narrows the register; the store turns this into SQL, the GUI into widgets."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date


@dataclass
class RequestFilter:
    statuses: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    urgencies: list[str] = field(default_factory=list)
    organs: list[str] = field(default_factory=list)
    situation: str = ""  # words within the situation's name, any case
    owner: str | None = None
    overdue: bool = False
    due_within_days: int | None = None
    in_consultation: bool = False
    review_due: bool = False  # standing requests whose periodic review has come
    lead_office: str | None = None  # requests another office leads (its office id)
    search: str = ""
    today: date = field(default_factory=date.today)

    def is_search_only(self) -> bool:
        """Words to find and no other condition: the search index alone can answer."""
        return bool(self.search.strip()) and replace(self, search="") == RequestFilter(
            today=self.today
        )


SORTABLE_COLUMNS = (
    "registry_no",
    "court_reference",
    "received_at",
    "kind",
    "subject",
    "status",
    "urgency",
    "confidentiality",
    "due_on",
    "owner",
)
