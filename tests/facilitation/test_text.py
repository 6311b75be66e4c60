"""Cleaning user text: keep what people wrote, drop what would corrupt a screen, a PDF or a file."""

import pytest

from facilitation.errors import DomainError
from facilitation.text import (
    CARD_MAX_CHARS,
    FIELD_MAX_CHARS,
    LINE_MAX_CHARS,
    clean_line,
    clean_text,
)


def card(value: str) -> str:
    return clean_text(value, max_chars=CARD_MAX_CHARS, what="A card")


def test_control_characters_go_newlines_stay() -> None:
    assert card("Bill\x00ing\x07 slips\x1b[0m\x7f\x9b") == "Billing slips[0m"
    assert card("one\ntwo\n\nthree") == "one\ntwo\n\nthree"
    assert card("tab\tbetween") == "tab between"


@pytest.mark.parametrize(
    "value",
    [
        "one\r\ntwo",  # Windows
        "one\rtwo",  # classic Mac: used to lose the break and read "onetwo"
        "one\x0btwo",  # Word's soft line break (Shift+Enter) when pasted
        "one\x85two",  # NEL
        "one\u2028two",  # Unicode line separator
    ],
)
def test_every_line_break_becomes_a_newline(value: str) -> None:
    assert card(value) == "one\ntwo"


def test_emoji_kept_verbatim() -> None:
    text = "Launch 🚀 slips; the on-call 👩🏽‍💻 burns out 🔥 🇺🇦"
    assert card(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "الدفع لا يعمل بعد التحديث",  # Arabic: "payment does not work after the update"
        "התשלום נכשל אחרי העדכון",  # Hebrew
        "Checkout \u2067الدفع\u2069 fails \u200fמעבר\u200e ok",  # isolates and marks
        "<b>Billing</b> & <i>tax</i> &amp; \"quotes\" 'too' {braces} %s \\n",
    ],
)
def test_right_to_left_and_markup_kept_verbatim(text: str) -> None:
    assert card(text) == text


def test_unpaired_surrogates_are_dropped() -> None:
    # Qt can hand over half of a pair; SQLite cannot encode it and the save would fail.
    assert card("half \ud83d of an emoji") == "half  of an emoji"


def test_composed_to_nfc() -> None:
    assert card("Cafe\u0301") == "Café"


def test_too_long_is_refused_with_a_sentence() -> None:
    assert card("x" * CARD_MAX_CHARS) == "x" * CARD_MAX_CHARS
    assert card("  " + "x" * CARD_MAX_CHARS + "\n ") == "x" * CARD_MAX_CHARS
    with pytest.raises(DomainError) as caught:
        card("x" * 501)
    assert str(caught.value) == (
        "A card holds at most 500 characters; this one has 501. Shorten it or split it in two."
    )
    with pytest.raises(DomainError) as caught:
        clean_text("y" * 4001, max_chars=FIELD_MAX_CHARS, what="The plan summary")
    assert str(caught.value).startswith(
        "The plan summary holds at most 4,000 characters; this one has 4,001."
    )


@pytest.mark.parametrize("blank", ["", "   ", "\n\t \r\n", "\x00\x07"])
def test_whitespace_only_is_refused(blank: str) -> None:
    with pytest.raises(DomainError) as caught:
        card(blank)
    assert str(caught.value) == "A card needs some text."
    assert clean_text(blank, max_chars=10, what="Notes", required=False) == ""


def test_a_line_joins_its_lines() -> None:
    assert clean_line("  Priya\nPatel\r\n(PM) ", what="A name") == "Priya Patel (PM)"
    assert clean_line("ا" * LINE_MAX_CHARS, what="A name") == "ا" * LINE_MAX_CHARS
    with pytest.raises(
        DomainError, match=r"^A name holds at most 200 characters; this one has 201\."
    ):
        clean_line("n" * 201, what="A name")
    with pytest.raises(DomainError, match=r"^A name needs some text\.$"):
        clean_line(" \n ", what="A name")
