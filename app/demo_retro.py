"""The demo joint retrospective: the Billing team looks back on five weeks of dispute pilot."""

# Card texts are prose, kept one record per line so the tables read like the wall they stand for.
# ruff: noqa: E501

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial

from app import demo_content as cast
from app.demo_meeting import Meeting, Step
from app.storage import Store
from facilitation import columns, panel_fields
from facilitation.board import add_card, add_theme, set_tally
from facilitation.clock import ManualClock
from facilitation.entities import Card, Review, Theme
from facilitation.followup import actions_to_review, review_action, review_risk, risks_to_review
from facilitation.method import FieldSpec
from facilitation.records import set_field, set_label
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.targets import top_themes

P, E, D, X = Role.PRODUCT, Role.ENGINEERING, Role.DESIGN, Role.OTHER  # X: other (support)

METHOD_ID = "retro"
TITLE = "Dispute pilot: the first five weeks"
TOTAL_MIN = 90
PARTICIPANTS = (
    cast.MAYA,
    cast.LENA,
    cast.JONAS,
    cast.PRIYA,
    cast.DIEGO,
    cast.TOM,
    cast.SOFIA,
)
# The chain board keeps the discussion's key points as a field on each theme it digs into.
NOTES = FieldSpec("notes", "Discussion notes", "text")


def setup_fields(first: date, handed_on: Mapping[str, str]) -> dict[str, str]:
    """What we look back on; the success metric and its target are handed on by the plan."""
    retro_day = cast.STARTS[METHOD_ID].days
    return {
        **handed_on,
        "scope": "the self-serve disputes pilot",
        "period": (
            f"{cast.spelled(first, cast.PILOT_DAY)} to {cast.spelled(first, retro_day - 1)}"
        ),
        "key_events": (
            "Pilot opened to 30 customers\n"
            "Security review of the links passed in week 1\n"
            "The ERP sync overwrote ‘disputed’ for two nights in week 3\n"
            "120 more customers in week 5"
        ),
    }


# Against the plan of a 90-minute session (3, 4, 5, 12, 16, 8, 4, 19, 15, 4 as scaled).
ACTUAL_MIN = {
    "stage": 3.0,
    "checkin": 4.5,
    "followup": 9.0,
    "timeline": 11.0,
    "questions": 14.0,
    "cluster": 8.5,
    "vote": 3.5,
    "dig": 19.0,
    "decide": 13.0,
    "roti": 3.5,
}
ARRIVAL_MIN = 4.0

# Hands per value, counted by side: engineering came in less happy than product.
CHECKIN = {
    P.value: {3: 1, 4: 1},
    E.value: {2: 1, 3: 2},
    D.value: {4: 1},
    X.value: {3: 1},
}


@dataclass(frozen=True)
class ActionReview:
    status: str  # done | partly | not_done
    trend: str = ""  # more | keep | less | stop
    note: str = ""


# What became of each earlier action, by the start of its text.
# fmt: off
ACTION_REVIEWS = {
    "Spike: can a signed link": ActionReview("done", "keep"),
    "Watch five payers": ActionReview("done", "more", "Cheap and it changed the design twice: do it before every pilot."),
    "Pull 90 days of disputes": ActionReview("done", "keep"),
    "Pause reminders per invoice line": ActionReview("done", "keep"),
    "Keep ‘disputed’ as a Ledgerly-only flag": ActionReview("partly", "keep", "Overwritten for two nights in week 3; fixed since, with no test yet."),
    "Test the Dispute button": ActionReview("done", "more"),
    "Notify the invoice's issuer": ActionReview("done", "keep"),
    "Book the security review": ActionReview("done", "stop", "Done once; new link types go through the usual review."),
    "Put the share of disputed invoices": ActionReview("not_done", "keep", "Lena pulls the number by hand each Friday."),
    "Write down what the pilot will not have": ActionReview("done", "keep", "Written, but sales never saw it."),
    "Spike the per-line pause": ActionReview("done", "keep"),
    "Update the pilot spec": ActionReview("done", "keep"),
    "Tell support, sales and finance": ActionReview("partly", "more", "Finance heard in week 4; support learned of it from a customer."),
    "Add ‘disputed’ to the ERP sync": ActionReview("partly", "keep"),
}

# Did the failures the pre-mortem imagined happen? By the start of the theme's name.
RISK_REVIEWS = {
    "Reminders & the ERP sync": ("partly", "41 reminders went out for disputed lines while the sync overwrote the flag."),
    "Payers never use": ("not_happened", "62% of pilot disputes came through the page by week 4."),
    "Disputes pile up": ("partly", "Issuers were told at once, but nine disputes waited three days while two admins were away."),
    "Signed links": ("not_happened", "The review passed in week 1; no forwarded-link dispute seen."),
    "Disputes become a way": ("not_happened", "The disputed share stayed at 4%."),
}
# fmt: on

ACTUALS = (
    "Median days to settle a disputed invoice: 19 → 9 for pilot customers (target 7).\n"
    "Dispute tickets: 61 in five weeks across 150 customers, on course for under 80 a quarter.\n"
    "Undisputed invoices paid within terms: 82% → 83%; the guardrail held."
)

# Timeline cards: (days after the pilot began, role, text).
# fmt: off
TIMELINE = (
    (0, P, "The pilot opened to 30 customers, with a walkthrough for each one's admins."),
    (3, E, "The security review of no-login links passed."),
    (9, D, "Payers asked to attach a PDF to a dispute; we said not yet."),
    (16, E, "The ERP sync overwrote ‘disputed’ for two nights: 41 reminders went out for disputed lines."),
    (18, P, "Sales promised threads to a prospect."),
    (23, X, "Support moved every dispute email into the new flow."),
    (28, P, "120 more customers got self-serve disputes."),
)

# The three questions: (column, role, text, theme it was clustered into).
CARDS = (
    ("right", P, "Disputes now arrive with the lines and a note, and admins settle most within a day.", "outcome"),
    ("right", X, "Dispute tickets fell by more than half.", "outcome"),
    ("right", P, "The median came down to 9 days, not 7: corrections still wait on the customer's accountant.", "outcome"),
    ("right", D, "Payers wanted to attach a document, and there was nowhere to put it.", "inbox"),
    ("well", E, "The per-line pause worked from the first day; the spike paid for itself.", "decided"),
    ("well", E, "The ERP sync overwrote ‘disputed’ for two nights: nothing tested the sync's nightly run.", "sync"),
    ("well", E, "On-call was paged for the sync at 02:00, with no runbook.", "sync"),
    ("well", P, "The Disputes inbox has no filter by client, so large customers scroll & scroll.", "inbox"),
    ("well", D, "The phone layout shipped as a Could, and it looked like one.", "design"),
    ("together", P, "The trade-off matrix made the choice stick: nobody reopened it.", "decided"),
    ("together", E, "Sales promised threads to a prospect without asking us; we heard it from the prospect.", "promises"),
    ("together", E, "Product changed the inbox columns in week 2 and never told engineering why.", "promises"),
    ("together", D, "Design reviewed the screens after they were built, again.", "design"),
    ("together", X, "Support learned about the pilot from a customer, not from us.", "promises"),
    ("together", P, "Engineering named the sync risk in the pre-mortem, and we still shipped without a test for it.", "sync"),
    ("together", E, "A PM and an engineer on every payer call: both sides heard the same thing.", "decided"),
)
# fmt: on

THEMES = {
    "sync": "The ERP sync undid the pause",
    "promises": "Promises made without the team",
    "outcome": "Faster to settle, not fast enough",
    "design": "Design comes in after the build",
    "inbox": "Large customers outgrow the inbox",
    "decided": "Deciding together held",
}
# Five dots each for seven people (35), at most three per person on one theme.
VOTES = {"sync": 11, "promises": 9, "outcome": 6, "design": 4, "inbox": 3, "decided": 2}

# fmt: off
DIG = {
    "sync": ("handoff", (
        (E, "The nightly sync wrote the ERP's status over ours."),
        (E, "Nothing tested the sync against a disputed invoice."),
        (P, "The sync belongs to the platform team, and the pre-mortem's warning never reached them."),
        (E, "Our actions went into our own backlog only: the risk crossed a team boundary and the action did not."),
    ), "A risk owner tells the owning team the same day. The sync gets a test with a disputed invoice."),
    "promises": ("narrative", (
        (E, "Sales promised threads because the prospect asked, and nobody had said no in writing."),
        (P, "The pilot's out-of-scope list lived in our spec, which sales never reads."),
        (P, "Sales hears what is coming from a monthly deck, and it was three weeks old."),
        (E, "Engineering assumed product would tell sales; product assumed the spec was enough."),
    ), "Sales thinks engineering says no to everything; engineering thinks sales sells what does not exist. Each heard about the other second-hand."),
    "outcome": ("prioritization", (
        (P, "Corrections wait for the customer's accountant to approve a credit note."),
        (P, "‘Settle with a credit note’ was a Could, and we cut it."),
        (E, "We put the pause before settling because the pre-mortem ranked it first."),
    ), "The pause made reminders right; it did not make settling faster, and the metric measures settling."),
}
# fmt: on
CIRCLES = {
    "sync": "control",
    "promises": "influence",
    "outcome": "influence",
    "design": "control",
    "inbox": "control",
}

# (theme, what, product owner, engineering owner, due in days, done when): at most three.
# fmt: off
ACTIONS = (
    ("sync", "Add a nightly sync test with a disputed invoice, and a runbook for the 02:00 page", "Lena Fischer", "Priya Raman", 14, "The test fails on last month's sync build"),
    ("promises", "Send sales and support a one-page ‘in and out of the pilot’ every fortnight, and ask for their promises back", "Maya Okafor", "Jonas Weber", 7, "Sales has answered two of them"),
    ("outcome", "Bring ‘settle with a credit note’ back as a Must for the rollout", "Lena Fischer", "Diego Alvarez", 21, "A pilot admin settles a dispute with a credit note in under two minutes"),
)
# fmt: on

ROTI = {
    P.value: {4: 1, 5: 1},
    E.value: {3: 1, 4: 2},
    D.value: {4: 1},
    X.value: {5: 1},
}
# fmt: off
PLUS_DELTA = (
    ("plus", E, "Checking the pre-mortem's risks against what happened."),
    ("plus", P, "Five dots each made us choose."),
    ("delta", D, "Send the timeline round before the retro, so we don't rebuild it in the room."),
    ("delta", X, "Invite someone from sales next time."),
)
# fmt: on


class RetroMeeting(Meeting):
    """Plays the joint retrospective; its history (earlier actions, linked risks) is loaded."""

    def __init__(self, store: Store, session: Session, clock: ManualClock) -> None:
        super().__init__(store, session, clock, ACTUAL_MIN)
        self.cards: dict[str, str] = {}  # card text -> id
        self.themes: dict[str, str] = {}  # theme key -> id
        self.pilot_start = cast.story_day(self.day, cast.PILOT_DAY - cast.STARTS[METHOD_ID].days)

    def run(self) -> None:
        self.begin(ARRIVAL_MIN)
        self.phase("stage", [])
        self.phase("checkin", self.poll_steps("checkin", CHECKIN))
        self.phase("followup", self.followup_steps())
        self.phase("timeline", [self.actuals, *(partial(self.moment, *t) for t in TIMELINE)])
        self.phase("questions", [partial(self.card, c, r, t) for c, r, t, _ in CARDS])
        self.phase("cluster", [partial(self.cluster, key) for key in THEMES])
        self.phase("vote", [partial(self.vote, key, n) for key, n in VOTES.items()])
        self.phase("dig", self.dig_steps())
        self.phase("decide", self.decide_steps())
        self.phase("roti", [*self.poll_steps("roti", ROTI), *self.plus_delta_steps()], last=True)

    def poll_steps(self, poll_id: str, by_side: dict[str, dict[int, int]]) -> list[Step]:
        """A poll the panel splits by side: each side's hands are counted on their own."""
        return [
            partial(self.count, poll_id, value, count, side)
            for side, counts in by_side.items()
            for value, count in counts.items()
        ]

    # ----- last time's actions and the pre-mortem's risks ----------------------------------------

    def followup_steps(self) -> list[Step]:
        steps: list[Step] = [
            partial(self.review_one_action, r) for r in actions_to_review(self.session)
        ]
        steps += [partial(self.review_one_risk, r) for r in risks_to_review(self.session)]
        return steps

    def review_one_action(self, review: Review) -> None:
        found = next(v for k, v in ACTION_REVIEWS.items() if review.text.startswith(k))
        change = review_action(
            self.session, review, status=found.status, trend=found.trend, note=found.note
        )
        self.do(change)

    def review_one_risk(self, review: Review) -> None:
        status, note = next(v for k, v in RISK_REVIEWS.items() if review.text.startswith(k))
        self.do(review_risk(self.session, review, status=status, note=note))

    # ----- timeline and the three questions ------------------------------------------------------

    def actuals(self) -> None:
        panel = self.panel("timeline", "text_fields")
        self.do(panel_fields.set_value(self.session, "timeline", panel, panel.fields[0], ACTUALS))

    def moment(self, days: int, role: Role, text: str) -> None:
        when = cast.spelled(self.pilot_start, days)
        self.do(add_card(self.session, "timeline", text, role, fields={"when": when}))

    def card(self, column: str, role: Role, text: str) -> None:
        panel = self.panel("questions", "column_cards")
        change = columns.add_to_column(self.session, "questions", panel, column, text, role)
        self.cards[text] = self.add(change, Card)

    # ----- themes, votes and the dig -------------------------------------------------------------

    def cluster(self, key: str) -> None:
        members = tuple(self.cards[text] for _, _, text, theme in CARDS if theme == key)
        self.themes[key] = self.add(add_theme(self.session, THEMES[key], members), Theme)

    def vote(self, key: str, dots: int) -> None:
        # set_tally refuses anything beyond the phase's rules: 5 dots each, at most 3 on one theme.
        self.do(set_tally(self.session, "vote", self.themes[key], dots))

    def key_of(self, theme_id: str) -> str:
        return next(k for k, v in self.themes.items() if v == theme_id)

    def dig_steps(self) -> list[Step]:
        panel = self.panel("dig", "chain")
        scheme = str(panel.settings["scheme"])
        steps: list[Step] = []
        for theme in top_themes(self.session, panel):
            seam, whys, notes = DIG[self.key_of(theme.id)]
            steps += [partial(self.why, theme.id, role, text) for role, text in whys]
            steps.append(partial(self.label, theme.id, scheme, seam))
            steps.append(partial(self.note, theme.id, notes))
        return steps

    def why(self, theme_id: str, role: Role, text: str) -> None:
        self.do(add_card(self.session, "dig", text, role, parent_id=theme_id))

    def label(self, item_id: str, scheme: str, value: str) -> None:
        self.do(set_label(self.session, item_id, scheme, value))

    def note(self, theme_id: str, text: str) -> None:
        self.do(set_field(self.session, theme_id, NOTES, text))

    # ----- decide and close ----------------------------------------------------------------------

    def decide_steps(self) -> list[Step]:
        panel = self.panel("decide", "classify")
        scheme = str(panel.settings["scheme"])
        steps: list[Step] = [
            partial(self.label, theme.id, scheme, CIRCLES[self.key_of(theme.id)])
            for theme in top_themes(self.session, panel)
        ]
        return [*steps, *(partial(self.act_on, *a) for a in ACTIONS)]

    def act_on(
        self, theme: str, what: str, owner: str, co_owner: str, days: int, done_when: str
    ) -> None:
        self.act(what, owner, co_owner, days, done_when, self.themes[theme])

    def plus_delta_steps(self) -> list[Step]:
        return [partial(self.plus_delta, *card) for card in PLUS_DELTA]

    def plus_delta(self, column: str, role: Role, text: str) -> None:
        panel = self.panel("roti", "column_cards")
        self.do(columns.add_to_column(self.session, "roti", panel, column, text, role))


def play(store: Store, session: Session, clock: ManualClock) -> None:
    """Hold the whole meeting, from setup to the finished session."""
    RetroMeeting(store, session, clock).run()
