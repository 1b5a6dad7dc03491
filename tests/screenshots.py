"""Screenshots of the real windows on the demo data, for docs/screenshots and for review.

    xvfb-run -s "-screen 0 1600x1000x24" python -m tests.screenshots docs/screenshots

Each screen is grabbed from the live widget after the event loop has painted it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.gui.app import Application
from desktop.services import demo
from desktop.services.workspace import Workspace


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="coopdesk-shots-")) / "demo"
    demo.ensure_demo_workspace(folder)
    QCoreApplication.setOrganizationName("CoopDeskScreenshots")
    qapp = QApplication([])
    app = Application(folder, "")
    window = app.window

    def shot(name: str, widget: QWidget | None = None) -> None:
        for _ in range(5):
            QApplication.processEvents()
        (widget or window).grab().save(str(out / f"{name}.png"))

    def wizard_shots(new_folder: Path) -> None:
        from PySide6.QtCore import QEventLoop

        from desktop.gui.setup_wizard import SetupWizard

        wizard = SetupWizard(new_folder, app.background, window)
        wizard.show()
        office = wizard.office.ui
        office.userEdit.setText("adiallo")
        office.nameEdit.setText("Aminata Diallo")
        office.officeEdit.setText("Embassy of the Republic of Testland")
        office.placeEdit.setText("The Hague")
        office.countryCombo.setCurrentIndex(office.countryCombo.findData("NL"))
        shot("wizard-office", wizard)
        wizard.next()
        page = wizard.currentPage()
        page.ui.passEdit.setText("seven green lanterns at dusk")
        page.ui.againEdit.setText("seven green lanterns at dusk")
        shot("wizard-passphrase", wizard)
        wait = QEventLoop()
        wizard.currentIdChanged.connect(lambda _id: wait.quit())
        wizard.next()
        wait.exec()
        shot("wizard-recovery", wizard)
        wizard.workspace.close()
        wizard.hide()

    def run() -> None:
        from desktop.gui.request_form import RequestFormDialog
        from desktop.gui.unlock_dialog import UnlockDialog

        wizard_shots(folder.parent / "new-office")
        window.resize(1280, 800)  # the default size: everything must fit here
        window.show()
        window.show_locked()
        dialog = UnlockDialog(folder, app.background, "", window)
        dialog.show()
        shot("unlock", dialog)
        dialog.close()
        app.session.open(Workspace.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE))
        shot("register")
        window.ui.tabs.setCurrentWidget(window.dashboard_page)
        shot("dashboard")
        model = window.register_page.model
        chosen = next(
            model.request_id(r)
            for r in range(model.rowCount())
            if model.record(r).status in ("in_progress", "awaiting_authority")
            and model.record(r).kind != "transit_transfer"
        )
        view = window.open_request(chosen)
        shot("request")
        view.ui.detailTabs.setCurrentWidget(view.ui.routingPage)
        shot("request-routing")
        view.ui.detailTabs.setCurrentWidget(view.ui.timelinePage)
        shot("request-timeline")
        transfer = next(
            model.request_id(r)
            for r in range(model.rowCount())
            if model.record(r).kind == "transit_transfer"
            and model.record(r).status not in ("executed", "closed")
        )
        transfer_view = window.open_request(transfer)
        transfer_view.ui.detailTabs.setCurrentWidget(transfer_view.checklist)
        shot("transfer")
        from desktop.gui.statistics_page import open_statistics

        open_statistics(window)
        shot("statistics")
        form = RequestFormDialog(app.session, parent=window)
        form.show()
        shot("new-request", form)
        form.close()
        calendar_shots(view)
        office_shots()
        app.session.lock()
        qapp.quit()

    def calendar_shots(view) -> None:
        """Settings → Calendars for Testland's embassy in The Hague, and a request due on a
        day the Court is closed (registered here, in the temporary demo copy)."""
        from desktop.core.requests import draft_from_mapping
        from desktop.gui.settings_dialog import SettingsDialog
        from desktop.services import register

        settings = SettingsDialog(app.session, window)
        settings.ui.tabs.setCurrentWidget(settings.ui.calendarsPage)
        ui = settings.ui
        ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("JO"))
        ui.hostCombo.setCurrentIndex(ui.hostCombo.findData("NL"))
        settings.show()
        shot("settings-calendars", settings)
        settings._submit()
        ws = app.session.ws
        record = register.register(
            ws,
            draft_from_mapping(
                {
                    "court_reference": "ICC-01/22-05/26-31",
                    "received_at": "2026-11-20T10:00:00",
                    "kind": "judicial_assistance",
                    "assistance_types": ["i"],
                    "requesting_organ": "OTP",
                    "channel": "diplomatic",
                    "confidentiality": "confidential",
                    "urgency": "routine",
                    "court_deadline": "2026-12-27",
                    "subject": "Records of the port authority",
                    "summary": "Copies of the port authority's registers for 2024.",
                    "persons": [],
                }
            ),
        )
        app.session.notify(record.id)
        window.open_request(record.id)
        shot("request-deliver-by")

    def office_shots() -> None:
        """The Offices page and a request received from the capital (in temporary copies)."""
        from tests.screenshot_offices import exchange_with_the_capital

        received = exchange_with_the_capital(app.session.ws, folder.parent)
        app.session.notify(0)
        window.show_offices()
        shot("offices")
        view = window.open_request(received)
        shot("request-from-office")
        view.ui.detailTabs.setCurrentWidget(view.ui.routingPage)
        shot("request-from-office-routing")
        from PySide6.QtCore import QEventLoop

        wait = QEventLoop()
        window.dashboard_page.refreshed.connect(wait.quit)
        window.ui.tabs.setCurrentWidget(window.dashboard_page)
        wait.exec()
        shot("dashboard-offices")

    QTimer.singleShot(200, run)
    qapp.exec()


if __name__ == "__main__":
    main()
