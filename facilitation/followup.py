"""Across sessions: reviewing what earlier sessions left open.

A retro looks back at actions agreed earlier by the same team (did it happen? do more or less of
it?) and at a linked pre-mortem's risks (did the failure we imagined happen?). The answer is kept
in this session, and an action's new status is also written back onto the action itself.
"""

from dataclasses import replace

from facilitation.changes import Change, put, put_elsewhere
from facilitation.entities import Review
from facilitation.errors import DomainError
from facilitation.history import PriorAction, PriorRisk
from facilitation.session import Session
from facilitation.text import clean_line

ACTION_STATUSES = {"done": "Done", "partly": "Partly", "not_done": "Not done"}
ACTION_TRENDS = {"more": "More", "keep": "Keep", "less": "Less", "stop": "Stop"}
RISK_OUTCOMES = {"happened": "Happened", "partly": "Partly", "not_happened": "Did not happen"}


# ----- reviews ---------------------------------------------------------------------------------


def actions_to_review(session: Session) -> list[Review]:
    """Every earlier action up for review, as reviewed so far (status "" while not yet looked at).

    Actions reviewed here stay on the list even once done; open ones found since are added.
    """
    reviewed = {r.item_id: r for r in session.ordered_reviews("action")}
    fresh = [
        _action_review(prior, len(reviewed) + i)
        for i, prior in enumerate(
            p for p in session.history.open_actions if p.action.id not in reviewed
        )
    ]
    return [*reviewed.values(), *fresh]


def risks_to_review(session: Session) -> list[Review]:
    reviewed = {r.item_id: r for r in session.ordered_reviews("risk")}
    fresh = [
        _risk_review(prior, len(reviewed) + i)
        for i, prior in enumerate(
            p for p in session.history.linked_risks if p.theme_id not in reviewed
        )
    ]
    return [*reviewed.values(), *fresh]


def _action_review(prior: PriorAction, position: int) -> Review:
    action = prior.action
    return Review(
        action.id, "action", prior.session_id, action.what, action.owners, position=position
    )


def _risk_review(prior: PriorRisk, position: int) -> Review:
    return Review(
        prior.theme_id, "risk", prior.session_id, prior.name, prior.owner, position=position
    )


def review_action(
    session: Session,
    review: Review,
    *,
    status: str | None = None,
    trend: str | None = None,
    note: str | None = None,
) -> Change:
    """Record what became of an earlier action; its status is also stored back on the action."""
    if status is not None and status and status not in ACTION_STATUSES:
        raise DomainError("Choose Done, Partly or Not done.")
    if trend is not None and trend and trend not in ACTION_TRENDS:
        raise DomainError("Choose More, Keep, Less or Stop.")
    updated = _reviewed(review, status, trend, note)
    change = put(updated, session.touched())
    prior = next((p for p in session.history.open_actions if p.action.id == review.item_id), None)
    if status is not None and prior is not None:
        change = change + put_elsewhere(prior.session_id, replace(prior.action, status=status))
    return change


def review_risk(
    session: Session, review: Review, *, status: str | None = None, note: str | None = None
) -> Change:
    """Record whether a failure the linked pre-mortem imagined came about."""
    if status is not None and status and status not in RISK_OUTCOMES:
        raise DomainError("Choose Happened, Partly or Did not happen.")
    return put(_reviewed(review, status, None, note), session.touched())


def _reviewed(review: Review, status: str | None, trend: str | None, note: str | None) -> Review:
    if status is not None:
        review = replace(review, status=status)
    if trend is not None:
        review = replace(review, trend=trend)
    if note is not None:
        review = replace(review, note=clean_line(note, what="The note", required=False))
    return review
