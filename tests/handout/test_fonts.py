"""Fonts and markup: user text escaped, other scripts in a face that has them, nothing overflows."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

import app.handout.writer as writer
from app.handout import write_handout
from app.handout.fonts import markup, register_fonts
from facilitation.session import Session


def test_markup_escapes_user_text_and_keeps_line_breaks() -> None:
    assert markup('<b>&<font name="x">') == '&lt;b&gt;&amp;&lt;font name="x"&gt;'
    assert markup("one\ntwo") == "one<br/>two"


def test_atkinson_sets_latin_and_fira_sans_sets_greek_and_cyrillic() -> None:
    fonts = register_fonts()
    assert fonts.face_for("a").family == "Atkinson"
    assert fonts.face_for("é").family == "Atkinson"
    assert fonts.face_for("Κ").family == "FiraSans"
    assert fonts.face_for("Ж").family == "FiraSans"
    assert fonts.face_for("न").family == "NotoSans"


def test_fallback_runs_follow_the_surrounding_weight() -> None:
    assert markup("API Задержка 5") == 'API <font face="FiraSans-Regular">Задержка </font>5'
    assert markup("Задержка", bold=True) == '<font face="FiraSans-Bold">Задержка</font>'
    assert markup("<Ж>") == '&lt;<font face="FiraSans-Regular">Ж</font>&gt;'


def _paragraphs(flowables: list[Flowable]) -> Iterator[Paragraph]:
    for item in flowables:
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    # reportlab turns a stacked cell into a tuple once it has laid it out.
                    yield from _paragraphs(list(cell) if isinstance(cell, list | tuple) else [cell])
        elif isinstance(item, KeepTogether):
            yield from _paragraphs(item._content)


def _overflow(paragraph: Paragraph) -> float:
    """How far the widest line of a laid-out paragraph runs past its box (negative: it fits)."""
    lines = paragraph.blPara.lines
    spare = [line[0] if isinstance(line, tuple) else line.extraSpace for line in lines]
    return -min(spare, default=0.0)


@pytest.mark.parametrize("which", ["finished", "crowded"])
def test_no_line_runs_out_of_its_cell(
    which: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fixture = request.getfixturevalue(which)
    session: Session = fixture if isinstance(fixture, Session) else fixture.session
    content = writer.handout_of(session)
    story: list[Flowable] = list(content.story)  # reportlab empties the list it lays out
    monkeypatch.setattr(writer, "handout_of", lambda _: content)
    write_handout(session, tmp_path / "handout.pdf")
    laid_out = [p for p in _paragraphs(story) if hasattr(p, "blPara")]
    assert len(laid_out) > 30
    worst = max(laid_out, key=_overflow)
    assert _overflow(worst) < 0.5, worst.text[:80]
