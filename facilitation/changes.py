"""A command's outcome: the records to write and remove, stored together before anyone sees them."""

from dataclasses import dataclass

from facilitation.entities import Entity


@dataclass(frozen=True)
class Put:
    """Store `entity` in this session, or in the earlier session `session_id` names.

    Only a review writes elsewhere: the retro stores an action's new status back on the action,
    in the session that agreed it.
    """

    entity: Entity
    session_id: str = ""


@dataclass(frozen=True)
class Remove:
    kind: str
    key: tuple[object, ...]


Op = Put | Remove


@dataclass(frozen=True)
class Change:
    """What one user action changes; storage commits it in one transaction, then views update."""

    ops: tuple[Op, ...]

    def __add__(self, other: "Change") -> "Change":
        return Change(self.ops + other.ops)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(op.entity.KIND if isinstance(op, Put) else op.kind for op in self.ops)

    def puts(self) -> list[Entity]:
        return [op.entity for op in self.ops if isinstance(op, Put)]


def put(*entities: Entity) -> Change:
    return Change(tuple(Put(e) for e in entities))


def put_elsewhere(session_id: str, entity: Entity) -> Change:
    """Store `entity` in another (earlier) session, in the same transaction as the rest."""
    return Change((Put(entity, session_id),))
