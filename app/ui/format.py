"""How stored values read on screen."""

from datetime import datetime


def local_time(stored: str) -> str:
    """A stored UTC instant as the laptop's local date and time, e.g. 21 Nov 2026, 14:05."""
    try:
        moment = datetime.fromisoformat(stored).astimezone()
    except ValueError:
        return stored
    return f"{moment.day} {moment:%b %Y, %H:%M}"
