"""Checks every handout's PDF gets: fonts embedded, no line past its cell, text as printed."""

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

import app.handout.writer as writer
from app.handout import write_handout
from facilitation.session import Session
from tests.handout.test_fonts import _overflow, _paragraphs
from tests.handout.test_pdf import _fonts


def visible_overflow(paragraph: Paragraph) -> float:
    """How far the widest line's ink runs past its box (negative: it fits).

    Like test_fonts._overflow, but a plain line is measured by its words: when reportlab splits
    a word too long for any line, it counts the space before that word into the line above,
    which is blank and never reaches the paper.
    """
    style = paragraph.style
    worst = _overflow(paragraph) if not paragraph.blPara.lines else float("-inf")
    for index, line in enumerate(paragraph.blPara.lines):
        if isinstance(line, tuple):
            indent = style.firstLineIndent if index == 0 else 0
            room = paragraph.width - style.leftIndent - style.rightIndent - indent
            ink = stringWidth(" ".join(line[1]), style.fontName, style.fontSize)
            worst = max(worst, ink - room)
        else:
            worst = max(worst, -line.extraSpace)
    return worst


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def in_order(text: str, parts: tuple[str, ...]) -> list[str]:
    """The parts not found in `text` each after the one before (empty: all in this order)."""
    lost, at = [], 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            lost.append(part)
        else:
            at = found + len(part)
    return lost


def printed_text(session: Session, path: Path) -> str:
    """The handout written to `path`, its pages' text run together with single spaces."""
    write_handout(session, path)
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def assert_fonts_are_embedded_subsets(session: Session, path: Path) -> None:
    write_handout(session, path)
    fonts = _fonts(PdfReader(path))
    assert any("Atkinson" in name for name in fonts)
    assert any("FiraSans" in name for name in fonts), "Greek and Cyrillic need the fallback"
    for name, font in fonts.items():
        assert "Helvetica" not in name and "+" in name, name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"


def assert_no_line_runs_out_of_its_cell(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lay the handout out and measure every paragraph reportlab placed."""
    content = writer.handout_of(session)
    story: list[Flowable] = list(content.story)  # reportlab empties the list it lays out
    monkeypatch.setattr(writer, "handout_of", lambda _: content)
    write_handout(session, tmp_path / "handout.pdf")
    laid_out = [p for p in _paragraphs(story) if hasattr(p, "blPara")]
    assert len(laid_out) > 30
    worst = max(laid_out, key=visible_overflow)
    assert visible_overflow(worst) < 0.5, worst.text[:80]
