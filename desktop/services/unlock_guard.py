"""Slowing down repeated wrong passphrases, and recording them without the passphrase.

The counter lives in a small non-secret file in the workspace folder, so the GUI, the CLI
and a second window all see the same count. This is a brake for someone trying
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
import time
from collections.abc import Callable
from pathlib import Path

from desktop.services.errors import UserFacingError
from desktop.storage import keys as keymod
from desktop.storage.files import write_atomically

GUARD_FILE = "unlock-attempts.json"
FREE_ATTEMPTS = 2  # a typo or two costs nothing
MAX_DELAY = 300.0

log = logging.getLogger("coopdesk")
Now = Callable[[], float]
# Wall-clock time, because the count is shared between processes; replaced in tests.
clock: Now = time.time


class TooManyAttempts(UserFacingError):
    """An attempt made before the wait after earlier failures is over."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            f"Too many wrong passphrases in a row. Wait {max(1, round(seconds))} seconds "
            "before trying again; nothing was changed."
        )


class WrongPassphraseError(UserFacingError):
    """The passphrase did not unwrap the key; the failure was counted."""


def delay_for(failures: int) -> float:
    """Seconds to wait after `failures` wrong passphrases in a row: 0, 0, 1, 2, 4 ... 300."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS - 1))


def _read(folder: Path) -> tuple[int, float]:
    try:
        raw = json.loads((folder / GUARD_FILE).read_text("utf-8"))
        return max(0, int(raw["failures"])), float(raw["last_failure"])
    except (OSError, ValueError, KeyError, TypeError):
        # Missing or unreadable: start again rather than lock anyone out for good.
        return 0, 0.0


def failures(folder: Path) -> int:
    return _read(folder)[0]


def delay_before_next_attempt(folder: Path, now: Now | None = None) -> float:
    """Seconds before the next attempt is accepted (0.0: go ahead); no unlocking needed."""
    count, last = _read(folder)
    remaining = delay_for(count) - ((now or clock)() - last)
    return max(0.0, min(remaining, MAX_DELAY))


def refuse_if_too_soon(folder: Path, now: Now | None = None) -> None:
    remaining = delay_before_next_attempt(folder, now)
    if remaining > 0:
        raise TooManyAttempts(remaining)


def wait_turn(folder: Path, sleep: Callable[[float], None] = time.sleep,
              now: Now | None = None) -> float:
    """For a terminal: wait out the delay instead of refusing; returns the seconds waited."""
    remaining = delay_before_next_attempt(folder, now)
    if remaining > 0:
        sleep(remaining)
    return remaining


def record_failure(folder: Path, user: str, now: Now | None = None) -> int:
    """Count one more wrong passphrase and log it: who and where, never what was typed."""
    count = failures(folder) + 1
    with contextlib.suppress(OSError):  # a read-only folder must not hide the real error
        write_atomically(folder / GUARD_FILE, json.dumps(
            {"failures": count, "last_failure": (now or clock)()}).encode("utf-8"))
    log.warning("Wrong passphrase for user %r on the workspace in %s (%d in a row; next "
                "attempt in %.0f s).", user, str(folder), count, delay_for(count))
    return count


def record_success(folder: Path) -> None:
    path = folder / GUARD_FILE
    if path.exists():
        with contextlib.suppress(OSError):
            path.unlink()
            log.info("Workspace in %s unlocked; the count of wrong passphrases was reset.",
                     str(folder))


def unwrap(folder: Path, user: str, passphrase: str,
           now: Now | None = None) -> tuple[keymod.KeyFile, bytearray]:
    """Unwrap the data key with the guard applied: refuse early, count failures, reset."""
    refuse_if_too_soon(folder, now)
    try:
        keyfile = keymod.KeyFile.load(folder)
        data_key = keyfile.unwrap(user, passphrase)
    except keymod.WrongPassphrase as exc:
        record_failure(folder, user, now)
        raise WrongPassphraseError(str(exc)) from None
    except keymod.KeyProblem as exc:
        raise UserFacingError(str(exc)) from None
    record_success(folder)
    return keyfile, data_key
