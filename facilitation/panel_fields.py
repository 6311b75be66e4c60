"""A text_fields panel's values: where they live, its checklist, and Ctrl+M's copy.

A panel's fields belong to its phase (FieldValue owner = phase id), or, with `target = "setup"`,
to the session's setup, so a framing phase corrects what was typed before the session started.
"""

from collections.abc import Mapping
from typing import Any

from facilitation import records
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.method import Choice, FieldSpec, Panel, Phase
from facilitation.session import Session
from facilitation.targets import top_card

CHECK_PREFIX = "check:"
TICKED = "yes"


def writes_setup(panel: Panel) -> bool:
    return panel.settings.get("target") == "setup"


def value_of(session: Session, phase_id: str, panel: Panel, spec: FieldSpec) -> str:
    if writes_setup(panel):
        return session.record.setup.get(spec.id, "")
    return session.field(phase_id, spec.id)


def values_of(session: Session, phase_id: str, panel: Panel) -> dict[str, str]:
    return {spec.id: value_of(session, phase_id, panel, spec) for spec in panel.fields}


def set_value(session: Session, phase_id: str, panel: Panel, spec: FieldSpec, value: str) -> Change:
    """Store one field of the panel where the panel keeps it."""
    if writes_setup(panel):
        return records.set_setup_field(session, spec.id, value)
    return records.set_field(session, phase_id, spec, value)


# ----- checklist -------------------------------------------------------------------------------


def checklist(settings: Mapping[str, Any]) -> tuple[Choice, ...]:
    """The items a panel asks the room to tick (names a user, names no solution…)."""
    items = settings.get("checklist", [])
    if not isinstance(items, list):
        return ()
    return tuple(
        Choice(str(item["id"]), str(item["name"]), str(item.get("hint", "")))
        for item in items
        if isinstance(item, Mapping) and item.get("id") and item.get("name")
    )


def is_ticked(session: Session, phase_id: str, item_id: str) -> bool:
    return session.field(phase_id, CHECK_PREFIX + item_id) == TICKED


def set_ticked(session: Session, phase_id: str, item: Choice, ticked: bool) -> Change:
    spec = FieldSpec(CHECK_PREFIX + item.id, item.name)
    return records.set_field(session, phase_id, spec, TICKED if ticked else "")


# ----- starting from the most-voted draft -----------------------------------------------------


def top_draft(session: Session, phase: Phase) -> Card | None:
    """The draft with the most dots in this phase's vote (the drafts are voted in this phase)."""
    return top_card(session, phase)


def _copied(panel: Panel, source: Panel | None, draft: Card) -> dict[str, str]:
    # The fields the drafts have in common with this panel; a field only the final statement has
    # ("solved when") is left as it is.
    shared = {f.id for f in source.fields} if source else set(draft.fields)
    return {f.id: draft.fields.get(f.id, "") for f in panel.fields if f.id in shared}


def _source_panel(session: Session, panel: Panel) -> Panel | None:
    phase = session.method.find_phase(str(panel.settings.get("from_phase", "")))
    if phase is None:
        return None
    return next((p for p in phase.panels if p.fields), None)


def replaced_by_draft(session: Session, phase: Phase, panel: Panel) -> list[str]:
    """Labels of fields that hold text the copy would overwrite with something else."""
    draft = top_draft(session, phase)
    if draft is None:
        return []
    copied = _copied(panel, _source_panel(session, panel), draft)
    specs = {f.id: f for f in panel.fields}
    return [
        specs[field_id].label
        for field_id, new in copied.items()
        if (old := session.field(phase.id, field_id)) and old != new
    ]


def copy_top_draft(session: Session, phase: Phase, panel: Panel) -> Change:
    """Fill the panel's fields from the most-voted draft; refuses while no draft has a dot."""
    draft = top_draft(session, phase)
    if draft is None:
        raise DomainError("No draft has a dot yet: count the votes first, then press Ctrl+M.")
    copied = _copied(panel, _source_panel(session, panel), draft)
    specs = {f.id: f for f in panel.fields}
    change = Change(())
    for field_id, text in copied.items():
        change = change + records.set_field(session, phase.id, specs[field_id], text)
    return change
