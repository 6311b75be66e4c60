"""The Qt binding Seam runs on must not corrupt Python's reference counts."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emitting_a_signal_keeps_the_reference_count_of_true() -> None:
    # PySide6 6.12.0 returns True from emit() without a reference: after enough emits the
    # interpreter frees True itself and aborts at exit. pyproject.toml keeps that version out.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.fired.emit()
    assert sys.getrefcount(True) >= before
