"""The demo session: a believable, complete pre-mortem that obeys the method's own rules."""

from datetime import date
from pathlib import Path

import pytest

from app import demo_content as content
from app.demo import write_demo
from app.sessions import open_session
from app.storage import Store
from facilitation.clock import iso
from facilitation.roles import Role
from facilitation.scoring import risk_score
from facilitation.session import Session
from tests.cli.conftest import Seam
from tests.fakes import FakeClock


@pytest.fixture
def demo(demo_db: tuple[Path, str]) -> Session:
    path, session_id = demo_db
    store = Store(path)
    try:
        return open_session(store, session_id, FakeClock())
    finally:
        store.close()


def test_demo_command_prints_the_new_id(seam: Seam, tmp_path: Path) -> None:
    db = tmp_path / "fresh" / "demo.sqlite3"
    result = seam("demo", "--db", db)
    assert result.code == 0
    session_id = result.out.strip()
    store = Store(db)
    try:
        assert [s.id for s in store.list_sessions()] == [session_id]
    finally:
        store.close()


def test_the_clock_sets_when_the_meeting_began(demo: Session, clock: FakeClock) -> None:
    assert demo.record.created_at == iso(clock.now())
    assert demo.record.status == "completed"
    assert all(run.state == "done" and not run.running for run in demo.ordered_runs())


def test_people_from_both_sides_of_the_seam(demo: Session) -> None:
    people = demo.ordered_participants()
    assert len(people) == 6
    assert {p.role for p in people} == {Role.PRODUCT, Role.ENGINEERING, Role.DESIGN}


def test_reasons_come_from_product_and_engineering_and_are_all_in_a_theme(demo: Session) -> None:
    reasons = demo.cards_in("reasons")
    assert len(reasons) >= 22
    assert {Role.PRODUCT, Role.ENGINEERING, Role.DESIGN} <= {c.role for c in reasons}
    assert sum(1 for c in reasons if c.lens) >= 10
    assert [c.mark for c in reasons].count("duplicate") == 2
    assert all(c.mark in ("read", "duplicate") for c in reasons), "every reason was read out"
    assert all(c.theme_id in demo.themes for c in reasons), "every reason is in a theme"
    assert 5 <= len(demo.themes) <= 6
    assert all(demo.cards_of_theme(t.id) for t in demo.ordered_themes())


def test_some_card_needs_escaping_downstream(demo: Session) -> None:
    texts = [c.text for c in demo.cards.values()] + [t.name for t in demo.themes.values()]
    assert any("&" in text for text in texts)
    assert any("<" in text for text in texts)


def test_the_dot_vote_obeys_the_methods_rules(demo: Session) -> None:
    phase = demo.method.phase("vote")
    rules = demo.dot_rules(phase)
    votes = demo.tallies_in("vote")
    assert (rules.dots_per_person, rules.max_per_item, rules.voters) == (3, 2, 6)
    assert sum(votes.values()) == rules.budget, "the room placed every dot it had"
    assert all(0 <= n <= rules.item_cap for n in votes.values())
    assert set(votes) <= set(demo.themes)


def test_the_top_five_are_sized_answered_and_owned(demo: Session) -> None:
    top = demo.top_themes(5)
    assert len(top) == 5
    assert set(demo.risks) == {t.id for t in top}
    banding = demo.banding()
    bands = {banding.band(risk_score(r.likelihood, r.impact)) for r in demo.risks.values()}
    assert {b.value for b in bands} == {"High", "Medium", "Low"}
    assert len({r.roam for r in demo.risks.values()}) >= 3
    for risk in demo.risks.values():
        assert risk.mitigation and risk.warning_sign and risk.owner
        assert date.fromisoformat(risk.due) > date.fromisoformat(demo.record.created_at[:10])


def test_actions_have_owners_and_iso_dates(demo: Session) -> None:
    actions = demo.ordered_actions()
    assert 5 <= len(actions) <= 7
    for action in actions:
        assert action.owner
        date.fromisoformat(action.due)
        assert action.theme_id in demo.themes


def test_keys_to_success_verdict_and_confidence(demo: Session) -> None:
    keys = demo.cards_in("success")
    assert 4 <= len(keys) <= 5
    assert all(demo.tally(c.id) > 0 for c in keys)
    assert demo.record.verdict == "Go with conditions"
    assert len(demo.record.verdict_notes.splitlines()) == 4, "one condition per line"
    poll = demo.poll("confidence")
    assert sum(poll.values()) == len(demo.participants)
    assert poll.get(2) == 1
    assert set(poll) <= set(range(6))


def test_phases_ran_over_and_under_their_plan_and_breaks_do_not_count(demo: Session) -> None:
    runs = {r.phase_id: r for r in demo.ordered_runs()}
    for phase_id, minutes in content.ACTUAL_MIN.items():
        assert runs[phase_id].elapsed_s == pytest.approx(minutes * 60)
    assert any(r.elapsed_s > r.planned_s for r in runs.values())
    assert any(r.elapsed_s < r.planned_s for r in runs.values())


def test_two_demos_are_two_sessions(tmp_path: Path) -> None:
    store = Store(tmp_path / "two.sqlite3")
    try:
        first, second = write_demo(store), write_demo(store)
        assert first != second
        assert len(store.list_sessions()) == 2
    finally:
        store.close()
