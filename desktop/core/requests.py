"""What a request is made of, and the validation every way in (form, import, CLI) shares."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from desktop.core.translation import translate
from desktop.core.vocabulary import (
    ASSISTANCE_TYPES,
    Channel,
    Confidentiality,
    Kind,
    Organ,
    Urgency,
    parse_enum,
)

IMPORT_FIELDS = (
    "court_reference",
    "received_at",
    "kind",
    "assistance_types",
    "requesting_organ",
    "situation",
    "case",
    "channel",
    "confidentiality",
    "urgency",
    "court_deadline",
    "subject",
    "summary",
    "persons",
)
REQUIRED_FIELDS = ("court_reference", "received_at", "kind", "subject")
LIST_FIELDS = ("assistance_types", "persons")
MAX_TEXT = 20_000


@dataclass
class RequestDraft:
    """A request as the user describes it, before the register gives it a number."""

    court_reference: str
    received_at: datetime
    kind: Kind
    subject: str
    assistance_types: list[str] = field(default_factory=list)
    requesting_organ: Organ | None = None
    situation: str = ""
    case: str = ""
    channel: Channel = Channel.DIPLOMATIC
    confidentiality: Confidentiality = Confidentiality.CONFIDENTIAL
    urgency: Urgency = Urgency.ROUTINE
    court_deadline: date | None = None
    summary: str = ""
    persons: list[str] = field(default_factory=list)
    elements_confirmed: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def past_on_arrival(self) -> bool:
        return self.court_deadline is not None and self.court_deadline < self.received_at.date()


class ValidationError(ValueError):
    """One or more fields are wrong; `problems` maps each field to a plain-words message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(translate("Validation", "; ").join(self.lines()))

    def lines(self) -> list[str]:
        """One "field: problem" per bad field, for a dialog that lists them."""
        return [
            translate("Validation", "{0}: {1}").format(name, problem)
            for name, problem in self.problems.items()
        ]

    def sentence(self) -> str:
        """The problems in one line, each field by its code ("court_deadline"): the names
        an import file, a parcel and the command line's options use."""
        separator = translate("Validation", "; ")
        return separator.join(f"{name} {problem}" for name, problem in self.problems.items())


def _not_a_date(value: str) -> str:
    return translate("Validation", "'{0}' is not a valid ISO 8601 date (e.g. 2026-03-14)").format(
        value
    )


def parse_datetime(text: str) -> datetime:
    """ISO 8601 date or date-time, checked by Python (never by SQLite's lenient date maths)."""
    value = text.strip()
    if not value:
        raise ValueError(translate("Validation", "is empty"))
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(_not_a_date(value)) from None
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed


def parse_date(text: str) -> date:
    value = text.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        try:
            return parse_datetime(value).date()
        except ValueError:
            raise ValueError(_not_a_date(value)) from None


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ValueError(translate("Validation", "must be a list of texts (in CSV: separated by ';')"))


def _text(value: Any, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(translate("Validation", "must be text"))
    if len(value) > MAX_TEXT:
        raise ValueError(translate("Validation", "is longer than {0} characters").format(MAX_TEXT))
    if "\x00" in value:
        raise ValueError(translate("Validation", "contains a NUL character"))
    return value.strip()


def draft_from_mapping(row: dict[str, Any], today: date | None = None) -> RequestDraft:
    """Validate one incoming request (import row, CLI or form) and name every bad field.

    A Court deadline before the receipt date is accepted: mail arrives late, and such a
    request is registered with its real deadline and flagged past on arrival. With
    `today`, a receipt date in the future is refused.
    """
    problems: dict[str, str] = {}
    unknown = sorted(set(row) - set(IMPORT_FIELDS) - {"elements_confirmed"})
    for name in unknown:
        problems[name] = translate("Validation", "is not a known field")
    for name in REQUIRED_FIELDS:
        value = row.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems[name] = translate("Validation", "is required")

    values: dict[str, Any] = {}

    def take(name: str, convert: Any) -> None:
        raw = row.get(name)
        if name in problems or raw is None or raw == "":
            return
        try:
            values[name] = convert(raw)
        except ValueError as exc:
            # parse_enum names the field itself: "kind: 'x' is not one of ...".
            problems[name] = str(exc).removeprefix(
                translate("Validation", "{0}: {1}").format(name, "")
            )
        except (TypeError, AttributeError):
            problems[name] = translate("Validation", "has the wrong type")

    for name in ("court_reference", "subject", "situation", "case", "summary"):
        take(name, lambda v, n=name: _text(v, n))
    take("received_at", parse_datetime)
    take("court_deadline", parse_date)
    take("kind", lambda v: parse_enum(Kind, v, "kind"))
    take("requesting_organ", lambda v: parse_enum(Organ, v, "requesting_organ"))
    take("channel", lambda v: parse_enum(Channel, v, "channel"))
    take("confidentiality", lambda v: parse_enum(Confidentiality, v, "confidentiality"))
    take("urgency", lambda v: parse_enum(Urgency, v, "urgency"))
    take("persons", _as_list)
    take("elements_confirmed", _as_list)

    def letters(value: Any) -> list[str]:
        items = [item.lower().strip("() ") for item in _as_list(value)]
        bad = [item for item in items if item not in ASSISTANCE_TYPES]
        if bad:
            raise ValueError(
                translate("Validation", "{0}: not an art. 93(1) letter (a to l)").format(
                    ", ".join(bad)
                )
            )
        return items

    take("assistance_types", letters)
    if values.get("assistance_types") and values.get("kind") not in (
        None,
        Kind.JUDICIAL_ASSISTANCE,
        Kind.ASSET_FREEZING,
        Kind.WITNESS_PROTECTION,
        Kind.DEFENCE_REQUEST,
    ):
        problems["assistance_types"] = translate(
            "Validation", "applies only to requests for judicial assistance"
        )
    if today is not None and "received_at" in values and values["received_at"].date() > today:
        problems["received_at"] = translate(
            "Validation", "is in the future: a request is registered once received"
        )
    if problems:
        raise ValidationError(problems)
    return RequestDraft(**values)


@dataclass
class RequestRecord:
    """A registered request as the register holds it."""

    id: int
    registry_no: str
    court_reference: str
    received_at: datetime
    kind: Kind
    assistance_types: list[str]
    requesting_organ: Organ | None
    situation: str
    case: str
    channel: Channel
    confidentiality: Confidentiality
    urgency: Urgency
    court_deadline: date | None
    subject: str
    summary: str
    persons: list[str]
    elements_confirmed: list[str]
    status: str
    owner: str | None
    paused_days: int
    paused_since: date | None
    extended_to: date | None
    extension_reason: str
    due_on: date
    internal_due_on: date
    ack_due_on: date
    created_at: datetime
    updated_at: datetime
    version: int
    # Days already held in consultation when the extension was agreed (they do not move it).
    extension_paused_days: int = 0
    deadline_shortened: bool = False
    arrested_on: date | None = None  # provisional arrest carried out (Rule 188 runs)
    full_request_on: date | None = None  # the Court's full request for surrender arrived
    reviewed_on: date | None = None  # last periodic review of a standing request
    clock: str = "running"  # desktop.core.deadlines.Clock
    # The last day the answer can reach the Court (the final date, or the Court's previous
    # working day when the Court is closed on it): what the dashboard counts with.
    deliver_on: date | None = None

    @property
    def past_on_arrival(self) -> bool:
        """The Court's deadline had passed when the request reached the office (late mail)."""
        return self.court_deadline is not None and self.court_deadline < self.received_at.date()

    def content_fields(self) -> dict[str, Any]:
        """The fields the completeness check and the templates read."""
        return {
            "court_reference": self.court_reference,
            "subject": self.subject,
            "summary": self.summary,
            "persons": self.persons,
            "situation": self.situation,
            "case": self.case,
            "court_deadline": self.court_deadline,
        }


class RequestLine(NamedTuple):
    """A request as the register's rows show it: the fields of its columns, its shading and
    its badges, without the texts and lists only the request's own page shows.

    Reading the register's first page as whole records was most of a search at 1,000
    requests: 50 rows of every column, turned into dataclasses, cost twice the FTS query.
    Its names and types are `RequestRecord`'s, so what reads one reads the other.
    """

    id: int
    registry_no: str
    court_reference: str
    received_at: datetime
    kind: Kind
    subject: str
    status: str
    urgency: Urgency
    confidentiality: Confidentiality
    owner: str | None
    due_on: date
    internal_due_on: date
    ack_due_on: date
    deliver_on: date
    clock: str
    paused_since: date | None
