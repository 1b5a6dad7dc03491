"""README's promise: the database and the recovery key alone open the data in any
SQLCipher 4 implementation. Checked with SQLite3 Multiple Ciphers (apsw-sqlite3mc), which
shares no code with the sqlcipher3 build the app uses."""

import apsw

from desktop.core.requests import draft_from_mapping
from desktop.services import register
from desktop.storage.connection import DB_FILE
from tests.factories import request_row


def test_recovery_key_opens_the_database_in_another_sqlcipher_implementation(
    make_workspace, tmp_path
):
    ws, recovery = make_workspace()
    register.register(ws, draft_from_mapping(request_row(subject="Testimony of Mariam Touré")))
    ws.close()

    conn = apsw.Connection(str(tmp_path / "ws" / DB_FILE))
    conn.pragma("cipher", "sqlcipher")  # SQLCipher scheme ...
    conn.pragma("legacy", 4)  # ... with SQLCipher 4's defaults
    hex_key = recovery.replace("-", "")
    conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    rows = list(conn.execute("SELECT registry_no, subject FROM requests"))
    assert rows == [("CD-2026-0001", "Testimony of Mariam Touré")]


def test_a_wrong_key_reads_nothing_in_the_other_implementation(make_workspace, tmp_path):
    ws, _ = make_workspace()
    ws.close()
    conn = apsw.Connection(str(tmp_path / "ws" / DB_FILE))
    conn.pragma("cipher", "sqlcipher")
    conn.pragma("legacy", 4)
    conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    try:
        list(conn.execute("SELECT count(*) FROM requests"))
    except apsw.Error:
        return
    raise AssertionError("a wrong key must not open the database")
