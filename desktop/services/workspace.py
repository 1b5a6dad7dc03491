"""Creating, unlocking and administering a workspace: the folder, its keys and its users."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import platformdirs

from desktop import APP_NAME
from desktop.core import translation
from desktop.core.authorities import default_authorities
from desktop.core.deadlines import (
    CalendarOwner,
    WorkingCalendar,
    deliver_by,
    subdivisions,
    valid_country,
)
from desktop.core.settings import OfficeSettings
from desktop.core.translation import translate
from desktop.services import office_keys, step_dues, unlock_guard
from desktop.services.errors import Refused, UserFacingError
from desktop.storage import backup_store
from desktop.storage import keys as keymod
from desktop.storage.connection import (
    DB_FILE,
    DatabaseProblem,
    WrongKey,
    damaged_help,
    is_damage,
    open_encrypted,
)
from desktop.storage.files import make_private_dir
from desktop.storage.schema import NewerSchema, migrate
from desktop.storage.store import Store

Clock = Callable[[], datetime]
USER_NAME = re.compile(r"^[\w.@-]{1,64}$")
MIN_PASSPHRASE = 8
HEAD_FILE = "chain-head.json"
# Changes to keys.json that the audit trail must always show (see `_key_change`).
KEY_CHANGES = ("user.passphrase_changed", "user.removed")


def default_folder() -> Path:
    """COOPDESK_WORKSPACE, else the platform's per-user data folder."""
    env = os.environ.get("COOPDESK_WORKSPACE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def database_file(folder: Path) -> Path:
    """The encrypted database of a workspace folder, for checks that read the file itself."""
    return folder / DB_FILE


def exists(folder: Path) -> bool:
    return (folder / DB_FILE).exists()


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise Refused(
            translate("WorkspaceMessages", "A passphrase needs at least {0} characters.").format(
                MIN_PASSPHRASE
            )
        )


def check_country(code: str) -> None:
    if code and not valid_country(code):
        raise Refused(
            translate(
                "WorkspaceMessages",
                "'{0}' is not a country code the holiday calendar knows (use "
                "ISO codes such as FR, NL, KE).",
            ).format(code)
        )


def check_calendars(settings: OfficeSettings) -> None:
    """The State, its subdivision and the host country must be known to the calendar,
    and a working week set by hand must have a working day."""
    week = settings.working_days
    if week is not None and not week:
        raise Refused(
            translate(
                "WorkspaceMessages", "A working week set by hand needs at least one working day."
            )
        )
    if week is not None and not set(week) <= set(range(7)):
        raise Refused(
            translate("WorkspaceMessages", "Working days are numbered 0 (Monday) to 6 (Sunday).")
        )
    check_country(settings.country)
    check_country(settings.host_country)
    if settings.subdivision:
        known = subdivisions(settings.country) if settings.country else []
        if settings.subdivision not in known:
            if known:
                raise Refused(
                    translate(
                        "WorkspaceMessages",
                        "'{0}' is not a subdivision the holiday calendar "
                        "knows: {1} has the subdivisions {2}.",
                    ).format(settings.subdivision, settings.country, ", ".join(known))
                )
            raise Refused(
                translate(
                    "WorkspaceMessages",
                    "'{0}' is not a subdivision the holiday calendar "
                    "knows: {1} has no subdivisions with holidays of their own.",
                ).format(
                    settings.subdivision,
                    settings.country or translate("WorkspaceMessages", "No State"),
                )
            )


def check_user_name(name: str) -> None:
    if not USER_NAME.match(name):
        raise Refused(
            translate(
                "WorkspaceMessages",
                "A user name is 1 to 64 letters, digits, dots, dashes, "
                "underscores or @ (no spaces).",
            )
        )


def damage_message(exc: BaseException) -> str | None:
    """damaged_help() when `exc` is a read that met a damaged page, else None.

    For the CLI's and the GUI's last-resort handlers: such a page can be met by any query.
    """
    return damaged_help() if is_damage(exc) else None


class DatabaseUnreadable(UserFacingError):
    """The key is fine but the database cannot be used: damaged, foreign, or newer.

    The GUI catches this one to offer the latest backup (`backup.latest_backup(folder)`);
    nothing was written to the file.
    """


class KeyDoesNotFit(DatabaseUnreadable):
    """The key given (remembered, or typed as the recovery key) does not open the file."""


def os_user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "user"
    return name if USER_NAME.match(name) else "user"


def _keep_deliver_dates(store: Store) -> None:
    """Requests from before schema 8 get the last day their answer can reach the Court."""
    pending = store.dues_without_deliver_on()
    if not pending:
        return
    changes = []
    for request_id, due_on, clock in pending:
        final = date.fromisoformat(due_on)
        moved = deliver_by(final) if clock == "running" else None
        changes.append(((moved.on if moved else final).isoformat(), request_id))
    with store.transaction():
        store.keep_deliver_on(changes)


@dataclass
class Workspace:
    """An unlocked workspace. Holds the data key until `close()` wipes it."""

    folder: Path
    user: str
    store: Store
    _keyfile: keymod.KeyFile
    _data_key: bytearray
    clock: Clock = field(default=datetime.now)
    _settings: OfficeSettings | None = None
    _calendar: WorkingCalendar | None = None
    _state_calendar: WorkingCalendar | None = None

    def __post_init__(self) -> None:
        self.store.on_commit = self._note_head
        self.store.refresh_step_dues = lambda: step_dues.refresh_stale(self.store, self.calendar)

    def _note_head(self) -> None:
        """Keep the audit chain head in HEAD_FILE, readable without the key.

        `verify` compares the database with it (and with the backup manifests): a copy
        of an older database put in place, or newest entries cut off, shows as older.
        Not flushed to disk: a crash can only leave it behind the database, never ahead.
        """
        seq, head = backup_store.chain_head(self.store.conn)
        data = json.dumps(
            {"workspace_id": self.workspace_id, "seq": seq, "hash": head, "at": self.now()}
        ).encode("utf-8")
        # One temporary file per thread: a companion (see `companion`) may commit on
        # another thread at the same moment.
        tmp = self.folder / f".{HEAD_FILE}.{os.getpid()}.{threading.get_ident()}.tmp"
        with contextlib.suppress(OSError):
            tmp.write_bytes(data)
            os.replace(tmp, self.folder / HEAD_FILE)

    def __repr__(self) -> str:  # never the key, never the store's contents
        return f"Workspace(folder={str(self.folder)!r}, user={self.user!r})"

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        user: str,
        passphrase: str,
        display_name: str = "",
        settings: OfficeSettings | None = None,
        clock: Clock = datetime.now,
    ) -> tuple[Workspace, str]:
        """A new workspace; returns it with the recovery key, to be shown once."""
        check_user_name(user)
        check_passphrase(passphrase)
        settings = settings or OfficeSettings()
        check_calendars(settings)
        if exists(folder):
            raise Refused(
                translate(
                    "WorkspaceMessages", "There is already a workspace in {0}; nothing was changed."
                ).format(folder)
            )
        make_private_dir(folder)
        data_key = keymod.new_data_key()
        keyfile = keymod.KeyFile.create(folder)
        keyfile.wrap(user, passphrase, data_key)
        conn = open_encrypted(folder / DB_FILE, data_key, create=True)
        migrate(conn)
        ws = cls(folder, user, Store(conn), keyfile, data_key, clock)
        ws.store.track_row_changes()
        ws.store.digest_all_rows(user, ws.now())  # nothing yet: just marks it done
        now = ws.now()
        with ws.store.transaction():
            ws.store.put_settings(settings.to_dict())
            ws.store.add_user(user, display_name or user, "", now)
            for name, description in default_authorities(
                settings.language or translation.language()
            ):
                ws.store.add_authority(name, description)
            ws.store.append_event(user, None, "workspace.created", {"user": user}, now)
            office_keys.ensure_identity(ws.store, now)
        keyfile.save()
        return ws, keymod.format_recovery_key(data_key)

    @classmethod
    def _open(
        cls, folder: Path, user: str, keyfile: keymod.KeyFile, data_key: bytearray, clock: Clock
    ) -> Workspace:
        try:
            conn = open_encrypted(folder / DB_FILE, data_key)
        except DatabaseProblem as exc:
            _wipe(data_key)
            kind = KeyDoesNotFit if isinstance(exc, WrongKey) else DatabaseUnreadable
            raise kind(str(exc)) from None
        ws = cls(folder, user, Store(conn), keyfile, data_key, clock)
        try:
            migrate(conn)
            found = ws.store.user(user)
        except NewerSchema as exc:
            ws.close()
            raise DatabaseUnreadable(str(exc)) from None
        except Exception as exc:
            # A damaged page met while migrating or finding the user: the file opened,
            # but it cannot be worked on; the unlock screen offers the latest backup.
            ws.close()
            if is_damage(exc):
                raise DatabaseUnreadable(damaged_help()) from None
            raise
        if found is None or not found["active"]:
            ws.close()
            raise UserFacingError(
                translate(
                    "WorkspaceMessages", "'{0}' is not an active user of this workspace."
                ).format(user)
            )
        ws.store.track_row_changes()
        ws.store.digest_all_rows(user, ws.now())
        ws._record_pending()
        ws._make_office_keys()
        step_dues.catch_up(ws.store, lambda: ws.calendar)
        _keep_deliver_dates(ws.store)
        return ws

    @classmethod
    def unlock(
        cls, folder: Path, user: str, passphrase: str, clock: Clock = datetime.now
    ) -> Workspace:
        if not exists(folder):
            raise UserFacingError(
                translate("WorkspaceMessages", "There is no workspace in {0}.").format(folder)
            )
        # Repeated wrong passphrases are refused for a growing while, counted and logged.
        keyfile, data_key = unlock_guard.unwrap(folder, user, passphrase)
        return cls._open(folder, user, keyfile, data_key, clock)

    @classmethod
    def unlock_with_data_key(
        cls, folder: Path, user: str, data_key: bytearray, clock: Clock = datetime.now
    ) -> Workspace:
        """For a key remembered in the OS keyring or typed as the recovery key."""
        try:
            keyfile = keymod.KeyFile.load(folder)
        except keymod.KeyFileProblem:
            keyfile = keymod.KeyFile.create(folder)
        return cls._open(folder, user, keyfile, data_key, clock)

    @classmethod
    def recover(
        cls,
        folder: Path,
        recovery_key: str,
        user: str,
        new_passphrase: str,
        clock: Clock = datetime.now,
    ) -> Workspace:
        """Forgotten passphrase or lost keys.json: the recovery key opens, a new one is set."""
        check_passphrase(new_passphrase)
        try:
            data_key = keymod.parse_recovery_key(recovery_key)
        except keymod.BadRecoveryKey as exc:
            raise UserFacingError(str(exc)) from None
        ws = cls.unlock_with_data_key(folder, user, data_key, clock)
        ws._keyfile.wrap(user, new_passphrase, data_key)
        ws._keyfile.save()
        with ws.store.transaction():
            ws.store.append_event(user, None, "workspace.recovered", {"user": user}, ws.now())
        return ws

    def keep_few_pages(self) -> None:
        """This workspace stays open for a session (the window's): between writes its
        connection keeps 2 MiB of decrypted pages, not 16. At 100,000 requests the
        larger cache stayed full for the whole session, for reads that gain nothing
        from it; the short-lived connections of work done elsewhere keep the larger one."""
        self.store.keep_few_pages()

    def close(self) -> None:
        """Lock: close the database and overwrite the data key held in memory."""
        _wipe(self._data_key)
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """`with Workspace.unlock(...) as ws:` locks on the way out, error or not."""
        self.close()

    # -- time and settings --------------------------------------------------------------

    def now(self) -> str:
        return self.clock().replace(microsecond=0).isoformat()

    def today(self) -> date:
        return self.clock().date()

    @property
    def workspace_id(self) -> str:
        return self._keyfile.workspace_id

    @property
    def settings(self) -> OfficeSettings:
        if self._settings is None:
            self._settings = OfficeSettings.from_dict(self.store.get_settings())
        return self._settings

    @property
    def calendar(self) -> WorkingCalendar:
        """The office's calendar: the State's plus the host country's holidays, for the
        acknowledgement and the office's own clocks.

        Built once per setting: holiday tables are costly to rebuild per due date. Named
        in explanations only when a host country makes it differ from the State's.
        """
        s = self.settings
        owner = CalendarOwner(s.sender_kind, s.place, s.place_fr) if s.host_country else None
        key = (
            s.country or None,
            (s.subdivision or None) if s.country else None,
            s.host_country if s.host_country and s.host_country != s.country else None,
            owner,
            s.weekend(),
        )
        if self._calendar is None or self._calendar.key != key:
            self._calendar = WorkingCalendar(
                s.country, s.subdivision, s.host_country, owner, s.weekend()
            )
        return self._calendar

    @property
    def state_calendar(self) -> WorkingCalendar:
        """The State's calendar, for the national authorities' routing due dates."""
        s = self.settings
        owner = CalendarOwner("authorities") if s.host_country else None
        subdivision = (s.subdivision or None) if s.country else None
        key = (s.country or None, subdivision, None, owner, s.weekend())
        if self._state_calendar is None or self._state_calendar.key != key:
            self._state_calendar = WorkingCalendar(
                s.country, s.subdivision, None, owner, s.weekend()
            )
        return self._state_calendar

    def replace_settings(self, settings: OfficeSettings) -> None:
        """Used by the settings service once it has stored them."""
        self._settings = settings

    # -- passphrases and users ----------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key: instant, whatever the size of the database.

        keys.json and the audit trail are two files: the new wrap is saved with a note
        that its audit entry is pending, the entry is committed, and the note is
        dropped at the next unlock, which records the change if a crash came in between
        (`_record_pending`), so the trail and the key file always agree.
        """
        check_passphrase(new_passphrase)
        self._keyfile.wrap(self.user, new_passphrase, self._data_key)
        self._key_change("user.passphrase_changed", self.user, self._keyfile.slot_id(self.user))

    def _key_change(self, action: str, user: str, slot: str) -> None:
        """Save keys.json with the change noted as pending, then record it.

        The note is dropped at the next unlock, which finds the entry already recorded:
        one write of keys.json per change, as before.
        """
        change = {"action": action, "user": user, "by": self.user, "slot": slot, "at": self.now()}
        self._keyfile.pending.append(change)
        self._keyfile.save()
        with self.store.transaction():
            self._apply(change, {})

    def _apply(self, change: dict[str, Any], extra: dict[str, Any]) -> None:
        """The database side of a key change: its audit entry (and a removal's effect)."""
        user = str(change.get("user", ""))
        if change["action"] == "user.removed":
            self.store.deactivate_user(user)
        self.store.append_event(
            str(change.get("by") or user),
            None,
            change["action"],
            {"user": user, "slot": change.get("slot"), **extra},
            self.now(),
        )

    def _record_pending(self) -> None:
        """Audit entries for key changes a crash kept from being recorded (see above)."""
        pending = self._keyfile.pending
        if not pending:
            return
        with self.store.transaction():
            for change in pending:
                action, slot = change.get("action"), str(change.get("slot", ""))
                if action in KEY_CHANGES and not self.store.has_event(action, "slot", slot):
                    self._apply(change, {"changed_at": change.get("at"), "recorded_late": True})
        self._keyfile.pending = []
        with contextlib.suppress(OSError):  # recorded; the note is dropped next time
            self._keyfile.save()

    def _make_office_keys(self) -> None:
        """A workspace made before offices existed becomes an office at its first unlock.

        Read first: an unlock that finds the keys made takes no write lock.
        """
        if office_keys.has_identity(self.store):
            return
        with self.store.transaction():
            if office_keys.ensure_identity(self.store, self.now()):
                self.store.append_event(self.user, None, "office.keys_made", {}, self.now())

    def add_user(self, name: str, passphrase: str, display_name: str = "", title: str = "") -> None:
        check_user_name(name)
        check_passphrase(passphrase)
        existing = self.store.user(name)
        if existing and existing["active"]:
            raise Refused(
                translate("WorkspaceMessages", "There is already a user '{0}'.").format(name)
            )
        # The key first: a crash before the database commit leaves a key nobody can use
        # (adding the user again works), never an active user who cannot unlock.
        self._keyfile.wrap(name, passphrase, self._data_key)
        self._keyfile.save()
        with self.store.transaction():
            self.store.add_user(name, display_name or name, title, self.now())
            self.store.append_event(self.user, None, "user.added", {"user": name}, self.now())

    def remove_user(self, name: str) -> None:
        if name == self.user:
            raise Refused(
                translate(
                    "WorkspaceMessages", "You cannot remove yourself; ask another user to do it."
                )
            )
        if not self.store.user(name):
            raise Refused(translate("WorkspaceMessages", "There is no user '{0}'.").format(name))
        self._keyfile.remove(name)
        self._key_change("user.removed", name, f"removed-{uuid.uuid4().hex[:16]}")

    def users_with_keys(self) -> list[str]:
        """Users with a slot in keys.json: those who can unlock with a passphrase. Read
        from the file: another window or command may have added one since this opened."""
        try:
            return sorted(keymod.KeyFile.load(self.folder).users)
        except keymod.KeyFileProblem:
            return sorted(self._keyfile.users)

    def when_busy(self, callback: Callable[[], None]) -> None:
        """Called once when a write has to wait for another writer (a terminal says so)."""
        self.store.on_busy = callback

    def users(self) -> list[dict[str, Any]]:
        return self.store.users()

    def current_user(self) -> dict[str, Any] | None:
        """The signed-in user's row (display name ...); None if it was removed meanwhile."""
        return self.store.user(self.user)

    def raw_key(self) -> bytearray:
        """The data key itself, for encrypted backups keyed like the workspace.

        The same bytearray `close()` wipes: callers use it at once and keep no copy.
        """
        return self._data_key

    def data_key_for_keyring(self) -> bytes:
        return bytes(self._data_key)

    def companion(self) -> Callable[[], Workspace]:
        """A way to open this workspace again, on a connection and a key copy of its own.

        For work on another thread (a backup, a verification, an import): a SQLCipher
        connection must never be used by two threads, and locking wipes this workspace's
        key while that work may still be running. The key is copied now, on the caller's
        thread; the companion's `close()` wipes the copy, so the key lives exactly as long
        as the work that needs it. The returned function is meant to be called once, on
        the thread that will use the companion; no migration or catch-up runs, since this
        workspace has already done both.
        """
        key = bytearray(self._data_key)
        folder, user, keyfile, clock = self.folder, self.user, self._keyfile, self.clock
        # Read-only and costly to build (holiday tables): shared, as they are now.
        settings, calendar = self._settings, self._calendar

        def open_companion() -> Workspace:
            try:
                conn = open_encrypted(folder / DB_FILE, key)
            except BaseException:
                _wipe(key)
                raise
            return Workspace(folder, user, Store(conn), keyfile, key, clock, settings, calendar)

        return open_companion


def user_names(folder: Path) -> list[str]:
    """Users who can unlock (from keys.json: readable before unlocking)."""
    try:
        return sorted(keymod.KeyFile.load(folder).users)
    except keymod.KeyProblem:
        return []


def _wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


def workspace_id(folder: Path) -> str | None:
    """The id keyring entries are filed under; readable before unlocking."""
    try:
        return keymod.KeyFile.load(folder).workspace_id
    except keymod.KeyProblem:
        return None
