"""Requests that belong together: a follow-up, the full request after a provisional arrest,
a duplicate, the same person. Each link is shown on both requests, worded from each side.

Linking the Court's full request for surrender to a provisional arrest ends the Rule 188
watch on the provisional arrest.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from desktop.core.requests import RequestRecord
from desktop.core.translation import translate
from desktop.core.vocabulary import Kind
from desktop.services.errors import NotFound, Refused
from desktop.services.register import by_id, store_deadlines
from desktop.services.workspace import Workspace


class Relation(StrEnum):
    """`A relation B`, read from A."""

    FOLLOW_UP_OF = "follow_up_of"
    FULL_REQUEST_AFTER = "full_request_after"  # A: full surrender request; B: provisional
    DUPLICATE_OF = "duplicate_of"
    SAME_PERSON_AS = "same_person_as"


# How a link reads from the request that holds it, and from the other one.
WORDING: dict[Relation, tuple[str, str]] = {
    Relation.FOLLOW_UP_OF: ("follow-up of", "followed up by"),
    Relation.FULL_REQUEST_AFTER: (
        "full request for surrender after the provisional arrest",
        "provisional arrest followed by the full request",
    ),
    Relation.DUPLICATE_OF: ("duplicate of", "duplicated by"),
    Relation.SAME_PERSON_AS: ("same person as", "same person as"),
}


def link(
    ws: Workspace, record: RequestRecord, relation: Relation | str, other: RequestRecord
) -> None:
    """Record that `record` is <relation> `other`, in the timeline of both."""
    try:
        relation = Relation(relation)
    except ValueError:
        known = ", ".join(r.value for r in Relation)
        raise Refused(
            translate("LinksMessages", "'{0}' is not a kind of link; one of: {1}.").format(
                relation, known
            )
        ) from None
    if record.id == other.id:
        raise Refused(translate("LinksMessages", "A request cannot be linked to itself."))
    if relation is Relation.FULL_REQUEST_AFTER and other.kind is not Kind.PROVISIONAL_ARREST:
        raise Refused(
            translate("LinksMessages", "{0} is not a request for provisional arrest.").format(
                other.registry_no
            )
        )
    existing = ws.store.links(record.id)
    if any(
        row["request_id"] == record.id
        and row["other_id"] == other.id
        and row["relation"] == relation
        for row in existing
    ):
        raise Refused(
            translate("LinksMessages", "{0} is already linked to {1} so.").format(
                record.registry_no, other.registry_no
            )
        )
    now = ws.now()
    with ws.store.transaction():
        ws.store.add_link(record.id, relation.value, other.id, now, ws.user)
        if relation is Relation.FULL_REQUEST_AFTER:  # before the entries carry its rows
            _end_rule_188(ws, other, record)
        for one, two in ((record, other), (other, record)):
            ws.store.append_event(
                ws.user,
                one.id,
                "request.linked",
                {"relation": relation.value, "with": two.registry_no},
                now,
            )


def _end_rule_188(ws: Workspace, provisional: RequestRecord, full: RequestRecord) -> None:
    arrived = full.received_at.date()
    if provisional.full_request_on and provisional.full_request_on <= arrived:
        return
    ws.store.update_request(
        provisional.id, {"full_request_on": arrived.isoformat(), "updated_at": ws.now()}
    )
    store_deadlines(ws, by_id(ws, provisional.id))


def unlink(ws: Workspace, record: RequestRecord, other: RequestRecord) -> None:
    """Remove every link between the two (a slip); the timeline keeps that they were."""
    rows = [
        row
        for row in ws.store.links(record.id)
        if {row["request_id"], row["other_id"]} == {record.id, other.id}
    ]
    if not rows:
        raise NotFound(
            translate("LinksMessages", "{0} and {1} are not linked.").format(
                record.registry_no, other.registry_no
            )
        )
    now = ws.now()
    with ws.store.transaction():
        for row in rows:
            ws.store.remove_link(row["id"])
        for one, two in ((record, other), (other, record)):
            ws.store.append_event(
                ws.user, one.id, "request.unlinked", {"with": two.registry_no}, now
            )
        _recompute_full_request(ws, record)
        _recompute_full_request(ws, other)


def _recompute_full_request(ws: Workspace, record: RequestRecord) -> None:
    """After an unlink: the earliest full request still linked, or none."""
    if record.kind is not Kind.PROVISIONAL_ARREST:
        return
    arrivals = [
        row["holder_received_at"][:10]
        for row in ws.store.links(record.id)
        if row["other_id"] == record.id and row["relation"] == Relation.FULL_REQUEST_AFTER
    ]
    ws.store.update_request(
        record.id, {"full_request_on": min(arrivals, default=None), "updated_at": ws.now()}
    )
    store_deadlines(ws, by_id(ws, record.id))


def shown(ws: Workspace, record: RequestRecord) -> list[dict[str, Any]]:
    """The links of a request as `show` lists them, worded from this request's side."""
    result = []
    for row in ws.store.links(record.id):
        relation = Relation(row["relation"])
        mine = row["request_id"] == record.id
        result.append(
            {
                "relation": relation.value,
                "from_here": mine,  # read from this request's side (else from the other's)
                "as": WORDING[relation][0 if mine else 1],
                "registry_no": row["other_registry_no"] if mine else row["registry_no"],
                "subject": row["other_subject"] if mine else row["subject"],
            }
        )
    return result
