"""Checklists on requests: registration, steps, the executed rule, transfers, the dashboard."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.core.checklist_progress import OwnerType, StepState, TransitStatus
from desktop.core.requests import draft_from_mapping
from desktop.core.statuses import Status
from desktop.services import casefile, checklists, queries, register, workflow
from desktop.services.checklists import transfer as checklist_transfer
from desktop.services.errors import NotFound, Refused
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import ChecklistStore
from tests.factories import PASSPHRASE, old_schema_workspace, request_row

TRANSFER = {
    "kind": "transit_transfer",
    "assistance_types": [],
    "confidentiality": "strictly_confidential",
    "subject": "Transfer of Ilyan Marsk to the seat of the Court",
}


def new(ws, **fields):
    return register.register(ws, draft_from_mapping(request_row(**fields)))


def actions(ws, record) -> list[str]:
    return [e.action for e in ws.store.events(record.id)]


def test_registration_gives_each_request_its_kinds_checklist_in_the_same_transaction(ws):
    numbers = register.register_many(
        ws,
        [
            draft_from_mapping(request_row(**TRANSFER)),
            draft_from_mapping(request_row(kind="emergency_visa", assistance_types=[])),
            draft_from_mapping(request_row()),
        ],
    )
    transfer, visa, assistance = (register.get(ws, n) for n in numbers)
    view = checklists.view(ws, transfer)
    assert [c.title for c in view.checklists] == ["Transfer of a person to the seat of the Court"]
    assert len(view.steps) == 14 and [s.number for s in view.steps] == list(range(1, 15))
    assert {s.state for s in view.steps} == {StepState.OPEN}
    assert view.steps[0].owner_type is OwnerType.AUTHORITY
    assert checklists.view(ws, visa).checklists[0].template == "emergency_visa"
    assert checklists.view(ws, assistance).checklists[0].template == "generic"
    assert actions(ws, transfer) == ["request.registered", "checklist.added"]
    added = ws.store.events(transfer.id)[-1]
    assert added.user == "alice"
    assert added.detail["template"] == "transit_transfer" and added.detail["steps"] == 14


def test_registration_and_checklist_commit_or_roll_back_together(ws, monkeypatch):
    def disk_full(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ChecklistStore, "add_registered_steps", disk_full)
    with pytest.raises(RuntimeError):
        new(ws, **TRANSFER)
    count = ws.store.conn.execute
    assert count("SELECT count(*) FROM requests").fetchone()[0] == 0
    assert count("SELECT count(*) FROM checklists").fetchone()[0] == 0


def test_steps_fall_due_from_the_planned_transfer_in_working_days(ws, clock):
    record = new(ws, **TRANSFER)
    view = checklists.view(ws, record)
    escort = checklists.find_step(view, "escort_designated")
    assert escort.due_on is None
    assert "once the transfer date is set" in escort.due_explanation
    assert view.countdown is None

    checklist_transfer.set_planned_transfer(ws, record, datetime(2026, 12, 4, 9, 30))
    view = checklists.view(ws, record)
    due = {s.code: s.due_on for s in view.steps}
    assert due["identity_confirmed"] == date(2026, 11, 20)  # 10 working days before
    assert due["escort_designated"] == date(2026, 11, 27)
    assert due["fitness_to_travel"] == date(2026, 12, 2)
    assert due["handover_signed"] == date(2026, 12, 7)  # next working day after Friday
    assert due["warrant_received"] == date(2026, 11, 2)  # on receipt
    assert view.countdown is not None
    assert view.countdown.parts == (8, 23, 30)  # the clock says 25 Nov 2026 10:00
    assert view.as_dict()["key_dates"]["planned_transfer"] == "2026-12-04T09:30:00"

    # Rescheduled into the Christmas week: the Dutch holidays move the steps earlier.
    checklist_transfer.set_planned_transfer(ws, record, datetime(2026, 12, 28, 9, 0))
    fitness = checklists.find_step(checklists.view(ws, record), "fitness_to_travel")
    assert fitness.due_on == date(2026, 12, 23)
    assert "25 Dec 2026" in fitness.due_explanation
    events = [e for e in ws.store.events(record.id) if e.action == "transfer.planned"]
    assert [e.detail["after"] for e in events] == ["2026-12-04T09:30:00", "2026-12-28T09:00:00"]
    assert events[1].detail["before"] == "2026-12-04T09:30:00"


def test_only_transfers_have_a_planned_transfer_and_transit_states(ws):
    record = new(ws)
    with pytest.raises(Refused, match="Only transfer requests"):
        checklist_transfer.set_planned_transfer(ws, record, datetime(2026, 12, 4, 9, 30))
    with pytest.raises(Refused, match="Only transfer requests"):
        checklist_transfer.add_transit_state(ws, record, "Ruritania")
    with pytest.raises(Refused, match="before the request was received"):
        checklist_transfer.set_planned_transfer(ws, new(ws, **TRANSFER), datetime(2026, 1, 1))


def test_done_and_not_applicable_are_recorded_with_who_when_and_why(ws, clock):
    record = new(ws, **TRANSFER)
    attachment = casefile.attach_bytes(ws, record, "handover.pdf", b"%PDF-1.4 signed")
    step = checklists.mark_done(
        ws, record, "13", note="Signed at Rotterdam airport", evidence=attachment
    )
    assert (step.code, step.state, step.state_on, step.state_by) == (
        "handover_signed",
        StepState.DONE,
        date(2026, 11, 25),
        "alice",
    )
    assert step.evidence_attachment_id == attachment
    done = ws.store.events(record.id)[-1]
    assert done.action == "checklist.step_done" and done.user == "alice"
    assert done.detail == {
        "step": "handover_signed",
        "title": "Handover at arrival signed",
        "before": "open",
        "on": "2026-11-25",
        "note": "Signed at Rotterdam airport",
        "evidence": {"attachment": attachment, "filename": "handover.pdf"},
    }
    with pytest.raises(Refused, match="already done on 2026-11-25 by alice"):
        checklists.mark_done(ws, record, "handover_signed")

    with pytest.raises(Refused, match="Say why"):
        checklists.mark_not_applicable(ws, record, "consular_notification", "  ")
    step = checklists.mark_not_applicable(
        ws, record, "CONSULAR_NOTIFICATION", "The person is a national."
    )
    assert step.state is StepState.NOT_APPLICABLE
    assert step.not_applicable_reason == "The person is a national."
    assert ws.store.events(record.id)[-1].detail["reason"] == "The person is a national."

    step = checklists.reopen_step(ws, record, step, "Dual national after all")
    assert step.is_open and step.not_applicable_reason == ""
    assert actions(ws, record)[-1] == "checklist.step_reopened"


def test_steps_are_refused_when_the_input_makes_no_sense(ws, clock):
    record = new(ws, **TRANSFER)
    other = new(ws, **TRANSFER)
    foreign = casefile.attach_bytes(ws, other, "other.pdf", b"x")
    with pytest.raises(NotFound, match="not attached to CD-2026-0001"):
        checklists.mark_done(ws, record, "1", evidence=foreign)
    with pytest.raises(Refused, match="day still to come"):
        checklists.mark_done(ws, record, "1", on=date(2026, 11, 26))
    with pytest.raises(NotFound, match="no checklist step '99': use a number from 1 to 14"):
        checklists.mark_done(ws, record, "99")
    with pytest.raises(Refused, match="already open"):
        checklists.reopen_step(ws, record, "1")
    assert all(s.is_open for s in checklists.view(ws, record).steps)


def test_a_step_is_named_by_the_step_itself_or_typed_text_never_a_bare_number(ws):
    """The first version ticked step 9 when the GUI passed step 1's database id."""
    new(ws, **TRANSFER)  # steps 1-14 of another request: ids and numbers now differ
    record = new(ws, **TRANSFER)
    steps = checklists.view(ws, record).steps
    chosen = steps[0]
    assert chosen.id != chosen.number
    with pytest.raises(TypeError, match="not by int"):
        checklists.mark_done(ws, record, chosen.id)
    done = checklists.mark_done(ws, record, chosen)
    assert done.id == chosen.id and done.title == chosen.title
    assert [s.number for s in checklists.view(ws, record).steps if not s.is_open] == [1]
    with pytest.raises(NotFound, match="no longer on"):
        checklists.reopen_step(ws, new(ws, **TRANSFER), chosen)  # a step of another request


def test_a_transfer_cannot_be_executed_while_mandatory_steps_are_open(ws):
    record = new(ws, **TRANSFER)
    view = checklists.view(ws, record)
    for step in view.steps[:-3]:
        checklists.mark_done(ws, record, step.code)
    with pytest.raises(Refused) as refused:
        workflow.change_status(ws, register.get(ws, record.registry_no), Status.EXECUTED)
    message = str(refused.value)
    assert "CD-2026-0001 cannot be marked executed" in message
    assert "12. Plan for an unscheduled landing" in message
    assert "13. Handover at arrival signed" in message
    assert "Public information" not in message  # open, but not mandatory
    assert "Escort designated" not in message  # done
    assert register.get(ws, record.registry_no).status == Status.RECEIVED
    assert "status.changed" not in actions(ws, record)

    checklists.mark_not_applicable(ws, record, "unscheduled_landing_plan", "Road transfer")
    checklists.mark_done(ws, record, "handover_signed")
    executed = workflow.change_status(ws, register.get(ws, record.registry_no), Status.EXECUTED)
    assert executed.status == Status.EXECUTED
    with pytest.raises(Refused, match="kept as it was when the Court was answered"):
        checklists.reopen_step(ws, executed, "handover_signed")
    with pytest.raises(Refused, match="adding a checklist is not possible"):
        checklists.add_checklist(ws, executed, "generic")


def test_arrest_and_surrender_follows_the_same_rule_but_other_kinds_do_not(ws):
    arrest = new(ws, kind="arrest_surrender", assistance_types=[])
    with pytest.raises(Refused, match=r"5\. Court informed of the arrest"):
        workflow.change_status(ws, arrest, Status.EXECUTED)
    partial = workflow.change_status(ws, arrest, Status.PARTIALLY_EXECUTED, "Arrested only")
    assert partial.status == Status.PARTIALLY_EXECUTED
    assistance = new(ws)
    assert any(s.mandatory and s.is_open for s in checklists.view(ws, assistance).steps)
    assert workflow.change_status(ws, assistance, Status.EXECUTED).status == Status.EXECUTED


def test_transit_states_each_with_their_own_authorisation(ws, clock):
    record = new(ws, **TRANSFER)
    ruritania = checklist_transfer.add_transit_state(
        ws, record, "  Republic of  Ruritania ", reference="NV 112/2026"
    )
    freedonia = checklist_transfer.add_transit_state(
        ws, record, "Freedonia", "refused", date(2026, 11, 20)
    )
    with pytest.raises(Refused, match="already listed"):
        checklist_transfer.add_transit_state(ws, record, "republic of ruritania")
    with pytest.raises(Refused, match="status: 'maybe' is not one of"):
        checklist_transfer.add_transit_state(ws, record, "Veluria", "maybe")
    checklist_transfer.set_transit_status(
        ws, record, ruritania, TransitStatus.GRANTED, date(2026, 11, 24)
    )
    states = checklists.view(ws, record).transit_states
    assert [(t.state, t.status, t.status_on, t.reference) for t in states] == [
        ("Republic of Ruritania", TransitStatus.GRANTED, date(2026, 11, 24), "NV 112/2026"),
        ("Freedonia", TransitStatus.REFUSED, date(2026, 11, 20), ""),
    ]
    changed = ws.store.events(record.id)[-1]
    assert changed.action == "transit.changed"
    assert changed.detail["status"] == {"before": "requested", "after": "granted"}

    checklist_transfer.remove_transit_state(ws, record, freedonia)
    assert [t.state for t in checklists.view(ws, record).transit_states] == [
        "Republic of Ruritania"
    ]
    assert actions(ws, record)[-1] == "transit.removed"
    with pytest.raises(NotFound):
        checklist_transfer.set_transit_status(ws, new(ws, **TRANSFER), ruritania, "granted")


def test_checklist_steps_due_appear_on_the_dashboard(ws, clock):
    record = new(ws, **TRANSFER)
    checklist_transfer.set_planned_transfer(ws, record, datetime(2026, 12, 4, 9, 30))
    board = queries.dashboard(ws)
    due = {s["code"]: s for s in board.checklist_steps if s["registry_no"] == "CD-2026-0001"}
    assert due["identity_confirmed"]["bucket"] == "overdue"
    assert due["identity_confirmed"]["days_left"] == -5
    assert due["registry_informed"]["bucket"] == "today"
    assert due["escort_designated"]["bucket"] == "this_week"
    assert due["fitness_to_travel"]["bucket"] == "this_week"
    assert "belongings_inventoried" not in due  # 3 Dec: more than a week away
    assert "Planned transfer 4 Dec 2026" in due["escort_designated"]["due_explanation"]
    assert [s["due_on"] for s in board.checklist_steps] == sorted(
        s["due_on"] for s in board.checklist_steps
    )

    checklists.mark_done(ws, record, "identity_confirmed")
    checklists.assign_step(ws, record, "escort_designated", user="alice")
    mfa = queries.dashboard(ws, authority="Ministry of Foreign Affairs").checklist_steps
    assert {s["code"] for s in mfa} == {
        "registry_informed",
        "consular_notification",
        "transit_authorisations",
    }
    assert "identity_confirmed" not in {s["code"] for s in queries.dashboard(ws).checklist_steps}
    ws.add_user("bob", "bob's own passphrase")
    assert queries.dashboard(ws, owner="bob").checklist_steps == []
    checklists.assign_step(ws, record, "fitness_to_travel", user="bob")
    assert [s["code"] for s in queries.dashboard(ws, owner="bob").checklist_steps] == [
        "fitness_to_travel"
    ]


def test_steps_of_answered_requests_leave_the_dashboard(ws, clock):
    record = new(ws)  # generic checklist, due from receipt on 2 Nov: overdue now
    assert {s["code"] for s in queries.dashboard(ws).checklist_steps} >= {"routed"}
    workflow.change_status(ws, record, Status.WITHDRAWN, "The Court withdrew it")
    assert queries.dashboard(ws).checklist_steps == []


def test_owner_due_date_and_note_can_be_changed_with_the_trail(ws):
    record = new(ws, **TRANSFER)
    step = checklists.assign_step(ws, record, "9", authority="ministry of defence")
    assert (step.owner, step.owner_type) == ("Ministry of Defence", OwnerType.AUTHORITY)
    ws.add_user("bob", "bob's own passphrase")
    step = checklists.assign_step(ws, record, "9", user="bob")
    assert (step.owner, step.owner_type) == ("bob", OwnerType.USER)
    with pytest.raises(NotFound, match="No authority called 'Ministry of Magic'"):
        checklists.assign_step(ws, record, "9", authority="Ministry of Magic")
    with pytest.raises(Refused, match="one owner"):
        checklists.assign_step(ws, record, "9", authority="Prison Service", user="bob")

    step = checklists.set_step_due(ws, record, "9", date(2026, 12, 1))
    assert (step.due_on, step.due_explanation, step.due_set_by_hand) == (
        date(2026, 12, 1),
        "Set by hand",
        True,
    )
    step = checklists.set_step_due(ws, record, "9", None)
    assert step.due_on is None and not step.due_set_by_hand  # back to the rule

    step = checklists.set_step_note(ws, record, "9", "Two officers from the airport unit")
    assert step.note == "Two officers from the airport unit"
    assert [a for a in actions(ws, record) if a.startswith("checklist.step")] == [
        "checklist.step_assigned",
        "checklist.step_assigned",
        "checklist.step_due",
        "checklist.step_due",
        "checklist.step_note",
    ]


def test_more_steps_and_another_checklist_on_the_same_request(ws):
    record = new(ws, **TRANSFER)
    step = checklists.add_step(
        ws,
        record,
        "Interpreter booked for the flight",
        phase="travel_escort",
        authority="National Police",
        due_on=date(2026, 12, 1),
    )
    view = checklists.view(ws, record)
    travel = [s.title for s in view.steps if s.phase == "travel_escort"]
    assert travel[-1] == "Interpreter booked for the flight"
    assert view.steps[step.number].phase == "transit_states"  # the phases stay together
    assert step.code == "interpreter_booked_for_the_flight" and step.due_on == date(2026, 12, 1)
    with pytest.raises(Refused, match="'medical' is not a phase"):
        checklists.add_step(ws, record, "Doctor", phase="medical")

    added = checklists.add_checklist(ws, record, "transit_transfer")
    codes = [s.code for s in added.steps]
    assert "identity_confirmed_2" in codes and "identity_confirmed" not in codes
    assert len(checklists.view(ws, record).checklists) == 2
    assert actions(ws, record)[-1] == "checklist.added"


def test_rule_188_steps_count_from_the_arrest_once_it_is_done(ws, clock):
    record = new(ws, kind="provisional_arrest", assistance_types=[])
    surrender = checklists.find_step(checklists.view(ws, record), "surrender_request_received")
    assert surrender.due_on is None
    checklists.mark_done(ws, record, "person_arrested", on=date(2026, 11, 3))
    surrender = checklists.find_step(checklists.view(ws, record), "surrender_request_received")
    assert surrender.due_on == date(2027, 1, 2)
    assert "'Person provisionally arrested' done 3 Nov 2026 + 60 days" in (
        surrender.due_explanation
    )


def test_requests_from_before_checklists_open_without_one_and_can_get_one(tmp_path):
    folder = tmp_path / "v2"
    old_schema_workspace(folder, schema=2, kind="transit_transfer")

    ws = Workspace.unlock(folder, "alice", PASSPHRASE)
    try:
        record = register.get(ws, "CD-2026-0001")
        assert checklists.view(ws, record).checklists == ()
        # Nothing to block: the rule applies to the steps there are.
        assert workflow.change_status(ws, record, Status.EXECUTED).status == Status.EXECUTED
        record = workflow.change_status(ws, register.get(ws, "CD-2026-0001"), Status.CLOSED)
        record = workflow.change_status(ws, record, Status.IN_PROGRESS, "Court came back")
        added = checklists.add_checklist(ws, record, "transit_transfer")
        assert len(added.steps) == 14
    finally:
        ws.close()


def test_not_applicable_takes_the_day_it_was_found(ws, clock):
    """Offices record yesterday's findings: the day is kept, a day to come is refused."""
    record = new(ws, **TRANSFER)
    with pytest.raises(Refused, match="day still to come"):
        checklists.mark_not_applicable(
            ws, record, "consular_notification", "A national", on=date(2026, 11, 26)
        )
    step = checklists.mark_not_applicable(
        ws, record, "consular_notification", "A national", on=date(2026, 11, 24)
    )
    assert step.state_on == date(2026, 11, 24)
