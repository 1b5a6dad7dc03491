"""Reply templates an office adds to its library, kept inside the encrypted database.

An office's template carries its letterhead and sometimes names, so it must not sit in a
plaintext folder next to the workspace. The table is created on first use with
`CREATE TABLE IF NOT EXISTS` instead of by a numbered migration: migration numbers are
being handed out to parallel work, and an idempotent statement cannot clash with any of
them. A later migration that adopts the table must use the same definition with
`IF NOT EXISTS`, so workspaces that already have it upgrade untouched.
"""

from __future__ import annotations

from typing import Any

from desktop.storage.store import Store

_CREATE = """
CREATE TABLE IF NOT EXISTS reply_templates (
    name TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    PRIMARY KEY (name, lang)
)
"""


class TemplateStore:
    """SQL for the `reply_templates` table; call writes inside `Store.transaction()`."""

    def __init__(self, store: Store) -> None:
        self.conn = store.conn
        self.conn.execute(_CREATE)

    def put(
        self, name: str, lang: str, title: str, content: bytes, sha256: str, user: str, now: str
    ) -> None:
        """Add, or replace the office's earlier version in that language."""
        self.conn.execute(
            "INSERT INTO reply_templates(name, lang, title, content, sha256, added_at, "
            "added_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name, lang) DO UPDATE SET "
            "title = excluded.title, content = excluded.content, sha256 = excluded.sha256, "
            "added_at = excluded.added_at, added_by = excluded.added_by",
            (name, lang, title, content, sha256, now, user),
        )

    def content(self, name: str, lang: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT content FROM reply_templates WHERE name = ? AND lang = ?", (name, lang)
        ).fetchone()
        return bytes(row[0]) if row else None

    def entries(self) -> list[dict[str, Any]]:
        """Every template without its content, which can be megabytes of letterhead."""
        cursor = self.conn.execute(
            "SELECT name, lang, title, sha256, added_at, added_by FROM reply_templates "
            "ORDER BY name, lang"
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def delete(self, name: str, lang: str) -> bool:
        cursor = self.conn.execute(
            "DELETE FROM reply_templates WHERE name = ? AND lang = ?", (name, lang)
        )
        return int(cursor.rowcount) > 0
