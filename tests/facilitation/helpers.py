"""Helpers for driving a session the way the app does: compute a change, then apply it."""

import copy
from collections.abc import Callable

from facilitation import decision_matrix, records
from facilitation.changes import Change
from facilitation.lifecycle import go_to_phase
from facilitation.session import Session


def applied(session: Session, change: Change) -> Change:
    """Apply `change` as the app would after storing it, and hand it back for inspection."""
    session.apply(change)
    return change


def pure(session: Session, command: Callable[[Session], Change]) -> Change:
    """Run `command`, asserting it left the session exactly as it was (nothing before `apply`)."""
    before = copy.deepcopy(session.entities())
    reading = session.timebox.read() if session.timebox else None
    change = command(session)
    assert session.entities() == before
    assert (session.timebox.read() if session.timebox else None) == reading
    return change


def index_of(session: Session, phase_id: str) -> int:
    return next(r.position for r in session.ordered_runs() if r.phase_id == phase_id)


def go_to(session: Session, phase_id: str) -> None:
    session.apply(go_to_phase(session, index_of(session, phase_id)))


def score_first_criterion(s: Session, totals: dict[str, int], *, weight: int) -> None:
    """Weight the first criterion and give each named option that score on it, from product."""
    criterion = decision_matrix.criteria(s)[0]
    s.apply(records.set_score(s, criterion.id, "weight", weight, scale=range(1, 6)))
    for option in decision_matrix.options(s):
        if option.text in totals:
            value = totals[option.text]
            s.apply(
                records.set_score(
                    s, option.id, criterion.id, value, scale=range(1, 6), side="product"
                )
            )
