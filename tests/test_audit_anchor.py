"""Word exports carry the audit chain's head, so a later verify can prove nothing was cut."""

from docx import Document

from desktop.core.requests import draft_from_mapping
from desktop.services import audit, register, replies
from tests.factories import request_row


def test_case_summary_footer_and_reply_properties_anchor_the_chain(ws, tmp_path):
    record = register.register(ws, draft_from_mapping(request_row()))
    summary = replies.export_case_summary(ws, record, tmp_path / "summary.docx")
    seq, _head = audit.chain_head(ws)
    footer = "\n".join(p.text for p in Document(str(summary)).sections[0].footer.paragraphs)
    # The export itself appends entries after rendering: the footer names an earlier head.
    assert "Audit chain: seq" in footer
    printed = footer.split("Audit chain: seq ")[1].split("…")[0]  # "N, head abcd..."
    number, short_hash = printed.split(", head ")
    anchor = audit.parse_anchor(f"{number}:{short_hash}")
    assert anchor[0] < seq
    assert audit.verify(ws, anchor).ok
    reply = replies.export_reply(ws, record, "acknowledgement", "en", tmp_path / "r.docx")
    assert Document(str(reply)).core_properties.comments.startswith("Audit chain: seq")
