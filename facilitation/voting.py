"""Dot votes entered as tallies: budget per person, cap per item, and what is left to place."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from facilitation.errors import DomainError


@dataclass(frozen=True)
class DotRules:
    dots_per_person: int
    max_per_item: int
    voters: int

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], voters: int) -> "DotRules":
        return cls(
            int(settings.get("dots_per_person", 3)),
            int(settings.get("max_per_item", 3)),
            max(1, voters),
        )

    @property
    def budget(self) -> int:
        return self.dots_per_person * self.voters

    @property
    def item_cap(self) -> int:
        return self.max_per_item * self.voters

    def check(self, counts: Mapping[str, int], item_id: str, new_count: int) -> None:
        """Refuse a tally the room could not have placed, in a sentence that says why."""
        if new_count < 0:
            raise DomainError("A tally cannot go below zero.")
        if new_count > self.item_cap:
            raise DomainError(
                f"One item can get at most {self.item_cap} dots "
                f"({self.voters} people × {self.max_per_item} each)."
            )
        total = sum(c for i, c in counts.items() if i != item_id) + new_count
        if total > self.budget:
            raise DomainError(
                f"That would place {total} dots; the room has {self.budget} "
                f"({self.voters} people × {self.dots_per_person})."
            )

    def remaining(self, counts: Mapping[str, int]) -> int:
        return self.budget - sum(counts.values())
