"""The records a session is made of; each maps to one stored row."""

from dataclasses import dataclass, field
from typing import ClassVar

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


@dataclass(frozen=True)
class PollCount:
    """How many people showed `value` in poll `poll_id` (fist of five and the like)."""

    KIND: ClassVar[str] = "poll_count"
    KEY: ClassVar[tuple[str, ...]] = ("poll_id", "value")

    poll_id: str
    value: int
    count: int


Entity = SessionRecord | Participant | PhaseRun | Card | Theme | Tally | Risk | Action | PollCount
ENTITY_TYPES: tuple[type[Entity], ...] = (
    SessionRecord,
    Participant,
    PhaseRun,
    Card,
    Theme,
    Tally,
    Risk,
    Action,
    PollCount,
)


def key_of(entity: Entity) -> tuple[object, ...]:
    return tuple(getattr(entity, name) for name in entity.KEY)
