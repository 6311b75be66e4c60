"""Sessions the benchmarks measure, made through the real domain commands with seeded text."""

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.demo_meeting import new_id
from app.methods_catalog import method
from app.storage import Store
from facilitation import criteria, decision_matrix, decision_record, option_risks, scope
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
from facilitation.clock import Clock, ManualClock, SystemClock
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
from facilitation.records import (
    add_record,
    edit_record,
    list_item_ids,
    set_label,
    set_rank,
    set_score,
)
from facilitation.roles import ROLE_ORDER, Role
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
    """A finished pre-mortem: 400 reasons in 20 sized themes, 40 actions, votes and a verdict."""
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


# The trade-off: the method's five starter criteria plus three of its suggestions, the four
# starter options as the room rewrote them and four more, 8 × 8.
EXTRA_CRITERIA = ("Performance and UX", "Reversibility", "Strategic fit")
OPTION_NAMES = (
    "Single page on the current checkout service",
    "Single page on a new checkout service",
    "Hosted checkout from the payment provider",
    "Status quo: keep the three-step checkout",
    "Phased rollout behind a feature flag",
    "Buy a checkout vendor's embedded widget",
    "Rewrite checkout on the new web platform",
    "Merge steps two and three only",
)
FEATURES_PER_OPTION = 32  # on the seven options but the status quo, which has nothing to scope
RISKS_PER_OPTION = 20  # on all eight options
MOSCOW = ("must",) * 4 + ("should",) * 3 + ("could",) * 2 + ("wont",)
SIDE_GAPS = (-2, -1, -1, 0, 0, 0, 0, 1, 1, 2)  # engineering's score less product's: some disagree


def tradeoff_draft(people: int = 10) -> SetupDraft:
    decide_by = (date.today() + timedelta(days=14)).isoformat()
    return SetupDraft(
        title="Checkout rebuild options",
        fields={
            "question": "How do we rebuild checkout as a single page by March?",
            "problem_statement": "Shoppers on mobile abandon the three-step checkout at step two, "
            "because the address and payment forms reload the page and lose what they typed.",
            "success_metric": "Checkout completion up from 61% to 70%",
            "constraints": "Live before the March campaign; three engineers; no new payment "
            "provider; PCI scope must not grow.",
            "known_risks": "Payment provider times out under load; legal review lands late.",
            "driver": "Person 1",
            "approver": "Person 2",
            "contributors": ", ".join(f"Person {n}" for n in range(3, people + 1)),
            "informed": "Support leads, finance ops, marketing",
            "deadline": decide_by,
        },
        participants=[
            ParticipantDraft(f"Person {n + 1}", ROLE_ORDER[n % len(ROLE_ORDER)])
            for n in range(people)
        ],
        total_min=120,
    )


def _clamped(value: int) -> int:
    return min(5, max(1, value))


def large_tradeoff(seed: int = 4) -> Session:
    """A finished trade-off matrix: 8 options on 8 weighted criteria, 400 cards, 40 actions.

    Both sides rank the sliders and score every cell (some apart); criteria, options, 224 scope
    features with MoSCoW labels and effort (32 on each option but the status quo) and 160 option
    risks sized by likelihood and impact (20 on each option) make the 400 cards. The room chooses
    the option the matrix ranks first and records one decision record, with a reason on each of
    the seven rejected options, a consent check and 40 actions. Every phase takes its planned
    time give or take a few minutes, on a clock that moves only between phases.
    """
    rng = random.Random(seed)
    clock = ManualClock(datetime.now(UTC))
    session, change = create_session(method("tradeoff"), tradeoff_draft(), clock)
    record = Recorder(session, change)
    record.do(start_session(session))

    def end_phase(last: bool = False) -> None:
        run = session.current_run()
        assert run is not None
        clock.advance(run.planned_s * rng.uniform(0.7, 1.4))
        record.do(finish_session(session) if last else next_phase(session))

    end_phase()  # frame
    sliders = session.method.phase("sliders")
    items = list_item_ids(sliders)
    for side in (Role.PRODUCT.value, Role.ENGINEERING.value, ""):
        for rank, item in enumerate(rng.sample(items, len(items)), 1):
            record.do(set_rank(session, sliders, item, rank, side=side))
    end_phase()

    for name in EXTRA_CRITERIA:
        record.do(criteria.add_criterion(session, "criteria", name))
    weight_scale = decision_matrix.weight_scale(session)
    for criterion in decision_matrix.criteria(session):
        weight = rng.randint(1, 5)
        record.do(
            set_score(session, criterion.id, decision_matrix.WEIGHT, weight, scale=weight_scale)
        )
    end_phase()

    options = decision_matrix.options(session)  # the four the method pre-fills
    for _ in range(len(OPTION_NAMES) - len(options)):
        record.do(add_record(session, "options", {"name": "New option"}, role=Role.ENGINEERING))
    options = decision_matrix.options(session)
    datum = decision_matrix.datum(session)
    for option, name in zip(options, OPTION_NAMES, strict=True):
        status_quo = datum is not None and option.id == datum.id
        for field_id, text in _option_fields(rng, name, status_quo).items():
            record.do(edit_record(session, option.id, field_id, text))
    end_phase()

    moscow = scope.scheme_of(session.method.phase("scope").panels[0].settings)
    for option in scope.scoped_options(session):
        for n in range(FEATURES_PER_OPTION):
            effort = str(rng.randint(1, 8))
            role = rng.choice(ROLE_ORDER)
            text = sentence(rng, rng.randint(4, 12))
            made = record.do(scope.add_feature(session, "scope", option.id, text, effort, role))
            record.do(set_label(session, new_id(made, Card), moscow, MOSCOW[n % len(MOSCOW)]))
    end_phase()

    score_scale = decision_matrix.score_scale(session)
    for option in decision_matrix.options(session):
        leaning = rng.randint(2, 4)  # each option is good or bad on the whole, not just noise
        for criterion in decision_matrix.criteria(session):
            product = _clamped(leaning + rng.randint(-1, 1))
            engineering = _clamped(product + rng.choice(SIDE_GAPS))
            for side, score in ((Role.PRODUCT, product), (Role.ENGINEERING, engineering)):
                record.do(
                    set_score(
                        session, option.id, criterion.id, score, scale=score_scale, side=side.value
                    )
                )
    end_phase()

    for option in decision_matrix.options(session):
        for _ in range(RISKS_PER_OPTION):
            text = sentence(rng, rng.randint(6, 16))
            made = record.do(
                option_risks.add_risk(session, "risks", option.id, text, rng.choice(ROLE_ORDER))
            )
            risk_id = new_id(made, Card)
            for axis in option_risks.AXES:
                record.do(option_risks.size(session, risk_id, axis, rng.randint(1, 5)))
    end_phase()
    end_phase()  # sensitivity

    decide = session.method.phase("decide")
    panel = decide.panels[0]
    chosen = decision_record.standings(session).rows[0].option  # the matrix's first
    record.do(decision_record.choose(session, decide.id, chosen.id))
    decision = {
        "title": f"We will go with “{chosen.text}”",
        "rationale": sentence(rng, 40),
        "good": sentence(rng, 30),
        "bad": sentence(rng, 30),
        "debt": sentence(rng, 25),
        "revisit": sentence(rng, 15),
        "status": "accepted",
    }
    for field_id, text in decision.items():
        record.do(decision_record.set_record_field(session, decide.id, panel, field_id, text))
    for option in decision_record.rejected(session, decide.id):
        record.do(decision_record.set_why_not(session, option.id, sentence(rng, 20)))
    for value, count in {2: 1, 3: 3, 4: 4, 5: 2}.items():
        record.do(set_poll_count(session, "consent", value, count))
    end_phase()

    for a in range(40):
        due = (date.today() + timedelta(days=7 + a)).isoformat()
        co_owner = f"Person {(a + 5) % 10 + 1}" if a % 2 else ""
        made = record.do(
            add_action(session, sentence(rng, 12), f"Person {a % 10 + 1}", due, co_owner=co_owner)
        )
        record.do(edit_action(session, new_id(made, Action), done_when=sentence(rng, 8)))
    end_phase(last=True)
    return session


def _option_fields(rng: random.Random, name: str, status_quo: bool) -> dict[str, str]:
    """An option's card as engineering and product filled it in; the status quo costs nothing."""
    fields = {"name": name, "approach": sentence(rng, 25), "user_need": sentence(rng, 15)}
    if status_quo:
        return {**fields, "low_weeks": "0", "high_weeks": "0", "risks": sentence(rng, 12)}
    return {
        **fields,
        "low_weeks": str(low := rng.randint(1, 10)),
        "high_weeks": str(low + rng.randint(1, 6)),
        "confidence": str(rng.choice((50, 60, 70, 80, 90))),
        "scope_in": sentence(rng, 15),
        "scope_out": sentence(rng, 10),
        "debt": rng.choice(("none", "some", "significant")),
        "debt_notes": sentence(rng, 18),
        "compromise": sentence(rng, 12),
        "reversibility": rng.choice(("two_way", "one_way")),
        "risks": sentence(rng, 15),
    }
