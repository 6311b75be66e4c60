"""Handout fixtures: the known pre-mortem, finished and reopened from storage, and its PDF."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.storage import Store
from facilitation.lifecycle import SetupDraft
from facilitation.method import Method
from facilitation.premortem_report import PremortemReport, premortem_report
from facilitation.session import Session
from tests.fakes import CountingIds, FakeClock
from tests.handout.meeting import PREMORTEM_S, Meeting, play_crowded, play_premortem, start
from tests.handout.pdf_checks import page_texts, printed


@pytest.fixture
def meeting(
    tmp_path: Path,
    premortem: Method,
    premortem_draft: SetupDraft,
    clock: FakeClock,
    ids: CountingIds,
) -> Iterator[Meeting]:
    store = Store(tmp_path / "seam.sqlite3")
    started = start(store, premortem, premortem_draft, clock, ids, PREMORTEM_S)
    yield started
    started.store.close()


@pytest.fixture
def crowded(
    tmp_path: Path, premortem: Method, clock: FakeClock, ids: CountingIds
) -> Iterator[Session]:
    """Every text at its length limit, with many people, reasons, risks and actions."""
    played = play_crowded(tmp_path / "crowded.sqlite3", premortem, clock, ids)
    yield played.session
    played.store.close()


@pytest.fixture
def finished(meeting: Meeting) -> Session:
    """The whole pre-mortem, as `open_session` loads it back for export."""
    return play_premortem(meeting).reopened()


@pytest.fixture
def report(finished: Session) -> PremortemReport:
    return premortem_report(finished)


@pytest.fixture
def handout(finished: Session, tmp_path: Path) -> PdfReader:
    return printed(finished, tmp_path / "handout.pdf")


@pytest.fixture
def pages(handout: PdfReader) -> list[str]:
    """What a reader sees on each page, as pypdf extracts it."""
    return page_texts(handout)
