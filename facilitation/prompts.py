"""Filling a phase's projected prompt with the session's own words and numbers."""

import string
from collections.abc import Mapping
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
    for panel in reversed(phase.panels):  # the first panel's settings win a name clash
        slots.update({k: v for k, v in panel.settings.items() if isinstance(v, int | str)})
    return slots


def fill(template: str, values: Mapping[str, Any]) -> str:
    """`template` with its {slots} filled from `values`; unknown or empty slots show an ellipsis."""
    slots = _Slots({k: v for k, v in values.items() if v not in ("", None)})
    return string.Formatter().vformat(template, (), slots)


def render_prompt(session: Session, phase: Phase) -> str:
    """The prompt with its {slots} filled; unknown or empty slots show an ellipsis."""
    return fill(phase.prompt, prompt_slots(session, phase))
