"""Importing requests from JSON or CSV: every row valid, or nothing is written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from desktop.core.requests import IMPORT_FIELDS, RequestDraft, ValidationError, draft_from_mapping
from desktop.services.errors import UserFacingError
from desktop.services.register import register_many
from desktop.services.workspace import Workspace

MAX_IMPORT_BYTES = 512 * 1024 * 1024


class ImportRefused(UserFacingError):
    """The file was refused whole; `problems` lists each bad row and field."""

    def __init__(self, summary: str, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n".join(problems[:50])
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{summary}\n{shown}{more}" if problems else summary)


def _rows_from_text(text: str, suffix: str) -> list[dict[str, Any]]:
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        try:
            columns = reader.fieldnames or []
            rows = [{k: v for k, v in row.items() if k is not None} for row in reader]
        except csv.Error as exc:
            raise ImportRefused(
                f"The CSV file cannot be read near line {reader.line_num} ({exc}). Save it "
                "again from the spreadsheet as CSV (UTF-8) and import it again.", []) from None
        missing = [f for f in ("court_reference", "received_at", "kind", "subject")
                   if f not in columns]
        if missing:
            raise ImportRefused(
                f"The CSV file has no column {', '.join(missing)}. The first line must name "
                f"the columns: {', '.join(IMPORT_FIELDS)}.", [])
        return rows
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"The file is not valid JSON (line {exc.lineno}, column {exc.colno}).", []
        ) from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ImportRefused("A JSON import file must be an array of objects, one per request.",
                            [])
    return data


def parse_file(path: Path) -> list[RequestDraft]:
    """Read and validate every row; raise ImportRefused naming each bad row and field."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRefused(f"{path.name} is too large to import ({size:,} bytes).", [])
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"Cannot read {path.name}: {exc.strerror}.", []) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{path.name} is not UTF-8 text; save it as UTF-8 and retry.",
                            []) from None
    rows = _rows_from_text(text, path.suffix.lower())
    return validate_rows(rows)


def validate_rows(rows: list[dict[str, Any]]) -> list[RequestDraft]:
    drafts: list[RequestDraft] = []
    problems: list[str] = []
    for number, row in enumerate(rows, start=1):
        try:
            drafts.append(draft_from_mapping(row))
        except ValidationError as exc:
            problems += [f"row {number}: {name}: {message}"
                         for name, message in exc.problems.items()]
    if problems:
        raise ImportRefused(
            f"Nothing was imported: {len({p.split(':')[0] for p in problems})} of "
            f"{len(rows)} rows have problems. Correct them and import the file again.",
            problems,
        )
    return drafts


def import_file(ws: Workspace, path: Path) -> list[str]:
    drafts = parse_file(path)
    if not drafts:
        raise ImportRefused(f"{path.name} holds no requests.", [])
    return register_many(ws, drafts)
