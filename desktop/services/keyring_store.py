"""'Remember on this computer': the data key in the OS keyring, never on disk in the clear.

Keyring backends can hang (a locked GNOME keyring waiting for a prompt nobody sees), so
every call runs on a worker thread with a timeout; callers in the GUI run it off the GUI
thread as well. With no usable keyring the user is told, and types the passphrase.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors

from desktop import APP_NAME
from desktop.services.errors import UserFacingError
from desktop.storage.keys import SecretKey

TIMEOUT_SECONDS = 5.0
T = TypeVar("T")


class KeyringUnavailable(UserFacingError):
    pass


NO_KEYRING = (
    "This computer has no usable password store (keyring), so the passphrase cannot be "
    "remembered. Type it each time; nothing else is affected."
)


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
            "The password store (keyring) did not answer in time; it may be locked. "
            "Type your passphrase instead."
        )
    if error:
        exc = error[0]
        if isinstance(exc, keyring.errors.KeyringError | RuntimeError | OSError):
            raise KeyringUnavailable(NO_KEYRING) from None
        raise exc
    return result[0]


def _account(workspace_id: str, user: str) -> str:
    return f"{workspace_id}:{user}"


def available(timeout: float = TIMEOUT_SECONDS) -> bool:
    def probe() -> bool:
        backend = keyring.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0 and "fail" not in type(
            backend).__module__

    try:
        return _with_timeout(probe, timeout)
    except KeyringUnavailable:
        return False


def remember(workspace_id: str, user: str, data_key: bytes,
             timeout: float = TIMEOUT_SECONDS) -> None:
    if not available(timeout):
        raise KeyringUnavailable(NO_KEYRING)
    _with_timeout(lambda: keyring.set_password(APP_NAME, _account(workspace_id, user),
                                               data_key.hex()), timeout)


def recall(workspace_id: str, user: str,
           timeout: float = TIMEOUT_SECONDS) -> SecretKey | None:
    """The remembered key, or None (nothing remembered, or no keyring: the user types)."""
    try:
        if not available(timeout):
            return None
        text = _with_timeout(
            lambda: keyring.get_password(APP_NAME, _account(workspace_id, user)), timeout)
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
