"""'Remember on this computer': the data key in the OS keyring, never on disk in the clear.

Keyring backends can hang (a locked GNOME keyring waiting for a prompt nobody sees), so
every call runs on a worker thread with a timeout; callers in the GUI run it off the GUI
thread as well. With no usable keyring the user is told, and types the passphrase.

Only stores that the operating system keeps encrypted are used: the Secret Service
(GNOME Keyring, KeePassXC ...), KWallet, the Windows Credential Manager and the macOS
Keychain. Others (keyrings.alt's files, which hold the key base64-encoded) are refused
with the reason: the data key in such a file would open the database for anyone.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors

from desktop import APP_NAME
from desktop.core.translation import translate
from desktop.services.errors import UserFacingError
from desktop.storage.keys import SecretKey

TIMEOUT_SECONDS = 5.0
T = TypeVar("T")


class KeyringUnavailable(UserFacingError):
    pass


def _no_keyring() -> str:
    return translate(
        "KeyringStoreMessages",
        "This computer has no usable password store (keyring), so "
        "the passphrase cannot be remembered. Type it each time; nothing else is affected.",
    )


_SECURE = (
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyring.backends.macOS", "Keyring"),
)


def _secure_kinds() -> tuple[type, ...]:
    kinds = []
    for module, name in _SECURE:
        with contextlib.suppress(Exception):  # a backend of another system may not import
            kinds.append(getattr(importlib.import_module(module), name))
    return tuple(kinds)


def _parts(backend: object) -> list[object]:
    """The backends behind the chosen one (keyring chains several when several work)."""
    inner = getattr(backend, "backends", None)
    return list(inner) if isinstance(inner, list | tuple) else [backend]


def _usable(backend: object) -> bool:
    return float(getattr(backend, "priority", 0)) > 0 and "fail" not in type(backend).__module__


def refusal(backend: object) -> str | None:
    """Why `backend` is not used to remember the key; None when it is fit."""
    parts = [b for b in _parts(backend) if _usable(b)]
    if not parts:
        return _no_keyring()
    secure = _secure_kinds()
    unsafe = sorted(
        {type(b).__module__ + "." + type(b).__name__ for b in parts if not isinstance(b, secure)}
    )
    if unsafe:
        return (
            f"The password store on this computer ({', '.join(unsafe)}) does not keep "
            "secrets encrypted by the system, so the passphrase is not remembered: "
            "only the GNOME/Secret Service keyring, KWallet, the Windows Credential "
            "Manager and the macOS Keychain are used. Type it each time."
        )
    return None


def _with_timeout(call: Callable[[], T], timeout: float) -> T:
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # handed back to the caller's thread
            error.append(exc)

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringUnavailable(
            translate(
                "KeyringStoreMessages",
                "The password store (keyring) did not answer in time; it "
                "may be locked. Type your passphrase instead.",
            )
        )
    if error:
        exc = error[0]
        if isinstance(exc, keyring.errors.KeyringError | RuntimeError | OSError):
            raise KeyringUnavailable(_no_keyring()) from None
        raise exc
    return result[0]


def _account(workspace_id: str, user: str) -> str:
    return f"{workspace_id}:{user}"


def problem(timeout: float = TIMEOUT_SECONDS) -> str | None:
    """Why the key cannot be remembered here, or None when the keyring is fit."""
    try:
        return _with_timeout(lambda: refusal(keyring.get_keyring()), timeout)
    except KeyringUnavailable as exc:
        return str(exc)


def available(timeout: float = TIMEOUT_SECONDS) -> bool:
    return problem(timeout) is None


def remember(
    workspace_id: str, user: str, data_key: bytes, timeout: float = TIMEOUT_SECONDS
) -> None:
    reason = problem(timeout)
    if reason:
        raise KeyringUnavailable(reason)
    _with_timeout(
        lambda: keyring.set_password(APP_NAME, _account(workspace_id, user), data_key.hex()),
        timeout,
    )


def recall(workspace_id: str, user: str, timeout: float = TIMEOUT_SECONDS) -> SecretKey | None:
    """The remembered key, or None (nothing remembered, or no keyring: the user types)."""
    try:
        if not available(timeout):
            return None
        text = _with_timeout(
            lambda: keyring.get_password(APP_NAME, _account(workspace_id, user)), timeout
        )
    except KeyringUnavailable:
        return None
    if not text:
        return None
    try:
        return SecretKey(bytes.fromhex(text))
    except ValueError:
        return None


def forget(workspace_id: str, user: str, timeout: float = TIMEOUT_SECONDS) -> None:
    def delete() -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(APP_NAME, _account(workspace_id, user))

    if available(timeout):
        _with_timeout(delete, timeout)


def forget_quietly(workspace_id: str, user: str, timeout: float = TIMEOUT_SECONDS) -> None:
    """`forget`, for a passphrase change or a removal: a missing keyring is no failure."""
    with contextlib.suppress(KeyringUnavailable):
        forget(workspace_id, user, timeout)
