"""Mapping between domain records and table rows, one table per record kind."""

import dataclasses
import json
from typing import Any, get_type_hints

from facilitation.entities import ENTITY_TYPES, Entity, SessionRecord
from facilitation.roles import Role, parse_role

TABLES: dict[str, str] = {
    "session": "sessions",
    "participant": "participants",
    "phase_run": "phase_runs",
    "card": "cards",
    "theme": "themes",
    "tally": "tallies",
    "risk": "risks",
    "action": "actions",
    "poll_count": "poll_counts",
    "score": "scores",
    "label": "labels",
    "field_value": "field_values",
    "link": "links",
    "review": "reviews",
}
TYPES: dict[str, type[Entity]] = {t.KIND: t for t in ENTITY_TYPES}
# A record keyed by its own id carries a globally unique one; any other key (a phase, an item
# and a criterion…) means something only within its session, so session_id joins the primary key.
SESSION_SCOPED_KEYS = frozenset(kind for kind, t in TYPES.items() if t.KEY != ("id",))
_HINTS = {t.KIND: get_type_hints(t) for t in ENTITY_TYPES}


def to_row(entity: Entity, session_id: str) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        if isinstance(value, bool):
            value = int(value)
        elif isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif isinstance(value, Role):
            value = value.value
        row[f.name] = value
    if not isinstance(entity, SessionRecord):
        row["session_id"] = session_id
    return row


def from_row(kind: str, row: dict[str, Any]) -> Entity:
    hints = _HINTS[kind]
    values: dict[str, Any] = {}
    for name, hint in hints.items():
        if name in ("KIND", "KEY") or name not in row:
            continue
        value = row[name]
        if hint is bool:
            value = bool(value)
        elif hint is Role:
            value = parse_role(value or "")
        elif hint == dict[str, str]:
            value = json.loads(value or "{}")
        elif hint is float:
            value = float(value or 0)
        elif hint is int:
            value = int(value or 0)
        elif hint is str:
            value = "" if value is None else str(value)
        values[name] = value
    return TYPES[kind](**values)
