"""Changing the office's settings; due dates follow a changed calendar or policy at once."""

from __future__ import annotations

from desktop.core.settings import OfficeSettings
from desktop.services.errors import Refused
from desktop.services.register import recompute_all_deadlines
from desktop.services.workspace import Workspace, check_country


def save_settings(ws: Workspace, settings: OfficeSettings) -> None:
    check_country(settings.country)
    if settings.margin_working_days < 0 or settings.acknowledgement_working_days < 0:
        raise Refused("Margins are a number of working days, zero or more.")
    if any(days < 1 for days in settings.default_days.values()):
        raise Refused("Default deadlines are at least one day.")
    before = ws.settings.to_dict()
    after = settings.to_dict()
    changed = {k: {"before": before.get(k), "after": v}
               for k, v in after.items() if before.get(k) != v}
    if not changed:
        return
    with ws.store.transaction():
        ws.store.put_settings(after)
        ws.replace_settings(settings)
        ws.store.append_event(ws.user, None, "settings.changed", changed, ws.now())
        recompute_all_deadlines(ws)
