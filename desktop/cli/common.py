"""What every coopdesk-cli command shares: secrets, opening the workspace, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli import language
from desktop.core import translation
from desktop.core.requests import parse_date
from desktop.core.translation import translate
from desktop.services.errors import UserFacingError
from desktop.services.statistics.words import number
from desktop.services.workspace import Workspace, default_folder, os_user, user_names

AddCommand = Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser]

PASSPHRASE_ENV = "COOPDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "COOPDESK_NEW_PASSPHRASE"


class CliError(UserFacingError):
    pass


# -- secrets ---------------------------------------------------------------------------


def decimal(value: float, decimals: int = 0) -> str:
    """A number as the language in use writes it, "1.02" or "1,02": the statistics
    report's formatting, so that a French command never shows an English decimal point."""
    return number(value, translation.language(), decimals)


def read_secret_file(path: str) -> str:
    try:
        return Path(path).read_text("utf-8").rstrip("\r\n")
    except OSError as exc:
        raise CliError(
            translate("CliCommon", "Cannot read the passphrase file {0}: {1}.").format(
                path, exc.strerror
            )
        ) from None


def prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(
            translate(
                "CliCommon", "{0} needed: set {1} or use --passphrase-file when not at a terminal."
            ).format(label, PASSPHRASE_ENV)
        )
    return getpass.getpass(translate("CliCommon", "{0}: ").format(label))


def passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return prompt(translate("CliCommon", "Passphrase"))


def new_passphrase(args: argparse.Namespace, label: str = "", first_one: bool = False) -> str:
    """A passphrase being set: from a file or the environment, or typed twice.

    For the `first_one` (a workspace being created) COOPDESK_PASSPHRASE serves too when
    COOPDESK_NEW_PASSPHRASE is not set: it is the one every later command will read.
    """
    path = getattr(args, "new_passphrase_file", None)
    if path:
        return read_secret_file(path)
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    if first_one and os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    label = label or translate("CliCommon", "New passphrase")
    first = prompt(label)
    if first != prompt(translate("CliCommon", "{0} (again)").format(label)):
        raise CliError(translate("CliCommon", "The two passphrases differ; nothing was changed."))
    return first


# -- opening ---------------------------------------------------------------------------


def folder_of(args: argparse.Namespace) -> Path:
    return Path(args.workspace).expanduser() if args.workspace else default_folder()


def user_of(args: argparse.Namespace, folder: Path) -> str:
    if args.user:
        return str(args.user)
    if os.environ.get("COOPDESK_USER"):
        return os.environ["COOPDESK_USER"]
    names = user_names(folder)
    if len(names) == 1:
        return names[0]
    me = os_user()
    if me in names or not names:
        return me
    raise CliError(
        translate(
            "CliCommon", "Several users share this workspace ({0}): say which with --user."
        ).format(", ".join(names))
    )


def unlock(args: argparse.Namespace) -> Workspace:
    """After repeated wrong passphrases the guard refuses, saying how long to wait.

    A write that meets another writer (an import running in another window) waits,
    saying so on stderr, instead of failing after the busy timeout.
    """
    folder = folder_of(args)
    ws = Workspace.unlock(folder, user_of(args, folder), passphrase(args))
    language.follow_workspace(args, ws)
    ws.when_busy(
        lambda: print(
            translate(
                "CliCommon",
                "Waiting: another window or command is writing to the workspace (an "
                "import or a restore takes a while)…",
            ),
            file=sys.stderr,
            flush=True,
        )
    )
    return ws


# -- output ----------------------------------------------------------------------------


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return translate("CliCommon", "(no requests)")
    widths = {
        c: min(48, max(len(c), *(len(str(r[c] if r[c] is not None else "")) for r in rows)))
        for c in columns
    }
    lines = ["  ".join(c.upper().ljust(widths[c]) for c in columns)]
    for row in rows:
        cells = []
        for c in columns:
            value = "" if row[c] is None else str(row[c])
            cells.append(
                (value[: widths[c] - 1] + "…") if len(value) > widths[c] else value.ljust(widths[c])
            )
        lines.append("  ".join(cells))
    return "\n".join(lines)


def date_arg(text: str, name: str) -> date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise CliError(translate("CliCommon", "{0}: {1}").format(name, exc)) from None
