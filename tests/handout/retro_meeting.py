"""A finished joint retrospective, played through the real commands, for handout tests.

An earlier pre-mortem of the same team leaves open actions and sized risks; the retro follows it,
reviews them, and runs every phase with hand-countable results (see test_retro.py).
"""

from pathlib import Path

from app.methods_catalog import method
from app.sessions import open_session
from app.storage import Store
from facilitation import records
from facilitation.board import (
    add_action,
    add_card,
    add_theme,
    edit_action,
    set_poll_count,
    set_tally,
    size_risk,
)
from facilitation.followup import actions_to_review, review_action, review_risk, risks_to_review
from facilitation.lifecycle import ParticipantDraft, SetupDraft, finish_session
from facilitation.roles import Role
from facilitation.text import CARD_MAX_CHARS, FIELD_MAX_CHARS, LINE_MAX_CHARS
from tests.fakes import CountingIds, FakeClock
from tests.handout.meeting import Meeting, crowd, long_text, start

TEAM = "Billing"
SCOPE = "The self-serve billing launch"
MARKUP_CARD = "Alerts fired <b>&</b> nobody owned them"
GREEK_CARD = "Οι πελάτες ζήτησαν τιμολόγια στα ελληνικά"
CYRILLIC_CARD = "Задержка передачи макетов"
RTL_CARD = "العميل لم يفهم الفاتورة"
EMOJI_CARD = "Launch party 🎉 was great"
TARGETS = "Self-serve upgrades: 120 a month\nBilling tickets: under 40 a month"
ACTUALS = "Self-serve upgrades: 95 a month\nBilling tickets: 52 a month"

# Seconds the clock moves in each retro phase: the handout's "actual" times.
RETRO_S = {
    "stage": 180,
    "checkin": 300,
    "followup": 240,
    "timeline": 900,
    "questions": 960,
    "cluster": 480,
    "vote": 240,
    "dig": 1260,
    "decide": 840,
    "roti": 180,
}

PEOPLE = [
    ParticipantDraft("Priya", Role.PRODUCT),
    ParticipantDraft("Maya", Role.PRODUCT),
    ParticipantDraft("Eli", Role.ENGINEERING),
    ParticipantDraft("Sam", Role.ENGINEERING),
    ParticipantDraft("Jonas", Role.ENGINEERING),
    ParticipantDraft("Dana", Role.DESIGN),
]


def _earlier_premortem(store: Store, clock: FakeClock, ids: CountingIds) -> str:
    """The team's pre-mortem of the launch: three actions, two sized risks; returns its id."""
    draft = SetupDraft(
        title="Self-serve billing",
        fields={
            "plan_summary": "Customers upgrade and pay by card without talking to sales.",
            "success_metric": "120 self-serve upgrades a month",
            "horizon_date": "2027-03-31",
            "failure_definition": "Upgrades stay flat and billing tickets double",
        },
        participants=PEOPLE[:4],
        total_min=60,
        team=TEAM,
    )
    m = start(store, method("premortem"), draft, clock, ids, {})
    s = m.session
    m.do(add_theme(s, "Payment provider times out"), "t_pay")
    m.do(add_theme(s, "Tax rules wrong"), "t_tax")
    m.do(size_risk(s, m.ids["t_pay"], likelihood=4, impact=5))
    m.do(size_risk(s, m.ids["t_tax"], likelihood=2, impact=3))
    m.do(add_action(s, "Load-test the billing API at 3× peak", "Sam", "2026-12-01"))
    m.do(add_action(s, "Write the pricing FAQ with support", "Priya", "2026-12-04", co_owner="Eli"))
    m.do(add_action(s, "Add a usage alert to the dashboard", "Jonas", "2026-12-08"))
    m.do(finish_session(s))
    return s.id


def play_retro(db: Path, clock: FakeClock, ids: CountingIds) -> Meeting:
    """The whole retro; counts are chosen so that each total is easy to check by hand."""
    store = Store(db)
    earlier = _earlier_premortem(store, clock, ids)
    clock.advance(60 * 86400)  # the retro comes two months later
    draft = SetupDraft(
        title="Billing launch retro",
        fields={
            "scope": SCOPE,
            "period": "1 December 2026 to 15 January 2027",
            "success_metrics": TARGETS,
            "key_events": "Pricing page live on 14 December",
        },
        participants=PEOPLE,
        total_min=90,
        team=TEAM,
        follows=[earlier],
    )
    created = start(store, method("retro"), draft, clock, ids, RETRO_S).session
    # Opened as the app opens it, so the earlier session's open actions and risks come along.
    m = Meeting(store, open_session(store, created.id, clock, ids), clock, RETRO_S)
    s = m.session

    m.end_phase("stage")

    # Check-in, 1 to 5, counted per side: product 4 and 3 (mean 3.5), engineering 2, 2, 3
    # (mean 2.33), design 4.
    for side, value, count in (
        ("product", 4, 1),
        ("product", 3, 1),
        ("engineering", 2, 2),
        ("engineering", 3, 1),
        ("design", 4, 1),
    ):
        m.do(set_poll_count(s, "checkin", value, count, side=side))
    m.end_phase("checkin")

    # Last time's actions: done and keep; partly and more; the usage alert is never looked at.
    load_test, faq, _ = actions_to_review(s)
    m.do(review_action(s, load_test, status="done", trend="keep"))
    m.do(
        review_action(
            s, faq, status="partly", trend="more", note="FAQ is live; support not trained"
        )
    )
    provider, tax = risks_to_review(s)
    m.do(review_risk(s, provider, status="happened", note="40-minute outage on 21 December"))
    m.do(review_risk(s, tax, status="not_happened"))
    m.end_phase("followup")

    m.set_field("timeline", "actuals", ACTUALS)
    for text, when, role in (
        ("Pricing page went live", "2026-12-14", Role.PRODUCT),
        ("Annual plans cut from scope", "2026-12-02", Role.PRODUCT),
        ("Provider outage: checkout down 40 minutes", "2026-12-21", Role.ENGINEERING),
        ("Final invoice layout handed over a week late", "2026-12-08", Role.DESIGN),
    ):
        m.do(add_card(s, "timeline", text, role, fields={"when": when}))
    m.end_phase("timeline")

    for name, column, text, role in (
        ("value", "right", "Upgrades grew, but mostly on the plans we later cut", Role.PRODUCT),
        ("greek", "right", GREEK_CARD, Role.PRODUCT),
        ("retry", "well", "Checkout had no retry on provider timeouts", Role.ENGINEERING),
        ("late", "well", "Load tests ran a week before launch", Role.ENGINEERING),
        ("alerts", "well", MARKUP_CARD, Role.ENGINEERING),
        (
            "scope",
            "together",
            "Scope changed twice without engineering in the room",
            Role.ENGINEERING,
        ),
        ("slack", "together", "We heard about the pricing change in Slack", Role.ENGINEERING),
        ("hard", "together", "Engineering said it's hard and we stopped asking", Role.PRODUCT),
        ("edges", "together", "The design handoff left out the edge cases", Role.DESIGN),
        ("mockups", "together", CYRILLIC_CARD, Role.DESIGN),
        ("rtl", "right", RTL_CARD, Role.PRODUCT),
        ("party", "together", EMOJI_CARD, Role.OTHER),
    ):
        m.do(add_card(s, "questions", text, role, column=column), name)
    m.end_phase("questions")

    c = m.ids
    m.do(
        add_theme(s, "Scope changed without engineering", (c["scope"], c["slack"], c["hard"])),
        "t_scope",
    )
    m.do(
        add_theme(s, "Provider failures not handled", (c["retry"], c["late"], c["alerts"])),
        "t_fail",
    )
    m.do(add_theme(s, "Design handoff late", (c["edges"], c["mockups"])), "t_design")
    m.do(add_theme(s, "Value landed partly", (c["value"],)), "t_value")
    m.end_phase("cluster")

    # Six people with five dots each: 30 dots; the room placed 28.
    for theme, dots in (("t_scope", 12), ("t_fail", 9), ("t_design", 5), ("t_value", 2)):
        m.do(set_tally(s, "vote", m.ids[theme], dots))
    m.end_phase("vote")

    for why in (
        "Pricing decisions were made in the sales sync",
        "Engineering is not invited to the sales sync",
        "Nobody owns the product–engineering calendar",
    ):
        m.do(add_card(s, "dig", why, Role.ENGINEERING, parent_id=m.ids["t_scope"]))
    m.do(records.set_label(s, m.ids["t_scope"], "seam", "prioritization"))
    m.set_field(m.ids["t_scope"], "notes", "Changes after kick-off need a 15-minute joint call.")
    for why in ("No retry policy in the spec", "The spec template has no failure section"):
        m.do(add_card(s, "dig", why, Role.PRODUCT, parent_id=m.ids["t_fail"]))
    m.do(records.set_label(s, m.ids["t_fail"], "seam", "handoff"))
    m.set_field(m.ids["t_fail"], "notes", "Engineering writes the failure section with product.")
    m.do(
        add_card(
            s,
            "dig",
            "Design review came after the sprint started",
            Role.DESIGN,
            parent_id=m.ids["t_design"],
        )
    )
    m.do(records.set_label(s, m.ids["t_design"], "seam", "narrative"))
    m.end_phase("dig")

    for theme, circle in (
        ("t_scope", "control"),
        ("t_fail", "control"),
        ("t_design", "influence"),
        ("t_value", "soup"),
    ):
        m.do(records.set_label(s, m.ids[theme], "circle", circle))
    m.do(
        add_action(
            s,
            "Invite an engineer to every pricing decision",
            "Priya",
            "2027-02-26",
            m.ids["t_scope"],
            co_owner="Eli",
        ),
        "a1",
    )
    m.do(
        edit_action(s, m.ids["a1"], done_when="The next two pricing changes had an engineer there")
    )
    m.do(
        add_action(
            s,
            "Add a failure-handling section to the spec template",
            "Maya",
            "2027-02-12",
            m.ids["t_fail"],
            co_owner="Sam",
        ),
        "a2",
    )
    m.do(edit_action(s, m.ids["a2"], done_when="Every new spec has the section filled in"))
    # No engineering owner, no date and no check yet: the handout says so.
    m.do(add_action(s, "Review designs before sprint planning", "Dana", "", m.ids["t_design"]))
    m.end_phase("decide")

    # ROTI, 1 to 5: product 4 and 4; engineering 3, 4 and 5; design 5.
    for side, value, count in (
        ("product", 4, 2),
        ("engineering", 3, 1),
        ("engineering", 4, 1),
        ("engineering", 5, 1),
        ("design", 5, 1),
    ):
        m.do(set_poll_count(s, "roti", value, count, side=side))
    m.do(
        add_card(
            s, "roti", "The three columns made us talk about the seam", Role.PRODUCT, column="plus"
        )
    )
    m.do(
        add_card(
            s, "roti", "Start the timeline before the meeting", Role.ENGINEERING, column="delta"
        )
    )
    m.end_phase("roti", last=True)
    return m


def play_crowded_retro(db: Path, clock: FakeClock, ids: CountingIds) -> Meeting:
    """Every text at its length limit: many people, cards, themes, whys, notes and moments."""
    store = Store(db)
    draft = SetupDraft(
        title=long_text("Ретро Αναδρομή", LINE_MAX_CHARS, "TITLE-END"),
        fields={
            "scope": long_text("scope", LINE_MAX_CHARS, "SCOPE-END"),
            "period": long_text("period", LINE_MAX_CHARS, "PERIOD-END"),
            "success_metrics": long_text("target", FIELD_MAX_CHARS, "TARGETS-END"),
            "key_events": long_text("event", FIELD_MAX_CHARS, "EVENTS-END"),
        },
        participants=crowd(20),
        total_min=90,
    )
    m = start(store, method("retro"), draft, clock, ids, RETRO_S)
    s = m.session
    for side in ("product", "engineering"):
        m.do(set_poll_count(s, "checkin", 1, 999, side=side))
        m.do(set_poll_count(s, "roti", 5, 999, side=side))
    m.set_field("timeline", "actuals", long_text("actual", FIELD_MAX_CHARS, "ACTUALS-END"))
    for n in range(12):
        fields = {"when": long_text("when", LINE_MAX_CHARS, f"WHEN{n}-END")}
        text = long_text(f"moment{n}", CARD_MAX_CHARS, f"MOMENT{n}-END")
        m.do(add_card(s, "timeline", text, list(Role)[n % 4], fields=fields))
    columns = ("right", "well", "together")
    for n in range(36):
        text = long_text(f"card{n}", CARD_MAX_CHARS, f"CARD{n}-END")
        m.do(add_card(s, "questions", text, list(Role)[n % 4], column=columns[n % 3]), f"c{n}")
    for t in range(6):
        cards = tuple(m.ids[f"c{n}"] for n in range(t * 6, t * 6 + 6))
        m.do(add_theme(s, long_text(f"theme{t}", LINE_MAX_CHARS, f"THEME{t}-END"), cards), f"t{t}")
        m.do(set_tally(s, "vote", m.ids[f"t{t}"], 18 - t))
    for t in range(3):
        for w in range(5):
            why = long_text(f"why{t}.{w}", CARD_MAX_CHARS, f"WHY{t}.{w}-END")
            m.do(add_card(s, "dig", why, Role.ENGINEERING, parent_id=m.ids[f"t{t}"]))
        m.do(records.set_label(s, m.ids[f"t{t}"], "seam", "handoff"))
        m.set_field(
            m.ids[f"t{t}"], "notes", long_text(f"note{t}", FIELD_MAX_CHARS, f"NOTES{t}-END")
        )
    for a in range(3):
        what = long_text(f"action{a}", CARD_MAX_CHARS, f"ACTION{a}-END")
        owner = long_text("who", LINE_MAX_CHARS, f"OWNER{a}-END")
        other = long_text("other", LINE_MAX_CHARS, f"CO{a}-END")
        due = long_text("due", LINE_MAX_CHARS, f"DUE{a}-END")
        m.do(add_action(s, what, owner, due, m.ids[f"t{a}"], co_owner=other), f"a{a}")
        done = long_text("done", LINE_MAX_CHARS, f"DONE{a}-END")
        m.do(edit_action(s, m.ids[f"a{a}"], done_when=done))
    return m
