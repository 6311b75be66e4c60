"""Risk sizing: likelihood × impact and its band, on a configurable 5×5 banding."""

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

SCALE = range(1, 6)


class Band(StrEnum):
    LOW = "Low"
    MEDIUM = "Medium"
    HIGH = "High"


@dataclass(frozen=True)
class Banding:
    """Upper bounds of Low and Medium; anything above Medium is High."""

    low_max: int = 8
    medium_max: int = 15

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> "Banding":
        return cls(
            int(settings.get("risk_low_max", cls.low_max)),
            int(settings.get("risk_medium_max", cls.medium_max)),
        )

    def band(self, score: int) -> Band:
        if score <= self.low_max:
            return Band.LOW
        if score <= self.medium_max:
            return Band.MEDIUM
        return Band.HIGH

    def label(self, score: int) -> str:
        """How a score reads on screen: "20 High", or "not sized" before L and I are set."""
        return f"{score} {self.band(score).value}" if score else "not sized"


def risk_score(likelihood: int, impact: int) -> int:
    """L × I on 1–5 scales; 0 while either is unsized."""
    if likelihood not in SCALE or impact not in SCALE:
        return 0
    return likelihood * impact
