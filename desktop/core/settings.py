"""The office's settings: what a workspace remembers about the office that uses it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from desktop.core.deadlines import DEFAULT_DAYS_BY_KIND, DEFAULT_REVIEW_DAYS, DeadlinePolicy
from desktop.core.vocabulary import Kind

MiB = 1024 * 1024


@dataclass
class OfficeSettings:
    office_name: str = ""
    office_address: str = ""
    place: str = ""
    country: str = ""  # ISO 3166 code whose public holidays count; empty: weekends only
    # Where holidays differ within the State (a German Land, a Swiss canton): its code.
    subdivision: str = ""
    # An office abroad also closes on the host country's public holidays (an embassy in
    # The Hague on Dutch ones): its ISO code, or empty. Counts for the office's own clocks
    # (acknowledgement, internal margin, checklists), not for the national authorities.
    host_country: str = ""
    # The State's working days (0 is Monday) when set by hand in Settings; None: the
    # week the holiday calendar gives the State (Sunday to Thursday in Jordan). Every
    # working-day count of the office follows it, in both calendars.
    working_days: list[int] | None = None
    language: str = ""  # empty: follow the operating system
    reference_format: str = "CD-{year}-{seq:04d}"
    margin_working_days: int = 5
    acknowledgement_working_days: int = 3
    default_days: dict[str, int] = field(
        default_factory=lambda: {k.value: v for k, v in DEFAULT_DAYS_BY_KIND.items()}
    )
    # Days between reviews of a standing request (an arrest warrant without a Court
    # deadline; a provisional arrest not yet carried out).
    review_days: dict[str, int] = field(
        default_factory=lambda: {k.value: v for k, v in DEFAULT_REVIEW_DAYS.items()}
    )
    idle_lock_minutes: int = 10
    attachment_limit_mib: int = 50
    clear_clipboard_seconds: int = 30
    # How replies to the Court name the sender. A French State name carries its article
    # ("la République de Testland"): French grammar cannot guess it.
    sender_kind: str = "embassy"  # embassy | ministry
    state_name: str = ""  # as written after "of": "the Republic of Testland"
    state_name_fr: str = ""  # "la République de Testland"
    office_name_fr: str = ""  # "Ambassade de la République de Testland"
    place_fr: str = ""  # "La Haye"; empty: the place as written in English
    # Encrypted backups: how many automatic ones to keep, and where ("" = the 'backups'
    # folder inside the workspace; a USB stick or a network share keeps them off the disk).
    backup_keep: int = 10
    backup_folder: str = ""
    # A folder watched while the workspace is open: a parcel for this office that appears
    # there is offered for receiving ("" = none). Its files are never moved or deleted.
    parcel_folder: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OfficeSettings:
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in data.items() if k in known})
        merged = {k.value: v for k, v in DEFAULT_DAYS_BY_KIND.items()}
        merged.update({k: int(v) for k, v in settings.default_days.items() if k in merged})
        settings.default_days = merged
        reviews = {k.value: v for k, v in DEFAULT_REVIEW_DAYS.items()}
        reviews.update({k: int(v) for k, v in settings.review_days.items() if k in reviews})
        settings.review_days = reviews
        if settings.working_days is not None:
            settings.working_days = sorted({int(d) for d in settings.working_days})
        return settings

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def weekend(self) -> frozenset[int] | None:
        """The weekend the office set by hand, or None to take the State's."""
        if self.working_days is None:
            return None
        return frozenset(range(7)) - frozenset(self.working_days)

    def deadline_policy(self) -> DeadlinePolicy:
        return DeadlinePolicy(
            acknowledgement_working_days=self.acknowledgement_working_days,
            margin_working_days=self.margin_working_days,
            default_days={Kind(k): v for k, v in self.default_days.items()},
            review_days={Kind(k): v for k, v in self.review_days.items()},
        )

    @property
    def attachment_limit_bytes(self) -> int:
        return self.attachment_limit_mib * MiB
