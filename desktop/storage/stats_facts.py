"""What the statistics need of each request's status moves, kept on the request itself.

A request's answer (the first move that answered the Court: executed, refused, withdrawn,
or closed after a partial execution), the day of it, the days from receipt to it net of
consultation pauses, the day of its latest status move, and that of its latest move
to consultation, postponement, refusal or partial execution are worked out from the audit
trail's `status.changed` entries. Worked out at every `stats`, that cost more than a
second at 100,000 requests (issue 18); so the store works them out once, whenever a
status move is appended (`Store.append_events`, in the same transaction), and migration
11 works them out for the requests already there. They are derived data: left out of the
row digests (`row_digests.TABLES`) and of the request's version, like `deliver_on`.

The statement below is the one definition of these facts: changing it needs a migration
that runs it again over every request.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.storage.connection import Connection

COLUMNS = ("answered_on", "answer", "net_days", "last_moved_on", "decided_on")

_AFTER = "json_extract(detail, '$.after')"
# The moves the statistics count by ground: the day of a request's latest one is kept, so
# the moves of a period are looked for among the few requests that made one since.
_DECISIONS = "'in_consultation', 'postponed', 'refused', 'partially_executed'"


def moved_on(alias: str = "") -> str:
    """SQL for the day a status move took effect: the day the user gave it (a move
    recorded after the fact keeps it as `effective_on`), else the day it was recorded."""
    of = f"{alias}." if alias else ""
    return f"coalesce(json_extract({of}detail, '$.effective_on'), substr({of}at, 1, 10))"


def statement(requests: str) -> str:
    """The UPDATE that refreshes the facts of the requests whose id satisfies `requests`
    (an SQL condition on `request_id`, e.g. 'request_id IN (1, 2)' or '1')."""
    moves = f"FROM events WHERE action = 'status.changed' AND request_id IS NOT NULL AND {requests}"
    # The first move that answered: each candidate keyed '<seq, 13 digits><day><status>'
    # so min() keeps the first.
    return (
        "WITH partial AS MATERIALIZED (SELECT request_id AS rid, min(seq) AS seq "
        f"{moves} AND {_AFTER} = 'partially_executed' GROUP BY request_id), "
        "firsts AS (SELECT request_id AS rid, "
        f"(1000000000000 + seq) || {moved_on()} || {_AFTER} AS k "
        f"{moves} AND {_AFTER} IN ('executed', 'refused', 'withdrawn') "
        f"UNION ALL SELECT e.request_id, (1000000000000 + e.seq) || {moved_on('e')} || "
        "json_extract(e.detail, '$.after') FROM partial p JOIN events e "
        "ON e.action = 'status.changed' AND e.request_id = p.rid AND e.seq > p.seq "
        "WHERE json_extract(e.detail, '$.after') = 'closed'), "
        "answers AS MATERIALIZED (SELECT rid, substr(min(k), 14, 10) AS day, "
        "substr(min(k), 24) AS status FROM firsts GROUP BY rid), "
        "latest AS MATERIALIZED (SELECT request_id AS rid, "
        f"substr(max((1000000000000 + seq) || {moved_on()}), 14) AS day, "
        f"max(CASE WHEN {_AFTER} IN ({_DECISIONS}) THEN {moved_on()} END) AS decided "
        f"{moves} GROUP BY request_id), "
        "a AS MATERIALIZED (SELECT l.rid AS id, substr(r.received_at, 1, 10) AS received_on, "
        "answers.day AS answered_on, answers.status AS answer, l.day AS moved_on, "
        "l.decided AS decided_on "
        "FROM latest l JOIN requests r ON r.id = l.rid "
        "LEFT JOIN answers ON answers.rid = l.rid) "
        "UPDATE requests SET answered_on = a.answered_on, answer = a.answer, "
        f"net_days = CASE WHEN a.answered_on IS NOT NULL THEN {_NET} END, "
        "last_moved_on = a.moved_on, decided_on = a.decided_on FROM a "
        "WHERE requests.id = a.id"
    )


def held_until(day: str) -> str:
    """SQL for the days the consultation begun by move `s` held the clock up to `day`:
    to the move that ended it, or to `day` if none had by then."""
    return (
        f"max(0, julianday(min(coalesce((SELECT {moved_on('e')} FROM events e "
        f"WHERE e.action = 'status.changed' AND e.request_id = s.request_id "
        f"AND e.seq > s.seq AND json_extract(e.detail, '$.before') = 'in_consultation' "
        f"ORDER BY e.seq LIMIT 1), {day}), {day})) - julianday({moved_on('s')}))"
    )


# Net days from receipt to the answer: calendar days less those paused in consultation.
_NET = (
    "max(0, CAST(julianday(a.answered_on) - julianday(a.received_on) AS INTEGER) - "
    "CAST((SELECT total(" + held_until("a.answered_on") + ") FROM events s "
    "WHERE s.action = 'status.changed' AND s.request_id = a.id "
    "AND json_extract(s.detail, '$.after') = 'in_consultation' "
    f"AND {moved_on('s')} <= a.answered_on) AS INTEGER))"
)


def refresh(conn: Connection, request_ids: Iterable[int]) -> None:
    """Work the facts out again for these requests (after a status move of theirs)."""
    ids = sorted({int(i) for i in request_ids})
    if ids:
        conn.execute(statement(f"request_id IN ({', '.join(map(str, ids))})"))
