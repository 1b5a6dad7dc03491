"""French below the interface: the core's sentences follow the language the GUI installs."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core import translation
from desktop.core.checklist_print import countdown_text
from desktop.core.checklist_progress import countdown
from desktop.core.deadlines import (
    DeadlineInputs,
    DeadlinePolicy,
    WorkingCalendar,
    compute_deadlines,
    routing_due,
)
from desktop.core.vocabulary import Kind
from tools import catalogue


def _deadlines(**inputs):
    return compute_deadlines(
        DeadlineInputs(received_on=date(2026, 11, 2), kind=Kind.JUDICIAL_ASSISTANCE, **inputs),
        DeadlinePolicy(),
        WorkingCalendar("NL"),
    )


def test_deadline_explanations_in_french_with_french_dates_and_plurals(french):
    due = _deadlines(court_deadline=date(2026, 12, 1), paused_days=1)
    assert due.final.explanation == (
        "Échéance fixée par la Cour au 1 déc. 2026, +1 jour de suspension pendant la "
        "consultation = 2 déc. 2026"
    )
    assert due.internal.explanation.endswith(", moins 5 jours ouvrables de marge = 25 nov. 2026")
    assert (
        due.acknowledgement.explanation == "Reçue le 2 nov. 2026 + 3 jours ouvrables = 5 nov. 2026"
    )
    default = _deadlines(paused_days=2).final.explanation
    assert default.startswith(
        "Pas d’échéance fixée par la Cour\u00a0: reçue le 2 nov. 2026 "
        "+ 30 jours (délai par défaut pour ce type), +2 jours de "
        "suspension"
    )
    christmas = routing_due(date(2026, 12, 29), DeadlinePolicy(), WorkingCalendar("NL"))
    assert christmas.explanation.startswith(
        "Échéance finale 29 déc. 2026 moins 5 jours ouvrables de marge, sans compter le jour "
        "férié du 25 déc. 2026"
    )


def test_english_is_unchanged_without_a_translator(monkeypatch):
    monkeypatch.setattr(translation, "_translator", None)
    monkeypatch.setattr(translation, "_date_format", None)
    due = _deadlines(court_deadline=date(2026, 12, 1), paused_days=1)
    assert due.final.explanation == (
        "Court deadline 1 Dec 2026, +1 day paused in consultation = 2 Dec 2026"
    )
    assert translation.translate("Deadlines", "Court deadline {0}") == "Court deadline {0}"


def test_countdown_in_french(french):
    left = countdown(datetime(2026, 12, 5, 9, 0), datetime(2026, 12, 1, 20, 43))
    assert countdown_text(left) == "dans 3 j 12 h 17 min"
    late = countdown(datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 1, 10, 30))
    assert countdown_text(late) == "dépassé depuis 0 j 1 h 30 min"


def test_a_count_lupdate_cannot_read_is_reported(tmp_path):
    core = tmp_path / "desktop" / "core"
    core.mkdir(parents=True)
    (tmp_path / "desktop" / "gui").mkdir()
    (tmp_path / "forms").mkdir()
    (core / "x.py").write_text(
        'translate("C", "%n days", None, policy.days)\ntranslate("C", "%n weeks", None, weeks)\n'
    )
    found = catalogue.dynamic_calls(tmp_path)
    assert len(found) == 1 and "policy.days" in found[0] and "plain name" in found[0]


def test_country_names_come_from_cldr_in_the_interface_language(qtbot, french, ws):
    from desktop.core.countries import country_name, holiday_countries
    from desktop.gui.session import Session
    from desktop.gui.settings_dialog import SettingsDialog

    assert country_name("NL", "fr") == "Pays-Bas" and country_name("NL") == "Netherlands"
    assert country_name("CI", "fr") == "Côte d’Ivoire"
    names = [name for name, _code in holiday_countries("fr")]
    assert names.index("Égypte") < names.index("Espagne") < names.index("Finlande")
    session = Session()
    session.open(ws)
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    combo = dialog.ui.countryCombo
    assert combo.currentText() == "Pays-Bas (NL)"
    assert combo.findText("Allemagne (DE)") > 0


def test_shipped_checklists_carry_french_titles_in_french_typography():
    from desktop.core.checklists import template_from_json, template_to_dict
    from desktop.paths import resources_dir

    files = sorted((resources_dir() / "checklists").glob("*.json"))
    assert len(files) == 7
    for path in files:
        template = template_from_json(path.read_text(encoding="utf-8"), path.name)
        titles = [
            template.title_fr,
            *(p.title_fr for p in template.phases),
            *(s.title_fr for s in template.steps),
        ]
        assert all(titles), f"{path.name}: a title without its French"
        for text in titles:
            assert "'" not in text and " :" not in text and " ;" not in text, text
        assert template_to_dict(template)["steps"][0]["title_fr"] == template.steps[0].title_fr


def test_a_french_office_gets_its_checklists_in_french(make_workspace, monkeypatch):
    from desktop.core.requests import draft_from_mapping
    from desktop.services import checklists, register
    from tests.conftest import request_row

    monkeypatch.setattr(translation, "_language", "")  # no interface: the workspace decides
    ws, _ = make_workspace(language="fr")
    record = register.register(
        ws, draft_from_mapping(request_row(kind="transit_transfer", assistance_types=[]))
    )
    view = checklists.view(ws, record)
    checklist = view.checklists[0]
    assert checklist.title == "Transfèrement d’une personne au siège de la Cour"
    assert [title for title, _steps in checklist.by_phase()][:2] == [
        "Procédure judiciaire",
        "Santé et documents",
    ]
    assert view.steps[0].title == "Identité de la personne confirmée"


def test_the_english_case_summary_stays_english_in_a_french_interface(french, ws, tmp_path):
    from docx import Document

    from desktop.core.requests import draft_from_mapping
    from desktop.services import register, replies
    from tests.conftest import request_row

    record = register.register(ws, draft_from_mapping(request_row(court_deadline="2026-12-01")))
    assert register.deadlines_for(ws, record).final.explanation.startswith("Échéance fixée")
    path = replies.export_case_summary(ws, record, tmp_path / "case.docx", confirmed=True)
    document = Document(str(path))
    text = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "Court deadline 1 Dec 2026" in text and "Échéance" not in text
    assert translation.language() == "fr"  # the interface is still French afterwards


def test_checklist_due_explanations_in_french(french):
    from desktop.core.checklist_progress import KeyDates, compute_due
    from desktop.core.checklists import DueRule, KeyDate

    nl = WorkingCalendar("NL")
    no_plan = KeyDates(received=date(2026, 11, 2), final_due=date(2026, 12, 15))
    assert compute_due(DueRule(KeyDate.PLANNED_TRANSFER, -5), no_plan, {}, nl).explanation == (
        "À faire 5 jours ouvrables avant le transfèrement prévu, une fois la date du "
        "transfèrement fixée"
    )
    rule = DueRule("step:person_arrested", 60, calendar_days=True)
    arrested = {"person_arrested": ("Personne arrêtée", date(2026, 11, 3))}
    assert compute_due(rule, no_plan, arrested, nl).explanation == (
        "«\u00a0Personne arrêtée\u00a0» faite le 3 nov. 2026 + 60 jours = 2 janv. 2027"
    )
    receipt = compute_due(DueRule(KeyDate.RECEIVED, 1), no_plan, {}, nl)
    assert receipt.explanation == "Reçue le 2 nov. 2026 + 1 jour ouvrable = 3 nov. 2026"


def test_english_singular_and_plural_without_a_translator(monkeypatch):
    from desktop.core.checklist_progress import KeyDates, compute_due
    from desktop.core.checklists import DueRule, KeyDate

    monkeypatch.setattr(translation, "_translator", None)
    monkeypatch.setattr(translation, "_date_format", None)
    dates = KeyDates(received=date(2026, 11, 2), final_due=date(2026, 12, 15))
    due = compute_due(DueRule(KeyDate.RECEIVED, 1), dates, {}, WorkingCalendar("NL"))
    assert due.explanation == "Received 2 Nov 2026 + 1 working day = 3 Nov 2026"
