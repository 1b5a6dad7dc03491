"""Deadline arithmetic: the clocks on a request and how each due date came about.

Every due date carries its own explanation, because a focal point must be able to tell a
ministry (or the Court) why a date is what it is. Working days skip weekends and the
public holidays of the State whose calendar the workspace uses.

The `holidays` package is imported by the functions that read a calendar, not with this
module: it takes about 55 ms, and the window imports this module at every start, before
any date is computed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import cache, cached_property
from itertools import pairwise

from desktop.core.translation import fmt_date, language, translate
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


def day_name(weekday: int) -> str:
    """A weekday's name in the installed language (0 is Monday)."""
    return (
        translate("Deadlines", "Monday"),
        translate("Deadlines", "Tuesday"),
        translate("Deadlines", "Wednesday"),
        translate("Deadlines", "Thursday"),
        translate("Deadlines", "Friday"),
        translate("Deadlines", "Saturday"),
        translate("Deadlines", "Sunday"),
    )[weekday]


# Kinds that can be standing requests: without a Court deadline the State keeps looking for
# the person, sometimes for years (Rec. 17, 48, 66), and reviews the file every so many days
# instead of watching a due date turn red. A provisional arrest is one only until the
# arrest is made (then Rule 188's 60 days run).
DEFAULT_REVIEW_DAYS: dict[Kind, int] = {
    Kind.ARREST_SURRENDER: 90,
    Kind.PROVISIONAL_ARREST: 14,
}


class Clock(StrEnum):
    """What the final date of a request is: a due date, a review date, or nothing running."""

    RUNNING = "running"  # the State owes an answer by the final date
    STANDING = "standing"  # no due date: the final date is the next periodic review
    ENDED = "ended"  # the watch is over (Rule 188: the full request arrived)


def fmt(day: date) -> str:
    """A date as people write it in explanations: 15 Dec 2026 (15 déc. 2026 in French)."""
    return fmt_date(day)


SATURDAY_SUNDAY = frozenset({5, 6})

# Weekends the `holidays` package gets wrong, by country code. Checked against the package
# by tests/test_calendars.py, which fails once the package agrees (then drop the entry).
# PS: the package (0.109) gives Palestine no weekend of its own, hence Saturday and Sunday;
# the Palestinian ministries and courts work Sunday to Thursday (weekend Friday and
# Saturday). Any other gap an office meets is set by hand in Settings -> Calendars.
WEEKEND_CORRECTIONS: dict[str, frozenset[int]] = {"PS": frozenset({4, 5})}


def package_weekend(country: str | None) -> frozenset[int]:
    """The State's weekend as the holidays package knows it, corrected where it is known
    to be wrong; Saturday and Sunday without a State."""
    import holidays

    if not country:
        return SATURDAY_SUNDAY
    if country in WEEKEND_CORRECTIONS:
        return WEEKEND_CORRECTIONS[country]
    weekend = getattr(holidays.country_holidays(country), "weekend", None)
    return frozenset(weekend or SATURDAY_SUNDAY)


def _holidays_in(code: str, language: str) -> Mapping[date, str]:
    """A country's holidays ("NL", or "DE-BY" with a subdivision) named in `language`,
    else in the country's own language."""
    import holidays

    country, _, subdivision = code.partition("-")
    local = holidays.country_holidays(country, subdiv=subdivision or None)
    supported = getattr(local, "supported_languages", ()) or ()
    wanted = next(
        (lang for lang in supported if lang.split("_")[0] == language),
        getattr(local, "default_language", None),
    )
    named: Mapping[date, str] = holidays.country_holidays(
        country, subdiv=subdivision or None, language=wanted
    )
    return named


@dataclass(frozen=True)
class CalendarOwner:
    """Whose working days a calendar counts, named in explanations when an office keeps
    two calendars: "+ 3 working days of the Embassy in The Hague (NL and JO holidays)".

    `kind` is "embassy", "ministry" (the office, at `place`) or "authorities" (the State's
    national authorities, whose routing due dates follow the State's calendar only).
    """

    kind: str
    place: str = ""
    place_fr: str = ""

    def phrase(self, codes: str) -> str:
        place = self.place_fr if language() == "fr" and self.place_fr else self.place
        if self.kind == "authorities":
            text = translate("Deadlines", " of the national authorities ({0} holidays)")
        elif place and self.kind == "embassy":
            text = translate("Deadlines", " of the Embassy in {1} ({0} holidays)")
        elif place and self.kind == "ministry":
            text = translate("Deadlines", " of the Ministry in {1} ({0} holidays)")
        else:
            text = translate("Deadlines", " of the office ({0} holidays)")
        return text.format(codes, place)


class WorkingCalendar:
    """One State's weekend and public holidays, and the host country's if the office
    keeps them too.

    The weekend is the State's own (Friday and Saturday in Jordan, for instance), as the
    `holidays` package knows it (see WEEKEND_CORRECTIONS), unless the office set its
    working week by hand (`weekend`); without a State it is Saturday and Sunday. A subdivision
    (a German Land, a Swiss canton) adds its own holidays. An embassy abroad also closes
    on the host country's public holidays (`host`); `owner` names whose calendar this is
    in explanations, where an office keeps two.
    """

    def __init__(
        self,
        country: str | None = None,
        subdivision: str | None = None,
        host: str | None = None,
        owner: CalendarOwner | None = None,
        weekend: frozenset[int] | None = None,
    ) -> None:
        import holidays

        self.country = country or None
        self.subdivision = (subdivision or None) if self.country else None
        self.host = host if host and host != self.country else None
        self.owner = owner
        calendar = (
            holidays.country_holidays(self.country, subdiv=self.subdivision)
            if self.country
            else None
        )
        # (code, holidays): the host's first, as people name an embassy's calendars.
        self._tables: list[tuple[str, Mapping[date, str]]] = []
        if self.host:
            self._tables.append((self.host, holidays.country_holidays(self.host)))
        if calendar is not None:
            code = f"{self.country}-{self.subdivision}" if self.subdivision else self.country
            self._tables.append((str(code), calendar))
        self.set_by_hand = weekend is not None
        self.weekend: frozenset[int] = (
            frozenset(weekend) if weekend is not None else package_weekend(self.country)
        )
        # holiday names by (country code, language), read when first asked for
        self._names: dict[tuple[str, str], Mapping[date, str]] = {}
        # whether people work on a day, once asked: an import of 10,000 requests counts
        # working days 200,000 times over the same few thousand dates
        self._working: dict[date, bool] = {}
        self._shifts: dict[tuple[date, int], tuple[date, tuple[date, ...]]] = {}  # the same

    @property
    def key(self) -> tuple[object, ...]:
        """What the calendar is built from: a cached one is rebuilt when this changes."""
        by_hand = self.weekend if self.set_by_hand else None
        return (self.country, self.subdivision, self.host, self.owner, by_hand)

    def codes(self) -> str:
        """Whose holidays count, as codes: "NL and JO", "DE-BY"; "" for weekends only."""
        codes = [code for code, _ in self._tables]
        if len(codes) == 2:
            return translate("Deadlines", "{0} and {1}").format(*codes)
        return codes[0] if codes else ""

    def counted(self) -> str:
        """ " of the Embassy in The Hague (NL and JO holidays)" when the calendar is named,
        else "": put after "working days" so an explanation says which calendar counted."""
        if self.owner is None or not self._tables:
            return ""
        return self.owner.phrase(self.codes())

    def working_week(self) -> str:
        """The working days in words, from the day after the weekend: "Sunday–Thursday"."""
        start = next(
            (d for d in range(7) if d not in self.weekend and (d - 1) % 7 in self.weekend), 0
        )
        days = [(start + i) % 7 for i in range(7) if (start + i) % 7 not in self.weekend]
        if len(days) > 1 and all((a + 1) % 7 == b for a, b in pairwise(days)):
            return f"{day_name(days[0])}–{day_name(days[-1])}"
        return ", ".join(day_name(d) for d in days)

    def holiday_name(self, day: date) -> str | None:
        """The holiday's name, in the interface's language where the `holidays` package
        has it, otherwise (for French) in the country's own language (Koningsdag), not
        English; with a host country, each name says whose it is."""
        wanted = language()
        names = []
        for code, table in self._tables:
            name = table.get(day)
            if not name:
                continue
            if wanted and wanted != "en":
                named = self._names.get((code, wanted))
                if named is None:
                    named = self._names[(code, wanted)] = _holidays_in(code, wanted)
                name = named.get(day, name)
            names.append(f"{name} ({code})" if self.host else str(name))
        return "; ".join(names) or None

    def is_weekend(self, day: date) -> bool:
        return day.weekday() in self.weekend

    def is_working_day(self, day: date) -> bool:
        working = self._working.get(day)
        if working is None:
            working = self._working[day] = not self.is_weekend(day) and not any(
                day in t for _, t in self._tables
            )
        return working

    def weekend_phrase(self) -> str:
        """The weekend named in words, for explanations: "Saturday and Sunday"."""
        names = [day_name(d) for d in sorted(self.weekend)]
        if len(names) == 2:
            return translate("Deadlines", "{0} and {1}").format(*names)
        return ", ".join(names)

    def week_phrase(self) -> str:
        """ " (Sunday–Thursday week)" where the week is not Monday to Friday, else "":
        explanations name it so that someone used to another week can check a count."""
        if self.weekend == SATURDAY_SUNDAY:
            return ""
        week = self.working_week()
        if "–" in week:
            return translate("Deadlines", " ({0} week)").format(week)
        return translate("Deadlines", " (working days: {0})").format(week)

    def own_weekend(self) -> str:
        """The weekend in words where it is not Saturday and Sunday, else "": explanations
        name it so that someone used to another weekend can check a count of days."""
        return "" if self.weekend == SATURDAY_SUNDAY else self.weekend_phrase()

    def next_working_day(self, day: date) -> tuple[date, str]:
        """`day` itself if people work then, else the next working day and why it moved.

        The reason names the weekend day or holiday the date fell on, so the explanation
        of a computed due date says plainly why it is not the raw sum.
        """
        if self.is_working_day(day):
            return day, ""
        if self.is_weekend(day):
            reason = translate("Deadlines", "{0}, weekend in this State").format(
                day_name(day.weekday())
            )
            if self.own_weekend():
                reason += translate("Deadlines", ": {0}").format(self.own_weekend())
        else:
            reason = translate("Deadlines", "public holiday, {0}").format(self.holiday_name(day))
        moved = day
        while not self.is_working_day(moved):
            moved += timedelta(days=1)
        return moved, reason

    def shift_working_days(self, start: date, count: int) -> tuple[date, list[date]]:
        """Move `count` working days from `start` (backwards if negative).

        Returns the date reached and the public holidays (not weekends) skipped on the way,
        which the explanation names.
        """
        known = self._shifts.get((start, count))
        if known is None:
            day, skipped = self._shift(start, count)
            # kept as a tuple: nothing for the garbage collector to visit, nor to change
            known = self._shifts[(start, count)] = (day, tuple(skipped))
        return known[0], list(known[1])

    def _shift(self, start: date, count: int) -> tuple[date, list[date]]:
        step = timedelta(days=1 if count >= 0 else -1)
        remaining = abs(count)
        day = start
        skipped: list[date] = []
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
            elif not self.is_weekend(day):
                skipped.append(day)
        return day, skipped


def valid_country(code: str) -> bool:
    import holidays

    return code.upper() in holidays.list_supported_countries()


def subdivisions(country: str) -> dict[str, str]:
    """Code -> name of the country's subdivisions whose holidays the `holidays` package
    knows (German Länder, Swiss cantons ...); empty for a State without any."""
    import holidays

    codes = holidays.list_supported_countries().get(country.upper(), [])
    if not codes:
        return {}
    aliases = getattr(holidays.country_holidays(country.upper()), "subdivisions_aliases", {})
    names: dict[str, str] = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    return {code: names.get(code, code) for code in codes}


# The Court sits in The Hague: it is closed at weekends and on Dutch public holidays.
COURT_COUNTRY = "NL"


@cache
def court_calendar() -> WorkingCalendar:
    return WorkingCalendar(COURT_COUNTRY)


def deliver_by(final_on: date) -> DueDate | None:
    """When the final date falls on a day the Court is closed, the Court's previous
    working day, by which a note must be delivered; None when the Court is open then."""
    court = court_calendar()
    if court.is_working_day(final_on):
        return None
    reason = (
        day_name(final_on.weekday()) if court.is_weekend(final_on) else court.holiday_name(final_on)
    )
    day = final_on
    while not court.is_working_day(day):
        day -= timedelta(days=1)
    return DueDate(
        day,
        translate(
            "Deadlines",
            "The Court is closed on {0} ({1}): deliver by its previous working day, {2}",
        ).format(fmt(final_on), reason, fmt(day)),
    )


@dataclass(frozen=True)
class DeadlinePolicy:
    """The office's settings for its clocks."""

    acknowledgement_working_days: int = 3
    margin_working_days: int = 5
    default_days: Mapping[Kind, int] = field(default_factory=lambda: dict(DEFAULT_DAYS_BY_KIND))
    review_days: Mapping[Kind, int] = field(default_factory=lambda: dict(DEFAULT_REVIEW_DAYS))


@dataclass(frozen=True)
class DeadlineInputs:
    received_on: date
    kind: Kind
    court_deadline: date | None = None
    extended_to: date | None = None
    extension_reason: str = ""
    paused_days: int = 0  # days held in finished consultations
    # Of `paused_days`, those held before the extension was agreed: the Court's new date
    # already reflects them, so only the pauses after it move the final due date.
    paused_before_extension: int = 0
    shortened: bool = False  # the "extension" is a shorter deadline the Court set
    arrested_on: date | None = None  # a provisional arrest carried out: Rule 188 runs
    full_request_on: date | None = None  # the Court's full request for surrender arrived
    reviewed_on: date | None = None  # last periodic review of a standing request

    @property
    def past_on_arrival(self) -> bool:
        """The Court's deadline had passed when the request reached the office."""
        return self.court_deadline is not None and self.court_deadline < self.received_on


@dataclass(frozen=True)
class DueDate:
    on: date
    explanation: str


@dataclass(frozen=True)
class Deadlines:
    final: DueDate
    internal: DueDate
    acknowledgement: DueDate
    clock: Clock = Clock.RUNNING
    # The Court's previous working day when the final date falls on a day it is closed.
    deliver_by: DueDate | None = None

    @property
    def deliver_on(self) -> date:
        """The last day the answer can reach the Court: what the dashboard counts with."""
        return self.deliver_by.on if self.deliver_by else self.final.on

    @cached_property
    def as_dict(self) -> dict[str, dict[str, str]]:
        return {
            name: {"on": due.on.isoformat(), "explanation": due.explanation}
            for name, due in (
                ("final", self.final),
                ("internal", self.internal),
                ("acknowledgement", self.acknowledgement),
                ("deliver_by", self.deliver_by),
            )
            if due is not None
        }


def _moved(raw: date, on: date, reason: str) -> str:
    """ " = <date>", or the raw date, why it is not a working day, and the day it moved to."""
    if not reason:
        return translate("Deadlines", " = {0}").format(fmt(on))
    return translate("Deadlines", " = {0} ({1}), moved to the next working day {2}").format(
        fmt(raw), reason, fmt(on)
    )


def _holiday_phrase(calendar: WorkingCalendar, skipped: list[date]) -> str:
    if not skipped:
        return ""
    names = ", ".join(f"{fmt(d)} ({calendar.holiday_name(d)})" for d in skipped)
    if len(skipped) == 1:
        return translate("Deadlines", ", skipping public holiday {0}").format(names)
    return translate("Deadlines", ", skipping public holidays {0}").format(names)


def _final(inputs: DeadlineInputs, policy: DeadlinePolicy, calendar: WorkingCalendar) -> DueDate:
    """The date the State owes its answer, and the sentence that justifies it."""
    paused = inputs.paused_days
    if inputs.extended_to:
        base = inputs.extended_to
        text = (
            translate("Deadlines", "Deadline shortened by the Court to {0}")
            if inputs.shortened
            else translate("Deadlines", "Extension agreed with the Court to {0}")
        ).format(fmt(base))
        if inputs.extension_reason:
            text += f" ({inputs.extension_reason})"
        paused = max(0, inputs.paused_days - inputs.paused_before_extension)
        pause_text = translate(
            "Deadlines", ", +%n day(s) paused in consultation since then", None, paused
        )
    elif inputs.court_deadline:
        base = inputs.court_deadline
        text = translate("Deadlines", "Court deadline {0}").format(fmt(base))
        if inputs.past_on_arrival:
            text += translate("Deadlines", ", already past when received on {0}").format(
                fmt(inputs.received_on)
            )
        pause_text = translate("Deadlines", ", +%n day(s) paused in consultation", None, paused)
    elif inputs.kind is Kind.PROVISIONAL_ARREST and inputs.arrested_on:
        days = policy.default_days.get(inputs.kind, DEFAULT_DAYS_BY_KIND[inputs.kind])
        base = inputs.arrested_on + timedelta(days=days)
        text = translate(
            "Deadlines",
            "Rule 188: %n day(s) from the provisional arrest on {0} "
            "for the Court's full request for surrender",
            None,
            days,
        ).format(fmt(inputs.arrested_on))
        pause_text = translate("Deadlines", ", +%n day(s) paused in consultation", None, paused)
    else:
        days = policy.default_days.get(inputs.kind, DEFAULT_DAYS_BY_KIND[inputs.kind])
        raw = inputs.received_on + timedelta(days=days) + timedelta(days=paused)
        text = translate(
            "Deadlines",
            "No Court deadline: received {0} + %n day(s) (default for this kind)",
            None,
            days,
        ).format(fmt(inputs.received_on))
        if paused:
            text += translate("Deadlines", ", +%n day(s) paused in consultation", None, paused)
        on, reason = calendar.next_working_day(raw)
        return DueDate(on, text + _moved(raw, on, reason))
    if not paused:
        return DueDate(base, text)
    on = base + timedelta(days=paused)
    return DueDate(on, text + pause_text + translate("Deadlines", " = {0}").format(fmt(on)))


def _clock(inputs: DeadlineInputs) -> Clock:
    if inputs.extended_to or inputs.court_deadline:
        return Clock.RUNNING
    if inputs.kind is Kind.PROVISIONAL_ARREST:
        if inputs.full_request_on:
            return Clock.ENDED
        return Clock.RUNNING if inputs.arrested_on else Clock.STANDING
    return Clock.STANDING if inputs.kind in DEFAULT_REVIEW_DAYS else Clock.RUNNING


def _review(inputs: DeadlineInputs, policy: DeadlinePolicy, calendar: WorkingCalendar) -> DueDate:
    """The next periodic review of a standing request, on a working day."""
    every = policy.review_days.get(inputs.kind, DEFAULT_REVIEW_DAYS[inputs.kind])
    why = (
        translate(
            "Deadlines",
            "Provisional arrest not yet carried out: no Rule 188 clock "
            "until the arrest is recorded",
        )
        if inputs.kind is Kind.PROVISIONAL_ARREST
        else translate(
            "Deadlines",
            "Standing request (no Court deadline): the State keeps looking for the person",
        )
    )
    since = (
        translate("Deadlines", "last reviewed {0}").format(fmt(inputs.reviewed_on))
        if inputs.reviewed_on
        else translate("Deadlines", "received {0}").format(fmt(inputs.received_on))
    )
    raw = (inputs.reviewed_on or inputs.received_on) + timedelta(days=every)
    on, reason = calendar.next_working_day(raw)
    return DueDate(
        on,
        translate(
            "Deadlines", "{0}; reviewed every %n day(s): {1} + %n day(s)", None, every
        ).format(why, since)
        + _moved(raw, on, reason),
    )


def _ended(inputs: DeadlineInputs) -> DueDate:
    day = inputs.full_request_on or inputs.received_on
    return DueDate(
        day,
        translate(
            "Deadlines",
            "Rule 188 watch ended: the Court's full request for surrender arrived on {0}",
        ).format(fmt(day)),
    )


def compute_deadlines(
    inputs: DeadlineInputs, policy: DeadlinePolicy, calendar: WorkingCalendar
) -> Deadlines:
    """The three clocks of a request, each with the sentence that justifies it.

    A standing request's final date is its next review and an ended watch's the day it
    ended: `clock` says which, so neither is ever shown as overdue.
    """
    clock = _clock(inputs)
    if clock is Clock.STANDING:
        final = _review(inputs, policy, calendar)
    elif clock is Clock.ENDED:
        final = _ended(inputs)
    else:
        final = _final(inputs, policy, calendar)
    final_on, final_text = final.on, final.explanation

    margin = policy.margin_working_days
    internal_on, skipped = calendar.shift_working_days(final_on, -margin)
    if internal_on < inputs.received_on:
        internal_on = inputs.received_on
        internal_text = translate(
            "Deadlines",
            "{0}, minus %n working day(s) margin would fall before receipt: due on receipt, {1}",
            None,
            margin,
        ).format(final_text, fmt(internal_on))
    else:
        internal_text = translate(
            "Deadlines", "{0}, minus %n working day(s) margin{1} = {2}", None, margin
        ).format(
            final_text,
            calendar.counted() + calendar.week_phrase() + _holiday_phrase(calendar, skipped),
            fmt(internal_on),
        )
    internal = DueDate(internal_on, internal_text)
    return Deadlines(
        final=final,
        internal=internal,
        acknowledgement=_acknowledgement(
            inputs, policy, calendar, final_on if clock is Clock.RUNNING else None
        ),
        clock=clock,
        deliver_by=deliver_by(final_on) if clock is Clock.RUNNING else None,
    )


def _acknowledgement(
    inputs: DeadlineInputs, policy: DeadlinePolicy, calendar: WorkingCalendar, final_on: date | None
) -> DueDate:
    """Receipt plus the office's working days, but never after the answer itself is due
    (`final_on`; None when no answer is due by a date)."""
    ack_days = policy.acknowledgement_working_days
    ack_on, ack_skipped = calendar.shift_working_days(inputs.received_on, ack_days)
    text = translate(
        "Deadlines", "Received {0} + %n working day(s){1} = {2}", None, ack_days
    ).format(
        fmt(inputs.received_on),
        calendar.counted() + calendar.week_phrase() + _holiday_phrase(calendar, ack_skipped),
        fmt(ack_on),
    )
    if final_on is None or ack_on <= final_on:
        return DueDate(ack_on, text)
    capped = max(final_on, inputs.received_on)
    why = (
        translate("Deadlines", "{0}, the final due date had passed on receipt: due on receipt, {1}")
        if final_on < inputs.received_on
        else translate("Deadlines", "{0}, after the final due date: due with it, {1}")
    )
    return DueDate(capped, why.format(text, fmt(capped)))


def routing_due(
    final_on: date,
    policy: DeadlinePolicy,
    calendar: WorkingCalendar,
    not_before: date | None = None,
) -> DueDate:
    """Default internal due date for a routing step: the final due date minus the margin.

    A step cannot be due before it is sent (`not_before`): a request late in its clock gets
    its steps due the day they are sent, and the explanation says so.
    """
    margin = policy.margin_working_days
    day, skipped = calendar.shift_working_days(final_on, -margin)
    text = translate(
        "Deadlines", "Final due {0} minus %n working day(s) margin{1} = {2}", None, margin
    ).format(
        fmt(final_on),
        calendar.counted() + calendar.week_phrase() + _holiday_phrase(calendar, skipped),
        fmt(day),
    )
    if not_before is not None and day < not_before:
        return DueDate(
            not_before,
            translate("Deadlines", "{0}, already past: due the day it is sent, {1}").format(
                text, fmt(not_before)
            ),
        )
    return DueDate(day, text)


def days_held(paused_since: date, resumed_on: date) -> int:
    """Calendar days a consultation held the clock; a same-day round trip holds none."""
    return max(0, (resumed_on - paused_since).days)


def days_left(due_on: date, today: date, paused_since: date | None = None) -> int:
    """Days until due; while paused the count stays where it was when the pause began."""
    reference = paused_since if paused_since else today
    return (due_on - reference).days
