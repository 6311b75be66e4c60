"""What every demo meeting shares: a scripted clock, and each change committed as a board would."""

from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta

from app.sessions import commit
from app.storage import Store
from facilitation.board import add_action, set_poll_count
from facilitation.changes import Change
from facilitation.clock import ManualClock
from facilitation.entities import Action, Card, Theme
from facilitation.lifecycle import finish_session, next_phase, start_session
from facilitation.method import Panel
from facilitation.reveal import hidden_cards, reveal_cards
from facilitation.session import Session

Step = Callable[[], None]


def new_id(change: Change, kind: type[Card | Theme | Action]) -> str:
    """The id of the one `kind` record a command created."""
    return next(e.id for e in change.puts() if isinstance(e, kind))


class Meeting:
    """Plays a session phase by phase on a manual clock, committing each command's change.

    `actual_min` holds the minutes each phase really took: the steps of a phase are spread evenly
    over them, so the handout's planned-against-actual times tell a believable story.
    """

    def __init__(
        self,
        store: Store,
        session: Session,
        clock: ManualClock,
        actual_min: Mapping[str, float],
    ) -> None:
        self.store = store
        self.session = session
        self.clock = clock
        self.actual_min = actual_min
        self.day = clock.now().date()

    def run(self) -> None:
        """Play the whole meeting, from the first phase to the finished session."""
        raise NotImplementedError

    def do(self, change: Change) -> Change:
        """Store `change`, then show it: the order every board follows."""
        commit(self.store, self.session, change)
        return change

    def add(self, change: Change, kind: type[Card | Theme | Action]) -> str:
        """Store a change that creates one `kind` record, and return the new record's id."""
        return new_id(self.do(change), kind)

    def due(self, days: int) -> str:
        return (self.day + timedelta(days=days)).isoformat()

    def panel(self, phase_id: str, kind: str) -> Panel:
        found = self.session.method.find_panel(phase_id, kind)
        if found is None:
            raise RuntimeError(f"The demo script needs a {kind} panel in phase '{phase_id}'.")
        return found

    def act(
        self, what: str, owner: str, co_owner: str, days: int, done_when: str, theme_id: str = ""
    ) -> None:
        """An action agreed, due `days` after the meeting."""
        change = add_action(
            self.session,
            what,
            owner,
            self.due(days),
            theme_id,
            co_owner=co_owner,
            done_when=done_when,
        )
        self.do(change)

    def count(self, poll_id: str, value: int, people: int, side: str = "") -> None:
        """The hands shown at `value`: of the whole room, or of one side of a split poll."""
        self.do(set_poll_count(self.session, poll_id, value, people, side=side))

    def begin(self, arrival_min: float) -> None:
        """Setup is filled in while people arrive; it is not timed."""
        self.clock.advance(arrival_min * 60)
        self.do(start_session(self.session))

    def phase(self, phase_id: str, steps: Sequence[Step], *, last: bool = False) -> None:
        """Spread the steps over the phase's scripted minutes, then move on."""
        run = self.session.current_run()
        if run is None or run.phase_id != phase_id:
            raise RuntimeError(f"The demo script is out of step at phase '{phase_id}'.")
        gap = self.actual_min[phase_id] / (len(steps) + 1)
        for step in steps:
            self.clock.advance(gap * 60)
            step()
        self.clock.advance(gap * 60)
        if hidden_cards(self.session, phase_id):
            # Silent writing ends the way a facilitator ends it: the cards go up, shuffled.
            self.do(reveal_cards(self.session, phase_id))
        self.do(finish_session(self.session) if last else next_phase(self.session))
