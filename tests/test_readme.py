"""The README lists every shortcut Seam binds, and opens with the two newcomer commands."""

from pathlib import Path

from app.ui.shortcuts import SHORTCUTS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_make_run_and_make_test() -> None:
    opening = README.split("```")[1]
    assert "make run" in opening
    assert "make test" in opening


def test_readme_lists_every_shortcut() -> None:
    for shortcut in SHORTCUTS:
        assert f"| {shortcut.keys} | {shortcut.action} | {shortcut.where} |" in README
