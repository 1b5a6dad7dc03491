"""Changing the office's settings; due dates follow a changed calendar or policy at once."""

from __future__ import annotations

from pathlib import Path

from desktop.core.deadlines import subdivisions
from desktop.core.settings import OfficeSettings
from desktop.core.translation import translate
from desktop.services.errors import Refused
from desktop.services.register import recompute_all_deadlines
from desktop.services.workspace import Workspace, check_calendars


def check_reference_format(fmt: str) -> None:
    """A registry-number format must use {year} and {seq} and nothing else."""
    try:
        first = fmt.format(year=2026, seq=1)
        second = fmt.format(year=2026, seq=2)
    except (KeyError, IndexError, ValueError):
        raise Refused(
            translate(
                "SettingsMessages",
                "The registry-number format may only use {year} and {seq}, e.g. "
                "CD-{year}-{seq:04d}.",
            )
        ) from None
    if first == second or "{seq" not in fmt:
        raise Refused(
            translate(
                "SettingsMessages",
                "The registry-number format must contain {seq} so numbers differ.",
            )
        )


def region_choices(country: str) -> list[tuple[str, str]]:
    """(name, code) of the State's subdivisions whose holidays differ, sorted by name."""
    return sorted(
        ((name, code) for code, name in subdivisions(country).items()),
        key=lambda pair: pair[0].casefold(),
    )


def save_settings(ws: Workspace, settings: OfficeSettings) -> None:
    check_calendars(settings)
    if settings.margin_working_days < 0 or settings.acknowledgement_working_days < 0:
        raise Refused(
            translate("SettingsMessages", "Margins are a number of working days, zero or more.")
        )
    if any(days < 1 for days in settings.default_days.values()):
        raise Refused(translate("SettingsMessages", "Default deadlines are at least one day."))
    if any(days < 1 for days in settings.review_days.values()):
        raise Refused(
            translate("SettingsMessages", "Standing requests are reviewed every one day or more.")
        )
    for value, low, high, what in (
        (
            settings.idle_lock_minutes,
            1,
            480,
            translate("SettingsMessages", "The idle lock time is 1 to 480 minutes."),
        ),
        (
            settings.attachment_limit_mib,
            1,
            2048,
            translate("SettingsMessages", "The attachment limit is 1 to 2048 MiB."),
        ),
        (
            settings.clear_clipboard_seconds,
            5,
            3600,
            translate("SettingsMessages", "The clipboard is cleared after 5 to 3600 seconds."),
        ),
        (
            settings.backup_keep,
            1,
            365,
            translate("SettingsMessages", "Keep 1 to 365 automatic backups."),
        ),
    ):
        if not low <= value <= high:
            raise Refused(what)
    check_reference_format(settings.reference_format)
    if settings.parcel_folder and not Path(settings.parcel_folder).expanduser().is_dir():
        raise Refused(
            translate(
                "SettingsMessages",
                "The parcels folder {0} does not exist: choose an existing folder, or leave "
                "it empty.",
            ).format(settings.parcel_folder)
        )
    before = ws.settings.to_dict()
    after = settings.to_dict()
    changed = {
        k: {"before": before.get(k), "after": v} for k, v in after.items() if before.get(k) != v
    }
    if not changed:
        return
    with ws.store.transaction():
        ws.store.put_settings(after)
        ws.replace_settings(settings)
        recompute_all_deadlines(ws)  # before the entry, which carries the rows it wrote
        ws.store.append_event(ws.user, None, "settings.changed", changed, ws.now())
