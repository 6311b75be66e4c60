"""The assumption map (after David Bland): each assumption placed by evidence and importance.

The quadrant rule lives here so the board, the handout and the export sort the same assumption
into the same quadrant. Quadrants are numbered in reading order, as a method's `quadrants` list
names them: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right. The x axis (evidence) grows
to the right and the y axis (importance) grows upwards, so quadrant 0, important and with little
evidence, holds the leaps of faith: the assumptions to test first.

On an odd scale the middle value lies on the dividing line. It is counted towards "test first":
a middling importance counts as important and middling evidence as little evidence, because
testing an assumption costs less than building on a wrong one.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from facilitation import board, records
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.method import FieldSpec, Panel
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.targets import source_cards

TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT = range(4)
LEAPS_OF_FAITH = TOP_LEFT
TEST_FIELD = FieldSpec("test", "How we will test it", "text")
DEFAULT_QUADRANTS = ("Top left", "Top right", "Bottom left", "Bottom right")


def scale_of(settings: Mapping[str, Any]) -> range:
    """The values both axes take (scale_min..scale_max; 1–4 unless the method says otherwise).

    A score of 0 means "not placed" (records.set_score clears on 0), so scales start at 1.
    """
    return range(int(settings.get("scale_min", 1)), int(settings.get("scale_max", 4)) + 1)


def x_high_from(scale: range) -> int:
    """The lowest x value right of the line; the middle of an odd scale stays left of it."""
    return scale[0] + (len(scale) + 1) // 2


def y_high_from(scale: range) -> int:
    """The lowest y value above the line; the middle of an odd scale counts as above it."""
    return scale[0] + len(scale) // 2


def quadrant(x: int, y: int, scale: range) -> int | None:
    """The quadrant (0–3, reading order) of a point; None until both values are on the scale."""
    if x not in scale or y not in scale:
        return None
    right = x >= x_high_from(scale)
    top = y >= y_high_from(scale)
    return (0 if top else 2) + (1 if right else 0)


def is_leap_of_faith(evidence: int, importance: int, scale: range) -> bool:
    """Important, with little evidence: importance in the upper half, evidence in the lower."""
    return quadrant(evidence, importance, scale) == LEAPS_OF_FAITH


@dataclass(frozen=True)
class Axis:
    id: str  # the criterion the axis's scores are stored under
    name: str
    low: str
    high: str


def axes(settings: Mapping[str, Any]) -> tuple[Axis, Axis]:
    """The panel's x (evidence) and y (importance) axes as its TOML names them."""
    found = []
    for key, default in (("x", "evidence"), ("y", "importance")):
        raw = settings.get(key, {})
        raw = raw if isinstance(raw, Mapping) else {}
        axis_id = str(raw.get("id", default))
        found.append(
            Axis(
                axis_id,
                str(raw.get("name", axis_id.capitalize())),
                str(raw.get("low", "Low")),
                str(raw.get("high", "High")),
            )
        )
    return found[0], found[1]


def quadrant_names(settings: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """The four quadrant names in reading order; plain positions where the method names none."""
    named = [str(q) for q in settings.get("quadrants", [])][:4]
    names = named + list(DEFAULT_QUADRANTS[len(named) :])
    return names[0], names[1], names[2], names[3]


@dataclass(frozen=True)
class Placement:
    """One assumption on the map: its number in the list, both scores, tag and quadrant."""

    number: int
    card: Card
    x: int  # 0 while not placed on this axis
    y: int
    tag: str  # a value id of the panel's tag scheme, or ""
    quadrant: int | None
    test: str  # how a leap of faith will be tested

    @property
    def leap_of_faith(self) -> bool:
        return self.quadrant == LEAPS_OF_FAITH


def placements(session: Session, panel: Panel) -> list[Placement]:
    """Every assumption the panel maps, numbered from 1 in board order."""
    x_axis, y_axis = axes(panel.settings)
    scale = scale_of(panel.settings)
    scheme = str(panel.settings.get("tag_scheme", ""))
    found = []
    for number, card in enumerate(source_cards(session, panel.settings), start=1):
        x = session.score(card.id, x_axis.id)
        y = session.score(card.id, y_axis.id)
        found.append(
            Placement(
                number,
                card,
                x,
                y,
                session.label(card.id, scheme) if scheme else "",
                quadrant(x, y, scale) if x and y else None,  # a stored 0 is no score
                session.field(card.id, TEST_FIELD.id),
            )
        )
    return found


def leaps_of_faith(session: Session, panel: Panel) -> list[Placement]:
    return [p for p in placements(session, panel) if p.leap_of_faith]


# ----- commands ----------------------------------------------------------------------------------


def add_assumption(session: Session, panel: Panel, text: str, role: Role) -> Change:
    """A new assumption, stored where the map reads them: the source phase and column."""
    phase_id = str(panel.settings.get("source_phase", ""))
    if session.method.find_phase(phase_id) is None:
        raise DomainError("This map has no phase to keep its assumptions in.")
    column = str(panel.settings.get("source_column", ""))
    return board.add_card(session, phase_id, text, role, column=column)


def _mapped(session: Session, panel: Panel, card_id: str) -> Card:
    card = next((c for c in source_cards(session, panel.settings) if c.id == card_id), None)
    if card is None:
        raise DomainError("That assumption is no longer on the map.")
    return card


def place(session: Session, panel: Panel, card_id: str, axis_id: str, value: int) -> Change:
    """Put an assumption at `value` on one axis; 0 takes it off that axis."""
    _mapped(session, panel, card_id)
    if axis_id not in {a.id for a in axes(panel.settings)}:
        raise DomainError(f"This map has no axis '{axis_id}'.")
    return records.set_score(session, card_id, axis_id, value, scale=scale_of(panel.settings))


def tag(session: Session, panel: Panel, card_id: str, value: str) -> Change:
    """Tag an assumption from the panel's scheme (desirable, viable, feasible); "" untags it."""
    _mapped(session, panel, card_id)
    return records.set_label(session, card_id, str(panel.settings.get("tag_scheme", "")), value)


def set_test(session: Session, panel: Panel, card_id: str, text: str) -> Change:
    """How the room will test a leap of faith, kept on the assumption itself."""
    _mapped(session, panel, card_id)
    return records.set_field(session, card_id, TEST_FIELD, text)
