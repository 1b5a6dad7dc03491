"""Replies to the Court: every template filled in both languages, read back from Word."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from docx import Document

from desktop.core.requests import draft_from_mapping
from desktop.core.statuses import Status
from desktop.services import casefile, register, replies, workflow
from desktop.services.errors import Refused
from desktop.services.replies.catalogue import BUILT_IN
from desktop.services.replies.language import format_date, fr_of, fr_to
from tests.factories import request_row

OFFICE = {
    "office_name": "Embassy of the Republic of Testland",
    "office_address": "Lange Voorhout 1, 2514 EA The Hague",
    "place": "The Hague",
    "place_fr": "La Haye",
    "state_name": "the Republic of Testland",
    "state_name_fr": "la République de Testland",
    "office_name_fr": "Ambassade de la République de Testland",
}
# What each language prints for the fixed dates of request_row() and the test clock.
DATES = {
    "en": {"received": "2 November 2026", "today": "25 November 2026"},
    "fr": {"received": "2 novembre 2026", "today": "25 novembre 2026"},
}
FORMULAS = {
    "en": (
        "The Embassy of the Republic of Testland presents its compliments to the "
        "Office of the Prosecutor of the International Criminal Court",
        "avails itself of this opportunity to renew to the Office of the Prosecutor of "
        "the International Criminal Court the assurances of its highest consideration.",
    ),
    "fr": (
        "L’Ambassade de la République de Testland présente ses compliments au Bureau du "
        "Procureur de la Cour pénale internationale",
        "saisit cette occasion pour renouveler au Bureau du Procureur de la Cour pénale "
        "internationale les assurances de sa très haute considération.",
    ),
}
MARKING = {"en": "CONFIDENTIAL", "fr": "CONFIDENTIEL"}


def office_workspace(make_workspace):
    """A workspace whose settings name the office in both languages."""
    ws, _ = make_workspace(**{k: v for k, v in OFFICE.items() if k != "office_name"})
    settings = ws.settings
    settings.office_name = OFFICE["office_name"]
    ws.replace_settings(settings)
    return ws


@pytest.fixture
def office_ws(make_workspace):
    return office_workspace(make_workspace)


def new(ws, **fields):
    return register.register(ws, draft_from_mapping(request_row(**fields)))


def fitting(ws, template: str):
    """A request in the kind and status that template answers."""
    if template == "transit":
        return new(
            ws, kind="transit_transfer", assistance_types=[], subject="Transit of Ilyan Marsk"
        )
    if template == "visa_issued":
        return new(
            ws,
            kind="emergency_visa",
            assistance_types=[],
            persons=["Witness P-0457"],
            subject="Visa for a witness",
        )
    if template == "assets":
        return new(ws, kind="asset_freezing", assistance_types=["k"])
    record = new(ws)
    if template in ("execution_report", "partial_execution", "routing_memo"):
        step = workflow.route(ws, record, "Ministry of Justice", part="bank records")
        record = register.by_id(ws, record.id)
        if template == "execution_report":
            workflow.mark_answered(ws, step, "Records of three accounts provided")
            record = workflow.change_status(ws, record, Status.EXECUTED)
        elif template == "partial_execution":
            workflow.mark_answered(ws, step, "Records of three accounts provided")
            workflow.route(
                ws,
                record,
                "Land and Company Registries",
                date(2026, 12, 10),
                "land registry extracts",
            )
            record = workflow.change_status(
                ws,
                register.by_id(ws, record.id),
                Status.PARTIALLY_EXECUTED,
                "Bank records received; land registry pending.",
            )
    elif template == "clarification":
        record = workflow.change_status(
            ws,
            record,
            Status.IN_CONSULTATION,
            "The address given for Ilyan Marsk does not exist.",
            "art97",
        )
    elif template == "postponement":
        record = workflow.change_status(
            ws,
            record,
            Status.POSTPONED,
            "A national investigation into the same accounts is under way.",
            "art94",
        )
    elif template == "refusal":
        record = workflow.change_status(
            ws, record, Status.REFUSED, "The records concern an intelligence service.", "art93_4"
        )
    elif template == "cover_note":
        casefile.attach_bytes(ws, record, "Bank statements 2019-2024.pdf", b"%PDF-1.4 x")
    return record


def paragraphs(content: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(content)).paragraphs]


def part_texts(content: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        return {
            name: package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.endswith(".xml")
        }


def headers_and_footers(content: bytes) -> tuple[list[str], list[str]]:
    document = Document(io.BytesIO(content))
    section = document.sections[0]
    return (
        [p.text for p in section.header.paragraphs],
        [p.text for p in section.footer.paragraphs],
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("template", [t.name for t in BUILT_IN])
def test_every_template_fills_in_both_languages(office_ws, template, lang):
    ws = office_ws
    record = fitting(ws, template)
    assert template in [t.name for t in replies.templates_for(ws, record)]
    content = replies.render(ws, record, template, lang)

    for name, xml in part_texts(content).items():
        assert "{{" not in xml and "{%" not in xml and "}}" not in xml, name
    text = paragraphs(content)
    joined = replies.preview_text(content)  # tables included
    assert record.registry_no in joined
    assert record.court_reference in joined
    assert DATES[lang]["today"] in joined
    header, footer = headers_and_footers(content)
    assert MARKING[lang] in header and MARKING[lang] in footer

    if template == "routing_memo":
        assert ("MEMORANDUM" if lang == "en" else "NOTE INTERNE") in text
        assert "Alice Martin" in text  # signed by the user
        assert DATES[lang]["received"] in joined
        return
    opening = next(i for i, p in enumerate(text) if p.startswith(FORMULAS[lang][0]))
    closing = next(i for i, p in enumerate(text) if p.endswith(FORMULAS[lang][1]))
    assert opening < closing
    assert DATES[lang]["received"] in text[opening]
    assert f"No. {record.registry_no}" in text or f"N° {record.registry_no}" in text
    place_date = "The Hague, 25 November 2026" if lang == "en" else "La Haye, le 25 novembre 2026"
    assert text.index(place_date) > closing  # place and date under the close, seal below


def _between(text: list[str], start: str, end: str) -> list[str]:
    first = next(i for i, p in enumerate(text) if start in p)
    last = next(i for i, p in enumerate(text) if end in p)
    return text[first + 1 : last]


def test_refusal_gives_the_reasons_after_the_art_93_6_sentence(office_ws):
    record = fitting(office_ws, "refusal")
    text = paragraphs(replies.render(office_ws, record, "refusal", "en"))
    assert (
        "in accordance with article 93, paragraph 4"
        in text[text.index(next(p for p in text if p.startswith(FORMULAS["en"][0])))]
    )
    assert _between(
        text, "the reasons for the denial are as follows", "remains at the Court’s disposal"
    ) == ["The records concern an intelligence service."]


def test_clarification_lists_what_the_completeness_check_found_missing(office_ws):
    record = fitting(office_ws, "clarification")
    fields = replies.default_fields(office_ws, record, "clarification", "fr")
    assert fields["points"].splitlines()[0] == (
        "1. Un exposé succinct des faits essentiels qui justifient la demande "
        "(art. 96, par. 2, al. c))"
    )
    assert (
        fields["points"]
        .splitlines()[-1]
        .endswith("The address given for Ilyan Marsk does not exist.")
    )
    text = paragraphs(replies.render(office_ws, record, "clarification", "en"))
    points = _between(text, "on the following points", "would be grateful")
    assert points[0] == (
        "1. A concise statement of the essential facts underlying the request (art. 96(2)(c))"
    )
    assert len(points) == 5  # four missing elements and the reason for consulting


def test_partial_execution_says_what_was_done_what_remains_and_when(office_ws):
    record = fitting(office_ws, "partial_execution")
    text = paragraphs(replies.render(office_ws, record, "partial_execution", "fr"))
    assert _between(text, "ont exécuté ce qui suit", "Il reste à exécuter") == [
        "Ministry of Justice: Records of three accounts provided"
    ]
    assert _between(text, "Il reste à exécuter", "prévoit de transmettre") == [
        "land registry extracts (Land and Company Registries)"
    ]
    assert any("d’ici le 10 décembre 2026" in p for p in text)


def test_postponement_names_article_95_when_that_is_the_ground(office_ws):
    record = workflow.change_status(
        office_ws, new(office_ws), Status.POSTPONED, "Admissibility challenge pending", "art95"
    )
    joined = "\n".join(paragraphs(replies.render(office_ws, record, "postponement", "en")))
    assert "in accordance with article 95 of the Rome Statute" in joined
    assert "article 94" not in joined


def test_only_fitting_templates_are_offered(office_ws):
    received = new(office_ws)
    names = {t.name for t in replies.templates_for(office_ws, received)}
    assert {"acknowledgement", "clarification", "cover_note", "routing_memo"} <= names
    assert not names & {"execution_report", "refusal", "transit", "visa_issued", "assets"}
    executed = fitting(office_ws, "execution_report")
    names = {t.name for t in replies.templates_for(office_ws, executed)}
    assert "execution_report" in names and "acknowledgement" not in names


def test_default_fields_are_those_the_template_prints(office_ws):
    record = fitting(office_ws, "refusal")
    fields = replies.default_fields(office_ws, record, "refusal", "en")
    assert fields["reasons"] == "The records concern an intelligence service."
    assert fields["recipient"] == (
        "the Office of the Prosecutor of the International Criminal Court"
    )
    assert "points" not in fields and "documents" not in fields
    assert set(fields) <= set(replies.EDITABLE)


def test_overrides_change_the_text_and_unknown_fields_are_refused(office_ws):
    record = new(office_ws, requesting_organ="Registry")
    content = replies.render(
        office_ws,
        record,
        "acknowledgement",
        "fr",
        {
            "recipient": "la Présidence de la Cour pénale internationale",
            "our_reference": "NV 123/2026",
        },
    )
    text = paragraphs(content)
    assert any("compliments à la Présidence de la Cour" in p for p in text)
    assert "N° NV 123/2026" in text
    with pytest.raises(Refused, match="'registry_no' is not a field"):
        replies.render(office_ws, record, "acknowledgement", "en", {"registry_no": "x"})


def test_blank_lines_make_paragraphs_and_lists_one_per_line(office_ws):
    record = fitting(office_ws, "cover_note")
    text = paragraphs(
        replies.render(
            office_ws,
            record,
            "cover_note",
            "en",
            {"documents": "Annex A\n\nAnnex B\n", "body": "First paragraph.\n\nSecond one."},
        )
    )
    assert _between(text, "the following documents", "acknowledge receipt") == [
        "Annex A",
        "Annex B",
    ]
    assert "First paragraph." in text and "Second one." in text


def test_dates_are_written_out_per_language_without_the_locale():
    assert format_date(date(2026, 12, 15), "en") == "15 December 2026"
    assert format_date(date(2026, 12, 15), "fr") == "15 décembre 2026"
    assert format_date(date(2027, 2, 1), "fr") == "1er février 2027"
    assert format_date(date(2027, 8, 1), "en") == "1 August 2027"


def test_french_contractions():
    assert fr_to("le Greffe") == "au Greffe"
    assert fr_to("la Présidence") == "à la Présidence"
    assert fr_to("l’Ouganda") == "à l’Ouganda"
    assert fr_to("les Chambres") == "aux Chambres"
    assert fr_of("le Royaume de Testland") == "du Royaume de Testland"
    assert fr_of("les Pays-Bas") == "des Pays-Bas"
    assert fr_of("Italie") == "d’Italie"
    assert fr_of("Malte") == "de Malte"


def test_ministry_sender_without_office_name(make_workspace):
    ws, _ = make_workspace(
        sender_kind="ministry",
        state_name="the Kingdom of Testland",
        state_name_fr="le Royaume de Testland",
    )
    settings = ws.settings
    settings.office_name = ""
    ws.replace_settings(settings)
    record = new(ws)
    assert replies.default_fields(ws, record, "acknowledgement", "fr")["sender"] == (
        "Le Ministère des Affaires étrangères du Royaume de Testland"
    )
    assert replies.default_fields(ws, record, "acknowledgement", "en")["sender"] == (
        "The Ministry of Foreign Affairs of the Kingdom of Testland"
    )


def test_preview_text_reads_the_filled_reply(office_ws):
    record = new(office_ws)
    text = replies.preview_text(replies.render(office_ws, record, "acknowledgement", "en"))
    assert text.startswith("CONFIDENTIAL\n")
    assert "NOTE VERBALE" in text and "acknowledge receipt of that request." in text


@pytest.mark.slow
def test_built_in_templates_are_what_the_build_script_makes():
    """The committed .docx files are generated: edit the script, not the files."""
    import importlib.util

    from desktop.paths import resources_dir

    folder = resources_dir() / "templates"
    spec = importlib.util.spec_from_file_location("build_templates", folder / "build_templates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    assert sorted(built) == sorted(p.name for p in folder.glob("*.docx"))
    for name, content in built.items():
        with (
            zipfile.ZipFile(io.BytesIO(content)) as fresh,
            zipfile.ZipFile(folder / name) as committed,
        ):
            assert fresh.namelist() == committed.namelist(), name
            for member in fresh.namelist():
                assert fresh.read(member) == committed.read(member), f"{name}: {member}"


def test_the_acknowledgement_says_transmitted_only_once_routed(office_ws):
    from desktop.services import workflow

    record = new(office_ws)
    for lang, claim, promise in (
        ("en", "has been transmitted", "will be transmitted"),
        ("fr", "a été transmise", "sera transmise"),
    ):
        text = replies.preview_text(replies.render(office_ws, record, "acknowledgement", lang))
        assert promise in text and claim not in text
    workflow.route(office_ws, record, "Ministry of Justice")
    record = register.get(office_ws, record.registry_no)
    text = replies.preview_text(replies.render(office_ws, record, "acknowledgement", "en"))
    assert "has been transmitted to the competent national authorities" in text


def test_a_reply_that_does_not_fit_is_refused_unless_forced(office_ws, tmp_path):
    record = new(office_ws)  # just received
    with pytest.raises(replies.DoesNotFit, match="'refusal' answers a request that is refused"):
        replies.export_reply(office_ws, record, "refusal", "en", tmp_path / "r.docx")
    with pytest.raises(replies.DoesNotFit, match="is for a request of the kind emergency visa"):
        replies.export_reply(office_ws, record, "visa_issued", "en", tmp_path / "v.docx")
    assert not (tmp_path / "r.docx").exists()
    replies.export_reply(
        office_ws,
        record,
        "refusal",
        "en",
        tmp_path / "r.docx",
        {"reasons": "National security (art. 72)."},
        force=True,
    )
    event = office_ws.store.events(record.id)[-1]
    assert event.action == "reply.exported" and "refused" in event.detail["forced"]
