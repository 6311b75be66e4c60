"""The records a session is made of; each maps to one stored row."""

from dataclasses import dataclass, field
from typing import ClassVar, get_args

from facilitation.roles import Role
from facilitation.scoring import risk_score


@dataclass(frozen=True)
class SessionRecord:
    KIND: ClassVar[str] = "session"
    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    method_id: str
    title: str
    status: str  # setup | running | completed
    created_at: str
    updated_at: str
    total_min: int
    current_phase: int = 0
    setup: dict[str, str] = field(default_factory=dict)
    verdict: str = ""
    verdict_notes: str = ""
    team: str = ""  # sessions of one team see each other's open actions


@dataclass(frozen=True)
class Participant:
    KIND: ClassVar[str] = "participant"
    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    name: str
    role: Role
    position: int


@dataclass(frozen=True)
class PhaseRun:
    """A phase as run: planned and actual time, and the timer state to resume from."""

    KIND: ClassVar[str] = "phase_run"
    KEY: ClassVar[tuple[str, ...]] = ("phase_id",)

    phase_id: str
    position: int
    planned_s: float
    elapsed_s: float = 0.0
    running: bool = False
    anchor: str = ""  # wall-clock instant at which elapsed_s was measured
    state: str = "pending"  # pending | active | done | skipped


@dataclass(frozen=True)
class Card:
    KIND: ClassVar[str] = "card"
    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    phase_id: str
    text: str
    role: Role
    position: int
    created_at: str
    lens: str = ""
    theme_id: str = ""
    mark: str = ""  # "" | read | duplicate
    column: str = ""  # the column of a column_cards phase
    parent_id: str = (
        ""  # the item this card belongs to: a why under a theme, a feature of an option
    )
    fields: dict[str, str] = field(default_factory=dict)  # a record's named fields (option, draft)
    # Silent writing: a card written in a silent phase stays off the projector (`hidden`) until
    # the facilitator reveals it; `reveal_batch` counts reveals, so later ones come after.
    hidden: bool = False
    reveal_batch: int = 0


@dataclass(frozen=True)
class Theme:
    KIND: ClassVar[str] = "theme"
    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    name: str
    position: int


@dataclass(frozen=True)
class Tally:
    """Dots counted on one item (a theme or a card) in one voting phase."""

    KIND: ClassVar[str] = "tally"
    KEY: ClassVar[tuple[str, ...]] = ("item_id",)

    item_id: str
    phase_id: str
    count: int


@dataclass(frozen=True)
class Risk:
    """A top theme sized and answered: likelihood × impact, ROAM, and who watches it."""

    KIND: ClassVar[str] = "risk"
    KEY: ClassVar[tuple[str, ...]] = ("theme_id",)

    theme_id: str
    likelihood: int = 0  # 0 = not sized yet
    impact: int = 0
    roam: str = ""  # "" | resolved | owned | accepted | mitigated
    mitigation: str = ""
    warning_sign: str = ""
    owner: str = ""
    due: str = ""

    @property
    def score(self) -> int:
        """L × I, or 0 while either is unsized."""
        return risk_score(self.likelihood, self.impact)


@dataclass(frozen=True)
class Action:
    KIND: ClassVar[str] = "action"
    KEY: ClassVar[tuple[str, ...]] = ("id",)

    id: str
    what: str
    owner: str
    due: str
    position: int
    done_when: str = ""
    theme_id: str = ""
    co_owner: str = ""  # the other side's owner when actions are owned in pairs
    status: str = ""  # "" (open) | done | partly | not_done, set when a later session reviews it

    @property
    def owners(self) -> str:
        """ "Ana + Ben" for a pair, the one name otherwise; "" while nobody owns it."""
        return " + ".join(o for o in (self.owner, self.co_owner) if o)


@dataclass(frozen=True)
class PollCount:
    """How many people showed `value` in poll `poll_id` (fist of five and the like).

    `side` is "" for the whole room, or the role whose hands were counted when a poll is split.
    """

    KIND: ClassVar[str] = "poll_count"
    KEY: ClassVar[tuple[str, ...]] = ("poll_id", "value", "side")

    poll_id: str
    value: int
    count: int
    side: str = ""


@dataclass(frozen=True)
class Score:
    """One number given to an item on one criterion, by one side or ("" side) by the room.

    Ranks of trade-off sliders, criterion weights, option scores, axis positions on a 2×2 and the
    likelihood and impact of an option's risk are all scores.
    """

    KIND: ClassVar[str] = "score"
    KEY: ClassVar[tuple[str, ...]] = ("item_id", "criterion", "side")

    item_id: str
    criterion: str
    side: str
    value: int


@dataclass(frozen=True)
class Label:
    """The one label an item carries from a fixed set (`scheme`): MoSCoW, seam, circle, D/V/F…"""

    KIND: ClassVar[str] = "label"
    KEY: ClassVar[tuple[str, ...]] = ("item_id", "scheme")

    item_id: str
    scheme: str
    value: str


@dataclass(frozen=True)
class FieldValue:
    """A named text field of a phase or an item (a reframed ask, a decision's rationale)."""

    KIND: ClassVar[str] = "field_value"
    KEY: ClassVar[tuple[str, ...]] = ("owner_id", "field_id")

    owner_id: str
    field_id: str
    text: str


@dataclass(frozen=True)
class Link:
    """An earlier session this one follows (problem definition → pre-mortem → trade-off → retro)."""

    KIND: ClassVar[str] = "link"
    KEY: ClassVar[tuple[str, ...]] = ("earlier_id",)

    earlier_id: str
    position: int


@dataclass(frozen=True)
class Review:
    """What this session found when it looked back at an item of an earlier session.

    A copy of the item's words is kept, so this session's handout still reads the same after a
    later session reviews the item again. `kind` is "action" or "risk".
    """

    KIND: ClassVar[str] = "review"
    KEY: ClassVar[tuple[str, ...]] = ("item_id",)

    item_id: str
    kind: str
    source_session_id: str
    text: str
    owner: str = ""
    status: str = ""  # action: done | partly | not_done; risk: happened | partly | not_happened
    trend: str = ""  # action: more | keep | less | stop
    note: str = ""
    position: int = 0


Entity = (
    SessionRecord
    | Participant
    | PhaseRun
    | Card
    | Theme
    | Tally
    | Risk
    | Action
    | PollCount
    | Score
    | Label
    | FieldValue
    | Link
    | Review
)
ENTITY_TYPES: tuple[type[Entity], ...] = get_args(Entity)


def key_of(entity: Entity) -> tuple[object, ...]:
    return tuple(getattr(entity, name) for name in entity.KEY)
