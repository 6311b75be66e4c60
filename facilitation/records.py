"""Generic commands behind most input kinds: scores, ranks, labels, named fields and records.

A method's TOML names what an item is scored on, which label set it is classified by and which
fields a record has; these commands check a value against that and return the Change to store.
"""

import math
from dataclasses import replace

from facilitation.changes import Change, Remove, put
from facilitation.dates import is_date
from facilitation.entities import Card, FieldValue, Label, Score
from facilitation.errors import DomainError
from facilitation.method import FieldSpec, Panel, Phase
from facilitation.prompts import fill
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.text import CARD_MAX_CHARS, FIELD_MAX_CHARS, clean_line, clean_text

SIDES = ("", *(r.value for r in Role))  # "" is the whole room, or what the sides agreed
RECORD_KINDS = ("options", "text_fields")
UNTITLED = "Untitled"


def _known_item(session: Session, item_id: str) -> None:
    if item_id in session.cards or item_id in session.themes:
        return
    if any(item_id in list_item_ids(phase) for phase in session.method.phases):
        return
    raise DomainError("That item is no longer on the board.")


def list_item_ids(phase: Phase) -> list[str]:
    """The fixed items a ranked_list phase declares (the trade-off sliders)."""
    panel = phase.panel("ranked_list")
    if panel is None:
        return []
    return [str(item["id"]) for item in panel.settings.get("items", [])]


def _side(side: str) -> str:
    if side not in SIDES:
        raise DomainError(f"Unknown side '{side}'.")
    return side


# ----- scores ----------------------------------------------------------------------------------


def set_score(
    session: Session, item_id: str, criterion: str, value: int, *, scale: range, side: str = ""
) -> Change:
    """Give `item_id` a value on `criterion`; 0 takes the score away."""
    _known_item(session, item_id)
    _side(side)
    if value == 0:
        return clear_score(session, item_id, criterion, side)
    if value not in scale:
        raise DomainError(f"Choose a value from {scale[0]} to {scale[-1]}.")
    return put(Score(item_id, criterion, side, value), session.touched())


def clear_score(session: Session, item_id: str, criterion: str, side: str = "") -> Change:
    if (item_id, criterion, side) not in session.scores:
        return Change(())
    return Change((Remove("score", (item_id, criterion, side)),)) + put(session.touched())


def set_rank(session: Session, phase: Phase, item_id: str, rank: int, *, side: str = "") -> Change:
    """Put `item_id` at `rank` on a unique-rank list: whoever held that rank swaps with it.

    Ranks are kept unique so that not everything can be "least flexible" (trade-off sliders).
    """
    items = list_item_ids(phase)
    if item_id not in items:
        raise DomainError("That item is not on this list.")
    _side(side)
    if rank not in range(1, len(items) + 1):
        raise DomainError(f"Choose a rank from 1 to {len(items)}.")
    ranks = session.scores_by(phase.id, side)
    old = ranks.get(item_id, 0)
    puts = [Score(item_id, phase.id, side, rank)]
    holder = next((i for i, r in ranks.items() if r == rank and i != item_id and i in items), None)
    change = Change(())
    if holder is not None:
        if old:
            puts.append(Score(holder, phase.id, side, old))
        else:
            change = Change((Remove("score", (holder, phase.id, side)),))
    return change + put(*puts, session.touched())


# ----- labels ----------------------------------------------------------------------------------


def set_label(session: Session, item_id: str, scheme_id: str, value: str) -> Change:
    """Classify `item_id` by one value of the method's `scheme_id`; "" takes the label off."""
    _known_item(session, item_id)
    try:
        scheme = session.method.scheme(scheme_id)
    except KeyError:
        raise DomainError(f"This method has no label set '{scheme_id}'.") from None
    if not value:
        if (item_id, scheme_id) not in session.labels:
            return Change(())
        return Change((Remove("label", (item_id, scheme_id)),)) + put(session.touched())
    if scheme.value(value) is None:
        names = ", ".join(v.name for v in scheme.values)
        raise DomainError(f"Choose one of: {names}.")
    return put(Label(item_id, scheme_id, value), session.touched())


# ----- named fields ----------------------------------------------------------------------------


def clean_field(spec: FieldSpec, value: str) -> str:
    """A field's value as the method's field spec allows it, with a sentence when it does not."""
    if spec.kind == "text":
        return clean_text(value, max_chars=FIELD_MAX_CHARS, what=spec.label, required=False)
    text = clean_line(value, what=spec.label, required=False)
    if spec.kind == "number" and text:
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise DomainError(f"{spec.label} takes a number, like 3 or 2.5.") from None
        if not math.isfinite(number):
            raise DomainError(f"{spec.label} takes a number, like 3 or 2.5.")
        if number < 0:
            raise DomainError(f"{spec.label} cannot be below zero.")
    if spec.kind == "choice" and text and text not in {c.id for c in spec.choices}:
        raise DomainError(f"Choose one of: {', '.join(c.name for c in spec.choices)}.")
    # ISO dates, so that screen and handout can spell them out.
    if spec.kind == "date" and text and not is_date(text):
        raise DomainError(f"{spec.label} takes a date like 2027-03-31.")
    return text


def set_field(session: Session, owner_id: str, spec: FieldSpec, value: str) -> Change:
    """Store a named field of a phase or an item (a reframed ask, a reason an option lost)."""
    text = clean_field(spec, value)
    return put(FieldValue(owner_id, spec.id, text), session.touched())


def set_setup_field(session: Session, field_id: str, value: str) -> Change:
    """Edit one setup field during the session (a framing phase lets the room correct them)."""
    spec = next((f for f in session.method.setup_fields if f.id == field_id), None)
    if spec is None:
        raise DomainError(f"This method has no setup field '{field_id}'.")
    as_field = FieldSpec(spec.id, spec.label, spec.kind)
    text = clean_field(as_field, value)
    return put(session.touched(setup={**session.record.setup, field_id: text}))


# ----- records: cards with named fields ----------------------------------------------------------


def record_panel(session: Session, phase_id: str, column: str = "") -> Panel:
    phase = session.method.find_phase(phase_id)
    panels = [] if phase is None else [p for p in phase.panels if p.kind in RECORD_KINDS]
    found = next((p for p in panels if p.column == column and p.fields), None)
    if found is None:
        raise DomainError("This phase keeps no records.")
    return found


def record_title(panel: Panel, fields: dict[str, str]) -> str:
    """The line a record shows in lists: its template filled in, or its first field."""
    template = str(panel.settings.get("template", ""))
    if template:
        return fill(template, fields)
    first = fields.get(panel.fields[0].id, "") if panel.fields else ""
    return first or UNTITLED


def add_record(
    session: Session,
    phase_id: str,
    fields: dict[str, str],
    *,
    column: str = "",
    parent_id: str = "",
    role: Role = Role.OTHER,
) -> Change:
    """A new record (option card, draft statement, metric row) with its fields checked."""
    panel = record_panel(session, phase_id, column)
    cleaned = _cleaned_fields(panel, fields)
    card = Card(
        id=session.id_factory(),
        phase_id=phase_id,
        text=_title(panel, cleaned),
        role=role,
        position=session.next_position(session.cards_in(phase_id)),
        created_at=session.now_iso(),
        column=column,
        parent_id=parent_id,
        fields=cleaned,
    )
    return put(card, session.touched())


def edit_record(session: Session, card_id: str, field_id: str, value: str) -> Change:
    card = session.cards.get(card_id)
    if card is None:
        raise DomainError("That record is no longer on the board.")
    panel = record_panel(session, card.phase_id, card.column)
    spec = panel.field(field_id)
    if spec is None:
        raise DomainError(f"A record here has no field '{field_id}'.")
    fields = {**card.fields, field_id: clean_field(spec, value)}
    return put(replace(card, fields=fields, text=_title(panel, fields)), session.touched())


def _cleaned_fields(panel: Panel, fields: dict[str, str]) -> dict[str, str]:
    specs = {f.id: f for f in panel.fields}
    unknown = set(fields) - set(specs)
    if unknown:
        raise DomainError(f"A record here has no field '{sorted(unknown)[0]}'.")
    return {k: clean_field(specs[k], v) for k, v in fields.items()}


def _title(panel: Panel, fields: dict[str, str]) -> str:
    # Card text is what lists, votes and the handout show; keep it within a card's length.
    title = record_title(panel, fields)
    return clean_text(title, max_chars=CARD_MAX_CHARS * 4, what="A record") or UNTITLED
