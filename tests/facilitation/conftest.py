"""Domain fixtures: a pre-mortem session in setup, and one already running its first phase."""

import pytest

from facilitation.lifecycle import SetupDraft, create_session, start_session
from facilitation.method import Method
from facilitation.session import Session
from tests.fakes import CountingIds, FakeClock


@pytest.fixture
def session(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock, ids: CountingIds
) -> Session:
    created, _ = create_session(premortem, premortem_draft, clock, ids)
    return created


@pytest.fixture
def running(session: Session) -> Session:
    session.apply(start_session(session))
    return session
