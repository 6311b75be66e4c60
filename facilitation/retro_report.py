"""What the joint-retrospective handout shows, computed from a session: numbers and text, no layout.

People by role, the polls split by side, actions owned in pairs and phase times come from
`report_readers`, which every report shares.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from facilitation.columns import column_name
from facilitation.dates import is_date, readable
from facilitation.entities import Card, Theme
from facilitation.followup import (
    ACTION_STATUSES,
    ACTION_TRENDS,
    RISK_OUTCOMES,
    actions_to_review,
    risks_to_review,
)
from facilitation.method import Choice
from facilitation.report_readers import (
    ActionItem,
    CardGroup,
    CardLine,
    PhaseTime,
    RatingPoll,
    RoleGroup,
    action_items,
    answering_actions,
    by_column,
    local_date,
    phase_times,
    rating_poll,
    role_counts,
    role_groups,
)
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.targets import top_themes, whys

# Phase, poll, field and scheme ids of resources/methods/retro.toml that the handout reads.
CHECKIN_POLL, ROTI_POLL = "checkin", "roti"
TIMELINE_PHASE, QUESTIONS_PHASE, DIG_PHASE = "timeline", "questions", "dig"
DECIDE_PHASE, ROTI_PHASE = "decide", "roti"
ACTUALS_FIELD, WHEN_FIELD = "actuals", "when"
SEAM_SCHEME, CIRCLE_SCHEME = "seam", "circle"
# Where the dig board keeps a theme's discussion notes: a field on the theme.
NOTES_FIELD = "notes"
UNCLUSTERED = "Not grouped"


# ----- the retro --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeRow:
    """A theme the room formed, with its dots, its cards by role and what the room made of it."""

    theme_id: str
    name: str
    dots: int
    cards: int
    split: tuple[tuple[Role, int], ...]  # cards per role, in role order, roles with none left out
    dug: bool  # one of the themes the room asked "why?" about
    whys: tuple[str, ...]
    seam: Choice | None
    notes: str
    circle: Choice | None
    actions: tuple[int, ...]  # numbers of the actions that answer this theme


@dataclass(frozen=True)
class OutcomeRow:
    """A target set before the work, beside what actually happened."""

    target: str
    actual: str


@dataclass(frozen=True)
class Moment:
    """A timeline card: what happened, when (as typed, ISO dates spelled out), who raised it."""

    text: str
    when: str
    role: Role


@dataclass(frozen=True)
class ActionFollowUp:
    what: str
    owner: str
    status: str  # Done, Partly, Not done, or "" while nobody said
    trend: str  # More, Keep, Less, Stop, or ""
    note: str


@dataclass(frozen=True)
class RiskFollowUp:
    risk: str
    owner: str
    outcome: str  # Happened, Partly, Did not happen, or ""
    note: str


@dataclass(frozen=True)
class RetroReport:
    title: str  # the scope the retro looked back on
    method_name: str
    date: date
    completed: bool
    period: str
    participants: tuple[RoleGroup, ...]
    checkin: RatingPoll
    roti: RatingPoll
    # Targets beside actuals: a row per metric when both list the same number of lines, else
    # one row holding the two texts whole; empty when neither was written.
    outcomes: tuple[OutcomeRow, ...]
    key_events: str
    earlier_actions: tuple[ActionFollowUp, ...]
    earlier_risks: tuple[RiskFollowUp, ...]
    risk_sources: tuple[str, ...]  # titles of the linked pre-mortems the risks come from
    timeline: tuple[Moment, ...]
    themes: tuple[ThemeRow, ...]  # every theme, most dots first
    top_themes: tuple[ThemeRow, ...]  # the ones dug into, in the order they were discussed
    actions: tuple[ActionItem, ...]
    questions: tuple[str, ...]  # the three questions: the handout's frame
    cards_by_column: tuple[CardGroup, ...]
    cards_by_theme: tuple[CardGroup, ...]
    keep_change: tuple[CardGroup, ...]  # what to keep and change about the retro itself
    phase_times: tuple[PhaseTime, ...]


def retro_report(session: Session) -> RetroReport:
    """Everything the joint-retrospective handout shows, sorted and counted."""
    setup = session.record.setup
    actions = action_items(session)
    themes = _theme_rows(session)
    dug = {t.theme_id: t for t in themes if t.dug}
    top_ids = [t.id for t in _dug_themes(session)]
    earlier_risks = risks_to_review(session)
    sources = {r.source_session_id for r in earlier_risks}
    return RetroReport(
        title=setup.get("scope", "").strip() or session.record.title,
        method_name=session.method.name,
        date=local_date(session),
        completed=session.record.status == "completed",
        period=readable(setup.get("period", "")),
        participants=role_groups(session),
        checkin=rating_poll(session, CHECKIN_POLL),
        roti=rating_poll(session, ROTI_POLL),
        outcomes=outcome_rows(
            setup.get("success_metrics", ""), session.field(TIMELINE_PHASE, ACTUALS_FIELD)
        ),
        key_events=setup.get("key_events", ""),
        earlier_actions=tuple(
            ActionFollowUp(
                r.text,
                r.owner,
                ACTION_STATUSES.get(r.status, ""),
                ACTION_TRENDS.get(r.trend, ""),
                r.note,
            )
            for r in actions_to_review(session)
        ),
        earlier_risks=tuple(
            RiskFollowUp(r.text, r.owner, RISK_OUTCOMES.get(r.status, ""), r.note)
            for r in earlier_risks
        ),
        risk_sources=tuple(
            dict.fromkeys(
                p.session_title
                for p in session.history.linked_risks
                if p.session_id in sources and p.session_title
            )
        ),
        timeline=_timeline(session),
        themes=themes,
        top_themes=tuple(dug[i] for i in top_ids if i in dug),
        actions=actions,
        questions=_questions(session),
        cards_by_column=by_column(session, QUESTIONS_PHASE, session.cards_in(QUESTIONS_PHASE)),
        cards_by_theme=_cards_by_theme(session, themes),
        keep_change=by_column(session, ROTI_PHASE, session.cards_in(ROTI_PHASE)),
        phase_times=phase_times(session),
    )


def outcome_rows(targets: str, actuals: str) -> tuple[OutcomeRow, ...]:
    """Pair each target line with the actual on the same line, when the counts agree.

    People list one metric per line in both fields, in the same order; when the counts differ
    a guessed pairing could set a number beside the wrong metric, so the texts stay whole.
    """
    wanted = [line.strip() for line in targets.splitlines() if line.strip()]
    found = [line.strip() for line in actuals.splitlines() if line.strip()]
    if not wanted and not found:
        return ()
    if len(wanted) == len(found):
        return tuple(OutcomeRow(t, a) for t, a in zip(wanted, found, strict=True))
    return (OutcomeRow(targets.strip(), actuals.strip()),)


def _dug_themes(session: Session) -> list[Theme]:
    panel = session.method.find_panel(DIG_PHASE, "chain")
    return top_themes(session, panel) if panel else []


def _theme_rows(session: Session) -> tuple[ThemeRow, ...]:
    """Every theme, most dots first; ties by cards, then board order."""
    votes = session.theme_votes()
    dug = {t.id for t in _dug_themes(session)}
    dig = session.method.find_phase(DIG_PHASE)
    rows = []
    for theme in session.ordered_themes():
        cards = _theme_cards(session, theme.id)
        chain = whys(session, dig, theme.id) if dig else []
        rows.append(
            ThemeRow(
                theme_id=theme.id,
                name=theme.name,
                dots=votes.get(theme.id, 0),
                cards=len(cards),
                split=role_counts(session, cards),
                dug=theme.id in dug,
                whys=tuple(c.text for c in chain),
                seam=session.label_choice(theme.id, SEAM_SCHEME),
                notes=session.field(theme.id, NOTES_FIELD),
                circle=session.label_choice(theme.id, CIRCLE_SCHEME),
                actions=answering_actions(session, theme.id),
            )
        )
    order = {t.id: i for i, t in enumerate(session.ordered_themes())}
    rows.sort(key=lambda r: (-r.dots, -r.cards, order[r.theme_id]))
    return tuple(rows)


def _theme_cards(session: Session, theme_id: str) -> list[Card]:
    # The themes group the three-question cards; whys under a theme are not its cards.
    return [c for c in session.cards_of_theme(theme_id) if c.phase_id == QUESTIONS_PHASE]


def _cards_by_theme(session: Session, themes: Iterable[ThemeRow]) -> tuple[CardGroup, ...]:
    panel = session.method.find_panel(QUESTIONS_PHASE, "column_cards")

    def lines(cards: Iterable[Card]) -> tuple[CardLine, ...]:
        return tuple(
            CardLine(c.text, c.role, column_name(panel, c.column) if panel else c.column)
            for c in cards
        )

    groups = [CardGroup(t.name, lines(_theme_cards(session, t.theme_id))) for t in themes]
    loose = [c for c in session.cards_in(QUESTIONS_PHASE) if c.theme_id not in session.themes]
    groups.append(CardGroup(UNCLUSTERED, lines(loose)))
    return tuple(g for g in groups if g.cards)


def _timeline(session: Session) -> tuple[Moment, ...]:
    """Timeline cards in date order when every date is a calendar date, else as entered.

    "When" is typed freely ("week 2", "just before launch"); ordering such text would scramble
    it, so only a timeline of real dates is sorted.
    """
    cards = session.cards_in(TIMELINE_PHASE)
    when = [c.fields.get(WHEN_FIELD, "").strip() for c in cards]
    dated = [w for w in when if w]
    if dated and all(is_date(w) for w in dated):
        pairs = sorted(zip(when, cards, strict=True), key=lambda p: (not p[0], p[0]))
        when, cards = [p[0] for p in pairs], [p[1] for p in pairs]
    return tuple(Moment(c.text, readable(w), c.role) for w, c in zip(when, cards, strict=True))


def _questions(session: Session) -> tuple[str, ...]:
    panel = session.method.find_panel(QUESTIONS_PHASE, "column_cards")
    return tuple(c.name for c in panel.columns) if panel else ()
