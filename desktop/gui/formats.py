"""Dates, times, numbers, money, sizes and lists as the interface's locale writes them.

Qt's QLocale does the work, so the French interface reads "25 nov. 2026" and "1 250,00 EUR"
whatever the operating system's own settings; the locale is set by
desktop.gui.i18n.install_translators before any window is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def _qdate(value: date | datetime | str | None) -> QDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = (
                datetime.fromisoformat(value)
                if "T" in value or " " in value.strip()
                else date.fromisoformat(value)
            )
        except ValueError:
            return None
    return QDate(value.year, value.month, value.day)


def short_date_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:  # no locale at all (tests, servers): ISO
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def time_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def _medium_date_format(locale: QLocale) -> str:
    """The long format without the weekday and with short month names: 25 nov. 2026."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.LongFormat)
    text = re.sub(r"d{4}[,.]?\s*", "", text).strip(" ,")
    return text.replace("MMMM", "MMM")


def format_date(value: date | datetime | str | None, medium: bool = False) -> str:
    """A date as people read it in the interface's locale: 25/11/2026 or 25 nov. 2026.

    Accepts a date, a datetime, an ISO string as stored ("2026-11-25"), or None/"" (gives
    ""). Short numeric dates (4-digit years) suit table columns; medium (month in letters)
    suits sentences and banners. A string that is not a date is returned unchanged. Under
    the "C" locale (no locale: test runs, servers) dates are ISO 8601, 2026-11-25.
    """
    day = _qdate(value)
    if day is None:
        return value if isinstance(value, str) else ""
    locale = QLocale()
    return locale.toString(
        day, _medium_date_format(locale) if medium else short_date_format(locale)
    )


def format_datetime(value: datetime | str | None) -> str:
    """Date and time (hours:minutes) in the locale's short forms: 25/11/2026 09:30."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if not isinstance(value, datetime):
        return format_date(value)
    locale = QLocale()
    # The date and the time apart: a QDateTime is converted through the time zone first,
    # ten times slower, and the register formats a hundred of these per page it loads.
    day = locale.toString(QDate(value.year, value.month, value.day), short_date_format(locale))
    return f"{day} {locale.toString(QTime(value.hour, value.minute), time_format(locale))}"


def format_number(value: float, decimals: int = 0) -> str:
    """12 345,50 in French, 12,345.50 in English."""
    if decimals == 0 and float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def format_money(cents: int, currency: str) -> str:
    """An amount stored in cents with its ISO currency: 1 250,00 EUR."""
    return f"{format_number(cents / 100, 2)} {currency}".strip()


def format_size(size: int) -> str:
    """A file size in the locale's words and units: 1,2 Mio / 1.2 MiB."""
    return QLocale().formattedDataSize(int(size))


def format_list(items: Iterable[str]) -> str:
    """a, b and c / a, b et c."""
    return QLocale().createSeparatedList([str(item) for item in items])
