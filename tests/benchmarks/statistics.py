"""Time the statistics (`coopdesk-cli stats`) on a large synthetic workspace.

    python -m tests.benchmarks.statistics --size 100000

Builds the workspace as `python -m tests.benchmarks` does (ten years of requests, most
older ones answered and closed, routing steps and notes), then prints one JSON line: the
median seconds for the figures of the last year and of all ten years, beside the bare
reads they rest on (the baseline: the same index entries read, no arithmetic).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics as stats_module
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from desktop.core.filters import RequestFilter
from desktop.services import statistics
from desktop.services.workspace import Workspace
from desktop.storage import keys
from tests.benchmarks.__main__ import PASSPHRASE, build


def median_seconds(work, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return round(stats_module.median(times), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument(
        "--workspace",
        type=Path,
        help="reuse a workspace built before (by this benchmark or by "
        "`python -m tests.benchmarks --keep`) instead of building one",
    )
    args = parser.parse_args()
    keys.SCRYPT_N = 2**10  # unlocking is not what is measured
    root = Path(tempfile.mkdtemp(prefix="coopdesk-stats-bench-"))
    try:
        if args.workspace:
            ws = Workspace.unlock(args.workspace, "bench", PASSPHRASE)
        else:
            ws, _ = build(root / "ws", args.size)
        size = ws.store.count_requests(RequestFilter())
        today = ws.today()
        conn = ws.store.conn
        until = (today + timedelta(days=1)).isoformat()

        def reads() -> None:
            """The bare reads of the index entries a year's figures rest on (requests
            received; answers kept on each request, stats_facts.py), no arithmetic."""
            conn.execute(
                "SELECT count(*), max(due_on) FROM requests WHERE received_at < ?", (until,)
            ).fetchall()
            conn.execute(
                "SELECT count(*), max(net_days) FROM requests INDEXED BY requests_answered "
                "WHERE answered_on IS NULL OR answered_on >= ?",
                ((today - timedelta(days=365)).isoformat(),),
            ).fetchall()

        year = median_seconds(lambda: statistics.statistics(ws, today - timedelta(days=365), today))
        decade = median_seconds(
            lambda: statistics.statistics(ws, today - timedelta(days=3650), today)
        )
        baseline = median_seconds(reads)
        ws.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(
        json.dumps(
            {
                "requests": size,
                "stats_last_year_s": year,
                "stats_ten_years_s": decade,
                "baseline_reads_s": baseline,
            }
        )
    )


if __name__ == "__main__":
    main()
