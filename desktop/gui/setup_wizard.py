"""First run: create the workspace (who, which office, passphrase), show the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from desktop.core.countries import holiday_countries
from desktop.core.passphrase import strength
from desktop.core.settings import OfficeSettings
from desktop.gui import i18n
from desktop.gui.background import Background
from desktop.gui.file_dialogs import save_file_name
from desktop.gui.form_types import SetupOfficePageUi, SetupPassphrasePageUi, SetupRecoveryPageUi
from desktop.gui.forms import load_form
from desktop.services.settings import region_choices
from desktop.services.workspace import Workspace, check_user_name, os_user


def country_choices() -> list[tuple[str, str]]:
    """(name, ISO code) of the States the holiday calendar knows, by name, in the
    interface's language."""
    return holiday_countries(i18n.current_language())


ERROR_COLOUR = "#b3261e"  # 6.0:1 on white
KEY_GROUPS_PER_LINE = 4


def key_lines(key: str) -> str:
    """The key in fixed lines of four groups, the same on screen and on paper."""
    groups = key.split("-")
    return "\n".join(
        "-".join(groups[i : i + KEY_GROUPS_PER_LINE])
        for i in range(0, len(groups), KEY_GROUPS_PER_LINE)
    )


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Cooperation Desk"))
        self.ui = load_form(SetupOfficePageUi, self)
        self.ui.userEdit.setText(os_user())
        self.ui.countryCombo.addItem(self.tr("(weekends only)"), "")
        self.ui.hostCombo.addItem(self.tr("(none: the State's holidays only)"), "")
        for name, code in country_choices():
            self.ui.countryCombo.addItem(f"{name} ({code})", code)
            self.ui.hostCombo.addItem(f"{name} ({code})", code)
        self.ui.countryCombo.currentIndexChanged.connect(self._fill_regions)
        self._fill_regions()
        self.ui.userEdit.textChanged.connect(self.completeChanged)

    def _fill_regions(self) -> None:
        """Regions appear only for a State whose holidays differ by region."""
        combo = self.ui.subdivisionCombo
        combo.clear()
        combo.addItem(self.tr("(the whole State)"), "")
        for name, code in region_choices(self.ui.countryCombo.currentData() or ""):
            combo.addItem(f"{name} ({code})", code)
        combo.setEnabled(combo.count() > 1)

    def isComplete(self) -> bool:
        try:
            check_user_name(self.ui.userEdit.text().strip())
        except Exception:
            return False
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Passphrase"))
        self.ui = load_form(SetupPassphrasePageUi, self)
        self.ui.passEdit.textChanged.connect(self._strength)
        self.ui.passEdit.textChanged.connect(self.completeChanged)
        self.ui.againEdit.textChanged.connect(self.completeChanged)
        self._strength("")

    def _strength(self, text: str) -> None:
        score, hint = strength(text)
        self.ui.strengthBar.setValue(score)
        self.ui.strengthLabel.setText(self.tr(hint) if text else "")

    def isComplete(self) -> bool:
        text = self.ui.passEdit.text()
        return len(text) >= 8 and text == self.ui.againEdit.text()

    def validatePage(self) -> bool:
        """Create the workspace in the background, then move on to the recovery key."""
        if self.wizard_.workspace is not None:
            return True
        self.wizard_.create_workspace(self.ui.passEdit.text(), self._created, self._failed)
        self._busy(True)
        self.ui.errorLabel.setStyleSheet("")
        self.ui.errorLabel.setText(self.tr("Creating the encrypted workspace…"))
        return False

    def _busy(self, busy: bool) -> None:
        """While the workspace is made, nothing can be typed or clicked away."""
        self.setEnabled(not busy)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.wizard_.button(button).setEnabled(not busy)

    def _created(self) -> None:
        self._busy(False)
        self.ui.errorLabel.clear()
        self.ui.passEdit.clear()
        self.ui.againEdit.clear()
        self.wizard_.next()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: 600;")
        self.ui.errorLabel.setText(message)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Recovery key"))
        self.ui = load_form(SetupRecoveryPageUi, self)
        self.ui.printButton.clicked.connect(self.print_key)
        self.ui.pdfButton.clicked.connect(self.save_pdf)
        self.ui.keptCheck.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.ui.keyLabel.setText(key_lines(self.wizard_.recovery_key))
        # The workspace exists now: there is nothing left to cancel or go back to.
        self.wizard_.setOption(QWizard.WizardOption.NoCancelButton, True)

    def isComplete(self) -> bool:
        return self.ui.keptCheck.isChecked()

    def _document(self) -> QTextDocument:
        doc = QTextDocument()
        office = self.wizard_.office_name or ""
        doc.setHtml(
            "<h2>" + self.tr("Cooperation Desk — recovery key") + "</h2>"
            f"<p>{office}</p><p>" + self.tr("Workspace folder:") + f" {self.wizard_.folder}</p>"
            "<p style='font-family: monospace; font-size: 16pt'>"
            + key_lines(self.wizard_.recovery_key).replace("\n", "<br>")
            + "</p>"
            "<p>"
            + self.tr(
                "Keep this page in the office safe. With it, the workspace opens "
                "even if every passphrase is forgotten."
            )
            + "</p>"
            "<p>" + self.ui.useLabel.text() + "</p>"
        )
        return doc

    def print_key(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            self._document().print_(printer)

    def save_pdf(self) -> None:
        path = save_file_name(
            self,
            self.tr("Save the recovery key as PDF"),
            "coopdesk-recovery-key.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(path)
            printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
            self._document().print_(printer)


class SetupWizard(QWizard):
    """`workspace` holds the new, unlocked workspace once the wizard is accepted."""

    opens_the_workspace = True  # locking leaves it on screen (MainWindow._park_dialogs)

    def __init__(self, folder: Path, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.background = background
        self.workspace: Workspace | None = None
        self.recovery_key = ""
        self.office_name = ""
        self.setWindowTitle(self.tr("Cooperation Desk — New workspace"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.office = OfficePage(self)
        self.addPage(self.office)
        self.addPage(PassphrasePage(self))
        self.addPage(RecoveryPage(self))
        self.resize(640, 480)

    def create_workspace(
        self, passphrase: str, on_done: Callable[[], None], on_error: Callable[[str], None]
    ) -> None:
        ui = self.office.ui
        user = ui.userEdit.text().strip()
        settings = OfficeSettings(
            office_name=ui.officeEdit.text().strip(),
            place=ui.placeEdit.text().strip(),
            office_name_fr=ui.officeFrEdit.text().strip(),
            state_name=ui.stateNameEdit.text().strip(),
            state_name_fr=ui.stateNameFrEdit.text().strip(),
            place_fr=ui.placeFrEdit.text().strip(),
            country=ui.countryCombo.currentData() or "",
            subdivision=ui.subdivisionCombo.currentData() or "",
            host_country=ui.hostCombo.currentData() or "",
        )
        name, folder = ui.nameEdit.text().strip(), self.folder
        self.office_name = settings.office_name

        def created(result: tuple[Workspace, str]) -> None:
            self.workspace, self.recovery_key = result
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            on_done()

        self.background.run(
            lambda: Workspace.create(folder, user, passphrase, name, settings), created, on_error
        )

    def reject(self) -> None:
        if self.workspace is not None:  # created already: the key must not be skipped
            self.restart_to_recovery()
            return
        super().reject()

    def restart_to_recovery(self) -> None:
        while self.currentId() < 2:
            self.next()
