"""Across sessions: a later session of the team sees open actions and linked risks, and its
review is stored both on itself and back on the action it reviewed."""

from pathlib import Path

from app.methods_catalog import method
from app.sessions import commit, linked_outcomes, load_history
from app.storage import Store
from facilitation import board, followup, lifecycle, records
from facilitation.lifecycle import SetupDraft
from facilitation.roles import Role
from facilitation.session import Session
from tests.conftest import ROOM, SETUP
from tests.fakes import FakeClock
from tests.storage.helpers import reopened, stored_session


def _session(
    store: Store,
    clock: FakeClock,
    method_id: str,
    *,
    team: str = "Billing",
    follows: tuple[str, ...] = (),
) -> Session:
    m = method(method_id)
    draft = SetupDraft(
        m.name, SETUP[method_id], ROOM, m.default_total_min, team=team, follows=follows
    )
    session = stored_session(store, m, draft, clock)
    commit(store, session, lifecycle.start_session(session))
    return session


def test_a_retro_reviews_the_teams_open_actions_and_writes_the_status_back(
    db_path: Path, clock: FakeClock
) -> None:
    store = Store(db_path)
    pre = _session(store, clock, "premortem")
    commit(store, pre, board.add_action(pre, "Load-test the billing API", "Eli", "2027-01-10"))
    commit(store, pre, board.add_action(pre, "Write the rollback plan", "Priya", "2027-01-12"))
    done = pre.ordered_actions()[1]
    # Reviewed as done by an earlier retro: done actions are not brought up again.
    store.db.execute("UPDATE actions SET status = 'done' WHERE id = ?", [done.id])
    store.db.conn.commit()
    other_team = _session(store, clock, "premortem", team="Search")
    commit(store, other_team, board.add_action(other_team, "Tune the index", "Sam", "2027-02-01"))
    clock.advance(3600)
    retro = _session(store, clock, "retro")
    retro.history = load_history(store, retro)

    reviews = followup.actions_to_review(retro)
    assert [r.text for r in reviews] == ["Load-test the billing API"]
    commit(store, retro, followup.review_action(retro, reviews[0], status="done", trend="keep"))
    store.close()

    again = reopened(db_path, retro.id, clock)
    assert [(r.text, r.status, r.trend) for r in followup.actions_to_review(again)] == [
        ("Load-test the billing API", "done", "keep")
    ]
    assert again.history.open_actions == ()  # done now, so no longer open anywhere
    earlier = reopened(db_path, pre.id, clock)
    assert [a.status for a in earlier.ordered_actions()] == ["done", "done"]


def test_a_linked_premortem_hands_on_its_risks_and_outcomes(
    db_path: Path, clock: FakeClock
) -> None:
    store = Store(db_path)
    pre = _session(store, clock, "premortem", team="")
    card = board.add_card(pre, "reasons", "The vendor API changes", Role.ENGINEERING)
    commit(store, pre, card)
    theme = board.add_theme(pre, "Vendor lock-in", (card.puts()[0].id,))
    commit(store, pre, theme)
    commit(store, pre, board.size_risk(pre, theme.puts()[0].id, likelihood=4, impact=5))
    problem = _session(store, clock, "problem", team="")
    for spec in problem.method.phase("converge").panel("text_fields").fields[:4]:
        commit(store, problem, records.set_field(problem, "converge", spec, f"the {spec.id}"))
    clock.advance(60)
    retro = _session(store, clock, "retro", team="", follows=(pre.id,))
    history = load_history(store, retro)
    assert [(r.name, r.score, r.band) for r in history.linked_risks] == [
        ("Vendor lock-in", 20, "High")
    ]
    handed_on = linked_outcomes(store, [problem.id, pre.id], clock)
    assert handed_on[0]["problem_statement"].startswith("the who needs a way to the need")
    assert handed_on[1]["top_risks"] == "Vendor lock-in (20 High)"
    store.close()
