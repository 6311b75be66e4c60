"""Fitting text into a few lines: wrapped at word boundaries, the last one cut with an ellipsis.

Lines are measured with the font's own advance widths, the measure a label draws with, so a line
said to fit does fit, emoji and right-to-left text included.
"""

from PySide6.QtGui import QFont, QFontMetrics

ELLIPSIS = "…"


def _pieces(word: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A word wider than the line, broken into pieces that each fit (a URL, a run of x's)."""
    pieces, piece = [], ""
    for char in word:
        if piece and metrics.horizontalAdvance(piece + char) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` broken into lines no wider than `width` pixels, filling each line greedily."""
    metrics = QFontMetrics(font)
    width = max(1, width)
    lines: list[str] = []
    line = ""
    # A card's own line breaks are not worth a projector line each.
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        too_wide = metrics.horizontalAdvance(word) > width
        pieces = _pieces(word, metrics, width) if too_wide else [word]
        lines += pieces[:-1]
        line = pieces[-1]
    return [*lines, line] if line or not lines else lines


def fit_lines(text: str, font: QFont, width: int, max_lines: int | None) -> tuple[str, bool]:
    """The text as explicit lines, at most `max_lines` of them; True when something was cut."""
    lines = wrapped_lines(text, font, width)
    if max_lines is None or len(lines) <= max_lines:
        return "\n".join(lines), False
    kept = lines[: max(1, max_lines)]
    metrics = QFontMetrics(font)
    last = kept[-1]
    # The last kept line ends in an ellipsis, shortened until the two fit together.
    while last and metrics.horizontalAdvance(last + ELLIPSIS) > max(1, width):
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return "\n".join(kept), True
