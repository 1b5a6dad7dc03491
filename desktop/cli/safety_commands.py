"""coopdesk-cli commands for verification, backups and the plaintext exit path."""

from __future__ import annotations

from desktop.cli.common import AddCommand


def register(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
