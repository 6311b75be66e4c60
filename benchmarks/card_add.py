"""Adding a card to a board that already holds 2,000, as the facilitator does it: type, Enter.

Timed from the Enter key to the end of the event processing it causes: the command, the durable
commit (WAL, synchronous=FULL, so the write is on the disk), the model update and the repaint of
the board. The runner's own timer ticks on meanwhile, as it does in a meeting. The baseline is the
bare durable write: one INSERT and commit of a card-sized row with the same SQLite settings.
"""

import sqlite3
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListView

from app.storage import Store
from benchmarks.context import Context
from benchmarks.fixtures import board_with_cards
from benchmarks.qt import application, session_on_screen
from benchmarks.results import Result, median, percentile

CARDS = 2_000
ADDS = 400
TEXT = "The payment provider times out under load and nobody notices until Monday"


class BareWrites:
    """One durable single-row insert at a time, with Seam's SQLite settings: the floor."""

    def __init__(self, context: Context) -> None:
        self.db = sqlite3.connect(context.work / "bare.sqlite3", isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.execute(
            "CREATE TABLE cards (id TEXT PRIMARY KEY, session_id TEXT, text TEXT, n INT)"
        )

    def write(self, n: int) -> float:
        started = time.perf_counter()
        self.db.execute("BEGIN")
        self.db.execute("INSERT INTO cards VALUES (?, ?, ?, ?)", (f"c{n}", "s", TEXT, n))
        self.db.execute("COMMIT")
        return (time.perf_counter() - started) * 1000


def adds(context: Context) -> tuple[list[float], list[float], int]:
    """Milliseconds for each Enter that adds a card and for each bare write timed right after
    it (so both see the same load); and the cards stored at the end.

    An add counts only if the new card is on screen when the Enter's events are done: a list
    that lays out later (in batches, say) would look fast here while the room waits.
    """
    app = application()
    bare = BareWrites(context)
    db = context.work / "board.sqlite3"
    session_id = board_with_cards(db, CARDS)
    store = Store(db)
    window, _ = session_on_screen(store, session_id)
    entry = next(e for e in window.findChildren(QLineEdit, "cardEntry") if e.isVisible())
    cards = next(v for v in window.findChildren(QListView, "cardList") if v.isVisible())
    entry.setFocus()
    seam, floor = [], []
    for n in range(ADDS):
        entry.setText(f"{TEXT} ({n})")  # the typing itself is not timed
        started = time.perf_counter()
        QTest.keyClick(entry, Qt.Key.Key_Return)
        QApplication.processEvents()  # the update and repaint the Enter caused
        seam.append((time.perf_counter() - started) * 1000)
        floor.append(bare.write(n))
        newest = cards.model().index(cards.model().rowCount() - 1, 0)
        if not cards.viewport().rect().contains(cards.visualRect(newest)):
            raise RuntimeError(f"card {n} was stored but is not on screen after its Enter")
    stored = next(s.card_count for s in store.list_sessions() if s.id == session_id)
    window.close()
    app.processEvents()
    store.close()
    bare.db.close()
    return seam, floor, stored


def run(context: Context) -> list[Result]:
    seam, bare, stored = adds(context)
    if stored != CARDS + ADDS:
        raise RuntimeError(f"{stored} cards stored, expected {CARDS + ADDS}")
    return [
        Result(
            f"add a card to {CARDS:,}, median",
            median(seam),
            "ms",
            baseline=median(bare),
            baseline_label="bare durable INSERT",
            limit=8.0,
        ),
        Result(
            f"add a card to {CARDS:,}, 99th percentile",
            percentile(seam, 0.99),
            "ms",
            baseline=percentile(bare, 0.99),
            baseline_label="bare durable INSERT",
            limit=16.0,
            note=f"{ADDS} cards added by Enter, each committed with synchronous=FULL.",
        ),
    ]
