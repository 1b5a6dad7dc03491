"""Time one reply export and a batch of 100 (render, attach, record, write with fsync).

    python -m tests.benchmarks.replies

Prints one JSON line. The key derivation is made cheap here: it is not what is measured.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from desktop.core.settings import OfficeSettings
from desktop.services import demo, register, replies
from desktop.services.workspace import Workspace
from desktop.storage import keys


def main() -> None:
    keys.SCRYPT_N = 2**10
    root = Path(tempfile.mkdtemp(prefix="coopdesk-replies-"))
    try:
        ws, _ = Workspace.create(
            root / "ws",
            "alice",
            "benchmark passphrase",
            "Alice Martin",
            OfficeSettings(country="NL", office_name="Embassy of Testland", place="The Hague"),
        )
        records = [register.get(ws, n) for n in demo.fill(ws, 100)]
        out = root / "out"
        out.mkdir()
        replies.render(ws, records[0], "acknowledgement", "en")  # imports and caches warm
        started = time.perf_counter()
        replies.export_reply(
            ws, records[0], "acknowledgement", "en", out / "one.docx", confirmed=True
        )
        one = time.perf_counter() - started
        started = time.perf_counter()
        for i, record in enumerate(records):
            replies.export_reply(
                ws,
                record,
                "cover_note" if i % 2 else "acknowledgement",
                "fr" if i % 3 else "en",
                out / f"r{i:03}.docx",
                {"documents": "Annex A"},
                confirmed=True,
            )
        batch = time.perf_counter() - started
        ws.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(
        json.dumps(
            {
                "one_reply_ms": round(one * 1000, 1),
                "hundred_replies_s": round(batch, 2),
                "per_reply_in_batch_ms": round(batch * 10, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
