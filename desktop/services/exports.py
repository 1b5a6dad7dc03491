"""A deliberate export: the file the user asked for and its line in the audit trail, as one.

Case content leaves the encrypted database only this way. The event is appended and the
file written in one transaction: if the file cannot be written the event rolls back, so
the trail never claims an export that did not happen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.translation import translate
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage.files import write_atomically


def record_and_write(
    ws: Workspace,
    request_id: int | None,
    action: str,
    detail: dict[str, Any],
    target: Path,
    data: bytes,
    lost: str = "",
) -> None:
    """Append `action` to the trail and write `data` to `target`, or neither; `lost` ends
    the message that says the file could not be written (by default: nothing exported)."""
    with ws.store.transaction():
        ws.store.append_event(ws.user, request_id, action, detail, ws.now())
        try:
            write_atomically(target, data)
        except OSError as exc:
            raise Refused(
                translate("ExportMessages", "Cannot write {0}: {1}. {2}").format(
                    target.name,
                    exc.strerror or exc,
                    lost or translate("ExportMessages", "Nothing was exported."),
                )
            ) from None
