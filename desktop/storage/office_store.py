"""The SQL for offices and the sealed parcels exchanged between them (issue 17).

Kept apart from store.py like the checklists' SQL; it shares the Store's connection, so
its writes join the caller's `store.transaction()`. The office's private keys live in
`office_identity`, inside the encrypted database and nowhere else.
"""

from __future__ import annotations

from typing import Any

from desktop.core.statuses import OPEN_STATUSES
from desktop.storage.store import AreaStore

_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))


class OfficeStore(AreaStore):
    # -- this office's keys ------------------------------------------------------------

    def identity(self) -> dict[str, Any] | None:
        return self._one("SELECT * FROM office_identity WHERE id = 1")

    def put_identity(self, values: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO office_identity(id, office_id, age_identity, age_recipient, "
            "signing_key, verify_key, created_at) VALUES (1, :office_id, :age_identity, "
            ":age_recipient, :signing_key, :verify_key, :created_at)",
            values,
        )

    # -- other offices -----------------------------------------------------------------

    def add_office(self, values: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO offices(office_id, name, place, state, age_recipient, verify_key, "
            "fingerprint, added_at) VALUES (:office_id, :name, :place, :state, "
            ":age_recipient, :verify_key, :fingerprint, :added_at)",
            values,
        )

    def offices(self) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM offices ORDER BY name COLLATE NOCASE")

    def office(self, office_id: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM offices WHERE office_id = ?", (office_id,))

    def office_by_name(self, name: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM offices WHERE name = ? COLLATE NOCASE", (name.strip(),))

    def mark_verified(self, office_id: str, now: str, user: str) -> None:
        self.conn.execute(
            "UPDATE offices SET verified_at = ?, verified_by = ? WHERE office_id = ?",
            (now, user, office_id),
        )

    # -- parcels -------------------------------------------------------------------------

    def last_parcel(self, direction: str, office_id: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM parcels WHERE direction = ? AND office_id = ? ORDER BY seq DESC LIMIT 1",
            (direction, office_id),
        )

    def parcel(self, direction: str, office_id: str, seq: int) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM parcels WHERE direction = ? AND office_id = ? AND seq = ?",
            (direction, office_id, seq),
        )

    def add_parcel(self, direction: str, office_id: str, seq: int, sha256: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO parcels(direction, office_id, seq, sha256, at) VALUES (?, ?, ?, ?, ?)",
            (direction, office_id, seq, sha256, now),
        )

    def received_digests(self) -> set[str]:
        """The SHA-256 of every parcel received here, from any office."""
        return {
            r[0] for r in self.conn.execute("SELECT sha256 FROM parcels WHERE direction = 'in'")
        }

    def acknowledge(self, office_id: str, seq: int, now: str) -> int:
        """Mark parcels sent to the office up to `seq` as received there; how many."""
        return int(
            self.conn.execute(
                "UPDATE parcels SET acknowledged_at = ? WHERE direction = 'out' AND "
                "office_id = ? AND seq <= ? AND acknowledged_at IS NULL",
                (now, office_id, seq),
            ).rowcount
        )

    def acknowledged_seq(self, office_id: str) -> int:
        """The last parcel sent to the office that it confirmed receiving (0: none)."""
        row = self.conn.execute(
            "SELECT max(seq) FROM parcels WHERE direction = 'out' AND office_id = ? "
            "AND acknowledged_at IS NOT NULL",
            (office_id,),
        ).fetchone()
        return int(row[0] or 0)

    def held_items(self, office_id: str, request_global_id: str) -> dict[str, tuple[str, int]]:
        """What the office was sent (or sent here) of one request: item -> (digest, seq)."""
        return {
            r[0]: (r[1], int(r[2]))
            for r in self.conn.execute(
                "SELECT item, digest, seq FROM parcel_items WHERE office_id = ? "
                "AND item >= ? AND item < ?",  # '0' follows '/': the names under gid/
                (office_id, request_global_id + "/", request_global_id + "0"),
            )
        }

    def remember_items(self, office_id: str, items: list[tuple[str, str]], seq: int) -> None:
        """Items (item, digest) carried by parcel `seq` to the office (0: from it). A
        version already remembered keeps its first parcel: once that one is acknowledged,
        the version is known there."""
        self.conn.executemany(
            "INSERT INTO parcel_items(office_id, item, digest, seq) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (office_id, item) DO UPDATE SET digest = excluded.digest, "
            "seq = excluded.seq WHERE parcel_items.digest != excluded.digest "
            "OR excluded.seq = 0",
            [(office_id, item, digest, seq) for item, digest in items],
        )

    # -- shared requests -----------------------------------------------------------------

    def sharing(self, request_id: int) -> dict[str, Any]:
        row = self._one(
            "SELECT global_id, lead_office, origin_registry_no, lead_values "
            "FROM requests WHERE id = ?",
            (request_id,),
        )
        return row or {}

    def request_id_by_global(self, global_id: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM requests WHERE global_id = ?", (global_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def set_sharing(self, request_id: int, values: dict[str, Any]) -> None:
        allowed = {"global_id", "lead_office", "origin_registry_no", "lead_values"}
        sets = {k: v for k, v in values.items() if k in allowed}
        assignments = ", ".join(f"{k} = :{k}" for k in sets)
        self.conn.execute(
            f"UPDATE requests SET {assignments} WHERE id = :_id", {**sets, "_id": request_id}
        )

    def give_global_ids(self, request_id: int) -> None:
        """Routing steps and notes made before they travel get their global id now."""
        for table in ("routing_steps", "notes"):
            self.conn.execute(
                f"UPDATE {table} SET global_id = lower(hex(randomblob(16))) "
                "WHERE request_id = ? AND global_id IS NULL",
                (request_id,),
            )

    def routing_global_ids(self, request_id: int) -> dict[str, int]:
        return {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT global_id, id FROM routing_steps WHERE request_id = ? "
                "AND global_id IS NOT NULL",
                (request_id,),
            )
        }

    def note_global_ids(self, request_id: int) -> set[str]:
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT global_id FROM notes WHERE request_id = ? AND global_id IS NOT NULL",
                (request_id,),
            )
        }

    def set_routing_global_id(self, step_id: int, global_id: str) -> None:
        self.conn.execute(
            "UPDATE routing_steps SET global_id = ? WHERE id = ?", (global_id, step_id)
        )

    def set_note_global_id(self, note_id: int, global_id: str) -> None:
        self.conn.execute("UPDATE notes SET global_id = ? WHERE id = ?", (global_id, note_id))

    def open_by_lead(self, today: str) -> dict[str, dict[str, Any]]:
        """Per office leading requests here: how many are open, how many of those are past
        their due date on `today`, and the nearest due date (the day the answer must reach
        the Court, as the Deadlines page counts)."""
        marks = ", ".join("?" for _ in _OPEN)
        return {
            r["lead_office"]: r
            for r in self._rows(
                "SELECT lead_office, count(*) AS open, "
                "min(coalesce(deliver_on, due_on)) AS next_due, "
                "coalesce(sum(coalesce(deliver_on, due_on) < ?), 0) AS overdue FROM requests "
                # `+status`: by the partial index on lead_office (few rows, none in most
                # workspaces), not by status, which read every open request's row.
                f"WHERE lead_office IS NOT NULL AND +status IN ({marks}) GROUP BY lead_office",
                (today, *_OPEN),
            )
        }

    # -- proposals -----------------------------------------------------------------------

    def add_proposal(
        self, request_id: int, office_id: str, field: str, value: str | None, now: str
    ) -> int:
        return int(
            self.conn.execute(
                "INSERT INTO proposals(request_id, office_id, field, value, proposed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (request_id, office_id, field, value, now),
            ).lastrowid
        )

    def proposals(
        self, request_id: int | None = None, open_only: bool = True
    ) -> list[dict[str, Any]]:
        where = ["1"]
        params: list[Any] = []
        if request_id is not None:
            where.append("p.request_id = ?")
            params.append(request_id)
        if open_only:
            where.append("p.decision IS NULL")
        return self._rows(
            "SELECT p.*, o.name AS office, r.registry_no FROM proposals p "
            "JOIN requests r ON r.id = p.request_id "
            "LEFT JOIN offices o ON o.office_id = p.office_id "
            f"WHERE {' AND '.join(where)} ORDER BY p.id",
            params,
        )

    def proposal(self, proposal_id: int) -> dict[str, Any] | None:
        return self._one(
            "SELECT p.*, o.name AS office FROM proposals p LEFT JOIN offices o "
            "ON o.office_id = p.office_id WHERE p.id = ?",
            (proposal_id,),
        )

    def decide(self, proposal_id: int, decision: str, now: str, user: str) -> bool:
        cursor = self.conn.execute(
            "UPDATE proposals SET decision = ?, decided_at = ?, decided_by = ? "
            "WHERE id = ? AND decision IS NULL",
            (decision, now, user, proposal_id),
        )
        return int(cursor.rowcount) == 1
