"""Screenshots of the real windows in French, on the demo data, to check the layout.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tests.screenshots_fr \\
        docs/screenshots [--lang fr] [--extra /tmp/more-shots]

Writes register-fr.png, request-fr.png (a request whose subject or persons are written
right to left, Arabic), new-request-fr.png, dashboard-fr.png, the half-done transfer's
request-checklist-fr.png and request-timeline-fr.png, settings-calendars-fr.png,
statistics-fr.png, offices-fr.png and request-from-office-fr.png; with --extra, also the
unlock dialog, the routing tab, the settings and the directory, for review only.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.gui import i18n
from desktop.gui.app import Application
from desktop.services import demo
from desktop.services.workspace import Workspace

RTL = re.compile("[\u0590-\u08ff]")
HALF_DONE_TRANSFER = "ICC-01/22-01/26-00417"  # services/checklist_demo.half_done_transfer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", default="fr", choices=i18n.LANGUAGES)
    parser.add_argument("--extra", help="folder for the other screens (review only)")
    parser.add_argument("--size", default="1440x880", help="main window size, WxH")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    extra = Path(args.extra) if args.extra else None
    if extra:
        extra.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="coopdesk-shots-"))
    folder = tmp / "demo"
    QCoreApplication.setOrganizationName("CoopDeskScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    qapp = QApplication([])
    applied = i18n.install_translators(qapp, args.lang)
    if applied != args.lang:
        raise SystemExit(f"the {args.lang} catalogue could not be loaded")
    demo.ensure_demo_workspace(folder)  # as `coopdesk --demo` does: in the chosen language
    app = Application(folder, "")
    window = app.window
    suffix = f"-{args.lang}"

    def shot(name: str, widget: QWidget | None = None, keep: bool = True) -> None:
        for _ in range(5):
            QApplication.processEvents()
            # Widgets replaced in code (the status buttons) go with deleteLater, which the
            # event loop would run right away; nested processEvents() leaves them painted.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        target = out if keep else extra
        if target is not None:
            (widget or window).grab().save(str(target / f"{name}{suffix}.png"))

    def run() -> None:
        from desktop.gui.request_form import RequestFormDialog
        from desktop.gui.settings_dialog import SettingsDialog
        from desktop.gui.unlock_dialog import UnlockDialog

        window.resize(*(int(n) for n in args.size.split("x")))
        window.show()
        app.session.locked.emit()
        dialog = UnlockDialog(folder, app.background, "", window)
        dialog.show()
        shot("unlock", dialog, keep=False)
        dialog.close()
        app.session.open(Workspace.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE))
        shot("register")
        window.register_page.ui.searchEdit.setText("الرشيدي")
        window.register_page.apply_filters()
        shot("register-search-rtl", keep=False)
        window.register_page.clear_filters()
        window.ui.tabs.setCurrentWidget(window.dashboard_page)
        shot("dashboard")
        model = window.register_page.model
        records = [model.record(r) for r in range(model.rowCount())]
        rtl = sorted(
            (r for r in records if RTL.search(r.subject + " ".join(r.persons))),
            key=lambda r: not RTL.search(r.subject),
        )  # Arabic subjects first
        chosen = next(
            (r for r in rtl if r.status in ("in_progress", "awaiting_authority")),
            rtl[0] if rtl else records[0],
        )
        view = window.open_request(chosen.id)
        shot("request")
        view.ui.detailTabs.setCurrentWidget(view.ui.routingPage)
        shot("request-routing", keep=False)
        transfers = [r for r in records if r.kind == "transit_transfer"]
        transfer = next(
            (r for r in transfers if r.court_reference == HALF_DONE_TRANSFER),
            transfers[0] if transfers else None,
        )
        if transfer is not None:
            other = window.open_request(transfer.id)
            for page in range(other.ui.detailTabs.count()):
                other.ui.detailTabs.setCurrentIndex(page)
                tab = other.ui.detailTabs.widget(page)
                kept = {
                    other.checklist: "request-checklist",
                    other.ui.timelinePage: "request-timeline",
                }.get(tab)
                shot(kept or f"transfer-tab-{page}", keep=bool(kept))
            window.ui.tabs.setCurrentWidget(view)
        form = RequestFormDialog(app.session, parent=window)
        form.show()
        shot("new-request", form)
        form.close()
        settings = SettingsDialog(app.session, window)
        settings.show()
        for page in range(settings.ui.tabs.count()) if hasattr(settings.ui, "tabs") else ():
            settings.ui.tabs.setCurrentIndex(page)
            shot(f"settings-{page}", settings, keep=False)
        ui = settings.ui  # Jordan's embassy in The Hague, as in the English screenshot
        ui.tabs.setCurrentWidget(ui.calendarsPage)
        ui.countryCombo.setCurrentIndex(ui.countryCombo.findData("JO"))
        ui.hostCombo.setCurrentIndex(ui.hostCombo.findData("NL"))
        shot("settings-calendars", settings)
        settings.close()
        window.show_directory()
        shot("directory", keep=False)
        from desktop.gui.statistics_page import open_statistics

        open_statistics(window)
        shot("statistics")
        from tests.screenshot_offices import exchange_with_the_capital

        received = exchange_with_the_capital(app.session.ws, folder.parent)
        app.session.notify(0)
        window.show_offices()
        shot("offices")
        window.open_request(received)
        shot("request-from-office")
        window.ui.tabs.setCurrentWidget(window.register_page)
        app.session.lock()
        qapp.quit()

    QTimer.singleShot(200, run)
    qapp.exec()


if __name__ == "__main__":
    main()
