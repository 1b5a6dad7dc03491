"""A bulk registration, and reading an import file, run with Python's garbage collector
paused, and leave it as they found it: on again after an import run alone, still off
inside the window's background work, and on again after a failed import."""

from __future__ import annotations

import gc
import json

import pytest

from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.services import browse, collector, demo, importing, register


def _drafts(ws, count: int):
    return [draft_from_mapping(r) for r in demo.sample_rows(count, seed=7, end=ws.clock())]


@pytest.fixture
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_an_import_runs_with_the_collector_off_and_turns_it_on_again(ws, collector_on):
    seen: list[bool] = []
    numbers = register.register_many(
        ws, _drafts(ws, 3), lambda done, total: seen.append(gc.isenabled())
    )
    assert len(numbers) == 3 and seen == [False]
    assert gc.isenabled()


def test_an_import_inside_held_work_leaves_the_collector_off(ws, collector_on):
    collector.hold()  # as the window's background work does while any operation runs
    try:
        register.register_many(ws, _drafts(ws, 2))
        assert not gc.isenabled()
    finally:
        collector.release()
    assert gc.isenabled()


def test_a_failed_import_turns_the_collector_on_again(ws, collector_on):
    def fail(done: int, total: int) -> None:
        raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        register.register_many(ws, _drafts(ws, 2), fail)
    assert gc.isenabled()
    assert browse.matching_ids(ws, RequestFilter(today=ws.today())) == []  # none half-written


def test_a_collector_switched_off_before_stays_off(ws, collector_on):
    gc.disable()
    register.register_many(ws, _drafts(ws, 1))
    assert not gc.isenabled()


def test_a_file_is_read_with_the_collector_off(tmp_path, collector_on, monkeypatch):
    seen: list[bool] = []
    validate = importing.validate_rows

    def watched(rows, today=None):
        seen.append(gc.isenabled())
        return validate(rows, today)

    monkeypatch.setattr(importing, "validate_rows", watched)
    path = tmp_path / "requests.json"
    path.write_text(json.dumps(demo.sample_rows(3, seed=7)), encoding="utf-8")
    assert len(importing.parse_file(path)) == 3
    assert seen == [False] and gc.isenabled()
