"""Random sessions: any sequence of commands, stored then applied, reopens from the file exactly."""

import copy
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.methods_catalog import method as load_method
from app.sessions import commit, open_session
from app.storage import Store
from facilitation import board, lifecycle
from facilitation.changes import Change
from facilitation.entities import Entity, PhaseRun
from facilitation.errors import DomainError
from facilitation.lifecycle import ParticipantDraft, SetupDraft
from facilitation.roles import Role
from facilitation.session import STALE_AFTER, Session
from tests.fakes import CountingIds, FakeClock

SAMPLES = [
    "Launch 🚀 slips 👩🏽‍💻",
    "الدفع لا يعمل",
    "התשלום נכשל",
    "<b>Billing</b> & &amp;",
    "two\r\nlines",
    "half \ud83d pair",
    "   ",
]
texts = st.one_of(st.sampled_from(SAMPLES), st.text(max_size=30))
picks = st.integers(min_value=0, max_value=20)
Command = Callable[[Session], Change]


def pick(keys: list[str], index: int) -> str | None:
    return sorted(keys)[index % len(keys)] if keys else None


def comparable(session: Session) -> list[Entity]:
    """Every record, with a running phase's elapsed time read from the live timer."""
    box = session.timebox

    def live(entity: Entity) -> Entity:
        if isinstance(entity, PhaseRun) and entity.running and box is not None:
            return replace(entity, elapsed_s=box.elapsed_s())
        return entity

    return [live(e) for e in session.entities()]


class SessionMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.path = Path(self.folder.name) / "seam.sqlite3"
        self.store = Store(self.path)
        self.clock = FakeClock()
        self.ids = CountingIds()
        self.idle_s = 0
        self.reopens = 0
        draft = SetupDraft(
            title="Random",
            fields={
                "plan_summary": "p",
                "success_metric": "m",
                "horizon_date": "2027-01-01",
                "failure_definition": "f",
            },
            participants=[
                ParticipantDraft("P", Role.PRODUCT),
                ParticipantDraft("E", Role.ENGINEERING),
            ],
            total_min=60,
        )
        self.session, change = lifecycle.create_session(
            load_method("premortem"), draft, self.clock, self.ids
        )
        self.store.commit(self.session.id, change)
        assert self.do(lifecycle.start_session)

    def do(self, command: Command) -> bool:
        """Run a command as the app does; a refusal must leave everything as it was."""
        before = copy.deepcopy(self.session.entities())
        try:
            change = command(self.session)
        except DomainError:
            assert self.session.entities() == before
            return False
        assert self.session.entities() == before, "a command changed the session before apply"
        commit(self.store, self.session, change)
        if change.ops:
            self.idle_s = 0
        return True

    def teardown(self) -> None:
        self.reopen()
        self.store.close()
        self.folder.cleanup()

    # ----- cards and themes -------------------------------------------------------------------

    @rule(
        phase=st.sampled_from(["reasons", "success"]),
        text=texts,
        role=st.sampled_from(Role),
        lens=st.sampled_from(["", "technical", "nope"]),
    )
    def add_card(self, phase: str, text: str, role: Role, lens: str) -> None:
        self.do(lambda s: board.add_card(s, phase, text, role, lens))

    @rule(
        i=picks, text=st.none() | texts, mark=st.sampled_from([None, "", "read", "duplicate", "x"])
    )
    def edit_card(self, i: int, text: str | None, mark: str | None) -> None:
        card = pick(list(self.session.cards), i)
        if card:
            self.do(lambda s: board.edit_card(s, card, text=text, mark=mark))

    @rule(i=picks)
    def delete_card(self, i: int) -> None:
        card = pick(list(self.session.cards), i)
        if card:
            self.do(lambda s: board.delete_card(s, card))

    @rule(name=texts, cards=st.lists(picks, max_size=3))
    def add_theme(self, name: str, cards: list[int]) -> None:
        chosen = tuple(
            dict.fromkeys(c for i in cards if (c := pick(list(self.session.cards), i)) is not None)
        )
        self.do(lambda s: board.add_theme(s, name, chosen))

    @rule(i=picks, name=texts)
    def rename_theme(self, i: int, name: str) -> None:
        theme = pick(list(self.session.themes), i)
        if theme:
            self.do(lambda s: board.rename_theme(s, theme, name))

    @rule(i=picks)
    def delete_theme(self, i: int) -> None:
        theme = pick(list(self.session.themes), i)
        if theme:
            self.do(lambda s: board.delete_theme(s, theme))

    @rule(i=picks, j=picks, out=st.booleans())
    def assign(self, i: int, j: int, out: bool) -> None:
        card = pick(list(self.session.cards), i)
        theme = "" if out else pick(list(self.session.themes), j)
        if card and theme is not None:
            self.do(lambda s: board.assign_card(s, card, theme))

    # ----- votes, risks, actions, verdict, polls ------------------------------------------------

    @rule(i=picks, count=st.integers(min_value=-1, max_value=8))
    def vote_theme(self, i: int, count: int) -> None:
        theme = pick(list(self.session.themes), i)
        if theme:
            self.do(lambda s: board.set_tally(s, "vote", theme, count))

    @rule(i=picks, count=st.integers(min_value=-1, max_value=5))
    def green_dots(self, i: int, count: int) -> None:
        card = pick([c.id for c in self.session.cards_in("success")], i)
        if card:
            self.do(lambda s: board.set_tally(s, "success", card, count))

    @rule(
        i=picks,
        likelihood=st.none() | st.integers(min_value=0, max_value=6),
        impact=st.none() | st.integers(min_value=0, max_value=6),
    )
    def size(self, i: int, likelihood: int | None, impact: int | None) -> None:
        theme = pick(list(self.session.themes), i)
        if theme:
            self.do(lambda s: board.size_risk(s, theme, likelihood=likelihood, impact=impact))

    @rule(
        i=picks,
        roam=st.sampled_from([None, "", "owned", "resolved", "mitigated", "nope"]),
        owner=st.none() | texts,
        mitigation=st.none() | texts,
    )
    def respond(self, i: int, roam: str | None, owner: str | None, mitigation: str | None) -> None:
        theme = pick(list(self.session.themes), i)
        if theme:
            self.do(
                lambda s: board.respond_to_risk(
                    s, theme, roam=roam, owner=owner, mitigation=mitigation, due="2027-01-15"
                )
            )

    @rule(what=texts, owner=texts, i=picks, linked=st.booleans())
    def add_action(self, what: str, owner: str, i: int, linked: bool) -> None:
        theme = (pick(list(self.session.themes), i) or "") if linked else ""
        self.do(lambda s: board.add_action(s, what, owner, "Friday", theme))

    @rule(
        i=picks, field=st.sampled_from(["what", "owner", "due", "done_when", "bogus"]), text=texts
    )
    def edit_action(self, i: int, field: str, text: str) -> None:
        action = pick(list(self.session.actions), i)
        if action:
            self.do(lambda s: board.edit_action(s, action, **{field: text}))

    @rule(i=picks)
    def delete_action(self, i: int) -> None:
        action = pick(list(self.session.actions), i)
        if action:
            self.do(lambda s: board.delete_action(s, action))

    @rule(verdict=st.sampled_from(["", "Go", "Go with conditions", "Rework", "Maybe"]), notes=texts)
    def verdict(self, verdict: str, notes: str) -> None:
        self.do(lambda s: board.set_verdict(s, verdict, notes))

    @rule(
        value=st.integers(min_value=-1, max_value=6), count=st.integers(min_value=-1, max_value=12)
    )
    def poll(self, value: int, count: int) -> None:
        self.do(lambda s: board.set_poll_count(s, "confidence", value, count))

    # ----- time and phases -----------------------------------------------------------------------

    @rule(seconds=st.integers(min_value=1, max_value=900))
    def time_passes(self, seconds: int) -> None:
        # Whole seconds, and never long enough idle that a reopen would count Seam as long closed.
        seconds = min(seconds, int(STALE_AFTER.total_seconds()) - self.idle_s)
        self.clock.advance(seconds)
        self.idle_s += seconds

    @rule()
    def toggle(self) -> None:
        self.do(lifecycle.toggle_timer)

    @rule(minutes=st.integers(min_value=-3, max_value=3))
    def extend(self, minutes: int) -> None:
        self.do(lambda s: lifecycle.extend_timer(s, minutes))

    @rule(skipped=st.booleans())
    def next_phase(self, skipped: bool) -> None:
        self.do(lambda s: lifecycle.next_phase(s, skipped=skipped))

    @rule()
    def previous_phase(self) -> None:
        self.do(lifecycle.previous_phase)

    @rule()
    def finish(self) -> None:
        self.do(lifecycle.finish_session)

    @rule()
    def reopen_completed(self) -> None:
        self.do(lifecycle.reopen_session)

    @rule()
    def reopen(self) -> None:
        """Close Seam and open the file again: the same session, then carry on with it."""
        store = Store(self.path)
        again = open_session(store, self.session.id, self.clock, id_factory=self.ids)
        assert comparable(again) == comparable(self.session)
        assert (again.timebox is None) == (self.session.timebox is None)
        if again.timebox is not None and self.session.timebox is not None:
            assert again.timebox.read() == self.session.timebox.read()
        self.store.close()
        self.store, self.session = store, again
        self.reopens += 1

    # ----- what must always hold -----------------------------------------------------------------

    @invariant()
    def votes_within_the_rules(self) -> None:
        rules = self.session.dot_rules(self.session.method.phase("vote"))
        counts = self.session.tallies_in("vote")
        assert sum(counts.values()) <= rules.budget
        assert all(0 <= c <= rules.item_cap for c in counts.values())

    @invariant()
    def nothing_points_at_a_deleted_record(self) -> None:
        s = self.session
        assert all(c.theme_id in s.themes for c in s.cards.values() if c.theme_id)
        assert all(t in s.themes or t in s.cards for t in s.tallies)
        assert all(r in s.themes for r in s.risks)
        assert all(a.theme_id in s.themes for a in s.actions.values() if a.theme_id)

    @invariant()
    def at_most_the_current_phase_runs(self) -> None:
        running = [r for r in self.session.ordered_runs() if r.running]
        assert running in ([], [self.session.current_run()])


SessionMachine.TestCase.settings = settings(
    max_examples=40, stateful_step_count=50, deadline=None, database=None
)
TestRandomSessionsReopenExactly = SessionMachine.TestCase
