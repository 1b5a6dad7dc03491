"""Secrets and plaintext: after a full session nothing stored is readable outside the database.

A session imports, registers, notes, attaches, costs, routes, searches, renders a reply
without exporting it, backs up and locks. Then every file it could have touched — the
workspace, the files created in the temp folder, the app's config, cache and log folders
— is searched for the stored text, the log records too, and the key must be gone.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import secrets
import tempfile
from pathlib import Path

import platformdirs
import pytest

from desktop import APP_NAME
from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.services import (
    audit,
    backup,
    casefile,
    directory,
    importing,
    queries,
    register,
    workflow,
)
from desktop.services.workspace import Workspace
from desktop.storage import backup_store
from tests.factories import PASSPHRASE, request_row

# Unique to this run, so a run next door (whose inputs are plaintext) is never mistaken
# for a leak of this one.
RUN = secrets.token_hex(4)
MARKERS = [
    f"{text} {RUN}"
    for text in (
        "Zebulon Quartermaine-Oyelaran",  # subject, through the import file
        "Xanthippe safe house on Rue Pélican",  # note
        "ATTACHED-PLAINTEXT-MARKER-4471",  # inside an attached file
        "Quibbleworth interpreting",  # cost
        "Witness P-7731 relocation",  # summary
        "Ministry of Xylophones",  # an authority added by hand
    )
]


def _snapshot(root: Path) -> dict[str, float]:
    seen = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            try:
                seen[path] = os.stat(path).st_mtime_ns
            except OSError:
                continue
    return seen


def _touched(root: Path, before: dict[str, float], skip: Path) -> list[Path]:
    after = _snapshot(root)
    return [
        Path(p)
        for p, mtime in after.items()
        if before.get(p) != mtime and not Path(p).is_relative_to(skip)
    ]


def _leaks(paths: list[Path]) -> list[tuple[str, str]]:
    found = []
    needles = [(m, m.encode("utf-8")) for m in MARKERS]
    needles += [(m, m.encode("utf-16-le")) for m in MARKERS]
    needles += [(m, m.lower().encode("utf-8")) for m in MARKERS]
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        found += [(str(path), marker) for marker, needle in needles if needle in data]
    return found


@pytest.fixture
def app_dirs(tmp_path, monkeypatch) -> list[Path]:
    """The app's config, cache, state and log folders, pointed somewhere we can watch."""
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "home" / variable.lower()))
    return [
        Path(f(APP_NAME, appauthor=False))
        for f in (
            platformdirs.user_config_dir,
            platformdirs.user_cache_dir,
            platformdirs.user_log_dir,
            platformdirs.user_state_dir,
        )
    ]


def test_a_full_session_leaves_no_plaintext_behind(make_workspace, tmp_path, app_dirs, caplog):
    caplog.set_level(logging.DEBUG)
    temp_root = Path(tempfile.gettempdir())
    temp_before = _snapshot(temp_root)
    inputs = tmp_path / "inputs"  # what the user brings in is plaintext by nature
    inputs.mkdir()
    (inputs / "requests.json").write_text(
        json.dumps(
            [
                request_row(
                    subject=MARKERS[0],
                    summary=MARKERS[4],
                    persons=[f"Zebulon Quartermaine-Oyelaran {RUN}"],
                )
            ]
        ),
        "utf-8",
    )
    (inputs / "letter.txt").write_text(MARKERS[2], "utf-8")

    ws, _ = make_workspace()
    (number,) = importing.import_file(ws, inputs / "requests.json").registered
    record = register.get(ws, number)
    casefile.add_note(ws, record, MARKERS[1])
    casefile.attach_file(ws, register.by_id(ws, record.id), inputs / "letter.txt")
    casefile.add_cost(ws, register.by_id(ws, record.id), "extraordinary", MARKERS[3], "90", "EUR")
    directory.add_authority(ws, MARKERS[5])
    workflow.route(ws, register.by_id(ws, record.id), MARKERS[5])
    assert queries.list_requests(ws, RequestFilter(search="Xanthippe"))
    details = queries.details(ws, register.by_id(ws, record.id))
    assert MARKERS[1] in json.dumps(details, ensure_ascii=False)
    try:
        replies = importlib.import_module("desktop.services.replies")
    except ImportError:
        replies = None
    if replies is not None:  # a reply generated, previewed, not exported
        current = register.by_id(ws, record.id)
        info = replies.templates_for(ws, current)[0]
        rendered = replies.render(ws, current, info.name, "en")
        assert MARKERS[0] in replies.preview_text(rendered)
    backup.back_up_automatically(ws, "close")
    assert audit.verify(ws).ok
    ws.close()

    workspace_files = [p for p in (tmp_path / "ws").rglob("*") if p.is_file()]
    touched = _touched(temp_root, temp_before, skip=inputs)
    app_files = [p for d in app_dirs if d.exists() for p in d.rglob("*") if p.is_file()]
    assert _leaks(workspace_files + touched + app_files) == []
    assert _leaks([inputs / "letter.txt"])  # the search would have found it
    assert set(workspace_files) <= set(touched)  # and it did look at what was written
    assert len(workspace_files) >= 4  # database, keys, a backup and its manifest
    names = {p.name for p in workspace_files}
    assert not [n for n in names if n.endswith((".tmp", "-journal"))], names

    logged = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    assert not [m for m in MARKERS if m in logged]


def test_sqlite_keeps_temporary_data_in_memory(ws):
    """Sorting and temp tables never spill into a plaintext file in the temp folder."""
    options = {row[0] for row in ws.store.conn.execute("PRAGMA compile_options")}
    temp_store = int(ws.store.conn.execute("PRAGMA temp_store").fetchone()[0])
    assert temp_store == 2 or (temp_store == 0 and options & {"TEMP_STORE=2", "TEMP_STORE=3"})


def test_locking_wipes_the_key_and_closes_the_database(ws):
    key = ws.raw_key()
    assert any(key) and len(key) == 32
    hex_key = bytes(key).hex()
    assert hex_key not in repr(ws)
    ws.close()
    assert key == bytearray(32)  # the very bytes used, not a copy
    with pytest.raises(Exception, match="closed"):
        ws.store.conn.execute("SELECT 1")


def test_leaving_a_with_block_locks_the_workspace(ws, tmp_path):
    ws.close()
    with (
        pytest.raises(RuntimeError, match="inside"),
        Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE) as opened,
    ):
        key = opened.raw_key()
        raise RuntimeError("an error inside the block")
    assert key == bytearray(32)
    with pytest.raises(Exception, match="closed"):
        opened.store.conn.execute("SELECT 1")


def test_a_backup_manifest_and_a_verify_report_carry_no_content(ws, tmp_path):
    record = register.register(ws, draft_from_mapping(request_row(subject=MARKERS[0])))
    casefile.add_note(ws, record, MARKERS[1])
    made = backup.back_up(ws, tmp_path / "usb.db")
    assert _leaks([backup.manifest_path(made.path), made.path]) == []
    text = "\n".join(audit.verify(ws).lines()) + json.dumps(audit.verify(ws).as_dict())
    assert not [m for m in MARKERS if m in text]
    ws.store.conn.execute("UPDATE events SET detail = '{}' WHERE seq = 2")
    broken = audit.verify(ws)
    assert not broken.ok and not [m for m in MARKERS if m in "\n".join(broken.lines())]
    assert backup_store.chain_head(ws.store.conn)[0] == audit.chain_head(ws)[0]


def test_sqlcipher_memory_security_stays_off_after_a_backup(ws, tmp_path):
    """docs/SECURITY.md: the setting gave no real protection and cost 7-10x on writes.

    It is process-wide, so opening a backup must not switch it back on for the workspace.
    """
    from desktop.services import backup

    made = backup.back_up(ws, tmp_path / "copy.db")
    backup.check_backup(ws, made.path)
    value = ws.store.conn.execute("PRAGMA cipher_memory_security").fetchone()[0]
    assert int(value) == 0
