"""The SQL behind the statistics: SQLite counts, and hands back small aggregates.

Kept apart from store.py; it shares the Store's connection. The per-request work (which
status move answered the Court, the days a consultation held the clock, the class of an
acknowledgement) is done in SQL over the covering indexes `requests_stats` and
`events_stats`, and only groups come back: at 100,000 requests, handing every request to
Python cost more than all the arithmetic (issue 18: `stats` in 1 s).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.core.statistics import CONSULTATION, OPEN_STATUSES
from desktop.storage.store import Store

Row = tuple[Any, ...]

_OPEN = sorted(OPEN_STATUSES)
_AFTER = "json_extract(e.detail, '$.after')"
_BEFORE = "json_extract(e.detail, '$.before')"
_MOVE_AFTER = "json_extract(detail, '$.after')"
_STATUS_MOVES = "FROM events WHERE action = 'status.changed' AND request_id IS NOT NULL"
# The first status move that answered each request: executed, refused, withdrawn, or closed
# after a partial execution. Each candidate is keyed '<seq, 13 digits><day><status>' so
# min() keeps the first and SQL reads only the covering index (no row per move to Python).
_ANSWERS = (
    "partial AS MATERIALIZED (SELECT request_id AS rid, min(seq) AS seq "
    f"{_STATUS_MOVES} AND {_MOVE_AFTER} = 'partially_executed' "
    "GROUP BY request_id), "
    "firsts AS (SELECT request_id AS rid, "
    f"(1000000000000 + seq) || substr(at, 1, 10) || {_MOVE_AFTER} AS k "
    f"{_STATUS_MOVES} AND {_MOVE_AFTER} IN ('executed', 'refused', 'withdrawn') "
    "UNION ALL SELECT e.request_id, (1000000000000 + e.seq) || substr(e.at, 1, 10) || "
    f"{_AFTER} FROM partial p JOIN events e ON e.action = 'status.changed' "
    f"AND e.request_id = p.rid AND e.seq > p.seq WHERE {_AFTER} = 'closed'), "
    "answers AS MATERIALIZED (SELECT rid, substr(min(k), 14, 10) AS day, "
    "substr(min(k), 24) AS status FROM firsts GROUP BY rid), "
    # Requests that were ever in consultation, and ever extended: few, looked up by id.
    "consulted AS MATERIALIZED (SELECT DISTINCT request_id AS rid "
    f"{_STATUS_MOVES} AND {_MOVE_AFTER} = 'in_consultation'), "
    "extended AS MATERIALIZED (SELECT DISTINCT request_id AS rid FROM events "
    "WHERE action = 'deadline.extended')"
)
_ACKNOWLEDGED = (
    "(SELECT min(substr(e.at, 1, 10)) FROM events e WHERE e.action = 'reply.exported' "
    "AND e.request_id = r.id AND json_extract(e.detail, '$.template') = 'acknowledgement')"
)


def _held_until(day: str, start: str = "s") -> str:
    """SQL for the days the consultation begun by move `start` held the clock up to `day`:
    to the move that ended it, or to `day` if none had by then."""
    return (
        f"max(0, julianday(min(coalesce((SELECT substr(e.at, 1, 10) FROM events e "
        f"WHERE e.action = 'status.changed' AND e.request_id = {start}.request_id "
        f"AND e.seq > {start}.seq AND {_BEFORE} = 'in_consultation' ORDER BY e.seq "
        f"LIMIT 1), {day}), {day})) - julianday(substr({start}.at, 1, 10)))"
    )


# Net days from receipt to the answer: calendar days less those paused in consultation.
_NET = (
    "max(0, CAST(julianday(a.answered_on) - julianday(a.received_on) AS INTEGER) - "
    "CASE WHEN a.id IN (SELECT rid FROM consulted) THEN CAST(("
    "SELECT total(" + _held_until("a.answered_on") + ") FROM events s "
    "WHERE s.action = 'status.changed' AND s.request_id = a.id "
    "AND json_extract(s.detail, '$.after') = 'in_consultation' "
    "AND substr(s.at, 1, 10) <= a.answered_on) AS INTEGER) ELSE 0 END)"
)


Unextended = Callable[[str, str, int, "str | None"], str]


@dataclass(frozen=True)
class Part:
    """One result over the requests with their answers: columns, condition, and an
    optional GROUP BY / ORDER BY."""

    columns: Sequence[str]
    where: str
    params: Sequence[Any] = ()
    tail: str = ""


def _answered_part(scope: Scope) -> Part:
    return Part(
        [
            "kind",
            "organ",
            "answer",
            _NET,
            "answered_on <= due_on",
            "answered_on <= coopdesk_unextended(kind, received_on, paused_days, court_deadline)",
            "extended_to IS NOT NULL OR id IN (SELECT rid FROM extended)",
            "count(*)",
        ],
        "answered_on BETWEEN ? AND ?",
        [scope.first.isoformat(), scope.last.isoformat()],
        "GROUP BY 1, 2, 3, 4, 5, 6, 7",
    )


def _backlog_part(scope: Scope) -> Part:
    """Not answered by the period's end. A request settled before the period (not open,
    last moved before it) is not part of it even without an answer."""
    first, last = scope.first.isoformat(), scope.last.isoformat()
    open_ = ", ".join(f"'{s}'" for s in _OPEN)
    return Part(
        ["id", "registry_no", "kind", "received_on"],
        f"(answered_on IS NULL OR answered_on > ?) AND NOT (received_on < ? AND "
        f"status NOT IN ({open_}) AND (SELECT substr(e.at, 1, 10) FROM events e "
        "WHERE e.action = 'status.changed' AND e.request_id = a.id "
        "ORDER BY e.seq DESC LIMIT 1) < ?)",
        [last, first, first],
        "ORDER BY received_at, registry_no",
    )


@dataclass(frozen=True)
class Scope:
    """The requests counted: received up to `last` and matching the filters."""

    first: date
    last: date
    kinds: Sequence[str] = ()
    organs: Sequence[str] = ()
    situations: Sequence[str] = ()
    lead_offices: Sequence[str] = ()  # office ids: requests those offices lead

    def where(self) -> tuple[str, list[Any]]:
        # Compared as text against the next day, so requests_stats answers (received_at
        # is ISO 8601: '2026-03-31T09:00:00' < '2026-04-01').
        clauses = ["received_at < ?"]
        params: list[Any] = [(self.last + timedelta(days=1)).isoformat()]
        for column, values in (
            ("kind", self.kinds),
            ("requesting_organ", self.organs),
            ("situation", self.situations),
            ("lead_office", self.lead_offices),
        ):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params += list(values)
        return " AND ".join(clauses), params


class StatsStore:
    def __init__(self, store: Store) -> None:
        self.conn = store.conn

    def _answers(self, scope: Scope, *parts: Part) -> list[list[Row]]:
        """For each part, its rows over the requests in scope, each request with its
        `answered_on` and `answer` (status) worked out once for all the parts."""
        where, params = scope.where()
        # Answered before the period: no part wants it (most of a register, some years on).
        params.append(scope.first.isoformat())
        width = max(len(part.columns) for part in parts)
        selects = []
        for number, part in enumerate(parts):
            padding = "".join(", NULL" for _ in range(width - len(part.columns)))
            selects.append(
                f"SELECT {number}, *{padding} FROM (SELECT "
                f"{', '.join(part.columns)} FROM a WHERE {part.where} {part.tail})"
            )
            params += list(part.params)
        rows = self.conn.execute(
            f"WITH {_ANSWERS}, a AS MATERIALIZED (SELECT r.id, r.registry_no, r.received_at, "
            "substr(r.received_at, 1, 10) AS received_on, r.kind, "
            "coalesce(r.requesting_organ, '') AS organ, r.status, r.court_deadline, "
            "r.extended_to, coalesce(r.paused_days, 0) AS paused_days, r.due_on, "
            "answers.day AS answered_on, answers.status AS answer "
            "FROM requests r INDEXED BY requests_stats "
            f"LEFT JOIN answers ON answers.rid = r.id WHERE {where} "
            "AND (answers.day IS NULL OR answers.day >= ?)) " + " UNION ALL ".join(selects),
            params,
        ).fetchall()
        found: list[list[Row]] = [[] for _ in parts]
        for row in rows:
            found[int(row[0])].append(row[1 : len(parts[int(row[0])].columns) + 1])
        return found

    def answered_and_backlog(
        self, scope: Scope, unextended: Unextended
    ) -> tuple[list[Row], list[Row]]:
        """The requests answered in the period, in groups: (kind, organ, status answered,
        net days, by the due date, by the due date had no extension been agreed,
        extended, count); and the backlog, (id, registry_no, kind, received_on) of each
        request not answered by the period's end, oldest first. Both in one statement, so
        the answers are worked out once.

        `unextended(kind, received_on, paused_days, court_deadline)` gives that second
        date (the office's calendar and default days are not in the database)."""
        self.conn.create_function("coopdesk_unextended", 4, unextended, deterministic=True)
        answered, backlog = self._answers(scope, _answered_part(scope), _backlog_part(scope))
        return answered, backlog

    def backlog(self, scope: Scope) -> list[Row]:
        """The backlog as answered_and_backlog gives it (for a click on its chart)."""
        return self._answers(scope, _backlog_part(scope))[0]

    def turnaround_ids(self, scope: Scope) -> list[Row]:
        """(id, net days) of the requests answered in the period, withdrawals apart."""
        return self._answers(
            scope,
            Part(
                ["id", _NET],
                "answered_on BETWEEN ? AND ? AND answer != 'withdrawn'",
                [scope.first.isoformat(), scope.last.isoformat()],
            ),
        )[0]

    def received(self, scope: Scope) -> list[Row]:
        """(kind, organ, channel, situation, urgency, 'YYYY-MM', acknowledgement, count)
        of the requests received in the period; acknowledgement is 'on_time', 'late' or
        'missing' (none sent by the period's end)."""
        where, params = scope.where()
        last = scope.last.isoformat()
        return list(
            self.conn.execute(
                "SELECT kind, coalesce(requesting_organ, ''), channel, situation, urgency, "
                "substr(received_at, 1, 7), CASE WHEN ack IS NULL OR ack > ? THEN 'missing' "
                "WHEN ack <= ack_due_on THEN 'on_time' ELSE 'late' END, count(*) "
                "FROM (SELECT kind, requesting_organ, channel, situation, urgency, received_at, "
                f"ack_due_on, {_ACKNOWLEDGED} AS ack FROM requests r "
                f"WHERE {where} AND received_at >= ?) GROUP BY 1, 2, 3, 4, 5, 6, 7",
                [last, *params, scope.first.isoformat()],
            ).fetchall()
        )

    def overdue(self, scope: Scope, today: date) -> int:
        """Requests in scope still open (not paused in consultation) and past due today."""
        where, params = scope.where()
        running = ", ".join(f"'{s}'" for s in _OPEN if s != CONSULTATION)
        return int(
            self.conn.execute(
                f"SELECT count(*) FROM requests WHERE {where} AND status IN ({running}) "
                "AND due_on < ?",
                [*params, today.isoformat()],
            ).fetchone()[0]
        )

    def decisions(self, scope: Scope) -> list[Row]:
        """(status, ground or '', days held) of every move in the period to consultation,
        postponement, refusal or partial execution; days held only for consultations,
        up to the period's end."""
        where, params = scope.where()
        first, last = scope.first.isoformat(), scope.last.isoformat()
        return list(
            self.conn.execute(
                "SELECT json_extract(s.detail, '$.after'), "
                "coalesce(json_extract(s.detail, '$.ground'), ''), "
                f"CASE WHEN json_extract(s.detail, '$.after') = 'in_consultation' "
                f"THEN CAST({_held_until('?')} AS INTEGER) END "
                "FROM events s WHERE s.action = 'status.changed' "
                "AND json_extract(s.detail, '$.after') IN ('in_consultation', 'postponed', "
                "'refused', 'partially_executed') AND substr(s.at, 1, 10) BETWEEN ? AND ? "
                f"AND s.request_id IN (SELECT id FROM requests WHERE {where}) ORDER BY s.seq",
                [last, last, first, last, *params],
            ).fetchall()
        )

    def routing_steps(self, scope: Scope) -> list[Row]:
        """(authority, sent_on, due_on, answered_on) of the steps sent in the period."""
        where, params = scope.where()
        return list(
            self.conn.execute(
                "SELECT a.name, s.sent_on, s.due_on, s.answered_on "
                "FROM routing_steps s JOIN authorities a ON a.id = s.authority_id "
                f"WHERE s.sent_on BETWEEN ? AND ? AND s.request_id IN (SELECT id FROM requests "
                f"WHERE {where}) ORDER BY s.id",
                [scope.first.isoformat(), scope.last.isoformat(), *params],
            ).fetchall()
        )

    def costs(self, scope: Scope) -> list[Row]:
        """(category, currency, count, amount_cents) of the costs incurred in the period."""
        where, params = scope.where()
        return list(
            self.conn.execute(
                "SELECT category, currency, count(*), sum(amount_cents) FROM costs "
                "WHERE incurred_on BETWEEN ? AND ? AND request_id IN (SELECT id FROM requests "
                f"WHERE {where}) GROUP BY category, currency ORDER BY category, currency",
                [scope.first.isoformat(), scope.last.isoformat(), *params],
            ).fetchall()
        )

    def received_ids(self, scope: Scope, column: str, key: str) -> list[int]:
        """Ids of the requests received in the period whose `column` reads `key`."""
        where, params = scope.where()
        expression = {
            "month": "substr(received_at, 1, 7)",
            "organ": "coalesce(requesting_organ, '')",
        }.get(column, column)
        return [
            row[0]
            for row in self.conn.execute(
                f"SELECT id FROM requests WHERE {where} AND received_at >= ? "
                f"AND {expression} = ? ORDER BY received_at",
                [*params, scope.first.isoformat(), key],
            )
        ]

    def situations(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT DISTINCT situation FROM requests WHERE situation != '' "
                "ORDER BY situation COLLATE NOCASE"
            )
        ]
