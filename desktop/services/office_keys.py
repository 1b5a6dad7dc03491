"""This office's key pair, and the fingerprints people read aloud to compare them.

Every workspace is an office with two keys: an X25519 age identity to receive parcels
(the age format through `pyrage`, so a parcel opens without this application) and an
Ed25519 key to sign what it sends (`cryptography`). The private halves are stored only in
the encrypted database; they are made when a workspace is created, or on the first
unlock of a workspace made before offices existed.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from desktop.storage.office_store import OfficeStore
from desktop.storage.store import Store

FINGERPRINT_GROUPS = 12  # twelve groups of five digits, as in messaging safety numbers


def ensure_identity(store: Store, now: str) -> bool:
    """Make the office's keys once (True when made now); call inside a transaction.

    Called at creation and on every unlock, where it costs one read.
    """
    offices = OfficeStore(store)
    if offices.identity() is not None:
        return False
    age_identity = pyrage.x25519.Identity.generate()
    signing = Ed25519PrivateKey.generate()
    raw_private = signing.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    offices.put_identity(
        {
            "office_id": uuid.uuid4().hex,
            "age_identity": str(age_identity),
            "age_recipient": str(age_identity.to_public()),
            "signing_key": raw_private,
            "verify_key": _public_text(signing.public_key()),
            "created_at": now,
        }
    )
    return True


def has_identity(store: Store) -> bool:
    return OfficeStore(store).identity() is not None


def _public_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint(age_recipient: str, verify_key: str) -> str:
    """Sixty digits in groups of five over both public keys: easy to read on the phone.

    Each group is five bytes of a SHA-512 of the two keys, reduced to five digits.
    """
    digest = hashlib.sha512(
        f"coopdesk-office-v1\n{age_recipient}\n{verify_key}".encode("ascii")
    ).digest()
    groups = [
        int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000
        for i in range(FINGERPRINT_GROUPS)
    ]
    return " ".join(f"{g:05d}" for g in groups)


def key_id(age_recipient: str) -> str:
    """The short id written outside a parcel, naming the key that opens it."""
    return hashlib.sha256(age_recipient.encode("ascii")).hexdigest()[:16]


def own(store: Store) -> dict[str, Any]:
    """This office's identity row (private halves included: never shown, never logged)."""
    found = OfficeStore(store).identity()
    if found is None:  # ensure_identity runs at every unlock: only a bug gets here
        raise RuntimeError("the office has no keys")
    return found


def sign(store: Store, message: bytes) -> bytes:
    raw = bytes(own(store)["signing_key"])
    return Ed25519PrivateKey.from_private_bytes(raw).sign(message)


def signature_holds(verify_key: str, message: bytes, signature: bytes) -> bool:
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(verify_key))
        public.verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def age_identity(store: Store) -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.from_str(own(store)["age_identity"])


def valid_public_keys(age_recipient: str, verify_key: str) -> bool:
    try:
        pyrage.x25519.Recipient.from_str(age_recipient)
        Ed25519PublicKey.from_public_bytes(base64.b64decode(verify_key, validate=True))
    except (pyrage.RecipientError, ValueError):
        return False
    return True
