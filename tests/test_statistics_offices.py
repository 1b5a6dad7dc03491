"""The office filter of the statistics (issue 18 with issue 17's offices): the figures of
the requests another office leads, received here in its parcels.

The capital receives three March requests from the embassy and registers two of its own;
it executes one of each, the embassy's in 3 days and its own in 10. With the filter only
the embassy's three count; the embassy, which leads them, has none led by the capital.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from desktop.cli.main import main
from desktop.services import parcel_receive, parcel_send, register, statistics, workflow
from desktop.services.errors import NotFound
from desktop.services.statistics import report
from tests.factories import PASSPHRASE, new_request
from tests.test_parcels import two_offices as two_offices

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
EMBASSY = "Embassy of Testland"
CAPITAL = "Ministry of Justice of Testland"


def on(clock, day: str) -> None:
    clock.now = datetime.fromisoformat(f"{day}T10:00:00")


@pytest.fixture
def capital_with_mirrors(two_offices, clock, tmp_path):
    embassy, capital = two_offices
    on(clock, "2026-03-06")
    sent = [
        new_request(
            embassy,
            received_at=f"2026-03-0{day}T09:00:00",
            kind=kind,
            assistance_types=[] if kind == "emergency_visa" else ["b"],
            court_reference=f"ICC-01/04-01/06-10{day}",
            court_deadline=None,
        )
        for day, kind in ((2, "emergency_visa"), (3, "emergency_visa"), (4, "judicial_assistance"))
    ]
    parcel = tmp_path / "1.cdparcel"
    parcel_send.send(embassy, sent, CAPITAL, parcel)
    parcel_receive.receive(capital, parcel)
    own = [
        new_request(
            capital,
            received_at=f"2026-03-0{day}T09:00:00",
            court_reference=f"ICC-02/05-01/09-20{day}",
            court_deadline=None,
        )
        for day in (1, 5)
    ]
    mirrored = register.get(capital, "ICC-01/04-01/06-102")
    on(clock, "2026-03-05")
    workflow.change_status(capital, mirrored, "executed")
    on(clock, "2026-03-11")
    workflow.change_status(capital, register.by_id(capital, own[0].id), "executed")
    return embassy, capital


def test_the_office_filter_counts_only_the_requests_that_office_leads(capital_with_mirrors):
    embassy, capital = capital_with_mirrors
    everything = statistics.statistics(capital, *MARCH)
    assert everything.received == 5
    assert everything.answered == 2

    led = statistics.statistics(capital, *MARCH, statistics.StatsFilter(offices=(EMBASSY,)))
    assert led.received == 3
    assert led.volumes["kind"] == {"emergency_visa": 2, "judicial_assistance": 1}
    assert led.answered == 1
    assert led.turnaround.median_days == 3.0
    assert led.open_at_end == 2
    behind = statistics.requests_behind(capital, led, "kind", "emergency_visa")
    assert sorted(r.court_reference for r in behind) == [
        "ICC-01/04-01/06-102",
        "ICC-01/04-01/06-103",
    ]
    # The embassy leads them itself: no request of its register is led by the capital.
    assert (
        statistics.statistics(embassy, *MARCH, statistics.StatsFilter(offices=(CAPITAL,))).received
        == 0
    )
    assert statistics.office_names(capital) == [EMBASSY]


def test_an_unknown_office_is_refused_by_name(capital_with_mirrors):
    _, capital = capital_with_mirrors
    with pytest.raises(NotFound, match=r"No office called .Nairobi.\. Known offices: Embassy"):
        statistics.statistics(capital, *MARCH, statistics.StatsFilter(offices=("Nairobi",)))


def test_the_report_says_which_office_it_counts(capital_with_mirrors, tmp_path):
    _, capital = capital_with_mirrors
    flt = statistics.StatsFilter(offices=(EMBASSY,))
    stats = statistics.statistics(capital, *MARCH, flt)
    for lang, words in (("en", "Only: requests led by"), ("fr", "Uniquement")):
        front = report.Front.of(stats, lang, True, "Capital", datetime(2026, 4, 1), flt)
        assert words in front.filters and EMBASSY in front.filters


def test_stats_and_report_take_an_office_on_the_command_line(
    capital_with_mirrors, tmp_path, monkeypatch, capsys
):
    _, capital = capital_with_mirrors
    folder = capital.folder
    capital.close()
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COOPDESK_USER", "alice")
    period = ["--from", "2026-03-01", "--to", "2026-03-31"]

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--workspace", str(folder), *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("stats", *period, "--office", EMBASSY, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["received"] == 3 and data["answered"] == 1
    code, out, _ = run("stats", *period, "--json")
    assert json.loads(out)["received"] == 5
    code, _, err = run("stats", *period, "--office", "Nairobi")
    assert code == 1 and "No office called 'Nairobi'" in err
    target = tmp_path / "led.xlsx"
    code, _, _ = run("report", *period, "--office", EMBASSY, "--out", str(target))
    assert code == 0 and target.exists()
