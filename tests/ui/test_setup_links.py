"""Setup: a team name, and the earlier sessions this one follows, which fill its empty fields."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from app.methods_catalog import method
from app.sessions import commit
from app.storage import Store
from app.ui.main_window import MainWindow
from app.ui.setup_screen import SetupScreen
from facilitation import lifecycle, records
from tests.conftest import ROOM, SETUP
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard


def _finished_problem_definition(db_path: Path, clock: FakeClock) -> str:
    store = Store(db_path)
    problem = method("problem")
    draft = lifecycle.SetupDraft("Invoice disputes", SETUP["problem"], ROOM, 75, team="Billing")
    session, change = lifecycle.create_session(problem, draft, clock)
    store.commit(session.id, change)
    commit(store, session, lifecycle.start_session(session))
    statement = problem.phase("converge").panel("text_fields")
    words = {
        "who": "Finance admins",
        "need": "settle a disputed invoice",
        "insight": "x",
        "impact": "y",
    }
    for spec in statement.fields:
        if spec.id in words:
            commit(store, session, records.set_field(session, "converge", spec, words[spec.id]))
    metric = {
        "metric": "Days to settle a dispute",
        "baseline": "19",
        "target": "5",
        "kind": "success",
    }
    commit(store, session, records.add_record(session, "metrics", metric))
    store.close()
    return session.id


def test_following_a_problem_definition_fills_the_trade_off_setup(
    open_window: Callable[[], MainWindow], keyboard: Keyboard, db_path: Path, clock: FakeClock
) -> None:
    earlier = _finished_problem_definition(db_path, clock)
    clock.advance(3600)
    window = open_window()
    window.new_session("tradeoff")
    setup = window.screen_widget
    assert isinstance(setup, SetupScreen)
    setup.team.setFocus()
    keyboard.enter("Billing")
    setup.follows.setFocus()
    setup.follows.setCurrentRow(0)
    keyboard.press(Qt.Key.Key_Space)

    session = setup.session
    assert session.record.team == "Billing"
    assert list(session.links) == [earlier]
    assert session.record.setup["problem_statement"].startswith(
        "Finance admins needs a way to settle a disputed invoice because x."
    )
    assert session.record.setup["success_metric"] == "Days to settle a dispute from 19 to 5"
    assert setup.fields["problem_statement"].toPlainText().startswith("Finance admins needs")

    keyboard.press(Qt.Key.Key_Space)  # unticking unlinks, and keeps what was filled in
    assert session.links == {}
    assert session.record.setup["success_metric"] == "Days to settle a dispute from 19 to 5"
