"""The one place that speaks SQL to the workspace database.

Services call these methods inside `transaction()` so that everything one user action
writes, including its audit entry, commits or rolls back together.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, TypeVar

import sqlcipher3
import sqlite_utils

from desktop.core.filters import SORTABLE_COLUMNS, RequestFilter
from desktop.core.requests import RequestLine, RequestRecord
from desktop.core.statuses import OPEN_STATUSES, Status
from desktop.core.translation import translate
from desktop.core.vocabulary import Channel, Confidentiality, Kind, Organ, Urgency
from desktop.errors import UserFacingError
from desktop.storage import row_digests, stats_facts
from desktop.storage.connection import (
    LASTING_CACHE_KIB,
    Connection,
    release_freed_memory,
    set_cache,
    write_cache,
)
from desktop.storage.fts import to_match_query
from desktop.storage.row_digests import DIGESTS

Params = Sequence[Any] | dict[str, Any]  # a statement's parameters
GENESIS_HASH = "0" * 64
SQLITE_BUSY = 5
ATTACHMENT_CHUNK = 1024 * 1024  # bytes per stored piece of an attachment
BUSY_LIMIT = 600.0  # seconds a write waits for another writer before giving up
_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
_RUNNING = tuple(s for s in _OPEN if s != Status.IN_CONSULTATION.value)
# Columns the full-text index holds: changing one of them reindexes the request.
_INDEXED = frozenset({"court_reference", "subject", "summary", "persons", "situation", "case_name"})
# An import's page cache (KiB per request registered before, per request imported, and
# at most). Kept up, the scattered indexes below take an insert on a page of theirs
# anywhere; a large import writes pages of every kind. Once filled, the cache is resident
# memory of the window's process, which must stay under 300 MB, so it is sized to the
# import, measured in turns on a shared machine: 10,000 into 100,000 took 9-12 s of CPU
# with 24 MiB as with 128 (100 MB more); 100,000 into none 33-40 s with 16-24 MiB, 30-34
# with 128; 20,000 into none no longer with 16 than with 128. Given back at the end.
BULK_CACHE_KIB_PER_REQUEST = 0.25
BULK_CACHE_KIB_PER_IMPORTED = 1
BULK_CACHE_MAX_KIB = 131072
# An import of at least this many requests, and at least as many as the register holds,
# builds its scattered indexes again at its end: below that, keeping them up costs less.
BULK_INDEX_MIN = 1000
# The indexes a large import builds again at its end: those whose keys (dates, the
# Court's references) scatter new rows all over the B-tree. Those that grow at one end
# (by id, by kind) are cheaper kept up as rows come.
_SCATTERED_INDEXES = (
    "checklist_steps_open_due",
    "requests_answered",
    "requests_court_ref",
    "requests_due_board",
    "requests_received",
    "requests_stats",
    "requests_status_due",
)


class Busy(UserFacingError):
    """Another connection kept the write lock past BUSY_LIMIT; nothing was written."""


class ConcurrentChange(UserFacingError):
    """Someone else saved this request since it was read; nothing was overwritten."""


Member = TypeVar("Member", bound=Enum)


def _json_list(text: str | None) -> list[str]:
    return list(json.loads(text)) if text and text != "[]" else []


def _member_of(kind: type[Member]) -> Callable[[str], Member]:
    """The member of `kind` a stored value names, by a dict look-up: calling the enum
    costs a microsecond, five times per request read, and a register page reads fifty.
    A value the enum does not know still raises its ValueError."""
    by_value = {member.value: member for member in kind}

    def member(value: str) -> Member:
        found = by_value.get(value)
        return kind(value) if found is None else found

    return member


_KIND, _ORGAN, _CHANNEL = _member_of(Kind), _member_of(Organ), _member_of(Channel)
_CONFIDENTIALITY, _URGENCY = _member_of(Confidentiality), _member_of(Urgency)


# A RequestLine's fields are columns of `requests`, read in its order (by position).
LINE_COLUMNS = ", ".join(RequestLine._fields)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _deliver_on(stored: str | None, due_on: str) -> date:
    """The last day an answer can reach the Court. A request registered before the
    Court's closed days were kept (schema 8) has none stored until the unlock that keeps
    it: its due date stands in."""
    return date.fromisoformat(stored or due_on)


def record_from_row(row: dict[str, Any]) -> RequestRecord:
    return RequestRecord(
        id=row["id"],
        registry_no=row["registry_no"],
        court_reference=row["court_reference"],
        received_at=datetime.fromisoformat(row["received_at"]),
        kind=_KIND(row["kind"]),
        assistance_types=_json_list(row["assistance_types"]),
        requesting_organ=_ORGAN(row["requesting_organ"]) if row["requesting_organ"] else None,
        situation=row["situation"],
        case=row["case_name"],
        channel=_CHANNEL(row["channel"]),
        confidentiality=_CONFIDENTIALITY(row["confidentiality"]),
        urgency=_URGENCY(row["urgency"]),
        court_deadline=_date(row["court_deadline"]),
        subject=row["subject"],
        summary=row["summary"],
        persons=_json_list(row["persons"]),
        elements_confirmed=_json_list(row["elements_confirmed"]),
        status=row["status"],
        owner=row["owner"],
        paused_days=row["paused_days"],
        paused_since=_date(row["paused_since"]),
        extended_to=_date(row["extended_to"]),
        extension_reason=row["extension_reason"],
        extension_paused_days=row["extension_paused_days"],
        deadline_shortened=bool(row["deadline_shortened"]),
        arrested_on=_date(row["arrested_on"]),
        full_request_on=_date(row["full_request_on"]),
        reviewed_on=_date(row["reviewed_on"]),
        clock=row["clock"],
        due_on=date.fromisoformat(row["due_on"]),
        internal_due_on=date.fromisoformat(row["internal_due_on"]),
        ack_due_on=date.fromisoformat(row["ack_due_on"]),
        deliver_on=_deliver_on(row["deliver_on"], row["due_on"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        version=row["version"],
    )


# Built once: json.dumps with options builds a new encoder per call, and an import of
# 100,000 requests hashes 200,000 entries.
_HASHED = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_DETAIL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def event_hash(
    prev_hash: str, seq: int, at: str, user: str, request_id: int | None, action: str, detail: str
) -> str:
    payload = _HASHED.encode([prev_hash, seq, at, user, request_id, action, detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _with_row_digests(
    entries: Sequence[tuple[str, int | None, str, dict[str, Any]]],
    states: list[row_digests.RowState],
) -> Sequence[tuple[str, int | None, str, dict[str, Any]]]:
    """The entries, each row's digest under DIGESTS of the last entry about its request
    (or of the last entry, for a row of a request no entry names)."""
    if not states:
        return entries
    last_for = {request_id: i for i, (_, request_id, _, _) in enumerate(entries)}
    claims: dict[int, dict[str, str | None]] = {}
    last = len(entries) - 1
    for table, row_id, request_id, digest in states:  # an import's 100,000: no calls
        index = last_for.get(request_id, last)
        claim = claims.get(index)
        if claim is None:
            claim = claims[index] = {}
        claim[f"{table}:{row_id}"] = digest
    return [
        (user, request_id, action, {**detail, DIGESTS: claims[i]} if i in claims else detail)
        for i, (user, request_id, action, detail) in enumerate(entries)
    ]


def _meaning(detail: str) -> dict[str, Any]:
    """An entry's detail without the row digests, which only `verify` reads."""
    value: dict[str, Any] = json.loads(detail)
    value.pop(DIGESTS, None)
    return value


@dataclass(frozen=True)
class Event:
    seq: int
    at: str
    user: str
    request_id: int | None
    action: str
    detail: dict[str, Any]


# Columns of a request that a checklist step's due date is computed from (or that decide
# whether the step still counts, for `status`).
_STEP_DUE_INPUTS = frozenset({"received_at", "due_on", "status"})


class Store:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._depth = 0
        # Called once when a write has to wait for another writer (an import ...).
        self.on_busy: Callable[[], None] | None = None
        # Called after each commit (the workspace notes its audit chain head beside it).
        self.on_commit: Callable[[], None] | None = None
        # Set by the workspace: works out the stale step due dates before a commit, so
        # what is committed is always consistent. Without it they wait for the next open.
        self.refresh_step_dues: Callable[[], None] | None = None
        self._marked_stale = False

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with write_cache(self.conn):
            self._begin()
            self._depth = 1
            try:
                yield
                if self._marked_stale and self.refresh_step_dues is not None:
                    self.refresh_step_dues()
            except BaseException:
                self._depth = 0
                self._marked_stale = False  # the marks roll back with the rest
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self._marked_stale = False
            self.conn.execute("COMMIT")
        if self.on_commit is not None:
            self.on_commit()

    def _begin(self) -> None:
        """BEGIN IMMEDIATE; when another window or command is writing, say so.

        Each try waits the connection's busy timeout. Without `on_busy` (the GUI, which
        must not freeze) the write is then refused as busy; with it (a terminal) the
        user is told once and the write keeps waiting, up to BUSY_LIMIT.
        """
        deadline = time.monotonic() + BUSY_LIMIT
        told = False
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlcipher3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", 0) & 0xFF != SQLITE_BUSY:
                    raise
                if self.on_busy is None or time.monotonic() > deadline:
                    raise Busy(
                        translate(
                            "StoreMessages",
                            "The workspace is busy: another window or command "
                            "is writing to it (an import or a restore takes a while). Nothing "
                            "was changed; try again when it has finished.",
                        )
                    ) from None
                if not told:
                    self.on_busy()
                    told = True

    def mark_step_dues_stale(self, request_ids: Iterable[int] | None = None) -> None:
        """Note that these requests' step due dates (None: every request's) must be worked
        out again; call inside the transaction of the change that moved them."""
        if request_ids is None:
            self.conn.execute(
                "INSERT OR IGNORE INTO step_dues_stale(request_id) SELECT id FROM requests"
            )
        else:
            self.conn.executemany(
                "INSERT OR IGNORE INTO step_dues_stale(request_id) VALUES (?)",
                [(i,) for i in request_ids],
            )
        self._marked_stale = True

    def _rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def close(self) -> None:
        self.conn.close()
        release_freed_memory()

    def keep_few_pages(self) -> None:
        """For a connection that stays open between operations: a small page cache
        between writes (connection.LASTING_CACHE_KIB), the usual one while writing."""
        set_cache(self.conn, LASTING_CACHE_KIB)

    # -- settings -----------------------------------------------------------------------

    def get_settings(self) -> dict[str, Any]:
        return {r["key"]: json.loads(r["value"]) for r in self._rows("SELECT * FROM settings")}

    def put_settings(self, values: dict[str, Any]) -> None:
        self.conn.executemany(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [(k, json.dumps(v)) for k, v in values.items()],
        )

    # -- users --------------------------------------------------------------------------

    def add_user(self, name: str, display_name: str, title: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO users(name, display_name, title, created_at, active) "
            "VALUES (?, ?, ?, ?, 1) ON CONFLICT(name) DO UPDATE SET active = 1, "
            "display_name = excluded.display_name, title = excluded.title",
            (name, display_name, title, now),
        )

    def deactivate_user(self, name: str) -> None:
        self.conn.execute("UPDATE users SET active = 0 WHERE name = ?", (name,))

    def users(self, include_inactive: bool = False) -> list[dict[str, Any]]:
        where = "" if include_inactive else "WHERE active = 1"
        return self._rows(f"SELECT * FROM users {where} ORDER BY name")

    def user(self, name: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM users WHERE name = ?", (name,))

    # -- authorities --------------------------------------------------------------------

    def add_authority(
        self, name: str, description: str = "", address: str = "", email: str = "", phone: str = ""
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO authorities(name, description, address, email, phone) "
            "VALUES (?, ?, ?, ?, ?)",
            (name, description, address, email, phone),
        )
        return int(cur.lastrowid)

    def update_authority(self, authority_id: int, values: dict[str, Any]) -> None:
        allowed = {"name", "description", "address", "email", "phone", "active"}
        sets = {k: v for k, v in values.items() if k in allowed}
        if sets:
            assignments = ", ".join(f"{k} = :{k}" for k in sets)
            self.conn.execute(
                f"UPDATE authorities SET {assignments} WHERE id = :id",
                {**sets, "id": authority_id},
            )

    def authorities(self, include_inactive: bool = False) -> list[dict[str, Any]]:
        where = "" if include_inactive else "WHERE active = 1"
        return self._rows(f"SELECT * FROM authorities {where} ORDER BY name")

    def authority_by_name(self, name: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM authorities WHERE name = ? COLLATE NOCASE", (name.strip(),))

    def authority(self, authority_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM authorities WHERE id = ?", (authority_id,))

    def add_contact(
        self,
        authority_id: int,
        name: str,
        role: str = "",
        location: str = "",
        email: str = "",
        phone: str = "",
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO contacts(authority_id, name, role, location, email, phone) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (authority_id, name, role, location, email, phone),
        )
        return int(cur.lastrowid)

    def update_contact(self, contact_id: int, values: dict[str, Any]) -> None:
        allowed = {"name", "role", "location", "email", "phone"}
        sets = {k: v for k, v in values.items() if k in allowed}
        if sets:
            assignments = ", ".join(f"{k} = :{k}" for k in sets)
            self.conn.execute(
                f"UPDATE contacts SET {assignments} WHERE id = :id", {**sets, "id": contact_id}
            )

    def delete_contact(self, contact_id: int) -> None:
        self.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))

    def contacts(self, authority_id: int | None = None) -> list[dict[str, Any]]:
        if authority_id is None:
            return self._rows("SELECT * FROM contacts ORDER BY name")
        return self._rows(
            "SELECT * FROM contacts WHERE authority_id = ? ORDER BY name", (authority_id,)
        )

    # -- registry numbers ---------------------------------------------------------------

    def next_registry_seq(self, year: int, count: int = 1) -> int:
        """The first of `count` consecutive numbers of the year; never handed out twice."""
        row = self.conn.execute(
            "INSERT INTO registry_counter(year, last) VALUES (?, ?) "
            "ON CONFLICT(year) DO UPDATE SET last = last + excluded.last RETURNING last",
            (year, count),
        ).fetchone()
        return int(row[0]) - count + 1

    @contextmanager
    def bulk_registration(self, count: int) -> Iterator[None]:
        """Inside the caller's transaction, an import of `count` requests. When it at
        least doubles the register, the indexes whose keys land all over their B-tree
        (dates, references) are left aside and built again by one sort at the end. Once
        such an index outgrew the cache, each insert read, decrypted and wrote back a page
        of its own: the rate fell by a third from 10,000 to 100,000 requests. Unique
        indexes are not among them, so their constraints hold throughout; if the import
        fails, the rollback brings the dropped indexes back with the rest. The page cache
        is sized to the import (BULK_CACHE_KIB_PER_REQUEST)."""
        assert self._depth, "inside a transaction"
        cache = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        # The largest id, not a count: as good a measure, without reading an index whole.
        existing = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM requests").fetchone()[0])
        wanted = min(
            BULK_CACHE_MAX_KIB,
            int(max(existing * BULK_CACHE_KIB_PER_REQUEST, count * BULK_CACHE_KIB_PER_IMPORTED)),
        )
        if cache < 0 and wanted > -cache:  # KiB, as connections are opened
            set_cache(self.conn, wanted)
        deferred: list[tuple[str, str]] = []
        if count >= max(existing, BULK_INDEX_MIN):
            deferred = self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN "
                f"({', '.join('?' for _ in _SCATTERED_INDEXES)}) ORDER BY name",
                _SCATTERED_INDEXES,
            ).fetchall()
            for name, _ in deferred:
                self.conn.execute(f"DROP INDEX {name}")
        try:
            yield
            for _, sql in deferred:
                self.conn.execute(sql)
        finally:
            self.conn.execute(f"PRAGMA cache_size = {cache}")

    # -- requests -----------------------------------------------------------------------

    _REQUEST_COLUMNS = (
        "registry_no",
        "court_reference",
        "received_at",
        "kind",
        "assistance_types",
        "requesting_organ",
        "situation",
        "case_name",
        "channel",
        "confidentiality",
        "urgency",
        "court_deadline",
        "subject",
        "summary",
        "persons",
        "elements_confirmed",
        "status",
        "owner",
        "due_on",
        "internal_due_on",
        "ack_due_on",
        "clock",
        "created_at",
        "updated_at",
        "deliver_on",
    )

    def insert_requests(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert requests (values already validated) and index them for search.

        Ids are assigned here, consecutively, so a batch of thousands is two executemany
        calls rather than a round trip per row; callers hold the write transaction.
        """
        first = int(
            self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM requests").fetchone()[0]
        )
        ids = list(range(first, first + len(rows)))
        # Every request gets a global id: offices exchanging it merge by that id.
        columns = ", ".join(("id", *self._REQUEST_COLUMNS, "global_id"))
        marks = ", ".join(["?"] * (1 + len(self._REQUEST_COLUMNS)) + ["lower(hex(randomblob(16)))"])
        names = self._REQUEST_COLUMNS
        with row_digests.inserted_in_bulk(self.conn, "requests"):
            self.conn.executemany(  # tuples: they bind faster than names
                f"INSERT INTO requests({columns}) VALUES ({marks})",
                [
                    (request_id, *(row[name] for name in names))
                    for request_id, row in zip(ids, rows, strict=True)
                ],
            )
        self.conn.executemany(
            "INSERT INTO requests_fts(rowid, registry_no, court_reference, subject, summary, "
            "persons, notes, situation, case_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    request_id,
                    row["registry_no"],
                    row["court_reference"],
                    row["subject"],
                    row["summary"],
                    " ".join(json.loads(row["persons"])),
                    "",
                    row["situation"],
                    row["case_name"],
                )
                for request_id, row in zip(ids, rows, strict=True)
            ],
        )
        return ids

    def update_request(
        self, request_id: int, values: dict[str, Any], expected_version: int | None = None
    ) -> None:
        """Update columns; with `expected_version`, refuse if someone saved in between."""
        assignments = ", ".join(f"{k} = :{k}" for k in values)
        sql = f"UPDATE requests SET {assignments}, version = version + 1 WHERE id = :_id"
        params = {**values, "_id": request_id}
        if expected_version is not None:
            sql += " AND version = :_version"
            params["_version"] = expected_version
        cur = self.conn.execute(sql, params)
        if cur.rowcount != 1:
            raise ConcurrentChange(
                translate(
                    "StoreMessages",
                    "This request was changed by someone else since you opened "
                    "it. Reopen it to see their change; your input was not saved.",
                )
            )
        if _INDEXED & set(values):
            self.reindex(request_id)
        if _STEP_DUE_INPUTS & set(values):
            self.mark_step_dues_stale([request_id])

    def reindex(self, request_id: int) -> None:
        row = self._one(
            "SELECT registry_no, court_reference, subject, summary, persons, situation, "
            "case_name FROM requests WHERE id = ?",
            (request_id,),
        )
        if row is None:
            return
        notes = " ".join(
            r["text"]
            for r in self._rows(
                "SELECT text FROM notes WHERE request_id = ? ORDER BY id", (request_id,)
            )
        )
        self.conn.execute("DELETE FROM requests_fts WHERE rowid = ?", (request_id,))
        self.conn.execute(
            "INSERT INTO requests_fts(rowid, registry_no, court_reference, subject, summary, "
            "persons, notes, situation, case_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                request_id,
                row["registry_no"],
                row["court_reference"],
                row["subject"],
                row["summary"],
                " ".join(json.loads(row["persons"])),
                notes,
                row["situation"],
                row["case_name"],
            ),
        )

    def request(self, request_id: int) -> RequestRecord | None:
        row = self._one("SELECT * FROM requests WHERE id = ?", (request_id,))
        return record_from_row(row) if row else None

    def find_request(self, ref: str) -> list[RequestRecord]:
        """By our registry number (exact) or the Court's reference (exact, any case)."""
        rows = self._rows("SELECT * FROM requests WHERE registry_no = ?", (ref.strip(),))
        if not rows:
            rows = self._rows(
                "SELECT * FROM requests WHERE court_reference = ? COLLATE NOCASE ORDER BY id",
                (ref.strip(),),
            )
        return [record_from_row(r) for r in rows]

    def registry_numbers_by_court_reference(self, refs: Sequence[str]) -> dict[str, list[str]]:
        """Which of these Court references are registered (any case), and under what numbers."""
        # SQLite's lower() folds ASCII letters only; fold the same way here.
        wanted = {
            "".join(c.lower() if c.isascii() else c for c in ref.strip()): ref
            for ref in refs
            if ref.strip()
        }
        found: dict[str, list[str]] = {}
        keys = list(wanted)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.conn.execute(
                "SELECT lower(court_reference), registry_no FROM requests WHERE "
                f"lower(court_reference) IN ({marks}) ORDER BY id",
                chunk,
            ):
                found.setdefault(wanted[row[0]], []).append(row[1])
        return found

    def _where(self, flt: RequestFilter) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = []
        params: dict[str, Any] = {"today": flt.today.isoformat()}

        def members(name: str, column: str, values: Sequence[str]) -> None:
            if values:
                keys = [f"{name}{i}" for i in range(len(values))]
                clauses.append(f"{column} IN ({', '.join(':' + k for k in keys)})")
                params.update(dict(zip(keys, values, strict=True)))

        members("st", "status", flt.statuses)
        members("kd", "kind", flt.kinds)
        members("ur", "urgency", flt.urgencies)
        members("og", "requesting_organ", flt.organs)
        if flt.situation.strip():
            clauses.append("instr(lower(situation), lower(:situation)) > 0")
            params["situation"] = flt.situation.strip()
        if flt.owner:
            clauses.append("owner = :owner")
            params["owner"] = flt.owner
        if flt.lead_office:
            clauses.append("lead_office = :lead_office")
            params["lead_office"] = flt.lead_office
        running = ", ".join(f"'{s}'" for s in _RUNNING)
        # Only a running clock is ever overdue; a standing request has reviews instead.
        if flt.overdue:
            clauses.append(f"status IN ({running}) AND clock = 'running' AND deliver_on < :today")
        if flt.due_within_days is not None:
            clauses.append(
                f"status IN ({running}) AND clock = 'running' "
                "AND deliver_on >= :today AND deliver_on <= :horizon"
            )
            params["horizon"] = (flt.today + timedelta(days=flt.due_within_days)).isoformat()
        if flt.review_due:
            # `+due_on`: the (status, clock, ...) index finds the few standing requests and
            # holds their due date; by (status, due_on) SQLite read every open request's row.
            clauses.append(f"status IN ({running}) AND clock = 'standing' AND +due_on <= :today")
        if flt.in_consultation:
            clauses.append("status = 'in_consultation'")
        if flt.search.strip():
            match = to_match_query(flt.search)
            if match is None:
                clauses.append("0")
            else:
                clauses.append(
                    "id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH :match)"
                )
                params["match"] = match
        where = " AND ".join(f"({c})" for c in clauses) or "1"
        return where, params

    def request_ids(
        self, flt: RequestFilter, order_by: str = "received_at", descending: bool = True
    ) -> list[int]:
        """Ids of matching requests in display order: cheap enough for 100,000 rows."""
        if order_by not in SORTABLE_COLUMNS:
            raise ValueError(f"cannot sort by {order_by}")
        direction = "DESC" if descending else "ASC"
        if flt.is_search_only() and order_by == "registry_no":
            # The commonest search: words typed, no other filter, newest first. The index
            # alone answers it, without reading a single request row.
            match = to_match_query(flt.search)
            if match is None:
                return []
            # Sorted here: FTS5 walking a prefix query backwards is far slower (seconds at
            # 100,000 requests) than reading it forwards and sorting the ids in Python.
            ids = [
                r[0]
                for r in self.conn.execute(
                    "SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?", (match,)
                )
            ]
            ids.sort(reverse=descending)
            return ids
        where, params = self._where(flt)
        # Registry numbers are handed out in id order: sorting by the primary key gives the
        # same order without sorting the rows (2-3x faster on a large search result).
        order = "id" if order_by == "registry_no" else f"{order_by} {direction}, id"
        sql = f"SELECT id FROM requests WHERE {where} ORDER BY {order} {direction}"
        return [r[0] for r in self.conn.execute(sql, params)]

    def dues_without_deliver_on(self) -> list[tuple[int, str, str]]:
        """(id, due_on, clock) of requests registered before the Court's closed days were
        kept (schema 8)."""
        return [
            tuple(r)
            for r in self.conn.execute(
                "SELECT id, due_on, clock FROM requests WHERE deliver_on IS NULL"
            )
        ]

    def keep_deliver_on(self, changes: Sequence[tuple[str, int]]) -> None:
        """Store (deliver_on, request id) pairs; derived data, so no version bump."""
        self.conn.executemany("UPDATE requests SET deliver_on = ? WHERE id = ?", changes)

    def requests_by_ids(self, ids: Sequence[int]) -> list[RequestRecord]:
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self._rows(f"SELECT * FROM requests WHERE id IN ({marks})", list(ids))
        by_id = {r["id"]: record_from_row(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def request_lines(self, ids: Sequence[int]) -> list[RequestLine]:
        """The register's rows for `ids`, in that order: only the columns a line holds,
        read as tuples (no dict per row)."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        by_id = {
            row[0]: RequestLine(
                row[0],
                row[1],
                row[2],
                datetime.fromisoformat(row[3]),
                _KIND(row[4]),
                row[5],
                row[6],
                _URGENCY(row[7]),
                _CONFIDENTIALITY(row[8]),
                row[9],
                date.fromisoformat(row[10]),
                date.fromisoformat(row[11]),
                date.fromisoformat(row[12]),
                _deliver_on(row[13], row[10]),
                row[14],
                _date(row[15]),
            )
            for row in self.conn.execute(
                f"SELECT {LINE_COLUMNS} FROM requests WHERE id IN ({marks})", list(ids)
            )
        }
        return [by_id[i] for i in ids if i in by_id]

    def count_requests(self, flt: RequestFilter) -> int:
        where, params = self._where(flt)
        return int(
            self.conn.execute(f"SELECT count(*) FROM requests WHERE {where}", params).fetchone()[0]
        )

    def all_requests(self) -> Iterator[RequestRecord]:
        for row in self.db["requests"].rows_where(order_by="id"):
            yield record_from_row(row)

    # -- routing ------------------------------------------------------------------------

    def add_routing_step(self, values: dict[str, Any]) -> int:
        cur = self.conn.execute(
            "INSERT INTO routing_steps(request_id, authority_id, part, sent_on, due_on, "
            "due_set_by_hand, authority_reference, created_at, created_by) VALUES "
            "(:request_id, :authority_id, :part, :sent_on, :due_on, :due_set_by_hand, "
            ":authority_reference, :created_at, :created_by)",
            values,
        )
        return int(cur.lastrowid)

    def update_routing_step(
        self, step_id: int, values: dict[str, Any], unanswered_only: bool = False
    ) -> bool:
        """Update a step; with `unanswered_only`, only while nobody has answered it yet."""
        allowed = {"due_on", "authority_reference", "answered_on", "outcome", "part"}
        sets = {k: v for k, v in values.items() if k in allowed}
        assignments = ", ".join(f"{k} = :{k}" for k in sets)
        guard = " AND answered_on IS NULL" if unanswered_only else ""
        cur = self.conn.execute(
            f"UPDATE routing_steps SET {assignments} WHERE id = :id{guard}", {**sets, "id": step_id}
        )
        return int(cur.rowcount) == 1

    def routing_step(self, step_id: int) -> dict[str, Any] | None:
        return self._one(
            "SELECT s.*, a.name AS authority FROM routing_steps s "
            "JOIN authorities a ON a.id = s.authority_id WHERE s.id = ?",
            (step_id,),
        )

    def routing_steps(self, request_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT s.*, a.name AS authority FROM routing_steps s "
            "JOIN authorities a ON a.id = s.authority_id WHERE s.request_id = ? ORDER BY s.id",
            (request_id,),
        )

    def open_routing_dues(self, request_id: int | None = None) -> list[tuple[int, int, str]]:
        """(step id, request id, due date) of routing steps not yet answered, on open
        requests (or on one request): for a calendar file."""
        still_open = ", ".join(f"'{s}'" for s in _OPEN)
        sql = (
            "SELECT s.id, s.request_id, s.due_on FROM routing_steps s "
            "JOIN requests r ON r.id = s.request_id "
            f"WHERE s.answered_on IS NULL AND r.status IN ({still_open})"
        )
        params: tuple[int, ...] = ()
        if request_id is not None:
            sql += " AND s.request_id = ?"
            params = (request_id,)
        return [tuple(r) for r in self.conn.execute(sql + " ORDER BY s.id", params)]

    # -- links between requests ----------------------------------------------------------

    def add_link(self, request_id: int, relation: str, other_id: int, now: str, user: str) -> None:
        self.conn.execute(
            "INSERT INTO request_links(request_id, relation, other_id, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?)",
            (request_id, relation, other_id, now, user),
        )

    def remove_link(self, link_id: int) -> None:
        self.conn.execute("DELETE FROM request_links WHERE id = ?", (link_id,))

    def links(self, request_id: int) -> list[dict[str, Any]]:
        """Links held by the request or pointing at it, with both ends' numbers."""
        return self._rows(
            "SELECT l.*, a.registry_no, a.subject, b.registry_no AS other_registry_no, "
            "b.subject AS other_subject, a.received_at AS holder_received_at "
            "FROM request_links l JOIN requests a ON a.id = l.request_id "
            "JOIN requests b ON b.id = l.other_id "
            "WHERE l.request_id = :id OR l.other_id = :id ORDER BY l.id",
            {"id": request_id},
        )

    def requests_with_derived_open_steps(self) -> set[int]:
        """Requests with an unanswered routing step whose due date follows the request."""
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT request_id FROM routing_steps "
                "WHERE answered_on IS NULL AND due_set_by_hand = 0"
            )
        }

    def late_routing_steps(
        self,
        today: date,
        owner: str | None = None,
        authority: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Unanswered routing steps past their internal due date, on requests still open,
        oldest first; `owner` and `authority` narrow them, `limit` keeps the first."""
        where = [
            "s.answered_on IS NULL",
            "s.due_on < :today",
            f"r.status IN ({', '.join(repr(s) for s in _OPEN)})",
        ]
        if owner:
            where.append("r.owner = :owner")
        if authority:
            where.append("a.name = :authority")
        return self._rows(
            "SELECT s.*, a.name AS authority, r.registry_no, r.subject, r.owner "
            "FROM routing_steps s JOIN authorities a ON a.id = s.authority_id "
            "JOIN requests r ON r.id = s.request_id "
            f"WHERE {' AND '.join(where)} ORDER BY s.due_on, s.id LIMIT :limit",
            {
                "today": today.isoformat(),
                "owner": owner,
                "authority": authority,
                "limit": -1 if limit is None else limit,
            },
        )

    # -- notes, attachments, costs ------------------------------------------------------

    def add_note(
        self, request_id: int, author: str, text: str, now: str, shareable: bool = False
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO notes(request_id, created_at, author, text, shareable) "
            "VALUES (?, ?, ?, ?, ?)",
            (request_id, now, author, text, int(shareable)),
        )
        self.reindex(request_id)
        return int(cur.lastrowid)

    def notes(self, request_id: int) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM notes WHERE request_id = ? ORDER BY id", (request_id,))

    def add_attachment(
        self,
        request_id: int,
        filename: str,
        media_type: str,
        chunks: Iterable[bytes],
        user: str,
        now: str,
    ) -> tuple[int, int, str]:
        """Store a file piece by piece as `chunks` yields them; (id, size, sha256).

        Call inside a transaction: an exception from `chunks` (the file grew past the
        limit ...) rolls the whole attachment back.
        """
        attachment_id = int(
            self.conn.execute(
                "INSERT INTO attachments(request_id, filename, media_type, size, sha256, content, "
                "added_at, added_by) VALUES (?, ?, ?, 0, '', x'', ?, ?)",
                (request_id, filename, media_type, now, user),
            ).lastrowid
        )
        size, digest = self.add_attachment_chunks(attachment_id, chunks)
        self.conn.execute(
            "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
            (size, digest, attachment_id),
        )
        return attachment_id, size, digest

    def add_attachment_chunks(self, attachment_id: int, chunks: Iterable[bytes]) -> tuple[int, str]:
        """Write `chunks` as the attachment's pieces, re-cut to ATTACHMENT_CHUNK bytes."""
        size, hasher, seq = 0, hashlib.sha256(), 0
        pending = bytearray()

        def flush(piece: bytes) -> None:
            nonlocal seq
            seq += 1
            self.conn.execute(
                "INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (?, ?, ?)",
                (attachment_id, seq, piece),
            )

        for chunk in chunks:
            size += len(chunk)
            hasher.update(chunk)
            pending += chunk
            while len(pending) >= ATTACHMENT_CHUNK:
                flush(bytes(pending[:ATTACHMENT_CHUNK]))
                del pending[:ATTACHMENT_CHUNK]
        if pending:
            flush(bytes(pending))
        return size, hasher.hexdigest()

    def attachment_pieces(self, attachment_id: int) -> Iterator[bytes]:
        """The stored bytes in order, one piece at a time (old attachments: in one)."""
        row = self.conn.execute(
            "SELECT content FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row and row[0]:
            yield bytes(row[0])
            return
        seq = 0
        while True:  # one piece per query: no cursor held open while the caller works
            piece = self.conn.execute(
                "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? AND seq > ? "
                "ORDER BY seq LIMIT 1",
                (attachment_id, seq),
            ).fetchone()
            if piece is None:
                return
            seq = piece[0]
            yield bytes(piece[1])

    def attachments(self, request_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, request_id, filename, media_type, size, sha256, added_at, added_by "
            "FROM attachments WHERE request_id = ? ORDER BY id",
            (request_id,),
        )

    def attachment_content(self, attachment_id: int) -> bytes | None:
        row = self.conn.execute(
            "SELECT 1 FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        return b"".join(self.attachment_pieces(attachment_id)) if row else None

    def add_cost(self, values: dict[str, Any]) -> int:
        cur = self.conn.execute(
            "INSERT INTO costs(request_id, category, description, amount_cents, currency, "
            "incurred_on, created_at, created_by) VALUES (:request_id, :category, "
            ":description, :amount_cents, :currency, :incurred_on, :created_at, :created_by)",
            values,
        )
        return int(cur.lastrowid)

    def costs(self, request_id: int) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM costs WHERE request_id = ? ORDER BY id", (request_id,))

    # -- audit trail --------------------------------------------------------------------

    def append_event(
        self, user: str, request_id: int | None, action: str, detail: dict[str, Any], now: str
    ) -> int:
        """Append to the hash chain; call inside the transaction of the change it records."""
        return self.append_events([(user, request_id, action, detail)], now)

    def append_events(
        self, entries: Sequence[tuple[str, int | None, str, dict[str, Any]]], now: str
    ) -> int:
        """Append several entries (user, request id, action, detail); returns the last seq."""
        last = self.conn.execute(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq = last[0] if last else 0
        prev = last[1] if last else GENESIS_HASH
        rows = []
        for user, request_id, action, detail in _with_row_digests(
            entries, row_digests.take_touched(self.conn)
        ):
            seq += 1
            text = _DETAIL.encode(detail)
            digest = event_hash(prev, seq, now, user, request_id, action, text)
            rows.append((seq, now, user, request_id, action, text, prev, digest))
            prev = digest
        self.conn.executemany(
            "INSERT INTO events(seq, at, user, request_id, action, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        # A status move changes what the statistics know of its request: kept here, so
        # every move (whichever service makes it) keeps them true in its transaction.
        stats_facts.refresh(
            self.conn, (e[1] for e in entries if e[2] == "status.changed" and e[1] is not None)
        )
        return seq

    def track_row_changes(self) -> None:
        """From now on, each audit entry carries digests of the case rows written."""
        row_digests.start_tracking(self.conn)

    def digest_all_rows(self, user: str, now: str) -> int:
        """Once per workspace: digest every existing case row into `data.digested`
        entries (a workspace made before digests, or re-digested by a migration)."""
        if not row_digests.pending(self.conn):
            return 0
        count = 0
        with self.transaction():
            row_digests.take_touched(self.conn)  # written before tracking: all in here
            for batch in row_digests.all_rows(self.conn):
                count += len(batch)
                self.append_event(
                    user,
                    None,
                    "data.digested",
                    {"count": len(batch), DIGESTS: {s.key: s.digest for s in batch}},
                    now,
                )
        return count

    def events(self, request_id: int | None = None) -> list[Event]:
        if request_id is None:
            rows = self._rows("SELECT * FROM events ORDER BY seq")
        else:
            rows = self._rows(
                "SELECT * FROM events WHERE request_id = ? ORDER BY seq", (request_id,)
            )
        return [
            Event(r["seq"], r["at"], r["user"], r["request_id"], r["action"], _meaning(r["detail"]))
            for r in rows
        ]

    def has_event(self, action: str, detail_key: str, value: str) -> bool:
        """Whether an entry `action` carries `value` under `detail_key` (a rare check)."""
        return (
            self.conn.execute(
                "SELECT 1 FROM events WHERE action = ? AND json_extract(detail, ?) = ? LIMIT 1",
                (action, f"$.{detail_key}", value),
            ).fetchone()
            is not None
        )

    def raw_events(self) -> Iterator[dict[str, Any]]:
        yield from self.db["events"].rows_where(order_by="seq")

    def integrity_problems(self) -> list[str]:
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
        return problems


class AreaStore:
    """The SQL of one area of the workspace (checklists, offices), on the `Store`'s
    connection and inside its transactions."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    def _rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        return self.store._rows(sql, params)

    def _one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        return self.store._one(sql, params)
