"""Peak memory of Seam with 2,000 cards on the board, in a process of its own.

The child process starts Seam as a facilitator would find it mid-meeting: the main window, the
runner, the silent-writing board with 2,000 cards, scrolled to the end so every row has been laid
out and drawn. It reports its peak resident set (VmHWM). The baseline is the bare PySide6
window's peak in the same run.

    python -m benchmarks.memory DB SESSION_ID   # the child; prints peak_rss_kb=...
"""

import re
import subprocess
import sys
from pathlib import Path

from benchmarks.context import Context
from benchmarks.fixtures import board_with_cards
from benchmarks.results import Result

CARDS = 2_000
BARE = str(Path(__file__).with_name("bare_window.py"))


def child(db: Path, session_id: str) -> int:
    from PySide6.QtWidgets import QListView

    from app.storage import Store
    from benchmarks.bare_window import peak_rss_kb
    from benchmarks.qt import application, session_on_screen, wait_until_painted

    app = application()
    store = Store(db)
    window, painted = session_on_screen(store, session_id)
    for view in window.findChildren(QListView, "cardList"):
        if view.isVisible():
            seen = painted.count
            view.scrollToBottom()
            view.viewport().update()
            wait_until_painted(painted, seen)
    app.processEvents()
    print(f"peak_rss_kb={peak_rss_kb()}", flush=True)
    store.close()
    return 0


def _peak_mib(command: list[str], context: Context) -> float:
    done = subprocess.run(
        command, env=context.env, cwd=context.root, capture_output=True, text=True, timeout=120
    )
    found = re.search(r"peak_rss_kb=(\d+)", done.stdout)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"{command[-1]} failed: {done.stderr[-400:]}")
    return int(found.group(1)) / 1024


def run(context: Context) -> list[Result]:
    db = context.work / "memory.sqlite3"
    session_id = board_with_cards(db, CARDS)
    seam = _peak_mib([sys.executable, "-m", "benchmarks.memory", str(db), session_id], context)
    bare = _peak_mib([sys.executable, BARE, "--rss"], context)
    return [
        Result(
            f"peak memory, {CARDS:,} cards on the board",
            seam,
            "MiB",
            baseline=bare,
            baseline_label="bare PySide6 window",
            limit=200.0,
        )
    ]


if __name__ == "__main__":
    sys.exit(child(Path(sys.argv[1]), sys.argv[2]))
