"""Cleaning of user-typed text: keep what people wrote, drop what would corrupt a screen or file."""

import unicodedata

from facilitation.errors import DomainError

CARD_MAX_CHARS = 500
LINE_MAX_CHARS = 200
FIELD_MAX_CHARS = 4000

# Bidirectional isolates and marks are kept (right-to-left text needs them); only C0/C1 control
# characters other than newline go, because they break layouts, PDFs and terminals.
_KEEP_CONTROLS = {"\n"}


def clean_text(value: str, *, max_chars: int, what: str, required: bool = True) -> str:
    """Normalise `value` and check its length, naming `what` in any error."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\t", " ")
    text = "".join(
        ch for ch in text if ch in _KEEP_CONTROLS or unicodedata.category(ch) != "Cc"
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
