"""Fonts and markup: user text escaped, other scripts in a face that has them, nothing overflows."""

from pathlib import Path

import pytest

from app.handout.fonts import markup, register_fonts
from facilitation.session import Session
from tests.handout.pdf_checks import laid_out, overflow


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


@pytest.mark.parametrize("which", ["finished", "crowded"])
def test_no_line_runs_out_of_its_cell(
    which: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session: Session = request.getfixturevalue(which)
    placed = laid_out(session, tmp_path / "handout.pdf", monkeypatch)
    assert len(placed) > 30
    worst = max(placed, key=overflow)
    assert overflow(worst) < 0.5, worst.text[:80]
