"""Slowing down repeated wrong passphrases, and recording them without the passphrase.

The counters live in a small non-secret file in the workspace folder, one per user, so the
GUI, the CLI and a second window all see the same count, and one user's typos never make
another wait. An attempt is counted before the passphrase is tried (and the count reset
if it was right), under a lock, so attempts made in parallel share the wait instead of
each going through. This is a brake for someone trying
passphrases at the keyboard; against someone holding a copy of the files it is the
memory-hard KDF that stands in the way, not this file (they can delete it).

Nothing here sleeps by itself: `delay_before_next_attempt` tells the GUI how long to
count down, an attempt made too early is refused with `TooManyAttempts`, and
`wait_turn` waits with a sleep function the caller passes (a test passes a fake one).
The time comes from the module's `clock`, or a `now` function passed in.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.translation import translate
from desktop.services.errors import UserFacingError
from desktop.storage import keys as keymod
from desktop.storage.files import write_atomically

GUARD_FILE = "unlock-attempts.json"
LOCK_FILE = "unlock-attempts.lock"
FREE_ATTEMPTS = 2  # a typo or two costs nothing
MAX_DELAY = 300.0
# Enough for the delay to reach the cap; counting further would only grow the number.
MAX_COUNTED = FREE_ATTEMPTS + 10

log = logging.getLogger("coopdesk")
Now = Callable[[], float]
# Wall-clock time, because the count is shared between processes; replaced in tests.
clock: Now = time.time


class TooManyAttempts(UserFacingError):
    """An attempt made before the wait after earlier failures is over."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        wait = max(1, round(seconds))
        super().__init__(
            translate(
                "UnlockGuardMessages",
                "Too many wrong passphrases in a row. Wait %n second(s) "
                "before trying again; nothing was changed.",
                None,
                wait,
            )
        )


class WrongPassphraseError(UserFacingError):
    """The passphrase did not unwrap the key; the failure was counted."""


def delay_for(failures: int) -> float:
    """Seconds to wait after `failures` wrong passphrases in a row: 0, 0, 1, 2, 4 ... 300."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (min(failures, MAX_COUNTED) - FREE_ATTEMPTS - 1))


def _read_all(folder: Path) -> dict[str, dict[str, Any]]:
    try:
        raw = json.loads((folder / GUARD_FILE).read_text("utf-8"))
        users = raw["users"]
    except (OSError, ValueError, KeyError, TypeError):
        # Missing or unreadable: start again rather than lock anyone out for good.
        return {}
    return users if isinstance(users, dict) else {}


def _entry(users: dict[str, Any], user: str) -> tuple[int, float]:
    try:
        entry = users[user]
        return min(MAX_COUNTED, max(0, int(entry["failures"]))), float(entry["last_failure"])
    except (KeyError, ValueError, TypeError, OverflowError):
        return 0, 0.0


def _write_all(folder: Path, users: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):  # a read-only folder must not hide the real error
        if users:
            write_atomically(folder / GUARD_FILE, json.dumps({"users": users}).encode("utf-8"))
        else:
            (folder / GUARD_FILE).unlink(missing_ok=True)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One process at a time reads and updates the counters (POSIX; elsewhere unlocked)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def failures(folder: Path, user: str) -> int:
    return _entry(_read_all(folder), user)[0]


def _remaining(count: int, last: float, now: float) -> float:
    if last > now:
        # Recorded while the clock was ahead: it cannot say how long ago it was, and
        # waiting for the clock to catch up could take days.
        return 0.0
    return max(0.0, min(delay_for(count) - (now - last), MAX_DELAY))


def delay_before_next_attempt(folder: Path, user: str, now: Now | None = None) -> float:
    """Seconds before `user`'s next attempt is accepted (0.0: go ahead); never over 300."""
    count, last = _entry(_read_all(folder), user)
    return _remaining(count, last, (now or clock)())


def wait_turn(
    folder: Path, user: str, sleep: Callable[[float], None] = time.sleep, now: Now | None = None
) -> float:
    """For a terminal: wait out the delay instead of refusing; returns the seconds waited."""
    remaining = delay_before_next_attempt(folder, user, now)
    if remaining > 0:
        sleep(remaining)
    return remaining


def _begin_attempt(folder: Path, user: str, now: Now | None) -> int:
    """Refuse if too soon, else count the attempt as failed until it proves right."""
    with _locked(folder):
        users = _read_all(folder)
        count, last = _entry(users, user)
        moment = (now or clock)()
        remaining = _remaining(count, last, moment)
        if remaining > 0:
            raise TooManyAttempts(remaining)
        users[user] = {"failures": min(MAX_COUNTED, count + 1), "last_failure": moment}
        _write_all(folder, users)
        return count


def _undo_attempt(folder: Path, user: str) -> None:
    """No passphrase was tried after all (keys.json unreadable ...): nothing to count."""
    with _locked(folder):
        users = _read_all(folder)
        count, last = _entry(users, user)
        if count > 1:
            users[user] = {"failures": count - 1, "last_failure": last}
        else:
            users.pop(user, None)
        _write_all(folder, users)


def record_success(folder: Path, user: str) -> None:
    with _locked(folder):
        users = _read_all(folder)
        if users.pop(user, None) is not None:
            _write_all(folder, users)


def _rewrap_if_outdated(
    folder: Path, keyfile: keymod.KeyFile, user: str, passphrase: str, data_key: bytearray
) -> None:
    """A wrap made with older scrypt parameters is made again with today's, once.

    The unlock has succeeded whatever happens here: a keys.json that cannot be written
    (a read-only folder, a full disk) keeps the old wrap, which still unlocks, and the
    next unlock tries again.
    """
    try:
        if keyfile.rewrap_if_outdated(user, passphrase, data_key):
            log.info(
                "The key of user %r in %s was wrapped again with today's scrypt parameters.",
                user,
                str(folder),
            )
    except (OSError, keymod.KeyProblem) as exc:
        log.warning(
            "The key of user %r in %s keeps its older scrypt parameters for now (%s).",
            user,
            str(folder),
            type(exc).__name__,
        )


def unwrap(
    folder: Path, user: str, passphrase: str, now: Now | None = None
) -> tuple[keymod.KeyFile, bytearray]:
    """Unwrap the data key with the guard applied: refuse early, count failures, reset."""
    previous = _begin_attempt(folder, user, now)
    try:
        keyfile = keymod.KeyFile.load(folder)
        data_key = keyfile.unwrap(user, passphrase)
    except keymod.WrongPassphrase as exc:
        count = min(MAX_COUNTED, previous + 1)
        log.warning(
            "Wrong passphrase for user %r on the workspace in %s (%d in a row; "
            "next attempt in %.0f s).",
            user,
            str(folder),
            count,
            delay_for(count),
        )
        raise WrongPassphraseError(str(exc)) from None
    except keymod.KeyProblem as exc:
        _undo_attempt(folder, user)
        raise UserFacingError(str(exc)) from None
    except BaseException:
        _undo_attempt(folder, user)
        raise
    record_success(folder, user)
    _rewrap_if_outdated(folder, keyfile, user, passphrase, data_key)
    if previous:
        log.info(
            "Workspace in %s unlocked by %r; the count of wrong passphrases was reset.",
            str(folder),
            user,
        )
    return keyfile, data_key
