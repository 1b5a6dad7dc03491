"""The folder watched for parcels (Settings → Parcels folder): which files in it are
parcels for this office that have not been received yet.

Only each file's two header lines (format tag and recipient key id) and its SHA-256 are
read: nothing is decrypted here, and nothing is ever moved or deleted, since the files are
the user's (a shared folder, a USB stick). A parcel for another office is left alone.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services import office_keys
from desktop.services.errors import Refused
from desktop.services.parcel_format import MAX_PARCEL, outside
from desktop.services.workspace import Workspace
from desktop.storage.files import sha256_of
from desktop.storage.office_store import OfficeStore

SUFFIX = ".cdparcel"
_HEAD = 200  # more than the two header lines and the blank one after them


def _addressed_to(path: Path, key_id: str) -> bool:
    try:
        if not path.is_file() or path.stat().st_size > MAX_PARCEL:
            return False
        with path.open("rb") as handle:
            return outside(handle.read(_HEAD)).key_id == key_id
    except (OSError, Refused):  # unreadable, not a parcel, a newer format: not offered
        return False


def waiting(ws: Workspace, folder: Path) -> list[Path]:
    """Parcels in `folder` for this office and not received yet, oldest file first."""
    own_key = office_keys.key_id(office_keys.own(ws.store)["age_recipient"])
    received = OfficeStore(ws.store).received_digests()
    found = [
        path
        for path in Path(folder).expanduser().iterdir()
        if path.name.lower().endswith(SUFFIX) and _addressed_to(path, own_key)
    ]
    found.sort(key=lambda p: (p.stat().st_mtime, p.name))
    return [p for p in found if sha256_of(p) not in received]
