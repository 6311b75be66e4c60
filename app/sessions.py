"""Loading and saving whole sessions: the meeting point of the methods, the store and the domain."""

from app.methods_catalog import method
from app.storage import Store
from facilitation.changes import Change
from facilitation.clock import Clock, SystemClock
from facilitation.session import IdFactory, Session, new_id


def open_session(
    store: Store, session_id: str, clock: Clock | None = None, id_factory: IdFactory = new_id
) -> Session:
    """The stored session `session_id`; KeyError if there is none."""
    records = store.load(session_id)
    method_id = store.method_of(session_id)
    return Session.restore(
        method(method_id), records, clock or SystemClock(), id_factory=id_factory
    )


def commit(store: Store, session: Session, change: Change) -> None:
    """Store `change`, then apply it to `session`: the order that makes the screen honest."""
    store.commit(session.id, change)
    session.apply(change)
