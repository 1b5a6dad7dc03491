"""The State's cooperation figures, computed from plain facts about requests.

The service reads the workspace (requests, the status moves of the audit trail, routing
steps, costs) into the dataclasses below; everything here is arithmetic on them, so each
figure can be checked against a workspace whose right answer is known by construction.

What counts where, so a reader of the report can tell what a number means:
- volumes: requests *received* in the period;
- turnaround and timeliness: requests *answered* in the period (executed, refused, or
  closed after a partial execution), whenever received; withdrawn requests are counted
  apart, since the State never answered them. Turnaround is in calendar days from receipt
  to the answer, net of the days the clock was paused in consultation with the Court;
- consultations, postponements, refusals, partial executions: moves made in the period;
- backlog: requests received by the period's end and not answered by then, by age;
- authorities: routing steps sent in the period, as they stood at the period's end;
- costs: costs incurred in the period.
The 90th percentile is the nearest-rank one: a value some request actually took.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

CONSULTATION = "in_consultation"
POSTPONED = "postponed"
REFUSED = "refused"
PARTIAL = "partially_executed"
OPEN_STATUSES = frozenset(
    {"received", "in_progress", "awaiting_authority", CONSULTATION, POSTPONED, PARTIAL}
)
CONSULTATION_GROUNDS = ("art97", "art93_3", "art93_5")
POSTPONEMENT_GROUNDS = ("art94", "art95")
REFUSAL_GROUNDS = ("art93_4", "art93_other")

# Upper bounds (inclusive) in days; None is "more than the last bound".
AGE_BANDS: tuple[tuple[str, int | None], ...] = (
    ("0-30", 30),
    ("31-90", 90),
    ("91-180", 180),
    ("181-365", 365),
    ("365+", None),
)
TURNAROUND_BINS: tuple[tuple[str, int | None], ...] = (
    ("0-7", 7),
    ("8-14", 14),
    ("15-30", 30),
    ("31-60", 60),
    ("61-90", 90),
    ("90+", None),
)
SMALL_CELL = 3  # counts under this are shown "< 3" in the shareable report


# -- the arithmetic ---------------------------------------------------------------------


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile: the smallest value at least `share` of the values reach."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return float(ordered[rank - 1])


def band(days: int, bands: Sequence[tuple[str, int | None]] = AGE_BANDS) -> str:
    for name, upper in bands:
        if upper is None or days <= upper:
            return name
    raise ValueError(f"no band for {days}")


def share(part: int, whole: int) -> float | None:
    """A share in [0, 1]; None when there is nothing to share out."""
    return part / whole if whole else None


def masked(count: int, shareable: bool) -> str:
    """A count as the shareable report may show it: 1 and 2 become "< 3" (art. 87(3))."""
    return f"< {SMALL_CELL}" if shareable and 0 < count < SMALL_CELL else str(count)


# -- the facts ------------------------------------------------------------------------
# What the service reads, already reduced by SQL to groups with a count (`n`): at 100,000
# requests, one Python object per request cost more than every figure together.


@dataclass(frozen=True, slots=True)
class Received:
    """Requests received in the period that share every value below."""

    kind: str
    organ: str  # "" when the request names no organ
    channel: str
    situation: str
    urgency: str
    month: str  # "YYYY-MM"
    acknowledgement: str  # "on_time", "late" or "missing" by the period's end
    n: int


@dataclass(frozen=True, slots=True)
class Answered:
    """Requests answered in the period (the first move that answered the Court) sharing
    every value below; `net_days` runs from receipt to the answer, less the days paused
    in consultation."""

    kind: str
    organ: str
    status: str  # executed, refused, withdrawn or closed (after a partial execution)
    net_days: int
    on_time: bool  # by the due date, agreed extensions included
    on_time_without_extension: bool
    extended: bool
    n: int


@dataclass(frozen=True, slots=True)
class Decision:
    """A move in the period to consultation, postponement, refusal or partial execution."""

    status: str
    ground: str
    held_days: int | None  # a consultation's days up to the period's end


@dataclass(frozen=True, slots=True)
class StepFacts:
    """A routing step to a national authority, sent in the period."""

    authority: str
    sent_on: date
    due_on: date
    answered_on: date | None


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


DIMENSIONS = ("kind", "organ", "channel", "situation", "urgency", "month")


# -- the results ----------------------------------------------------------------------


@dataclass
class Turnaround:
    count: int = 0
    median_days: float | None = None
    p90_days: float | None = None
    on_time: int = 0  # answered by the due date, agreed extensions included
    on_time_without_extension: int = 0

    @classmethod
    def of(cls, rows: Sequence[Answered]) -> Turnaround:
        days: list[int] = []
        on_time = strictly = 0
        for row in rows:
            days += [row.net_days] * row.n
            on_time += row.on_time * row.n
            strictly += row.on_time_without_extension * row.n
        return cls(
            count=len(days),
            median_days=median(days),
            p90_days=percentile(days, 0.9),
            on_time=on_time,
            on_time_without_extension=strictly,
        )


@dataclass
class AuthorityRow:
    authority: str
    sent: int = 0
    answered: int = 0
    on_time: int = 0
    late: int = 0  # answered after the due date, or unanswered and past it
    median_days: float | None = None


@dataclass
class CostRow:
    category: str
    currency: str
    count: int
    amount_cents: int


@dataclass
class Statistics:
    period: Period
    today: date
    received: int = 0
    volumes: dict[str, dict[str, int]] = field(default_factory=dict)  # dimension -> counts
    answered: int = 0
    withdrawn: int = 0
    open_at_end: int = 0
    turnaround: Turnaround = field(default_factory=Turnaround)
    turnaround_by_kind: dict[str, Turnaround] = field(default_factory=dict)
    turnaround_bins: dict[str, int] = field(default_factory=dict)
    extended: int = 0  # answered requests whose due date was extended
    ack_due: int = 0
    ack_on_time: int = 0
    ack_late: int = 0
    ack_missing: int = 0
    consultations: dict[str, int] = field(default_factory=dict)
    consultation_median_days: float | None = None
    postponements: dict[str, int] = field(default_factory=dict)
    refusals: dict[str, int] = field(default_factory=dict)
    partial_executions: int = 0
    backlog: dict[str, int] = field(default_factory=dict)
    overdue_now: int = 0
    authorities: list[AuthorityRow] = field(default_factory=list)
    authorities_total: AuthorityRow = field(default_factory=lambda: AuthorityRow(""))
    equality_of_arms: dict[str, Turnaround] = field(default_factory=dict)
    costs: list[CostRow] = field(default_factory=list)
    # The requests open at the period's end (registry no., kind, received). Internal only:
    # neither in to_dict() nor in the shareable report.
    backlog_requests: list[tuple[str, str, date]] = field(default_factory=list)
    # The filter the figures were computed under (the service's), to find the requests
    # behind a bar with the same one.
    scope: Any = None

    @property
    def emergency_visas(self) -> Turnaround:
        return self.turnaround_by_kind.get("emergency_visa", Turnaround())

    def to_dict(self) -> dict[str, Any]:
        """Plain figures for `stats --json`: no registry numbers, no ids."""

        def turn(t: Turnaround) -> dict[str, Any]:
            return {
                "count": t.count,
                "median_days": t.median_days,
                "p90_days": t.p90_days,
                "on_time": t.on_time,
                "on_time_share": share(t.on_time, t.count),
                "on_time_without_extension": t.on_time_without_extension,
                "on_time_share_without_extension": share(t.on_time_without_extension, t.count),
            }

        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "today": self.today.isoformat(),
            "received": self.received,
            "volumes": self.volumes,
            "answered": self.answered,
            "withdrawn": self.withdrawn,
            "open_at_end": self.open_at_end,
            "turnaround": turn(self.turnaround),
            "turnaround_by_kind": {k: turn(v) for k, v in self.turnaround_by_kind.items()},
            "turnaround_distribution": self.turnaround_bins,
            "emergency_visas": turn(self.emergency_visas),
            "extended": self.extended,
            "acknowledgements": {
                "due": self.ack_due,
                "on_time": self.ack_on_time,
                "late": self.ack_late,
                "missing": self.ack_missing,
                "on_time_share": share(self.ack_on_time, self.ack_due),
            },
            "consultations": self.consultations,
            "consultation_median_days": self.consultation_median_days,
            "postponements": self.postponements,
            "refusals": self.refusals,
            "partial_executions": self.partial_executions,
            "backlog": self.backlog,
            "overdue_now": self.overdue_now,
            "authorities": [vars(row).copy() for row in self.authorities],
            "authorities_total": vars(self.authorities_total).copy(),
            "equality_of_arms": {k: turn(v) for k, v in self.equality_of_arms.items()},
            "costs": [vars(row).copy() for row in self.costs],
        }


# -- the computation ------------------------------------------------------------------


def _counts(counted: Counter[str], order: Sequence[str] = ()) -> dict[str, int]:
    """Counts in the Statute's order where there is one (grounds), the rest by name."""
    ordered = [k for k in order if k in counted]
    return {k: counted[k] for k in [*ordered, *sorted(set(counted) - set(ordered))]}


def compute(
    received: Sequence[Received],
    answered: Sequence[Answered],
    decisions: Sequence[Decision],
    backlog: Sequence[tuple[str, str, date]],
    overdue_now: int,
    steps: Sequence[StepFacts],
    costs: Sequence[CostRow],
    period: Period,
    today: date,
) -> Statistics:
    """Every figure of the cooperation report for `period`, from the groups the service
    read (filters applied there)."""
    stats = Statistics(period=period, today=today, overdue_now=overdue_now)
    volumes: dict[str, Counter[str]] = {name: Counter() for name in DIMENSIONS}
    for group in received:
        for name in DIMENSIONS:
            volumes[name][getattr(group, name)] += group.n
        stats.ack_on_time += group.n * (group.acknowledgement == "on_time")
        stats.ack_late += group.n * (group.acknowledgement == "late")
        stats.ack_missing += group.n * (group.acknowledgement == "missing")
    stats.received = sum(volumes["kind"].values())
    stats.ack_due = stats.received
    stats.volumes = {name: _counts(counted) for name, counted in volumes.items()}
    stats.volumes["month"] = dict(sorted(stats.volumes["month"].items()))

    answers = [row for row in answered if row.status != "withdrawn"]
    stats.withdrawn = sum(row.n for row in answered if row.status == "withdrawn")
    stats.answered = sum(row.n for row in answers)
    stats.extended = sum(row.n for row in answers if row.extended)
    stats.turnaround = Turnaround.of(answers)
    by_kind: dict[str, list[Answered]] = defaultdict(list)
    bins: Counter[str] = Counter()
    for row in answers:
        by_kind[row.kind].append(row)
        bins[band(row.net_days, TURNAROUND_BINS)] += row.n
    stats.turnaround_by_kind = {k: Turnaround.of(v) for k, v in sorted(by_kind.items())}
    stats.turnaround_bins = {name: bins[name] for name, _ in TURNAROUND_BINS}
    stats.equality_of_arms = {
        "defence": Turnaround.of(
            [row for row in answers if row.organ == "Defence" or row.kind == "defence_request"]
        ),
        "prosecutor": Turnaround.of([row for row in answers if row.organ == "OTP"]),
    }

    held = [d.held_days for d in decisions if d.held_days is not None]
    stats.consultations = _counts(
        Counter(d.ground for d in decisions if d.status == CONSULTATION), CONSULTATION_GROUNDS
    )
    stats.consultation_median_days = median(held)
    stats.postponements = _counts(
        Counter(d.ground for d in decisions if d.status == POSTPONED), POSTPONEMENT_GROUNDS
    )
    stats.refusals = _counts(
        Counter(d.ground for d in decisions if d.status == REFUSED), REFUSAL_GROUNDS
    )
    stats.partial_executions = sum(d.status == PARTIAL for d in decisions)

    ages = Counter(band((period.end - received_on).days) for _, _, received_on in backlog)
    stats.backlog = {name: ages[name] for name, _ in AGE_BANDS}
    stats.open_at_end = len(backlog)
    stats.backlog_requests = list(backlog)

    stats.authorities = _authorities(steps, period)
    total = _authorities([replace(step, authority="") for step in steps], period)
    stats.authorities_total = total[0] if total else AuthorityRow("")
    stats.costs = list(costs)
    return stats


def _authorities(steps: Sequence[StepFacts], period: Period) -> list[AuthorityRow]:
    rows: dict[str, AuthorityRow] = {}
    days: dict[str, list[int]] = defaultdict(list)
    for step in steps:
        row = rows.setdefault(step.authority, AuthorityRow(step.authority))
        row.sent += 1
        answered = step.answered_on is not None and step.answered_on <= period.end
        if answered and step.answered_on is not None:
            row.answered += 1
            days[step.authority].append((step.answered_on - step.sent_on).days)
            if step.answered_on <= step.due_on:
                row.on_time += 1
            else:
                row.late += 1
        elif step.due_on < period.end:
            row.late += 1
    for name, row in rows.items():
        row.median_days = median(days[name])
    return [rows[name] for name in sorted(rows, key=str.casefold)]
