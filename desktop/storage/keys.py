"""The key design: one random data key, wrapped once per user passphrase.

The database is encrypted with a random 256-bit data key used as SQLCipher's raw key, so
changing a passphrase re-wraps 32 bytes instead of re-encrypting the database. Each
user's passphrase unwraps the data key through scrypt (memory-hard, about 0.3 s here)
and AES-256-GCM. The recovery key is the data key itself, written in hex groups: with it
and the database alone, any SQLCipher 4 tool opens the data.

Each wrap stores its own scrypt parameters, so wraps made with older parameters keep
unlocking; the first unlock that meets one wraps the key again with the current ones
(`KeyFile.rewrap_if_outdated`), as password-hash libraries rehash on login.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.core.translation import translate
from desktop.storage.files import write_atomically

KEYS_FILE = "keys.json"
DB_NAME = "coopdesk.db"  # connection.DB_FILE; named here for the rekey's staged files
REKEY_SUFFIX = ".rekey"
FORMAT = "coopdesk-keys"
DATA_KEY_BYTES = 32
# scrypt N=2^15, r=8, p=3: 32 MiB, about 0.3 s on the reference machines (2 cores). The
# OWASP Password Storage Cheat Sheet lists it beside N=2^17, r=8, p=1 (128 MiB) as giving
# "an equal level of defense", the only difference "a trade off between CPU and RAM
# usage". Earlier versions wrapped with N=2^17, p=1, whose passing 128 MiB set the app's
# peak memory at every unlock; those wraps are replaced as they unlock (docs/SECURITY.md).
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 3


class KeyProblem(Exception):
    """Base of the key problems a user can meet; messages are safe to show."""


class WrongPassphrase(KeyProblem):
    pass


class UnknownUser(KeyProblem):
    pass


class KeyFileProblem(KeyProblem):
    pass


class BadRecoveryKey(KeyProblem):
    pass


def staged(folder: Path, name: str) -> Path:
    """Where a rekey writes the new version of `name` before swapping it in."""
    return folder / f"{name}{REKEY_SUFFIX}"


def finish_interrupted_rekey(folder: Path) -> None:
    """A rekey killed after the new database was swapped in: swap the new keys.json too.

    A rekey writes the new database and keys.json beside the old ones, renames the
    database (the moment it takes effect), then keys.json. A staged keys.json without
    a staged database therefore means the database is already the new one. Both staged
    files present: the rekey had not taken effect and the old files still open.
    """
    keys = staged(folder, KEYS_FILE)
    if keys.exists() and not staged(folder, DB_NAME).exists():
        with contextlib.suppress(FileNotFoundError):  # the rekey itself got there first
            os.replace(keys, folder / KEYS_FILE)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so 'é' typed as one code point or as e + accent is the same passphrase."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


class SecretKey(bytearray):
    """Key bytes that never show themselves in a repr, a log line or a test report."""

    def __repr__(self) -> str:
        return "SecretKey(<hidden>)"

    __str__ = __repr__

    def wipe(self) -> None:
        for i in range(len(self)):
            self[i] = 0


def new_data_key() -> SecretKey:
    return SecretKey(secrets.token_bytes(DATA_KEY_BYTES))


def format_recovery_key(data_key: bytes | bytearray) -> str:
    text = bytes(data_key).hex().upper()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> SecretKey:
    cleaned = "".join(ch for ch in text if ch not in " -\t\r\n")
    try:
        key = bytes.fromhex(cleaned)
    except ValueError:
        raise BadRecoveryKey(
            translate(
                "KeysMessages",
                "That is not a recovery key: it should be 64 letters and digits "
                "(0-9, A-F) in groups of four.",
            )
        ) from None
    if len(key) != DATA_KEY_BYTES:
        raise BadRecoveryKey(
            translate(
                "KeysMessages", "The recovery key should have 64 characters; this one has {0}."
            ).format(len(cleaned))
        )
    return SecretKey(key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        normalise_passphrase(passphrase),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * n * r + 2**20,
        dklen=32,
    )


@dataclass
class KeyFile:
    """The wrapped data key for each user of one workspace (keys.json)."""

    path: Path
    workspace_id: str
    users: dict[str, dict[str, Any]]
    # Key changes written here whose audit entry may not have committed yet (a crash
    # between the two writes): the next unlock records what is missing. No secrets.
    pending: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def create(cls, folder: Path) -> KeyFile:
        return cls(folder / KEYS_FILE, str(uuid.uuid4()), {})

    @classmethod
    def load(cls, folder: Path) -> KeyFile:
        finish_interrupted_rekey(folder)
        path = folder / KEYS_FILE
        try:
            raw = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise KeyFileProblem(
                translate(
                    "KeysMessages",
                    "The workspace's key file (keys.json) is missing. Open the "
                    "workspace with the recovery key and set a new passphrase.",
                )
            ) from None
        except (OSError, ValueError):
            raise KeyFileProblem(
                translate(
                    "KeysMessages",
                    "The workspace's key file (keys.json) is damaged. Open the "
                    "workspace with the recovery key and set a new passphrase.",
                )
            ) from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise KeyFileProblem(
                translate("KeysMessages", "keys.json is not a Cooperation Desk key file.")
            )
        workspace_id, users = raw.get("workspace_id"), raw.get("users", {})
        if not isinstance(workspace_id, str) or not workspace_id or not isinstance(users, dict):
            raise KeyFileProblem(
                translate(
                    "KeysMessages",
                    "The workspace's key file (keys.json) is incomplete (no "
                    "workspace id or no list of users). Open the workspace with the recovery "
                    "key and set a new passphrase.",
                )
            )
        pending = raw.get("pending_audit", [])
        return cls(
            path,
            workspace_id,
            dict(users),
            [p for p in pending if isinstance(p, dict)] if isinstance(pending, list) else [],
        )

    def save(self, path: Path | None = None) -> None:
        """Write keys.json (or, for a rekey, the staged file `path`) atomically."""
        document = {
            "format": FORMAT,
            "version": 1,
            "workspace_id": self.workspace_id,
            "users": self.users,
        }
        if self.pending:
            document["pending_audit"] = self.pending
        write_atomically(path or self.path, json.dumps(document, indent=2).encode("utf-8"))

    def _aad(self, user: str) -> bytes:
        return f"{FORMAT}:{self.workspace_id}:{user}".encode()

    def wrap(self, user: str, passphrase: str, data_key: bytes | bytearray) -> None:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), self._aad(user))
        self.users[user] = {
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped),
        }

    def outdated(self, user: str) -> bool:
        """Whether the user's wrap was made with other scrypt parameters than today's."""
        entry = self.users.get(user) or {}
        current = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
        return any(entry.get(name) != value for name, value in current.items())

    def rewrap_if_outdated(self, user: str, passphrase: str, data_key: bytes | bytearray) -> bool:
        """After `unwrap` succeeded: wrap the key again with today's parameters if the
        user's wrap is older, as password-hash libraries rehash at login (OWASP,
        "Upgrading the Work Factor"). Only the passphrase can do it, so it happens here.

        keys.json is read again and written whole through a renamed temporary file: a
        failure or a crash leaves the old file, whose wrap still unlocks, and a user
        added or changed by another window meanwhile is kept. If this user's wrap
        changed meanwhile (a new passphrase), it is left alone. Returns whether it was
        written; this object takes the new wrap only then.
        """
        if not self.outdated(user):
            return False
        on_disk = KeyFile.load(self.path.parent)
        if on_disk.workspace_id != self.workspace_id or on_disk.users.get(user) != self.users.get(
            user
        ):
            return False
        on_disk.wrap(user, passphrase, data_key)
        on_disk.save()
        self.users[user] = on_disk.users[user]
        return True

    def unwrap(self, user: str, passphrase: str) -> SecretKey:
        entry = self.users.get(user)
        if entry is None:
            raise UnknownUser(
                translate("KeysMessages", "There is no user '{0}' in this workspace.").format(user)
            )
        try:
            kek = _derive(passphrase, _unb64(entry["salt"]), entry["n"], entry["r"], entry["p"])
            return SecretKey(
                AESGCM(kek).decrypt(
                    _unb64(entry["nonce"]), _unb64(entry["wrapped_key"]), self._aad(user)
                )
            )
        except InvalidTag:
            raise WrongPassphrase(
                translate(
                    "KeysMessages",
                    "That passphrase is not right. Check the keyboard layout and "
                    "Caps Lock, or use the recovery key.",
                )
            ) from None
        except (KeyError, ValueError, TypeError):
            raise KeyFileProblem(
                translate(
                    "KeysMessages",
                    "The key entry for '{0}' in keys.json is damaged. Open the "
                    "workspace with the recovery key and set a new passphrase.",
                ).format(user)
            ) from None

    def slot_id(self, user: str) -> str:
        """A short public fingerprint of the user's wrapped key: which wrap is in force."""
        entry = self.users.get(user) or {}
        return hashlib.sha256(str(entry.get("wrapped_key", "")).encode()).hexdigest()[:16]

    def remove(self, user: str) -> None:
        self.users.pop(user, None)
