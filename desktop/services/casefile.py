"""What hangs off a request: notes, attachments (kept inside the encrypted database), costs."""

from __future__ import annotations

import mimetypes
import os
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.requests import RequestRecord
from desktop.core.translation import language, translate
from desktop.core.vocabulary import CostCategory, parse_enum
from desktop.services.errors import NotFound, Refused
from desktop.services.exports import record_and_write
from desktop.services.workspace import Workspace
from desktop.storage.store import ATTACHMENT_CHUNK

MAX_NAME = 255


def add_note(
    ws: Workspace, record: RequestRecord, text: str, on: date | None = None, shareable: bool = False
) -> int:
    """A note; `on` dates what it records when that was before today (kept in the timeline
    beside the moment it was typed). Only a `shareable` note travels to other offices."""
    if not text.strip():
        raise Refused(translate("CasefileMessages", "A note cannot be empty."))
    detail: dict[str, object] = {"text": text.strip()}
    if shareable:
        detail["shareable"] = True
    if on is not None:
        if on > ws.today():
            raise Refused(
                translate(
                    "CasefileMessages", "A note cannot be dated {0}, a day still to come."
                ).format(on.isoformat())
            )
        if on < record.received_at.date():
            raise Refused(
                translate(
                    "CasefileMessages",
                    "A note cannot be dated {0}, before the request was received ({1}).",
                ).format(on.isoformat(), record.received_at.date().isoformat())
            )
        detail["effective_on"] = on.isoformat()
    now = ws.now()
    with ws.store.transaction():
        note_id = ws.store.add_note(record.id, ws.user, text.strip(), now, shareable)
        ws.store.append_event(ws.user, record.id, "note.added", {"note": note_id, **detail}, now)
    return note_id


_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"),
}
_WINDOWS_FORBIDDEN = set('<>:"|?*')


def _cut_utf8(text: str, limit: int) -> str:
    """The longest prefix of `text` that fits in `limit` bytes of UTF-8."""
    encoded = text.encode("utf-8")[:limit]
    return encoded.decode("utf-8", errors="ignore")


def safe_attachment_name(name: str) -> str:
    """A display name that is also safe to save under, on any of the three systems.

    It cannot climb folders, cannot hide its real extension behind direction controls
    (U+202E ...), is not a reserved Windows device name (CON, NUL, COM1 ...), holds no
    character Windows refuses, and fits in 255 bytes with its extension kept.
    """
    base = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    # Cc: control characters; Cf: invisible format characters, bidi overrides among them.
    base = "".join(
        "_" if ch in _WINDOWS_FORBIDDEN else ch
        for ch in base
        if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Zl", "Zp"}
    )
    base = base.strip(" .") or "attachment"
    stem = base.split(".", 1)[0].rstrip(" ").upper()
    if stem in _WINDOWS_RESERVED:
        base = "_" + base
    if len(base.encode("utf-8")) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        if dot and stem and len(ext.encode("utf-8")) < 16:
            base = _cut_utf8(stem, MAX_NAME - len(ext.encode("utf-8")) - 1).rstrip(" .")
            base = f"{base or 'attachment'}.{ext}"
        else:
            base = _cut_utf8(base, MAX_NAME).rstrip(" .") or "attachment"
    return base


_NOT_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


@dataclass(frozen=True)
class Source:
    """A file checked for attaching: a regular file, links resolved."""

    path: Path
    size: int
    note: str  # what the user should be told (a link was followed), or ""


def _not_a_file(name: str, mode: int) -> Refused:
    kind = next((what for test, what in _NOT_FILES if test(mode)), "not a regular file")
    return Refused(
        translate("CasefileMessages", "{0} is {1}, not a file; nothing was attached.").format(
            name, kind
        )
    )


def check_source(path: Path) -> Source:
    """Refuse what is not a regular file before anything opens it.

    Opening a named pipe waits for a writer forever, and a device can be read without
    end; links are followed, and the user is told which file that is.
    """
    try:
        resolved = path.resolve(strict=True)
        info = os.stat(resolved)
    except FileNotFoundError:
        raise Refused(
            translate(
                "CasefileMessages",
                "Cannot read {0}: there is no such file in {1}. Nothing was attached.",
            ).format(path.name, path.parent)
        ) from None
    except RuntimeError:  # a loop of links
        raise Refused(
            translate(
                "CasefileMessages", "{0} is a link that leads back to itself; nothing was attached."
            ).format(path.name)
        ) from None
    except OSError as exc:
        raise Refused(
            translate("CasefileMessages", "Cannot read {0}: {1}.").format(path.name, exc.strerror)
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_file(path.name, info.st_mode)
    note = (
        f"{path.name} is a link: the file it points to, {resolved}, is attached."
        if path.is_symlink() or resolved.name != path.name
        else ""
    )
    return Source(resolved, info.st_size, note)


def _size_text(size: int) -> str:
    """ "1,048,576 bytes (1 MiB)", "1 048 576 octets (1 Mio)": in the language in use."""
    # Imported here: the statistics' words import the replies, which import this module.
    from desktop.services.statistics.words import number

    return translate("CasefileMessages", "{0} bytes ({1} MiB)").format(
        number(size, language()), number(size / 1024 / 1024, language(), 2)
    )


def _too_large(ws: Workspace, name: str, size: int) -> Refused:
    limit = ws.settings.attachment_limit_bytes
    return Refused(
        translate(
            "CasefileMessages",
            "{0} is {1}; attachments are limited to {2} MiB ({3}, see Settings). "
            "Nothing was attached.",
        ).format(name, _size_text(size), ws.settings.attachment_limit_mib, _size_text(limit))
    )


def _read_pieces(handle: BinaryIO, name: str, limit: int) -> Iterator[bytes]:
    total = 0
    while piece := handle.read(ATTACHMENT_CHUNK):
        total += len(piece)
        if total > limit:
            raise Refused(
                translate(
                    "CasefileMessages",
                    "{0} grew past the attachment limit while reading; nothing was attached.",
                ).format(name)
            )
        yield piece


def attach_file(ws: Workspace, record: RequestRecord, path: Path) -> int:
    """Store a file inside the encrypted database; kind and size are checked first.

    The file is read and stored one piece at a time, so a 50 MiB scan costs a few MiB of
    memory, not the whole file (nor three copies of it).
    """
    source = check_source(path)
    name = source.path.name
    limit = ws.settings.attachment_limit_bytes
    if source.size > limit:
        raise _too_large(ws, name, source.size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(source.path, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise Refused(
            translate("CasefileMessages", "Cannot read {0}: {1}.").format(name, exc.strerror)
        ) from None
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):  # replaced by something else since it was checked
            raise _not_a_file(name, mode)
        try:
            return _store(ws, record, name, _read_pieces(handle, name, limit))
        except OSError as exc:
            raise Refused(
                translate("CasefileMessages", "Cannot read {0}: {1}; nothing was attached.").format(
                    name, exc.strerror
                )
            ) from None


def attach_bytes(ws: Workspace, record: RequestRecord, filename: str, content: bytes) -> int:
    if len(content) > ws.settings.attachment_limit_bytes:
        raise _too_large(ws, safe_attachment_name(filename), len(content))
    view = memoryview(content)
    return _store(
        ws,
        record,
        filename,
        (bytes(view[i : i + ATTACHMENT_CHUNK]) for i in range(0, len(view), ATTACHMENT_CHUNK)),
    )


def _store(ws: Workspace, record: RequestRecord, filename: str, pieces: Iterable[bytes]) -> int:
    name = safe_attachment_name(filename)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    now = ws.now()
    with ws.store.transaction():
        attachment_id, size, digest = ws.store.add_attachment(
            record.id, name, media_type, pieces, ws.user, now
        )
        ws.store.append_event(
            ws.user,
            record.id,
            "attachment.added",
            {"attachment": attachment_id, "filename": name, "size": size, "sha256": digest},
            now,
        )
    return attachment_id


def add_cost(
    ws: Workspace,
    record: RequestRecord,
    category: str,
    description: str,
    amount: str,
    currency: str,
    incurred_on: date | None = None,
) -> int:
    """Record a cost; amounts are kept in cents so sums never drift."""
    cat = parse_enum(CostCategory, category, "category")
    try:
        cents = round(float(amount.replace(",", ".")) * 100)
    except ValueError:
        raise Refused(
            translate("CasefileMessages", "'{0}' is not an amount (e.g. 1250.50).").format(amount)
        ) from None
    if cents < 0:
        raise Refused(translate("CasefileMessages", "A cost cannot be negative."))
    if not description.strip():
        raise Refused(translate("CasefileMessages", "Say what the cost was for."))
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise Refused(
            translate("CasefileMessages", "The currency is a three-letter code such as EUR or USD.")
        )
    now = ws.now()
    values = {
        "request_id": record.id,
        "category": cat.value,
        "description": description.strip(),
        "amount_cents": cents,
        "currency": currency,
        "incurred_on": (incurred_on or ws.today()).isoformat(),
        "created_at": now,
        "created_by": ws.user,
    }
    with ws.store.transaction():
        cost_id = ws.store.add_cost(values)
        ws.store.append_event(ws.user, record.id, "cost.added", {"cost": cost_id, **values}, now)
    return cost_id


# -- reading what hangs off a request ------------------------------------------------------
# The GUI and the CLI read through these, never through the store (see ARCHITECTURE.md).


def notes(ws: Workspace, request_id: int) -> list[dict[str, Any]]:
    return ws.store.notes(request_id)


def attachments(ws: Workspace, request_id: int) -> list[dict[str, Any]]:
    """The request's attachments without their content (id, filename, size ...)."""
    return ws.store.attachments(request_id)


def costs(ws: Workspace, request_id: int) -> list[dict[str, Any]]:
    return ws.store.costs(request_id)


def attachment_content(ws: Workspace, attachment_id: int) -> bytes:
    """The stored bytes, to show in memory (a PDF preview); saving goes through the copy."""
    content = ws.store.attachment_content(attachment_id)
    if content is None:
        raise NotFound(translate("CasefileMessages", "That attachment no longer exists."))
    return content


def save_attachment_copy(ws: Workspace, request_id: int, attachment_id: int, path: Path) -> Path:
    """Write a plaintext copy of an attachment to `path`, recorded in the audit trail.

    It is a deliberate export of case content out of the encrypted database, so it is
    recorded like a reply export: the event and the file go together, and if the file
    cannot be written nothing is recorded.
    """
    found = next((a for a in attachments(ws, request_id) if a["id"] == attachment_id), None)
    if found is None:
        raise NotFound(translate("CasefileMessages", "That attachment no longer exists."))
    content = attachment_content(ws, attachment_id)
    target = Path(path).expanduser()
    record_and_write(
        ws,
        request_id,
        "attachment.saved",
        {
            "attachment": attachment_id,
            "filename": found["filename"],
            "file": target.name,
            "sha256": found["sha256"],
        },
        target,
        content,
        translate("CasefileMessages", "Nothing was saved."),
    )
    return target
