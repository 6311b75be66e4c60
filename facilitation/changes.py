"""A command's outcome: the records to write and remove, stored together before anyone sees them."""

from dataclasses import dataclass

from facilitation.entities import Entity


@dataclass(frozen=True)
class Put:
    entity: Entity


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
