"""Statistics from a real workspace whose right answers are known by construction.

March 2026 is the period. Every request below is registered and moved through its statuses
with the clock set to the day each move happened, as a focal point would have done.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core import statistics as core
from desktop.core.requests import draft_from_mapping
from desktop.services import casefile, register, replies, statistics, workflow
from desktop.services.errors import Refused
from tests.conftest import request_row
from tests.test_replies import office_workspace

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
# Days each of the seven visas took to issue: median 2, 90th percentile (nearest rank) 10.
VISA_DAYS = (1, 1, 2, 2, 3, 4, 10)
REFERENCES = {
    "visa": "ICC-01/22-V{0}",
    "A": "ICC-01/04-01/06-1001",
    "B": "ICC-02/05-01/09-2002",
    "C": "ICC-01/04-01/06-3003",
    "D": "ICC-01/04-01/06-4004",
    "E": "ICC-02/11-01/11-5005",
    "F": "ICC-01/12-01/15-6006",
    "G": "ICC-01/04-01/06-7007",
    "H": "ICC-01/04-01/06-8008",
}


def on(clock, day: str) -> None:
    clock.now = datetime.fromisoformat(f"{day}T10:00:00")


def new(ws, clock, received: str, **fields):
    on(clock, received)
    fields.setdefault("court_deadline", None)
    return register.register(
        ws, draft_from_mapping(request_row(received_at=f"{received}T09:00:00", **fields))
    )


def move(ws, clock, record, day: str, status: str, reason: str = "", ground=None):
    on(clock, day)
    return workflow.change_status(
        ws, register.by_id(ws, record.id), status, reason or f"moved to {status}", ground
    )


def build_march(ws, clock, tmp_path: Path) -> dict[str, object]:
    """The workspace of the module docstring; returns its requests by letter."""
    made: dict[str, object] = {}
    for number, days in enumerate(VISA_DAYS, start=1):
        received = f"2026-03-{number + 1:02d}"
        visa = new(
            ws,
            clock,
            received,
            kind="emergency_visa",
            assistance_types=[],
            requesting_organ="Registry",
            urgency="emergency",
            court_reference=REFERENCES["visa"].format(number),
            subject=f"Visa for witness P-04{number}",
            persons=[f"Witness Nr{number}"],
        )
        move(ws, clock, visa, f"2026-03-{number + 1 + days:02d}", "executed")
        made[f"visa{number}"] = visa

    # A: received in February, 10 days in consultation (art. 97), executed in time.
    a = new(
        ws,
        clock,
        "2026-02-10",
        court_reference=REFERENCES["A"],
        court_deadline="2026-03-20",
        subject="Bank records of Orlan Vesk",
        persons=["Orlan Vesk"],
    )
    on(clock, "2026-03-02")  # recorded the day it was sent
    workflow.route(
        ws,
        register.by_id(ws, a.id),
        "Ministry of Justice",
        due=date(2026, 3, 5),
        sent_on=date(2026, 3, 2),
    )
    move(ws, clock, a, "2026-03-01", "in_consultation", "details missing", "art97")
    move(ws, clock, a, "2026-03-11", "in_progress", "details received")
    move(ws, clock, a, "2026-03-25", "executed")
    made["A"] = a

    # B: Defence, 4 days in consultation (art. 93(3)), extended: late without extension.
    b = new(
        ws,
        clock,
        "2026-03-02",
        court_reference=REFERENCES["B"],
        kind="defence_request",
        requesting_organ="Defence",
        court_deadline="2026-03-10",
        subject="Defence access to archives of Tamsin Oyre",
        persons=["Tamsin Oyre"],
    )
    move(ws, clock, b, "2026-03-05", "in_consultation", "principle", "art93_3")
    move(ws, clock, b, "2026-03-09", "in_progress", "resolved")
    on(clock, "2026-03-12")
    register.extend_deadline(ws, register.by_id(ws, b.id), date(2026, 3, 20), "agreed")
    move(ws, clock, b, "2026-03-21", "executed")
    made["B"] = b

    # C: refused on national security after 10 days; acknowledged on time.
    c = new(
        ws,
        clock,
        "2026-03-03",
        court_reference=REFERENCES["C"],
        court_deadline="2026-04-30",
        subject="Intercepts of Kael Drummond",
        persons=["Kael Drummond"],
    )
    on(clock, "2026-03-04")
    replies.export_reply(
        ws, register.by_id(ws, c.id), "acknowledgement", "en", tmp_path / "ack-c.docx"
    )
    move(ws, clock, c, "2026-03-13", "refused", "security", "art93_4")
    made["C"] = c

    # D: withdrawn by the Court; acknowledged late.
    d = new(
        ws,
        clock,
        "2026-03-04",
        court_reference=REFERENCES["D"],
        subject="Records of Mira Castell",
        persons=["Mira Castell"],
    )
    on(clock, "2026-03-12")
    replies.export_reply(
        ws, register.by_id(ws, d.id), "acknowledgement", "en", tmp_path / "ack-d.docx"
    )
    move(ws, clock, d, "2026-03-15", "withdrawn", "no longer needed")
    made["D"] = d

    # E: January request from Chambers, postponed (art. 94), still open: 85 days old.
    e = new(
        ws,
        clock,
        "2026-01-05",
        court_reference=REFERENCES["E"],
        kind="arrest_surrender",
        requesting_organ="Chambers",
        assistance_types=[],
        court_deadline="2026-02-04",
        subject="Arrest of Joren Halvik",
        persons=["Joren Halvik"],
    )
    move(ws, clock, e, "2026-03-10", "postponed", "national case", "art94")
    made["E"] = e

    # F: received near the period's end, untouched: open, 1 day old.
    f = new(
        ws,
        clock,
        "2026-03-30",
        court_reference=REFERENCES["F"],
        kind="background_information",
        assistance_types=[],
        subject="Background on Petra Lund",
        persons=["Petra Lund"],
    )
    made["F"] = f

    # G: after the period: counts nowhere.
    g = new(
        ws,
        clock,
        "2026-04-02",
        court_reference=REFERENCES["G"],
        subject="Later request about Ansel Brook",
        persons=["Ansel Brook"],
    )
    made["G"] = g

    # H: partially executed, still open; routed to the police, answered late.
    h = new(
        ws,
        clock,
        "2026-03-05",
        court_reference=REFERENCES["H"],
        court_deadline="2026-04-15",
        subject="Seizure at Varn Holdings of Ilse Varn",
        persons=["Ilse Varn"],
    )
    on(clock, "2026-03-06")
    step = workflow.route(ws, register.by_id(ws, h.id), "National Police", due=date(2026, 3, 10))
    on(clock, "2026-03-16")
    workflow.mark_answered(ws, step, "seized part")
    move(ws, clock, h, "2026-03-18", "partially_executed", "only part seized")
    made["H"] = h
    on(clock, "2026-01-20")
    casefile.add_cost(
        ws,
        register.by_id(ws, e.id),
        "ordinary",
        "Translation",
        "100",
        "EUR",
        incurred_on=date(2026, 1, 20),
    )
    casefile.add_cost(
        ws,
        register.by_id(ws, a.id),
        "extraordinary",
        "Expert witness travel",
        "1250.50",
        "EUR",
        incurred_on=date(2026, 3, 3),
    )
    casefile.add_cost(
        ws,
        register.by_id(ws, h.id),
        "ordinary",
        "Police overtime",
        "300",
        "EUR",
        incurred_on=date(2026, 3, 17),
    )
    casefile.add_cost(
        ws,
        register.by_id(ws, c.id),
        "ordinary",
        "Couriers",
        "20.25",
        "EUR",
        incurred_on=date(2026, 3, 20),
    )
    on(clock, "2026-04-10")
    return made


@pytest.fixture
def march(make_workspace, clock, tmp_path):
    ws = office_workspace(make_workspace)
    made = build_march(ws, clock, tmp_path)
    return ws, made


def test_volumes_received_in_the_period(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    # 7 visas + B, C, D, F, H; A and E came before March, G after.
    assert stats.received == 12
    assert stats.volumes["kind"] == {
        "emergency_visa": 7,
        "judicial_assistance": 3,
        "background_information": 1,
        "defence_request": 1,
    }
    assert stats.volumes["organ"] == {"Registry": 7, "OTP": 4, "Defence": 1}
    assert stats.volumes["urgency"] == {"emergency": 7, "routine": 5}
    assert stats.volumes["month"] == {"2026-03": 12}
    assert stats.volumes["channel"] == {"diplomatic": 12}


def test_turnaround_is_net_of_consultation_pauses(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    # Answered in March: 7 visas, A (net 43 - 10 = 33), B (net 19 - 4 = 15), C (10 days).
    # D was withdrawn: the State never answered it, so it counts apart.
    assert stats.answered == 10
    assert stats.withdrawn == 1
    net = sorted([*VISA_DAYS, 33, 15, 10])
    assert stats.turnaround.median_days == (net[4] + net[5]) / 2
    assert stats.turnaround.p90_days == 15  # nearest rank: the 9th of 10
    assert stats.emergency_visas.count == 7
    assert stats.emergency_visas.median_days == 2
    assert stats.emergency_visas.p90_days == 10
    assert stats.turnaround_by_kind["judicial_assistance"].median_days == (33 + 10) / 2
    assert stats.turnaround_bins == {
        "0-7": 6,
        "8-14": 2,
        "15-30": 1,
        "31-60": 1,
        "61-90": 0,
        "90+": 0,
    }


def test_on_time_with_and_without_extensions(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    # Visas are due 2 days after receipt, rolled to a working day: 5 of 7 in time (the one
    # received Friday 6 March is due Monday the 9th, not Sunday, and issued that Monday).
    # A due 30 Mar (20 + 10 paused): in time. B: the extension to 20 Mar replaces its
    # deadline and the 4 days paused before it no longer move it (issue 12), so executed on
    # the 24th it is late, as against its first deadline (10 + 4 = 14 Mar). C due 30 Apr.
    assert stats.turnaround.on_time == 5 + 2
    assert stats.turnaround.on_time_without_extension == 5 + 2
    assert stats.extended == 1
    assert stats.emergency_visas.on_time == 5


def test_acknowledgements_on_time(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    assert (stats.ack_due, stats.ack_on_time, stats.ack_late, stats.ack_missing) == (12, 1, 1, 10)


def test_consultations_postponements_refusals_partials(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    assert stats.consultations == {"art97": 1, "art93_3": 1}
    assert stats.consultation_median_days == (10 + 4) / 2
    assert stats.postponements == {"art94": 1}
    assert stats.refusals == {"art93_4": 1}
    assert stats.partial_executions == 1


def test_backlog_by_age_at_the_period_end(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    # Open on 31 March: E (85 days), F (1 day), H (26 days). G arrived later.
    assert stats.open_at_end == 3
    assert stats.backlog == {"0-30": 2, "31-90": 1, "91-180": 0, "181-365": 0, "365+": 0}
    # Today (10 April): F is past its 30-day default? No: due 29 April. H due 15 April.
    # E is postponed and past 4 Feb; G is due 2 May.
    assert stats.overdue_now == 1


def test_authorities_and_costs(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    rows = {row.authority: row for row in stats.authorities}
    assert (
        rows["Ministry of Justice"].sent,
        rows["Ministry of Justice"].answered,
        rows["Ministry of Justice"].late,
    ) == (1, 0, 1)
    police = rows["National Police"]
    assert (police.sent, police.answered, police.on_time, police.late, police.median_days) == (
        1,
        1,
        0,
        1,
        10,
    )
    assert [(c.category, c.currency, c.count, c.amount_cents) for c in stats.costs] == [
        ("extraordinary", "EUR", 1, 125050),
        ("ordinary", "EUR", 2, 32025),
    ]


def test_equality_of_arms_sets_defence_beside_the_prosecutor(march):
    ws, _ = march
    stats = statistics.statistics(ws, *MARCH)
    defence = stats.equality_of_arms["defence"]
    prosecutor = stats.equality_of_arms["prosecutor"]
    # B, late against the extension that replaced its deadline (see above).
    assert (defence.count, defence.median_days, defence.on_time) == (1, 15, 0)
    assert (prosecutor.count, prosecutor.median_days) == (2, (33 + 10) / 2)


def test_filters_narrow_every_figure(march):
    ws, _ = march
    visas = statistics.statistics(ws, *MARCH, statistics.StatsFilter(kinds=("emergency_visa",)))
    assert visas.received == 7 and visas.answered == 7
    assert visas.authorities == [] and visas.costs == [] and visas.open_at_end == 0
    otp = statistics.statistics(ws, *MARCH, statistics.StatsFilter(organs=("OTP",)))
    assert otp.received == 4  # C, D, F, H
    assert otp.answered == 2  # A and C
    assert otp.consultations == {"art97": 1}


def test_the_bars_lead_to_the_requests_behind_them(march):
    ws, made = march
    stats = statistics.statistics(ws, *MARCH)
    behind = statistics.requests_behind(ws, stats, "kind", "defence_request")
    assert [r.id for r in behind] == [made["B"].id]
    slow = statistics.requests_behind(ws, stats, "turnaround", "31-60")
    assert [r.id for r in slow] == [made["A"].id]


def test_an_empty_period_has_zeros_and_no_medians(march):
    ws, _ = march
    stats = statistics.statistics(ws, date(2025, 1, 1), date(2025, 12, 31))
    assert stats.received == 0 and stats.answered == 0 and stats.open_at_end == 0
    assert stats.turnaround.median_days is None and stats.turnaround.p90_days is None
    assert stats.to_dict()["acknowledgements"]["on_time_share"] is None


def test_a_backwards_period_or_unknown_kind_is_refused(march):
    ws, _ = march
    with pytest.raises(Refused, match="starts"):
        statistics.statistics(ws, date(2026, 4, 1), date(2026, 3, 1))
    with pytest.raises(Refused, match="Unknown kind visa"):
        statistics.statistics(ws, *MARCH, statistics.StatsFilter(kinds=("visa",)))


@pytest.mark.parametrize(
    ("values", "expected_median", "expected_p90"),
    [([5], 5, 5), ([1, 2, 3, 4], 2.5, 4), (list(range(1, 11)), 5.5, 9), ([], None, None)],
)
def test_median_and_nearest_rank_percentile(values, expected_median, expected_p90):
    assert core.median(values) == expected_median
    assert core.percentile(values, 0.9) == expected_p90


def test_small_cells_are_masked_only_in_the_shareable_version():
    assert [core.masked(n, True) for n in (0, 1, 2, 3)] == ["0", "< 3", "< 3", "3"]
    assert core.masked(2, False) == "2"


def test_a_workspace_from_before_the_statistics_opens_and_counts(tmp_path):
    """Schema 3 had no statistics indexes: opening adds them, and the reads use them."""
    from desktop.services.workspace import Workspace
    from tests.conftest import PASSPHRASE, old_schema_workspace

    old_schema_workspace(tmp_path / "v3", schema=3, kind="judicial_assistance")
    ws = Workspace.unlock(tmp_path / "v3", "alice", PASSPHRASE)
    try:
        stats = statistics.statistics(ws, date(2026, 1, 1), date(2026, 1, 31))
        assert stats.received == 1 and stats.volumes["kind"] == {"judicial_assistance": 1}
        assert stats.open_at_end == 1
        plans = [
            " ".join(
                str(part)
                for row in ws.store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)
                for part in row
            )
            for sql, params in (
                (
                    "SELECT id, registry_no, kind, status, due_on FROM requests "
                    "WHERE received_at < ?",
                    ("2026-02-01",),
                ),
                (
                    "SELECT request_id, json_extract(detail, '$.after') FROM events "
                    "WHERE action = 'status.changed' ORDER BY request_id, seq",
                    (),
                ),
            )
        ]
        assert "COVERING INDEX requests_stats" in plans[0]
        assert "COVERING INDEX events_stats" in plans[1]
    finally:
        ws.close()


def test_a_request_settled_before_the_period_counts_only_for_its_late_costs(march, clock):
    """Skipped for speed once answered and closed before the period, it must still lose
    nothing: a bill that arrives in the period is a cost of the period."""
    ws, _ = march
    z = new(ws, clock, "2026-01-10", court_reference="ICC-Z-1", subject="Old matter")
    move(ws, clock, z, "2026-01-20", "executed")
    move(ws, clock, z, "2026-01-25", "closed")
    on(clock, "2026-03-10")
    casefile.add_cost(
        ws,
        register.by_id(ws, z.id),
        "extraordinary",
        "Late invoice",
        "50",
        "EUR",
        incurred_on=date(2026, 3, 10),
    )
    on(clock, "2026-04-10")
    stats = statistics.statistics(ws, *MARCH)
    assert (stats.received, stats.answered, stats.open_at_end) == (12, 10, 3)
    assert [(c.category, c.count, c.amount_cents) for c in stats.costs] == [
        ("extraordinary", 2, 130050),
        ("ordinary", 2, 32025),
    ]
    january = statistics.statistics(ws, date(2026, 1, 1), date(2026, 1, 31))
    assert january.answered == 1 and january.turnaround.median_days == 10
