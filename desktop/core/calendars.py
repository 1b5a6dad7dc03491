"""Words about the office's calendars: which days each one counts (shown in Settings as
the choices change) and what each event of an exported calendar file is.

They live in the core, whose sentences the French catalogue collects.
"""

from __future__ import annotations

from desktop.core.deadlines import WorkingCalendar, package_weekend
from desktop.core.settings import OfficeSettings
from desktop.core.translation import translate


def states_working_days(country: str) -> list[int]:
    """The State's working days (0 is Monday) as the holiday calendar gives them: what
    Settings shows until the office sets its week by hand."""
    weekend = package_weekend(country or None)
    return [day for day in range(7) if day not in weekend]


def states_week(country: str) -> str:
    """The State's working week in words, as the holiday calendar gives it: "Sunday–Thursday"."""
    return WorkingCalendar(None, weekend=package_weekend(country or None)).working_week()


def _week_line(calendar: WorkingCalendar) -> str:
    if calendar.weekend:
        line = translate("Calendars", "Working week: {0} (weekend: {1}).").format(
            calendar.working_week(), calendar.weekend_phrase()
        )
    else:
        line = translate("Calendars", "Working week: {0} (no weekend).").format(
            calendar.working_week()
        )
    if calendar.set_by_hand:
        line += translate("Calendars", " Set by hand.")
    return line


def summary(settings: OfficeSettings) -> str:
    """The working week, and whose holidays each calendar skips, in a few lines."""
    weekend = settings.weekend()
    state = WorkingCalendar(settings.country, settings.subdivision, weekend=weekend)
    office = WorkingCalendar(
        settings.country, settings.subdivision, settings.host_country, weekend=weekend
    )

    def skipped(calendar: WorkingCalendar) -> str:
        if not calendar.codes():
            return translate("Calendars", "weekends only")
        return translate("Calendars", "{0} holidays").format(calendar.codes())

    return "\n".join(
        (
            _week_line(state),
            translate("Calendars", "Routing due dates of the national authorities: {0}.").format(
                skipped(state)
            ),
            translate("Calendars", "Acknowledgement, internal margin and checklists: {0}.").format(
                skipped(office)
            ),
            translate(
                "Calendars",
                "The Court is closed at weekends and on Dutch public "
                "holidays: a final due date on such a day shows its previous working day "
                "to deliver by.",
            ),
        )
    )


def clock_name(key: str) -> str:
    """What an exported event stands for: the clock, never the request's content."""
    return {
        "final": translate("Calendars", "final due date"),
        "internal": translate("Calendars", "internal due date"),
        "acknowledgement": translate("Calendars", "acknowledgement of receipt due"),
        "deliver": translate(
            "Calendars", "deliver to the Court by (Court closed on the final due date)"
        ),
        "review": translate("Calendars", "periodic review"),
        "routing": translate("Calendars", "routing step due"),
        "step": translate("Calendars", "checklist step due"),
    }[key]


def calendar_title() -> str:
    return translate("Calendars", "Cooperation Desk deadlines")
