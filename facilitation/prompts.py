"""Filling a phase's projected prompt with the session's own words and numbers."""

import string
from typing import Any

from facilitation.dates import readable
from facilitation.method import Phase
from facilitation.session import Session

MISSING = "…"


class _Slots(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return MISSING


def prompt_slots(session: Session, phase: Phase) -> dict[str, Any]:
    slots: dict[str, Any] = {"title": session.title}
    slots.update({k: readable(v) for k, v in session.record.setup.items() if v})
    slots.update({k: v for k, v in phase.settings.items() if isinstance(v, int | str)})
    return slots


def render_prompt(session: Session, phase: Phase) -> str:
    """The prompt with its {slots} filled; unknown or empty slots show an ellipsis."""
    slots = _Slots(prompt_slots(session, phase))
    return string.Formatter().vformat(phase.prompt, (), slots)
