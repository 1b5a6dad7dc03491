from datetime import date, datetime, timedelta

import pytest

from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.core.statuses import Status
from desktop.services import casefile, directory, queries, register, workflow
from desktop.services.errors import NotFound, Refused
from desktop.services.settings import save_settings
from desktop.storage.store import ConcurrentChange
from tests.factories import request_row


def new(ws, **fields):
    return register.register(ws, draft_from_mapping(request_row(**fields)))


def test_registry_numbers_follow_each_other_and_are_never_reused(ws):
    first = new(ws)
    second = new(ws)
    assert (first.registry_no, second.registry_no) == ("CD-2026-0001", "CD-2026-0002")
    # A failed registration inside a transaction does not burn or reuse numbers wrongly.
    with pytest.raises(RuntimeError), ws.store.transaction():
        ws.store.next_registry_seq(2026)
        raise RuntimeError("crash mid-way")
    assert new(ws).registry_no == "CD-2026-0003"


def test_request_is_found_by_either_reference(ws):
    record = new(ws)
    assert register.get(ws, record.registry_no).id == record.id
    assert register.get(ws, "icc-01/04-01/06-1234").id == record.id
    with pytest.raises(NotFound):
        register.get(ws, "ICC-99")


def test_routing_moves_a_received_request_in_progress_with_the_margin(ws):
    record = new(ws)
    step = workflow.route(ws, record, "Ministry of Justice")
    record = register.get(ws, record.registry_no)
    assert record.status == Status.IN_PROGRESS
    routed = ws.store.routing_step(step)
    # 15 Dec 2026 (Tue) minus 5 working days = 8 Dec.
    assert routed["due_on"] == "2026-12-08"
    workflow.mark_answered(ws, step, "Records provided")
    with pytest.raises(Refused, match="already answered"):
        workflow.mark_answered(ws, step, "again")


def test_several_authorities_each_tracked_on_their_own(ws, clock):
    record = new(ws, kind="asset_freezing", assistance_types=["k"])
    assert directory.suggested_authorities(ws, record.kind)[:2] == [
        "Financial Intelligence Unit",
        "Central Bank",
    ]
    a = workflow.route(ws, record, "Financial Intelligence Unit", date(2026, 11, 27), "trace")
    workflow.route(
        ws, register.get(ws, record.registry_no), "Central Bank", date(2026, 12, 1), "freeze"
    )
    workflow.mark_answered(ws, a, "Accounts identified")
    clock.now = datetime(2026, 12, 3, 9, 0)
    late = ws.store.late_routing_steps(ws.today())
    assert [s["authority"] for s in late] == ["Central Bank"]


def test_unknown_authority_lists_the_known_ones(ws):
    with pytest.raises(NotFound, match="Ministry of Justice"):
        workflow.route(ws, new(ws), "Ministry of Magic")


def test_consultation_pauses_the_clock_and_resumes_it(ws, clock):
    record = new(ws)
    assert record.due_on == date(2026, 12, 15)
    record = workflow.change_status(
        ws, record, Status.IN_CONSULTATION, "Person cannot be located", "art97"
    )
    clock.now += timedelta(days=6)
    assert queries.remaining_days(record, ws.today()) == 20  # frozen at 25 Nov
    record = workflow.change_status(ws, record, Status.IN_PROGRESS, "Court replied")
    assert record.due_on == date(2026, 12, 21)
    explanation = register.deadlines_for(ws, record).final.explanation
    assert "+6 days paused in consultation" in explanation


def test_refusal_without_ground_writes_nothing(ws):
    record = new(ws)
    with pytest.raises(Refused, match="needs a ground"):
        workflow.change_status(ws, record, Status.REFUSED, "national security")
    assert register.get(ws, record.registry_no).status == Status.RECEIVED
    assert "status.changed" not in [e.action for e in ws.store.events(record.id)]


def test_every_change_is_in_the_timeline_with_who_and_why(ws):
    record = new(ws)
    workflow.change_status(ws, record, Status.POSTPONED, "National investigation", "art94")
    events = ws.store.events(record.id)
    change = events[-1]
    assert change.user == "alice" and change.action == "status.changed"
    assert change.detail == {
        "before": "received",
        "after": "postponed",
        "reason": "National investigation",
        "ground": "art94",
    }


def test_a_stale_copy_cannot_overwrite_a_newer_one(ws):
    record = new(ws)
    register.update(ws, record, {"subject": "First editor"})
    with pytest.raises(ConcurrentChange):
        register.update(ws, record, {"subject": "Second editor with a stale copy"})
    assert register.get(ws, record.registry_no).subject == "First editor"


def test_editing_the_deadline_recomputes_the_clocks(ws):
    record = register.update(ws, new(ws), {"court_deadline": "2027-01-29"})
    assert record.due_on == date(2027, 1, 29)
    assert record.internal_due_on == date(2027, 1, 22)


def test_extension_records_date_and_reason(ws):
    record = register.extend_deadline(ws, new(ws), date(2027, 2, 1), "Court letter 2 Dec")
    assert record.due_on == date(2027, 2, 1)
    assert ws.store.events(record.id)[-1].detail["reason"] == "Court letter 2 Dec"


def test_overdue_and_due_soon_are_queries_on_today(ws, clock):
    new(ws, court_deadline="2026-11-27")
    new(ws, court_deadline="2026-12-31")
    flt = RequestFilter(due_within_days=7, today=ws.today())
    assert ws.store.count_requests(flt) == 1
    clock.now = datetime(2026, 11, 30)
    assert ws.store.count_requests(RequestFilter(overdue=True, today=ws.today())) == 1
    board = queries.dashboard(ws)
    assert [r.court_deadline for r in board.overdue] == [date(2026, 11, 27)]


def test_consultation_is_not_overdue(ws, clock):
    record = new(ws, court_deadline="2026-11-27")
    workflow.change_status(ws, record, Status.IN_CONSULTATION, "unclear", "art97")
    clock.now = datetime(2026, 12, 30)
    assert ws.store.count_requests(RequestFilter(overdue=True, today=ws.today())) == 0
    assert len(queries.dashboard(ws).in_consultation) == 1


def test_changing_the_state_recomputes_due_dates(ws):
    record = new(ws, court_deadline="2026-12-31")
    assert record.internal_due_on == date(2026, 12, 23)  # NL: 25, 26 Dec holidays
    settings = OfficeSettings.from_dict(ws.settings.to_dict())
    settings.country = ""
    save_settings(ws, settings)
    assert register.get(ws, record.registry_no).internal_due_on == date(2026, 12, 24)


def test_attachment_over_the_limit_is_refused_before_reading(ws, tmp_path):
    settings = OfficeSettings.from_dict(ws.settings.to_dict())
    settings.attachment_limit_mib = 1
    save_settings(ws, settings)
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 * 1024**3)
    record = new(ws)
    with pytest.raises(Refused, match="limited to 1 MiB"):
        casefile.attach_file(ws, record, big)
    assert ws.store.attachments(record.id) == []


def test_attachment_names_cannot_climb_folders():
    assert casefile.safe_attachment_name("../../etc/passwd") == "passwd"
    assert casefile.safe_attachment_name("C:\\Windows\\x.pdf") == "x.pdf"
    assert "\u202e" not in casefile.safe_attachment_name("invoice\u202efdp.exe")
    assert len(casefile.safe_attachment_name("a" * 400 + ".pdf")) == 255


def test_costs_are_kept_in_cents(ws):
    record = new(ws)
    casefile.add_cost(ws, record, "extraordinary", "Witness travel", "1250,50", "eur")
    assert ws.store.costs(record.id)[0]["amount_cents"] == 125050
    with pytest.raises(Refused):
        casefile.add_cost(ws, record, "ordinary", "Taxi", "abc", "EUR")


def test_owner_assignment_in_bulk(ws):
    ws.add_user("bob", "bob's own passphrase")
    records = [new(ws), new(ws)]
    register.set_owner(ws, records, "bob")
    assert {register.by_id(ws, r.id).owner for r in records} == {"bob"}


def test_bulk_status_change_is_all_or_nothing(ws):
    first, second = new(ws), new(ws)
    workflow.change_status(ws, second, Status.POSTPONED, "national case", "art94")
    with pytest.raises(Refused):
        workflow.change_status_many(
            ws, [register.by_id(ws, first.id), register.by_id(ws, second.id)], Status.EXECUTED
        )
    assert register.by_id(ws, first.id).status == Status.RECEIVED
    workflow.change_status_many(ws, [register.by_id(ws, first.id)], Status.EXECUTED)
    assert register.by_id(ws, first.id).status == Status.EXECUTED


def test_the_dashboard_lists_the_oldest_late_routing_first_and_stops(ws, clock, monkeypatch):
    for authority in ("Central Bank", "Ministry of Justice", "Central Bank"):
        workflow.route(ws, new(ws), authority, date(2026, 11, 26))
    clock.now = datetime(2026, 12, 30, 9, 0)
    assert len(queries.dashboard(ws).late_routing) == 3
    monkeypatch.setattr(queries, "SHOWN", 2)
    late = queries.dashboard(ws).late_routing
    assert len(late) == 2 and late[0]["due_on"] <= late[1]["due_on"]
    banks = queries.dashboard(ws, authority="Central Bank").late_routing
    assert [s["authority"] for s in banks] == ["Central Bank", "Central Bank"]
    assert queries.dashboard(ws, owner="nobody").late_routing == []
