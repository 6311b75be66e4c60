"""Dates read the same on the projector and on paper, whatever the laptop's locale."""

import locale

from facilitation.dates import readable


def test_iso_dates_are_spelled_out_in_english_even_under_another_locale() -> None:
    previous = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("de_DE.UTF-8", "fr_FR.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue  # not installed here; the English default is checked below anyway
        assert readable("2027-06-30") == "30 June 2027"
    finally:
        locale.setlocale(locale.LC_TIME, previous)


def test_text_that_is_not_a_date_is_left_alone() -> None:
    assert readable("end of Q3") == "end of Q3"
    assert readable("") == ""
