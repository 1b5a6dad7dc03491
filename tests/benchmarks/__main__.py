"""Measure Cooperation Desk against the bare minimum of the same work, at several sizes.

    python -m tests.benchmarks --sizes 1000,10000,100000

Prints one JSON document on stdout (progress on stderr). Each figure comes with the
baseline this machine gives in the same run for the least work of that kind, so the
overhead reads as a ratio. Nothing here asserts: benchmarks measure, tests judge.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import io
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.core.checklist_progress import TRANSFER_KINDS
from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.core.statuses import Status
from desktop.gui.register_model import first_rows
from desktop.services import browse, casefile, demo, register, workflow
from desktop.services.workspace import Workspace
from desktop.storage import keys
from desktop.storage.connection import DB_FILE
from desktop.storage.fts import to_match_query

PASSPHRASE = "benchmark passphrase"
# Rows the register shows in the GUI probe's window (1400 x 900), which reports them as
# gui_register_rows_shown: a search reads the rows of that first screen with its ids.
ROWS_SHOWN = 29
# Share of requests older than 60 days that were answered and closed (the rest still open).
CLOSED_SHARE = 0.97
QUERIES = [
    "marchetti",
    "bank records",
    "ICC-01/04",
    "witness",
    "Élodie",
    "elodie",
    "الرشيدي",
    "summons Zoë",
    '"quoted"',
    "NEAR(a b",
    "AND OR NOT",
    "a:b",
    "ICC-02/1",
    "relocation family",
    "x",
    "transfer",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed(work) -> tuple[Any, float]:
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def ratio(value: float, base: float) -> float | None:
    return round(value / base, 2) if base > 0 else None


def build(folder: Path, size: int) -> tuple[Workspace, dict[str, Any]]:
    """A workspace of `size` requests with routing and notes in realistic proportions."""
    ws, _ = Workspace.create(folder, "bench", PASSPHRASE, "Benchmark")
    # Years of requests, as an office keeps them: spread over ten years.
    rows = demo.sample_rows(size, seed=size, span_days=3650)
    drafts = [draft_from_mapping(r) for r in rows]
    cpu = time.process_time()
    numbers, seconds = timed(lambda: register.register_many(ws, drafts))
    cpu = time.process_time() - cpu
    log(f"  imported {size} in {seconds:.1f} s ({cpu:.1f} s of CPU)")

    # Baseline: the same rows inserted raw into an encrypted table, one transaction.
    raw_path = folder.parent / f"raw-{size}.db"
    raw = sqlcipher3.connect(str(raw_path), isolation_level=None)
    raw.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    raw.execute("PRAGMA cipher_memory_security = OFF")  # as the app runs
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("CREATE TABLE r (court_reference, received_at, kind, subject, summary, persons)")
    flat = [
        (
            r["court_reference"],
            r["received_at"],
            r["kind"],
            r["subject"],
            r["summary"],
            json.dumps(r["persons"]),
        )
        for r in rows
    ]

    def raw_insert() -> None:
        raw.execute("BEGIN")
        raw.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?, ?)", flat)
        raw.execute("COMMIT")

    _, raw_seconds = timed(raw_insert)
    raw.close()
    raw_path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(raw_path) + suffix).unlink(missing_ok=True)

    rng = random.Random(size)
    authorities = [a["name"] for a in ws.store.authorities()]
    today = ws.today()
    # As in a real register: most older requests answered and closed, recent ones routed
    # and annotated. One transaction, so building does not cost a commit per change.
    with ws.store.transaction():
        for start in range(0, len(numbers), 500):
            ids = list(range(start + 1, min(start + 501, len(numbers) + 1)))
            for record in browse.records(ws, ids):
                roll = rng.random()
                old = (today - record.received_at.date()).days > 60
                if old and roll < CLOSED_SHARE:
                    final = Status.WITHDRAWN if record.kind in TRANSFER_KINDS else Status.EXECUTED
                    record = workflow.change_status(ws, record, final, "Court informed")
                    if roll < 0.7:
                        workflow.change_status(ws, record, Status.CLOSED)
                    continue
                if roll < 0.6:
                    workflow.route(
                        ws, record, rng.choice(authorities), sent_on=record.received_at.date()
                    )
                if roll < 0.3:
                    casefile.add_note(
                        ws,
                        register.by_id(ws, record.id),
                        "Chased the ministry by phone; answer promised.",
                    )
    log("  routing steps and notes added")
    return ws, {
        "import_s": round(seconds, 3),
        "import_per_s": round(size / seconds),
        # On a shared machine the wall clock counts other people's work; CPU time does not.
        "import_cpu_s": round(cpu, 3),
        "import_per_cpu_s": round(size / cpu),
        "baseline_raw_insert_s": round(raw_seconds, 3),
        "import_ratio": ratio(seconds, raw_seconds),
    }


def measure_unlock(folder: Path) -> dict[str, Any]:
    times = []
    for _ in range(3):
        ws, seconds = timed(lambda: Workspace.unlock(folder, "bench", PASSPHRASE))
        ws.close()
        times.append(seconds)
    base = []
    for _ in range(3):
        _, seconds = timed(
            lambda: hashlib.scrypt(
                PASSPHRASE.encode(),
                salt=b"s" * 16,
                n=keys.SCRYPT_N,
                r=keys.SCRYPT_R,
                p=keys.SCRYPT_P,
                maxmem=2**28,
                dklen=32,
            )
        )
        base.append(seconds)
    return {
        "unlock_s": round(statistics.median(times), 3),
        "baseline_kdf_s": round(statistics.median(base), 3),
        "unlock_ratio": ratio(statistics.median(times), statistics.median(base)),
    }


def measure_search(ws: Workspace) -> dict[str, Any]:
    app, direct = [], []
    for _ in range(5):
        for text in QUERIES:

            def as_register(text: str = text) -> None:
                ids = browse.matching_ids(
                    ws, RequestFilter(search=text, today=ws.today()), "registry_no", True
                )
                browse.lines(ws, ids[: first_rows(ROWS_SHOWN)])

            app.append(timed(as_register)[1] * 1000)
            match = to_match_query(text)
            if match is not None:
                direct.append(
                    timed(
                        lambda m=match: ws.store.conn.execute(
                            "SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?", (m,)
                        ).fetchall()
                    )[1]
                    * 1000
                )
    p95, base95 = percentile(app, 0.95), percentile(direct, 0.95)
    return {
        "search_p50_ms": round(percentile(app, 0.5), 2),
        "search_p95_ms": round(p95, 2),
        "baseline_fts_p50_ms": round(percentile(direct, 0.5), 2),
        "baseline_fts_p95_ms": round(base95, 2),
        "search_p95_ratio": ratio(p95, base95),
        "search_rows_read": first_rows(ROWS_SHOWN),
    }


def measure_export(ws: Workspace, folder: Path) -> dict[str, Any]:
    try:
        from desktop.services import replies
    except ImportError:
        return {"export_reply_ms": None}
    record = ws.store.requests_by_ids([1])[0]
    target = folder / "reply.docx"
    times = []
    for _ in range(3):
        times.append(
            timed(
                lambda: replies.export_reply(
                    ws, record, "acknowledgement", "en", target, confirmed=True, force=True
                )
            )[1]
            * 1000
        )
    from docx import Document

    def bare() -> None:
        document = Document()
        document.add_paragraph("The Embassy presents its compliments to the Registry.")
        document.save(io.BytesIO())

    base = statistics.median(timed(bare)[1] * 1000 for _ in range(3))
    return {
        "export_reply_ms": round(statistics.median(times), 1),
        "baseline_docx_ms": round(base, 1),
        "export_ratio": ratio(statistics.median(times), base),
    }


def measure_verify(ws: Workspace) -> dict[str, Any]:
    """`verify` as a user runs it: integrity checks, the chain and (where the version has
    them) the case rows against their digests."""
    from desktop.services import audit

    cpu = time.process_time()
    report, seconds = timed(lambda: audit.verify(ws))
    return {
        "verify_s": round(seconds, 3),
        "verify_cpu_s": round(time.process_time() - cpu, 3),
        "verify_entries": report.entries,
        "verify_ok": report.ok,
        "verify_rows": getattr(report, "rows_checked", None),
    }


def gui_probe(folder: Path, baseline: bool) -> dict[str, Any]:
    args = [sys.executable, "-m", "tests.benchmarks.gui_probe", str(time.time())]
    args += ["--baseline"] if baseline else [str(folder), "bench", PASSPHRASE]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        args,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_size(size: int, root: Path, empty: dict[str, Any]) -> dict[str, Any]:
    log(f"size {size}")
    folder = root / f"ws-{size}"
    ws, figures = build(folder, size)
    figures.update(measure_search(ws))
    figures.update(measure_export(ws, root))
    figures.update(measure_verify(ws))
    ws.close()
    figures.update(measure_unlock(folder))
    figures["db_size_mb"] = round(
        sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith(DB_FILE)) / 1024 / 1024,
        1,
    )
    log("  GUI probe")
    gui = gui_probe(folder, baseline=False)
    figures.update({f"gui_{k}": round(v, 3) for k, v in gui.items()})
    figures["baseline_empty_window_start_s"] = round(empty["start_to_painted_s"], 3)
    figures["baseline_empty_window_rss_mb"] = round(empty["peak_rss_mb"], 1)
    figures["gui_start_ratio"] = ratio(
        gui["unlocked_to_painted_s"] + gui["unlock_s"],
        empty["start_to_painted_s"] + figures["unlock_s"],
    )
    return figures


def compile_like_an_install() -> None:
    """Compile the app's modules to bytecode, as pip does when it installs the wheel.

    Run from a checkout with PYTHONDONTWRITEBYTECODE set (as on these machines), each GUI
    probe would otherwise compile every module edited since bytecode was last written, and
    count that in the time to start, which a user's installed copy never pays.
    """
    root = Path(__file__).resolve().parents[2]
    for package in ("desktop", "forms", "resources"):
        compileall.compile_dir(root / package, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--keep", action="store_true", help="keep the workspaces built")
    args = parser.parse_args()
    compile_like_an_install()
    root = Path(tempfile.mkdtemp(prefix="coopdesk-bench-"))
    try:
        empty = gui_probe(root, baseline=True)
        results = {
            str(size): run_size(size, root, empty)
            for size in (int(s) for s in args.sizes.split(","))
        }
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(
        json.dumps(
            {
                "machine": {
                    "python": platform.python_version(),
                    "cpus": os.cpu_count(),
                    "platform": platform.platform(),
                },
                "sizes": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
