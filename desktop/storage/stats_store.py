"""The SQL behind the statistics: a few wide reads, shaped as plain tuples.

Kept apart from store.py; it shares the Store's connection. Each read is one pass over a
table (the JSON of the audit trail is taken apart by SQLite, in C), so the figures of a
100,000-request workspace come back in about a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from desktop.storage.store import Store

Row = tuple[Any, ...]


class StatsStore:
    def __init__(self, store: Store) -> None:
        self.conn = store.conn

    def requests(self, received_until: str, kinds: Sequence[str] = (),
                 organs: Sequence[str] = (), situations: Sequence[str] = ()) -> list[Row]:
        """(id, registry_no, received_at, kind, requesting_organ, channel, situation,
        urgency, status, court_deadline, extended_to, paused_days, due_on, ack_due_on) of
        requests received up to `received_until` (an ISO date, inclusive)."""
        # Compared as text against the next day, so the covering index requests_stats
        # answers (received_at is ISO 8601: '2026-03-31T09:00:00' < '2026-04-01').
        clauses = ["received_at < ?"]
        params: list[Any] = [(date.fromisoformat(received_until) + timedelta(days=1)).isoformat()]
        for column, values in (("kind", kinds), ("requesting_organ", organs),
                               ("situation", situations)):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params += list(values)
        return list(self.conn.execute(
            "SELECT id, registry_no, received_at, kind, coalesce(requesting_organ, ''), "
            "channel, situation, urgency, status, court_deadline, extended_to, paused_days, "
            f"due_on, ack_due_on FROM requests WHERE {' AND '.join(clauses)}",
            params).fetchall())

    def status_moves(self) -> list[Row]:
        """(request_id, date, before, after, ground or None) of every status change, by
        request and in the order they happened."""
        return list(self.conn.execute(
            "SELECT request_id, substr(at, 1, 10), json_extract(detail, '$.before'), "
            "json_extract(detail, '$.after'), json_extract(detail, '$.ground') "
            "FROM events WHERE action = 'status.changed' AND request_id IS NOT NULL "
            "ORDER BY request_id, seq").fetchall())

    def extended_requests(self) -> set[int]:
        return {row[0] for row in self.conn.execute(
            "SELECT DISTINCT request_id FROM events WHERE action = 'deadline.extended'")}

    def acknowledgements(self) -> dict[int, str]:
        """Request id -> date of its first acknowledgement of receipt exported."""
        return dict(self.conn.execute(
            "SELECT request_id, min(substr(at, 1, 10)) FROM events "
            "WHERE action = 'reply.exported' "
            "AND json_extract(detail, '$.template') = 'acknowledgement' "
            "GROUP BY request_id").fetchall())

    def routing_steps(self) -> list[Row]:
        """(request_id, authority, sent_on, due_on, answered_on) of every routing step."""
        return list(self.conn.execute(
            "SELECT s.request_id, a.name, s.sent_on, s.due_on, s.answered_on "
            "FROM routing_steps s JOIN authorities a ON a.id = s.authority_id "
            "ORDER BY s.id").fetchall())

    def costs(self) -> list[Row]:
        """(request_id, category, currency, amount_cents, incurred_on) of every cost."""
        return list(self.conn.execute(
            "SELECT request_id, category, currency, amount_cents, incurred_on FROM costs "
            "ORDER BY id").fetchall())

    def situations(self) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT DISTINCT situation FROM requests WHERE situation != '' "
            "ORDER BY situation COLLATE NOCASE")]
