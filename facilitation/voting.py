"""Votes entered as counts: dot tallies against a budget and a cap, and fist-of-five concerns."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from facilitation.errors import DomainError

# Fist of five: 0 blocks, 1 to 2 are concerns that must be heard before the room moves on.
CONCERN_AT_OR_BELOW = 2
FIST_OF_FIVE = range(0, 6)  # the scale when a method does not declare one


def concerns(counts: Mapping[int, int]) -> int:
    """How many people showed CONCERN_AT_OR_BELOW fingers or fewer."""
    return sum(count for value, count in counts.items() if value <= CONCERN_AT_OR_BELOW)


def poll_mean(counts: Mapping[int, int]) -> float | None:
    """The average value shown, or None while nobody has been counted."""
    people = sum(counts.values())
    if not people:
        return None
    return sum(value * count for value, count in counts.items()) / people


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
