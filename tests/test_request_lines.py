"""The register's rows are read as lines, not whole requests: a line must say what the
whole request says, or the register would show a request other than the one it opens."""

from desktop.core.requests import RequestLine, draft_from_mapping
from desktop.services import browse, register
from tests.factories import request_row


def test_a_line_holds_what_the_request_holds(ws):
    numbers = [
        register.register(ws, draft_from_mapping(request_row(subject=f"Subject {n}"))).id
        for n in range(4)
    ]
    first, second, third, fourth = numbers
    # What a line must read like the record: a pause, an owner, a request registered before
    # the Court's closed days were kept (no deliver_on: the due date stands in).
    ws.store.conn.execute(
        "UPDATE requests SET paused_since = '2026-11-02', status = 'in_consultation', "
        "owner = ? WHERE id = ?",
        (ws.user, second),
    )
    ws.store.conn.execute("UPDATE requests SET deliver_on = NULL WHERE id = ?", (third,))

    asked = [fourth, 999_999, second, first, third]  # the register's order; an id since gone
    lines = browse.lines(ws, asked)
    records = browse.records(ws, asked)

    assert [line.id for line in lines] == [fourth, second, first, third]
    for line, record in zip(lines, records, strict=True):
        for name in RequestLine._fields:
            assert getattr(line, name) == getattr(record, name), name
    assert lines[1].paused_since is not None and lines[1].owner == ws.user
    assert lines[3].deliver_on == lines[3].due_on
    assert browse.lines(ws, []) == []
