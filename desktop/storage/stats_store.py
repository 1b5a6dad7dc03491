"""The SQL behind the statistics: SQLite counts, and hands back small aggregates.

Kept apart from store.py; it shares the Store's connection. Each request's answer, its
day and the net days to it are read from the request itself (kept by every status move,
stats_facts.py) over the index `requests_answered`; the class of an acknowledgement and
the consultations of a period come from the audit trail over `events_stats`. Only groups
come back: at 100,000 requests, handing every request to Python cost more than all the
arithmetic (issue 18: `stats` in 1 s).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.core.statistics import CONSULTATION, OPEN_STATUSES
from desktop.storage.stats_facts import held_until, moved_on
from desktop.storage.store import Store

Row = tuple[Any, ...]

_OPEN = sorted(OPEN_STATUSES)
# Requests that were ever extended: few, looked up by id.
_EXTENDED = (
    "extended AS MATERIALIZED (SELECT DISTINCT request_id AS rid FROM events "
    "WHERE action = 'deadline.extended')"
)
# Each request's first acknowledgement of receipt: few, gathered once and joined (looked
# up per request, three times over in the CASE, it cost half a second at 100,000).
_ACKNOWLEDGED = (
    "acks AS MATERIALIZED (SELECT request_id AS rid, min(substr(at, 1, 10)) AS day "
    "FROM events WHERE action = 'reply.exported' "
    "AND json_extract(detail, '$.template') = 'acknowledgement' GROUP BY request_id)"
)


WorkingDay = Callable[["str | None"], "str | None"]


def _unextended(days_by_kind: Mapping[str, int]) -> str:
    """SQL for the due date had no extension been agreed: the Court's date, or the
    office's default days for the kind rolled to a working day as the register rolls them
    (`coopdesk_working_day`, the office's calendar), plus consultation pauses. Only the
    roll is asked of Python (which keeps each day's): the whole date asked of it per
    request cost more than all the SQL at 100,000 requests."""
    cases = " ".join(
        f"WHEN '{kind.replace(chr(39), chr(39) * 2)}' THEN {int(days)}"
        for kind, days in sorted(days_by_kind.items())
    )
    return (
        "CASE WHEN court_deadline > '' THEN date(court_deadline, '+' || paused_days || ' days') "
        f"ELSE coopdesk_working_day(date(received_on, '+' || (CASE kind {cases} END + "
        "paused_days) || ' days')) END"
    )


def _in_scope(table: str, where: str) -> str:
    """SQL: the request of `table`'s row is in scope. Looked up per row: the rows (steps,
    costs of a period) are few beside the requests in scope, which `IN (SELECT ...)`
    would gather first, all of them."""
    return f"EXISTS (SELECT 1 FROM requests WHERE requests.id = {table}.request_id AND {where})"


@dataclass(frozen=True)
class Part:
    """One result over the requests with their answers: columns, condition, and an
    optional GROUP BY / ORDER BY."""

    columns: Sequence[str]
    where: str
    params: Sequence[Any] = ()
    tail: str = ""


def _answered_part(scope: Scope, days_by_kind: Mapping[str, int]) -> Part:
    return Part(
        [
            "kind",
            "organ",
            "answer",
            "net_days",
            "answered_on <= due_on",
            f"answered_on <= {_unextended(days_by_kind)}",
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
        f"status NOT IN ({open_}) AND last_moved_on < ?)",
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

    def _select(self, scope: Scope, part: Part) -> list[Row]:
        """The part's rows over the requests in scope, each with its stored answer
        (`answered_on`, `answer`, `net_days`: stats_facts.py). Every part picks requests
        by `answered_on`, so its index serves them all: the backlog (never answered, or
        after the period) without it read every request received by the period's end."""
        where, params = scope.where()
        return list(
            self.conn.execute(
                f"WITH {_EXTENDED}, a AS (SELECT id, registry_no, received_at, "
                "substr(received_at, 1, 10) AS received_on, kind, "
                "coalesce(requesting_organ, '') AS organ, status, court_deadline, "
                "extended_to, coalesce(paused_days, 0) AS paused_days, due_on, answered_on, "
                "answer, net_days, last_moved_on FROM requests INDEXED BY requests_answered "
                f"WHERE {where}) "
                f"SELECT {', '.join(part.columns)} FROM a WHERE {part.where} {part.tail}",
                [*params, *part.params],
            ).fetchall()
        )

    def answered_and_backlog(
        self, scope: Scope, days_by_kind: Mapping[str, int], working_day: WorkingDay
    ) -> tuple[list[Row], list[Row]]:
        """The requests answered in the period, in groups: (kind, organ, status answered,
        net days, by the due date, by the due date had no extension been agreed,
        extended, count); and the backlog, (id, registry_no, kind, received_on) of each
        request not answered by the period's end, oldest first. Both in one statement, so
        the answers are worked out once.

        The second date rests on the office's default days by kind and its calendar,
        which are not in the database: `working_day(day)` gives the first working day
        from `day` (None for None)."""
        self.conn.create_function("coopdesk_working_day", 1, working_day, deterministic=True)
        return self._select(scope, _answered_part(scope, days_by_kind)), self.backlog(scope)

    def backlog(self, scope: Scope) -> list[Row]:
        """The backlog as answered_and_backlog gives it (for a click on its chart)."""
        return self._select(scope, _backlog_part(scope))

    def turnaround_ids(self, scope: Scope) -> list[Row]:
        """(id, net days) of the requests answered in the period, withdrawals apart,
        oldest first."""
        return self._select(
            scope,
            Part(
                ["id", "net_days"],
                "answered_on BETWEEN ? AND ? AND answer != 'withdrawn'",
                [scope.first.isoformat(), scope.last.isoformat()],
                "ORDER BY received_at, registry_no",
            ),
        )

    def received(self, scope: Scope) -> list[Row]:
        """(kind, organ, channel, situation, urgency, 'YYYY-MM', acknowledgement, count)
        of the requests received in the period; acknowledgement is 'on_time', 'late' or
        'missing' (none sent by the period's end)."""
        where, params = scope.where()
        last = scope.last.isoformat()
        return list(
            self.conn.execute(
                f"WITH {_ACKNOWLEDGED} "
                "SELECT kind, coalesce(requesting_organ, ''), channel, situation, urgency, "
                "substr(received_at, 1, 7), CASE WHEN ack IS NULL OR ack > ? THEN 'missing' "
                "WHEN ack <= ack_due_on THEN 'on_time' ELSE 'late' END, count(*) "
                "FROM (SELECT kind, requesting_organ, channel, situation, urgency, received_at, "
                "ack_due_on, acks.day AS ack FROM requests LEFT JOIN acks ON acks.rid = id "
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
        up to the period's end. Only the requests whose last such move (`decided_on`) is
        not before the period are looked at: a few, beside every status move."""
        where, params = scope.where()
        first, last = scope.first.isoformat(), scope.last.isoformat()
        return list(
            self.conn.execute(
                "SELECT json_extract(s.detail, '$.after'), "
                "coalesce(json_extract(s.detail, '$.ground'), ''), "
                f"CASE WHEN json_extract(s.detail, '$.after') = 'in_consultation' "
                f"THEN CAST({held_until('?')} AS INTEGER) END "
                "FROM events s WHERE s.action = 'status.changed' "
                "AND json_extract(s.detail, '$.after') IN ('in_consultation', 'postponed', "
                f"'refused', 'partially_executed') AND {moved_on('s')} BETWEEN ? AND ? "
                "AND s.request_id IN (SELECT id FROM requests WHERE decided_on >= ? "
                f"AND {where}) ORDER BY s.seq",
                [last, last, first, last, first, *params],
            ).fetchall()
        )

    def routing_steps(self, scope: Scope) -> list[Row]:
        """(authority, sent_on, due_on, answered_on) of the steps sent in the period."""
        where, params = scope.where()
        return list(
            self.conn.execute(
                "SELECT a.name, s.sent_on, s.due_on, s.answered_on "
                "FROM routing_steps s JOIN authorities a ON a.id = s.authority_id "
                f"WHERE s.sent_on BETWEEN ? AND ? AND {_in_scope('s', where)} ORDER BY s.id",
                [scope.first.isoformat(), scope.last.isoformat(), *params],
            ).fetchall()
        )

    def costs(self, scope: Scope) -> list[Row]:
        """(category, currency, count, amount_cents) of the costs incurred in the period."""
        where, params = scope.where()
        return list(
            self.conn.execute(
                "SELECT category, currency, count(*), sum(amount_cents) FROM costs "
                f"WHERE incurred_on BETWEEN ? AND ? AND {_in_scope('costs', where)} "
                "GROUP BY category, currency ORDER BY category, currency",
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
