"""Sealed parcels between offices (issue 17): two real workspaces in one process.

The embassy registers a request from the Court and sends it to the capital; the capital
routes it, records the answers, notes the draft, and sends back; the embassy sees the
routing and accepts the proposed status; the capital receives the receipt. Then every way
a parcel can be wrong, each refused with one line and nothing applied.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import docx
import pyrage
import pytest

from desktop.core.settings import OfficeSettings
from desktop.services import (
    casefile,
    office_keys,
    offices,
    parcel_format,
    parcel_receive,
    parcel_send,
    proposals,
    register,
    replies,
    workflow,
)
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage.office_store import OfficeStore
from tests.factories import PASSPHRASE, Clock, new_request

SUBJECT = "Request for bank records of Ilyan Marsk"


@pytest.fixture
def two_offices(tmp_path: Path, clock: Clock):
    """An embassy and a capital that have exchanged and verified each other's cards."""
    made = []
    for folder, name, place in (
        ("embassy", "Embassy of Testland", "The Hague"),
        ("capital", "Ministry of Justice of Testland", "Testville"),
    ):
        ws, _ = Workspace.create(
            tmp_path / folder,
            "alice",
            PASSPHRASE,
            "Alice",
            OfficeSettings(
                country="NL",
                office_name=name,
                place=place,
                office_name_fr=name,
                place_fr=place,
                state_name="the Republic of Testland",
                state_name_fr="la République de Testland",
                sender_kind="ministry",
            ),
            clock=clock,
        )
        made.append(ws)
    embassy, capital = made
    introduce(embassy, capital, tmp_path)
    yield embassy, capital
    for ws in made:
        ws.close()


def introduce(a: Workspace, b: Workspace, tmp_path: Path, verify: bool = True) -> None:
    for me, other in ((a, b), (b, a)):
        card = tmp_path / f"{me.folder.name}.card.json"
        offices.write_card(me, card)
        added = offices.add(other, card)
        if verify:
            offices.verify(other, added["name"])


def name(ws: Workspace) -> str:
    return ws.settings.office_name


def send(ws: Workspace, to: Workspace, path: Path, *refs: str, **options) -> Path:
    records = [register.get(ws, ref) for ref in refs]
    parcel_send.send(ws, records, name(to), path, **options)
    return path


def test_the_round_trip_between_embassy_and_capital(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel = send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)

    got = parcel_receive.receive(capital, parcel)
    assert got.office == "Embassy of Testland" and got.seq == 1
    (mirror_id,) = [r.id for r in capital.store.all_requests()]
    mirror = register.by_id(capital, mirror_id)
    assert mirror.subject == SUBJECT
    assert offices.origin(capital, mirror.id) == {
        "office": "Embassy of Testland",
        "registry_no": request.registry_no,
    }
    assert mirror.status == "received"
    (embassy_row,) = offices.offices(capital)  # the capital sees what each embassy leads
    assert (embassy_row["open_requests"], embassy_row["next_due"]) == (1, mirror.due_on.isoformat())

    # The capital routes it to two authorities (it moves to 'in progress' there), records
    # their answers and notes the draft of the note verbale.
    steps = [
        workflow.route(capital, register.by_id(capital, mirror.id), authority)
        for authority in ("Ministry of Justice", "National Police")
    ]
    workflow.mark_answered(capital, steps[0], "Records obtained from two banks")
    workflow.mark_answered(capital, steps[1], "No account found")
    casefile.add_note(
        capital,
        register.by_id(capital, mirror.id),
        "Draft note verbale ready for the embassy",
        shareable=True,
    )
    casefile.add_note(
        capital, register.by_id(capital, mirror.id), "The minister's office is slow on this one"
    )  # stays in the capital
    replies.export_reply(
        capital,
        register.by_id(capital, mirror.id),
        "cover_note",
        "en",
        tmp_path / "draft.docx",
        force=True,
        overrides={"documents": "Bank statements of Ilyan Marsk"},
    )
    back = send(
        capital, embassy, tmp_path / "2.cdparcel", mirror.registry_no, with_attachments=True
    )

    got = parcel_receive.receive(embassy, back)
    assert got.changes[0] == (
        "Ministry of Justice of Testland confirms it received parcels up to 1."
    )
    routed = workflow.routing_steps(embassy, request.id)
    assert [(s["authority"], s["outcome"]) for s in routed] == [
        ("Ministry of Justice", "Records obtained from two banks"),
        ("National Police", "No account found"),
    ]
    assert [n["text"] for n in casefile.notes(embassy, request.id)] == [
        "Draft note verbale ready for the embassy"
    ]
    # The note verbale drafted in the capital: the embassy exports it from its own copy.
    (draft,) = casefile.attachments(embassy, request.id)
    assert draft["added_by"] == "alice (Ministry of Justice of Testland)"
    copy = casefile.save_attachment_copy(
        embassy, request.id, draft["id"], tmp_path / "embassy" / "note.docx"
    )
    assert copy.read_bytes() == (tmp_path / "draft.docx").read_bytes()
    assert "Bank statements of Ilyan Marsk" in "\n".join(
        p.text for p in docx.Document(str(copy)).paragraphs
    )
    # The embassy leads: the capital's status is a proposal, not applied yet.
    assert register.by_id(embassy, request.id).status == "received"
    (proposal,) = proposals.open_proposals(embassy, request.id)
    assert (proposal["field"], proposal["value"]) == ("status", "in_progress")
    proposals.accept(embassy, proposal["id"])
    assert register.by_id(embassy, request.id).status == "in_progress"
    assert proposals.open_proposals(embassy) == []

    # The embassy's receipt travels back; the capital sees its parcel arrived.
    receipt = send(embassy, capital, tmp_path / "3.cdparcel")
    got = parcel_receive.receive(capital, receipt)
    assert got.changes == ["Embassy of Testland confirms it received parcels up to 1."]
    sent = OfficeStore(capital.store).parcel(
        "out", offices.by_name(capital, "Embassy of Testland")["office_id"], 1
    )
    assert sent["acknowledged_at"] is not None
    # Each side's audit trail names the parcels.
    actions = [e.action for e in capital.store.events()]
    assert actions.count("parcel.received") == 2 and "parcel.sent" in actions


def test_the_lead_decides_and_the_mirror_follows(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    workflow.change_status(embassy, register.get(embassy, request.registry_no), "in_progress")
    got = parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "2.cdparcel", request.registry_no)
    )
    (mirror,) = capital.store.all_requests()
    assert mirror.status == "in_progress"
    assert any("decided by Embassy of Testland" in c for c in got.changes)
    # The mirror does not propose back what the lead already decided.
    parcel_receive.receive(
        embassy, send(capital, embassy, tmp_path / "3.cdparcel", mirror.registry_no)
    )
    assert proposals.open_proposals(embassy) == []


def test_a_replayed_parcel_changes_nothing_and_says_when(two_offices, tmp_path, clock):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel = send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    first = parcel_receive.receive(capital, parcel)
    events = len(capital.store.events())
    again = parcel_receive.receive(capital, parcel)
    assert again.replay_of == first_received_at(capital) and again.changes == []
    assert len(capital.store.events()) == events
    assert len(list(capital.store.all_requests())) == 1 and first.changes


def first_received_at(ws: Workspace) -> str:
    (event,) = [e for e in ws.store.events() if e.action == "parcel.received"]
    return event.at


def test_a_gap_is_reported_and_waits_unless_accepted(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    second = send(embassy, capital, tmp_path / "2.cdparcel", request.registry_no)
    with pytest.raises(Refused, match="Parcel 1 from Embassy of Testland has not been received"):
        parcel_receive.receive(capital, second)
    assert list(capital.store.all_requests()) == []
    got = parcel_receive.receive(capital, second, accept_gap=True)
    assert got.seq == 2 and len(list(capital.store.all_requests())) == 1


def test_a_dry_run_lists_the_changes_and_applies_nothing(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel = send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    events = len(capital.store.events())
    got = parcel_receive.receive(capital, parcel, dry_run=True)
    assert got.dry_run and got.changes[0].startswith("New request ")
    assert list(capital.store.all_requests()) == []
    assert len(capital.store.events()) == events
    assert parcel_receive.receive(capital, parcel).replay_of is None


def refused(ws: Workspace, path: Path, reason: str) -> None:
    events = len(ws.store.events())
    with pytest.raises(Refused, match=reason) as caught:
        parcel_receive.receive(ws, path)
    assert "\n" not in str(caught.value)
    assert len(ws.store.events()) == events
    assert list(ws.store.all_requests()) == []


def test_a_tampered_byte_is_refused(two_offices, tmp_path):
    embassy, capital = two_offices
    parcel = send(embassy, capital, tmp_path / "1.cdparcel", new_request(embassy).registry_no)
    data = bytearray(parcel.read_bytes())
    data[len(data) // 2] ^= 0x01
    parcel.write_bytes(bytes(data))
    refused(capital, parcel, "damaged or was altered")


def test_a_truncated_parcel_is_refused(two_offices, tmp_path):
    embassy, capital = two_offices
    parcel = send(embassy, capital, tmp_path / "1.cdparcel", new_request(embassy).registry_no)
    parcel.write_bytes(parcel.read_bytes()[:-40])
    refused(capital, parcel, "damaged or was altered")
    parcel.write_bytes(parcel.read_bytes()[:12])
    refused(capital, parcel, "not a Cooperation Desk parcel")


def test_a_parcel_for_another_office_is_refused(two_offices, tmp_path, clock):
    embassy, capital = two_offices
    other, _ = Workspace.create(
        tmp_path / "other",
        "alice",
        PASSPHRASE,
        "Alice",
        OfficeSettings(office_name="Embassy in Nairobi"),
        clock=clock,
    )
    try:
        introduce(embassy, other, tmp_path)
        parcel = tmp_path / "1.cdparcel"
        parcel_send.send(embassy, [new_request(embassy)], "Embassy in Nairobi", parcel)
        refused(capital, parcel, "for another office")
    finally:
        other.close()


def test_a_parcel_from_an_unverified_office_is_refused(tmp_path, clock):
    made = [
        Workspace.create(
            tmp_path / n, "alice", PASSPHRASE, "Alice", OfficeSettings(office_name=n), clock=clock
        )[0]
        for n in ("Embassy", "Capital")
    ]
    embassy, capital = made
    try:
        introduce(embassy, capital, tmp_path, verify=False)
        offices.verify(embassy, "Capital")
        parcel = tmp_path / "1.cdparcel"
        parcel_send.send(embassy, [new_request(embassy)], "Capital", parcel)
        refused(capital, parcel, "Embassy's fingerprint has not been verified")
        with pytest.raises(Refused, match="has not been verified"):
            parcel_send.send(capital, [], "Embassy", tmp_path / "2.cdparcel")
    finally:
        for ws in made:
            ws.close()


def forged(
    embassy: Workspace,
    capital: Workspace,
    path: Path,
    manifest_changes: dict,
    sign_with: Workspace | None = None,
    tag_version: int | None = None,
) -> Path:
    """A parcel built by hand from the embassy's real one, re-signed and re-sealed."""
    me = office_keys.own(capital.store)
    body = {
        "manifest": {
            "format_version": 1,
            "sender": offices.own_office_id(embassy),
            "recipient": me["office_id"],
            "seq": 1,
            "prev_sha256": None,
            "created_at": "2026-11-25T10:00:00",
            "acknowledges": None,
            **manifest_changes,
        },
        "payload": {"requests": []},
    }
    data = parcel_format.seal(
        body,
        lambda t: office_keys.sign((sign_with or embassy).store, t),
        me["age_recipient"],
        office_keys.key_id(me["age_recipient"]),
    )
    if tag_version is not None:
        data = data.replace(b"coopdesk-parcel/1", f"coopdesk-parcel/{tag_version}".encode(), 1)
    path.write_bytes(data)
    return path


def test_a_newer_format_is_refused(two_offices, tmp_path):
    embassy, capital = two_offices
    refused(
        capital,
        forged(embassy, capital, tmp_path / "a.cdparcel", {"format_version": 2}),
        "newer format",
    )
    refused(
        capital,
        forged(embassy, capital, tmp_path / "b.cdparcel", {}, tag_version=2),
        "newer format",
    )


def test_a_signature_by_someone_else_is_refused(two_offices, tmp_path):
    embassy, capital = two_offices
    # Anyone holding the capital's card can encrypt to it: the signature tells them apart.
    refused(
        capital,
        forged(embassy, capital, tmp_path / "a.cdparcel", {}, sign_with=capital),
        "signature is not Embassy of Testland's",
    )


def test_a_parcel_that_does_not_follow_the_last_one_is_refused(two_offices, tmp_path):
    embassy, capital = two_offices
    parcel_receive.receive(capital, send(embassy, capital, tmp_path / "1.cdparcel"))
    path = forged(embassy, capital, tmp_path / "2.cdparcel", {"seq": 2, "prev_sha256": "0" * 64})
    with pytest.raises(Refused, match="does not follow the last parcel"):
        parcel_receive.receive(capital, path)


def test_a_huge_file_is_refused_without_reading_it(two_offices, tmp_path):
    _, capital = two_offices
    huge = tmp_path / "huge.cdparcel"
    with huge.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 * 1024**3)
    refused(capital, huge, "far larger than any parcel")


def test_sealed_requests_need_a_confirmation_or_travel_as_metadata(two_offices, tmp_path):
    embassy, capital = two_offices
    sealed = new_request(embassy, confidentiality="under_seal")
    with pytest.raises(Refused, match="under seal or ex parte"):
        send(embassy, capital, tmp_path / "1.cdparcel", sealed.registry_no)
    assert not (tmp_path / "1.cdparcel").exists()
    parcel = send(embassy, capital, tmp_path / "1.cdparcel", sealed.registry_no, metadata_only=True)
    parcel_receive.receive(capital, parcel)
    (mirror,) = capital.store.all_requests()
    assert mirror.court_reference == sealed.court_reference
    assert mirror.due_on == sealed.due_on and SUBJECT not in mirror.subject
    assert mirror.summary == "" and mirror.persons == []


def test_the_parcel_holds_no_plaintext(two_offices, tmp_path):
    embassy, capital = two_offices
    canary = "CANARY-7f3a9 Marsk"
    request = new_request(
        embassy, subject=f"Bank records {canary}", persons=[canary], court_reference="ICC-CANARY-42"
    )
    casefile.add_note(embassy, request, f"Called the bank about {canary}", shareable=True)
    data = send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no).read_bytes()
    for secret in (
        canary,
        "Marsk",
        "ICC-CANARY-42",
        request.registry_no,
        "Embassy of Testland",
        "Ministry of Justice of Testland",
    ):
        for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
            assert encoded not in data
    head = data.split(b"\n\n", 1)[0]
    assert head == (
        b"coopdesk-parcel/1\nrecipient "
        + office_keys.key_id(office_keys.own(capital.store)["age_recipient"]).encode()
    )


def test_a_parcel_opens_with_pyrage_alone_as_documented(two_offices, tmp_path):
    """docs/EXCHANGE.md: the exported age identity and a JSON reader are enough."""
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel = send(embassy, capital, tmp_path / "parcel.cdparcel", request.registry_no)
    key = tmp_path / "office.agekey"
    offices.write_identity(capital, key)
    assert key.stat().st_mode & 0o077 == 0
    assert "office.identity_exported" in [e.action for e in capital.store.events()]

    doc = (Path(__file__).parents[1] / "docs" / "EXCHANGE.md").read_text("utf-8")
    recipe = doc.split("```python\n", 1)[1].split("```", 1)[0]
    shown: list = []
    namespace = {
        "open": lambda name, *mode: (tmp_path / name).open(*mode),
        "print": lambda *values: shown.extend(values),
    }
    exec(recipe, namespace)  # the documented recipe, as a reader would run it
    manifest, (entry,) = shown
    assert manifest["seq"] == 1 and manifest["recipient"] == offices.own_office_id(capital)
    assert entry["fields"]["subject"] == SUBJECT
    assert entry["origin_registry_no"] == request.registry_no
    body_text = json.loads(
        pyrage.decrypt(
            parcel.read_bytes().partition(b"\n\n")[2],
            [pyrage.x25519.Identity.from_str(key.read_text().strip())],
        )
    )
    verify_key = offices.own_card(embassy)["verify_key"]
    assert office_keys.signature_holds(
        verify_key, body_text["body"].encode(), base64.b64decode(body_text["signature"])
    )


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="fork and SIGKILL are POSIX")
def test_a_kill_during_receive_leaves_the_before_or_the_after(tmp_path, clock):
    """SIGKILL at random moments while a parcel of 30 requests is applied: never half."""
    import random
    import shutil

    from desktop.services import audit
    from tests.test_crash_safety import SEED, run_until_killed

    rng = random.Random(SEED)
    made = [
        Workspace.create(
            tmp_path / n,
            "alice",
            PASSPHRASE,
            "Alice",
            OfficeSettings(office_name=n, country="NL"),
            clock=clock,
        )[0]
        for n in ("embassy", "capital")
    ]
    embassy, capital = made
    introduce(embassy, capital, tmp_path)
    records = [new_request(embassy, court_reference=f"ICC-K-{i}") for i in range(30)]
    for record in records:
        casefile.add_note(embassy, record, "Chased by phone", shareable=True)
    parcel = tmp_path / "big.cdparcel"
    parcel_send.send(embassy, records, "capital", parcel)
    for ws in made:
        ws.close()
    for round_no in range(12):
        folder = tmp_path / f"round-{round_no}"
        shutil.copytree(tmp_path / "capital", folder)

        def work(report, folder: Path = folder) -> None:
            w = Workspace.unlock(folder, "alice", PASSPHRASE)
            report("ready")
            parcel_receive.receive(w, parcel)
            report("applied")

        lines = run_until_killed(work, rng.uniform(0.0, 0.6))
        ws = Workspace.unlock(folder, "alice", PASSPHRASE)
        try:
            assert audit.verify(ws).ok
            count = len(list(ws.store.all_requests()))
            received = [e for e in ws.store.events() if e.action == "parcel.received"]
            assert (count, len(received)) in {(0, 0), (30, 1)}, (count, SEED)
            if "applied" in lines:
                assert count == 30
        finally:
            ws.close()


def test_a_signed_parcel_with_values_this_version_does_not_know_is_refused(two_offices, tmp_path):
    """Signed by the real sender, yet a status no rule knows: refused, nothing applied."""
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    me = office_keys.own(capital.store)
    body = {
        "manifest": {
            "format_version": 1,
            "sender": offices.own_office_id(embassy),
            "recipient": me["office_id"],
            "seq": 2,
            "prev_sha256": OfficeStore(embassy.store).last_parcel("out", me["office_id"])["sha256"],
            "created_at": "2026-11-25T10:00:00",
            "acknowledges": None,
        },
        "payload": {
            "requests": [
                {
                    "global_id": OfficeStore(embassy.store).sharing(request.id)["global_id"],
                    "decided": {"status": "teleported"},
                }
            ]
        },
    }
    path = tmp_path / "2.cdparcel"
    path.write_bytes(
        parcel_format.seal(
            body,
            lambda t: office_keys.sign(embassy.store, t),
            me["age_recipient"],
            office_keys.key_id(me["age_recipient"]),
        )
    )
    events = len(capital.store.events())
    with pytest.raises(Refused, match="contents cannot be read"):
        parcel_receive.receive(capital, path)
    (mirror,) = capital.store.all_requests()
    assert mirror.status == "received" and len(capital.store.events()) == events


def test_a_deadline_changed_by_the_other_office_is_a_proposal_then_declined(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    (mirror,) = capital.store.all_requests()
    register.update(capital, mirror, {"court_deadline": "2026-12-31"})
    got = parcel_receive.receive(
        embassy, send(capital, embassy, tmp_path / "2.cdparcel", mirror.registry_no)
    )
    assert any("proposes Court deadline 2026-12-31" in c for c in got.changes)
    assert register.by_id(embassy, request.id).court_deadline.isoformat() == "2026-12-15"
    (proposal,) = proposals.open_proposals(embassy)
    proposals.decline(embassy, proposal["id"])
    assert proposals.open_proposals(embassy) == []
    with pytest.raises(Refused, match="already declined"):
        proposals.accept(embassy, proposal["id"])
    # The lead's next parcel puts its own deadline back on the mirror, and says so there.
    got = parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "3.cdparcel", request.registry_no)
    )
    assert register.by_id(capital, mirror.id).court_deadline.isoformat() == "2026-12-15"
    assert any("replacing this office's own change" in c for c in got.changes)
    (event,) = [
        e for e in capital.store.events(mirror.id) if e.action == "request.updated_from_office"
    ]
    assert event.detail["replaced_local_change"] is True


def test_a_deadline_proposal_accepted_moves_the_lead_s_dates(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    (mirror,) = capital.store.all_requests()
    register.update(capital, mirror, {"court_deadline": "2026-12-31"})
    parcel_receive.receive(
        embassy, send(capital, embassy, tmp_path / "2.cdparcel", mirror.registry_no)
    )
    (proposal,) = proposals.open_proposals(embassy)
    proposals.accept(embassy, proposal["id"])
    accepted = register.by_id(embassy, request.id)
    assert accepted.court_deadline.isoformat() == "2026-12-31"
    assert accepted.due_on.isoformat() == "2026-12-31"


def test_a_parcel_arriving_after_its_gap_was_accepted_cannot_turn_the_clock_back(
    two_offices, tmp_path
):
    embassy, capital = two_offices
    request = new_request(embassy)
    first = send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    casefile.add_note(
        embassy, register.by_id(embassy, request.id), "Sent by courier", shareable=True
    )
    workflow.change_status(embassy, register.by_id(embassy, request.id), "in_progress")
    second = send(embassy, capital, tmp_path / "2.cdparcel", request.registry_no)
    parcel_receive.receive(capital, second, accept_gap=True)
    got = parcel_receive.receive(capital, first)  # the lost one turns up
    assert got.replay_of is None
    (mirror,) = capital.store.all_requests()
    assert mirror.status == "in_progress"  # not the older 'received' it carried
    assert [n["text"] for n in casefile.notes(capital, mirror.id)] == ["Sent by courier"]
    assert parcel_receive.receive(capital, first).replay_of is not None


def opened(receiver: Workspace, path: Path) -> dict:
    """The parcel's body as the receiving office decrypts it."""
    outer = parcel_format.outside(path.read_bytes())
    body, _, _ = parcel_format.open_sealed(outer, office_keys.age_identity(receiver.store))
    return body


def carried(receiver: Workspace, path: Path) -> dict[str, list]:
    (entry,) = opened(receiver, path)["payload"]["requests"]
    return {
        "notes": [n["text"] for n in entry["notes"]],
        "routing": [(s["authority"], s["outcome"]) for s in entry["routing"]],
        "attachments": [a["filename"] for a in entry.get("attachments", [])],
    }


def test_after_a_receipt_a_parcel_carries_only_what_is_new(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    casefile.add_note(embassy, request, "Handed to the focal point", shareable=True)
    step = workflow.route(embassy, register.by_id(embassy, request.id), "Ministry of Justice")
    casefile.attach_bytes(embassy, request, "court-letter.pdf", b"%PDF-1.4 letter")
    first = send(
        embassy, capital, tmp_path / "1.cdparcel", request.registry_no, with_attachments=True
    )
    assert carried(capital, first) == {
        "notes": ["Handed to the focal point"],
        "routing": [("Ministry of Justice", "")],
        "attachments": ["court-letter.pdf"],
    }
    parcel_receive.receive(capital, first)
    parcel_receive.receive(embassy, send(capital, embassy, tmp_path / "r1.cdparcel"))  # receipt

    casefile.add_note(
        embassy, register.by_id(embassy, request.id), "Chased by phone", shareable=True
    )
    second = send(
        embassy, capital, tmp_path / "2.cdparcel", request.registry_no, with_attachments=True
    )
    assert carried(capital, second) == {
        "notes": ["Chased by phone"],
        "routing": [],
        "attachments": [],
    }
    # The request itself (fields, lead, status) always travels: enough to mirror it.
    (entry,) = opened(capital, second)["payload"]["requests"]
    assert entry["fields"]["subject"] == SUBJECT and entry["decided"]["status"] == "in_progress"
    parcel_receive.receive(capital, second)
    (mirror,) = capital.store.all_requests()
    assert [n["text"] for n in casefile.notes(capital, mirror.id)] == [
        "Handed to the focal point",
        "Chased by phone",
    ]
    # A thing that changes travels again: the answer recorded on the routing step.
    workflow.mark_answered(embassy, step, "Records obtained")
    third = send(embassy, capital, tmp_path / "3.cdparcel", request.registry_no)
    assert carried(capital, third)["routing"] == [("Ministry of Justice", "Records obtained")]
    # Parcel 2 was not acknowledged yet: its note travels again, in case it was lost.
    assert carried(capital, third)["notes"] == ["Chased by phone"]


def test_without_a_receipt_a_parcel_carries_it_all_again_and_twice_changes_nothing(
    two_offices, tmp_path
):
    embassy, capital = two_offices
    request = new_request(embassy)
    casefile.add_note(embassy, request, "Handed to the focal point", shareable=True)
    workflow.route(embassy, register.by_id(embassy, request.id), "National Police")
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    (mirror,) = capital.store.all_requests()
    before = (
        casefile.notes(capital, mirror.id),
        workflow.routing_steps(capital, mirror.id),
        register.by_id(capital, mirror.id),
    )
    events = len(capital.store.events())
    # The capital's receipt never reached the embassy: parcel 2 carries everything again.
    again = send(embassy, capital, tmp_path / "2.cdparcel", request.registry_no)
    assert carried(capital, again) == {
        "notes": ["Handed to the focal point"],
        "routing": [("National Police", "")],
        "attachments": [],
    }
    got = parcel_receive.receive(capital, again)
    assert got.changes == [] and got.replay_of is None
    assert [e.action for e in capital.store.events()[events:]] == ["parcel.received"]
    assert (
        casefile.notes(capital, mirror.id),
        workflow.routing_steps(capital, mirror.id),
        register.by_id(capital, mirror.id),
    ) == before


def test_what_came_from_an_office_is_not_sent_back_to_it(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    (mirror,) = capital.store.all_requests()
    workflow.route(capital, mirror, "Ministry of Justice")
    casefile.add_note(capital, register.by_id(capital, mirror.id), "Drafting", shareable=True)
    parcel_receive.receive(
        embassy, send(capital, embassy, tmp_path / "2.cdparcel", mirror.registry_no)
    )
    back = send(embassy, capital, tmp_path / "3.cdparcel", request.registry_no)
    assert carried(capital, back) == {"notes": [], "routing": [], "attachments": []}


def test_the_lead_is_handed_over_and_the_former_lead_proposes(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    (mirror,) = capital.store.all_requests()
    assert offices.origin(capital, mirror.id)["office"] == "Embassy of Testland"
    got = parcel_receive.receive(
        capital,
        send(embassy, capital, tmp_path / "2.cdparcel", request.registry_no, hand_over_lead=True),
    )
    assert got.changes == [
        f"{mirror.registry_no}: Embassy of Testland hands the lead over; this office now "
        "decides its status and Court deadline."
    ]
    assert offices.origin(capital, mirror.id) is None  # the capital leads now
    assert offices.origin(embassy, request.id)["office"] == "Ministry of Justice of Testland"
    assert [
        e.detail for e in embassy.store.events(request.id) if e.action == "request.lead_handed_over"
    ] == [{"office": "Ministry of Justice of Testland", "seq": 2}]
    assert [e.action for e in capital.store.events(mirror.id)][-1] == "request.lead_received"
    # Only the lead hands the lead over.
    with pytest.raises(Refused, match="is led by Ministry of Justice of Testland"):
        send(embassy, capital, tmp_path / "x.cdparcel", request.registry_no, hand_over_lead=True)
    assert not (tmp_path / "x.cdparcel").exists()

    # The capital decides: its status applies at the embassy.
    workflow.change_status(capital, register.by_id(capital, mirror.id), "in_progress")
    got = parcel_receive.receive(
        embassy, send(capital, embassy, tmp_path / "3.cdparcel", mirror.registry_no)
    )
    assert register.by_id(embassy, request.id).status == "in_progress"
    assert any("decided by Ministry of Justice of Testland" in c for c in got.changes)
    # The embassy's own change is now a proposal the capital accepts or declines.
    register.update(embassy, register.by_id(embassy, request.id), {"court_deadline": "2026-12-31"})
    got = parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "4.cdparcel", request.registry_no)
    )
    assert register.by_id(capital, mirror.id).court_deadline.isoformat() == "2026-12-15"
    (proposal,) = proposals.open_proposals(capital)
    assert (proposal["office"], proposal["field"], proposal["value"]) == (
        "Embassy of Testland",
        "court_deadline",
        "2026-12-31",
    )


def test_the_lead_handed_over_in_the_first_parcel(two_offices, tmp_path):
    embassy, capital = two_offices
    request = new_request(embassy)
    parcel_receive.receive(
        capital,
        send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no, hand_over_lead=True),
    )
    (mirror,) = capital.store.all_requests()
    assert offices.origin(capital, mirror.id) is None
    assert [e.action for e in capital.store.events(mirror.id)][-1] == "request.lead_received"
    with pytest.raises(Refused, match="Name the requests"):
        parcel_send.send(embassy, [], name(capital), tmp_path / "2.cdparcel", hand_over_lead=True)


def test_the_watched_folder_offers_only_this_office_s_parcels_not_yet_received(
    two_offices, tmp_path
):
    from desktop.services import parcel_folder

    embassy, capital = two_offices
    folder = tmp_path / "shared"
    folder.mkdir()
    ours = send(embassy, capital, folder / "b.CDPARCEL", new_request(embassy).registry_no)
    theirs = send(capital, embassy, folder / "a.cdparcel")  # for the embassy, not here
    (folder / "c.cdparcel").write_bytes(b"coopdesk-parcel/1\nrecipient x")  # damaged
    (folder / "notes.txt").write_text("coopdesk-parcel/1\n")
    assert parcel_folder.waiting(capital, folder) == [ours]
    assert parcel_folder.waiting(embassy, folder) == [theirs]
    parcel_receive.receive(capital, ours)
    assert parcel_folder.waiting(capital, folder) == []
    assert sorted(p.name for p in folder.iterdir()) == [
        "a.cdparcel",
        "b.CDPARCEL",
        "c.cdparcel",
        "notes.txt",
    ]


def test_everything_carries_again_what_was_acknowledged(two_offices, tmp_path):
    """For an office that restored an older backup: --everything."""
    embassy, capital = two_offices
    request = new_request(embassy)
    casefile.add_note(embassy, request, "Handed to the focal point", shareable=True)
    parcel_receive.receive(
        capital, send(embassy, capital, tmp_path / "1.cdparcel", request.registry_no)
    )
    parcel_receive.receive(embassy, send(capital, embassy, tmp_path / "r.cdparcel"))
    second = send(embassy, capital, tmp_path / "2.cdparcel", request.registry_no)
    assert carried(capital, second)["notes"] == []
    again = send(embassy, capital, tmp_path / "3.cdparcel", request.registry_no, everything=True)
    assert carried(capital, again)["notes"] == ["Handed to the focal point"]
