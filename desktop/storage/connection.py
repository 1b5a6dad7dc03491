"""Opening the SQLCipher database: key first, then proof that it really is encrypted."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from desktop.core.translation import translate

DB_FILE = "coopdesk.db"
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

# A SQLCipher connection. The sqlcipher3 binding ships no type information, so this name
# only tells the reader (and mypy's strict mode) where a connection goes.
Connection: TypeAlias = Any


# Decrypted pages a connection keeps, in KiB. 16 MiB (SQLite's default is 2): an import's
# index inserts land all over large B-trees, and the deadlines' queries read the same
# pages again; each page read again costs a decryption.
CACHE_KIB = 16384
# For a connection kept open between operations (the window's): the cache keeps what was
# last read, and at 100,000 requests a few reads that scan fill it whole, so 16 MiB held
# for the whole session, for scattered reads (a page of the register, one request) that
# gain nothing from it. Raised to CACHE_KIB again while it writes (`write_cache`).
LASTING_CACHE_KIB = 2048


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, where the process runs on glibc (Linux); else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # another C library (musl)
        return None
    return trim


_TRIM = _malloc_trim()


def release_freed_memory() -> None:
    """Hand the memory a closed connection freed back to the system.

    A page cache is thousands of 4 KiB pieces, allocated among longer-lived objects;
    glibc keeps the pieces freed at close for reuse, so each connection that had filled
    its 16 MiB (the deadlines' reads at 100,000 requests, on a worker's connection)
    stayed resident after it closed: 35 MB after three requests opened and the board
    refreshed. malloc_trim returns the free pages (about a millisecond). Other systems'
    allocators are left to themselves.
    """
    if _TRIM is not None:
        _TRIM(0)


def set_cache(conn: Connection, kib: int) -> None:
    """At most `kib` KiB of pages; lowering it frees the pages beyond at once."""
    conn.execute(f"PRAGMA cache_size = -{int(kib)}")


@contextmanager
def write_cache(conn: Connection) -> Iterator[None]:
    """At least CACHE_KIB for the time of a write transaction, then the size it had."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    if before >= 0 or -before >= CACHE_KIB:  # counted in pages, or large enough already
        yield
        return
    set_cache(conn, CACHE_KIB)
    try:
        yield
    finally:
        set_cache(conn, -before)


class DatabaseProblem(Exception):
    """The database cannot be opened; the message says what to do and holds no secret."""


class NotEncrypted(DatabaseProblem):
    pass


class WrongKey(DatabaseProblem):
    pass


class Damaged(DatabaseProblem):
    """The key is right but the file is not whole (truncated, emptied, pages damaged)."""


SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def damaged_help() -> str:
    return translate(
        "ConnectionMessages",
        "The database is damaged — restore it from a backup. Nothing was changed.",
    )


def _damaged(name: str, why: str) -> str:
    return translate(
        "ConnectionMessages",
        "{0} is damaged: {1}. It was not opened and nothing was changed; restore it from a backup.",
    ).format(name, why)


def is_damage(exc: BaseException) -> bool:
    """A read that met a page failing its check (HMAC) or not holding together.

    Such a page can sit anywhere, so any query may meet it long after the file opened;
    callers turn it into damaged_help() instead of an unexplained error.
    """
    return isinstance(exc, sqlcipher3.DatabaseError) and getattr(exc, "sqlite_errorcode", None) in {
        SQLITE_CORRUPT,
        SQLITE_NOTADB,
    }


def _wal_in_use(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False


def _check_not_empty(path: Path) -> None:
    """An empty file would be taken for a new database and silently given a schema."""
    if path.stat().st_size == 0 and not _wal_in_use(path):
        raise Damaged(_damaged(path.name, translate("ConnectionMessages", "the file is empty")))


def _check_whole(conn: Connection, path: Path) -> None:
    """Cheap signs of truncation, found before any query meets a missing page.

    With a live write-ahead log the pages may legitimately still be in the log, so the
    length is only compared with the page count when there is none.
    """
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    size = path.stat().st_size
    if size % page_size:
        raise Damaged(
            _damaged(path.name, translate("ConnectionMessages", "it ends in the middle of a page"))
        )
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    if not _wal_in_use(path) and pages * page_size > size:
        raise Damaged(
            _damaged(path.name, translate("ConnectionMessages", "it is shorter than it should be"))
        )


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return
    if header == PLAIN_SQLITE_HEADER:
        raise NotEncrypted(
            translate(
                "ConnectionMessages",
                "{0} is a plain, unencrypted SQLite file, not a "
                "Cooperation Desk workspace. It was not opened and nothing was changed.",
            ).format(path.name)
        )


def open_encrypted(path: Path, data_key: bytes | bytearray, create: bool = False) -> Connection:
    """A connection on which `PRAGMA key` was the very first statement.

    Refuses to go on unless SQLCipher reports its version and the file header is not the
    plain SQLite one, so a build without encryption can never silently write plaintext.
    """
    if create:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    elif not path.exists():
        raise DatabaseProblem(
            translate("ConnectionMessages", "There is no workspace database at {0}.").format(path)
        )
    elif not path.is_file():
        raise DatabaseProblem(
            translate(
                "ConnectionMessages",
                "{0} is {1}, not a workspace database. Nothing was opened "
                "or changed; move it away and restore the database from a backup.",
            ).format(
                path,
                translate("ConnectionMessages", "a folder")
                if path.is_dir()
                else translate("ConnectionMessages", "not a regular file"),
            )
        )
    else:
        _check_not_empty(path)
    _check_header(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        # SQLCipher logs decryption failures to stderr by default; the user gets our message.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if hasattr(conn, "enable_load_extension"):
            conn.enable_load_extension(False)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotEncrypted(
                translate(
                    "ConnectionMessages", "This SQLite library has no encryption; refusing to open."
                )
            )
        # Off on purpose (docs/SECURITY.md): wiping SQLCipher's own buffers made writing
        # 7-10x slower while every request shown lives in Python objects it cannot wipe.
        # The setting is process-wide, so every connection the app opens says the same.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_CORRUPT:
                raise Damaged(
                    _damaged(
                        path.name,
                        translate(
                            "ConnectionMessages",
                            "its first pages decrypt but do not hold together "
                            "(cut short or overwritten)",
                        ),
                    )
                ) from None
            raise WrongKey(
                translate(
                    "ConnectionMessages",
                    "The database could not be decrypted with this key: it "
                    "belongs to another workspace, or the file is damaged.",
                )
            ) from None
        if not create:
            _check_whole(conn, path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA busy_timeout = 5000")
        set_cache(conn, CACHE_KIB)
    except BaseException:
        conn.close()
        raise
    if create:
        conn.execute("CREATE TABLE IF NOT EXISTS _probe(x)")
        conn.execute("DROP TABLE _probe")
    _check_header(path)
    return conn
