"""The words of the demo pre-mortem: a B2B invoicing product moving to usage-based billing."""

# Card texts are prose, kept one record per line so the tables read like the wall they stand for.
# ruff: noqa: E501

from dataclasses import dataclass
from datetime import date, timedelta

from facilitation.lifecycle import ParticipantDraft, SetupDraft
from facilitation.roles import Role

P, E, D = Role.PRODUCT, Role.ENGINEERING, Role.DESIGN

TITLE = "Usage-based billing for Ledgerly Invoicing"
TOTAL_MIN = 60

PARTICIPANTS = (
    ParticipantDraft("Maya Okafor", P),
    ParticipantDraft("Jonas Weber", E),
    ParticipantDraft("Tom Ellison", D),
    ParticipantDraft("Priya Raman", E),
    ParticipantDraft("Lena Fischer", P),
    ParticipantDraft("Diego Alvarez", E),
)


def setup_draft(day: date) -> SetupDraft:
    return SetupDraft(
        title=TITLE,
        fields={
            "plan_summary": (
                "Replace per-seat plans with usage-based pricing: customers pay per invoice sent "
                "plus 0.4% of payments collected through Ledgerly, above a monthly minimum. "
                "Metering runs on the new event pipeline, the billing engine rates usage nightly "
                "and Stripe collects. 40 design-partner accounts pilot it first; the other 4,000 "
                "move in three waves over one quarter, with the first two usage bills capped at "
                "their old seat price + 10%."
            ),
            "success_metric": "Net revenue retention from 104% to 110% two quarters after rollout",
            "horizon_date": (day + timedelta(days=150)).isoformat(),
            "failure_definition": (
                "Customers got bills they could not predict or explain, mid-market churn doubled, "
                "finance reconciled usage by hand every month-end, and we moved 30% of accounts "
                "back to seat pricing."
            ),
        },
        participants=PARTICIPANTS,
        total_min=TOTAL_MIN,
    )


# Actual minutes per phase, against the plan of a 60-minute session (4, 2, 6, 11, 7, 4, 7, 11,
# 4, 4): some phases ran long, some short, as they do, so planned-vs-actual has a story.
ACTUAL_MIN = {
    "stage": 5.5,
    "fiasco": 1.5,
    "reasons": 7.75,
    "readout": 13.0,
    "cluster": 8.5,
    "vote": 3.0,
    "size": 6.5,
    "respond": 12.25,
    "success": 3.5,
    "verdict": 4.5,
}
ARRIVAL_MIN = 7.0  # setup is filled in while people arrive; it is not timed
BREAK_MIN = 4.0  # a paused timer during the read-out: the projector cable came loose

THEMES = {
    "bills": "Bills customers can't predict or explain",
    "counting": "Usage gets counted wrong",
    "migration": "Seat-contract migration stalls",
    "engine": "Billing engine & Stripe integration slips",
    "pricing": "Pricing changes after the build starts",
    "economics": "The economics & finance sign-off don't hold",
}


@dataclass(frozen=True)
class Reason:
    key: str
    theme: str
    role: Role
    text: str
    lens: str = ""
    duplicate: bool = False  # flagged in the read-out: someone else already said it
    late: bool = False  # added during the read-out rather than in silent writing


# fmt: off
REASONS = (
    Reason("double-count", "counting", E, "Usage events were double-counted when the pipeline retried after timeouts: invoice_sent had no idempotency key.", "technical"),
    Reason("predictable", "bills", P, "Customers never wanted usage pricing. They wanted a number they could put in a budget, and procurement rejected 'it depends'.", "problem"),
    Reason("raw-counts", "bills", D, "The usage dashboard showed raw event counts. Nobody could forecast next month's bill from it.", "problem"),
    Reason("rating-late", "counting", E, "The nightly rating job did not finish for the largest tenants before the 06:00 billing run, so bills went out with partial usage.", "technical"),
    Reason("caps", "migration", P, "Our biggest accounts negotiated caps that turned usage pricing into a seat plan with extra steps."),
    Reason("contracts", "migration", E, "We underestimated migrating 4,000 seat contracts: half had hand-edited discounts that no script could map.", "delivery"),
    Reason("small-invoices", "economics", P, "Invoices < €50 cost us more in payment fees than the usage charge brought in, and nobody had modelled that tail."),
    Reason("no-page", "counting", E, "Nobody was paged when metering lagged. We heard it from customers who saw zero usage on their dashboard.", "operational"),
    Reason("bill-shock", "bills", D, "The 'your bill is higher' email went out after the invoice, not before. Customers learned the new price from their card statement.", "handoff"),
    Reason("tiers-churn", "pricing", P, "Pricing tiers changed three times after the build started, and each change reset rating rules engineering had finished.", "collaboration"),
    Reason("proration", "engine", E, "Stripe proration with a monthly minimum did not behave like our model; credits were applied twice on plan changes.", "technical"),
    Reason("support-console", "bills", P, "Support could not explain a bill: the agent console showed totals, not the usage lines behind them.", "operational"),
    Reason("what-is-invoice", "counting", E, "The spec never said what counts as 'an invoice sent'. Drafts, re-sends and credit notes were guessed three different ways by three teams.", "handoff"),
    Reason("rev-rec", "economics", P, "Finance & legal never signed off revenue recognition for usage; the auditors made us restate the quarter.", "external"),
    Reason("event-bus", "engine", E, "The billing engine rewrite depended on the platform team's event bus, which slipped a quarter.", "delivery"),
    Reason("estimator-late", "pricing", D, "Design came in after the pricing page was built, so the estimator reused the seat-plan layout that assumes a fixed price.", "collaboration"),
    Reason("friendly-pilot", "migration", P, "The 40 pilot accounts were too friendly: none of them had the messy contracts the long tail has.", "delivery"),
    Reason("timezones", "counting", E, "Usage at 23:30 in Sydney landed in the wrong billing period; period boundaries were computed in UTC.", "technical"),
    Reason("competitor", "economics", P, "A competitor launched flat SMB pricing the same month and used our price change in their ads.", "external"),
    Reason("latency-backlog", "engine", E, "Engineering flagged the rating latency in week 3, but it sat in the backlog as 'performance' until the pilot broke.", "collaboration"),
    Reason("wrong-meter", "pricing", P, "We charged per invoice sent, but customers value payments collected. It felt like a tax on using the product.", "problem"),
    Reason("retries-dup", "counting", E, "Retries in the event pipeline inflated usage counts for some tenants.", "technical", duplicate=True),
    Reason("tickets", "bills", P, "'Why is my bill higher?' tickets swamped support in the first billing cycle.", "operational"),
    Reason("rnd-cost", "economics", E, "Our own R&D and infrastructure cost of metering (event storage, rating compute) grew faster than the usage revenue.", "operational"),
    Reason("blank-cheque", "bills", D, "Buyers asked for a fixed monthly price for their budget; usage felt like signing a blank cheque.", "problem", duplicate=True),
    Reason("sales-comp", "migration", P, "Sales kept selling seat plans during the migration because their commission still paid on seats.", "collaboration", late=True),
)
# fmt: on
# Clustered first under the engine theme, then moved where the room said it hurts most.
MOVED_CARD = ("what-is-invoice", "engine")

# Dots per theme: 18 in all (6 people × 3), never more than 2 per person on one theme.
VOTES = {"bills": 6, "counting": 4, "migration": 3, "economics": 2, "engine": 2, "pricing": 1}


@dataclass(frozen=True)
class RiskPlan:
    likelihood: int
    impact: int
    roam: str
    mitigation: str
    warning_sign: str
    owner: str
    due_days: int


# fmt: off
RISKS = {
    "bills": RiskPlan(4, 5, "mitigated", "Bill estimator on the pricing page and in the app, a projected-bill email ten days before each usage invoice, and the +10% cap on the first two bills.", "More than 3% of pilot accounts open a billing ticket in the first cycle, or fewer than 30% use the estimator.", "Maya Okafor", 35),
    "counting": RiskPlan(3, 5, "mitigated", "Idempotency keys on every usage event, and a nightly reconciliation of metered counts against sent invoices that alerts on drift.", "Reconciliation drift above 0.5% for any tenant two nights running.", "Jonas Weber", 21),
    "migration": RiskPlan(4, 4, "owned", "Migrate in waves by contract type; hand-edited contracts go to a manual queue with a named account manager.", "Wave 1 below 80% migrated two weeks after it starts.", "Lena Fischer", 42),
    "economics": RiskPlan(2, 4, "accepted", "Accepted by Maya with finance: the monthly minimum caps the small-invoice loss, and the revenue-recognition memo is already with the auditors.", "Auditors have not approved the memo by pilot start.", "Maya Okafor", 28),
    "engine": RiskPlan(3, 3, "resolved", "Resolved in the room: rating can read the existing queue, so the event-bus dependency is gone; the Stripe proration spike passed last sprint.", "Stripe test-clock suite goes red on the minimum-charge cases.", "Priya Raman", 14),
}
# fmt: on


@dataclass(frozen=True)
class ActionPlan:
    theme: str
    what: str
    owner: str
    due_days: int
    done_when: str = ""


# fmt: off
ACTIONS = (
    ActionPlan("bills", "Build the bill estimator into the pricing page and the in-app usage view", "Tom Ellison", 28, "A pilot customer forecasts next month's bill within 10%"),
    ActionPlan("bills", "Send a projected-bill email ten days before every usage invoice", "Maya Okafor", 35),
    ActionPlan("counting", "Add idempotency keys to invoice_sent and payment_collected events; backfill the pilot tenants", "Priya Raman", 14, "Replaying a day of events changes no invoice"),
    ActionPlan("counting", "Write the one-page definition of a billable invoice (drafts, re-sends, credit notes) and get it signed", "Maya Okafor & Jonas Weber", 7),
    ActionPlan("counting", "Nightly usage reconciliation with an alert on drift above 0.5%", "Diego Alvarez", 21),
    ActionPlan("migration", "Agree with sales leadership to pay commission on usage ARR from the pilot month", "Lena Fischer", 30),
    ActionPlan("pricing", "Freeze the pricing tiers for the pilot; any later change needs a written change note", "Maya Okafor", 7),
)
# fmt: on

# Keys to success, with green dots.
# fmt: off
SUCCESS = (
    (P, "Every customer saw their estimated new bill a month before the switch, and most saw it go down.", 5),
    (E, "Metering was boring: reconciled to the cent every night, so nobody argued about numbers.", 4),
    (D, "The usage page answered 'what will I pay this month?' at a glance.", 4),
    (P, "Sales and support were trained on the new bill before the first customer saw one.", 3),
    (E, "Any account could go back to seat pricing with one switch, so each wave was low-risk.", 2),
)
# fmt: on

VERDICT = "Go with conditions"
# One condition per line: the handout lists each line as a condition of the go.
VERDICT_NOTES = (
    "The estimator and the projected-bill email are live before the first usage invoice.\n"
    "Usage reconciliation runs clean on the pilot tenants for two weeks.\n"
    "Pricing tiers are frozen for the pilot.\n"
    "The wave-2 migration plan is reworked before any non-pilot account moves."
)
# Fist of five on the revised plan: one person at 2 (Diego, on on-call load for metering).
CONFIDENCE = {2: 1, 3: 2, 4: 2, 5: 1}
