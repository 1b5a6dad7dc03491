"""Importing requests from JSON or CSV: every row valid, or nothing is written."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.requests import IMPORT_FIELDS, RequestDraft, ValidationError, draft_from_mapping
from desktop.core.translation import language, translate
from desktop.services import collector
from desktop.services.errors import UserFacingError
from desktop.services.register import register_many, registered_references
from desktop.services.statistics.words import number as written_number
from desktop.services.workspace import Workspace

MAX_IMPORT_BYTES = 512 * 1024 * 1024


class ImportRefused(UserFacingError):
    """The file was refused whole; `problems` lists each bad row and field."""

    def __init__(self, summary: str, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n".join(problems[:50])
        more = (
            "\n" + translate("ImportingMessages", "... and {0} more").format(len(problems) - 50)
            if len(problems) > 50
            else ""
        )
        super().__init__(f"{summary}\n{shown}{more}" if problems else summary)


def _delimiter(text: str) -> str:
    """',' or ';': Excel saves CSV with semicolons where the decimal mark is a comma
    (French, Dutch ...). Column names hold neither, so the header line tells which."""
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _after_space(text: str, pos: int) -> int:
    found = _SPACE.match(text, pos)
    return found.end() if found else pos  # it always matches, if only the empty string


def _json_value(text: str) -> Any:
    """`json.loads(text)`, an array decoded an item at a time.

    One `json.loads` of a whole file holds the interpreter lock until it is done, which
    froze the window for ~70 ms per 10,000 requests while the file was read on a worker
    thread; between two items the GUI thread gets its turn.
    """
    pos = _after_space(text, 0)
    if not text.startswith("[", pos):
        return json.loads(text)
    items: list[Any] = []
    pos = _after_space(text, pos + 1)
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            item, pos = _DECODER.raw_decode(text, pos)
            items.append(item)
            pos = _after_space(text, pos)
            if text.startswith(",", pos):
                pos = _after_space(text, pos + 1)
            elif text.startswith("]", pos):
                pos += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    pos = _after_space(text, pos)
    if pos != len(text):
        raise json.JSONDecodeError("Extra data", text, pos)
    return items


def _rows_from_text(text: str, suffix: str) -> list[dict[str, Any]]:
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text), delimiter=_delimiter(text))
        try:
            columns = reader.fieldnames or []
            rows = [{k: v for k, v in row.items() if k is not None} for row in reader]
        except csv.Error as exc:
            raise ImportRefused(
                translate(
                    "ImportingMessages",
                    "The CSV file cannot be read near line {0} ({1}). Save "
                    "it again from the spreadsheet as CSV (UTF-8) and import it again.",
                ).format(reader.line_num, exc),
                [],
            ) from None
        missing = [
            f for f in ("court_reference", "received_at", "kind", "subject") if f not in columns
        ]
        if missing:
            raise ImportRefused(
                translate(
                    "ImportingMessages",
                    "The CSV file has no column {0}. The first line must "
                    "name the columns, separated by commas or semicolons: {1}.",
                ).format(", ".join(missing), ", ".join(IMPORT_FIELDS)),
                [],
            )
        return rows
    try:
        data = _json_value(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            translate(
                "ImportingMessages", "The file is not valid JSON (line {0}, column {1})."
            ).format(exc.lineno, exc.colno),
            [],
        ) from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ImportRefused(
            translate(
                "ImportingMessages",
                "A JSON import file must be an array of objects, one per request.",
            ),
            [],
        )
    return data


def parse_file(path: Path, today: date | None = None) -> list[RequestDraft]:
    """Read and validate every row; raise ImportRefused naming each bad row and field.

    With `today`, a row received in the future is one of the problems.
    """
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRefused(
                translate("ImportingMessages", "{0} is too large to import ({1} bytes).").format(
                    path.name, written_number(size, language())
                ),
                [],
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(
            translate("ImportingMessages", "Cannot read {0}: {1}.").format(path.name, exc.strerror),
            [],
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(
            translate(
                "ImportingMessages", "{0} is not UTF-8 text; save it as UTF-8 and retry."
            ).format(path.name),
            [],
        ) from None
    with collector.paused():  # 50,000 rows: its collections took a quarter of the time
        return validate_rows(_rows_from_text(text, path.suffix.lower()), today)


def validate_rows(rows: list[dict[str, Any]], today: date | None = None) -> list[RequestDraft]:
    drafts: list[RequestDraft] = []
    problems: list[str] = []
    bad_rows = 0
    for number, row in enumerate(rows, start=1):
        try:
            drafts.append(draft_from_mapping(row, today))
        except ValidationError as exc:
            bad_rows += 1
            problems += [
                translate("ImportingMessages", "row {0}: {1}: {2}").format(number, name, message)
                for name, message in exc.problems.items()
            ]
    if problems:
        raise ImportRefused(
            translate(
                "ImportingMessages",
                "Nothing was imported: problems in %n row(s) of {0}. "
                "Correct them and import the file again.",
                None,
                bad_rows,
            ).format(len(rows)),
            problems,
        )
    return drafts


@dataclass
class ImportResult:
    """What an import did, for the summary the user reads."""

    registered: list[str] = field(default_factory=list)
    past_on_arrival: list[str] = field(default_factory=list)
    # Court references skipped because they are registered already (or twice in the file).
    already_registered: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"Imported {len(self.registered)} requests"
            + (f" ({self.registered[0]} to {self.registered[-1]})" if self.registered else "")
        ]
        if self.already_registered:
            parts.append(
                f"{len(self.already_registered)} already registered, not imported "
                "again (--allow-duplicates to register them anyway)"
            )
        if self.past_on_arrival:
            parts.append(
                f"{len(self.past_on_arrival)} past on arrival "
                f"({', '.join(self.past_on_arrival)}): their deadline had passed "
                "when received; they are overdue"
            )
        return "; ".join(parts) + "."


def register_drafts(
    ws: Workspace,
    drafts: Sequence[RequestDraft],
    allow_duplicates: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Register imported requests; a Court reference already registered is skipped.

    Re-importing the same file is then harmless. `allow_duplicates` registers them anyway
    (the Court does reuse a reference for a corrigendum now and then).
    """
    result = ImportResult()
    fresh = list(drafts)
    if not allow_duplicates:
        known = registered_references(ws, [d.court_reference for d in drafts])
        seen = {ref.lower() for ref in known}
        fresh = []
        for draft in drafts:
            key = draft.court_reference.lower()
            if key in seen:
                result.already_registered.append(draft.court_reference)
                continue
            seen.add(key)
            fresh.append(draft)
    if fresh:
        result.registered = register_many(ws, fresh, progress)
    result.past_on_arrival = [
        number
        for number, draft in zip(result.registered, fresh, strict=True)
        if draft.past_on_arrival
    ]
    return result


def import_file(ws: Workspace, path: Path, allow_duplicates: bool = False) -> ImportResult:
    drafts = parse_file(path, ws.today())
    if not drafts:
        raise ImportRefused(
            translate("ImportingMessages", "{0} holds no requests.").format(path.name), []
        )
    return register_drafts(ws, drafts, allow_duplicates)
