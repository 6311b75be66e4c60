"""The demo problem definition: from "add a dispute button" to the problem behind it."""

# Card texts are prose, kept one record per line so the tables read like the wall they stand for.
# ruff: noqa: E501

from collections.abc import Mapping
from datetime import date
from functools import partial

from app import demo_content as cast
from app.demo_meeting import Meeting, Step
from app.storage import Store
from facilitation import assumptions, columns, panel_fields, parking, record_lines, records
from facilitation.board import add_card, set_tally
from facilitation.clock import ManualClock
from facilitation.entities import Card
from facilitation.method import Choice, Panel
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.targets import top_card

P, E, D, X = Role.PRODUCT, Role.ENGINEERING, Role.DESIGN, Role.OTHER  # X: other (support)

METHOD_ID = "problem"
TITLE = "Invoice disputes"
TOTAL_MIN = 75
PARTICIPANTS = (cast.MAYA, cast.JONAS, cast.TOM, cast.PRIYA, cast.LENA, cast.SOFIA)


def setup_fields(first: date, handed_on: Mapping[str, str]) -> dict[str, str]:
    return {
        **handed_on,
        "initiative": "Invoice disputes",
        "original_ask": (
            "Add a Dispute button to every invoice by June, like the one Stripe has for "
            "chargebacks. (Sales, after our largest account complained.)"
        ),
        "evidence": (
            "Support tickets tagged ‘dispute’ or ‘wrong invoice’, last two quarters\n"
            "Days-to-settle report from the data warehouse, January to March\n"
            "Exit interviews with 10 lost mid-market accounts\n"
            "Eight interviews with accounts-receivable clerks"
        ),
    }


# Against the plan of a 75-minute session (3, 4, 10, 12, 8, 10, 8, 8, 5, 6, 3 scaled down).
ACTUAL_MIN = {
    "stage": 3.5,
    "reframe": 6.0,
    "evidence": 9.5,
    "w4": 13.5,
    "rootcause": 8.0,
    "assumptions": 11.0,
    "drafts": 7.0,
    "converge": 10.5,
    "hmw": 4.5,
    "metrics": 7.0,
    "next": 3.0,
}
ARRIVAL_MIN = 5.0

# Solutions the room parked, with the phase in which each came up: they wait for later.
# fmt: off
PARKED = (
    ("reframe", P, "A Dispute button on the invoice PDF and in the email, as sales asked."),
    ("w4", E, "Let payers pay the undisputed lines now and hold back only the disputed ones."),
    ("drafts", D, "A shared thread on each invoice where the payer and the sender can talk."),
    ("hmw", X, "A Slack alert to the account owner whenever a dispute arrives."),
)
# fmt: on

REFRAMED = (
    "Finance teams using Ledgerly are struggling to notice and settle invoice disputes: their "
    "clients raise them by email or phone, outside Ledgerly, so the reminders keep chasing and "
    "nobody can see which invoices are stuck. What could help them is knowing, in one place, "
    "which invoices are disputed and why."
)

# (column, role, text): what we know, and what we only believe.
# fmt: off
EVIDENCE = (
    ("know", X, "212 support tickets last quarter were tagged ‘dispute’ or ‘wrong invoice’, up from 140 the quarter before."),
    ("know", P, "Disputed invoices take a median of 19 days to settle; undisputed overdue ones take 4 (warehouse, January to March)."),
    ("know", P, "3 of the 10 lost mid-market accounts said in their exit interview that we kept chasing clients who had already complained."),
    ("know", E, "Invoice emails come from a no-reply address: a payer's reply bounces, so disputes land in the sender's own mailbox."),
    ("know", E, "Reminders can be paused per client, not per invoice: pausing one dispute pauses every invoice to that client."),
    ("know", D, "6 of the 8 AR clerks we interviewed keep a spreadsheet of open disputes beside Ledgerly."),
    ("assume", P, "Payers would flag a dispute in Ledgerly if it took one click from the invoice email."),
    ("assume", P, "Finance admins will settle disputes inside Ledgerly once they see them there."),
    ("assume", E, "Pausing reminders on the disputed lines will not slow payment of the rest."),
    ("assume", P, "Fixing disputes will win mid-market renewals, not only cut tickets."),
    ("assume", E, "We can tie a payer's dispute to the invoice without the payer logging in."),
    ("assume", E, "The ERP sync can carry a ‘disputed’ status with no change on the customer's side."),
    ("assume", X, "The account behind the ask, 3,000 invoices a month, is typical of our customers."),
)
# fmt: on

# Where each assumption sits on the map: (evidence 1–4, importance 1–4, desirable/viable/feasible,
# and for the leaps of faith, important with little evidence, how we will test it).
# fmt: off
MAP = {
    "Payers would flag": (2, 4, "desirable", "Five payers try to flag a line on a clickable prototype, with no help."),
    "Finance admins will": (3, 4, "desirable", ""),
    "Pausing reminders": (1, 3, "viable", "Replay March's reminders with the disputed lines held back; compare when the rest got paid."),
    "Fixing disputes": (2, 3, "viable", "Ask the three lost accounts that named disputes whether this would have kept them."),
    "We can tie": (3, 4, "feasible", ""),
    "The ERP sync": (1, 2, "feasible", ""),
    "The account behind": (1, 2, "viable", ""),
}
# fmt: on

# fmt: off
W4 = (
    ("who", P, "AR clerks and finance admins at mid-market customers sending 200+ invoices a month (interviews, ticket owners)."),
    ("who", X, "Their clients' accounts-payable teams, who raise the dispute and are chased anyway."),
    ("who", P, "Account owners at our customers, who hear of it when a client threatens to leave."),
    ("what", E, "Reminders keep chasing invoices the payer has already disputed."),
    ("what", X, "Disputes arrive by email and phone, outside Ledgerly, and get lost between people."),
    ("what", P, "Nobody can see which invoices are stuck in a dispute, or for how long."),
    ("what", D, "A correction goes out as a new invoice, so the old one stays overdue & keeps ageing."),
    ("why", P, "19 days to settle instead of 4: the cash arrives two weeks late."),
    ("why", P, "Mid-market churn: 3 of 10 lost accounts named it."),
    ("why", X, "Support spends about 35 hours a month on disputes that are not ours to settle."),
    ("where", E, "Multi-line invoices for services and usage; rare on one-line subscriptions."),
    ("where", P, "Right after a price change, or on the first invoice of a new contract."),
    ("where", D, "Not in card payments: chargebacks already go through Stripe."),
)
# fmt: on

# One dot each (six people) on the What cards, by the start of each card's text.
ROOT_VOTES = {"Reminders keep": 3, "Disputes arrive": 2, "Nobody can see": 1}

# fmt: off
WHYS = (
    (E, "Ledgerly does not know that the invoice is disputed."),
    (X, "The dispute reaches the sender's mailbox and never Ledgerly."),
    (E, "Payers cannot answer an invoice inside Ledgerly, and the email comes from a no-reply address."),
    (P, "When invoice emails were built, replies were treated as support load to keep out."),
    (P, "Nobody owns the payer's side of an invoice: the product only models the sender."),
)

DRAFTS = (
    (P, {
        "who": "A finance admin at a mid-market customer",
        "need": "see and settle every dispute on their invoices in one place",
        "insight": "disputes reach them by email and phone, where nothing pauses and nothing is tracked",
        "impact": "a disputed invoice takes 19 days to settle instead of 4",
        "job_story": "When a client tells me an invoice is wrong, I want Ledgerly to stop chasing it and show me what is disputed, so I can put it right before the relationship sours.",
    }),
    (E, {
        "who": "A payer who receives a Ledgerly invoice",
        "need": "say which lines are wrong, right where the invoice is",
        "insight": "the invoice email is a dead end: replies bounce off a no-reply address",
        "impact": "212 dispute tickets a quarter, and reminders that ignore them",
    }),
    (D, {
        "who": "An account owner at one of our customers",
        "need": "know about a dispute before the client relationship turns sour",
        "insight": "nobody sees a dispute until the client escalates",
        "impact": "3 of 10 lost mid-market accounts named being chased after complaining",
    }),
)
# fmt: on
DRAFT_VOTES = (6, 5, 1)  # two dots each for six people, at most two per draft

# Ctrl+M starts the statement from the most-voted draft; the room then merges in the best of the
# others and adds how we will know it is solved.
MERGED = {
    "need": "see, pause and settle every dispute on their invoices in one place",
    "insight": "clients raise disputes by email and phone, outside Ledgerly, where nothing pauses the reminders and nothing is tracked",
    "impact": "a disputed invoice takes a median of 19 days to settle instead of 4, and clients are chased after they complained",
}
# The consent check: one person at 2 until the guardrail metric was promised, then a re-vote.
CONSENT_FIRST = {2: 1, 4: 3, 5: 2}
CONSENT_AGAIN = {2: 0, 3: 1}

# fmt: off
HMW = (
    (P, "How might we let a payer tell us what is wrong without leaving the invoice?", 3),
    (E, "How might we stop reminders for what is disputed without stopping them for the rest?", 4),
    (D, "How might we show a finance admin every open dispute and its age at a glance?", 3),
    (X, "How might we help support hand a dispute to the right person at our customer?", 1),
    (P, "How might we make a correction settle the original invoice instead of adding a new one?", 1),
)

NON_GOALS = (
    (P, "Card chargebacks: Stripe already handles them."),
    (E, "Accounts and logins for payers."),
    (P, "Automatic credit notes: a person still decides."),
)
# fmt: on


# Success and guardrail metrics; each is due by the same date, set in metrics().
# fmt: off
METRICS = (
    (P, {"metric": "Median days to settle a disputed invoice", "kind": "success", "baseline": "19", "target": "7", "owner": "Maya Okafor"}),
    (X, {"metric": "Support tickets tagged dispute, per quarter", "kind": "success", "baseline": "212", "target": "under 80", "owner": "Sofia Marchetti"}),
    (E, {"metric": "Undisputed invoices paid within terms", "kind": "guardrail", "baseline": "82%", "target": "at least 82%", "owner": "Jonas Weber"}),
)
# fmt: on


def metrics(first: date) -> list[tuple[Role, dict[str, str]]]:
    by = cast.story_day(first, cast.METRIC_DAYS).isoformat()
    return [(role, {**fields, "date": by}) for role, fields in METRICS]


def solved_when(first: date) -> str:
    return (
        "the median days to settle a disputed invoice falls from 19 to 7 by "
        f"{cast.spelled(first, cast.METRIC_DAYS)}"
    )


# (what, owner, co-owner, due in days, done when): two owners from two sides each.
# fmt: off
ACTIONS = (
    ("Spike: can a signed link in the invoice email identify the payer and the invoice safely?", "Priya Raman", "Maya Okafor", 6, "A one-page answer and a working prototype link"),
    ("Watch five payers from the ticket list try to dispute a line on a paper mock-up", "Lena Fischer", "Jonas Weber", 7, "Five sessions written up, each heard by both"),
    ("Pull 90 days of disputes from support: lines per dispute, reason, days to settle", "Sofia Marchetti", "Lena Fischer", 5, "The table is in the team's folder and the spike has read it"),
)
# fmt: on


class ProblemMeeting(Meeting):
    """Plays the problem definition phase by phase, parking solutions as they come up."""

    def __init__(self, store: Store, session: Session, clock: ManualClock) -> None:
        super().__init__(store, session, clock, ACTUAL_MIN)
        self.cards: dict[str, str] = {}  # a card's text (a draft's who and need) -> its id

    def run(self) -> None:
        self.begin(ARRIVAL_MIN)
        self.phase("stage", self.parked("stage"))
        self.phase("reframe", [self.reframe, *self.parked("reframe")])
        self.phase("evidence", [partial(self.card, "evidence", *c) for c in EVIDENCE])
        self.phase("w4", [*(partial(self.card, "w4", *c) for c in W4), *self.parked("w4")])
        self.phase("rootcause", self.rootcause_steps())
        self.phase("assumptions", [partial(self.place, key) for key in MAP])
        self.phase("drafts", [*(partial(self.draft, *d) for d in DRAFTS), *self.parked("drafts")])
        self.phase("converge", self.converge_steps())
        self.phase("hmw", [*(partial(self.hmw, *h) for h in HMW), *self.parked("hmw")])
        self.phase("metrics", self.metrics_steps())
        self.phase("next", [partial(self.act, *a) for a in ACTIONS], last=True)

    @property
    def first_day(self) -> date:
        return self.day  # the problem definition is the story's first session

    def card_id(self, start: str) -> str:
        return next(i for text, i in self.cards.items() if text.startswith(start))

    def record(self, phase_id: str, panel: Panel, fields: dict[str, str], role: Role) -> str:
        """A record as its board makes one: started from its first field, then filled in."""
        first, *rest = panel.fields
        change = record_lines.new_record(self.session, phase_id, panel, fields[first.id], role)
        card_id = self.add(change, Card)
        for spec in rest:
            if fields.get(spec.id):
                self.do(records.edit_record(self.session, card_id, spec.id, fields[spec.id]))
        return card_id

    # ----- parking lot, reframe and cards --------------------------------------------------------

    def parked(self, phase_id: str) -> list[Step]:
        """Solutions raised in this phase go to the parking lot, which is open all session."""
        return [partial(self.park, role, text) for when, role, text in PARKED if when == phase_id]

    def park(self, role: Role, text: str) -> None:
        self.do(parking.park(self.session, text, role))

    def reframe(self) -> None:
        panel = self.panel("reframe", "text_fields")
        self.do(panel_fields.set_value(self.session, "reframe", panel, panel.fields[0], REFRAMED))

    def card(self, phase_id: str, column: str, role: Role, text: str) -> None:
        panel = self.panel(phase_id, "column_cards")
        change = columns.add_to_column(self.session, phase_id, panel, column, text, role)
        self.cards[text] = self.add(change, Card)

    # ----- root cause: a vote on the What cards, then the why chain under the winner --------------

    def rootcause_steps(self) -> list[Step]:
        votes: list[Step] = [partial(self.root_vote, start, n) for start, n in ROOT_VOTES.items()]
        return [*votes, *(partial(self.why, role, text) for role, text in WHYS)]

    def root_vote(self, start: str, dots: int) -> None:
        # The vote's rules (one dot each, one per card) are checked by set_tally.
        self.do(set_tally(self.session, "rootcause", self.card_id(start), dots))

    def why(self, role: Role, text: str) -> None:
        target = top_card(self.session, self.session.method.phase("rootcause"))
        if target is None:
            raise RuntimeError("The demo's why chain needs a voted What card.")
        self.do(add_card(self.session, "rootcause", text, role, parent_id=target.id))

    # ----- assumption map ------------------------------------------------------------------------

    def place(self, start: str) -> None:
        panel = self.panel("assumptions", "plot_2x2")
        x_axis, y_axis = assumptions.axes(panel.settings)
        evidence, importance, kind, test = MAP[start]
        card_id = self.card_id(start)
        self.do(assumptions.place(self.session, panel, card_id, x_axis.id, evidence))
        self.do(assumptions.place(self.session, panel, card_id, y_axis.id, importance))
        self.do(assumptions.tag(self.session, panel, card_id, kind))
        if test:
            self.do(assumptions.set_test(self.session, panel, card_id, test))

    # ----- drafts and the one statement ----------------------------------------------------------

    def draft(self, role: Role, fields: dict[str, str]) -> None:
        card_id = self.record("drafts", self.panel("drafts", "text_fields"), fields, role)
        self.cards[fields["who"] + fields["need"]] = card_id

    def converge_steps(self) -> list[Step]:
        drafts = [fields["who"] + fields["need"] for _, fields in DRAFTS]
        steps: list[Step] = [
            partial(self.draft_vote, key, n) for key, n in zip(drafts, DRAFT_VOTES, strict=True)
        ]
        steps.append(self.copy_top_draft)
        merged = {**MERGED, "solved_when": solved_when(self.first_day)}
        steps += [partial(self.state, field_id, text) for field_id, text in merged.items()]
        steps += [partial(self.tick, item.id) for item in self.checklist()]
        steps += [partial(self.count, "consent", v, n) for v, n in CONSENT_FIRST.items()]
        steps += [partial(self.count, "consent", v, n) for v, n in CONSENT_AGAIN.items()]
        return steps

    def draft_vote(self, key: str, dots: int) -> None:
        self.do(set_tally(self.session, "converge", self.cards[key], dots))

    def copy_top_draft(self) -> None:
        """Ctrl+M: the final statement starts as the most-voted draft."""
        phase = self.session.method.phase("converge")
        panel = self.panel("converge", "text_fields")
        self.do(panel_fields.copy_top_draft(self.session, phase, panel))

    def state(self, field_id: str, value: str) -> None:
        panel = self.panel("converge", "text_fields")
        spec = panel.field(field_id)
        assert spec is not None, field_id
        self.do(panel_fields.set_value(self.session, "converge", panel, spec, value))

    def checklist(self) -> tuple[Choice, ...]:
        return panel_fields.checklist(self.panel("converge", "text_fields").settings)

    def tick(self, item_id: str) -> None:
        item = next(i for i in self.checklist() if i.id == item_id)
        self.do(panel_fields.set_ticked(self.session, "converge", item, True))

    # ----- how might we, metrics, non-goals and next steps ---------------------------------------

    def hmw(self, role: Role, text: str, dots: int) -> None:
        card_id = self.add(add_card(self.session, "hmw", text, role), Card)
        self.do(set_tally(self.session, "hmw", card_id, dots))

    def metrics_steps(self) -> list[Step]:
        rows: list[Step] = [partial(self.metric, r, f) for r, f in metrics(self.first_day)]
        return [*rows, *(partial(self.non_goal, role, text) for role, text in NON_GOALS)]

    def metric(self, role: Role, fields: dict[str, str]) -> None:
        self.record("metrics", self.panel("metrics", "text_fields"), fields, role)

    def non_goal(self, role: Role, text: str) -> None:
        column = self.panel("metrics", "free_cards").column
        self.do(add_card(self.session, "metrics", text, role, column=column))


def play(store: Store, session: Session, clock: ManualClock) -> None:
    """Hold the whole meeting, from setup to the finished session."""
    ProblemMeeting(store, session, clock).run()
