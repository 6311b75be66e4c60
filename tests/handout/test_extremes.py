"""Handouts of sessions at the edges: just set up, half run, and every field at its longest."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.handout import write_handout
from app.storage import Store
from facilitation.session import Session
from tests.handout.meeting import Meeting
from tests.handout.pdf_checks import page_texts


def _text(path: Path) -> str:
    return "\n".join(page_texts(PdfReader(path)))


def test_a_session_just_started_prints_what_it_lacks(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "draft.pdf"
    write_handout(meeting.session, path)
    text = _text(path)
    assert "draft, exported before the session finished" in text
    assert "No verdict recorded" in text
    assert "No risk was sized in this session." in text
    assert "No actions were recorded." in text
    assert "The room formed no themes." in text
    assert "No confidence vote was recorded." in text
    assert "not run" in text
    assert "0.0 so far" in text


def test_every_field_at_its_longest_still_prints_in_full(crowded: Session, tmp_path: Path) -> None:
    path = tmp_path / "crowded.pdf"
    write_handout(crowded, path)
    text = _text(path).replace("\n", " ")
    for marker in ("TITLE-END", "PLAN-END", "FAILURE-END", "CONDITIONS-END", "CARD39-END"):
        assert marker in text
    for t in range(6):
        for marker in ("THEME", "MITIGATION", "WARNING", "OWNER", "DUE"):
            assert f"{marker}{t}-END" in text
    assert "ACTION14-END" in text
    assert "999 people at 2 or below" in text


def test_the_demo_session_prints(tmp_path: Path) -> None:
    demo = pytest.importorskip("app.demo")
    from app.sessions import open_session

    store = Store(tmp_path / "demo.sqlite3")
    try:
        session = open_session(store, demo.write_demo(store))
    finally:
        store.close()
    path = tmp_path / "demo.pdf"
    write_handout(session, path)
    first = PdfReader(path).pages[0].extract_text()
    assert session.title in first.replace("\n", " ")
    assert "Page 1 of" in first
