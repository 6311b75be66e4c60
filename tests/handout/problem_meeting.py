"""A finished problem-definition workshop, played through the real commands, for handout tests.

Counts are chosen so that each total is easy to check by hand (see test_problem.py).
"""

from pathlib import Path

from app.methods_catalog import method
from app.storage import Store
from facilitation import assumptions, panel_fields, records
from facilitation.board import add_action, add_card, set_poll_count, set_tally
from facilitation.lifecycle import ParticipantDraft, SetupDraft
from facilitation.method import Panel
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.text import CARD_MAX_CHARS, FIELD_MAX_CHARS, LINE_MAX_CHARS
from tests.fakes import CountingIds, FakeClock
from tests.handout.meeting import Meeting, crowd, long_text, start

INITIATIVE = "Invoice disputes"
ORIGINAL_ASK = "Add a Dispute button to every invoice by June"
REFRAMED = (
    "Finance admins struggle to settle a wrong invoice without weeks of email. "
    "What could help them settle it in days?"
)
MARKUP_CARD = "Totals <b>don't</b> match & nobody knows why"
GREEK_CARD = "Οι διαφορές κρατούν την πληρωμή"
CYRILLIC_CARD = "Клиенты платят позже"
RTL_CARD = "العملاء يدفعون متأخرين"
EMOJI_CARD = "How might we make invoices 📄 readable at a glance?"

STATEMENT = {
    "who": "Finance admins at mid-market customers",
    "need": "settle a wrong invoice line",
    "insight": "they cannot see which usage made the total",
    "impact": "a dispute takes 19 days and holds up the whole payment",
    "solved_when": "the median days to settle falls from 19 to 5 by 30 June 2027",
    "job_story": (
        "When an invoice total looks wrong, I want to see the usage behind each line, "
        "so I can dispute only that line."
    ),
}
FINAL = (
    "Finance admins at mid-market customers needs a way to settle a wrong invoice line because "
    "they cannot see which usage made the total. Today, a dispute takes 19 days and holds up "
    "the whole payment. We will know it is solved when the median days to settle falls from 19 "
    "to 5 by 30 June 2027."
)

# Seconds the clock moves in each phase: the handout's "actual" times.
PROBLEM_S = {
    "stage": 180,
    "reframe": 300,
    "evidence": 540,
    "w4": 780,
    "rootcause": 480,
    "assumptions": 660,
    "drafts": 420,
    "converge": 600,
    "hmw": 300,
    "metrics": 420,
    "next": 240,
}

PEOPLE = [
    ParticipantDraft("Priya", Role.PRODUCT),
    ParticipantDraft("Maya", Role.PRODUCT),
    ParticipantDraft("Eli", Role.ENGINEERING),
    ParticipantDraft("Sam", Role.ENGINEERING),
    ParticipantDraft("Dana", Role.DESIGN),
]


def panel(session: Session, phase_id: str, kind: str) -> Panel:
    found = session.method.phase(phase_id).panel(kind)
    assert found is not None
    return found


def park(m: Meeting, text: str, role: Role) -> None:
    """A solution for later: the parking lot keeps it as a card of its own, open all session."""
    m.do(add_card(m.session, "parking_lot", text, role))


def state(m: Meeting, values: dict[str, str]) -> None:
    statement = panel(m.session, "converge", "text_fields")
    for spec in statement.fields:
        if spec.id in values:
            m.do(panel_fields.set_value(m.session, "converge", statement, spec, values[spec.id]))


def play_problem(db: Path, clock: FakeClock, ids: CountingIds) -> Meeting:
    store = Store(db)
    draft = SetupDraft(
        title="Invoice disputes workshop",
        fields={
            "initiative": INITIATIVE,
            "original_ask": ORIGINAL_ASK,
            "evidence": "Support tickets tagged ‘dispute’, last two quarters\n"
            "Days-to-settle report, January to March",
        },
        participants=PEOPLE,
        total_min=75,
    )
    m = start(store, method("problem"), draft, clock, ids, PROBLEM_S)
    s = m.session

    park(m, "A Dispute button on the invoice page", Role.PRODUCT)
    m.end_phase("stage")

    reframe = panel(s, "reframe", "text_fields")
    m.do(panel_fields.set_value(s, "reframe", reframe, reframe.fields[0], REFRAMED))
    m.end_phase("reframe")

    for name, column, text, role in (
        ("tickets", "know", "142 dispute tickets last quarter", Role.PRODUCT),
        ("days", "know", "The median dispute takes 19 days to settle", Role.ENGINEERING),
        ("rtl", "know", RTL_CARD, Role.OTHER),
        ("a1", "assume", "Admins would settle disputes themselves if they could", Role.PRODUCT),
        ("a2", "assume", "Most disputes are about one wrong line", Role.PRODUCT),
        ("a3", "assume", "The ledger can re-issue a single invoice line", Role.ENGINEERING),
        ("a4", "assume", "Sales will stop promising custom credit terms", Role.DESIGN),
        ("a5", "assume", "Customers read the invoice email", Role.ENGINEERING),
    ):
        m.do(add_card(s, "evidence", text, role, column=column), name)
    m.end_phase("evidence")

    for name, column, text, role in (
        ("who1", "who", "Finance admins at mid-market customers", Role.PRODUCT),
        ("who2", "who", "Account managers who chase the money", Role.ENGINEERING),
        ("w1", "what", "Disputes go back and forth by email", Role.PRODUCT),
        ("w2", "what", "Credit notes are issued by hand", Role.ENGINEERING),
        ("w3", "what", MARKUP_CARD, Role.PRODUCT),
        ("why1", "why", "A dispute holds up the whole invoice payment", Role.PRODUCT),
        ("why2", "why", "Each dispute costs support 40 minutes", Role.ENGINEERING),
        ("why3", "why", CYRILLIC_CARD, Role.DESIGN),
        ("where1", "where", "Only on invoices with usage lines", Role.ENGINEERING),
        ("where2", "where", "Not on annual prepaid plans", Role.PRODUCT),
        ("greek", "where", GREEK_CARD, Role.DESIGN),
    ):
        m.do(add_card(s, "w4", text, role, column=column), name)
    park(m, "Let admins edit a line themselves", Role.ENGINEERING)
    m.end_phase("w4")

    # One dot each for five people: 3 + 1 + 1.
    for card, dots in (("w1", 3), ("w2", 1), ("w3", 1)):
        m.do(set_tally(s, "rootcause", m.ids[card], dots))
    for why in (
        "Nobody can see which invoice line is wrong",
        "Invoices show totals, not the usage behind them",
        "The ledger stores usage per month, not per line",
    ):
        m.do(add_card(s, "rootcause", why, Role.ENGINEERING, parent_id=m.ids["w1"]))
    m.end_phase("rootcause")

    plot = panel(s, "assumptions", "plot_2x2")
    for card, evidence, importance, kind in (
        ("a1", 1, 4, "desirable"),  # a leap of faith
        ("a2", 2, 3, "viable"),  # a leap of faith, still untested
        ("a3", 3, 4, "feasible"),  # important, and known
        ("a4", 1, 2, "viable"),  # watch
    ):  # a5 is never placed
        m.do(assumptions.place(s, plot, m.ids[card], "evidence", evidence))
        m.do(assumptions.place(s, plot, m.ids[card], "importance", importance))
        m.do(assumptions.tag(s, plot, m.ids[card], kind))
    m.do(assumptions.set_test(s, plot, m.ids["a1"], "Five admins try a clickable prototype"))
    m.end_phase("assumptions")

    for name, role, fields in (
        ("d1", Role.PRODUCT, {k: v for k, v in STATEMENT.items() if k != "solved_when"}),
        (
            "d2",
            Role.ENGINEERING,
            {
                "who": "Account managers",
                "need": "chase disputed invoices",
                "insight": "disputes live in email",
                "impact": "support spends 40 minutes per dispute",
            },
        ),
        ("d3", Role.DESIGN, {"who": "Customers", "need": "pay on time"}),
    ):
        m.do(records.add_record(s, "drafts", fields, role=role), name)
    m.end_phase("drafts")

    # Two dots each for five people: 6 + 3 + 1.
    for card, dots in (("d1", 6), ("d2", 3), ("d3", 1)):
        m.do(set_tally(s, "converge", m.ids[card], dots))
    state(m, STATEMENT)
    converge = panel(s, "converge", "text_fields")
    for item in panel_fields.checklist(converge.settings):
        ticked = item.id != "one_problem"
        m.do(panel_fields.set_ticked(s, "converge", item, ticked))
    for value, count in ((3, 1), (4, 3), (5, 1)):
        m.do(set_poll_count(s, "consent", value, count))
    m.end_phase("converge")

    for name, text, role, dots in (
        ("h1", "How might we show the usage behind each invoice line?", Role.PRODUCT, 4),
        (
            "h2",
            "How might we let admins flag one line without blocking payment?",
            Role.ENGINEERING,
            6,
        ),
        ("h3", "How might we settle a dispute in one conversation?", Role.DESIGN, 0),
        ("h4", EMOJI_CARD, Role.OTHER, 0),
    ):
        m.do(add_card(s, "hmw", text, role), name)
        if dots:
            m.do(set_tally(s, "hmw", m.ids[name], dots))
    m.end_phase("hmw")

    for fields in (
        {
            "metric": "Median days to settle a dispute",
            "kind": "success",
            "baseline": "19 days",
            "target": "5 days",
            "date": "2027-06-30",
            "owner": "Priya",
        },
        {
            "metric": "Dispute tickets per month",
            "kind": "success",
            "baseline": "142",
            "target": "70",
            "date": "2027-06-30",
            "owner": "Eli",
        },
        {
            "metric": "Days sales outstanding",
            "kind": "guardrail",
            "baseline": "38",
            "target": "no worse than 38",
            "owner": "Maya",
        },
    ):
        m.do(records.add_record(s, "metrics", fields, role=Role.PRODUCT))
    for text, role in (
        ("Automatic credit notes", Role.PRODUCT),
        ("Disputes on annual prepaid plans", Role.ENGINEERING),
    ):
        m.do(add_card(s, "metrics", text, role, column="non_goals"))
    m.end_phase("metrics")

    m.do(
        add_action(
            s,
            "Discovery spike: can the ledger store usage per invoice line?",
            "Maya",
            "2027-01-15",
            co_owner="Eli",
            done_when="A yes or no with its cost, shared with the room",
        )
    )
    m.do(
        add_action(
            s,
            "Prototype the line-level dispute view with five admins",
            "Priya",
            "2027-01-29",
            co_owner="Sam",
            done_when="Five admins have tried it",
        )
    )
    m.end_phase("next", last=True)
    return m


def play_crowded_problem(db: Path, clock: FakeClock, ids: CountingIds) -> Meeting:
    """Every text at its length limit, with many cards, assumptions, drafts, metrics and steps."""
    store = Store(db)
    draft = SetupDraft(
        title=long_text("Προβλήματα Проблема", LINE_MAX_CHARS, "TITLE-END"),
        fields={
            "initiative": long_text("initiative", LINE_MAX_CHARS, "INITIATIVE-END"),
            "original_ask": long_text("ask", FIELD_MAX_CHARS, "ASK-END"),
            "evidence": long_text("evidence", FIELD_MAX_CHARS, "READS-END"),
        },
        participants=crowd(20),
        total_min=75,
    )
    m = start(store, method("problem"), draft, clock, ids, PROBLEM_S)
    s = m.session
    for n in range(8):
        park(m, long_text(f"park{n}", CARD_MAX_CHARS, f"PARK{n}-END"), list(Role)[n % 4])
    reframe = panel(s, "reframe", "text_fields")
    reframed = long_text("reframed", FIELD_MAX_CHARS, "REFRAMED-END")
    m.do(panel_fields.set_value(s, "reframe", reframe, reframe.fields[0], reframed))
    for n in range(16):
        column = ("know", "assume")[n % 2]
        text = long_text(f"evidence{n}", CARD_MAX_CHARS, f"EVIDENCE{n}-END")
        m.do(add_card(s, "evidence", text, list(Role)[n % 4], column=column), f"e{n}")
    for n in range(24):
        column = ("who", "what", "why", "where")[n % 4]
        text = long_text(f"w4card{n}", CARD_MAX_CHARS, f"W4CARD{n}-END")
        m.do(add_card(s, "w4", text, list(Role)[n % 4], column=column), f"w{n}")
    m.do(set_tally(s, "rootcause", m.ids["w1"], 20))
    for n in range(5):
        why = long_text(f"why{n}", CARD_MAX_CHARS, f"WHY{n}-END")
        m.do(add_card(s, "rootcause", why, Role.ENGINEERING, parent_id=m.ids["w1"]))
    plot = panel(s, "assumptions", "plot_2x2")
    for n in range(1, 16, 2):  # every assumption: the odd evidence cards
        card = m.ids[f"e{n}"]
        m.do(assumptions.place(s, plot, card, "evidence", 1 + n % 2))
        m.do(assumptions.place(s, plot, card, "importance", 4))
        m.do(assumptions.tag(s, plot, card, "feasible"))
        test = long_text(f"test{n}", FIELD_MAX_CHARS, f"TEST{n}-END")
        m.do(assumptions.set_test(s, plot, card, test))
    for n in range(8):
        fields = {
            key: long_text(f"{key}{n}", LINE_MAX_CHARS, f"DRAFT{n}{key.upper()}-END")
            for key in ("who", "need", "insight", "impact")
        }
        fields["job_story"] = long_text(f"story{n}", FIELD_MAX_CHARS, f"STORY{n}-END")
        m.do(records.add_record(s, "drafts", fields, role=list(Role)[n % 4]), f"d{n}")
    m.do(set_tally(s, "converge", m.ids["d0"], 40))
    final = {
        key: long_text(key, LINE_MAX_CHARS, f"FINAL{key.upper()}-END")
        for key in ("who", "need", "insight", "impact", "solved_when")
    }
    final["job_story"] = long_text("job", FIELD_MAX_CHARS, "JOB-END")
    state(m, final)
    m.do(set_poll_count(s, "consent", 2, 999))
    for n in range(10):
        text = long_text(f"hmw{n}", CARD_MAX_CHARS, f"HMW{n}-END")
        m.do(add_card(s, "hmw", text, list(Role)[n % 4]), f"h{n}")
        m.do(set_tally(s, "hmw", m.ids[f"h{n}"], 10 - n))
    for n in range(6):
        fields = {
            key: long_text(f"{key}{n}", LINE_MAX_CHARS, f"METRIC{n}{key.upper()}-END")
            for key in ("metric", "baseline", "target", "owner")
        }
        fields["kind"] = "guardrail" if n == 5 else "success"
        m.do(records.add_record(s, "metrics", fields, role=Role.PRODUCT))
    for n in range(8):
        text = long_text(f"nongoal{n}", CARD_MAX_CHARS, f"NONGOAL{n}-END")
        m.do(add_card(s, "metrics", text, Role.PRODUCT, column="non_goals"))
    for a in range(8):
        m.do(
            add_action(
                s,
                long_text(f"action{a}", CARD_MAX_CHARS, f"ACTION{a}-END"),
                long_text("who", LINE_MAX_CHARS, f"OWNER{a}-END"),
                long_text("due", LINE_MAX_CHARS, f"DUE{a}-END"),
                co_owner=long_text("other", LINE_MAX_CHARS, f"CO{a}-END"),
                done_when=long_text("done", LINE_MAX_CHARS, f"DONE{a}-END"),
            )
        )
    return m
