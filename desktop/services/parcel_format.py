"""The sealed parcel's bytes: what is outside the encryption, and what is inside.

    coopdesk-parcel/1\\n
    recipient <16 hex digits: the key id of the recipient's age key>\\n
    \\n
    <an age file (binary), encrypted to the recipient's X25519 age identity>

Inside the age file: one JSON object `{"body": TEXT, "signature": BASE64}` where TEXT is
the JSON of `{"manifest": ..., "payload": ...}` and the signature is the sender's Ed25519
signature over TEXT's UTF-8 bytes. Nothing else is outside the encryption: no subject,
no reference, not even the sender. docs/EXCHANGE.md documents it for readers without
this application.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyrage

from desktop.core.translation import translate
from desktop.services.errors import Refused

TAG = b"coopdesk-parcel/"
FORMAT_VERSION = 1
MAX_PARCEL = 256 * 1024 * 1024  # bytes; a larger file is refused before it is read
_HEADER_LIMIT = 200  # the two header lines are far shorter


@dataclass(frozen=True)
class Outside:
    """What anyone holding the file can read: the format version and the recipient key."""

    version: int
    key_id: str
    sealed: bytes


def seal(
    body: dict[str, Any], signature_of: Callable[[bytes], bytes], recipient: str, key_id: str
) -> bytes:
    """The parcel's bytes: `body` signed by `signature_of(bytes)`, encrypted to `recipient`."""
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    inner = json.dumps(
        {
            "body": text,
            "signature": base64.b64encode(signature_of(text.encode("utf-8"))).decode("ascii"),
        }
    ).encode("utf-8")
    sealed: bytes = pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)])
    return (
        TAG
        + str(FORMAT_VERSION).encode("ascii")
        + b"\n"
        + b"recipient "
        + key_id.encode("ascii")
        + b"\n\n"
        + sealed
    )


def _damaged() -> Refused:
    return Refused(
        translate(
            "ParcelsMessages",
            "The parcel is damaged or was altered on the way (it does not "
            "decrypt); nothing was applied. Ask the sender for a new copy.",
        )
    )


def outside(data: bytes) -> Outside:
    """Read the two header lines; refuse what is not a parcel or is of a newer format."""
    head, sep, _ = data[:_HEADER_LIMIT].partition(b"\n\n")
    lines = head.split(b"\n")
    if not data.startswith(TAG) or not sep or len(lines) != 2:
        raise Refused(
            translate(
                "ParcelsMessages",
                "This file is not a Cooperation Desk parcel; nothing was applied.",
            )
        )
    try:
        version = int(lines[0][len(TAG) :].decode("ascii"))
        label, key_id = lines[1].decode("ascii").split(" ")
    except ValueError:
        raise _damaged() from None
    if version > FORMAT_VERSION:
        raise Refused(
            translate(
                "ParcelsMessages",
                "This parcel is of a newer format (version {0}; this version "
                "reads {1}): install the newer version to receive it. Nothing was "
                "applied.",
            ).format(version, FORMAT_VERSION)
        )
    if label != "recipient" or version < 1:
        raise _damaged()
    start = len(head) + len(sep)
    return Outside(version, key_id, data[start:])


def open_sealed(
    outer: Outside, identity: pyrage.x25519.Identity
) -> tuple[dict[str, Any], str, bytes]:
    """Decrypt: (body, body text, signature). The signature is checked by the caller."""
    try:
        inner = json.loads(pyrage.decrypt(outer.sealed, [identity]))
        text = inner["body"]
        signature = base64.b64decode(inner["signature"], validate=True)
        body = json.loads(text)
    except (pyrage.DecryptError, ValueError, KeyError, TypeError):
        raise _damaged() from None
    if (
        not isinstance(body, dict)
        or not isinstance(body.get("manifest"), dict)
        or not isinstance(body.get("payload"), dict)
    ):
        raise _damaged()
    return body, text, signature
