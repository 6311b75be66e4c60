"""What earlier sessions hand to a later one: open actions to review and risks to check.

The app gathers this when it opens a session; the domain only reads it. Keeping it apart from the
session's own records means a session never mistakes another session's data for its own.
"""

from dataclasses import dataclass

from facilitation.entities import Action


@dataclass(frozen=True)
class PriorAction:
    """An action agreed in an earlier session, with where it came from."""

    action: Action
    session_id: str
    session_title: str


@dataclass(frozen=True)
class PriorRisk:
    """A sized risk from a linked pre-mortem: did it happen?"""

    theme_id: str
    name: str
    score: int
    band: str
    roam: str
    owner: str
    session_id: str
    session_title: str


@dataclass(frozen=True)
class History:
    open_actions: tuple[PriorAction, ...] = ()
    linked_risks: tuple[PriorRisk, ...] = ()
