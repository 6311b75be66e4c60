"""The demo trade-off matrix: four ways to build self-serve disputes, scored from both sides."""

# Option fields and scores are data, kept one record per line so the tables stay readable.
# ruff: noqa: E501

from collections.abc import Mapping
from datetime import date
from functools import partial

from app import demo_content as cast
from app.demo_meeting import Meeting, Step
from app.storage import Store
from facilitation import (
    criteria,
    decision_matrix,
    decision_record,
    option_risks,
    panel_fields,
    scope,
)
from facilitation.clock import ManualClock
from facilitation.entities import Card
from facilitation.records import edit_record, set_label, set_rank, set_score
from facilitation.roles import Role
from facilitation.session import Session

P, E, D = Role.PRODUCT, Role.ENGINEERING, Role.DESIGN
SIDES = {"product": P.value, "engineering": E.value, "agreed": ""}

METHOD_ID = "tradeoff"
TITLE = "How we build self-serve disputes"
TOTAL_MIN = 90
PARTICIPANTS = (cast.MAYA, cast.RUTH, cast.JONAS, cast.PRIYA, cast.DIEGO, cast.TOM)


def setup_fields(first: date, handed_on: Mapping[str, str]) -> dict[str, str]:
    """The question and DACI roles; problem statement, metric and known risks are handed on."""
    day = cast.story_day(first, cast.STARTS[METHOD_ID].days)
    return {
        **handed_on,
        "question": "How do we let payers dispute invoice lines, and pause reminders, in time for the pilot?",
        "constraints": (
            f"The pilot starts on {cast.spelled(first, cast.PILOT_DAY)} with 30 customers.\n"
            "No logins for payers.\n"
            "The nightly ERP sync is frozen until the platform team's Q3 release.\n"
            "Two engineers and a designer until the pilot."
        ),
        "driver": "Maya Okafor",
        "approver": "Ruth Adeyemi",
        "contributors": "Jonas Weber, Priya Raman, Diego Alvarez, Tom Ellison",
        "informed": "Support, sales leadership, finance",
        "deadline": cast.story_day(day, 3).isoformat(),
    }


# Against the plan of a 90-minute session (5, 10, 8, 15, 8, 15, 8, 8, 8, 5).
ACTUAL_MIN = {
    "frame": 5.5,
    "sliders": 12.0,
    "criteria": 7.0,
    "options": 17.0,
    "scope": 9.0,
    "score": 14.0,
    "risks": 7.0,
    "sensitivity": 6.0,
    "decide": 9.5,
    "actions": 4.0,
}
ARRIVAL_MIN = 6.0

# The framing phase corrects the setup in the room.
FRAME_EDITS = {
    "informed": "Support (Sofia Marchetti), sales leadership, finance, the pilot customers' account managers",
}

# Trade-off sliders, 1 = most flexible … 5 = least flexible; each side first, then agreed.
# fmt: off
SLIDERS = {
    "product": {"scope": 1, "cost": 2, "quality": 3, "time": 4, "experience": 5},
    "engineering": {"scope": 1, "time": 2, "cost": 3, "experience": 4, "quality": 5},
    "agreed": {"scope": 1, "cost": 2, "time": 3, "experience": 4, "quality": 5},
}
# fmt: on

# The method's starter criteria keep their names; the room adds one and weighs them all.
NEW_CRITERIA = ("Reversibility",)
WEIGHTS = {
    "User value": 5,
    "Time to ship": 4,
    "Engineering effort": 2,
    "Maintainability": 3,
    "Operational risk": 4,
    "Reversibility": 2,
}

# The starter options, rewritten for this decision (keyed by the starter's name).
# fmt: off
OPTIONS = {
    "Constrained and fast": {
        "name": "Reply-to-dispute",
        "approach": "Make the invoice email's reply address live. A reply opens a dispute on the whole invoice and pauses all its reminders; finance admins see replies in a simple list.",
        "low_weeks": "1", "high_weeks": "2", "confidence": "70",
        "scope_in": "Email replies, a pause per invoice, a list of disputes.",
        "scope_out": "Disputes per line, the invoice page, any ERP status.",
        "debt": "some",
        "debt_notes": "Reply parsing by rules of thumb; a pause per invoice that line-level disputes will have to undo.",
        "compromise": "Payers cannot say which line is wrong; out-of-office replies open false disputes.",
        "reversibility": "two_way",
        "risks": "Auto-replies and signatures flood the list; pausing whole invoices delays undisputed lines.",
        "user_need": "Meets “stop chasing”; misses “see what is disputed”.",
    },
    "Standard": {
        "name": "Dispute page",
        "approach": "A signed link in the invoice email opens the invoice, where the payer ticks the wrong lines and writes one note. Reminders pause per line; a Disputes inbox shows each dispute with the client's name and age.",
        "low_weeks": "3", "high_weeks": "4", "confidence": "60",
        "scope_in": "Signed link, line picker and note, pause per line, Disputes inbox, notifying the issuer.",
        "scope_out": "Threads, assignment, SLAs, payer logins.",
        "debt": "some",
        "debt_notes": "The ERP sync carries a Ledgerly-only ‘disputed’ flag instead of a real status.",
        "compromise": "No conversation on the dispute: replies still go by email.",
        "reversibility": "two_way",
        "risks": "Pausing per line is new code on the reminders' critical path; the security review of no-login links.",
        "user_need": "Meets both: payers say which line, admins see every dispute.",
    },
    "Durable": {
        "name": "Dispute service",
        "approach": "A disputes domain with line states, a conversation thread, assignment, SLAs and a real ‘disputed’ status synced both ways with the ERP.",
        "low_weeks": "8", "high_weeks": "11", "confidence": "40",
        "scope_in": "Everything in the dispute page, plus threads, assignment, SLAs and a two-way ERP status.",
        "scope_out": "Payer logins.",
        "debt": "none",
        "compromise": "None for users, but the pilot waits two months.",
        "reversibility": "one_way",
        "risks": "Needs the ERP sync, which is frozen until Q3; the estimate is the least sure.",
        "user_need": "Meets every need named, and some nobody has asked for yet.",
    },
    "Status quo": {
        "approach": "Disputes stay in email; support pauses reminders per client by hand when asked.",
        "user_need": "Misses both: it is the 19 days we are trying to fix.",
    },
}
# fmt: on

# Features of the two leading options, with effort in person-days and their MoSCoW label.
# fmt: off
FEATURES = {
    "Dispute page": (
        (P, "Signed link in the invoice email", "3", "must"),
        (D, "Tick lines and add a note on the invoice page", "4", "must"),
        (E, "Pause reminders per line, including queued sends", "5", "must"),
        (P, "Disputes inbox with the client's name and age", "4", "should"),
        (E, "Notify the invoice's issuer at once", "2", "should"),
        (P, "Settle a dispute with a credit note", "3", "could"),
        (D, "Phone layout of the line table", "2", "could"),
        (P, "Conversation thread on the dispute", "6", "wont"),
    ),
    "Reply-to-dispute": (
        (E, "Live reply address on invoice emails", "2", "must"),
        (E, "Open a dispute from a reply and pause the invoice", "3", "must"),
        (E, "Filter out auto-replies and signatures", "2", "should"),
        (P, "A list of disputes for finance admins", "2", "should"),
        (P, "Disputes per line", "6", "wont"),
    ),
}

# Scores 1 (poor) to 5 (excellent) per option and criterion, in WEIGHTS order. Time and effort
# are inverted: 5 means fast or cheap.
SCORES = {
    "product": {
        "Reply-to-dispute": (1, 5, 5, 4, 3, 5),
        "Dispute page": (5, 3, 3, 4, 4, 4),
        "Dispute service": (5, 1, 1, 4, 4, 2),
        "Status quo": (1, 5, 5, 2, 2, 5),
    },
    "engineering": {
        "Reply-to-dispute": (3, 5, 4, 1, 2, 4),
        "Dispute page": (4, 3, 2, 4, 2, 4),
        "Dispute service": (5, 1, 2, 5, 2, 2),
        "Status quo": (1, 5, 5, 3, 3, 5),
    },
}

# Two ways each of the top two options could go wrong: (role, text, likelihood, impact).
OPTION_RISKS = (
    (E, "Pausing per line misses reminders already queued for the night's batch", 3, 5),
    (E, "The security review rejects no-login links a week before the pilot", 2, 4),
    (P, "Out-of-office replies open false disputes and bury the real ones", 5, 2),
    (P, "Pausing whole invoices delays payment of the undisputed lines", 4, 3),
)
# fmt: on

CHOSEN_OPTION = "Dispute page"
DECISION = {
    "title": "We will build the dispute page, with reminders paused per line, for the pilot",
    "rationale": (
        "it is the only option that meets both halves of the problem statement, payers saying "
        "which line is wrong and admins seeing every dispute, within the pilot's weeks. It leads "
        "on user value and holds its lead unless user value is weighted at 2 or less."
    ),
    "good": (
        "Payers dispute where the invoice is. Undisputed lines are still chased. The Disputes "
        "inbox gives us the data the success metric needs."
    ),
    "bad": (
        "No conversation on a dispute: replies still go by email. The scheduler change sits on "
        "a critical path two weeks before the pilot."
    ),
    "debt": (
        "The ERP sync carries a Ledgerly-only ‘disputed’ flag instead of a real status. We "
        "replace it once the sync is unfrozen in Q3; Jonas owns the payback."
    ),
    "revisit": "Fewer than 40% of pilot disputes come through the page after four weeks, or a reminder goes out for a disputed line",
    "status": "accepted",
}
WHY_NOT_CHOSEN = {
    "Reply-to-dispute": "Payers could not say which line is wrong, and auto-replies would flood the list.",
    "Dispute service": "Eight to eleven weeks, and it needs the ERP sync that is frozen until Q3.",
    "Status quo": "It is the 19 days to settle that we are here to fix.",
}
CONSENT = {3: 1, 4: 3, 5: 2}

# (what, owner, co-owner, due in days, done when)
# fmt: off
ACTIONS = (
    ("Spike the per-line pause on a copy of March's reminder queue", "Diego Alvarez", "", 5, "March's queue replays with no reminder for a disputed line"),
    ("Update the pilot spec: dispute page, inbox, per-line pause; threads and SLAs out", "Maya Okafor", "Jonas Weber", 3, ""),
    ("Tell support, sales and finance what we chose, and why", "Maya Okafor", "", 1, "Each has the one-page decision record"),
    ("Add ‘disputed’ to the ERP sync as a Ledgerly-only flag", "Priya Raman", "", 14, ""),
)
# fmt: on


class TradeoffMeeting(Meeting):
    """Plays the trade-off matrix phase by phase, as the boards would store each keystroke."""

    def __init__(self, store: Store, session: Session, clock: ManualClock) -> None:
        super().__init__(store, session, clock, ACTUAL_MIN)

    def run(self) -> None:
        self.begin(ARRIVAL_MIN)
        self.phase("frame", [partial(self.frame, k, v) for k, v in FRAME_EDITS.items()])
        self.phase("sliders", self.slider_steps())
        self.phase("criteria", self.criteria_steps())
        self.phase("options", [partial(self.option, k, f) for k, f in OPTIONS.items()])
        self.phase("scope", self.scope_steps())
        self.phase("score", self.score_steps())
        self.phase("risks", self.risk_steps())
        self.phase("sensitivity", [])  # the room tried weights on screen; nothing is stored
        self.phase("decide", self.decide_steps())
        self.phase("actions", [partial(self.act, *a) for a in ACTIONS], last=True)

    def option_id(self, name: str) -> str:
        return next(o.id for o in decision_matrix.options(self.session) if o.text == name)

    def criterion_id(self, name: str) -> str:
        return next(c.id for c in decision_matrix.criteria(self.session) if c.text == name)

    # ----- framing and sliders -------------------------------------------------------------------

    def frame(self, field_id: str, value: str) -> None:
        panel = self.panel("frame", "text_fields")  # it writes to the setup: target = "setup"
        spec = panel.field(field_id)
        assert spec is not None, field_id
        self.do(panel_fields.set_value(self.session, "frame", panel, spec, value))

    def slider_steps(self) -> list[Step]:
        return [
            partial(self.rank, item, rank, SIDES[side])
            for side, ranks in SLIDERS.items()
            for item, rank in ranks.items()
        ]

    def rank(self, item: str, rank: int, side: str) -> None:
        phase = self.session.method.phase("sliders")
        self.do(set_rank(self.session, phase, item, rank, side=side))

    # ----- criteria, options and scope -----------------------------------------------------------

    def criteria_steps(self) -> list[Step]:
        added: list[Step] = [partial(self.criterion, name) for name in NEW_CRITERIA]
        return [*added, *(partial(self.weigh, name, w) for name, w in WEIGHTS.items())]

    def criterion(self, name: str) -> None:
        self.do(criteria.add_criterion(self.session, "criteria", name))

    def weigh(self, name: str, weight: int) -> None:
        scale = decision_matrix.scale_of(self.panel("criteria", "score_matrix"))
        criterion_id = self.criterion_id(name)
        weight_change = set_score(
            self.session, criterion_id, decision_matrix.WEIGHT, weight, scale=scale
        )
        self.do(weight_change)

    def option(self, starter: str, fields: dict[str, str]) -> None:
        option_id = self.option_id(starter)
        for field_id, value in fields.items():
            self.do(edit_record(self.session, option_id, field_id, value))

    def scope_steps(self) -> list[Step]:
        return [
            partial(self.feature, option, *feature)
            for option, features in FEATURES.items()
            for feature in features
        ]

    def feature(self, option: str, role: Role, text: str, effort: str, label: str) -> None:
        option_id = self.option_id(option)
        change = scope.add_feature(self.session, "scope", option_id, text, effort, role)
        moscow = scope.scheme_of(self.panel("scope", "classify").settings)
        self.do(set_label(self.session, self.add(change, Card), moscow, label))

    # ----- scores, option risks, decision --------------------------------------------------------

    def score_steps(self) -> list[Step]:
        return [
            partial(self.score, option, criterion, value, SIDES[side])
            for side, by_option in SCORES.items()
            for option, values in by_option.items()
            for criterion, value in zip(WEIGHTS, values, strict=True)
        ]

    def score(self, option: str, criterion: str, value: int, side: str) -> None:
        scale = decision_matrix.scale_of(self.panel("score", "score_matrix"))
        option_id, criterion_id = self.option_id(option), self.criterion_id(criterion)
        self.do(set_score(self.session, option_id, criterion_id, value, scale=scale, side=side))

    def risk_steps(self) -> list[Step]:
        """The risk check looks at the leading options, as the board lists them."""
        top = option_risks.top_of(self.panel("risks", "score_matrix").settings)
        leading = [o.id for o in option_risks.leaders(self.session, top).options]
        per_option = len(OPTION_RISKS) // len(leading)
        return [
            partial(self.option_risk, leading[index // per_option], *risk)
            for index, risk in enumerate(OPTION_RISKS)
        ]

    def option_risk(
        self, option_id: str, role: Role, text: str, likelihood: int, impact: int
    ) -> None:
        change = option_risks.add_risk(self.session, "risks", option_id, text, role)
        card_id = self.add(change, Card)
        self.do(option_risks.size(self.session, card_id, option_risks.LIKELIHOOD, likelihood))
        self.do(option_risks.size(self.session, card_id, option_risks.IMPACT, impact))

    def decide_steps(self) -> list[Step]:
        steps: list[Step] = [self.choose]
        steps += [partial(self.record, field_id, text) for field_id, text in DECISION.items()]
        steps += [partial(self.why_not, name, text) for name, text in WHY_NOT_CHOSEN.items()]
        steps += [partial(self.count, "consent", value, n) for value, n in CONSENT.items()]
        return steps

    def choose(self) -> None:
        option_id = self.option_id(CHOSEN_OPTION)
        self.do(decision_record.choose(self.session, "decide", option_id))

    def record(self, field_id: str, text: str) -> None:
        panel = self.panel("decide", "decision")
        self.do(decision_record.set_record_field(self.session, "decide", panel, field_id, text))

    def why_not(self, option: str, text: str) -> None:
        self.do(decision_record.set_why_not(self.session, self.option_id(option), text))


def play(store: Store, session: Session, clock: ManualClock) -> None:
    """Hold the whole meeting, from setup to the finished session."""
    TradeoffMeeting(store, session, clock).run()
