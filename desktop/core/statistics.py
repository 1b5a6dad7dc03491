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

# Moves that end the State's work on a request; the first one is its answer.
ANSWER_STATUSES = ("executed", "refused", "withdrawn")
CONSULTATION = "in_consultation"
POSTPONED = "postponed"
REFUSED = "refused"
PARTIAL = "partially_executed"
OPEN_STATUSES = frozenset({"received", "in_progress", "awaiting_authority", CONSULTATION,
                           POSTPONED, PARTIAL})
CONSULTATION_GROUNDS = ("art97", "art93_3", "art93_5")
POSTPONEMENT_GROUNDS = ("art94", "art95")
REFUSAL_GROUNDS = ("art93_4", "art93_other")

# Upper bounds (inclusive) in days; None is "more than the last bound".
AGE_BANDS: tuple[tuple[str, int | None], ...] = (
    ("0-30", 30), ("31-90", 90), ("91-180", 180), ("181-365", 365), ("365+", None))
TURNAROUND_BINS: tuple[tuple[str, int | None], ...] = (
    ("0-7", 7), ("8-14", 14), ("15-30", 30), ("31-60", 60), ("61-90", 90), ("90+", None))
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


# Built by the hundred thousand: slots, and not frozen (a frozen dataclass's __init__ is
# several times slower).
@dataclass(slots=True)
class Move:
    """One status change from the audit trail."""

    on: date
    before: str
    after: str
    ground: str = ""


@dataclass(slots=True)
class RequestFacts:
    id: int
    registry_no: str
    received_on: date
    kind: str
    organ: str  # "" when the request names no organ
    channel: str
    situation: str
    urgency: str
    status: str
    due_on: date  # the final due date, with any agreed extension and consultation pauses
    due_without_extension: date  # the same date had no extension been agreed
    extended: bool
    ack_due_on: date
    acknowledged_on: date | None
    moves: tuple[Move, ...] = ()

    def answer(self) -> Move | None:
        """The first move that answered the Court (or closed after a partial execution)."""
        partial = False
        for move in self.moves:
            if move.after in ANSWER_STATUSES or (move.after == "closed" and partial):
                return move
            partial = partial or move.after == PARTIAL
        return None

    def consultations(self, until: date) -> list[tuple[Move, int]]:
        """Each consultation begun, with the days it held the clock (up to `until`)."""
        found: list[tuple[Move, int]] = []
        start: Move | None = None
        for move in self.moves:
            if move.on > until:
                break
            if move.after == CONSULTATION:
                start = move
            elif start is not None and move.before == CONSULTATION:
                found.append((start, max(0, (move.on - start.on).days)))
                start = None
        if start is not None:
            found.append((start, max(0, (until - start.on).days)))
        return found

    def net_days(self, answered_on: date) -> int:
        if not any(move.after == CONSULTATION for move in self.moves):
            return max(0, (answered_on - self.received_on).days)
        paused = sum(days for _, days in self.consultations(answered_on))
        return max(0, (answered_on - self.received_on).days - paused)


@dataclass(slots=True)
class StepFacts:
    """A routing step to a national authority."""

    request_id: int
    authority: str
    sent_on: date
    due_on: date
    answered_on: date | None


@dataclass(slots=True)
class CostFacts:
    request_id: int
    category: str
    currency: str
    amount_cents: int
    incurred_on: date


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


# A request answered in the period, the move that answered it, and its net days.
Answered = tuple[RequestFacts, Move, int]
DIMENSIONS = ("kind", "organ", "channel", "situation", "urgency", "month")


def _held(moves: Sequence[Move], index: int, until: date) -> int:
    """Days the consultation begun by moves[index] held the clock, up to `until`."""
    begun = moves[index]
    for move in moves[index + 1:]:
        if move.on > until:
            break
        if move.before == CONSULTATION:
            return max(0, (move.on - begun.on).days)
    return max(0, (until - begun.on).days)


def _dimension(r: RequestFacts, name: str) -> str:
    if name == "month":
        return f"{r.received_on.year:04d}-{r.received_on.month:02d}"
    return str(getattr(r, name))


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
        for facts, move, net in rows:
            days.append(net)
            on_time += move.on <= facts.due_on
            strictly += move.on <= facts.due_without_extension
        return cls(count=len(rows), median_days=median(days), p90_days=percentile(days, 0.9),
                   on_time=on_time, on_time_without_extension=strictly)


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
    # The requests open at the period's end (registry no., kind, received), and the facts
    # the figures came from, to find the requests behind a bar. Internal only: neither is
    # in to_dict() nor in the shareable report.
    backlog_requests: list[tuple[str, str, date]] = field(default_factory=list)
    facts: Sequence[RequestFacts] = ()

    def behind(self, dimension: str, key: str) -> list[int]:
        """Ids of the requests a bar counts: ("kind", "emergency_visa"), ("month",
        "2026-03"), ("turnaround", "8-14"), ("backlog", "31-90") ... Worked out on demand
        (a click), so computing the figures does not pay for every possible click."""
        first, last = self.period.start, self.period.end
        found = []
        for r in self.facts:
            if r.received_on > last:
                continue
            answer = r.answer()
            if dimension in DIMENSIONS:
                if r.received_on >= first and _dimension(r, dimension) == key:
                    found.append(r.id)
            elif dimension == "turnaround":
                if (answer is not None and first <= answer.on <= last
                        and answer.after != "withdrawn"
                        and band(r.net_days(answer.on), TURNAROUND_BINS) == key):
                    found.append(r.id)
            elif dimension == "backlog" and (answer is None or answer.on > last) and (
                    band((last - r.received_on).days) == key):
                found.append(r.id)
        return found

    @property
    def emergency_visas(self) -> Turnaround:
        return self.turnaround_by_kind.get("emergency_visa", Turnaround())

    def to_dict(self) -> dict[str, Any]:
        """Plain figures for `stats --json`: no registry numbers, no ids."""
        def turn(t: Turnaround) -> dict[str, Any]:
            return {"count": t.count, "median_days": t.median_days, "p90_days": t.p90_days,
                    "on_time": t.on_time,
                    "on_time_share": share(t.on_time, t.count),
                    "on_time_without_extension": t.on_time_without_extension,
                    "on_time_share_without_extension":
                        share(t.on_time_without_extension, t.count)}

        return {
            "period": {"from": self.period.start.isoformat(),
                       "to": self.period.end.isoformat()},
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
            "acknowledgements": {"due": self.ack_due, "on_time": self.ack_on_time,
                                 "late": self.ack_late, "missing": self.ack_missing,
                                 "on_time_share": share(self.ack_on_time, self.ack_due)},
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


def compute(requests: Sequence[RequestFacts], steps: Sequence[StepFacts],
            costs: Sequence[CostFacts], period: Period, today: date) -> Statistics:
    """Every figure of the cooperation report for `period` (filters applied by the caller:
    `steps` and `costs` should belong to `requests`).

    One pass over the requests: at 100,000 of them every extra pass shows."""
    stats = Statistics(period=period, today=today, facts=requests)
    first, last = period.start, period.end
    volumes: dict[str, Counter[str]] = {name: Counter() for name in DIMENSIONS}
    answered: list[Answered] = []
    consultations: list[str] = []
    held: list[int] = []
    postponements: list[str] = []
    refusals: list[str] = []
    backlog: Counter[str] = Counter()
    for r in requests:
        received = r.received_on
        if received > last:
            continue
        moves = r.moves
        answer = r.answer() if moves else None
        if received >= first:
            month = f"{received.year:04d}-{received.month:02d}"
            volumes["kind"][r.kind] += 1
            volumes["organ"][r.organ] += 1
            volumes["channel"][r.channel] += 1
            volumes["situation"][r.situation] += 1
            volumes["urgency"][r.urgency] += 1
            volumes["month"][month] += 1
            acknowledged = r.acknowledged_on
            if acknowledged is None or acknowledged > last:
                stats.ack_missing += 1
            elif acknowledged <= r.ack_due_on:
                stats.ack_on_time += 1
            else:
                stats.ack_late += 1
        if answer is not None and first <= answer.on <= last:
            if answer.after == "withdrawn":
                stats.withdrawn += 1
            else:
                answered.append((r, answer, r.net_days(answer.on)))
        if answer is None or answer.on > last:
            name = band((last - received).days)
            backlog[name] += 1
            stats.backlog_requests.append((r.registry_no, r.kind, received))
        if r.status in OPEN_STATUSES and r.status != CONSULTATION and r.due_on < today:
            stats.overdue_now += 1
        if not moves or moves[-1].on < first:
            continue  # nothing decided in the period
        for index, move in enumerate(moves):
            if not first <= move.on <= last:
                continue
            if move.after == CONSULTATION:
                consultations.append(move.ground)
                held.append(_held(moves, index, last))
            elif move.after == POSTPONED:
                postponements.append(move.ground)
            elif move.after == REFUSED:
                refusals.append(move.ground)
            elif move.after == PARTIAL:
                stats.partial_executions += 1

    stats.received = sum(volumes["kind"].values())
    stats.ack_due = stats.received
    stats.volumes = {name: _counts(counted) for name, counted in volumes.items()}
    stats.volumes["month"] = dict(sorted(stats.volumes["month"].items()))

    stats.answered = len(answered)
    stats.extended = sum(r.extended for r, _, _ in answered)
    stats.turnaround = Turnaround.of(answered)
    by_kind: dict[str, list[Answered]] = defaultdict(list)
    bins: Counter[str] = Counter()
    for row in answered:
        by_kind[row[0].kind].append(row)
        bins[band(row[2], TURNAROUND_BINS)] += 1
    stats.turnaround_by_kind = {k: Turnaround.of(v) for k, v in sorted(by_kind.items())}
    stats.turnaround_bins = {name: bins[name] for name, _ in TURNAROUND_BINS}
    stats.equality_of_arms = {
        "defence": Turnaround.of([row for row in answered if row[0].organ == "Defence"
                                  or row[0].kind == "defence_request"]),
        "prosecutor": Turnaround.of([row for row in answered if row[0].organ == "OTP"])}

    stats.consultations = _counts(Counter(consultations), CONSULTATION_GROUNDS)
    stats.consultation_median_days = median(held)
    stats.postponements = _counts(Counter(postponements), POSTPONEMENT_GROUNDS)
    stats.refusals = _counts(Counter(refusals), REFUSAL_GROUNDS)
    stats.open_at_end = sum(backlog.values())
    stats.backlog = {name: backlog[name] for name, _ in AGE_BANDS}

    stats.authorities = _authorities(steps, period)
    total = _authorities([replace(step, authority="") for step in steps], period)
    stats.authorities_total = total[0] if total else AuthorityRow("")
    stats.costs = _costs(costs, period)
    return stats


def _authorities(steps: Sequence[StepFacts], period: Period) -> list[AuthorityRow]:
    rows: dict[str, AuthorityRow] = {}
    days: dict[str, list[int]] = defaultdict(list)
    for step in steps:
        if step.sent_on not in period:
            continue
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


def _costs(costs: Sequence[CostFacts], period: Period) -> list[CostRow]:
    totals: dict[tuple[str, str], CostRow] = {}
    for cost in costs:
        if cost.incurred_on not in period:
            continue
        row = totals.setdefault((cost.category, cost.currency),
                                CostRow(cost.category, cost.currency, 0, 0))
        row.count += 1
        row.amount_cents += cost.amount_cents
    return [totals[key] for key in sorted(totals)]
