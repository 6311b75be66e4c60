"""Loading and saving whole sessions: the meeting point of the methods, the store and the domain."""

from app.methods_catalog import method
from app.storage import Store
from facilitation.changes import Change
from facilitation.clock import Clock, SystemClock
from facilitation.history import History, PriorRisk
from facilitation.outcomes import outcomes
from facilitation.session import IdFactory, Session, new_id


def open_session(
    store: Store, session_id: str, clock: Clock | None = None, id_factory: IdFactory = new_id
) -> Session:
    """The stored session `session_id`, with what earlier sessions left it; KeyError if none."""
    session = _restore(store, session_id, clock or SystemClock(), id_factory)
    session.history = load_history(store, session)
    return session


def _restore(
    store: Store, session_id: str, clock: Clock, id_factory: IdFactory = new_id
) -> Session:
    records = store.load(session_id)
    return Session.restore(
        method(store.method_of(session_id)), records, clock, id_factory=id_factory
    )


def load_history(store: Store, session: Session) -> History:
    """Open actions of the team's earlier sessions and of linked ones; linked pre-mortems' risks.

    A linked session that has since been deleted, or whose method Seam no longer knows, is
    skipped: looking back must never stop a session from opening.
    """
    linked = [link.earlier_id for link in session.ordered_links()]
    actions = store.open_actions(
        team=session.record.team,
        linked=linked,
        exclude=session.id,
        before=session.record.created_at,
    )
    risks = [
        risk
        for earlier in _restored(store, linked, session.clock)
        for risk in _sized_risks(earlier)
    ]
    return History(open_actions=tuple(actions), linked_risks=tuple(risks))


def _sized_risks(earlier: Session) -> list[PriorRisk]:
    """The risks `earlier` sized, in the order of its risk register."""
    banding = earlier.banding()
    return [
        PriorRisk(
            theme.id,
            theme.name,
            risk.score,
            banding.band(risk.score).value,
            risk.roam,
            risk.owner,
            earlier.id,
            earlier.title,
        )
        for theme, risk in earlier.sized_risks()
    ]


def _restored(store: Store, session_ids: list[str], clock: Clock) -> list[Session]:
    """The sessions among `session_ids` still stored and readable, in the given order."""
    found = []
    for session_id in session_ids:
        try:
            found.append(_restore(store, session_id, clock))
        except KeyError:  # deleted since it was linked, or a method this Seam does not know
            continue
    return found


def linked_outcomes(store: Store, session_ids: list[str], clock: Clock) -> list[dict[str, str]]:
    """What each of these sessions hands on (problem statement, top risks…), in the given order."""
    return [outcomes(earlier) for earlier in _restored(store, session_ids, clock)]


def commit(store: Store, session: Session, change: Change) -> None:
    """Store `change`, then apply it to `session`: the order that makes the screen honest."""
    store.commit(session.id, change)
    session.apply(change)
