"""Readers every method's report shares: people by role, the date, phase times, polls counted
per side, actions owned in pairs and cards under their column.

Each report (`premortem_report`, `retro_report`, `problem_report`, `tradeoff_report`) builds its
own page from these, so a head count or a poll reads the same in every handout.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from facilitation.clock import parse_iso
from facilitation.columns import column_name, current_columns
from facilitation.dates import readable
from facilitation.entities import Card
from facilitation.roles import ROLE_ORDER, Role, parse_role
from facilitation.session import Session
from facilitation.voting import CONCERN_AT_OR_BELOW, FIST_OF_FIVE, poll_mean

# Averages this far apart (a whole step on the scale) mean the two sides saw it differently.
WIDE_GAP = 1.0


@dataclass(frozen=True)
class ContextField:
    """One setup field as the method labels it; dates spelled out."""

    label: str
    value: str


@dataclass(frozen=True)
class RoleGroup:
    role: Role
    names: tuple[str, ...]


@dataclass(frozen=True)
class Histogram:
    """Counts per value of a rating poll, lowest value first."""

    counts: tuple[tuple[int, int], ...]
    concern_max: int

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)

    @property
    def concerns(self) -> int:
        """People at `concern_max` or below: the ones to follow up with."""
        return sum(count for value, count in self.counts if value <= self.concern_max)


@dataclass(frozen=True)
class PhaseTime:
    name: str
    planned_s: float
    actual_s: float
    state: str  # pending | active | done | skipped


def role_groups(session: Session) -> tuple[RoleGroup, ...]:
    """Participants under their role, in role order; roles nobody holds are left out."""
    people = session.ordered_participants()
    groups = (RoleGroup(r, tuple(p.name for p in people if p.role == r)) for r in ROLE_ORDER)
    return tuple(g for g in groups if g.names)


def role_counts(session: Session, cards: Iterable[Card]) -> tuple[tuple[Role, int], ...]:
    """Cards per role, in role order; roles with none left out."""
    counts = session.role_split(cards)
    return tuple((role, counts[role]) for role in ROLE_ORDER if counts[role])


def answering_actions(session: Session, theme_id: str) -> tuple[int, ...]:
    """Numbers (from 1, in board order) of the actions agreed for a theme."""
    actions = session.ordered_actions()
    return tuple(n for n, a in enumerate(actions, start=1) if a.theme_id == theme_id)


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


def poll_histogram(session: Session, poll_id: str, side: str | None = None) -> Histogram:
    """The hands in a poll on its scale (fist of five unless the method says otherwise);
    `side` one role's hands, None the whole room."""
    scale = session.method.poll_scale(poll_id) or FIST_OF_FIVE
    votes = session.poll(poll_id, side)
    return Histogram(tuple((v, votes.get(v, 0)) for v in scale), CONCERN_AT_OR_BELOW)


# ----- polls counted per side ------------------------------------------------------------------


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
    panel = session.method.poll_panel(poll_id)
    settings = panel.settings if panel else {}
    sides = []
    for side in session.poll_sides(poll_id):
        counted = poll_histogram(session, poll_id, side)
        if counted.total:
            sides.append(SidePoll(parse_role(side) if side else None, counted))
    room = poll_histogram(session, poll_id)
    return RatingPoll(
        poll_id,
        tuple(value for value, _ in room.counts),
        str(settings.get("low_label", "")),
        str(settings.get("high_label", "")),
        tuple(sides),
        room,
    )


# ----- actions owned in pairs ------------------------------------------------------------------


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
        p.settings.get("pair_owners") for p in session.method.panels_of_kind("action_items")
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


# ----- cards -----------------------------------------------------------------------------------


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
    panel = session.method.find_panel(phase_id, "column_cards")
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
