"""Names fitted into a narrow column: whole words per line, cut only with an ellipsis."""

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.handout.blocks import fitted_lines

FONT, SIZE = "Helvetica-Bold", 8.5
NAMES = [
    "Single page on the current checkout",
    "Buy a checkout vendor's embedded widget",
    "Status quo",
    "Supercalifragilisticexpialidocious rewrite",
    "",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("width", [40.0, 52.0, 90.0, 400.0])
def test_lines_fit_hold_whole_words_and_say_when_cut(name: str, width: float) -> None:
    lead = "A · "
    lines = fitted_lines(name, FONT, SIZE, width, 4, lead)
    assert 1 <= len(lines) <= 4
    shown = [lead + lines[0], *lines[1:]]
    assert all(stringWidth(line, FONT, SIZE) <= width for line in shown)
    words = " ".join(lines).split()
    whole = name.split()
    cut = bool(words) and words[-1].endswith("…")
    kept = [*words[:-1], words[-1].removesuffix("…")] if cut else words
    if not cut:
        assert kept == whole, "nothing is lost unless the ellipsis says so"
    else:
        # Every word but the last printed one is whole; the last is whole or its beginning.
        assert kept[:-1] == whole[: len(kept) - 1]
        assert whole[len(kept) - 1].startswith(kept[-1])


def test_a_wide_column_prints_the_name_on_one_line() -> None:
    assert fitted_lines("Status quo", FONT, SIZE, 400, 4, "D · ") == ["Status quo"]


def test_a_word_too_long_for_any_line_ends_the_name() -> None:
    lines = fitted_lines("Supercalifragilistic rewrite of checkout", FONT, SIZE, 45, 4)
    assert lines[-1].endswith("…") and "rewrite" not in " ".join(lines)
