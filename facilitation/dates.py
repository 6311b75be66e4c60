"""Dates as people read them, the same on the projector and on paper, whatever the locale."""

from datetime import date

# English names, not strftime's %B: the GUI sets the system locale, and Seam's text is English.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    # Spelled out, so no reader mistakes 03/04 for the 3rd of April or the 4th of March.
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def is_date(value: str) -> bool:
    """Whether `value` is an ISO calendar date (2027-06-30)."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def readable(value: str) -> str:
    """An ISO date (2027-06-30) spelled out (30 June 2027); any other text unchanged."""
    try:
        return long_date(date.fromisoformat(value))
    except ValueError:
        return value
