"""Digests of case rows, carried by the audit entries, so `verify` sees edits to the data.

The hash chain proves the log was not edited; it says nothing of a row changed with the
key and a SQLite tool. So every audit entry also carries, under `row_digests`, a digest
of each case row its transaction wrote ("notes:12" → digest, or null once deleted). The
rows a transaction writes are noted by TEMP triggers (this connection's only: a change
made through any other connection is exactly what must show) and digested when the entry
is appended. `verify` takes each row's newest digest from the log and recomputes the
digest of the row as it is now.

A digest is keyed with a random secret kept in the database, so the audit export (which
carries the details in plaintext) does not give away a low-variety value such as a
request's confidentiality. It reads `<16 hex>/<2 hex per column>/<request id>`: the first
part covers the whole row (its columns, sorted by name, as a JSON array), the tags say
which columns differ (requests, notes, routing steps and attachments only), the request
id names the request of a row found deleted. Columns that only cache what can be worked
out again (a step's open due date) are left out, and so are an attachment's bytes: they
are checked against the row's sha256 whenever they are read. A migration that adds or
drops a column of these tables must ask for the rows to be digested again
(`UPDATE row_digest_key SET pending = 1`).
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple, cast

import sqlcipher3

from desktop.storage import stats_facts
from desktop.storage.connection import Connection

# table -> columns left out of its digests: stored bytes checked by their own sha256, and
# dates the app derives from the others and refills (a step's due date, a request's
# deliver-by day and its answer's facts, stats_facts.py). Requests carry their own id as request_id.
TABLES: dict[str, frozenset[str]] = {
    "attachments": frozenset({"content"}),
    "checklist_steps": frozenset({"open_due_on"}),
    "checklists": frozenset(),
    "notes": frozenset(),
    "requests": frozenset({"deliver_on", *stats_facts.COLUMNS}),
    "routing_steps": frozenset(),
}
BATCH = 2000  # rows per audit entry when a whole workspace is digested
DIGESTS = "row_digests"  # the key of an entry's detail that holds them


class RowState(NamedTuple):
    """One row's digest (None: deleted) and the request it belongs to."""

    table: str
    row_id: int
    request_id: int | None
    digest: str | None

    @property
    def key(self) -> str:
        return f"{self.table}:{self.row_id}"


def _request_column(table: str) -> str:
    return "id" if table == "requests" else "request_id"


def _trigger(table: str, event: str, row: str) -> str:
    """The TEMP trigger that notes the rows of `table` an `event` writes."""
    return (
        f"CREATE TEMP TRIGGER IF NOT EXISTS touched_{table}_{event.split()[0].lower()} "
        f"AFTER {event} ON main.{table} BEGIN INSERT OR REPLACE INTO touched(tbl, id, "
        f"request_id) VALUES ('{table}', {row}.id, {row}.{_request_column(table)}); END"
    )


def start_tracking(conn: Connection) -> None:
    """Note, on this connection, every case row written (after the schema is migrated)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS touched (tbl TEXT NOT NULL, "
        "id INTEGER NOT NULL, request_id INTEGER, PRIMARY KEY (tbl, id))"
    )
    # Rows inserted in bulk, noted as a range of ids rather than one by one.
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS touched_range (tbl TEXT NOT NULL, "
        "first INTEGER NOT NULL, last INTEGER NOT NULL)"
    )
    for table, left_out in TABLES.items():
        columns = [
            r[1] for r in conn.execute(f"PRAGMA main.table_info({table})") if r[1] not in left_out
        ]
        for event, row in (
            ("INSERT", "NEW"),
            ("DELETE", "OLD"),
            (f"UPDATE OF {', '.join(columns)}", "NEW"),
        ):
            conn.execute(_trigger(table, event, row))


@contextmanager
def inserted_in_bulk(conn: Connection, table: str) -> Iterator[None]:
    """Rows inserted into `table` inside are noted as one range of ids, not by a trigger
    each nor a row each in `touched`: an import inserts ten checklist steps per request,
    and the trigger was a third of their cost, noting them one by one a tenth. Only for
    inserts of new rows, inside a transaction, binding no BLOB (their digests are written
    without the guard for one): the new rows are those whose id is above the largest
    before (ids are never reused while a larger one exists, as `INTEGER PRIMARY KEY`
    assigns them)."""
    name = f"touched_{table}_insert"
    found = conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", (name,)).fetchone()
    if found is None:  # not tracking on this connection
        yield
        return
    first = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM main.{table}").fetchone()[0]
    conn.execute(f"DROP TRIGGER temp.{name}")
    try:
        yield
    finally:
        conn.execute(_trigger(table, "INSERT", "NEW"))
    last = conn.execute(f"SELECT max(id) FROM main.{table}").fetchone()[0]
    if last is not None and last >= first:
        conn.execute("INSERT INTO temp.touched_range VALUES (?, ?, ?)", (table, first, last))


def _secret(conn: Connection) -> bytes:
    row = conn.execute("SELECT secret FROM row_digest_key").fetchone()
    return bytes(row[0]) if row else b""


# Tables whose digests also carry a tag per column, so verify can say which columns
# changed. Checklists and their steps (most of the rows) carry the whole-row digest only:
# tagging them doubled the time of an import.
TAGGED = frozenset({"attachments", "notes", "requests", "routing_steps"})
_CACHED = 20_000  # values of one column whose tags are remembered within one pass


class Digester:
    """Digests rows with the workspace's secret; built once per pass.

    The whole-row digest covers the row's `text`; the tags its values, one by one.
    """

    def __init__(self, conn: Connection) -> None:
        secret = _secret(conn)
        self._whole = hashlib.blake2b(key=secret, digest_size=8)
        self._tag = hashlib.blake2b(key=secret, digest_size=1)
        # Each column's tags by value, per list of columns: a pass sees the same values often.
        self._tags: dict[tuple[str, ...], list[dict[Any, str]]] = {}
        # A keyed hash for one row's whole digest: `whole` without its call, for loops.
        self.fresh: Callable[[], Any] = self._whole.copy

    def whole(self, text: str) -> str:
        """The digest of a row's `text`."""
        digest = self._whole.copy()
        digest.update(text.encode())
        return digest.hexdigest()

    def tags(self, names: list[str], values: Iterable[Any]) -> str:
        """Two hex digits per column, in the order of `names`."""
        key = tuple(names)
        caches = self._tags.get(key)
        if caches is None:
            caches = self._tags[key] = [{} for _ in names]
        values = list(values)
        found = [cache.get(value) for cache, value in zip(caches, values, strict=True)]
        if None in found:  # one look-up per value, without a tuple: most values repeat
            for i, value in enumerate(values):
                if found[i] is None:
                    hashed = self._tag.copy()
                    hashed.update(repr((names[i], value)).encode())
                    found[i] = tag = hashed.hexdigest()
                    cache = caches[i]
                    if len(cache) >= _CACHED:  # full of one-off values (ids, subjects):
                        cache.clear()  # start again, so the repeating ones come back
                    cache[value] = tag
        return "".join(cast(list[str], found))

    def digest(self, table: str, row: Row) -> str:
        """The whole-row digest, the column tags (tagged tables), and the request id, to
        name the request of a row found deleted."""
        tags = self.tags(row.names, row.values) if table in TAGGED else ""
        return f"{self.whole(row.text)}/{tags}/{row.request_id}"


class Row(NamedTuple):
    row_id: int
    request_id: int | None
    names: list[str]  # the columns digested, sorted
    text: str  # their values as a JSON array, written by SQLite (`json_array`)

    @property
    def values(self) -> list[Any]:
        return list(json.loads(self.text))


def _as_json(name: str) -> str:
    # A BLOB cannot go into JSON: none of these columns holds one, but a hand-made edit may.
    column = ".".join(f'"{part}"' for part in name.split("."))
    return f"CASE WHEN typeof({column}) = 'blob' THEN 'blob:' || hex({column}) ELSE {column} END"


def _names(conn: Connection, table: str) -> list[str]:
    """The columns of `table` that its digests cover, sorted."""
    columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
    return sorted(c for c in columns if c not in TABLES[table])


def _rows(
    conn: Connection, table: str, where: str = "", params: Iterable[Any] = ()
) -> Iterator[Row]:
    """Each row of `table` (or those `where` picks), by id. SQLite writes the text that
    is digested: a Python loop over the columns of every row took three times as long."""
    names = _names(conn, table)
    values = ", ".join(_as_json(n) for n in names)
    cursor = conn.execute(
        f"SELECT id, {_request_column(table)}, json_array({values}) "
        f"FROM {table} {where} ORDER BY id",
        tuple(params),
    )
    for row_id, request_id, text in cursor:
        yield Row(row_id, request_id, names, text)


def _touched_states(
    conn: Connection, table: str, digester: Digester, ranges: list[tuple[int, int]]
) -> list[RowState]:
    """The rows of `table` noted as written, digested as they stand now (None: deleted):
    those noted one by one, then those of the `ranges` inserted in bulk (a row in both
    is digested twice, alike).

    The loop inlined: an import digests ten rows per request, so a method call and a
    tuple less per row is a good share of its time.
    """
    names = _names(conn, table)
    request = _request_column(table)
    queries: list[tuple[str, tuple[Any, ...]]] = [
        (
            f"SELECT t.id, CASE WHEN x.id IS NULL THEN t.request_id ELSE x.{request} END, "
            "CASE WHEN x.id IS NULL THEN NULL ELSE json_array("
            + ", ".join(_as_json(f"x.{n}") for n in names)
            + f")END FROM temp.touched t LEFT JOIN main.{table} x ON x.id = t.id "
            "WHERE t.tbl = ? ORDER BY t.id",
            (table,),
        )
    ]
    # Rows inserted in bulk hold what the app bound, never a BLOB: no guard for one, which
    # took a third of the time SQLite spends writing their text.
    queries += [
        (
            f"SELECT id, {request}, json_array({', '.join(names)}) "
            f"FROM main.{table} WHERE id BETWEEN ? AND ? ORDER BY id",
            bounds,
        )
        for bounds in ranges
    ]
    tags = digester.tags if table in TAGGED else None
    fresh, loads = digester.fresh, json.loads
    states = []
    for sql, params in queries:
        for row_id, request_id, text in conn.execute(sql, params):
            if text is None:
                states.append(RowState(table, row_id, request_id, None))
                continue
            hashed = fresh()
            hashed.update(text.encode())
            tagged = tags(names, loads(text)) if tags else ""
            states.append(
                RowState(table, row_id, request_id, f"{hashed.hexdigest()}/{tagged}/{request_id}")
            )
    return states


def take_touched(conn: Connection) -> list[RowState]:
    """The rows written since the last call, digested as they stand now; forgets them."""
    try:
        tables = conn.execute(
            "SELECT tbl FROM temp.touched UNION SELECT tbl FROM temp.touched_range ORDER BY tbl"
        ).fetchall()
    except sqlcipher3.OperationalError:  # not tracking here (a backup being checked)
        return []
    if not tables:
        return []
    ranges: dict[str, list[tuple[int, int]]] = {}
    for table, first, last in conn.execute("SELECT tbl, first, last FROM temp.touched_range"):
        ranges.setdefault(table, []).append((first, last))
    digester = Digester(conn)
    states = []
    for (table,) in tables:
        states += _touched_states(conn, table, digester, ranges.get(table, []))
    conn.execute("DELETE FROM temp.touched")
    conn.execute("DELETE FROM temp.touched_range")
    return states


def ready(conn: Connection) -> bool:
    """Whether the rows have digests to check: not a database made before them."""
    try:
        row = conn.execute("SELECT pending FROM row_digest_key").fetchone()
    except sqlcipher3.OperationalError:  # no such table: older than digests
        return False
    return bool(row) and not row[0]


def pending(conn: Connection) -> bool:
    """Whether the rows have never been digested (set by the migration that added this)."""
    row = conn.execute("SELECT pending FROM row_digest_key").fetchone()
    return bool(row and row[0])


def all_rows(conn: Connection) -> Iterator[list[RowState]]:
    """Every case row digested, in batches of BATCH rows: for the first digest of a
    workspace that existed before digests did."""
    digester = Digester(conn)
    for table in sorted(TABLES):
        batch: list[RowState] = []
        for row in _rows(conn, table):
            batch.append(RowState(table, row.row_id, row.request_id, digester.digest(table, row)))
            if len(batch) == BATCH:
                yield batch
                batch = []
        if batch:
            yield batch
    conn.execute("UPDATE row_digest_key SET pending = 0")


def current(conn: Connection, table: str) -> Iterator[Row]:
    """Each row of `table` as it is now, by id."""
    yield from _rows(conn, table)


class Claims:
    """The newest digest the audit trail holds for each row of one table, 16 bytes a row.

    `verify` used to have SQLite group every digest of the trail by row (a million at
    100,000 requests): with temporary storage in memory, SQLite's sorter keeps each
    record in a block of its own, some 120 bytes a row, and the window's process peaked
    above 300 MB. Here two flat arrays indexed by row id hold the entry's number and the
    whole-row digest (its 16 hex digits as an integer); the rest of a digest (the column
    tags, the request id) is read again from its entry for the few rows that differ.
    Nothing is sorted, nothing spills to a temporary file.
    """

    def __init__(self, size: int) -> None:
        # seq > 0: the entry whose digest is the newest; < 0: the entry that deleted the
        # row; 0: no digest for this id.
        self.seqs = array("q", [0]) * size
        self.wholes = array("Q", [0]) * size
        # Ids beyond the arrays (rows deleted above the largest id there is now) or
        # digests not in the usual form: (seq, the digest as written).
        self.others: dict[int, tuple[int, str | None]] = {}

    def take(self, row_id: int) -> tuple[int, int | str | None] | None:
        """(seq, digest) of the newest claim on `row_id`, forgotten once taken. The
        digest is the whole-row part as an integer, or as written (`others`), or None
        for a row the trail says was deleted."""
        if self.others:
            other = self.others.pop(row_id, None)
            if other is not None:
                return other
        if 0 <= row_id < len(self.seqs) and self.seqs[row_id]:
            seq = self.seqs[row_id]
            self.seqs[row_id] = 0
            return (seq, self.wholes[row_id]) if seq > 0 else (-seq, None)
        return None

    def left(self) -> Iterator[tuple[int, int]]:
        """(row id, seq) of the claims not taken whose row was not deleted, by id."""
        seqs = self.seqs
        rest = [(i, seq) for i, seq in enumerate(seqs) if seq > 0]
        rest += [(i, seq) for i, (seq, digest) in self.others.items() if digest is not None]
        return iter(sorted(rest))


def _ids(conn: Connection, table: str) -> int:
    """How many ids the arrays of `table` cover: up to its largest, unless a few rows
    were given ids far above the others (by hand: 10**12 would ask for terabytes)."""
    largest, count = conn.execute(
        f"SELECT coalesce(max(id), 0), count(*) FROM main.{table}"
    ).fetchone()
    return int(min(largest, 2 * count + 1024)) + 1


def newest(conn: Connection) -> dict[str, Claims]:
    """Each table's Claims, from one pass over the trail in entry order (later claims
    replace earlier ones): no sort, memory for two integers per row."""
    claims = {table: Claims(_ids(conn, table)) for table in TABLES}
    cursor = conn.execute(
        "SELECT substr(j.key, 1, instr(j.key, ':') - 1), "
        "CAST(substr(j.key, instr(j.key, ':') + 1) AS INTEGER), j.value, e.seq "
        "FROM events e, json_each(e.detail, '$.row_digests') j "
        "WHERE json_valid(e.detail) AND j.key IS NOT NULL ORDER BY e.seq"
    )
    for table, row_id, digest, seq in cursor:  # a million at 100,000 requests: inlined
        found = claims.get(table)
        if found is None:
            continue
        others = found.others
        if others:
            others.pop(row_id, None)
        if 0 <= row_id < len(found.seqs):
            if digest is None:
                found.seqs[row_id] = -seq
                continue
            try:
                if digest[16] == "/":
                    found.wholes[row_id] = int(digest[:16], 16)
                    found.seqs[row_id] = seq
                    continue
            except (TypeError, IndexError, ValueError):
                pass
            found.seqs[row_id] = 0
        others[row_id] = (seq, digest if digest is None else str(digest))
    return claims


def claim_text(conn: Connection, seq: int, table: str, row_id: int) -> str | None:
    """The digest entry `seq` holds for a row, as written."""
    row = conn.execute(
        "SELECT j.value FROM events e, json_each(e.detail, '$.row_digests') j "
        "WHERE e.seq = ? AND json_valid(e.detail) AND j.key = ?",
        (seq, f"{table}:{row_id}"),
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def registry_numbers(conn: Connection, request_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(request_ids))
    numbers: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        numbers.update(
            conn.execute(
                f"SELECT id, registry_no FROM requests WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return numbers
