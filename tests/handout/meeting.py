"""What every handout test's meeting shares, and a small, fully known pre-mortem played through
the real commands."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.sessions import commit, open_session
from app.storage import Store
from facilitation import records
from facilitation.board import (
    add_action,
    add_card,
    add_theme,
    edit_action,
    edit_card,
    respond_to_risk,
    set_poll_count,
    set_tally,
    set_verdict,
    size_risk,
)
from facilitation.changes import Change
from facilitation.entities import Action, Card, Theme
from facilitation.lifecycle import (
    ParticipantDraft,
    SetupDraft,
    create_session,
    finish_session,
    next_phase,
    start_session,
)
from facilitation.method import FieldSpec, Method
from facilitation.roles import ROLE_ORDER, Role
from facilitation.session import Session
from facilitation.text import CARD_MAX_CHARS, FIELD_MAX_CHARS, LINE_MAX_CHARS
from tests.fakes import CountingIds, FakeClock

MARKUP_CARD = "Nobody owns the tax rules <b>&<font> in the new page"
GREEK_CARD = "Καθυστέρηση στην πληρωμή"
CYRILLIC_CARD = "Задержка оплаты"

# Seconds the clock moves in each pre-mortem phase, in phase order: the handout's "actual" times.
PREMORTEM_S = {
    "stage": 300,
    "fiasco": 90,
    "reasons": 480,
    "readout": 660,
    "cluster": 420,
    "vote": 240,
    "size": 450,
    "respond": 720,
    "success": 300,
    "verdict": 270,
}


@dataclass
class Meeting:
    """Commits each change to a real store, as the runner does, and remembers new ids; each
    phase takes the seconds `seconds` gives it."""

    store: Store
    session: Session
    clock: FakeClock
    seconds: Mapping[str, int]
    ids: dict[str, str] = field(default_factory=dict)

    def do(self, change: Change, name: str = "") -> None:
        commit(self.store, self.session, change)
        if name:
            self.ids[name] = next(
                e.id for e in change.puts() if isinstance(e, Card | Theme | Action)
            )

    def end_phase(self, phase_id: str, *, last: bool = False) -> None:
        run = self.session.current_run()
        assert run is not None and run.phase_id == phase_id, (run, phase_id)
        self.clock.advance(self.seconds[phase_id])
        self.do(finish_session(self.session) if last else next_phase(self.session))

    def set_field(self, owner_id: str, field_id: str, value: str, kind: str = "text") -> None:
        self.do(
            records.set_field(self.session, owner_id, FieldSpec(field_id, field_id, kind), value)
        )

    def reopened(self) -> Session:
        return open_session(self.store, self.session.id, self.clock)


def start(
    store: Store,
    method: Method,
    draft: SetupDraft,
    clock: FakeClock,
    ids: CountingIds,
    seconds: Mapping[str, int],
) -> Meeting:
    """A new session of `method`, stored and started, its first phase running."""
    session, change = create_session(method, draft, clock, ids)
    meeting = Meeting(store, session, clock, seconds)
    meeting.do(change)
    meeting.do(start_session(session))
    return meeting


def long_text(seed: str, limit: int, end: str) -> str:
    """Words up to `limit` characters, ending in `end` so a test can see the text got printed."""
    words = (seed + " ") * (limit // (len(seed) + 1))
    return (words[: limit - len(end) - 1].rstrip() + " " + end)[:limit]


def crowd(count: int) -> list[ParticipantDraft]:
    """`count` people with names at the length limit of a line, of every role in turn."""
    return [
        ParticipantDraft(long_text(f"Person{n}", 60, f"P{n}"), ROLE_ORDER[n % len(ROLE_ORDER)])
        for n in range(count)
    ]


def play_premortem(meeting: Meeting) -> Meeting:
    """Every phase of the pre-mortem with hand-countable results (see test_report.py)."""
    m, s = meeting, meeting.session
    m.end_phase("stage")
    m.end_phase("fiasco")

    m.do(add_card(s, "reasons", "Payment API times out under load", Role.ENGINEERING), "api")
    m.do(add_card(s, "reasons", MARKUP_CARD, Role.PRODUCT), "tax")
    m.do(add_card(s, "reasons", GREEK_CARD, Role.ENGINEERING, "technical"), "greek")
    m.do(add_card(s, "reasons", CYRILLIC_CARD, Role.DESIGN), "cyrillic")
    m.do(add_card(s, "reasons", "Users miss the promo code field", Role.PRODUCT), "promo")
    m.do(add_card(s, "reasons", "The payment provider times out", Role.ENGINEERING), "dup")
    m.do(add_card(s, "reasons", "Legal review lands late", Role.PRODUCT), "legal")
    m.end_phase("reasons")

    m.do(edit_card(s, m.ids["dup"], mark="duplicate"))
    m.end_phase("readout")

    cards = m.ids
    m.do(
        add_theme(s, "Payment integration fails", (cards["api"], cards["greek"], cards["dup"])),
        "t_pay",
    )
    m.do(add_theme(s, "Tax rules wrong", (cards["tax"],)), "t_tax")
    m.do(add_theme(s, "Promo code confusion", (cards["promo"], cards["cyrillic"])), "t_promo")
    m.end_phase("cluster")

    # More dots on tax than on payments, so score order and vote order differ.
    m.do(set_tally(s, "vote", m.ids["t_pay"], 3))
    m.do(set_tally(s, "vote", m.ids["t_tax"], 5))
    m.do(set_tally(s, "vote", m.ids["t_promo"], 2))
    m.end_phase("vote")

    m.do(size_risk(s, m.ids["t_pay"], likelihood=4, impact=5))  # 20, High
    m.do(size_risk(s, m.ids["t_tax"], likelihood=3, impact=3))  # 9, Medium
    m.do(size_risk(s, m.ids["t_promo"], likelihood=2, impact=3))  # 6, Low
    m.end_phase("size")

    m.do(
        respond_to_risk(
            s,
            m.ids["t_pay"],
            roam="mitigated",
            mitigation="Retries with backoff and a second provider",
            warning_sign="p95 checkout latency above 2 s",
            owner="Eli",
            due="2026-12-15",
        )
    )
    m.do(respond_to_risk(s, m.ids["t_tax"], roam="owned", owner="Priya", due="2027-01-10"))
    m.do(respond_to_risk(s, m.ids["t_promo"], roam="accepted"))  # no owner, no date yet
    m.do(
        add_action(s, "Load-test the payment API at 3× peak", "Sam", "2026-12-01", m.ids["t_pay"]),
        "a1",
    )
    m.do(edit_action(s, m.ids["a1"], done_when="p95 under 1 s at 3× peak"))
    m.do(
        add_action(s, "Write down the tax rules per country", "Priya", "2026-12-08", m.ids["t_tax"])
    )
    m.end_phase("respond")

    m.do(add_card(s, "success", "Support knew the new page before launch", Role.PRODUCT), "k1")
    m.do(add_card(s, "success", "Checkout stays under one second", Role.ENGINEERING), "k2")
    m.do(set_tally(s, "success", m.ids["k1"], 1))
    m.do(set_tally(s, "success", m.ids["k2"], 4))
    m.end_phase("success")

    m.do(
        set_verdict(s, "Go with conditions", "Load test passes before launch\nTax rules signed off")
    )
    for value, count in {2: 1, 3: 2, 4: 1}.items():
        m.do(set_poll_count(s, "confidence", value, count))
    m.end_phase("verdict", last=True)
    return m


def play_crowded(db: Path, premortem: Method, clock: FakeClock, ids: CountingIds) -> Meeting:
    """Every text at its length limit, a long unbroken link, many people, cards and risks."""
    link = "https://wiki.example.com/" + "x" * 150
    draft = SetupDraft(
        title=long_text("Καθυστέρηση Задержка checkout", LINE_MAX_CHARS, "TITLE-END"),
        fields={
            "plan_summary": long_text("plan", FIELD_MAX_CHARS - 200, "PLAN-END") + " " + link,
            "success_metric": long_text("metric", LINE_MAX_CHARS, "METRIC-END"),
            "horizon_date": "2027-06-30",
            "failure_definition": long_text("failure", FIELD_MAX_CHARS, "FAILURE-END"),
        },
        participants=crowd(24),
        total_min=90,
    )
    meeting = start(Store(db), premortem, draft, clock, ids, PREMORTEM_S)
    m, s = meeting, meeting.session
    for phase in ("stage", "fiasco"):
        m.end_phase(phase)
    for n in range(40):
        card = long_text(f"reason{n}", CARD_MAX_CHARS, f"CARD{n}-END")
        m.do(add_card(s, "reasons", card, ROLE_ORDER[n % 4]), f"c{n}")
    for t in range(6):
        cards = tuple(m.ids[f"c{n}"] for n in range(t * 6, t * 6 + 6))
        m.do(add_theme(s, long_text(f"theme{t}", LINE_MAX_CHARS, f"THEME{t}-END"), cards), f"t{t}")
        m.do(size_risk(s, m.ids[f"t{t}"], likelihood=5, impact=5 - t % 3))
        m.do(
            respond_to_risk(
                s,
                m.ids[f"t{t}"],
                roam="mitigated",
                mitigation=long_text("mitigate", FIELD_MAX_CHARS, f"MITIGATION{t}-END"),
                warning_sign=long_text("warn", FIELD_MAX_CHARS, f"WARNING{t}-END"),
                owner=long_text("owner", LINE_MAX_CHARS, f"OWNER{t}-END"),
                due=long_text("due", LINE_MAX_CHARS, f"DUE{t}-END"),
            )
        )
    for a in range(15):
        what = long_text(f"action{a}", CARD_MAX_CHARS, f"ACTION{a}-END")
        m.do(add_action(s, what, long_text("who", LINE_MAX_CHARS, "WHO-END"), "2026-12-01"))
    m.do(set_verdict(s, "Rework", long_text("condition", FIELD_MAX_CHARS, "CONDITIONS-END")))
    m.do(set_poll_count(s, "confidence", 0, 999))
    return meeting
