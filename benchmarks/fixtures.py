"""Sessions the benchmarks measure, made through the real domain commands with seeded text."""

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from app.demo_meeting import new_id
from app.methods_catalog import method
from app.storage import Store
from facilitation.board import (
    add_action,
    add_card,
    add_theme,
    edit_action,
    respond_to_risk,
    set_poll_count,
    set_tally,
    set_verdict,
    size_risk,
)
from facilitation.changes import Change
from facilitation.clock import Clock, SystemClock
from facilitation.entities import Action, Card, Theme
from facilitation.errors import DomainError
from facilitation.lifecycle import (
    ParticipantDraft,
    SetupDraft,
    create_session,
    finish_session,
    next_phase,
    start_session,
)
from facilitation.roles import ROLE_ORDER
from facilitation.session import Session

_PHRASES = (
    "payment provider times out under load checkout page legal review lands late nobody owns "
    "the tax rules support team hears about launch from customers migration script drops rows "
    "feature flag left on in production design handoff misses the error states onboarding copy "
    "confuses first-time users analytics events fire twice rollback plan was never rehearsed "
    "mobile release waits for app store review vendor contract renews before the pilot ends"
)
_WORDS = _PHRASES.split()


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def draft(title: str, people: int = 8, total_min: int = 60) -> SetupDraft:
    horizon = (date.today() + timedelta(days=120)).isoformat()
    return SetupDraft(
        title=title,
        fields={
            "plan_summary": "Replace the three-step checkout with a single page by March.",
            "success_metric": "Checkout completion up from 61% to 70%",
            "horizon_date": horizon,
            "failure_definition": "Completion is flat and support tickets doubled",
        },
        participants=[
            ParticipantDraft(f"Person {n + 1}", ROLE_ORDER[n % len(ROLE_ORDER)])
            for n in range(people)
        ],
        total_min=total_min,
    )


class Recorder:
    """Applies each command's change to the session at once and keeps them for one commit.

    The fixtures are set-up, not what is measured, so thousands of records go to disk in one
    transaction instead of one each.
    """

    def __init__(self, session: Session, first: Change) -> None:
        self.session = session
        self.change = first

    def do(self, change: Change) -> Change:
        self.session.apply(change)
        self.change = self.change + change
        return change


@contextmanager
def quick_writes(store: Store) -> Iterator[Store]:
    """Set-up writes without waiting for the disk; Seam's own durable setting comes back after."""
    store.db.execute("PRAGMA synchronous = OFF")
    try:
        yield store
    finally:
        store.db.execute("PRAGMA synchronous = FULL")


def store_sessions(path: Path, count: int, seed: int = 1) -> None:
    """`count` pre-mortems in a new database: drafts, running ones and finished ones with cards."""
    rng = random.Random(seed)
    premortem = method("premortem")
    store = Store(path)
    with quick_writes(store):
        for n in range(count):
            session, change = create_session(premortem, draft(f"Plan {n + 1}"), SystemClock())
            record = Recorder(session, change)
            if n % 3:
                record.do(start_session(session))
                record.do(next_phase(session))
                record.do(next_phase(session))
                for _ in range(rng.randint(3, 12)):
                    record.do(
                        add_card(session, "reasons", sentence(rng, 8), rng.choice(ROLE_ORDER))
                    )
            if n % 3 == 2:
                record.do(finish_session(session))
            store.commit(session.id, record.change)
    store.close()


def board_with_cards(path: Path, cards: int, clock: Clock | None = None, seed: int = 2) -> str:
    """A running pre-mortem in its silent-writing phase with `cards` cards; returns its id."""
    rng = random.Random(seed)
    store = Store(path)
    session, change = create_session(
        method("premortem"), draft("A crowded board"), clock or SystemClock()
    )
    record = Recorder(session, change)
    record.do(start_session(session))
    while session.current_phase().id != "reasons":
        record.do(next_phase(session))
    for _ in range(cards):
        record.do(add_card(session, "reasons", sentence(rng, 10), rng.choice(ROLE_ORDER)))
    with quick_writes(store):
        store.commit(session.id, record.change)
    store.close()
    return session.id


def large_premortem(seed: int = 3) -> Session:
    """A finished pre-mortem: 400 reasons in 20 sized themes, 40 actions, votes and a verdict.

    The trade-off matrix (10 decisions, an 8 × 8 matrix) joins the handout benchmark once its
    handout exists: see `benchmarks.handout.MATRIX_PENDING`.
    """
    rng = random.Random(seed)
    session, change = create_session(
        method("premortem"),
        draft("Checkout redesign, the big one", people=10, total_min=120),
        SystemClock(),
    )
    record = Recorder(session, change)
    record.do(start_session(session))
    while session.current_phase().id != "reasons":
        record.do(next_phase(session))
    cards = []
    for _ in range(400):
        text = sentence(rng, rng.randint(6, 30))
        cards.append(
            new_id(record.do(add_card(session, "reasons", text, rng.choice(ROLE_ORDER))), Card)
        )
    while session.current_phase().id != "cluster":
        record.do(next_phase(session))
    themes = []
    for t in range(20):
        members = tuple(cards[t * 20 : t * 20 + 20])
        themes.append(new_id(record.do(add_theme(session, sentence(rng, 5), members)), Theme))
    record.do(next_phase(session))  # vote
    for theme_id in themes:
        try:
            record.do(set_tally(session, "vote", theme_id, rng.randint(0, 3)))
        except DomainError:
            break  # the room's dots are spent
    record.do(next_phase(session))  # size
    for theme_id in themes:
        record.do(
            size_risk(session, theme_id, likelihood=rng.randint(1, 5), impact=rng.randint(1, 5))
        )
    record.do(next_phase(session))  # respond
    for index, theme_id in enumerate(themes):
        record.do(
            respond_to_risk(
                session,
                theme_id,
                roam=("owned", "mitigated", "accepted", "resolved")[index % 4],
                mitigation=sentence(rng, 25),
                warning_sign=sentence(rng, 12),
                owner=f"Person {index % 10 + 1}",
                due=(date.today() + timedelta(days=14 + index)).isoformat(),
            )
        )
    for a in range(40):
        due = (date.today() + timedelta(days=7 + a)).isoformat()
        made = record.do(
            add_action(session, sentence(rng, 12), f"Person {a % 10 + 1}", due, themes[a % 20])
        )
        record.do(edit_action(session, new_id(made, Action), done_when=sentence(rng, 8)))
    record.do(next_phase(session))  # success
    for _ in range(12):
        record.do(add_card(session, "success", sentence(rng, 10), rng.choice(ROLE_ORDER)))
    record.do(next_phase(session))  # verdict
    record.do(set_verdict(session, "Go with conditions", sentence(rng, 30)))
    for value, count in {2: 2, 3: 5, 4: 3}.items():
        record.do(set_poll_count(session, "confidence", value, count))
    record.do(finish_session(session))
    return session
