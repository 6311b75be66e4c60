"""The demo story: four finished sessions of one team, each following the ones before it."""

from datetime import timedelta
from pathlib import Path

import pytest

from app import demo_content as cast
from app import demo_premortem, demo_problem, demo_retro, demo_tradeoff
from app.demo import DemoStory, write_demo, write_story
from app.methods_catalog import load_methods
from app.sessions import open_session
from app.storage import Store
from facilitation.clock import iso, parse_iso
from facilitation.outcomes import outcomes
from facilitation.session import Session
from tests.cli.conftest import Seam
from tests.fakes import FakeClock
from tests.storage.helpers import reopened

STORY = ("problem", "premortem", "tradeoff", "retro")
ACTUAL_MIN = {
    "problem": demo_problem.ACTUAL_MIN,
    "premortem": demo_premortem.ACTUAL_MIN,
    "tradeoff": demo_tradeoff.ACTUAL_MIN,
    "retro": demo_retro.ACTUAL_MIN,
}


def test_demo_command_prints_one_id_per_method_oldest_first(seam: Seam, tmp_path: Path) -> None:
    db = tmp_path / "fresh" / "demo.sqlite3"
    result = seam("demo", "--db", db)
    assert result.code == 0 and result.err == ""
    printed = result.out.split()
    store = Store(db)
    try:
        stored = {s.id: s.method for s in store.list_sessions()}
    finally:
        store.close()
    assert set(printed) == set(stored)
    assert [stored[i] for i in printed] == list(STORY)
    assert set(stored.values()) == set(load_methods()), "one session of every method"


def test_every_session_is_finished_and_the_clock_sets_when_the_story_began(
    story: dict[str, Session], clock: FakeClock
) -> None:
    for method_id, session in story.items():
        assert session.method.id == method_id
        assert session.record.status == "completed"
        assert all(run.state == "done" and not run.running for run in session.ordered_runs())
        began = clock.now() + cast.STARTS[method_id]
        assert session.record.created_at == iso(began)
    assert story["problem"].record.created_at == iso(clock.now())


def test_the_retro_comes_weeks_after_the_plan(story: dict[str, Session]) -> None:
    created = [parse_iso(story[m].record.created_at) for m in STORY]
    assert created == sorted(created)
    assert created[-1] - created[-2] >= timedelta(weeks=5)


def test_one_team_and_each_session_follows_the_earlier_ones(story: dict[str, Session]) -> None:
    assert {s.record.team for s in story.values()} == {cast.TEAM}
    ids = {m: s.id for m, s in story.items()}
    follows = {m: [link.earlier_id for link in s.ordered_links()] for m, s in story.items()}
    assert follows == {
        "problem": [],
        "premortem": [ids["problem"]],
        "tradeoff": [ids["premortem"], ids["problem"]],
        "retro": [ids["tradeoff"], ids["premortem"], ids["problem"]],
    }


def test_setup_is_filled_from_what_the_earlier_sessions_decided(
    story: dict[str, Session],
) -> None:
    problem, premortem = outcomes(story["problem"]), outcomes(story["premortem"])
    assert problem["problem_statement"].startswith("A finance admin at a mid-market customer")
    assert story["premortem"].record.setup["success_metric"] == problem["success_metric"]
    tradeoff = story["tradeoff"].record.setup
    assert tradeoff["problem_statement"] == problem["problem_statement"]
    assert tradeoff["success_metric"] == premortem["success_metric"]
    assert tradeoff["known_risks"] == premortem["top_risks"]
    assert "(20 High)" in tradeoff["known_risks"]
    assert story["retro"].record.setup["success_metrics"] == premortem["success_metric"]


@pytest.mark.parametrize("method_id", STORY)
def test_phases_ran_over_and_under_their_plan(story: dict[str, Session], method_id: str) -> None:
    session = story[method_id]
    runs = {r.phase_id: r for r in session.ordered_runs()}
    assert set(runs) == set(ACTUAL_MIN[method_id])
    for phase_id, minutes in ACTUAL_MIN[method_id].items():
        assert runs[phase_id].elapsed_s == pytest.approx(minutes * 60)
    assert any(r.elapsed_s > r.planned_s for r in runs.values())
    assert any(r.elapsed_s < r.planned_s for r in runs.values())


def test_a_paused_timer_does_not_count(story: dict[str, Session]) -> None:
    session = story["premortem"]
    readout = session.method.phase("readout")
    run = session.phase_runs[readout.id]
    began = parse_iso(session.record.created_at)
    assert run.elapsed_s == pytest.approx(demo_premortem.ACTUAL_MIN["readout"] * 60)
    # The session lasted its phases, the arrival and the break: the break is wall time only.
    planned = sum(demo_premortem.ACTUAL_MIN.values()) + demo_premortem.ARRIVAL_MIN
    lasted = parse_iso(session.record.updated_at) - began
    assert lasted.total_seconds() == pytest.approx((planned + demo_premortem.BREAK_MIN) * 60)


@pytest.mark.parametrize("method_id", STORY)
def test_people_from_both_sides_of_the_seam(story: dict[str, Session], method_id: str) -> None:
    roles = [p.role.value for p in story[method_id].ordered_participants()]
    assert len(roles) >= 6
    assert {"product", "engineering"} <= set(roles)


def test_two_demos_are_two_stories_that_never_review_each_other(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    store = Store(path)
    try:
        first, second = write_story(store, FakeClock()), write_story(store, FakeClock())
        assert len(store.list_sessions()) == 8
    finally:
        store.close()
    assert not set(first.ids) & set(second.ids)
    for story, team in ((first, "Billing"), (second, "Billing 2")):
        retro = reopened(path, story.retro, FakeClock())
        assert {reopened(path, i, FakeClock()).record.team for i in story.ids} == {team}
        assert {r.source_session_id for r in retro.reviews.values()} <= set(story.ids)
        # What the review board lists when the retro is opened again: its own story only.
        assert {p.session_id for p in retro.history.open_actions} <= set(story.ids)
        assert {r.session_id for r in retro.history.linked_risks} == {story.premortem}


def test_the_second_demo_leaves_the_first_storys_actions_alone(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    store = Store(path)
    try:
        first = write_story(store, FakeClock())
        before = {i: _statuses(store, i) for i in first.ids}
        write_story(store, FakeClock())
        assert {i: _statuses(store, i) for i in first.ids} == before
    finally:
        store.close()


def _statuses(store: Store, session_id: str) -> list[tuple[str, str]]:
    session = open_session(store, session_id, FakeClock())
    return [(a.id, a.status) for a in session.ordered_actions()]


def test_the_lone_premortem_is_one_session_in_no_team(tmp_path: Path, clock: FakeClock) -> None:
    store = Store(tmp_path / "lone.sqlite3")
    try:
        session_id = write_demo(store, clock)
        assert [s.id for s in store.list_sessions()] == [session_id]
        session = open_session(store, session_id, FakeClock())
    finally:
        store.close()
    assert session.record.created_at == iso(clock.now())
    assert session.record.team == "" and session.ordered_links() == []
    assert session.record.setup["success_metric"] == demo_premortem.OWN_METRIC
    assert session.record.verdict == "Go with conditions"


def test_two_lone_premortems_are_two_sessions(tmp_path: Path) -> None:
    store = Store(tmp_path / "two.sqlite3")
    try:
        first, second = write_demo(store), write_demo(store)
        assert first != second
        assert len(store.list_sessions()) == 2
    finally:
        store.close()


def test_the_story_ids_are_in_the_order_it_was_held(story_db: tuple[Path, DemoStory]) -> None:
    path, ids = story_db
    assert [reopened(path, i, FakeClock()).method.id for i in ids.ids] == list(STORY)
