"""A finished demo pre-mortem, played through the real domain commands into a store."""

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial

from app import demo_content as content
from app.methods_catalog import method
from app.sessions import commit
from app.storage import Store
from facilitation.board import (
    add_action,
    add_card,
    add_theme,
    assign_card,
    edit_action,
    edit_card,
    respond_to_risk,
    set_poll_count,
    set_tally,
    set_verdict,
    size_risk,
)
from facilitation.changes import Change
from facilitation.clock import Clock, ManualClock
from facilitation.entities import Action, Card, Theme
from facilitation.lifecycle import (
    create_session,
    finish_session,
    next_phase,
    start_session,
    toggle_timer,
)
from facilitation.roles import Role
from facilitation.session import Session

Step = Callable[[], None]


def default_start() -> datetime:
    """Yesterday at two in the afternoon, local time: a meeting that has just been written up."""
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    return yesterday.replace(hour=14, minute=0, second=0, microsecond=0)


def write_demo(store: Store, clock: Clock | None = None) -> str:
    """Store a completed pre-mortem and return its id; `clock` only sets when the meeting began."""
    time = ManualClock(clock.now() if clock is not None else default_start())
    session, change = create_session(
        method("premortem"), content.setup_draft(time.now().date()), time
    )
    commit(store, session, change)
    _Meeting(store, session, time).run()
    return session.id


def _new_id(change: Change, kind: type[Card | Theme | Action]) -> str:
    return next(e.id for e in change.puts() if isinstance(e, kind))


class _Meeting:
    """Plays the meeting phase by phase, committing each change as the facilitator's keys would."""

    def __init__(self, store: Store, session: Session, clock: ManualClock) -> None:
        self.store = store
        self.session = session
        self.clock = clock
        self.day = clock.now().date()
        self.cards: dict[str, str] = {}  # reason key -> card id
        self.themes: dict[str, str] = {}  # theme key -> theme id

    def do(self, change: Change) -> None:
        commit(self.store, self.session, change)

    def due(self, days: int) -> str:
        return (self.day + timedelta(days=days)).isoformat()

    def run(self) -> None:
        self.clock.advance(content.ARRIVAL_MIN * 60)
        self.do(start_session(self.session))
        self.phase("stage", [])
        self.phase("fiasco", [])
        self.phase("reasons", [partial(self.write, r) for r in content.REASONS if not r.late])
        self.phase("readout", self.readout_steps())
        self.phase("cluster", [*(partial(self.cluster, key) for key in content.THEMES), self.move])
        self.phase("vote", [partial(self.vote, key, n) for key, n in content.VOTES.items()])
        self.phase("size", [partial(self.size, t.id) for t in self._shortlist("size")])
        self.phase("respond", self.respond_steps())
        self.phase("success", [partial(self.success, *item) for item in content.SUCCESS])
        self.phase("verdict", self.verdict_steps(), last=True)

    def _shortlist(self, phase_id: str) -> list[Theme]:
        return self.session.shortlist(self.session.method.phase(phase_id))

    def phase(self, phase_id: str, steps: Sequence[Step], *, last: bool = False) -> None:
        """Spread the steps over the phase's scripted minutes, then move on."""
        run = self.session.current_run()
        if run is None or run.phase_id != phase_id:
            raise RuntimeError(f"The demo script is out of step at phase '{phase_id}'.")
        gap = content.ACTUAL_MIN[phase_id] / (len(steps) + 1)
        for step in steps:
            self.clock.advance(gap * 60)
            step()
        self.clock.advance(gap * 60)
        self.do(finish_session(self.session) if last else next_phase(self.session))

    # ----- reasons and read-out ------------------------------------------------------------------

    def write(self, reason: content.Reason) -> None:
        change = add_card(self.session, "reasons", reason.text, reason.role, reason.lens)
        self.do(change)
        self.cards[reason.key] = _new_id(change, Card)

    def mark(self, reason: content.Reason) -> None:
        mark = "duplicate" if reason.duplicate else "read"
        self.do(edit_card(self.session, self.cards[reason.key], mark=mark))

    def pause_for_break(self) -> None:
        # Paused time is not read-out time: the handout's actual minutes leave the break out.
        self.do(toggle_timer(self.session))
        self.clock.advance(content.BREAK_MIN * 60)
        self.do(toggle_timer(self.session))

    def readout_steps(self) -> list[Step]:
        steps: list[Step] = []
        for index, reason in enumerate(content.REASONS):
            if reason.late:
                steps.append(partial(self.write, reason))
            steps.append(partial(self.mark, reason))
            if index == len(content.REASONS) // 2:
                steps.append(self.pause_for_break)
        return steps

    # ----- themes and votes ----------------------------------------------------------------------

    def cluster(self, theme_key: str) -> None:
        moved_key, first_theme = content.MOVED_CARD
        members = tuple(
            self.cards[r.key]
            for r in content.REASONS
            if (r.theme == theme_key and r.key != moved_key)
            or (r.key == moved_key and theme_key == first_theme)
        )
        change = add_theme(self.session, content.THEMES[theme_key], members)
        self.do(change)
        self.themes[theme_key] = _new_id(change, Theme)

    def move(self) -> None:
        moved_key, _ = content.MOVED_CARD
        home = next(r.theme for r in content.REASONS if r.key == moved_key)
        self.do(assign_card(self.session, self.cards[moved_key], self.themes[home]))

    def vote(self, theme_key: str, dots: int) -> None:
        # set_tally refuses anything beyond session.dot_rules(phase): 3 dots each, 2 per theme.
        self.do(set_tally(self.session, "vote", self.themes[theme_key], dots))

    def theme_key(self, theme_id: str) -> str:
        return next(k for k, v in self.themes.items() if v == theme_id)

    # ----- sizing and responses ------------------------------------------------------------------

    def size(self, theme_id: str) -> None:
        plan = content.RISKS[self.theme_key(theme_id)]
        self.do(size_risk(self.session, theme_id, likelihood=plan.likelihood, impact=plan.impact))

    def respond(self, theme_key: str) -> None:
        plan = content.RISKS[theme_key]
        change = respond_to_risk(
            self.session,
            self.themes[theme_key],
            roam=plan.roam,
            mitigation=plan.mitigation,
            warning_sign=plan.warning_sign,
            owner=plan.owner,
            due=self.due(plan.due_days),
        )
        self.do(change)

    def act(self, plan: content.ActionPlan) -> None:
        theme_id = self.themes[plan.theme]
        change = add_action(self.session, plan.what, plan.owner, self.due(plan.due_days), theme_id)
        self.do(change)
        if plan.done_when:
            action_id = _new_id(change, Action)
            self.do(edit_action(self.session, action_id, done_when=plan.done_when))

    def respond_steps(self) -> list[Step]:
        """Each top risk answered, then the actions the room named for it; the rest at the end."""
        steps: list[Step] = []
        answered = [self.theme_key(t.id) for t in self._shortlist("respond")]
        for key in answered:
            steps.append(partial(self.respond, key))
            steps.extend(partial(self.act, a) for a in content.ACTIONS if a.theme == key)
        steps.extend(partial(self.act, a) for a in content.ACTIONS if a.theme not in answered)
        return steps

    # ----- success mirror and verdict ------------------------------------------------------------

    def success(self, role: Role, text: str, dots: int) -> None:
        change = add_card(self.session, "success", text, role)
        self.do(change)
        self.do(set_tally(self.session, "success", _new_id(change, Card), dots))

    def verdict_steps(self) -> list[Step]:
        steps: list[Step] = [
            partial(self.do_now, set_verdict, content.VERDICT, content.VERDICT_NOTES)
        ]
        for value, count in content.CONFIDENCE.items():
            steps.append(partial(self.do_now, set_poll_count, "confidence", value, count))
        return steps

    def do_now(self, command: Callable[..., Change], *args: object) -> None:
        self.do(command(self.session, *args))
