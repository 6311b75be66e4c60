"""Fitting card text into lines: nothing wider than the line, nothing lost unless cut with '…'."""

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from widgets.elide import fit_lines

TEXTS = [
    "Short",
    "The vendor changed their API twice and nobody on our side noticed until the pilot",
    "x" * 300,
    "العملاء لم يجدوا رابط النزاع في البريد ولا في الفاتورة",
    "Launch day 🚀 went fine; week two 🔥 did not",
    "Line\nbreaks\n\nand   spaces",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [60, 180, 500])
def test_lines_fit_the_width_and_keep_every_character(
    qapp: QApplication, text: str, width: int
) -> None:
    font = QFont()
    font.setPixelSize(24)
    metrics = QFontMetrics(font)
    whole, cut = fit_lines(text, font, width, None)
    assert not cut
    assert "".join(whole.split()) == "".join(text.split())
    assert all(metrics.horizontalAdvance(line) <= width for line in whole.split("\n"))

    shown, cut = fit_lines(text, font, width, 2)
    lines = shown.split("\n")
    assert len(lines) <= 2
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert cut == (len(whole.split("\n")) > 2)
    if cut:
        assert shown.endswith("…")
