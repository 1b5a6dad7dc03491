"""Exports leave a record; hostile values print as text; office templates are checked first."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from desktop.core.statuses import Status
from desktop.services import casefile, replies, workflow
from desktop.services.errors import Refused, UserFacingError
from desktop.storage.connection import DB_FILE
from tests.test_replies import (
    fitting,
    headers_and_footers,
    new,
    office_workspace,
    paragraphs,
)

HOSTILE = [
    "{{ 7*7 }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "</w:t></w:r></w:p><w:p><w:r><w:t>injected",
    "Smith & Sons <Ltd> \"quoted\" 'single'",
    "{_{ kept }_} {_% kept %_}",
    "حسن الرشيدي",
    "Marsk\u202eevil.exe",
]


@pytest.fixture
def office_ws(make_workspace):
    return office_workspace(make_workspace)


@pytest.fixture(scope="session")
def to_pdf(tmp_path_factory):
    """Convert .docx files with LibreOffice, in a profile of this session's own."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required to check Word exports in CI")
        pytest.skip("LibreOffice is not installed")
    profile = tmp_path_factory.mktemp("libreoffice-profile")

    def convert(files: list[Path], outdir: Path) -> list[Path]:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *(str(f) for f in files),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        return [outdir / f"{f.stem}.pdf" for f in files]

    return convert


# -- the record of an export -------------------------------------------------------------


def test_export_writes_the_file_and_keeps_it_with_the_request(office_ws, tmp_path):
    record = new(office_ws)
    target = replies.export_reply(
        office_ws, record, "acknowledgement", "fr", tmp_path / "accuse.docx"
    )
    data = target.read_bytes()
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    (attachment,) = office_ws.store.attachments(record.id)
    assert attachment["filename"] == "accuse.docx"
    assert office_ws.store.attachment_content(attachment["id"]) == data
    event = office_ws.store.events(record.id)[-1]
    assert event.action == "reply.exported"
    assert event.detail["template"] == "acknowledgement" and event.detail["lang"] == "fr"
    assert event.detail["attachment"] == attachment["id"]
    assert event.detail["sha256"] == attachment["sha256"]


def test_an_exported_reply_is_not_offered_again_as_a_document_to_transmit(office_ws, tmp_path):
    record = fitting(office_ws, "cover_note")
    replies.export_reply(office_ws, record, "acknowledgement", "en", tmp_path / "a.docx")
    fields = replies.default_fields(office_ws, record, "cover_note", "en")
    assert fields["documents"] == "Bank statements 2019-2024.pdf"


@pytest.mark.parametrize("level", ["under_seal", "ex_parte"])
def test_sealed_and_ex_parte_exports_need_confirmation(office_ws, tmp_path, level):
    record = new(office_ws, confidentiality=level)
    before = office_ws.store.events(record.id)
    with pytest.raises(replies.ConfirmationNeeded) as raised:
        replies.export_reply(office_ws, record, "acknowledgement", "en", tmp_path / "r.docx")
    assert isinstance(raised.value, UserFacingError)
    with pytest.raises(replies.ConfirmationNeeded):
        replies.export_case_summary(office_ws, record, tmp_path / "s.docx")
    assert not list(tmp_path.glob("*.docx"))
    assert office_ws.store.events(record.id) == before
    replies.export_reply(
        office_ws, record, "acknowledgement", "en", tmp_path / "r.docx", confirmed=True
    )
    marking = "UNDER SEAL" if level == "under_seal" else "EX PARTE"
    header, footer = headers_and_footers((tmp_path / "r.docx").read_bytes())
    assert marking in header and marking in footer


def test_a_failed_write_records_nothing(office_ws, tmp_path, monkeypatch):
    record = new(office_ws)
    before = office_ws.store.events(record.id)

    def disk_full(path, data, mode=0o600):
        raise OSError(28, "No space left on device")

    from desktop.services import exports

    monkeypatch.setattr(exports, "write_atomically", disk_full)
    with pytest.raises(Refused, match="No space left on device"):
        replies.export_reply(office_ws, record, "acknowledgement", "en", tmp_path / "r.docx")
    assert office_ws.store.attachments(record.id) == []
    assert office_ws.store.events(record.id) == before


def test_bad_targets_are_refused_before_anything_happens(office_ws, tmp_path):
    record = new(office_ws)
    with pytest.raises(Refused, match=r"\.docx"):
        replies.export_reply(office_ws, record, "acknowledgement", "en", tmp_path / "r.pdf")
    with pytest.raises(Refused, match="does not exist"):
        replies.export_reply(
            office_ws, record, "acknowledgement", "en", tmp_path / "nowhere" / "r.docx"
        )
    assert office_ws.store.attachments(record.id) == []


def test_a_refusal_is_not_exported_without_its_reasons(office_ws, tmp_path):
    record = fitting(office_ws, "refusal")
    with pytest.raises(Refused, match=r"93\(6\)"):
        replies.export_reply(
            office_ws, record, "refusal", "en", tmp_path / "r.docx", {"reasons": "  "}
        )
    replies.export_reply(office_ws, record, "refusal", "en", tmp_path / "r.docx")


# -- hostile values ----------------------------------------------------------------------


def test_hostile_values_come_out_literally(office_ws):
    record = new(
        office_ws,
        kind="emergency_visa",
        assistance_types=[],
        subject=" | ".join(HOSTILE),
        persons=HOSTILE[-2:],
    )
    plain = replies.render(office_ws, record, "visa_issued", "en", {"body": "plain"})
    hostile = replies.render(office_ws, record, "visa_issued", "en", {"body": "\n".join(HOSTILE)})
    text = paragraphs(hostile)
    joined = "\n".join(text)
    for value in HOSTILE[:-1]:
        assert value in joined
    assert "49" not in joined and "looploop" not in joined
    assert len(text) == len(paragraphs(plain))  # no paragraph was injected
    # The override is closed (U+202C) inside the value: the words after it stay in order.
    assert "Marsk\u202eevil.exe\u202c" in joined
    opening = next(p for p in text if "presents its compliments" in p)
    assert opening.endswith("حسن الرشيدي and Marsk\u202eevil.exe\u202c.")


def test_very_long_text_is_kept_whole(office_ws):
    record = new(office_ws)
    long_text = " ".join(f"word{i}" for i in range(3000))
    content = replies.render(office_ws, record, "acknowledgement", "en", {"body": long_text})
    assert long_text in paragraphs(content)


# -- the office's own templates ----------------------------------------------------------


def _docx(*lines: str, header: str | None = None) -> bytes:
    document = Document()
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_office_template_replaces_the_built_in_until_removed(office_ws):
    record = new(office_ws)
    mine = _docx("OUR LETTERHEAD", "{{ sender }} acknowledges {{ court_reference }}.")
    info = replies.add_user_template(
        office_ws, "acknowledgement", mine, "Acknowledgement (letterhead)", "en"
    )
    assert info.office_languages == ("en",) and info.title_en.endswith("(letterhead)")
    text = paragraphs(replies.render(office_ws, record, "acknowledgement", "en"))
    assert text[:2] == [
        "OUR LETTERHEAD",
        "The Embassy of the Republic of Testland acknowledges ICC-01/04-01/06-1234.",
    ]
    # The French version is still the built-in one.
    assert "NOTE VERBALE" in paragraphs(replies.render(office_ws, record, "acknowledgement", "fr"))
    replies.remove_user_template(office_ws, "acknowledgement", "en")
    assert "NOTE VERBALE" in paragraphs(replies.render(office_ws, record, "acknowledgement", "en"))
    actions = [e.action for e in office_ws.store.events() if e.request_id is None]
    assert actions[-2:] == ["template.added", "template.removed"]


def test_an_office_template_without_header_still_carries_the_classification(office_ws):
    record = new(office_ws, confidentiality="strictly_confidential")
    replies.add_user_template(office_ws, "plain-note", _docx("{{ subject }}"), "Plain", "fr")
    assert "plain-note" in [t.name for t in replies.templates_for(office_ws, record)]
    header, footer = headers_and_footers(replies.render(office_ws, record, "plain-note", "fr"))
    assert "STRICTEMENT CONFIDENTIEL" in header and "STRICTEMENT CONFIDENTIEL" in footer


def test_office_templates_are_stored_encrypted_only(office_ws, tmp_path):
    phrase = "Letterhead of the Testland Embassy, third floor"
    content = _docx(phrase)  # built once: a zip records the second it was written
    replies.add_user_template(office_ws, "visa-letter", content, "Visa letter", "en")
    folder = office_ws.folder
    assert {p.name for p in folder.iterdir()} <= {
        DB_FILE,
        f"{DB_FILE}-wal",
        f"{DB_FILE}-shm",
        "keys.json",
        "chain-head.json",
    }
    for path in folder.iterdir():
        assert phrase.encode() not in path.read_bytes()
    assert replies.template_content(office_ws, "visa-letter", "en") == content


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (("{{ court_refrence }}",), r"\{\{ court_refrence \}\}"),
        (("{% if urgent %}{{ other_name }}{% endif %}",), r"\{\{ urgent \}\}"),
        (("Dear {% if subject %} colleague",), r"paragraph 1 .*near \"Dear"),
        (("{{ ''.__class__.__mro__ }}",), "may not do"),
    ],
)
def test_a_broken_template_is_refused_with_the_placeholder_at_fault(office_ws, lines, message):
    with pytest.raises(replies.TemplateProblem, match=message):
        replies.add_user_template(office_ws, "broken", _docx(*lines), "Broken", "en")
    assert "broken" not in [t.name for t in replies.list_templates(office_ws)]


def test_a_file_that_is_not_word_is_refused(office_ws):
    with pytest.raises(replies.TemplateProblem, match="not a Word document"):
        replies.add_user_template(office_ws, "pdf", b"%PDF-1.4 not a docx", "PDF", "en")
    with pytest.raises(Refused, match="template name"):
        replies.add_user_template(office_ws, "../evil", _docx("x"), "Evil", "en")


# -- the case summary --------------------------------------------------------------------


def test_case_summary_holds_fields_routing_and_timeline(office_ws, tmp_path):
    record = fitting(office_ws, "partial_execution")
    casefile.add_note(office_ws, record, "Called the registry of the bank")
    target = replies.export_case_summary(office_ws, record, tmp_path / "summary.docx")
    document = Document(io.BytesIO(target.read_bytes()))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "ICC-01/04-01/06-1234" in cells and "Partially executed" in cells
    assert "Land and Company Registries" in cells and "land registry extracts" in cells
    assert "Called the registry of the bank" in cells
    assert "Status changed" in cells
    assert any("in_progress → partially_executed" in c for c in cells)
    header, footer = headers_and_footers(target.read_bytes())
    assert "CONFIDENTIAL" in header and "CONFIDENTIAL" in footer
    assert office_ws.store.events(record.id)[-1].action == "case_summary.exported"
    assert office_ws.store.attachments(record.id)[-1]["filename"] == "summary.docx"


# -- what LibreOffice makes of them ------------------------------------------------------


@pytest.mark.slow
def test_every_export_opens_in_libreoffice(office_ws, tmp_path, to_pdf):
    files = []
    for info in replies.list_templates(office_ws):
        record = fitting(office_ws, info.name)
        for lang in info.languages:
            files.append(
                replies.export_reply(
                    office_ws, record, info.name, lang, tmp_path / f"{info.name}.{lang}.docx"
                )
            )
    files.append(replies.export_case_summary(office_ws, record, tmp_path / "summary.docx"))
    for pdf in to_pdf(files, tmp_path):
        assert pdf.exists() and pdf.stat().st_size > 1000, pdf.name


def test_the_classification_is_on_every_page(office_ws, tmp_path, to_pdf):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    record = workflow.change_status(office_ws, new(office_ws), Status.IN_PROGRESS)
    body = "\n\n".join(" ".join(["lorem ipsum"] * 60) for _ in range(30))
    target = replies.export_reply(
        office_ws, record, "acknowledgement", "en", tmp_path / "long.docx", {"body": body}
    )
    (pdf,) = to_pdf([target], tmp_path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) >= 3
    for page in pages:
        assert page.count("CONFIDENTIAL") == 2  # header and footer
