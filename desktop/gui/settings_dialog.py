"""Settings: the office's names, its clocks, and how the application guards the workspace.

The dialog only gathers values; desktop.services.settings.save_settings decides what is
acceptable and moves every request's due dates at once. A refusal appears in the dialog,
which stays open with everything typed.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import calendars
from desktop.core.deadlines import DEFAULT_DAYS_BY_KIND
from desktop.core.registry_pattern import to_format, to_pattern
from desktop.core.settings import OfficeSettings
from desktop.core.vocabulary import Kind
from desktop.gui import labels
from desktop.gui.dialogs import FormDialog
from desktop.gui.form_types import SettingsFormUi
from desktop.gui.session import Session
from desktop.gui.setup_wizard import country_choices
from desktop.gui.window_size import resize_within_screen
from desktop.services.errors import Refused
from desktop.services.settings import region_choices, save_settings

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
# Stored codes; the names are written in their own language so anyone can find theirs.
LANGUAGES = (("en", "English"), ("fr", "Français"))


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell of the days table, which `_fill_days` gives an item everywhere."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at {row}, {column}")
    return item


class DaysDelegate(QStyledItemDelegate):
    """Days are edited in a spin box, so only whole numbers can be typed.

    Zero is allowed on purpose: "at least one day" is the settings service's rule, and
    its refusal explains it in words rather than the spin box silently refusing a key.
    """

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 3650)
        editor.setAccessibleName(self.tr("Days"))
        return editor


class SettingsDialog(FormDialog[SettingsFormUi]):
    """Edits the workspace's OfficeSettings; emits `saved` once they are stored.

    The main window listens to `saved` to re-apply the idle lock time and the language.
    Fields of OfficeSettings that this dialog does not show keep their value.
    """

    form = SettingsFormUi
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), self._save, parent)
        self.session = session
        self._fill_choices()
        table = self.ui.daysTable
        table.setItemDelegateForColumn(1, DaysDelegate(table))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.ui.restoreDaysButton.clicked.connect(
            lambda: self._set_days({k.value: v for k, v in DEFAULT_DAYS_BY_KIND.items()})
        )
        self.ui.referenceFormatEdit.textChanged.connect(self._show_reference_example)
        self.show_settings(session.ws.settings)
        resize_within_screen(self, 720, 690)

    # -- filling in ---------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.ui.senderKindCombo.addItem(self.tr("an embassy"), "embassy")
        self.ui.senderKindCombo.addItem(self.tr("a ministry"), "ministry")
        self.ui.countryCombo.addItem(self.tr("(weekends only)"), "")
        self.ui.hostCombo.addItem(self.tr("(none: the State's holidays only)"), "")
        for name, code in country_choices():
            self.ui.countryCombo.addItem(f"{name} ({code})", code)
            self.ui.hostCombo.addItem(f"{name} ({code})", code)
        self.ui.languageCombo.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        self.ui.weekCombo.addItem("", "")  # named after the State chosen: _fill_week
        self.ui.weekCombo.addItem(self.tr("Set by hand:"), "hand")
        self.ui.countryCombo.currentIndexChanged.connect(self._fill_regions)
        self.ui.countryCombo.currentIndexChanged.connect(self._fill_week)
        self.ui.weekCombo.currentIndexChanged.connect(self._fill_week)
        for combo in (
            self.ui.countryCombo,
            self.ui.subdivisionCombo,
            self.ui.weekCombo,
            self.ui.hostCombo,
        ):
            combo.currentIndexChanged.connect(self._show_calendars)
        for box in self._day_boxes():
            box.toggled.connect(self._show_calendars)

    def _day_boxes(self) -> tuple[QCheckBox, ...]:
        """One box per weekday, Monday first (0, as Python numbers them)."""
        ui = self.ui
        return (
            ui.mondayCheck,
            ui.tuesdayCheck,
            ui.wednesdayCheck,
            ui.thursdayCheck,
            ui.fridayCheck,
            ui.saturdayCheck,
            ui.sundayCheck,
        )

    def _fill_week(self) -> None:
        """The first choice names the State's own week; until the week is set by hand the
        day boxes show that week and cannot be changed."""
        country = self.ui.countryCombo.currentData() or ""
        self.ui.weekCombo.setItemText(
            0,
            self.tr("The State's: {0}").format(calendars.states_week(country)),
        )
        by_hand = self.ui.weekCombo.currentData() == "hand"
        if not by_hand:
            self._set_working_days(calendars.states_working_days(country))
        for box in self._day_boxes():
            box.setEnabled(by_hand)

    def _set_working_days(self, days: list[int]) -> None:
        for day, box in enumerate(self._day_boxes()):
            box.blockSignals(True)
            box.setChecked(day in days)
            box.blockSignals(False)

    def _working_days(self) -> list[int] | None:
        """The days ticked when the week is set by hand, else None (the State's week)."""
        if self.ui.weekCombo.currentData() != "hand":
            return None
        return [day for day, box in enumerate(self._day_boxes()) if box.isChecked()]

    def _fill_regions(self) -> None:
        """The regions of the State chosen; the one chosen before stays if it is there."""
        combo = self.ui.subdivisionCombo
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(the whole State)"), "")
        for name, code in region_choices(self.ui.countryCombo.currentData() or ""):
            combo.addItem(f"{name} ({code})", code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _show_calendars(self) -> None:
        self.ui.calendarsSummaryLabel.setText(calendars.summary(self.settings()))

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        """Select the item whose data is `value`; an unknown stored value is kept, shown."""
        number = combo.findData(value)
        if number < 0:
            combo.addItem(value, value)
            number = combo.count() - 1
        combo.setCurrentIndex(number)

    def show_settings(self, settings: OfficeSettings) -> None:
        """Put `settings` into the fields (also used to start again from what is stored)."""
        self._base = settings
        ui = self.ui
        self._choose(ui.senderKindCombo, settings.sender_kind)
        ui.officeNameEdit.setText(settings.office_name)
        ui.officeNameFrEdit.setText(settings.office_name_fr)
        ui.stateNameEdit.setText(settings.state_name)
        ui.stateNameFrEdit.setText(settings.state_name_fr)
        ui.officeAddressEdit.setPlainText(settings.office_address)
        ui.placeEdit.setText(settings.place)
        ui.placeFrEdit.setText(settings.place_fr)
        self._choose(ui.countryCombo, settings.country)
        self._fill_regions()
        self._choose(ui.subdivisionCombo, settings.subdivision)
        self._choose(ui.hostCombo, settings.host_country)
        ui.weekCombo.setCurrentIndex(0 if settings.working_days is None else 1)
        self._fill_week()
        if settings.working_days is not None:
            self._set_working_days(settings.working_days)
        self._show_calendars()
        ui.marginSpin.setValue(settings.margin_working_days)
        ui.ackSpin.setValue(settings.acknowledgement_working_days)
        self._set_days(settings.default_days)
        self._choose(ui.languageCombo, settings.language)
        ui.referenceFormatEdit.setText(to_pattern(settings.reference_format))
        ui.attachmentSpin.setValue(settings.attachment_limit_mib)
        ui.idleSpin.setValue(settings.idle_lock_minutes)
        ui.clipboardSpin.setValue(settings.clear_clipboard_seconds)
        ui.backupKeepSpin.setValue(settings.backup_keep)
        ui.backupFolderEdit.setText(settings.backup_folder)
        ui.parcelFolderEdit.setText(settings.parcel_folder)
        self._show_reference_example()

    def _set_days(self, days: dict[str, int]) -> None:
        table = self.ui.daysTable
        table.setRowCount(len(Kind))
        for row, kind in enumerate(Kind):
            label = QTableWidgetItem(labels.kind(kind))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            label.setData(KIND_ROLE, kind.value)
            value = QTableWidgetItem()
            value.setData(
                Qt.ItemDataRole.EditRole, int(days.get(kind.value, DEFAULT_DAYS_BY_KIND[kind]))
            )
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, label)
            table.setItem(row, 1, value)

    def days(self) -> dict[str, int]:
        table = self.ui.daysTable
        return {
            _cell(table, row, 0).data(KIND_ROLE): int(
                _cell(table, row, 1).data(Qt.ItemDataRole.EditRole)
            )
            for row in range(table.rowCount())
        }

    def set_days(self, kind: Kind | str, days: int) -> None:
        """Change one kind's default, as typing in the table does."""
        table = self.ui.daysTable
        for row in range(table.rowCount()):
            if _cell(table, row, 0).data(KIND_ROLE) == Kind(kind).value:
                _cell(table, row, 1).setData(Qt.ItemDataRole.EditRole, int(days))
                return
        raise KeyError(kind)

    def _reference_example(self) -> str:
        """The next registry number with this format; refuses a format that cannot work.

        Stopgap: save_settings does not check the format yet, and a broken one would stop
        every registration, so the dialog refuses it (see the report to the lead).
        """
        text = to_format(self.ui.referenceFormatEdit.text().strip())
        year = date.today().year
        try:
            first, second = (text.format(year=year, seq=seq) for seq in (43, 44))
        except (KeyError, IndexError, ValueError, AttributeError):
            raise Refused(
                self.tr(
                    "This pattern cannot be used: write YYYY for the year and NNNN for the "
                    "number, e.g. CD-YYYY-NNNN."
                )
            ) from None
        if first == second:
            raise Refused(
                self.tr(
                    "A registry number needs NNN or more N for the number within the year, "
                    "otherwise every request would get the same number: e.g. CD-YYYY-NNNN."
                )
            )
        return first

    def _show_reference_example(self) -> None:
        try:
            example = self._reference_example()
        except Refused as exc:
            self.ui.referenceExampleLabel.setText(str(exc))
        else:
            self.ui.referenceExampleLabel.setText(self.tr("For example: {0}").format(example))

    # -- saving -------------------------------------------------------------------------

    def settings(self) -> OfficeSettings:
        """What the dialog shows, over the stored settings (fields not shown are kept)."""
        ui = self.ui
        return dataclasses.replace(
            self._base,
            sender_kind=ui.senderKindCombo.currentData(),
            office_name=ui.officeNameEdit.text().strip(),
            office_name_fr=ui.officeNameFrEdit.text().strip(),
            state_name=ui.stateNameEdit.text().strip(),
            state_name_fr=ui.stateNameFrEdit.text().strip(),
            office_address=ui.officeAddressEdit.toPlainText().strip(),
            place=ui.placeEdit.text().strip(),
            place_fr=ui.placeFrEdit.text().strip(),
            country=ui.countryCombo.currentData() or "",
            subdivision=ui.subdivisionCombo.currentData() or "",
            host_country=ui.hostCombo.currentData() or "",
            working_days=self._working_days(),
            margin_working_days=ui.marginSpin.value(),
            acknowledgement_working_days=ui.ackSpin.value(),
            default_days=self.days(),
            language=ui.languageCombo.currentData() or "",
            reference_format=to_format(ui.referenceFormatEdit.text().strip()),
            attachment_limit_mib=ui.attachmentSpin.value(),
            idle_lock_minutes=ui.idleSpin.value(),
            clear_clipboard_seconds=ui.clipboardSpin.value(),
            backup_keep=ui.backupKeepSpin.value(),
            backup_folder=ui.backupFolderEdit.text().strip(),
            parcel_folder=ui.parcelFolderEdit.text().strip(),
        )

    def values(self) -> dict[str, Any]:
        return {"settings": self.settings()}

    def _save(self, values: dict[str, Any]) -> None:
        # A number still open in the table's editor was committed when OK took the focus.
        self._reference_example()
        save_settings(self.session.ws, values["settings"])
        self.saved.emit()
