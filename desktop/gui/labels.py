"""User-facing names of the core's vocabularies, through Qt's translation system.

The core keeps English labels (the CLI prints them); the GUI shows them via
QCoreApplication.translate in the "labels" context, which the French catalogue fills.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from desktop.core import translation
from desktop.core.statuses import STATUS_LABELS, Status
from desktop.core.vocabulary import (
    CHANNEL_LABELS,
    CONFIDENTIALITY_LABELS,
    KIND_LABELS,
    ORGAN_LABELS,
    URGENCY_LABELS,
    Channel,
    Confidentiality,
    Kind,
    Organ,
    Urgency,
)
from desktop.services.replies.language import basis_fr


def swatch(brush: QBrush) -> str:
    """A small square of a row colour, as it shows on a white row, for legends."""
    colour = brush.color()
    alpha = colour.alphaF()
    blended = QColor(
        *(round(255 + (c - 255) * alpha) for c in (colour.red(), colour.green(), colour.blue()))
    )
    return (
        f"<span style='background:{blended.name()}; border:1px solid #999'>"
        "&nbsp;&nbsp;&nbsp;&nbsp;</span>"
    )


def days_left(left: int | None, paused: bool = False) -> str:
    """ "12 days overdue", "due today", "3 days left", "clock paused": never a bare -12."""
    if left is None:
        return ""
    if paused:
        return QCoreApplication.translate("labels", "clock paused")
    if left == 0:
        return QCoreApplication.translate("labels", "due today")
    if left < 0:
        return (
            QCoreApplication.translate("labels", "1 day overdue")
            if left == -1
            else QCoreApplication.translate("labels", "{0} days overdue").format(-left)
        )
    return (
        QCoreApplication.translate("labels", "1 day left")
        if left == 1
        else QCoreApplication.translate("labels", "{0} days left").format(left)
    )


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def basis(text: str) -> str:
    """A legal basis as the interface's language cites it: art. 96(2)(a) in English,
    art. 96, par. 2, al. a) in French."""
    return basis_fr(text) if translation.language() == "fr" else text


def status(value: str) -> str:
    return tr(STATUS_LABELS[Status(value)])


def kind(value: str) -> str:
    return tr(KIND_LABELS[Kind(value)])


def urgency(value: str) -> str:
    return tr(URGENCY_LABELS[Urgency(value)])


def confidentiality(value: str) -> str:
    return tr(CONFIDENTIALITY_LABELS[Confidentiality(value)])


def organ(value: str | None) -> str:
    return tr(ORGAN_LABELS[Organ(value)]) if value else ""


def channel(value: str) -> str:
    return tr(CHANNEL_LABELS[Channel(value)])
