"""Rules a legal adviser checks: extensions, late mail, default dates, sanity of dates."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta

import pytest

from desktop.core.deadlines import (
    DeadlineInputs,
    DeadlinePolicy,
    WorkingCalendar,
    compute_deadlines,
)
from desktop.core.filters import RequestFilter
from desktop.core.requests import ValidationError, draft_from_mapping
from desktop.core.statuses import Status
from desktop.core.vocabulary import Kind
from desktop.services import clocks, queries, register, workflow
from desktop.services.errors import Refused
from desktop.services.importing import ImportRefused, import_file
from desktop.services.workspace import Workspace
from tests.conftest import request_row

NL = WorkingCalendar("NL")


def new(ws, **fields):
    return register.register(ws, draft_from_mapping(request_row(**fields)))


@pytest.fixture
def cli_ws(run_cli, clock, monkeypatch, tmp_path):
    """The CLI on the test clock, with one request registered (CD-2026-0001, due 15 Dec)."""
    original = Workspace.unlock.__func__

    def unlock(cls, folder, user, secret, clock_=None):
        return original(cls, folder, user, secret, clock)

    monkeypatch.setattr(Workspace, "unlock", classmethod(unlock))
    assert run_cli("init", "--country", "NL")[0] == 0
    path = tmp_path / "one.json"
    path.write_text(json.dumps([request_row()]))
    assert run_cli("import", str(path))[0] == 0
    return run_cli, clock


def consult(ws, clock, record, days):
    record = workflow.change_status(ws, record, Status.IN_CONSULTATION, "unclear", "art97")
    clock.now += timedelta(days=days)
    return workflow.change_status(ws, record, Status.IN_PROGRESS, "Court replied")


# -- 1. an agreed extension replaces the deadline ------------------------------------------


def test_an_extension_replaces_the_deadline_and_only_later_pauses_move_it(ws, clock):
    record = consult(ws, clock, new(ws), 14)
    assert record.due_on == date(2026, 12, 29)  # 15 Dec + 14 days held
    record = register.extend_deadline(ws, record, date(2027, 2, 12), "Court letter of 16 December")
    assert record.due_on == date(2027, 2, 12)
    final = register.deadlines_for(ws, record).final.explanation
    assert "paused" not in final and "Court letter of 16 December" in final
    record = consult(ws, clock, record, 5)
    assert record.due_on == date(2027, 2, 17)
    assert (
        "+5 days paused in consultation since then"
        in register.deadlines_for(ws, record).final.explanation
    )


def test_an_extension_agreed_during_a_consultation_ignores_the_days_before_it(ws, clock):
    record = workflow.change_status(ws, new(ws), Status.IN_CONSULTATION, "unclear", "art97")
    clock.now += timedelta(days=10)
    record = register.extend_deadline(ws, record, date(2027, 1, 30), "agreed by phone")
    clock.now += timedelta(days=3)
    record = workflow.change_status(ws, record, Status.IN_PROGRESS, "Court replied")
    assert record.due_on == date(2027, 2, 2)  # 30 Jan + the 3 days after the extension


def test_extend_on_the_cli_says_the_agreed_date(cli_ws, tmp_path):
    run, clock = cli_ws
    assert (
        run("status", "CD-2026-0001", "in_consultation", "--reason", "x", "--ground", "art97")[0]
        == 0
    )
    clock.now += timedelta(days=14)
    assert run("status", "CD-2026-0001", "in_progress")[0] == 0
    code, out, _ = run(
        "extend", "CD-2026-0001", "2027-02-12", "--reason", "Court letter of 16 December"
    )
    assert code == 0 and "now due 2027-02-12" in out


# -- 2. requests that arrive after their deadline ------------------------------------------


def test_a_request_past_on_arrival_is_registered_with_its_real_deadline(ws):
    record = new(ws, received_at="2026-11-25T09:00:00", court_deadline="2026-11-20")
    assert record.due_on == date(2026, 11, 20)
    assert record.past_on_arrival
    assert record.internal_due_on == date(2026, 11, 25)  # due on receipt
    assert record.ack_due_on == date(2026, 11, 25)  # never after the final due date
    explanation = register.deadlines_for(ws, record).final.explanation
    assert "already past when received on 25 Nov 2026" in explanation
    # Overdue from the day it arrived, so it is on the dashboard at once.
    assert [r.id for r in queries.dashboard(ws).overdue] == [record.id]
    assert queries.details(ws, record)["past_on_arrival"] is True


def test_an_import_with_a_late_row_registers_it_and_warns(ws, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            [
                request_row(),
                request_row(
                    court_reference="ICC-LATE",
                    received_at="2026-11-24T09:00:00",
                    court_deadline="2026-11-10",
                ),
            ]
        )
    )
    result = import_file(ws, path)
    assert len(result.registered) == 2
    assert result.past_on_arrival == ["CD-2026-0002"]
    assert "1 past on arrival (CD-2026-0002)" in result.summary()


def test_import_summary_on_the_cli_names_the_late_requests(cli_ws, tmp_path):
    run, _ = cli_ws
    path = tmp_path / "late.json"
    path.write_text(
        json.dumps(
            [
                request_row(
                    court_reference="ICC-LATE",
                    received_at="2026-11-24T09:00:00",
                    court_deadline="2026-11-10",
                )
            ]
        )
    )
    code, out, _ = run("import", str(path))
    assert code == 0 and "past on arrival" in out and "CD-2026-0002" in out


def test_dropping_a_late_deadline_does_not_invent_a_later_one(ws):
    record = new(ws, received_at="2026-11-25T09:00:00", court_deadline="2026-11-20")
    with pytest.raises(Refused, match="past on arrival"):
        register.update(ws, record, {"court_deadline": None})
    assert register.get(ws, record.registry_no).due_on == date(2026, 11, 20)


# -- 3. default deadlines on working days -------------------------------------------------


def test_a_default_deadline_on_a_weekend_rolls_to_monday_and_says_so():
    # An emergency visa received Friday 4 Dec 2026: + 2 days is Sunday.
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 4), Kind.EMERGENCY_VISA), DeadlinePolicy(), NL
    )
    assert d.final.on == date(2026, 12, 7)
    assert "6 Dec 2026 (Sunday, weekend in this State)" in d.final.explanation
    assert "moved to the next working day 7 Dec 2026" in d.final.explanation
    # Friday + 3 working days is Wednesday, after the final date: due with it.
    assert d.acknowledgement.on == date(2026, 12, 7)
    assert "after the final due date" in d.acknowledgement.explanation


def test_a_default_deadline_on_new_year_rolls_past_the_holiday():
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 2), Kind.JUDICIAL_ASSISTANCE), DeadlinePolicy(), NL
    )
    assert d.final.on == date(2027, 1, 4)  # 1 Jan (holiday), then the weekend
    assert "public holiday" in d.final.explanation


def test_the_states_own_weekend_counts():
    jordan = WorkingCalendar("JO")
    # Thursday 3 Dec 2026 + 1 day is Friday, weekend in Jordan; Sunday is a working day.
    d = compute_deadlines(
        DeadlineInputs(date(2026, 12, 3), Kind.EMERGENCY_VISA),
        DeadlinePolicy(default_days={Kind.EMERGENCY_VISA: 1}),
        jordan,
    )
    assert d.final.on == date(2026, 12, 5 + 1)
    assert "Friday, weekend in this State: Friday and Saturday" in d.final.explanation
    margin = compute_deadlines(
        DeadlineInputs(date(2026, 12, 1), Kind.OTHER, date(2026, 12, 31)), DeadlinePolicy(), jordan
    ).internal.explanation
    assert "margin (Sunday–Thursday week)" in margin
    assert jordan.shift_working_days(date(2026, 12, 3), 1)[0] == date(2026, 12, 6)


def test_registered_default_deadlines_are_working_days(ws, clock):
    clock.now = datetime(2026, 12, 4, 16, 0)
    record = new(
        ws,
        kind="emergency_visa",
        assistance_types=[],
        court_deadline=None,
        received_at="2026-12-04T15:00:00",
    )
    assert record.due_on == date(2026, 12, 7)
    assert record.ack_due_on <= record.due_on


# -- 10. sanity checks -------------------------------------------------------------------


def test_a_receipt_date_in_the_future_is_refused(ws):
    with pytest.raises(ValidationError) as info:
        new(ws, received_at="2026-11-26T09:00:00")
    assert "future" in info.value.problems["received_at"]
    assert ws.store.count_requests(RequestFilter()) == 0


def test_an_import_with_a_future_receipt_is_refused_naming_the_row(ws, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps([request_row(), request_row(received_at="2027-01-01")]))
    with pytest.raises(ImportRefused) as info:
        import_file(ws, path)
    assert any(p.startswith("row 2: received_at") and "future" in p for p in info.value.problems)


def test_routing_sent_before_receipt_is_refused(ws):
    record = new(ws)
    with pytest.raises(Refused, match="before the request was received"):
        workflow.route(ws, record, "Ministry of Justice", sent_on=date(2026, 11, 1))
    assert ws.store.routing_steps(record.id) == []


def test_an_extension_to_an_earlier_date_is_refused_unless_confirmed_as_shortened(ws):
    record = new(ws)
    with pytest.raises(Refused, match="earlier than the date now due"):
        register.extend_deadline(ws, record, date(2026, 12, 10), "Court letter")
    assert register.get(ws, record.registry_no).due_on == date(2026, 12, 15)
    record = register.extend_deadline(ws, record, date(2026, 12, 10), "Court letter", shorten=True)
    assert record.due_on == date(2026, 12, 10)
    assert (
        "Deadline shortened by the Court to 10 Dec 2026"
        in register.deadlines_for(ws, record).final.explanation
    )
    assert ws.store.events(record.id)[-1].action == "deadline.shortened"


def test_the_cli_refuses_an_earlier_extension_and_takes_shorten(cli_ws):
    run, _ = cli_ws
    code, _, err = run("extend", "CD-2026-0001", "2026-12-10", "--reason", "letter")
    assert code == 1 and "--shorten" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run("extend", "CD-2026-0001", "2026-12-10", "--reason", "letter", "--shorten")
    assert code == 0 and "2026-12-10" in out


# -- 12. transfers are not closed with mandatory steps open --------------------------------


def test_a_transit_cannot_be_closed_after_partial_execution_with_steps_open(ws):
    from desktop.services import checklists

    record = new(ws, kind="transit_transfer", assistance_types=[])
    record = workflow.change_status(ws, record, Status.PARTIALLY_EXECUTED, "person moved")
    with pytest.raises(Refused, match="cannot be closed while mandatory checklist steps"):
        workflow.change_status(ws, record, Status.CLOSED, "done")
    record = register.get(ws, record.registry_no)
    assert record.status == Status.PARTIALLY_EXECUTED
    for open_step in [s for s in checklists.view(ws, record).steps if s.mandatory and s.is_open]:
        checklists.mark_not_applicable(ws, record, open_step, "not on this route")
    record = workflow.change_status(ws, register.get(ws, record.registry_no), Status.CLOSED, "done")
    assert record.status == Status.CLOSED


def test_the_cli_refuses_closing_a_transit_with_steps_open(cli_ws, tmp_path):
    run, _ = cli_ws
    path = tmp_path / "transit.json"
    path.write_text(
        json.dumps(
            [request_row(court_reference="ICC-T", kind="transit_transfer", assistance_types=[])]
        )
    )
    assert run("import", str(path))[0] == 0
    assert run("status", "ICC-T", "partially_executed", "--reason", "moved")[0] == 0
    code, _, err = run("status", "ICC-T", "closed")
    assert code == 1 and "cannot be closed" in err


# -- 4. routing steps follow the request's clock ------------------------------------------


def test_derived_step_dates_follow_pauses_and_extensions_typed_ones_stay(ws, clock):
    record = new(ws)
    derived = workflow.route(ws, record, "Ministry of Justice")
    typed = workflow.route(
        ws, register.get(ws, record.registry_no), "National Police", due=date(2026, 12, 8)
    )
    assert ws.store.routing_step(derived)["due_on"] == "2026-12-08"
    record = register.extend_deadline(
        ws, register.get(ws, record.registry_no), date(2027, 2, 26), "Court letter"
    )
    assert (
        ws.store.routing_step(derived)["due_on"]
        == "2027-02-19"
        == (record.internal_due_on.isoformat())
    )
    assert ws.store.routing_step(typed)["due_on"] == "2026-12-08"
    assert "routing.due_followed" in [e.action for e in ws.store.events(record.id)]
    record = consult(ws, clock, record, 3)
    assert ws.store.routing_step(derived)["due_on"] == record.internal_due_on.isoformat()
    rows = {r["id"]: r for r in queries.details(ws, record)["routing"]}
    assert rows[derived]["due_explanation"].startswith("follows the request")
    assert not rows[typed]["after_internal_due"]


def test_a_typed_step_date_after_the_new_internal_date_is_flagged(ws):
    record = new(ws)
    typed = workflow.route(ws, record, "Ministry of Justice", due=date(2026, 12, 14))
    record = register.extend_deadline(
        ws, register.get(ws, record.registry_no), date(2026, 12, 10), "Court letter", shorten=True
    )
    row = queries.details(ws, record)["routing"][0]
    assert row["id"] == typed and row["due_on"] == "2026-12-14"
    assert (
        row["after_internal_due"]
        and "after the request's internal due date" in (row["due_explanation"])
    )


# -- 5. Rule 188 runs from the provisional arrest ----------------------------------------


def test_rule_188_runs_from_the_arrest_and_the_full_request_ends_it(ws, clock):
    from desktop.services import links

    record = new(ws, kind="provisional_arrest", assistance_types=[], court_deadline=None)
    assert record.clock == "standing"
    assert (
        "no Rule 188 clock until the arrest is recorded"
        in register.deadlines_for(ws, record).final.explanation
    )
    assert queries.remaining_days(record, ws.today()) is None
    record = clocks.record_arrest(ws, record, date(2026, 11, 20))
    assert record.clock == "running" and record.due_on == date(2027, 1, 19)
    assert (
        "60 days from the provisional arrest on 20 Nov 2026"
        in register.deadlines_for(ws, record).final.explanation
    )
    assert ws.store.events(record.id)[-1].action == "arrest.recorded"
    with pytest.raises(Refused, match="day still to come"):
        clocks.record_arrest(ws, record, date(2026, 12, 1))
    full = new(ws, court_reference="ICC-FULL", kind="arrest_surrender", assistance_types=[])
    links.link(ws, full, "full_request_after", record)
    record = register.get(ws, record.registry_no)
    assert record.clock == "ended" and record.full_request_on == date(2026, 11, 2)
    assert "Rule 188 watch ended" in register.deadlines_for(ws, record).final.explanation
    clock.now += timedelta(days=90)
    assert record.id not in [r.id for r in queries.dashboard(ws).overdue]


def test_arrest_on_the_cli_starts_the_60_days(cli_ws, tmp_path):
    run, _ = cli_ws
    path = tmp_path / "pa.json"
    path.write_text(
        json.dumps(
            [
                request_row(
                    court_reference="ICC-PA",
                    court_deadline=None,
                    kind="provisional_arrest",
                    assistance_types=[],
                )
            ]
        )
    )
    assert run("import", str(path))[0] == 0
    code, out, _ = run("arrest", "ICC-PA", "2026-11-24")
    assert code == 0 and "due 2027-01-23" in out and "Rule 188" in out


# -- 6. arrest warrants are standing requests ---------------------------------------------


def test_an_arrest_warrant_without_deadline_is_reviewed_not_overdue(ws, clock):
    record = new(ws, kind="arrest_surrender", assistance_types=[], court_deadline=None)
    assert record.clock == "standing"
    # 2 Nov + 90 days is Sunday 31 Jan: the review falls on Monday.
    assert record.due_on == date(2027, 2, 1)
    assert "reviewed every 90 days" in register.deadlines_for(ws, record).final.explanation
    clock.now = datetime(2027, 2, 3, 9, 0)
    board = queries.dashboard(ws)
    assert record.id not in [r.id for r in board.overdue]
    assert [r.id for r in board.reviews_due] == [record.id]
    assert queries.remaining_days(record, ws.today()) is None
    record = clocks.record_review(ws, record, note="Still at large")
    assert record.due_on == date(2027, 5, 4)  # 3 Feb + 90 days
    assert queries.dashboard(ws).reviews_due == []
    with pytest.raises(Refused, match="not a standing request"):
        clocks.record_review(ws, new(ws, court_reference="ICC-X"))


def test_the_review_period_is_a_setting(ws):
    from desktop.services.settings import save_settings

    record = new(ws, kind="arrest_surrender", assistance_types=[], court_deadline=None)
    save_settings(
        ws,
        dataclasses.replace(
            ws.settings, review_days={**ws.settings.review_days, "arrest_surrender": 30}
        ),
    )
    assert register.get(ws, record.registry_no).due_on == date(2026, 12, 2)


def test_review_on_the_cli(cli_ws, tmp_path):
    run, clock = cli_ws
    path = tmp_path / "aw.json"
    path.write_text(
        json.dumps(
            [
                request_row(
                    court_reference="ICC-AW",
                    court_deadline=None,
                    kind="arrest_surrender",
                    assistance_types=[],
                )
            ]
        )
    )
    assert run("import", str(path))[0] == 0
    code, out, _ = run("show", "ICC-AW")
    assert "STANDING REQUEST" in out
    clock.now = datetime(2027, 2, 24, 9, 0)
    _, out, _ = run("list", "--review-due", "--json")
    assert [r["court_reference"] for r in json.loads(out)] == ["ICC-AW"]
    _, out, _ = run("list", "--overdue", "--json")
    assert "ICC-AW" not in [r["court_reference"] for r in json.loads(out)]
    code, out, _ = run("review", "ICC-AW", "--note", "still at large")
    assert code == 0 and "next review 2027-05-25" in out


# -- 8. linked requests ----------------------------------------------------------------


def test_links_are_shown_on_both_requests_and_in_show(cli_ws, tmp_path):
    run, _ = cli_ws
    path = tmp_path / "two.json"
    path.write_text(
        json.dumps([request_row(court_reference="ICC-FOLLOW", subject="Supplementary request")])
    )
    assert run("import", str(path))[0] == 0
    assert run("link", "ICC-FOLLOW", "CD-2026-0001", "--as", "follow_up_of")[0] == 0
    _, out, _ = run("show", "CD-2026-0001", "--json")
    assert json.loads(out)["links"] == [
        {
            "relation": "follow_up_of",
            "from_here": False,
            "as": "followed up by",
            "registry_no": "CD-2026-0002",
            "subject": "Supplementary request",
        }
    ]
    _, out, _ = run("show", "ICC-FOLLOW")
    assert "follow-up of CD-2026-0001" in out
    code, _, err = run("link", "ICC-FOLLOW", "CD-2026-0001", "--as", "full_request_after")
    assert code == 1 and "not a request for provisional arrest" in err
    assert run("link", "ICC-FOLLOW", "CD-2026-0001", "--unlink")[0] == 0
    _, out, _ = run("show", "CD-2026-0001", "--json")
    assert json.loads(out)["links"] == []


# -- 14. effective dates -------------------------------------------------------------------


def test_events_dated_yesterday_drive_the_clock_and_keep_both_dates(ws, clock):
    record = new(ws)
    record = workflow.change_status(
        ws, record, Status.IN_CONSULTATION, "unclear", "art97", on=date(2026, 11, 20)
    )
    event = ws.store.events(record.id)[-1]
    assert event.at.startswith("2026-11-25") and event.detail["effective_on"] == "2026-11-20"
    record = workflow.change_status(ws, record, Status.IN_PROGRESS, "Court replied")
    assert record.paused_days == 5 and record.due_on == date(2026, 12, 20)
    with pytest.raises(Refused, match="a day still to come"):
        workflow.change_status(
            ws, record, Status.POSTPONED, "national case", "art94", on=date(2026, 11, 26)
        )
    with pytest.raises(Refused, match="before the request's previous event on 2026-11-25"):
        workflow.change_status(
            ws, record, Status.POSTPONED, "national case", "art94", on=date(2026, 11, 24)
        )
    with pytest.raises(Refused, match="previous event"):
        register.extend_deadline(ws, record, date(2027, 1, 30), "letter", on=date(2026, 11, 21))


def test_the_cli_takes_on_for_status_route_extend_and_note(cli_ws):
    run, _ = cli_ws
    assert (
        run("route", "CD-2026-0001", "--authority", "Ministry of Justice", "--on", "2026-11-10")[0]
        == 0
    )
    assert (
        run(
            "status",
            "CD-2026-0001",
            "in_consultation",
            "--reason",
            "unclear",
            "--ground",
            "art97",
            "--on",
            "2026-11-18",
        )[0]
        == 0
    )
    assert run("note", "CD-2026-0001", "Phoned the Registry", "--on", "2026-11-19")[0] == 0
    code, _, err = run(
        "extend", "CD-2026-0001", "2027-01-30", "--reason", "letter", "--on", "2026-11-12"
    )
    assert code == 1 and "previous event on 2026-11-18" in err
    _, out, _ = run("show", "CD-2026-0001", "--json")
    data = json.loads(out)
    assert data["routing"][0]["sent_on"] == "2026-11-10"
    assert data["paused_since"] == "2026-11-18"
    assert data["timeline"][-1]["detail"]["effective_on"] == "2026-11-19"
