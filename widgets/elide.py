"""Fitting text into a few lines: wrapped at word boundaries, the last one cut with an ellipsis."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` broken into lines no wider than `width` pixels, as a label would wrap it."""
    flat = " ".join(text.split())  # a card's line breaks are not worth a projector line each
    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        lines.append(flat[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]


def fit_lines(text: str, font: QFont, width: int, max_lines: int | None) -> tuple[str, bool]:
    """The text as explicit lines, at most `max_lines` of them; True when something was cut."""
    lines = wrapped_lines(text, font, width)
    if max_lines is None or len(lines) <= max_lines:
        return "\n".join(lines), False
    kept = lines[: max(1, max_lines)]
    rest = " ".join([kept[-1], *lines[len(kept) :]])
    metrics = QFontMetrics(font)
    # Leave room for the ellipsis even when the last kept line was already full.
    kept[-1] = metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, max(1, width))
    return "\n".join(kept), True
