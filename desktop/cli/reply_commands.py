"""coopdesk-cli commands for replys (filled in by the reply work)."""

from __future__ import annotations

from desktop.cli.common import AddCommand


def register(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
