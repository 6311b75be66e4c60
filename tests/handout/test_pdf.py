"""The PDF handout as a reader gets it: what each page says, its fonts, and safe writing."""

import os
import re
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

import app.handout.writer as writer
from app.handout import write_handout
from facilitation.session import Session
from tests.handout.meeting import CYRILLIC_CARD, GREEK_CARD, MARKUP_CARD
from tests.handout.pdf_checks import pdf_fonts


def test_page_one_has_title_verdict_top_risks_and_actions(pages: list[str]) -> None:
    first = pages[0]
    assert "Pre-mortem: Checkout redesign" in first
    assert "21 November 2026" in first
    assert "Go with conditions" in first
    assert "Load test passes before launch" in first
    assert "1 person at 2 or below: concerns to follow up" in first
    for who in ("Priya", "Eli, Sam", "Dana"):
        assert who in first
    assert "Payment integration fails" in first
    assert "Load-test the payment API at 3× peak" in first
    assert "Write down the tax rules per country" in first
    actions = first[first.index("Actions") :]
    assert actions.index("3× peak") < actions.index("Sam") < actions.index("2026-12-01")
    assert actions.index("per country") < actions.index("Priya") < actions.index("2026-12-08")


def test_every_page_says_which_of_how_many_it_is(pages: list[str]) -> None:
    total = len(pages)
    assert total >= 2
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"page {number} of {total}\b", page, re.IGNORECASE)


def test_later_pages_carry_the_title_as_a_header(pages: list[str]) -> None:
    assert all(page.startswith("Pre-mortem: Checkout redesign") for page in pages[1:])


def test_register_rows_in_score_order(pages: list[str]) -> None:
    text = "\n".join(pages[1:])
    register = text[text.index("Risk register") : text.index("Confidence in the plan")]
    order = [register.index(name) for name in ("Payment", "Tax rules", "Promo code")]
    assert order == sorted(order)
    assert re.search(r"20\s+High", register) and re.search(r"6\s+Low", register)
    assert "needs an owner" in register


def test_user_markup_prints_literally(pages: list[str]) -> None:
    text = "\n".join(pages)
    assert MARKUP_CARD in text
    assert "<b>&<font>" in text


def test_greek_and_cyrillic_survive(pages: list[str]) -> None:
    text = "\n".join(pages)
    assert GREEK_CARD in text
    assert CYRILLIC_CARD in text
    assert "Καθυστέρηση" in text and "Задержка" in text


def test_fonts_are_embedded_truetype_subsets(handout: PdfReader) -> None:
    fonts = pdf_fonts(handout)
    names = sorted(fonts)
    assert any("Atkinson" in n for n in names), names
    assert any("FiraSans" in n for n in names), "Greek and Cyrillic need the fallback face"
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name
        assert font["/Subtype"] == "/TrueType", name
        # reportlab names a subset "<Font>+<n>" (or "ABCDEF+<Font>"): either way it is one.
        assert "+" in name, name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_a_failed_export_leaves_nothing_behind(
    finished: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "handout.pdf"
    target.write_bytes(b"the previous handout")

    class Broken(Flowable):
        def wrap(self, *_: object) -> tuple[float, float]:
            raise RuntimeError("layout failed")

    whole = writer.handout_of(finished)
    monkeypatch.setattr(
        writer, "handout_of", lambda _: replace(whole, story=[*whole.story, Broken()])
    )
    with pytest.raises(RuntimeError):
        write_handout(finished, target)
    assert [p.name for p in folder.iterdir()] == ["handout.pdf"]
    assert target.read_bytes() == b"the previous handout"


def test_replaces_an_older_handout_whole(finished: Session, tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old")
    write_handout(finished, target)
    assert target.read_bytes().startswith(b"%PDF-")
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("seam.sqlite3")]
    assert left == ["handout.pdf"]


def test_the_handout_is_as_shareable_as_any_new_file(finished: Session, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_handout(finished, tmp_path / "handout.pdf")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "handout.pdf").stat().st_mode) == 0o644


@pytest.mark.parametrize("where", ["missing/handout.pdf", "file.txt/handout.pdf"])
def test_unwritable_paths_raise_oserror(finished: Session, tmp_path: Path, where: str) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    with pytest.raises(OSError):
        write_handout(finished, tmp_path / where)


def test_a_path_that_is_a_folder_raises_oserror(finished: Session, tmp_path: Path) -> None:
    folder = tmp_path / "handout.pdf"
    folder.mkdir()
    with pytest.raises(OSError):
        write_handout(finished, folder)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_planned_and_actual_minutes_per_phase(pages: list[str]) -> None:
    timings = pages[-1][pages[-1].index("Appendix: planned and actual time") :]
    # 60 minutes spread over the pre-mortem's defaults gives "Set the stage" 4 (5 × 60 / 68,
    # rounded); the clock moved 300 s there and 90 s in the 2-minute fiasco.
    assert re.search(r"Set the stage\s+4\.0\s+5\.0\s+\+1\.0", timings)
    assert re.search(r"Declare the fiasco\s+2\.0\s+1\.5\s+−0\.5", timings)
    assert re.search(r"Total\s+60\s+66\s+\+5\.5", timings)
