"""Hostile input: import files, the search box, attachment names, oversized attachments.

Whatever arrives, the answer is a result or a plain refusal (a UserFacingError), never a
crash, a path outside the target folder, or a file read whole into memory.
"""

from __future__ import annotations

import builtins
import json
import os
import re
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.filters import RequestFilter
from desktop.core.requests import IMPORT_FIELDS, draft_from_mapping
from desktop.services import casefile, importing, queries, register
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage import keys as keymod
from desktop.storage.fts import to_match_query
from tests.factories import PASSPHRASE, request_row

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40)
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)
field_names = st.one_of(st.sampled_from(IMPORT_FIELDS), st.text(max_size=12))
rows = st.lists(st.dictionaries(field_names, values, max_size=12), max_size=6)


def _mutated_rows():
    """Valid rows with some fields replaced by anything: the near misses that matter."""
    return st.lists(
        st.dictionaries(st.sampled_from(IMPORT_FIELDS), values, max_size=4).map(
            lambda changes: request_row(**changes)
        ),
        min_size=1,
        max_size=4,
    )


@SETTINGS
@given(st.one_of(rows, _mutated_rows()))
def test_import_rows_are_accepted_or_refused_whole(candidate):
    try:
        drafts = importing.validate_rows(candidate)
    except importing.ImportRefused as exc:
        assert exc.problems and all(p.startswith("row ") for p in exc.problems)
    else:
        assert len(drafts) == len(candidate)


@SETTINGS
@given(
    content=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: t.encode("utf-8")),
        rows.map(lambda r: json.dumps(r, default=str).encode()),
    ),
    suffix=st.sampled_from([".json", ".csv", ".txt"]),
)
def test_import_files_are_accepted_or_refused(tmp_path_factory, content, suffix):
    path = tmp_path_factory.mktemp("import") / f"requests{suffix}"
    path.write_bytes(content)
    try:
        importing.parse_file(path)
    except importing.ImportRefused as exc:
        assert str(exc)


class Opened:
    """Holds the workspace for @given tests: hypothesis prints a failing test's arguments,
    and for a dataclass such as Workspace that means every field, the data key included."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def __repr__(self) -> str:
        return "Opened(<workspace>)"


@pytest.fixture(scope="module")
def search_ws(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search") / "ws"
    saved, keymod.SCRYPT_N = keymod.SCRYPT_N, 2**10
    try:
        ws, _ = Workspace.create(folder, "alice", PASSPHRASE)
    finally:
        keymod.SCRYPT_N = saved
    register.register_many(
        ws,
        [
            draft_from_mapping(
                request_row(court_reference=f"ICC-{n}", subject=subject, summary="", persons=[])
            )
            for n, subject in enumerate(
                [
                    'Bank records "AND" NEAR(Marchetti) col:value',
                    "Émergency visa for Zoë",
                    "Witness P-0457 relocation (7 persons)",
                    "حسن الرشيدي asset freeze",
                ]
            )
        ],
    )
    yield Opened(ws)
    ws.close()


search_text = st.one_of(
    st.text(max_size=60),
    st.lists(
        st.sampled_from(
            [
                '"',
                "'",
                "(",
                ")",
                "*",
                "^",
                ":",
                "-",
                "+",
                "AND",
                "OR",
                "NOT",
                "NEAR",
                "NEAR(",
                "col:",
                "{",
                "}",
                "\x00",
                "\u202e",
                "bank",
                "visa",
                "é",
                "e\u0301",
                " ",
            ]
        ),
        max_size=12,
    ).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=search_text)
def test_any_search_text_is_a_valid_query(search_ws, text):
    match = to_match_query(text)
    assert match is None or match.strip()
    found = queries.list_requests(search_ws.ws, RequestFilter(search=text))
    assert isinstance(found, list)


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(
        [
            "bank",
            "BANK",
            "zoe",
            "Zoë",
            "emergency",
            "near",
            "and",
            "marchetti",
            "P-0457",
            "الرشيدي",
            "col:value",
        ]
    ),
    noise=st.sampled_from(["", " ", "  \t", '"', "("]),
)
def test_searched_words_are_text_not_syntax(search_ws, word, noise):
    found = queries.list_requests(search_ws.ws, RequestFilter(search=noise + word + noise))
    assert len(found) == 1, [r.subject for r in found]


RESERVED = [
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "COM1",
    "COM9",
    "LPT1",
    "LPT9",
    "con",
    "Nul",
    "COM\u00b9",
    "CONIN$",
]
hostile_names = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            [
                "..",
                ".",
                "/",
                "\\",
                "C:",
                "\u202e",
                "\u202d",
                "\u2066",
                "\u200f",
                "\x00",
                "\n",
                " ",
                "exe",
                "pdf",
                "gpj",
                "é",
                "𝔘",
                "a" * 90,
                "名" * 40,
                "?",
                "*",
                "<",
                ">",
                "|",
                '"',
                *RESERVED,
            ]
        ),
        max_size=14,
    ).map("".join),
    st.tuples(st.sampled_from(RESERVED), st.sampled_from(["", ".txt", ".tar.gz", " .pdf"])).map(
        "".join
    ),
)


@settings(max_examples=400, deadline=None)
@given(name=hostile_names)
def test_attachment_names_are_safe_everywhere(tmp_path_factory, name):
    safe = casefile.safe_attachment_name(name)
    assert safe and len(safe.encode("utf-8")) <= 255
    assert "/" not in safe and "\\" not in safe and safe not in {".", ".."}
    assert not set(safe) & set('<>:"|?*')
    assert safe == safe.strip(" .")
    assert all(unicodedata.category(ch) not in {"Cc", "Cf"} for ch in safe)
    assert safe.split(".", 1)[0].rstrip(" ").upper() not in {r.upper() for r in RESERVED} | {
        "CONOUT$"
    }
    assert casefile.safe_attachment_name(safe) == safe
    folder = tmp_path_factory.mktemp("save")
    target = folder / safe
    target.write_bytes(b"x")  # saving under that name lands in the folder, nowhere else
    assert target.resolve().parent == folder.resolve()


def test_attachment_names_keep_what_can_be_kept():
    assert casefile.safe_attachment_name("../../etc/passwd") == "passwd"
    assert casefile.safe_attachment_name("invoice\u202efdp.exe") == "invoicefdp.exe"
    assert casefile.safe_attachment_name("CON.txt") == "_CON.txt"
    assert casefile.safe_attachment_name("nul") == "_nul"
    assert casefile.safe_attachment_name("a:b?.pdf") == "a_b_.pdf"
    long = casefile.safe_attachment_name("é" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long.encode()) <= 255
    assert casefile.safe_attachment_name("...") == "attachment"


def test_an_oversized_attachment_is_refused_before_being_read(ws, tmp_path, monkeypatch):
    record = register.register(ws, draft_from_mapping(request_row()))
    big = tmp_path / "evidence.bin"
    with big.open("wb") as handle:  # a sparse 2 GiB file: no disk used, nothing to read
        handle.truncate(2 * 1024**3)
    opened: list[str] = []
    real_open = builtins.open
    real_path_open = Path.open

    def watch_open(file, *args, **kwargs):
        opened.append(os.fspath(file) if not isinstance(file, int) else "fd")
        return real_open(file, *args, **kwargs)

    def watch_path_open(self, *args, **kwargs):
        opened.append(str(self))
        return real_path_open(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watch_open)
    monkeypatch.setattr(Path, "open", watch_path_open)
    tracemalloc.start()
    try:
        with pytest.raises(Refused, match="limited to 50 MiB"):
            casefile.attach_file(ws, record, big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(big) not in opened
    assert peak < 5 * 1024 * 1024
    assert ws.store.attachments(record.id) == []


def test_an_attachment_at_the_limit_is_read_once_and_kept(make_workspace, tmp_path):
    ws, _ = make_workspace(attachment_limit_mib=1)
    record = register.register(ws, draft_from_mapping(request_row()))
    exact = tmp_path / "exact.bin"
    exact.write_bytes(b"\x01" * 1024 * 1024)
    casefile.attach_file(ws, record, exact)
    over = tmp_path / "over.bin"
    over.write_bytes(b"\x01" * (1024 * 1024 + 1))
    with pytest.raises(Refused):
        casefile.attach_file(ws, record, over)
    assert [a["size"] for a in ws.store.attachments(record.id)] == [1024 * 1024]


def _socket_at(path: Path):
    import socket

    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    return server


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and /dev are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "socket"])
def test_what_is_not_a_regular_file_is_refused_before_it_is_opened(ws, tmp_path, kind, run_cli):
    record = register.register(ws, draft_from_mapping(request_row()))
    made = None
    if kind == "fifo":
        path = tmp_path / "f.pdf"
        os.mkfifo(path)  # opening it would wait for a writer forever
    elif kind == "folder":
        path = tmp_path / "scans"
        path.mkdir()
    elif kind == "device":
        path = Path("/dev/zero")  # endless
    else:
        path = tmp_path / "s.pdf"
        made = _socket_at(path)
    expected = {
        "fifo": "a named pipe (FIFO)",
        "folder": "a folder",
        "device": "a device",
        "socket": "a socket",
    }[kind]
    try:
        with pytest.raises(Refused, match=re.escape(f"is {expected}, not a file; nothing")):
            casefile.attach_file(ws, record, path)
        assert ws.store.attachments(record.id) == []
        code, _, err = run_cli("attach", "CD-2026-0001", str(path))
        assert code == 1 and f"is {expected}, not a file" in err
        assert err.count("\n") == 1
    finally:
        if made is not None:
            made.close()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_link_is_followed_and_the_user_told_which_file_is_attached(ws, tmp_path, run_cli):
    target = tmp_path / "real scan.pdf"
    target.write_bytes(b"%PDF-1.4 real")
    link = tmp_path / "scan.pdf"
    link.symlink_to(target)
    record = register.register(ws, draft_from_mapping(request_row()))
    casefile.attach_file(ws, record, link)
    assert [a["filename"] for a in ws.store.attachments(record.id)] == ["real scan.pdf"]
    assert casefile.check_source(link).note == (
        f"scan.pdf is a link: the file it points to, {target}, is attached."
    )
    ws.close()
    run_cli("init")
    run_cli("import", str(_one_request_file(tmp_path)))
    code, out, _ = run_cli("attach", "CD-2026-0001", str(link))
    assert code == 0
    assert f"the file it points to, {target}, is attached" in out
    assert "real scan.pdf attached to CD-2026-0001" in out


def _one_request_file(tmp_path: Path) -> Path:
    import json

    path = tmp_path / "one.json"
    path.write_text(json.dumps([request_row()]), "utf-8")
    return path


def test_a_file_over_the_limit_is_told_its_exact_size(make_workspace, tmp_path):
    ws, _ = make_workspace(attachment_limit_mib=1)
    record = register.register(ws, draft_from_mapping(request_row()))
    over = tmp_path / "over.bin"
    over.write_bytes(b"\x01" * (1024 * 1024 + 1))
    with pytest.raises(Refused) as refused:
        casefile.attach_file(ws, record, over)
    assert "over.bin is 1,048,577 bytes" in str(refused.value)
    assert "limited to 1 MiB (1,048,576 bytes" in str(refused.value)


def test_a_large_attachment_is_stored_in_pieces_not_held_in_memory(ws, tmp_path):
    import hashlib

    record = register.register(ws, draft_from_mapping(request_row()))
    big = tmp_path / "scan.pdf"
    content = os.urandom(20 * 1024 * 1024 + 123)
    big.write_bytes(content)
    tracemalloc.start()
    try:
        attachment = casefile.attach_file(ws, record, big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # a few pieces, not the 20 MiB file
    stored = ws.store.attachments(record.id)[0]
    assert stored["size"] == len(content)
    assert stored["sha256"] == hashlib.sha256(content).hexdigest()
    assert ws.store.attachment_content(attachment) == content
