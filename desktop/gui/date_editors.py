"""Date fields in the interface's date format, the one the tables and banners use.

The forms are drawn in Qt Designer with an ISO display format; a French office reads
25/11/2026 everywhere else, so every date editor a form loads is switched to the locale's
short format (four-digit years), with the time where the field has one.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from desktop.gui.formats import short_date_format, time_format


def localise(root: QWidget) -> None:
    locale = QLocale()
    day = short_date_format(locale)
    for editor in root.findChildren(QDateTimeEdit):
        if isinstance(editor, QDateEdit):
            editor.setDisplayFormat(day)
        else:
            editor.setDisplayFormat(f"{day} {time_format(locale)}")
