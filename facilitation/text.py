"""Cleaning of user-typed text: keep what people wrote, drop what would corrupt a screen or file."""

import unicodedata

from facilitation.errors import DomainError

CARD_MAX_CHARS = 500
LINE_MAX_CHARS = 200
FIELD_MAX_CHARS = 4000

# Bidirectional isolates and marks are kept (right-to-left text needs them); C0/C1 control
# characters other than newline go, because they break layouts, PDFs and terminals, and so do
# unpaired surrogates, which no file or database can encode.
_KEEP_CONTROLS = {"\n"}
_DROPPED_CATEGORIES = {"Cc", "Cs"}


def clean_text(value: str, *, max_chars: int, what: str, required: bool = True) -> str:
    """Normalise `value` and check its length, naming `what` in any error."""
    # Every line break (\r, \r\n, Word's \v soft break, \x85, U+2028...) becomes \n first, so
    # dropping control characters never glues two lines' words together.
    text = "\n".join(unicodedata.normalize("NFC", value).splitlines()).replace("\t", " ")
    text = "".join(
        ch
        for ch in text
        if ch in _KEEP_CONTROLS or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    ).strip()
    if required and not text:
        raise DomainError(f"{what} needs some text.")
    if len(text) > max_chars:
        raise DomainError(
            f"{what} holds at most {max_chars:,} characters; this one has {len(text):,}. "
            "Shorten it or split it in two."
        )
    return text


def clean_line(value: str, *, what: str, required: bool = True) -> str:
    """A single-line field: newlines become spaces."""
    return clean_text(
        " ".join(value.splitlines()), max_chars=LINE_MAX_CHARS, what=what, required=required
    )
