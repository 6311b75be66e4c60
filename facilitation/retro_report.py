"""What the joint-retrospective handout shows, computed from a session: numbers and text, no layout.

The small readers at the top (people by role, a poll split by side, actions owned in pairs, phase
times) serve the problem-definition report too.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from facilitation.clock import parse_iso
from facilitation.columns import column_name, current_columns
from facilitation.dates import readable
from facilitation.entities import Card, Theme
from facilitation.followup import (
    ACTION_STATUSES,
    ACTION_TRENDS,
    RISK_OUTCOMES,
    actions_to_review,
    risks_to_review,
)
from facilitation.method import Choice
from facilitation.premortem_report import Histogram, PhaseTime, RoleGroup
from facilitation.roles import ROLE_ORDER, Role, parse_role
from facilitation.session import Session
from facilitation.targets import top_themes, whys
from facilitation.voting import CONCERN_AT_OR_BELOW, poll_mean

# Phase, poll, field and scheme ids of resources/methods/retro.toml that the handout reads.
CHECKIN_POLL, ROTI_POLL = "checkin", "roti"
TIMELINE_PHASE, QUESTIONS_PHASE, DIG_PHASE = "timeline", "questions", "dig"
DECIDE_PHASE, ROTI_PHASE = "decide", "roti"
ACTUALS_FIELD, WHEN_FIELD = "actuals", "when"
SEAM_SCHEME, CIRCLE_SCHEME = "seam", "circle"
# Where the dig board keeps a theme's discussion notes: a field on the theme.
NOTES_FIELD = "notes"
UNCLUSTERED = "Not grouped"
# Averages this far apart (a whole step on the scale) mean the two sides saw it differently.
WIDE_GAP = 1.0


# ----- readers both reports share ----------------------------------------------------------------


def role_groups(session: Session) -> tuple[RoleGroup, ...]:
    """Participants under their role, in role order; roles nobody holds are left out."""
    people = session.ordered_participants()
    groups = (RoleGroup(r, tuple(p.name for p in people if p.role == r)) for r in ROLE_ORDER)
    return tuple(g for g in groups if g.names)


def local_date(session: Session) -> date:
    # The local date: a morning meeting east of UTC must not print yesterday's date.
    return parse_iso(session.record.created_at).astimezone().date()


def phase_times(session: Session) -> tuple[PhaseTime, ...]:
    def name(phase_id: str) -> str:
        phase = session.method.find_phase(phase_id)
        return phase.name if phase else phase_id  # a phase an older method version had

    return tuple(
        PhaseTime(name(r.phase_id), r.planned_s, session.elapsed_s(r), r.state)
        for r in session.ordered_runs()
    )


@dataclass(frozen=True)
class SidePoll:
    """One side's hands in a poll; `role` None is the room counted as a whole."""

    role: Role | None
    histogram: Histogram

    @property
    def mean(self) -> float | None:
        return poll_mean(dict(self.histogram.counts))


@dataclass(frozen=True)
class RatingPoll:
    """A rating poll as counted: per side when the room was split, else the room alone."""

    poll_id: str
    scale: tuple[int, ...]
    low_label: str
    high_label: str
    sides: tuple[SidePoll, ...]  # role order; sides without a hand left out
    room: Histogram  # every side added up

    @property
    def split(self) -> bool:
        return any(side.role is not None for side in self.sides)

    def side(self, role: Role) -> SidePoll | None:
        return next((s for s in self.sides if s.role is role), None)

    @property
    def gap(self) -> float | None:
        """Product's mean minus engineering's, when both sides were counted."""
        product, engineering = self.side(Role.PRODUCT), self.side(Role.ENGINEERING)
        if product is None or engineering is None:
            return None
        assert product.mean is not None and engineering.mean is not None
        return product.mean - engineering.mean

    @property
    def wide_gap(self) -> bool:
        return self.gap is not None and abs(self.gap) >= WIDE_GAP


def rating_poll(session: Session, poll_id: str) -> RatingPoll:
    scale = tuple(session.method.poll_scale(poll_id) or range(0, 6))
    settings = _poll_settings(session, poll_id)

    def histogram(side: str | None) -> Histogram:
        votes = session.poll(poll_id, side)
        return Histogram(tuple((v, votes.get(v, 0)) for v in scale), CONCERN_AT_OR_BELOW)

    sides = []
    for side in session.poll_sides(poll_id):
        counted = histogram(side)
        if counted.total:
            sides.append(SidePoll(parse_role(side) if side else None, counted))
    return RatingPoll(
        poll_id,
        scale,
        str(settings.get("low_label", "")),
        str(settings.get("high_label", "")),
        tuple(sides),
        histogram(None),
    )


def _poll_settings(session: Session, poll_id: str) -> dict[str, object]:
    for phase in session.method.phases:
        for panel in phase.panels:
            if panel.settings.get("poll") == poll_id:
                return dict(panel.settings)
    return {}


@dataclass(frozen=True)
class Owner:
    name: str
    role: Role | None  # the role of the participant of that name, if one is


@dataclass(frozen=True)
class ActionItem:
    """An action as agreed: `owners` the first and, when owned in pairs, the second owner."""

    number: int
    what: str
    owners: tuple[Owner, ...]
    due: str  # dates spelled out
    done_when: str
    theme: str
    # What it still lacks: "owner" (in pairs "product owner", "engineering owner"), "date",
    # "check".
    gaps: tuple[str, ...]


def action_items(session: Session) -> tuple[ActionItem, ...]:
    """The actions in board order, with each owner's role and what each still lacks.

    Owned in pairs, the first owner is product's and the second engineering's (the action
    board asks for them so); a name that matches a participant shows that person's own role.
    """
    roles = {p.name.casefold(): p.role for p in session.ordered_participants()}
    pairs = any(
        panel.settings.get("pair_owners")
        for phase in session.method.phases_of_kind("action_items")
        for panel in phase.panels
        if panel.kind == "action_items"
    )
    slots = (Role.PRODUCT, Role.ENGINEERING) if pairs else (None, None)
    items = []
    for number, action in enumerate(session.ordered_actions(), start=1):
        owners = tuple(
            Owner(name, roles.get(name.casefold(), slot))
            for name, slot in zip((action.owner, action.co_owner), slots, strict=True)
            if name
        )
        lacks = (
            ("product owner" if pairs else "owner", not action.owner),
            ("engineering owner", pairs and not action.co_owner),
            ("date", not action.due),
            ("check", not action.done_when),
        )
        theme = session.themes.get(action.theme_id)
        items.append(
            ActionItem(
                number=number,
                what=action.what,
                owners=owners,
                due=readable(action.due),
                done_when=action.done_when,
                theme=theme.name if theme else "",
                gaps=tuple(gap for gap, missing in lacks if missing),
            )
        )
    return tuple(items)


@dataclass(frozen=True)
class CardLine:
    """A card as the appendix prints it: its words, who wrote it, and where it ended up."""

    text: str
    role: Role
    where: str = ""  # its column, or its theme, whichever the list is not grouped by
    dots: int = 0


@dataclass(frozen=True)
class CardGroup:
    title: str
    cards: tuple[CardLine, ...]


def by_column(session: Session, phase_id: str, cards: Sequence[Card]) -> tuple[CardGroup, ...]:
    """Cards under their column: the board's current columns first, then any a switch of
    format left behind; columns nobody wrote in are left out."""
    phase = session.method.find_phase(phase_id)
    panel = phase.panel("column_cards") if phase else None
    shown = [c.id for c in current_columns(session, phase_id, panel)] if panel else []
    order = [*shown, *dict.fromkeys(c.column for c in cards if c.column not in shown)]
    groups = []
    for column in order:
        inside = [c for c in cards if c.column == column]
        if inside:
            title = (column_name(panel, column) if panel else column) or "No column"
            lines = tuple(CardLine(c.text, c.role, _theme_name(session, c)) for c in inside)
            groups.append(CardGroup(title, lines))
    return tuple(groups)


def _theme_name(session: Session, card: Card) -> str:
    theme = session.themes.get(card.theme_id)
    return theme.name if theme else ""


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
    phase = session.method.find_phase(DIG_PHASE)
    panel = phase.panel("chain") if phase else None
    return top_themes(session, panel) if panel else []


def _label(session: Session, item_id: str, scheme_id: str) -> Choice | None:
    scheme = session.method.schemes.get(scheme_id)
    return scheme.value(session.label(item_id, scheme_id)) if scheme else None


def _theme_rows(session: Session) -> tuple[ThemeRow, ...]:
    """Every theme, most dots first; ties by cards, then board order."""
    votes = session.theme_votes()
    dug = {t.id for t in _dug_themes(session)}
    dig = session.method.find_phase(DIG_PHASE)
    rows = []
    for theme in session.ordered_themes():
        cards = _theme_cards(session, theme.id)
        counts = session.role_split(cards)
        chain = whys(session, dig, theme.id) if dig else []
        rows.append(
            ThemeRow(
                theme_id=theme.id,
                name=theme.name,
                dots=votes.get(theme.id, 0),
                cards=len(cards),
                split=tuple((r, counts[r]) for r in ROLE_ORDER if counts[r]),
                dug=theme.id in dug,
                whys=tuple(c.text for c in chain),
                seam=_label(session, theme.id, SEAM_SCHEME),
                notes=session.field(theme.id, NOTES_FIELD),
                circle=_label(session, theme.id, CIRCLE_SCHEME),
                actions=tuple(
                    n
                    for n, a in enumerate(session.ordered_actions(), start=1)
                    if a.theme_id == theme.id
                ),
            )
        )
    order = {t.id: i for i, t in enumerate(session.ordered_themes())}
    rows.sort(key=lambda r: (-r.dots, -r.cards, order[r.theme_id]))
    return tuple(rows)


def _theme_cards(session: Session, theme_id: str) -> list[Card]:
    # The themes group the three-question cards; whys under a theme are not its cards.
    return [c for c in session.cards_of_theme(theme_id) if c.phase_id == QUESTIONS_PHASE]


def _cards_by_theme(session: Session, themes: Iterable[ThemeRow]) -> tuple[CardGroup, ...]:
    phase = session.method.find_phase(QUESTIONS_PHASE)
    panel = phase.panel("column_cards") if phase else None

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
    if dated and all(_is_date(w) for w in dated):
        pairs = sorted(zip(when, cards, strict=True), key=lambda p: (not p[0], p[0]))
        when, cards = [p[0] for p in pairs], [p[1] for p in pairs]
    return tuple(Moment(c.text, readable(w), c.role) for w, c in zip(when, cards, strict=True))


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _questions(session: Session) -> tuple[str, ...]:
    phase = session.method.find_phase(QUESTIONS_PHASE)
    panel = phase.panel("column_cards") if phase else None
    return tuple(c.name for c in panel.columns) if panel else ()
