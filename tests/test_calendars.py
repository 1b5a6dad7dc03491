"""Calendars as the States Parties keep them (issue 19).

Every date is checked against a count made here directly from the `holidays` package,
independently of WorkingCalendar: the State's own weekend (JO, PS, BD), a subdivision's
holidays, a host country's, and the days the Court is closed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import holidays
import pytest
from icalendar import Calendar

from desktop.cli.calendar_commands import working_days_arg
from desktop.core import calendars
from desktop.core.checklist_progress import KeyDates, compute_due
from desktop.core.checklists import DueRule, KeyDate
from desktop.core.deadlines import (
    WEEKEND_CORRECTIONS,
    CalendarOwner,
    DeadlineInputs,
    DeadlinePolicy,
    WorkingCalendar,
    compute_deadlines,
    deliver_by,
    fmt,
)
from desktop.core.settings import OfficeSettings
from desktop.core.vocabulary import Kind
from desktop.services import calendar_export, queries, register, workflow
from desktop.services.errors import Refused
from desktop.services.settings import save_settings
from desktop.services.workspace import Workspace
from tests.factories import PASSPHRASE, new_request

DAY = timedelta(days=1)


def working(*tables, weekend) -> callable:
    """Is `day` a working day: not in the weekend, in none of the holiday tables."""
    return lambda day: day.weekday() not in weekend and not any(day in t for t in tables)


def count(start: date, days: int, is_working) -> date:
    """`days` working days from `start` (backwards if negative), one day at a time."""
    step, left, day = (DAY if days > 0 else -DAY), abs(days), start
    while left:
        day += step
        left -= is_working(day)
    return day


def skipped(start: date, end: date, is_working, weekend) -> list[date]:
    """The public holidays (not weekend days) between two dates, both excluded."""
    low, high = sorted((start, end))
    days = [low + DAY * i for i in range(1, (high - low).days)]
    return [d for d in days if not is_working(d) and d.weekday() not in weekend]


# -- the State's own working week -------------------------------------------------------


# The weekends as the States keep them, written here rather than read from the package,
# which gives Palestine Saturday and Sunday (see WEEKEND_CORRECTIONS).
FRIDAY_SATURDAY = {4, 5}


@pytest.mark.parametrize(
    "code, weekend, week",
    [
        ("JO", FRIDAY_SATURDAY, "Sunday–Thursday"),
        ("PS", FRIDAY_SATURDAY, "Sunday–Thursday"),
        ("BD", FRIDAY_SATURDAY, "Sunday–Thursday"),
        ("NL", {5, 6}, ""),
    ],
)
def test_the_states_week_counts_the_margin_and_the_acknowledgement(code, weekend, week):
    table = holidays.country_holidays(code)
    is_working = working(table, weekend=weekend)
    received, court = date(2026, 11, 30), date(2026, 12, 20)
    d = compute_deadlines(
        DeadlineInputs(received, Kind.OTHER, court), DeadlinePolicy(), WorkingCalendar(code)
    )

    internal = count(court, -5, is_working)
    ack = count(received, 3, is_working)
    assert (d.internal.on, d.acknowledgement.on) == (internal, ack)

    own = f" ({week} week)" if week else ""

    def skipping(start: date, end: date) -> str:
        between = skipped(start, end, is_working, weekend)
        if not between:
            return ""
        listed = ", ".join(f"{fmt(h)} ({table.get(h)})" for h in between)
        return f", skipping public holiday{'s' if len(between) > 1 else ''} {listed}"

    assert d.internal.explanation == (
        f"Court deadline {fmt(court)}, minus 5 working days margin{own}"
        f"{skipping(internal, court)} = {fmt(internal)}"
    )
    assert d.acknowledgement.explanation == (
        f"Received {fmt(received)} + 3 working days{own}{skipping(received, ack)} = {fmt(ack)}"
    )


def test_jordan_counts_sunday_to_thursday():
    """The issue's example: 20 Dec 2026 minus 5 working days is Sunday 13 December."""
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 1), Kind.OTHER, date(2026, 12, 20)),
        DeadlinePolicy(),
        WorkingCalendar("JO"),
    )
    assert d.internal.on == date(2026, 12, 13)
    assert WorkingCalendar("JO").working_week() == "Sunday–Thursday"
    assert WorkingCalendar("BD").working_week() == "Sunday–Thursday"
    assert WorkingCalendar(None).working_week() == "Monday–Friday"


# -- a week set by hand, and the package's known gaps -----------------------------------


def test_palestine_works_sunday_to_thursday_though_the_package_says_otherwise():
    """The `holidays` package gives Palestine Saturday and Sunday; the State's ministries
    rest on Friday and Saturday. The correction table fixes it until the package does."""
    assert WorkingCalendar("PS").weekend == FRIDAY_SATURDAY
    assert WorkingCalendar("PS").working_week() == "Sunday–Thursday"
    assert calendars.states_week("PS") == "Sunday–Thursday"


@pytest.mark.parametrize("code", sorted(WEEKEND_CORRECTIONS))
def test_each_weekend_correction_still_differs_from_the_package(code):
    """Fails once the package learns the State's weekend: then drop the correction."""
    assert frozenset(holidays.country_holidays(code).weekend) != WEEKEND_CORRECTIONS[code]


def hand_week(ws: Workspace, days: list[int] | None) -> None:
    save_settings(ws, OfficeSettings.from_dict({**ws.settings.to_dict(), "working_days": days}))


def test_a_week_set_by_hand_counts_every_working_day(make_workspace, clock):
    """A Dutch office told to keep Sunday to Thursday: the margin, the acknowledgement and
    the routing step all count that week, and their explanations name it."""
    nl = holidays.country_holidays("NL")
    assert frozenset(nl.weekend) == {5, 6}  # the package's week, which the office overrides
    is_working = working(nl, weekend=FRIDAY_SATURDAY)
    clock.now = datetime(2026, 4, 22, 10, 0)
    ws, _ = make_workspace(country="NL")
    # Received Wednesday 22 April; the Court's date Sunday 10 May; King's Day 27 April.
    record = new_request(ws, received_at="2026-04-22T09:00:00", court_deadline="2026-05-10")
    assert record.ack_due_on == count(date(2026, 4, 22), 3, working(nl, weekend={5, 6}))

    hand_week(ws, [6, 0, 1, 2, 3])
    assert ws.settings.working_days == [0, 1, 2, 3, 6]
    record = register.by_id(ws, record.id)
    ack = count(date(2026, 4, 22), 3, is_working)
    internal = count(date(2026, 5, 10), -5, is_working)
    assert (record.ack_due_on, record.internal_due_on) == (ack, internal)
    d = register.deadlines_for(ws, record)
    assert d.acknowledgement.explanation == (
        f"Received 22 Apr 2026 + 3 working days (Sunday–Thursday week), skipping public "
        f"holiday 27 Apr 2026 ({nl.get(date(2026, 4, 27))}) = {fmt(ack)}"
    )
    assert d.internal.explanation.endswith(
        f"minus 5 working days margin (Sunday–Thursday week) = {fmt(internal)}"
    )
    step_due = workflow.default_routing_due(ws, record)
    assert step_due.on == internal
    assert "margin (Sunday–Thursday week)" in step_due.explanation
    assert calendars.summary(ws.settings).splitlines()[0] == (
        "Working week: Sunday–Thursday (weekend: Friday and Saturday). Set by hand."
    )

    hand_week(ws, None)  # back to the State's week: the dates move back at once
    record = register.by_id(ws, record.id)
    assert record.ack_due_on == count(date(2026, 4, 22), 3, working(nl, weekend={5, 6}))
    assert "week)" not in register.deadlines_for(ws, record).acknowledgement.explanation


def test_a_week_with_gaps_is_named_day_by_day():
    """Monday, Tuesday and Thursday: 3 working days from Monday 7 December is Monday 14th."""
    calendar = WorkingCalendar(None, weekend=frozenset({2, 4, 5, 6}))
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 7), Kind.OTHER, date(2027, 1, 29)),
        DeadlinePolicy(),
        calendar,
    )
    assert (
        d.acknowledgement.on
        == count(date(2026, 12, 7), 3, working(weekend={2, 4, 5, 6}))
        == date(2026, 12, 14)
    )
    assert " (working days: Monday, Tuesday, Thursday) = 14 Dec 2026" in (
        d.acknowledgement.explanation
    )


def test_a_checklist_step_counts_the_week_set_by_hand_and_names_it():
    """Two working days after receipt on Wednesday 2 December in a Sunday-to-Thursday
    week: Thursday 3rd, then Sunday 6th; calendar days name no week."""
    week = WorkingCalendar(None, weekend=frozenset(FRIDAY_SATURDAY))
    dates = KeyDates(received=date(2026, 12, 2), final_due=date(2026, 12, 31))
    due = compute_due(DueRule(KeyDate.RECEIVED, 2), dates, {}, week)
    assert due.on == count(date(2026, 12, 2), 2, working(weekend=FRIDAY_SATURDAY))
    assert due.on == date(2026, 12, 6)
    assert due.explanation.endswith("+ 2 working days (Sunday–Thursday week) = 6 Dec 2026")
    plain = compute_due(DueRule(KeyDate.RECEIVED, 2, calendar_days=True), dates, {}, week)
    assert "week" not in plain.explanation


def test_a_week_set_by_hand_needs_a_working_day(ws):
    record = new_request(ws, received_at="2026-11-02T09:00:00")
    with pytest.raises(Refused, match="needs at least one working day"):
        hand_week(ws, [])
    with pytest.raises(Refused, match=r"numbered 0 \(Monday\) to 6 \(Sunday\)"):
        hand_week(ws, [0, 7])
    assert ws.settings.working_days is None
    assert register.by_id(ws, record.id).ack_due_on == record.ack_due_on


def test_a_week_set_by_hand_survives_reopening(make_workspace, tmp_path, clock):
    ws, _ = make_workspace(country="JO", working_days=[0, 1, 2, 3, 4])
    ws.close()
    again = Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE, clock=clock)
    try:
        assert again.settings.working_days == [0, 1, 2, 3, 4]
        assert again.calendar.weekend == again.state_calendar.weekend == {5, 6}
        assert again.calendar.set_by_hand
    finally:
        again.close()


# -- a subdivision ----------------------------------------------------------------------


def test_a_subdivisions_holidays_count(make_workspace):
    """Epiphany (6 January) is a holiday in Bavaria, not in all of Germany."""
    received = date(2026, 1, 2)
    bavaria = holidays.country_holidays("DE", subdiv="BY")
    germany = holidays.country_holidays("DE")
    assert received + 4 * DAY in bavaria and received + 4 * DAY not in germany
    expected = count(received, 3, working(bavaria, weekend={5, 6}))
    assert expected != count(received, 3, working(germany, weekend={5, 6}))

    d = compute_deadlines(
        DeadlineInputs(received, Kind.OTHER, date(2026, 3, 2)),
        DeadlinePolicy(),
        WorkingCalendar("DE", "BY"),
    )
    epiphany = date(2026, 1, 6)
    assert d.acknowledgement.on == expected
    assert d.acknowledgement.explanation == (
        f"Received 2 Jan 2026 + 3 working days, skipping public holiday 6 Jan 2026 "
        f"({bavaria.get(epiphany)}) = {fmt(expected)}"
    )

    ws, _ = make_workspace(country="DE", subdivision="BY")
    record = new_request(ws, received_at="2026-01-02T09:00:00", court_deadline="2026-03-02")
    assert record.ack_due_on == expected


def test_an_unknown_subdivision_is_refused_with_the_known_ones(ws):
    settings = OfficeSettings.from_dict(
        {**ws.settings.to_dict(), "country": "DE", "subdivision": "XX"}
    )
    with pytest.raises(
        Refused,
        match=r"'XX' is not a subdivision .* DE has the subdivisions "
        r"BB, BE",
    ):
        save_settings(ws, settings)
    assert ws.settings.subdivision == ""


# -- the host country: two calendars ----------------------------------------------------


def test_an_embassy_keeps_the_host_countrys_holidays_the_authorities_do_not(make_workspace, clock):
    """Jordan's embassy in The Hague: King's Day (27 April, NL) closes the embassy, not the
    ministries in Amman. The acknowledgement counts the embassy's days, a routing step
    the national authorities'; each explanation names its calendar."""
    jo, nl = holidays.country_holidays("JO"), holidays.country_holidays("NL")
    weekend = jo.weekend
    received, kings_day = date(2026, 4, 23), date(2026, 4, 27)
    office_days, state_days = working(jo, nl, weekend=weekend), working(jo, weekend=weekend)
    assert kings_day in nl and kings_day not in jo
    ack = count(received, 3, office_days)
    assert ack != count(received, 3, state_days)

    clock.now = datetime(2026, 4, 23, 10, 0)
    ws, _ = make_workspace(
        country="JO", host_country="NL", place="The Hague", sender_kind="embassy"
    )
    record = new_request(ws, received_at="2026-04-23T09:00:00", court_deadline="2026-05-14")
    assert record.ack_due_on == ack
    d = register.deadlines_for(ws, record)
    assert d.acknowledgement.explanation == (
        f"Received 23 Apr 2026 + 3 working days of the Embassy in The Hague (NL and JO "
        f"holidays) (Sunday–Thursday week), skipping public holiday 27 Apr 2026 "
        f"({nl.get(kings_day)} (NL)) = {fmt(ack)}"
    )
    internal = count(date(2026, 5, 14), -5, office_days)
    assert record.internal_due_on == internal
    assert (
        " margin of the Embassy in The Hague (NL and JO holidays) (Sunday–Thursday week)"
        in d.internal.explanation
    )

    step_due = workflow.default_routing_due(ws, record)
    assert step_due.on == count(date(2026, 5, 14), -5, state_days)
    assert step_due.explanation.startswith(
        "Final due 14 May 2026 minus 5 working days margin of the national authorities "
        "(JO holidays) (Sunday–Thursday week)"
    )


def test_without_a_host_country_explanations_stay_as_they_were(ws):
    record = new_request(ws, received_at="2026-11-02T09:00:00")
    text = register.deadlines_for(ws, record).acknowledgement.explanation
    assert text == f"Received 2 Nov 2026 + 3 working days = {fmt(record.ack_due_on)}"


def test_choosing_a_host_country_moves_the_dates_at_once(make_workspace):
    ws, _ = make_workspace(country="JO")
    record = new_request(ws, received_at="2026-04-23T09:00:00", court_deadline="2026-05-14")
    before = record.ack_due_on
    save_settings(
        ws,
        OfficeSettings.from_dict({**ws.settings.to_dict(), "country": "JO", "host_country": "NL"}),
    )
    after = register.by_id(ws, record.id).ack_due_on
    jo, nl = holidays.country_holidays("JO"), holidays.country_holidays("NL")
    assert after == count(date(2026, 4, 23), 3, working(jo, nl, weekend=jo.weekend))
    assert after != before


def test_settings_say_which_days_each_calendar_counts():
    text = calendars.summary(OfficeSettings(country="JO", host_country="NL"))
    assert text.splitlines()[:3] == [
        "Working week: Sunday–Thursday (weekend: Friday and Saturday).",
        "Routing due dates of the national authorities: JO holidays.",
        "Acknowledgement, internal margin and checklists: NL and JO holidays.",
    ]
    assert "Dutch public holidays" in text.splitlines()[3]
    owner = CalendarOwner("ministry", "Amman")
    assert (
        WorkingCalendar("DE", "BY", "NL", owner).counted()
        == " of the Ministry in Amman (NL and DE-BY holidays)"
    )


def test_the_explanation_names_the_calendar_in_french(french):
    calendar = WorkingCalendar(
        "JO", host="NL", owner=CalendarOwner("embassy", "The Hague", "La Haye")
    )
    assert calendar.counted() == " de l’Ambassade à La Haye (jours fériés NL et JO)"
    authorities = WorkingCalendar("JO", owner=CalendarOwner("authorities"))
    assert authorities.counted() == " des autorités nationales (jours fériés JO)"


# -- the Court's closed days ------------------------------------------------------------


def court_previous_working_day(day: date) -> date:
    nl = holidays.country_holidays("NL")
    while day.weekday() >= 5 or day in nl:
        day -= DAY
    return day


@pytest.mark.parametrize(
    "final, reason",
    [
        (date(2026, 12, 20), "Sunday"),  # a weekend
        (date(2026, 12, 25), None),  # Christmas Day, a Dutch public holiday
        (date(2026, 4, 27), None),  # King's Day, a Monday
        (date(2026, 12, 27), "Sunday"),  # Sunday after two holidays: back to Thursday 24th
    ],
)
def test_a_final_date_on_a_court_holiday_is_delivered_the_day_before(final, reason):
    nl = holidays.country_holidays("NL")
    expected = court_previous_working_day(final)
    d = compute_deadlines(
        DeadlineInputs(date(2026, 4, 1), Kind.OTHER, final), DeadlinePolicy(), WorkingCalendar("JO")
    )
    assert d.final.on == final  # the Court's date itself is not moved
    assert d.deliver_by is not None and d.deliver_by.on == expected == d.deliver_on
    assert d.deliver_by.explanation == (
        f"The Court is closed on {fmt(final)} ({reason or nl.get(final)}): deliver by its "
        f"previous working day, {fmt(expected)}"
    )


def test_a_court_working_day_needs_no_deliver_by():
    assert deliver_by(date(2026, 12, 21)) is None
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 1), Kind.OTHER, date(2026, 12, 21)),
        DeadlinePolicy(),
        WorkingCalendar("JO"),
    )
    assert d.deliver_by is None and "deliver_by" not in d.as_dict


def test_the_dashboard_counts_with_the_day_the_court_can_receive(ws, clock):
    """Due Sunday 29 November: on Wednesday 25th it must be delivered by Friday 27th; on
    Saturday 28th it is overdue, though the Court's date has not passed."""
    record = new_request(ws, court_deadline="2026-11-29")
    assert record.deliver_on == date(2026, 11, 27) == court_previous_working_day(date(2026, 11, 29))
    board = queries.dashboard(ws)
    assert [r.registry_no for r in board.due_this_week] == [record.registry_no]
    assert queries.remaining_days(record, ws.today()) == 2
    clock.now = clock.now.replace(day=27)
    assert [r.registry_no for r in queries.dashboard(ws).due_today] == [record.registry_no]
    clock.now = clock.now.replace(day=28)
    board = queries.dashboard(ws)
    assert [r.registry_no for r in board.overdue] == [record.registry_no]
    assert queries.details(ws, record)["deadlines"]["deliver_by"]["on"] == "2026-11-27"


# -- deadlines in the user's calendar ---------------------------------------------------


SECRETS = {
    "subject": "Marker subject Qwerzy",
    "summary": "Marker summary Plonkit",
    "court_reference": "ICC-MARKER-7781",
    "situation": "Situation Vexmoor",
    "case": "The Prosecutor v. Zanthor Belquist",
    "persons": ["Zanthor Belquist"],
}


def calendar_file(path):
    return Calendar.from_ical(path.read_bytes())


def test_the_ics_holds_every_clock_and_nothing_confidential(ws, tmp_path):
    record = new_request(ws, court_deadline="2026-12-20", **SECRETS)
    other = new_request(
        ws,
        court_deadline="2026-12-22",
        confidentiality="public",
        subject="Public subject Hollin",
        court_reference="ICC-PUB-1",
    )
    authority = ws.store.authorities()[0]["name"]
    workflow.route(ws, record, authority)
    target = tmp_path / "deadlines.ics"

    count = calendar_export.export(ws, target)

    raw = target.read_bytes()
    for value in [
        *[v for v in SECRETS.values() if isinstance(v, str)],
        *SECRETS["persons"],
        "Hollin",
        "ICC-PUB-1",
        "Ilyan Marsk",
    ]:
        assert value.encode() not in raw, value
        assert value.lower().encode() not in raw.lower(), value
    events = calendar_file(target).walk("VEVENT")
    assert len(events) == count
    summaries = {str(e["SUMMARY"]) for e in events}
    mine = {s for s in summaries if s.startswith(record.registry_no)}
    kind = "Judicial assistance (art. 93)"
    for clock_name in (
        "final due date",
        "internal due date",
        "acknowledgement of receipt due",
        "routing step due",
        "checklist step due",
        "deliver to the Court by (Court closed on the final due date)",
    ):
        assert f"{record.registry_no} · {kind} · {clock_name}" in mine, clock_name
    by_summary = {str(e["SUMMARY"]): e for e in events}
    final = by_summary[f"{record.registry_no} · {kind} · final due date"]
    assert final.decoded("DTSTART") == date(2026, 12, 20)
    assert final.decoded("DTEND") == date(2026, 12, 21)  # an all-day event
    deliver = by_summary[
        f"{record.registry_no} · {kind} · deliver to the Court by (Court "
        "closed on the final due date)"
    ]
    assert deliver.decoded("DTSTART") == date(2026, 12, 18)
    assert any(s.startswith(other.registry_no) for s in summaries)
    assert all(
        set(e) <= {"SUMMARY", "DTSTART", "DTEND", "DTSTAMP", "UID", "TRANSP"} for e in events
    )
    trail = [e for e in ws.store.events(None) if e.action == "calendar.exported"]
    assert trail[-1].detail == {"events": count, "file": "deadlines.ics"}


def content_lines(raw: bytes) -> list[tuple[str, dict[str, str], str]]:
    """(name, parameters, value) of each content line, read by hand as RFC 5545 §3.1
    says (CRLF ends a line, a leading space continues it) rather than by `icalendar`."""
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)  # folded at 75 octets
    unfolded: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith(" "):
            unfolded[-1] += text[1:]
        else:
            unfolded.append(text)
    parsed = []
    for line in unfolded:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        parsed.append((name.upper(), dict(p.split("=", 1) for p in params), value))
    return parsed


def test_the_ics_is_valid_rfc_5545(ws, tmp_path, clock):
    """What every calendar application relies on: PRODID and VERSION, and per event a
    unique UID, a DTSTAMP in UTC and an all-day DTSTART;VALUE=DATE with DTEND the next
    day; the file passes icalendar's own validation and parses without errors."""
    record = new_request(ws, court_deadline="2026-12-20")
    workflow.route(ws, record, ws.store.authorities()[0]["name"])
    new_request(ws, court_deadline="2027-01-08", court_reference="ICC-2")
    target = tmp_path / "deadlines.ics"
    count = calendar_export.export(ws, target)
    raw = target.read_bytes()

    lines = content_lines(raw)
    assert lines[0] == ("BEGIN", {}, "VCALENDAR") and lines[-1] == ("END", {}, "VCALENDAR")
    top = {name: value for name, _, value in lines[1 : lines.index(("BEGIN", {}, "VEVENT"))]}
    assert top["VERSION"] == "2.0" and top["PRODID"].startswith("-//Cooperation Desk//")

    events, current = [], None
    for name, params, value in lines:
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            events.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"{name} twice in one event"
            current[name] = (params, value)
    assert len(events) == count > 5
    stamp = clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(event)
        assert event["DTSTAMP"] == ({}, stamp)
        start_params, start = event["DTSTART"]
        end_params, end = event["DTEND"]
        assert start_params == end_params == {"VALUE": "DATE"}
        first = datetime.strptime(start, "%Y%m%d").date()
        assert datetime.strptime(end, "%Y%m%d").date() == first + DAY
    uids = [event["UID"][1] for event in events]
    assert len(set(uids)) == len(uids)
    assert all(uid.startswith(ws.workspace_id) and uid.endswith("@coopdesk") for uid in uids)

    calendar = Calendar.from_ical(raw)
    calendar.validate()  # raises when PRODID, VERSION or every component is missing
    assert calendar.errors == [] and all(e.errors == [] for e in calendar.walk("VEVENT"))


def test_nothing_due_is_refused_rather_than_an_empty_calendar(ws, tmp_path):
    """RFC 5545 wants at least one event; an empty file would only puzzle the user."""
    target = tmp_path / "deadlines.ics"
    with pytest.raises(Refused, match="No open request has a due date"):
        calendar_export.export(ws, target)
    assert not target.exists()
    assert [e for e in ws.store.events(None) if e.action == "calendar.exported"] == []


def test_re_exporting_updates_the_same_events(ws, tmp_path):
    record = new_request(ws, court_deadline="2026-12-15")
    target = tmp_path / "deadlines.ics"
    calendar_export.export(ws, target)
    first = {str(e["UID"]): e.decoded("DTSTART") for e in calendar_file(target).walk("VEVENT")}
    register.extend_deadline(ws, record, date(2027, 1, 15), "More time agreed")
    calendar_export.export(ws, target)
    second = {str(e["UID"]): e.decoded("DTSTART") for e in calendar_file(target).walk("VEVENT")}
    assert set(first) == set(second) and len(second) == len(set(second))
    final_uid = next(uid for uid in second if uid.endswith(f"-{record.id}-final@coopdesk"))
    assert (first[final_uid], second[final_uid]) == (date(2026, 12, 15), date(2027, 1, 15))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_one_requests_calendar_and_answered_requests_left_out(ws, tmp_path):
    first = new_request(ws)
    second = new_request(ws, court_reference="ICC-2")
    target = tmp_path / "one.ics"
    calendar_export.export(ws, target, first)
    summaries = [str(e["SUMMARY"]) for e in calendar_file(target).walk("VEVENT")]
    assert summaries and all(s.startswith(first.registry_no) for s in summaries)
    assert ws.store.events(first.id)[-1].action == "calendar.exported"
    assert second.registry_no not in target.read_text()


def test_cli_writes_the_calendar_and_refuses_another_suffix(run_cli, ws, tmp_path):
    record = new_request(ws, **SECRETS)
    ws.close()
    folder = str(ws.folder)
    code, out, _ = run_cli(
        "calendar", "--workspace", folder, "--out", str(tmp_path / "deadlines.ics")
    )
    assert code == 0 and "due dates to" in out
    text = (tmp_path / "deadlines.ics").read_text()
    assert record.registry_no in text and SECRETS["subject"] not in text
    code, _, err = run_cli(
        "calendar", "--workspace", folder, "--out", str(tmp_path / "deadlines.txt")
    )
    assert code == 1 and "must end in .ics" in err
    assert not (tmp_path / "deadlines.txt").exists()


def test_init_asks_the_subdivision_and_the_host_country(run_cli, tmp_path):
    code, _, err = run_cli(
        "init",
        "--workspace",
        str(tmp_path / "fresh"),
        "--country",
        "CH",
        "--subdivision",
        "ge",
        "--host-country",
        "nl",
        "--place",
        "The Hague",
    )
    assert code == 0, err
    with Workspace.unlock(tmp_path / "fresh", "alice", PASSPHRASE) as ws:
        assert (ws.settings.country, ws.settings.subdivision, ws.settings.host_country) == (
            "CH",
            "GE",
            "NL",
        )
        assert ws.calendar.codes() == "NL and CH-GE"
        assert ws.state_calendar.codes() == "CH-GE"
    code, _, err = run_cli(
        "init", "--workspace", str(tmp_path / "refused"), "--country", "CH", "--subdivision", "ZZ"
    )
    assert code == 1 and "'ZZ' is not a subdivision" in err
    assert not (tmp_path / "refused").exists()


# -- what the user sees ---------------------------------------------------------------


def test_a_request_and_the_dashboard_show_deliver_by(qtbot, session, ws):
    """Due Sunday 27 December 2026: the Court is closed from Friday 25th (Christmas) to
    Sunday, so the request says to deliver by Thursday 24th, and the dashboard uses it."""
    from PySide6.QtCore import Qt

    from desktop.gui.dashboard_page import DashboardPage
    from desktop.gui.request_view import RequestView

    record = new_request(ws, court_deadline="2026-12-27")
    assert court_previous_working_day(date(2026, 12, 27)) == date(2026, 12, 24)
    view = RequestView(session, record.id)
    qtbot.addWidget(view)
    overview = view.ui.overviewText.toPlainText()
    assert "2026-12-27 · deliver by 2026-12-24 — Court deadline 27 Dec 2026" in overview
    assert (
        "The Court is closed on 27 Dec 2026 (Sunday): deliver by its previous working "
        "day, 24 Dec 2026"
    ) in overview
    assert view.ui.bannerLabel.text().startswith(
        "Due 2026-12-24 (29 days left). The final due date, 2026-12-27, is a day the Court "
        "is closed: the answer must reach it by its previous working day."
    )

    page = DashboardPage(session)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.refresh()
    shown = page.models["week"].rowCount() + page.models["overdue"].rowCount()
    assert shown == 0  # a month ahead: not due this week
    session.ws.clock.now = session.ws.clock.now.replace(month=12, day=24)
    with qtbot.waitSignal(page.refreshed):
        page.refresh()
    today = page.models["today"]
    row = today.row(0)
    assert row["registry_no"] == record.registry_no and row["due_on"] == "2026-12-24"
    how = next(
        c
        for c in range(today.columnCount())
        if today.headerData(c, Qt.Orientation.Horizontal) == "How the date was computed"
    )
    assert "deliver by its previous working day, 24 Dec 2026" in today.data(today.index(0, how))


def test_the_command_line_sets_the_working_week_when_creating_a_workspace(run_cli, tmp_path):
    code, _out, err = run_cli("init", "--country", "NL", "--working-days", "sun-thu")
    assert (code, err) == (0, "")
    ws = Workspace.unlock(tmp_path / "cli-ws", "alice", PASSPHRASE)
    try:
        assert ws.settings.working_days == [0, 1, 2, 3, 6]
        assert ws.calendar.working_week() == "Sunday–Thursday"
    finally:
        ws.close()


def test_the_command_line_reads_days_in_english_and_french():
    assert working_days_arg("Sun-Thu") == working_days_arg("dim-jeu") == [0, 1, 2, 3, 6]
    assert working_days_arg("sat-mon,wed") == [0, 2, 5, 6]
    assert working_days_arg("lun,mar,jeu") == [0, 1, 3]


def test_the_command_line_refuses_a_day_it_does_not_know(run_cli, tmp_path, capsys):
    with pytest.raises(SystemExit):
        run_cli("init", "--country", "NL", "--working-days", "sun-thurs,fry")
    assert "'fry' is not a day: write the working days as sun-thu" in capsys.readouterr().err
    assert not (tmp_path / "cli-ws").exists()
