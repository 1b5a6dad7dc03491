"""The SQL for copies of the workspace database: encrypted backups, restores, plain dumps.

A backup is made with `sqlcipher_export` into a new file keyed with a raw key, inside one
read transaction, so it is a consistent snapshot and an ordinary SQLCipher 4 database
that the recovery key opens with any SQLCipher tool. Copies are kept in rollback-journal
mode (one self-contained file, fit for a USB stick) and opened read-only to be checked.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from desktop.core.translation import translate
from desktop.storage.connection import (
    PLAIN_SQLITE_HEADER,
    SQLITE_CORRUPT,
    Connection,
    Damaged,
    DatabaseProblem,
    NotEncrypted,
    WrongKey,
    is_damage,
)
from desktop.storage.store import GENESIS_HASH

Key = bytes | bytearray


def _literal(key: Key) -> str:
    return f"x'{bytes(key).hex()}'"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def open_copy(path: Path, key: Key, readonly: bool = True) -> Connection:
    """A connection to a backup or staging file, keyed before anything else is read."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError:
        raise DatabaseProblem(
            translate("BackupStoreMessages", "{0} cannot be read.").format(path.name)
        ) from None
    if header == PLAIN_SQLITE_HEADER:
        raise NotEncrypted(
            translate(
                "BackupStoreMessages",
                "{0} is a plain, unencrypted SQLite file, not an encrypted "
                "Cooperation Desk backup.",
            ).format(path.name)
        )
    if len(header) < 16:
        raise Damaged(
            translate("BackupStoreMessages", "{0} is too short to be a database.").format(path.name)
        )
    uri = path.resolve().as_uri() + ("?mode=ro" if readonly else "")
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f'PRAGMA key = "{_literal(key)}"')
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = OFF")  # see connection.py
        conn.execute("PRAGMA trusted_schema = OFF")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_CORRUPT:
                raise Damaged(
                    translate("BackupStoreMessages", "{0} is damaged.").format(path.name)
                ) from None
            raise WrongKey(
                translate(
                    "BackupStoreMessages",
                    "{0} does not open with this key: it was made under "
                    "another key, or it is not a backup at all.",
                ).format(path.name)
            ) from None
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def chain_head(conn: Connection) -> tuple[int, str]:
    """The newest audit entry (seq, hash); (0, GENESIS_HASH) when there is none."""
    row = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)


def hash_at(conn: Connection, seq: int) -> str | None:
    """The hash of audit entry `seq`, or None when there is no such entry."""
    row = conn.execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
    return str(row[0]) if row else None


def latest_at(conn: Connection, action: str) -> str | None:
    """When the newest audit entry `action` was written, or None."""
    row = conn.execute("SELECT max(at) FROM events WHERE action = ?", (action,)).fetchone()
    return str(row[0]) if row and row[0] else None


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's page check (HMACs) and SQLite's structure check; [] when whole.

    Either check can itself fail on a badly damaged file; that failure is a finding too.
    """
    problems: list[str] = []
    for pragma in ("cipher_integrity_check", "integrity_check"):
        try:
            problems += [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}") if str(r[0]) != "ok"]
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"{pragma}: {exc}")
    return problems


_PARTIAL = re.compile(r"\)\s+WHERE\s+(.*)$", re.IGNORECASE | re.DOTALL)
_HMAC_FAILED = re.compile(r"HMAC verification failed for page (\d+)")


def damaged_pages(problems: Iterable[str]) -> list[int]:
    """The page numbers SQLCipher's page check named in its findings."""
    return sorted({int(m.group(1)) for p in problems for m in _HMAC_FAILED.finditer(p)})


def _read_whole(conn: Connection, sql: str) -> None:
    cursor = conn.cursor()
    try:
        for _ in cursor.execute(sql):
            pass
    finally:
        cursor.close()


def _probes(conn: Connection) -> list[tuple[str, str]]:
    """(what to call it, a query that reads all of it) for every table and index."""
    probes = []
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE rootpage > 0 "
        "ORDER BY type DESC, name"
    ).fetchall():
        if kind == "table":
            probes.append((f"table {name}", f"SELECT * FROM {_quote(name)}"))
            continue
        columns = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM pragma_index_info(?) WHERE name IS NOT NULL", (name,)
            )
        ]
        listed = ", ".join(_quote(c) for c in columns) or "1"
        # A partial index can only be read under its own condition.
        partial = _PARTIAL.search(sql or "")
        where = f" WHERE {partial.group(1)}" if partial else ""
        probes.append(
            (
                f"index {name} (of table {table})",
                f"SELECT {listed} FROM {_quote(table)} INDEXED BY {_quote(name)}{where}",
            )
        )
    return probes


def damaged_objects(reopen: Callable[[], Any]) -> list[str]:
    """The tables and indexes that cannot be read whole, e.g. ['table notes'].

    A read that meets a damaged page leaves the connection failing every later read, so
    after each failure the next probe gets a fresh connection from `reopen`.
    """
    conn = reopen()
    try:
        try:
            probes = _probes(conn)
        except sqlcipher3.DatabaseError:
            return ["the list of tables (sqlite_master)"]
        damaged = []
        for label, sql in probes:
            try:
                _read_whole(conn, sql)
            except sqlcipher3.DatabaseError:
                damaged.append(label)
                conn.close()
                conn = reopen()
        return damaged
    finally:
        conn.close()


def event_rows(conn: Connection) -> Iterator[dict[str, Any]]:
    """The audit entries in seq order, exactly as stored, read as they are walked (a
    list of 500,000 entries would hold a gigabyte)."""
    try:
        yield from sqlite_utils.Database(conn)["events"].rows_where(order_by="seq")
    except sqlcipher3.DatabaseError:
        raise Damaged(
            translate(
                "BackupStoreMessages", "The audit trail cannot be read: the database is damaged."
            )
        ) from None


def request_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM requests").fetchone()[0])


def export_encrypted(conn: Connection, dest: Path, key: Key) -> None:
    """Write everything `conn` sees into the new file `dest`, encrypted under `key`.

    `conn` must not be inside a transaction (ATTACH cannot be). The copy is flushed to
    disk before returning; on failure the half-written file is removed.
    """
    version = schema_version(conn)
    conn.execute("ATTACH DATABASE ? AS backup_copy KEY ?", (str(dest), _literal(key)))
    try:
        conn.execute("PRAGMA backup_copy.journal_mode = DELETE")
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT sqlcipher_export('backup_copy')").fetchall()
            # sqlcipher_export copies tables, not the schema number the migrations read.
            conn.execute(f"PRAGMA backup_copy.user_version = {version}")
            conn.execute("COMMIT")
        except BaseException as exc:
            conn.execute("ROLLBACK")
            # sqlcipher_export reports a damaged page as a plain error with this text.
            if is_damage(exc) or "malformed" in str(exc):
                raise Damaged(
                    translate(
                        "BackupStoreMessages",
                        "The workspace database is damaged: some of its pages "
                        "cannot be read, so it cannot be copied whole.",
                    )
                ) from None
            raise
    except BaseException:
        conn.execute("DETACH DATABASE backup_copy")
        dest.unlink(missing_ok=True)
        raise
    conn.execute("DETACH DATABASE backup_copy")
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_over(source: Connection, target: Connection) -> None:
    """Replace the whole content of `target` by `source`'s in one write transaction.

    With the target in WAL mode the swap commits at once or not at all, so a crash leaves
    the old or the new database, whole; connections open on the target see the new one.
    """
    source.backup(target)


# -- generic table access, for the plaintext exit path ------------------------------------


def data_tables(conn: Connection) -> list[str]:
    """Ordinary tables holding data: not SQLite's own, not full-text indexes or shadows."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
            "AND name NOT LIKE 'sqlite%' ORDER BY name"
        )
    ]


def table_columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")]


def table_rows(conn: Connection, table: str) -> Iterator[dict[str, Any]]:
    """Rows in primary key order, as stored (blobs as bytes)."""
    yield from sqlite_utils.Database(conn)[table].rows_where(order_by="rowid")


def replace_table_rows(conn: Connection, table: str, rows: Iterable[dict[str, Any]]) -> int:
    """Empty `table` and insert `rows` as given; call inside a transaction."""
    conn.execute(f"DELETE FROM {_quote(table)}")
    count = 0
    for row in rows:
        columns = list(row)
        conn.execute(
            f"INSERT INTO {_quote(table)}({', '.join(_quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [row[c] for c in columns],
        )
        count += 1
    return count


def defer_foreign_keys(conn: Connection) -> None:
    """Check references at commit, so tables can be filled in any order."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
