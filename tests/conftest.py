"""Shared fixtures: offscreen Qt, a fresh data folder per test, a fake clock, methods."""

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.methods_catalog import method as load_method
from facilitation.lifecycle import ParticipantDraft, SetupDraft
from facilitation.method import Method
from facilitation.roles import Role
from facilitation.session import Session
from tests.fakes import CountingIds, FakeClock

# Before the QApplication exists: tests never need a display. Qt's offscreen platform reads its
# screens from a file (see DESIGN.md): a 1280×800 laptop, a 1920×1080 projector, a 1280×720 one.
SCREENS = Path(__file__).parent / "screens.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes into its own folder, never the user's real data or settings."""
    folder = tmp_path / "seam-data"
    monkeypatch.setenv("SEAM_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ids() -> CountingIds:
    return CountingIds()


@pytest.fixture
def premortem() -> Method:
    return load_method("premortem")


ROOM = [
    ParticipantDraft("Priya", Role.PRODUCT),
    ParticipantDraft("Eli", Role.ENGINEERING),
    ParticipantDraft("Dana", Role.DESIGN),
    ParticipantDraft("Sam", Role.ENGINEERING),
]
# Setup values that satisfy each method's required fields.
SETUP: dict[str, dict[str, str]] = {
    "premortem": {
        "plan_summary": "Replace the three-step checkout with a single page by March.",
        "success_metric": "Checkout completion up from 61% to 70%",
        "horizon_date": "2027-06-30",
        "failure_definition": "Completion is flat and support tickets doubled",
    },
    "retro": {"scope": "the billing launch", "period": "March to April"},
    "problem": {"initiative": "Invoice disputes", "original_ask": "A dispute button by June"},
    "tradeoff": {
        "question": "How do customers dispute an invoice?",
        "driver": "Priya",
        "approver": "Morgan",
        "deadline": "2027-01-15",
    },
}


@pytest.fixture
def premortem_draft() -> SetupDraft:
    return SetupDraft("Checkout redesign", SETUP["premortem"], ROOM, total_min=60)


@pytest.fixture
def started(clock: FakeClock, ids: CountingIds) -> Callable[[str], Session]:
    """A function: method id → a new session of it, set up for four people and running."""
    from facilitation.lifecycle import create_session, start_session

    def make(method_id: str) -> Session:
        method = load_method(method_id)
        draft = SetupDraft(method.name, SETUP[method_id], ROOM, method.default_total_min)
        session, _ = create_session(method, draft, clock, ids)
        session.apply(start_session(session))
        return session

    return make
