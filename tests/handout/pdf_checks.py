"""Checks every handout's PDF gets: fonts embedded, no line past its cell, text as printed."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

import app.handout.writer as writer
from app.handout import write_handout
from facilitation.session import Session


def pdf_fonts(reader: PdfReader) -> dict[str, DictionaryObject]:
    """Every font the PDF's pages use, by its name in the file."""
    found: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", DictionaryObject()).get_object().values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def paragraphs(flowables: list[Flowable]) -> Iterator[Paragraph]:
    """Every Paragraph in `flowables`, inside tables and kept-together groups too."""
    for item in flowables:
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    # reportlab turns a stacked cell into a tuple once it has laid it out.
                    yield from paragraphs(list(cell) if isinstance(cell, list | tuple) else [cell])
        elif isinstance(item, KeepTogether):
            yield from paragraphs(item._content)


def overflow(paragraph: Paragraph) -> float:
    """How far the widest line of a laid-out paragraph runs past its box (negative: it fits)."""
    lines = paragraph.blPara.lines
    spare = [line[0] if isinstance(line, tuple) else line.extraSpace for line in lines]
    return -min(spare, default=0.0)


def laid_out(session: Session, path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Paragraph]:
    """Write the handout to `path` and return every paragraph reportlab laid out in it."""
    content = writer.handout_of(session)
    story: list[Flowable] = list(content.story)  # reportlab empties the list it lays out
    monkeypatch.setattr(writer, "handout_of", lambda _: content)
    write_handout(session, path)
    return [p for p in paragraphs(story) if hasattr(p, "blPara")]


def visible_overflow(paragraph: Paragraph) -> float:
    """How far the widest line's ink runs past its box (negative: it fits).

    Like `overflow`, but a plain line is measured by its words: when reportlab splits
    a word too long for any line, it counts the space before that word into the line above,
    which is blank and never reaches the paper.
    """
    style = paragraph.style
    worst = overflow(paragraph) if not paragraph.blPara.lines else float("-inf")
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


def printed(session: Session, path: Path) -> PdfReader:
    """The session's handout, written to `path` and read back."""
    write_handout(session, path)
    return PdfReader(path)


def page_texts(reader: PdfReader) -> list[str]:
    """What a reader sees on each page, as pypdf extracts it."""
    return [page.extract_text() for page in reader.pages]


def printed_text(session: Session, path: Path) -> str:
    """The handout written to `path`, its pages' text run together with single spaces."""
    return flat(" ".join(page_texts(printed(session, path))))


def assert_fonts_are_embedded_subsets(session: Session, path: Path) -> None:
    write_handout(session, path)
    fonts = pdf_fonts(PdfReader(path))
    assert any("Atkinson" in name for name in fonts)
    assert any("FiraSans" in name for name in fonts), "Greek and Cyrillic need the fallback"
    for name, font in fonts.items():
        assert "Helvetica" not in name and "+" in name, name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{name} is not embedded"


def assert_no_line_runs_out_of_its_cell(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lay the handout out and measure every paragraph reportlab placed."""
    placed = laid_out(session, tmp_path / "handout.pdf", monkeypatch)
    assert len(placed) > 30
    worst = max(placed, key=visible_overflow)
    assert visible_overflow(worst) < 0.5, worst.text[:80]
