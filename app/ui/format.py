"""How stored values read on screen."""

from collections.abc import Mapping
from datetime import datetime

from facilitation.roles import ROLE_ORDER, Role


def local_time(stored: str) -> str:
    """A stored UTC instant as the laptop's local date and time, e.g. 21 Nov 2026, 14:05."""
    try:
        moment = datetime.fromisoformat(stored).astimezone()
    except ValueError:
        return stored
    return f"{moment.day} {moment:%b %Y, %H:%M}"


def plural(count: int, noun: str, many: str = "") -> str:
    """ "1 card", "3 cards"; `many` for a noun that does not just take an s (criteria)."""
    return f"{count} {noun}" if count == 1 else f"{count} {many or noun + 's'}"


def cards_by_role(counts: Mapping[Role, int]) -> str:
    """ "5 cards · Product 3 · Engineering 2": the roles that wrote any, in ROLE_ORDER."""
    parts = [f"{role.label} {counts[role]}" for role in ROLE_ORDER if counts.get(role)]
    return " · ".join([plural(sum(counts.values()), "card"), *parts])
