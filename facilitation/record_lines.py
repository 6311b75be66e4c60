"""How a record reads in a list (an option's estimate and debt, a metric's target), the Pugh
baseline among options, and deleting a record without leaving the baseline pointing nowhere.
"""

from facilitation import board, records
from facilitation.changes import Change
from facilitation.dates import readable
from facilitation.decision_matrix import DATUM_FIELD
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.method import FieldSpec, Panel
from facilitation.roles import Role
from facilitation.session import Session

DATUM_SPEC = FieldSpec(DATUM_FIELD, "Baseline")
# Field kinds short enough to sit on a record's second line; text fields are paragraphs.
_SHORT_KINDS = ("line", "number", "date", "choice")


def new_record(session: Session, phase_id: str, panel: Panel, first: str, role: Role) -> Change:
    """A record started from its first field, as typed into a board's entry line."""
    spec = panel.fields[0]
    if not first.strip():
        raise DomainError(f"Type the {spec.label.lower()} first, then press Enter.")
    return records.add_record(session, phase_id, {spec.id: first}, column=panel.column, role=role)


def datum_id(session: Session, phase_id: str) -> str:
    """The option every other is compared with in Pugh mode, if it is still on the board."""
    found = session.field(phase_id, DATUM_FIELD)
    return found if found in session.cards else ""


def set_datum(session: Session, phase_id: str, card_id: str) -> Change:
    card = session.cards.get(card_id)
    if card is None or card.phase_id != phase_id:
        raise DomainError("That option is no longer on the board.")
    return records.set_field(session, phase_id, DATUM_SPEC, card_id)


def delete_record(session: Session, phase_id: str, card_id: str) -> Change:
    """Delete a record with what hangs off it; the baseline goes too if it was this one."""
    change = board.delete_card(session, card_id)
    if session.field(phase_id, DATUM_FIELD) == card_id:
        change = change + records.set_field(session, phase_id, DATUM_SPEC, "")
    return change


def shown_value(spec: FieldSpec, value: str) -> str:
    """A stored value as people read it: a choice's name, a date spelled out."""
    if spec.kind == "choice":
        return next((c.name for c in spec.choices if c.id == value), value)
    if spec.kind == "date":
        return readable(value)
    return value


def estimate(fields: dict[str, str]) -> str:
    """ "3–4 weeks (70% sure)" from an option's estimate fields; "" while none is filled."""
    low, high = fields.get("low_weeks", ""), fields.get("high_weeks", "")
    if not (low or high):
        return ""
    span = low if low == high or not high else f"{low or '?'}–{high}"
    unit = "week" if span == "1" else "weeks"
    sure = fields.get("confidence", "")
    return f"{span} {unit}" + (f" ({sure}% sure)" if sure else "")


def estimate_problem(fields: dict[str, str]) -> str:
    """A sentence when an estimate range runs backwards; "" when it reads fine."""
    try:
        low = float(fields.get("low_weeks", "").replace(",", "."))
        high = float(fields.get("high_weeks", "").replace(",", "."))
    except ValueError:
        return ""
    return "The estimate starts above where it ends: swap the two." if low > high else ""


def option_details(panel: Panel, card: Card) -> str:
    """An option's second line: estimate range and the debt it creates."""
    parts = []
    span = estimate(card.fields)
    parts.append(span or "no estimate yet")
    debt_spec = panel.field("debt")
    debt = card.fields.get("debt", "")
    if debt_spec is not None:
        parts.append(f"debt: {shown_value(debt_spec, debt).lower()}" if debt else "debt: not set")
    return " · ".join(parts)


def record_details(panel: Panel, card: Card) -> str:
    """A record's second line: its short fields other than the one its title already shows."""
    template = str(panel.settings.get("template", ""))
    shown = {panel.fields[0].id} if panel.fields and not template else set()
    parts = []
    for spec in panel.fields:
        value = card.fields.get(spec.id, "")
        if spec.kind not in _SHORT_KINDS or not value or spec.id in shown:
            continue
        if template and "{" + spec.id + "}" in template:
            continue
        parts.append(f"{spec.label}: {shown_value(spec, value)}")
    return " · ".join(parts)
