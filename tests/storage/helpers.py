"""Helpers for storage tests: store a new session, and reopen it as a fresh Seam would."""

from pathlib import Path

from app.sessions import open_session
from app.storage import Store
from facilitation.clock import Clock
from facilitation.lifecycle import SetupDraft, create_session
from facilitation.method import Method
from facilitation.session import IdFactory, Session, new_id


def stored_session(
    store: Store, method: Method, draft: SetupDraft, clock: Clock, ids: IdFactory = new_id
) -> Session:
    session, change = create_session(method, draft, clock, ids)
    store.commit(session.id, change)
    return session


def reopened(path: Path, session_id: str, clock: Clock) -> Session:
    """The session as a new process would load it: a new Store on the same file."""
    store = Store(path)
    try:
        return open_session(store, session_id, clock)
    finally:
        store.close()


def rows(store: Store, table: str, session_id: str) -> int:
    query = f"SELECT COUNT(*) FROM [{table}] WHERE session_id = ?"
    return int(store.db.execute(query, [session_id]).fetchone()[0])
