"""Columns of a column_cards panel: the preset a session chose, and cards a switch leaves behind.

A panel's first preset is its default columns; a session may switch to another (Start / Stop /
Continue, 4Ls…) and the choice is stored as the phase's "preset" field. Switching never touches a
card: cards whose column the new preset lacks keep their column and wait, shown apart as
"stray", until someone moves them or switches back.
"""

from facilitation import board, records
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.method import Choice, ColumnPreset, FieldSpec, Panel
from facilitation.roles import Role
from facilitation.session import Session

PRESET_FIELD = "preset"


def preset_spec(panel: Panel) -> FieldSpec:
    """The phase field that holds the chosen preset, checked against the panel's presets."""
    choices = tuple(Choice(p.id, p.name) for p in panel.presets)
    return FieldSpec(PRESET_FIELD, "Column set", "choice", choices=choices)


def current_preset(session: Session, phase_id: str, panel: Panel) -> ColumnPreset | None:
    """The preset in use: the stored choice, else the panel's default; None without columns."""
    chosen = panel.preset(session.field(phase_id, PRESET_FIELD))
    return chosen or (panel.presets[0] if panel.presets else None)


def current_columns(session: Session, phase_id: str, panel: Panel) -> tuple[Choice, ...]:
    preset = current_preset(session, phase_id, panel)
    return preset.columns if preset else ()


def column_name(panel: Panel, column_id: str) -> str:
    """A column's name from whichever preset has it; the id itself if none does."""
    for preset in panel.presets:
        for column in preset.columns:
            if column.id == column_id:
                return column.name
    return column_id


def _known_ids(panel: Panel) -> set[str]:
    return {c.id for p in panel.presets for c in p.columns}


def _left_out(session: Session, phase_id: str, panel: Panel, kept: set[str]) -> list[Card]:
    # Only cards in one of this panel's columns count: another panel of the phase may keep cards
    # of its own (a non-goals list beside a table), and those are none of this board's business.
    known = _known_ids(panel)
    return [c for c in session.cards_in(phase_id) if c.column in known and c.column not in kept]


def stray_cards(session: Session, phase_id: str, panel: Panel) -> list[Card]:
    """Cards in a column of an earlier preset that the current one does not have."""
    kept = {c.id for c in current_columns(session, phase_id, panel)}
    return _left_out(session, phase_id, panel, kept)


def stranded_by(session: Session, phase_id: str, panel: Panel, preset_id: str) -> list[Card]:
    """The cards that would sit outside the columns of preset `preset_id` after a switch."""
    preset = panel.preset(preset_id)
    if preset is None:
        return []
    return _left_out(session, phase_id, panel, {c.id for c in preset.columns})


def describe_stranded(panel: Panel, cards: list[Card]) -> str:
    """ "2 in Mad, 1 in Glad": which columns the stranded cards come from, in board order."""
    counts: dict[str, int] = {}
    for card in cards:
        counts[card.column] = counts.get(card.column, 0) + 1
    return ", ".join(f"{n} in {column_name(panel, column)}" for column, n in counts.items())


def switch_preset(session: Session, phase_id: str, panel: Panel, preset_id: str) -> Change:
    """Use preset `preset_id` for this phase's columns; the cards stay exactly as they are."""
    if len(panel.presets) < 2:
        raise DomainError("This board has only one set of columns.")
    return records.set_field(session, phase_id, preset_spec(panel), preset_id)


def _column(session: Session, phase_id: str, panel: Panel, column: str) -> str:
    if column not in {c.id for c in current_columns(session, phase_id, panel)}:
        raise DomainError("That column is not on the board any more; pick another.")
    return column


def add_to_column(
    session: Session, phase_id: str, panel: Panel, column: str, text: str, role: Role
) -> Change:
    """A card in one of the columns the board shows now."""
    where = _column(session, phase_id, panel, column)
    return board.add_card(session, phase_id, text, role, column=where)


def move_to_column(
    session: Session, phase_id: str, panel: Panel, card_id: str, column: str
) -> Change:
    """Move a card into one of the columns the board shows now."""
    where = _column(session, phase_id, panel, column)
    return board.edit_card(session, card_id, column=where)
