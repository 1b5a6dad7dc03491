"""The SQL for checklists, office templates, planned transfers and transit States.

Kept apart from store.py so the register's storage does not grow with every feature; it
shares the Store's connection, so its writes join the caller's `store.transaction()`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.storage import row_digests
from desktop.storage.store import AreaStore

# The first two are the checklist's and the request's ids, then what a template gives.
STEP_COLUMNS = (
    "checklist_id",
    "request_id",
    "position",
    "code",
    "title",
    "phase",
    "mandatory",
    "owner",
    "owner_type",
    "due_from",
    "due_days",
    "due_calendar_days",
    "basis",
    "guidance",
)
_STEP_EDITABLE = {
    "owner",
    "owner_type",
    "due_on",
    "state",
    "state_on",
    "state_by",
    "na_reason",
    "note",
    "evidence_id",
}
_TRANSIT_EDITABLE = {"status", "status_on", "reference", "note"}
# What a step's due date is computed from: a change to one makes the request's dates stale.
_STEP_DUE_INPUTS = {"due_on", "state", "state_on"}


class ChecklistStore(AreaStore):
    # -- office templates ---------------------------------------------------------------

    def office_template(self, key: str) -> str | None:
        row = self._one("SELECT body FROM checklist_templates WHERE key = ?", (key,))
        return row["body"] if row else None

    def put_office_template(self, key: str, body: str, user: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO checklist_templates(key, body, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET body = excluded.body, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (key, body, now, user),
        )

    def delete_office_template(self, key: str) -> bool:
        cur = self.conn.execute("DELETE FROM checklist_templates WHERE key = ?", (key,))
        return int(cur.rowcount) > 0

    # -- checklists and steps -----------------------------------------------------------

    def add_checklist(
        self,
        request_id: int,
        template: str,
        title: str,
        basis: str,
        phases: str,
        user: str,
        now: str,
    ) -> int:
        row = self._one(
            "INSERT INTO checklists(request_id, position, template, title, basis, phases, "
            "created_at, created_by) VALUES (?, (SELECT coalesce(max(position), 0) + 1 "
            "FROM checklists WHERE request_id = ?), ?, ?, ?, ?, ?, ?) RETURNING id",
            (request_id, request_id, template, title, basis, phases, now, user),
        )
        assert row is not None
        return int(row["id"])

    def insert_checklists(
        self, rows: Sequence[tuple[int, str, str, str, str, str, str]]
    ) -> list[int]:
        """First checklists of new requests: (request id, template, title, basis, phases,
        created at, created by). Ids are assigned here, so a batch is one statement."""
        first = int(
            self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM checklists").fetchone()[0]
        )
        ids = list(range(first, first + len(rows)))
        with row_digests.inserted_in_bulk(self.conn, "checklists"):
            self.conn.executemany(
                "INSERT INTO checklists(id, request_id, position, template, title, basis, "
                "phases, created_at, created_by) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)",
                [(checklist_id, *row) for checklist_id, row in zip(ids, rows, strict=True)],
            )
        return ids

    def add_registered_steps(
        self,
        templates: Mapping[str, Sequence[tuple[Any, ...]]],
        checklists: Sequence[tuple[int, int, str, str]],
    ) -> None:
        """Steps of new checklists. `templates` gives each template's steps as tuples in
        `STEP_COLUMNS` order after the two ids, positions 1, 2, 3...; `checklists` gives
        (checklist id, request id, template key, the steps' open due dates as a JSON
        array in position order).

        Registration's path. SQLite copies each template's steps for a checklist, so a
        request binds four values instead of fifteen per step: an import inserts about
        nine steps per request, and binding them was three quarters of their cost.
        """
        names = STEP_COLUMNS[2:]
        self.conn.execute(
            f"CREATE TEMP TABLE new_steps(template TEXT, {', '.join(names)}, "
            "PRIMARY KEY (template, position)) WITHOUT ROWID"
        )
        try:
            self.conn.executemany(
                f"INSERT INTO temp.new_steps VALUES (?, {', '.join('?' for _ in names)})",
                [(key, *step) for key, steps in templates.items() for step in steps],
            )
            with row_digests.inserted_in_bulk(self.conn, "checklist_steps"):
                self.conn.executemany(
                    f"INSERT INTO checklist_steps({', '.join(STEP_COLUMNS)}, open_due_on) "
                    f"SELECT ?1, ?2, {', '.join(names)}, "
                    "json_extract(?4, '$[' || (position - 1) || ']') "
                    "FROM temp.new_steps WHERE template = ?3 ORDER BY position",
                    checklists,
                )
        finally:
            self.conn.execute("DROP TABLE temp.new_steps")

    def add_steps(self, steps: Sequence[dict[str, Any]]) -> None:
        """Insert steps whose `position` is already set (a new checklist, in order)."""
        columns = ", ".join(STEP_COLUMNS)
        marks = ", ".join(f":{c}" for c in STEP_COLUMNS)
        self.conn.executemany(f"INSERT INTO checklist_steps({columns}) VALUES ({marks})", steps)
        self.store.mark_step_dues_stale({step["request_id"] for step in steps})

    def insert_step(self, values: dict[str, Any]) -> int:
        """Insert one step at `values['position']`, moving the steps from there down."""
        self.conn.execute(
            "UPDATE checklist_steps SET position = position + 1 "
            "WHERE checklist_id = ? AND position >= ?",
            (values["checklist_id"], values["position"]),
        )
        columns = ", ".join(STEP_COLUMNS)
        marks = ", ".join(f":{c}" for c in STEP_COLUMNS)
        row = self._one(
            f"INSERT INTO checklist_steps({columns}) VALUES ({marks}) RETURNING id", values
        )
        assert row is not None
        self.store.mark_step_dues_stale([values["request_id"]])
        return int(row["id"])

    def checklists(self, request_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM checklists WHERE request_id = ? ORDER BY position", (request_id,)
        )

    def steps(self, request_id: int) -> list[dict[str, Any]]:
        """The request's steps in reading order: checklist by checklist, step by step."""
        return self._rows(
            "SELECT s.* FROM checklist_steps s JOIN checklists c ON c.id = s.checklist_id "
            "WHERE s.request_id = ? ORDER BY c.position, s.position",
            (request_id,),
        )

    def step_codes(self, request_id: int) -> set[str]:
        return {
            r["code"]
            for r in self._rows(
                "SELECT code FROM checklist_steps WHERE request_id = ?", (request_id,)
            )
        }

    def update_step(self, step_id: int, values: dict[str, Any]) -> None:
        sets = {k: v for k, v in values.items() if k in _STEP_EDITABLE}
        assignments = ", ".join(f"{k} = :{k}" for k in sets)
        row = self._one(
            f"UPDATE checklist_steps SET {assignments} WHERE id = :_id RETURNING request_id",
            {**sets, "_id": step_id},
        )
        if row is not None and _STEP_DUE_INPUTS & set(sets):
            self.store.mark_step_dues_stale([row["request_id"]])

    def open_steps_due_by(
        self, day: str, limit: int, owner: str | None = None, authority: str | None = None
    ) -> list[dict[str, Any]]:
        """The first `limit` open steps of open requests due on or before `day` (ISO).

        Read in the order of their kept date through its partial index, which holds only
        such steps, so this stops after `limit` rows however large the register.
        `owner` keeps the steps of that user's requests and those assigned to that user;
        `authority` keeps the steps assigned to that authority. Carries what explaining
        the due date needs: the request's key dates and, for a rule counting from another
        step, that step's title, state and day.
        """
        where = ["s.open_due_on IS NOT NULL", "s.open_due_on <= :day"]
        if owner:
            where.append("(r.owner = :owner OR (s.owner_type = 'user' AND s.owner = :owner))")
        if authority:
            where.append("s.owner_type = 'authority' AND s.owner = :authority")
        return self._rows(
            "SELECT s.id, s.request_id, s.code, s.title, s.mandatory, s.owner, "
            "s.owner_type, s.due_on, s.due_from, s.due_days, s.due_calendar_days, "
            "r.registry_no, r.subject, r.owner AS request_owner, r.received_at, "
            "r.due_on AS final_due, p.planned_at, a.title AS anchor_title, "
            "a.state AS anchor_state, a.state_on AS anchor_on "
            "FROM checklist_steps s JOIN requests r ON r.id = s.request_id "
            "LEFT JOIN transfer_plans p ON p.request_id = s.request_id "
            "LEFT JOIN checklist_steps a ON a.request_id = s.request_id "
            "AND s.due_from = 'step:' || a.code "
            f"WHERE {' AND '.join(where)} ORDER BY s.open_due_on, s.id LIMIT :limit",
            {"day": day, "owner": owner, "authority": authority, "limit": limit},
        )

    # -- kept due dates ------------------------------------------------------------------

    def open_step_dues(self, request_id: int | None = None) -> list[tuple[int, int, str]]:
        """(step id, request id, kept due date) of every open step of open requests, or
        of one request's: for a calendar file, by the partial index on the kept date."""
        sql = (
            "SELECT id, request_id, open_due_on FROM checklist_steps WHERE open_due_on IS NOT NULL"
        )
        params: tuple[int, ...] = ()
        if request_id is not None:
            sql += " AND request_id = ?"
            params = (request_id,)
        return [tuple(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def stale_request_ids(self, limit: int) -> list[int]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT request_id FROM step_dues_stale ORDER BY request_id LIMIT ?", (limit,)
            )
        ]

    def due_inputs(self, request_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Every step of these requests with what its due date is computed from."""
        marks = ", ".join("?" for _ in request_ids)
        return self._rows(
            "SELECT s.id, s.request_id, s.code, s.due_on, s.due_from, s.due_days, "
            "s.due_calendar_days, s.state, s.state_on, s.open_due_on, r.status, "
            "r.received_at, r.due_on AS final_due, p.planned_at "
            "FROM checklist_steps s JOIN requests r ON r.id = s.request_id "
            "LEFT JOIN transfer_plans p ON p.request_id = s.request_id "
            f"WHERE s.request_id IN ({marks}) ORDER BY s.request_id",
            list(request_ids),
        )

    def keep_dues(
        self, request_ids: Sequence[int], changes: Sequence[tuple[str | None, int]]
    ) -> None:
        """Store worked-out dates as (open_due_on, step id) and unmark the requests."""
        self.conn.executemany("UPDATE checklist_steps SET open_due_on = ? WHERE id = ?", changes)
        self.conn.executemany(
            "DELETE FROM step_dues_stale WHERE request_id = ?", [(i,) for i in request_ids]
        )

    # -- planned transfer ---------------------------------------------------------------

    def planned_transfer(self, request_id: int) -> str | None:
        row = self._one("SELECT planned_at FROM transfer_plans WHERE request_id = ?", (request_id,))
        return row["planned_at"] if row else None

    def set_planned_transfer(
        self, request_id: int, planned_at: str | None, user: str, now: str
    ) -> None:
        self.store.mark_step_dues_stale([request_id])
        if planned_at is None:
            self.conn.execute("DELETE FROM transfer_plans WHERE request_id = ?", (request_id,))
            return
        self.conn.execute(
            "INSERT INTO transfer_plans(request_id, planned_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(request_id) DO UPDATE SET "
            "planned_at = excluded.planned_at, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            (request_id, planned_at, now, user),
        )

    # -- transit States -----------------------------------------------------------------

    def transit_states(self, request_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM transit_states WHERE request_id = ? ORDER BY id", (request_id,)
        )

    def transit_state(self, transit_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM transit_states WHERE id = ?", (transit_id,))

    def transit_state_named(self, request_id: int, state: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM transit_states WHERE request_id = ? AND state = ?", (request_id, state)
        )

    def add_transit_state(self, values: dict[str, Any]) -> int:
        row = self._one(
            "INSERT INTO transit_states(request_id, state, status, status_on, reference, "
            "note) VALUES (:request_id, :state, :status, :status_on, :reference, :note) "
            "RETURNING id",
            values,
        )
        assert row is not None
        return int(row["id"])

    def update_transit_state(self, transit_id: int, values: dict[str, Any]) -> None:
        sets = {k: v for k, v in values.items() if k in _TRANSIT_EDITABLE}
        assignments = ", ".join(f"{k} = :{k}" for k in sets)
        self.conn.execute(
            f"UPDATE transit_states SET {assignments} WHERE id = :_id", {**sets, "_id": transit_id}
        )

    def delete_transit_state(self, transit_id: int) -> None:
        self.conn.execute("DELETE FROM transit_states WHERE id = ?", (transit_id,))
