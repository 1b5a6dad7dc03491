"""Deadline arithmetic: the clocks on a request and how each due date came about.

Every due date carries its own explanation, because a focal point must be able to tell a
ministry (or the Court) why a date is what it is. Working days skip weekends and the
public holidays of the State whose calendar the workspace uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

import holidays

from desktop.core.translation import fmt_date, translate
from desktop.core.vocabulary import Kind

# Calendar days from receipt when the Court sets no deadline. Rule 188 gives the Court 60
# days to complete a provisional arrest; an emergency visa is a matter of days.
DEFAULT_DAYS_BY_KIND: dict[Kind, int] = {
    Kind.BACKGROUND_INFORMATION: 30,
    Kind.JUDICIAL_ASSISTANCE: 30,
    Kind.EMERGENCY_VISA: 2,
    Kind.ARREST_SURRENDER: 30,
    Kind.PROVISIONAL_ARREST: 60,
    Kind.TRANSIT_TRANSFER: 14,
    Kind.ASSET_FREEZING: 14,
    Kind.WITNESS_PROTECTION: 14,
    Kind.LOGISTICS_SUPPORT: 14,
    Kind.DEFENCE_REQUEST: 30,
    Kind.PROVISIONAL_RELEASE: 30,
    Kind.SENTENCE_ENFORCEMENT: 60,
    Kind.EXPERTS_PERSONNEL: 30,
    Kind.OTHER: 30,
}


def fmt(day: date) -> str:
    """A date as people write it in explanations: 15 Dec 2026 (15 déc. 2026 in French)."""
    return fmt_date(day)


class WorkingCalendar:
    """Weekends and one State's public holidays."""

    def __init__(self, country: str | None = None) -> None:
        self.country = country or None
        self._holidays: Mapping[date, str] = (
            holidays.country_holidays(self.country) if self.country else {}
        )

    def holiday_name(self, day: date) -> str | None:
        name = self._holidays.get(day)
        return str(name) if name else None

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def shift_working_days(self, start: date, count: int) -> tuple[date, list[date]]:
        """Move `count` working days from `start` (backwards if negative).

        Returns the date reached and the public holidays (not weekends) skipped on the way,
        which the explanation names.
        """
        step = timedelta(days=1 if count >= 0 else -1)
        remaining = abs(count)
        day = start
        skipped: list[date] = []
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
            elif day.weekday() < 5:
                skipped.append(day)
        return day, skipped


def valid_country(code: str) -> bool:
    return code.upper() in holidays.list_supported_countries()


@dataclass(frozen=True)
class DeadlinePolicy:
    """The office's settings for its clocks."""

    acknowledgement_working_days: int = 3
    margin_working_days: int = 5
    default_days: Mapping[Kind, int] = field(default_factory=lambda: dict(DEFAULT_DAYS_BY_KIND))


@dataclass(frozen=True)
class DeadlineInputs:
    received_on: date
    kind: Kind
    court_deadline: date | None = None
    extended_to: date | None = None
    extension_reason: str = ""
    paused_days: int = 0  # days held in finished consultations


@dataclass(frozen=True)
class DueDate:
    on: date
    explanation: str


@dataclass(frozen=True)
class Deadlines:
    final: DueDate
    internal: DueDate
    acknowledgement: DueDate

    @cached_property
    def as_dict(self) -> dict[str, dict[str, str]]:
        return {
            name: {"on": due.on.isoformat(), "explanation": due.explanation}
            for name, due in (
                ("final", self.final),
                ("internal", self.internal),
                ("acknowledgement", self.acknowledgement),
            )
        }


def _holiday_phrase(calendar: WorkingCalendar, skipped: list[date]) -> str:
    if not skipped:
        return ""
    names = ", ".join(f"{fmt(d)} ({calendar.holiday_name(d)})" for d in skipped)
    if len(skipped) == 1:
        return translate("Deadlines", ", skipping public holiday {0}").format(names)
    return translate("Deadlines", ", skipping public holidays {0}").format(names)


def compute_deadlines(
    inputs: DeadlineInputs, policy: DeadlinePolicy, calendar: WorkingCalendar
) -> Deadlines:
    """The three clocks of a request, each with the sentence that justifies it."""
    if inputs.extended_to:
        base = inputs.extended_to
        base_text = translate("Deadlines", "Extension agreed with the Court to {0}").format(
            fmt(base))
        if inputs.extension_reason:
            base_text += f" ({inputs.extension_reason})"
    elif inputs.court_deadline:
        base = inputs.court_deadline
        base_text = translate("Deadlines", "Court deadline {0}").format(fmt(base))
    else:
        days = policy.default_days.get(inputs.kind, DEFAULT_DAYS_BY_KIND[inputs.kind])
        base = inputs.received_on + timedelta(days=days)
        base_text = translate(
            "Deadlines", "No Court deadline: received {0} + %n days (default for this kind)",
            None, days).format(fmt(inputs.received_on))
    final_on = base + timedelta(days=inputs.paused_days)
    final_text = base_text
    if paused := inputs.paused_days:
        final_text += translate("Deadlines", ", +%n days paused in consultation", None, paused)
    final = DueDate(final_on, final_text if final_on == inputs.court_deadline or (
        final_on == inputs.extended_to) else f"{final_text} = {fmt(final_on)}")

    margin = policy.margin_working_days
    internal_on, skipped = calendar.shift_working_days(final_on, -margin)
    if internal_on < inputs.received_on:
        internal_on = inputs.received_on
        internal_text = translate(
            "Deadlines", "{0}, minus %n working days margin would fall before receipt: "
            "due on receipt, {1}", None, margin).format(final_text, fmt(internal_on))
    else:
        internal_text = translate(
            "Deadlines", "{0}, minus %n working days margin{1} = {2}", None, margin).format(
            final_text, _holiday_phrase(calendar, skipped), fmt(internal_on))
    internal = DueDate(internal_on, internal_text)

    ack_days = policy.acknowledgement_working_days
    ack_on, ack_skipped = calendar.shift_working_days(inputs.received_on, ack_days)
    ack = DueDate(
        ack_on,
        translate("Deadlines", "Received {0} + %n working days{1} = {2}", None, ack_days).format(
            fmt(inputs.received_on), _holiday_phrase(calendar, ack_skipped), fmt(ack_on)),
    )
    return Deadlines(final=final, internal=internal, acknowledgement=ack)


def routing_due(
    final_on: date, policy: DeadlinePolicy, calendar: WorkingCalendar
) -> DueDate:
    """Default internal due date for a routing step: the final due date minus the margin."""
    margin = policy.margin_working_days
    day, skipped = calendar.shift_working_days(final_on, -margin)
    return DueDate(
        day,
        translate("Deadlines", "Final due {0} minus %n working days margin{1} = {2}", None,
                  margin).format(
            fmt(final_on), _holiday_phrase(calendar, skipped), fmt(day)),
    )


def days_held(paused_since: date, resumed_on: date) -> int:
    """Calendar days a consultation held the clock; a same-day round trip holds none."""
    return max(0, (resumed_on - paused_since).days)


def days_left(due_on: date, today: date, paused_since: date | None = None) -> int:
    """Days until due; while paused the count stays where it was when the pause began."""
    reference = paused_since if paused_since else today
    return (due_on - reference).days
