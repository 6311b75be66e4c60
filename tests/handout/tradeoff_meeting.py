"""A finished, fully known trade-off session played through the real commands, for handout tests.

Four options (the status quo is the Pugh datum), five weighted criteria, both sides scoring every
cell with some disagreement, sliders ranked by both sides and agreed, the chosen option's scope
in MoSCoW, two risks each for the top two options, a decision record, consent and three actions.
test_tradeoff.py checks the handout's numbers against hand sums of the tables below.
"""

from pathlib import Path

from app.methods_catalog import method as load_method
from app.storage import Store
from facilitation import decision_matrix
from facilitation.board import add_action, add_card, edit_action, set_poll_count
from facilitation.lifecycle import ParticipantDraft, SetupDraft
from facilitation.method import FieldSpec
from facilitation.records import (
    add_record,
    edit_record,
    set_field,
    set_label,
    set_rank,
    set_score,
)
from facilitation.roles import Role
from facilitation.text import CARD_MAX_CHARS, FIELD_MAX_CHARS, LINE_MAX_CHARS
from tests.fakes import CountingIds, FakeClock
from tests.handout.meeting import Meeting, long_text, start

QUESTION = "How do we let customers dispute an invoice?"
SCALE = range(1, 6)
P, E = Role.PRODUCT.value, Role.ENGINEERING.value

# Seconds the clock moves in each phase, in phase order: the appendix's "actual" minutes.
TRADEOFF_S = {
    "frame": 360,
    "sliders": 780,
    "criteria": 420,
    "options": 1140,
    "scope": 600,
    "score": 1020,
    "risks": 450,
    "sensitivity": 540,
    "decide": 660,
    "actions": 240,
}

# The starter criteria, in board order, and the weights the room gave them.
WEIGHTS = {
    "User value": 5,
    "Time to ship": 3,
    "Engineering effort": 2,
    "Maintainability": 4,
    "Operational risk": 3,
}

# The starter options, in board order, as the room rewrote them.
OPTIONS = {
    "fast": {
        "name": "Dispute form that emails finance",
        "approach": "A form on the invoice page; each dispute lands in the finance inbox.",
        "low_weeks": "1",
        "high_weeks": "2",
        "confidence": "80",
        "scope_in": "Form, reason codes, confirmation email",
        "scope_out": "Status tracking, credit notes",
        "debt": "significant",
        "debt_notes": "Disputes live in email: no history, no reporting.",
        "reversibility": "two_way",
        "risks": "Finance drowns in email at month end",
        "user_need": "Meets: raise a dispute. Misses: know where it stands.",
    },
    "standard": {
        "name": "Dispute workflow in the billing service",
        "approach": "Disputes as a state on the invoice, with a finance queue and emails.",
        "low_weeks": "3",
        "high_weeks": "4",
        "confidence": "70",
        "scope_in": "Form, queue, status for the customer, credit notes",
        "scope_out": "Public API, analytics",
        "debt": "some",
        "debt_notes": "Dispute states couple to the invoice model.",
        "compromise": "Status updates by email only, not in-app notifications",
        "reversibility": "two_way",
        "risks": "The queue becomes a second inbox",
        "user_need": "Meets: raise a dispute and follow it.",
    },
    "durable": {
        "name": "Case service with an API",
        "approach": "A separate case service that billing and support both use.",
        "low_weeks": "8",
        "high_weeks": "10",
        "confidence": "50",
        "scope_in": "Everything in the workflow, plus an API and case history",
        "debt": "none",
        "reversibility": "one_way",
        "risks": "Misses the January renewals",
        "user_need": "Meets every need, two months later.",
    },
    "status_quo": {
        "name": "Status quo: customers email support",
    },
}

# Each side's score, (product, engineering), per option and criterion in the orders above.
SCORES = {
    "fast": [(4, 2), (5, 5), (5, 4), (4, 1), (3, 2)],
    "standard": [(4, 4), (3, 4), (3, 3), (3, 4), (4, 3)],
    "durable": [(5, 3), (1, 2), (1, 1), (4, 5), (4, 5)],
    "status_quo": [(1, 1), (5, 5), (5, 5), (2, 3), (2, 3)],
}

# Trade-off sliders: rank 1 is the most flexible.
SLIDERS = {
    P: {"scope": 1, "quality": 2, "cost": 3, "experience": 4, "time": 5},
    E: {"cost": 1, "scope": 2, "time": 3, "experience": 4, "quality": 5},
    "": {"scope": 1, "cost": 2, "experience": 3, "time": 4, "quality": 5},
}

# The chosen option's features: text, role, MoSCoW, effort (days).
FEATURES = [
    ("Dispute button on the invoice page", Role.PRODUCT, "must", "3"),
    ("Reason codes and a note from the customer", Role.PRODUCT, "must", "2"),
    ("Finance queue with an owner and a due date", Role.ENGINEERING, "must", "3"),
    ("Email to the customer at each step", Role.PRODUCT, "should", "2"),
    ("Credit note issued from the dispute", Role.ENGINEERING, "should", "2"),
    ("Dispute analytics for finance", Role.PRODUCT, "could", "2"),
    ("Attachments on a dispute", Role.DESIGN, "could", "1"),
    ("Customer-facing dispute API", Role.ENGINEERING, "wont", "5"),
]

# Two risks each for the top two options: text, role, likelihood, impact.
RISKS = {
    "standard": [
        ("The finance queue becomes a second inbox nobody triages", Role.PRODUCT, 3, 4),
        ("Credit notes clash with the month-end close", Role.ENGINEERING, 2, 5),
    ],
    "durable": [
        ("The case service slips past the January renewals", Role.PRODUCT, 4, 4),
        ("The team learns a new framework mid-project", Role.ENGINEERING, 3, 3),
    ],
}

DECISION = {
    "title": "We will build disputes into the billing service as a workflow with a finance queue",
    "rationale": "It scores best on user value per week and ships before the January renewals.",
    "good": "Customers see where a dispute stands; finance works one queue.",
    "bad": "Dispute states are tied to the invoice model; no API for partners this year.",
    "debt": "Move disputes into their own service when partners ask for an API; "
    "planned for Q3 2027.",
    "revisit": "More than 200 disputes a month, or a partner asks for an API",
    "status": "accepted",
}
WHY_NOT = {
    "fast": "Email keeps no history and finance cannot report on it.",
    "durable": "Eight weeks or more misses the January renewals.",
    "status_quo": "Disputes take 19 days by email and support carries them.",
}
CONSENT = {2: 1, 3: 2, 4: 2, 5: 1}
ACTIONS = [
    (
        "Spike the dispute states on the invoice model",
        "Eli",
        "Priya",
        "2026-12-04",
        "States agreed",
    ),
    ("Update the spec with the MoSCoW scope", "Priya", "", "2026-11-27", ""),
    ("Tell support and finance ops what was decided", "Morgan", "", "2026-11-24", ""),
]


def draft() -> SetupDraft:
    return SetupDraft(
        title="Invoice disputes",
        fields={
            "question": QUESTION,
            "problem_statement": "Finance admins at mid-size customers need a way to dispute a "
            "line on an invoice, because disputes by email take 19 days to settle.",
            "success_metric": "Days to settle a dispute down from 19 to 5",
            "constraints": "Live before the January renewals; two engineers; no new vendor.",
            "driver": "Priya",
            "approver": "Morgan",
            "contributors": "Eli, Sam, Dana",
            "informed": "Support leads, finance ops",
            "deadline": "2026-11-28",
        },
        participants=[
            ParticipantDraft("Priya", Role.PRODUCT),
            ParticipantDraft("Morgan", Role.PRODUCT),
            ParticipantDraft("Eli", Role.ENGINEERING),
            ParticipantDraft("Sam", Role.ENGINEERING),
            ParticipantDraft("Dana", Role.DESIGN),
        ],
        total_min=90,
    )


def begin(db: Path, clock: FakeClock, ids: CountingIds, setup: SetupDraft | None = None) -> Meeting:
    """A new trade-off session, `setup` (or the known draft) stored and started."""
    tradeoff = load_method("tradeoff")
    return start(Store(db), tradeoff, setup or draft(), clock, ids, TRADEOFF_S)


def play_tradeoff(m: Meeting) -> Meeting:
    """Every phase of the trade-off matrix, with the results in the tables above."""
    s = m.session
    m.end_phase("frame")

    sliders = s.method.phase("sliders")
    for side, ranks in SLIDERS.items():
        for item, rank in ranks.items():
            m.do(set_rank(s, sliders, item, rank, side=side))
    m.end_phase("sliders")

    criteria = decision_matrix.criteria(s)
    assert [c.text for c in criteria] == list(WEIGHTS)
    for criterion in criteria:
        m.do(set_score(s, criterion.id, "weight", WEIGHTS[criterion.text], scale=SCALE))
    m.end_phase("criteria")

    options = dict(zip(OPTIONS, decision_matrix.options(s), strict=True))
    for key, fields in OPTIONS.items():
        for field_id, value in fields.items():
            m.do(edit_record(s, options[key].id, field_id, value))
        m.ids[key] = options[key].id
    m.end_phase("options")

    for text, role, label, effort in FEATURES:
        m.do(
            add_card(
                s, "scope", text, role, parent_id=m.ids["standard"], fields={"effort": effort}
            ),
            text,
        )
        m.do(set_label(s, m.ids[text], "moscow", label))
    # A feature of another option, which the chosen option's scope must not show.
    m.do(add_card(s, "scope", "Inbox rules for finance", Role.ENGINEERING, parent_id=m.ids["fast"]))
    m.end_phase("scope")

    for key, pairs in SCORES.items():
        for criterion, (product, engineering) in zip(criteria, pairs, strict=True):
            m.do(set_score(s, m.ids[key], criterion.id, product, scale=SCALE, side=P))
            m.do(set_score(s, m.ids[key], criterion.id, engineering, scale=SCALE, side=E))
    m.end_phase("score")

    for key, risks in RISKS.items():
        for text, role, likelihood, impact in risks:
            m.do(add_card(s, "risks", text, role, parent_id=m.ids[key]), text)
            m.do(set_score(s, m.ids[text], "likelihood", likelihood, scale=SCALE))
            m.do(set_score(s, m.ids[text], "impact", impact, scale=SCALE))
    m.end_phase("risks")
    m.end_phase("sensitivity")

    decide = s.method.phase("decide")
    specs = {f.id: f for p in decide.panels for f in p.fields}
    m.do(set_field(s, "decide", FieldSpec("chosen", "Chosen option"), m.ids["standard"]))
    for field_id, value in DECISION.items():
        m.do(set_field(s, "decide", specs[field_id], value))
    for key, why in WHY_NOT.items():
        m.do(set_field(s, m.ids[key], FieldSpec("why_not", "Why not", "text"), why))
    for value, count in CONSENT.items():
        m.do(set_poll_count(s, "consent", value, count))
    m.end_phase("decide")

    for index, (what, owner, co_owner, due, done_when) in enumerate(ACTIONS):
        m.do(add_action(s, what, owner, due, co_owner=co_owner), f"action{index}")
        if done_when:
            m.do(edit_action(s, m.ids[f"action{index}"], done_when=done_when))
    m.end_phase("actions", last=True)
    return m


CROWDED_OPTIONS = 8
CROWDED_CRITERIA = 9


def play_crowded(db: Path, clock: FakeClock, ids: CountingIds) -> Meeting:
    """Every text at its length limit, eight options on nine criteria, a long unbroken link."""
    link = "https://wiki.example.com/" + "x" * 150
    fields = {
        **draft().fields,
        "question": long_text("Καθυστέρηση Задержка dispute", LINE_MAX_CHARS, "QUESTION-END"),
        "problem_statement": long_text("problem", FIELD_MAX_CHARS - 200, "PROBLEM-END")
        + " "
        + link,
        "constraints": long_text("constraint", FIELD_MAX_CHARS, "CONSTRAINTS-END"),
        "contributors": long_text("contributor", LINE_MAX_CHARS, "CONTRIBUTORS-END"),
        "informed": long_text("informed", LINE_MAX_CHARS, "INFORMED-END"),
    }
    setup = SetupDraft("Crowded", fields, draft().participants, 90)
    m = begin(db, clock, ids, setup)
    s = m.session
    for n in range(CROWDED_CRITERIA - len(decision_matrix.criteria(s))):
        m.do(
            add_card(
                s, "criteria", long_text(f"crit{n}", CARD_MAX_CHARS, f"CRIT{n}-END"), Role.OTHER
            )
        )
    for criterion in decision_matrix.criteria(s):
        m.do(set_score(s, criterion.id, "weight", 5, scale=SCALE))
    for n in range(CROWDED_OPTIONS - len(decision_matrix.options(s))):
        m.do(add_record(s, "options", {"name": f"Extra option {n}"}))
    options = decision_matrix.options(s)
    for n, option in enumerate(options):
        m.do(
            edit_record(
                s, option.id, "name", long_text(f"option{n}", LINE_MAX_CHARS, f"NAME{n}-END")
            )
        )
        m.do(edit_record(s, option.id, "low_weeks", str(n)))
        m.do(edit_record(s, option.id, "high_weeks", str(2 * n + 1)))
        for criterion_index, criterion in enumerate(decision_matrix.criteria(s)):
            for side, value in ((P, 1 + (n + criterion_index) % 5), (E, 1 + n % 5)):
                m.do(set_score(s, option.id, criterion.id, value, scale=SCALE, side=side))
    first = options[0]
    panel = s.method.phase("options").panel("options")
    assert panel is not None
    for spec in panel.fields:
        if spec.kind == "text":
            m.do(
                edit_record(
                    s, first.id, spec.id, long_text(spec.id, FIELD_MAX_CHARS, f"{spec.id}-END")
                )
            )
    for n in range(12):
        text = long_text(f"feature{n}", CARD_MAX_CHARS, f"FEATURE{n}-END")
        m.do(
            add_card(s, "scope", text, Role.PRODUCT, parent_id=first.id, fields={"effort": "2"}),
            f"f{n}",
        )
        m.do(set_label(s, m.ids[f"f{n}"], "moscow", ("must", "should", "could", "wont")[n % 4]))
    for option in options:
        for n in range(2):
            text = long_text(f"risk{n}", CARD_MAX_CHARS, f"RISK{n}-END")
            m.do(add_card(s, "risks", text, Role.ENGINEERING, parent_id=option.id), "risk")
            m.do(set_score(s, m.ids["risk"], "likelihood", 5, scale=SCALE))
            m.do(set_score(s, m.ids["risk"], "impact", 5, scale=SCALE))
    decide = s.method.phase("decide")
    m.do(set_field(s, "decide", FieldSpec("chosen", "Chosen option"), first.id))
    for spec in (f for p in decide.panels for f in p.fields):
        if spec.kind == "text":
            m.do(
                set_field(
                    s, "decide", spec, long_text(spec.id, FIELD_MAX_CHARS, f"D-{spec.id}-END")
                )
            )
        elif spec.kind == "line":
            m.do(
                set_field(s, "decide", spec, long_text(spec.id, LINE_MAX_CHARS, f"D-{spec.id}-END"))
            )
    for option in options[1:]:
        why = long_text("because", FIELD_MAX_CHARS, "WHY-END")
        m.do(set_field(s, option.id, FieldSpec("why_not", "Why not", "text"), why))
    m.do(set_poll_count(s, "consent", 0, 999))
    for a in range(3):
        what = long_text(f"action{a}", CARD_MAX_CHARS, f"ACTION{a}-END")
        owner = long_text("who", LINE_MAX_CHARS, "WHO-END")
        m.do(add_action(s, what, owner, "2026-12-01", co_owner=owner))
    return m
