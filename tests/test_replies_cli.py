"""coopdesk-cli reply, templates and case-summary, end to end."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document

from tests.factories import request_row


@pytest.fixture
def cli(run_cli, tmp_path):
    run = run_cli

    assert run("init", "--office", "Embassy of Testland", "--place", "The Hague")[0] == 0
    rows = tmp_path / "requests.json"
    rows.write_text(
        json.dumps(
            [
                request_row(),
                request_row(
                    court_reference="ICC-2", confidentiality="ex_parte", subject="Ex parte request"
                ),
            ]
        )
    )
    assert run("import", str(rows))[0] == 0
    return run


def test_reply_is_written_and_recorded(cli, tmp_path):
    target = tmp_path / "nv.docx"
    code, out, err = cli(
        "reply",
        "CD-2026-0001",
        "--template",
        "acknowledgement",
        "--lang",
        "fr",
        "--out",
        str(target),
        "--set",
        "our_reference=NV 12/2026",
        "--json",
        "--force",
    )
    assert code == 0, err
    assert json.loads(out)["lang"] == "fr"
    text = [p.text for p in Document(io.BytesIO(target.read_bytes())).paragraphs]
    assert "N° NV 12/2026" in text
    _code, out, _ = cli("show", "CD-2026-0001", "--json")
    shown = json.loads(out)
    assert shown["timeline"][-1]["action"] == "reply.exported"
    assert shown["attachments"][-1]["filename"] == "nv.docx"


def test_french_letter_is_refused_while_the_office_has_no_french_names(cli, tmp_path):
    target = tmp_path / "nv.docx"
    code, _, err = cli(
        "reply",
        "CD-2026-0001",
        "--template",
        "acknowledgement",
        "--lang",
        "fr",
        "--out",
        str(target),
    )
    assert code == 1 and not target.exists()
    assert err.strip() == (
        "The letter in 'fr' needs the office's name or the State's name in French and the "
        "place in French: fill them in the office's settings (Tools → Settings in the app). "
        "Or add --force to write it all the same."
    )
    assert (
        cli(
            "reply",
            "CD-2026-0001",
            "--template",
            "acknowledgement",
            "--lang",
            "en",
            "--out",
            str(target),
        )[0]
        == 0
    )  # the English names are there


def test_ex_parte_needs_confirm(cli, tmp_path):
    target = tmp_path / "nv.docx"
    code, _, err = cli(
        "reply", "CD-2026-0002", "--template", "acknowledgement", "--out", str(target)
    )
    assert code == 1 and "--confirm" in err and "ex parte" in err
    assert not target.exists()
    assert (
        cli(
            "reply",
            "CD-2026-0002",
            "--template",
            "acknowledgement",
            "--out",
            str(target),
            "--confirm",
        )[0]
        == 0
    )
    assert target.exists()


def test_templates_list_copy_add_and_preview(cli, tmp_path):
    code, out, _ = cli("templates", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 11
    code, out, _ = cli("templates", "list", "--ref", "CD-2026-0001", "--json")
    assert "acknowledgement" in {t["name"] for t in json.loads(out)}
    copy = tmp_path / "ack.docx"
    assert cli("templates", "copy", "acknowledgement", "--lang", "en", "--out", str(copy))[0] == 0
    assert (
        cli(
            "templates",
            "add",
            "acknowledgement",
            "--lang",
            "en",
            "--file",
            str(copy),
            "--title",
            "Acknowledgement (ours)",
        )[0]
        == 0
    )
    code, out, _ = cli("templates", "list", "--json")
    ours = next(t for t in json.loads(out) if t["name"] == "acknowledgement")
    assert ours["office"] == "en" and ours["title"] == "Acknowledgement (ours)"
    code, out, _ = cli("reply", "CD-2026-0001", "--template", "acknowledgement", "--preview")
    assert code == 0 and "has the honour to acknowledge receipt" in out


def test_unknown_template_and_case_summary(cli, tmp_path):
    code, _, err = cli(
        "reply", "CD-2026-0001", "--template", "thanks", "--out", str(tmp_path / "x.docx")
    )
    assert code == 1 and "no reply template 'thanks'" in err
    target = tmp_path / "summary.docx"
    assert cli("case-summary", "CD-2026-0001", "--out", str(target))[0] == 0
    title = Document(io.BytesIO(target.read_bytes())).paragraphs[0].text
    assert title == "Case summary – CD-2026-0001"


def test_reply_refuses_a_template_that_does_not_fit_unless_forced(cli, tmp_path):
    target = tmp_path / "report.docx"
    code, _, err = cli(
        "reply", "CD-2026-0001", "--template", "execution_report", "--out", str(target)
    )
    assert code == 1 and "answers a request that is executed" in err and "--force" in err
    assert len(err.strip().splitlines()) == 1 and not target.exists()
    code, _, err = cli(
        "reply", "CD-2026-0001", "--template", "execution_report", "--out", str(target), "--force"
    )
    assert code == 0, err
    _code, out, _ = cli("show", "CD-2026-0001", "--json")
    assert "forced" in json.loads(out)["timeline"][-1]["detail"]
