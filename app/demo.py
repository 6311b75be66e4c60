"""Finished demo sessions, played through the real domain commands into a store.

`write_story` writes one team's story, a session of every method, each following the ones
before it: the problem definition, a pre-mortem of the plan, the trade-off matrix on how to build
it, and a joint retrospective some weeks later that reviews what the others left open.
`write_demo` writes the pre-mortem alone, for a store that needs one finished session.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Protocol

from app import demo_content as cast
from app import demo_premortem, demo_problem, demo_retro, demo_tradeoff
from app.methods_catalog import method
from app.sessions import commit, linked_outcomes, load_history
from app.storage import Store
from facilitation.clock import Clock, ManualClock
from facilitation.lifecycle import ParticipantDraft, SetupDraft, create_session
from facilitation.outcomes import prefill
from facilitation.session import Session


class Script(Protocol):
    """What each app/demo_<method>.py module offers: its setup, and the meeting that plays it."""

    METHOD_ID: str
    TITLE: str
    TOTAL_MIN: int

    @property
    def PARTICIPANTS(self) -> Sequence[ParticipantDraft]: ...  # a module's tuple of its cast

    def setup_fields(self, first: date, handed_on: Mapping[str, str]) -> dict[str, str]:
        """The setup form's fields; `handed_on` holds what the linked sessions fill in."""
        ...

    def play(self, store: Store, session: Session, clock: ManualClock) -> None: ...


@dataclass(frozen=True)
class DemoStory:
    """The ids of the story's sessions."""

    problem: str
    premortem: str
    tradeoff: str
    retro: str

    @property
    def ids(self) -> tuple[str, ...]:
        """Oldest first, the order the team held them in."""
        return (self.problem, self.premortem, self.tradeoff, self.retro)


def write_story(store: Store, clock: Clock | None = None) -> DemoStory:
    """Store the Billing team's four sessions; `clock` only sets when the first one began.

    Each run adds a new story under a team name no stored session uses yet ("Billing", then
    "Billing 2"…): a team's retrospective reviews every open action of the team, so two stories
    sharing a name would review each other's.
    """
    origin = clock.now() if clock is not None else cast.default_story_start()
    time = ManualClock(origin)
    team = _free_team(store)
    hold = partial(_hold, store, time, origin, team=team)
    problem = hold(demo_problem, ())
    premortem = hold(demo_premortem, (problem,))
    tradeoff = hold(demo_tradeoff, (premortem, problem))
    retro = hold(demo_retro, (tradeoff, premortem, problem))
    return DemoStory(problem, premortem, tradeoff, retro)


def _free_team(store: Store) -> str:
    """A team name no stored session uses: "Billing", else "Billing 2", "Billing 3"…"""
    taken = {s.team for s in store.list_sessions()}
    name, number = cast.TEAM, 1
    while name in taken:
        number += 1
        name = f"{cast.TEAM} {number}"
    return name


def write_demo(store: Store, clock: Clock | None = None) -> str:
    """Store the story's pre-mortem on its own, in no team; `clock` sets when it began."""
    begins = clock.now() if clock is not None else cast.default_start()
    origin = begins - cast.STARTS[demo_premortem.METHOD_ID]
    return _hold(store, ManualClock(begins), origin, demo_premortem, (), team="")


def _hold(
    store: Store,
    time: ManualClock,
    origin: datetime,
    script: Script,
    follows: Sequence[str],
    *,
    team: str,
) -> str:
    """Set up one session as the setup form would, then play its meeting.

    The clock first moves on to the session's place in the story (`origin` is when the story
    began). The sessions it `follows` fill its setup with their outcomes (problem statement,
    success metric, top risks) and hand it what they left open.
    """
    time.advance((origin + cast.STARTS[script.METHOD_ID] - time.now()).total_seconds())
    m = method(script.METHOD_ID)
    handed_on = prefill(m, linked_outcomes(store, list(follows), time))
    draft = SetupDraft(
        title=script.TITLE,
        fields=script.setup_fields(origin.date(), handed_on),
        participants=script.PARTICIPANTS,
        total_min=script.TOTAL_MIN,
        team=team,
        follows=tuple(follows),
    )
    session, change = create_session(m, draft, time)
    commit(store, session, change)
    # What the app loads when it opens a session: the team's open actions, linked risks.
    session.history = load_history(store, session)
    script.play(store, session, time)
    return session.id
