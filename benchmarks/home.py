"""The home screen listing 1,000 stored sessions: built, shown and painted within 300 ms.

Timed from constructing the screen (which lists the sessions from SQLite) to the end of its first
paint, on the 1,000-session database the startup benchmark made. The baseline is a bare
QTableWidget given the same 1,000 × 4 cells and painted the same way.
"""

import time

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from app.storage import Store
from app.ui.home_screen import HomeScreen
from benchmarks.context import Context
from benchmarks.fixtures import store_sessions
from benchmarks.qt import PaintCount, application, wait_until_painted
from benchmarks.results import Result, median

RUNS = 5
SESSIONS = 1_000


def _shown(widget: QWidget, started: float) -> float:
    widget.resize(1280, 800)
    painted = PaintCount(widget)
    widget.show()
    wait_until_painted(painted)
    elapsed = (time.perf_counter() - started) * 1000
    widget.close()
    widget.deleteLater()
    return elapsed


def _bare_table(rows: list[tuple[str, str, str, str]]) -> QTableWidget:
    table = QTableWidget(len(rows), 4)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    return table


def run(context: Context) -> list[Result]:
    app = application()
    db = context.sessions_db
    if db is None:
        db = context.work / "home.sqlite3"
        store_sessions(db, SESSIONS)
    store = Store(db)
    summaries = store.list_sessions()
    cells = [(s.title, s.method, s.status, s.updated_at) for s in summaries]
    seam, bare = [], []
    for turn in range(RUNS + 1):
        started = time.perf_counter()
        elapsed = _shown(HomeScreen(store), started)
        if turn:
            seam.append(elapsed)
        started = time.perf_counter()
        elapsed = _shown(_bare_table(cells), started)
        if turn:
            bare.append(elapsed)
        app.processEvents()
    store.close()
    return [
        Result(
            f"home screen, {len(summaries):,} sessions",
            median(seam),
            "ms",
            baseline=median(bare),
            baseline_label="bare QTableWidget",
            limit=300.0,
        )
    ]
