"""coopdesk-cli commands for checklists (filled in by the checklist work)."""

from __future__ import annotations

from desktop.cli.common import AddCommand


def register(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
