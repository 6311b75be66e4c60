"""The arithmetic of a trade-off matrix: weighted totals, ranks, Pugh counts and sensitivity.

Pure functions over plain mappings, so the board, the handout and the JSON export compute every
number the same way, and tests can check them by hand.

Weighted total = Σ weight × score. A cell scored by both product and engineering counts with the
mean of the two; an unscored cell counts 0. The winner is the option with the highest total, and
only when it is alone at the top: a tie has no winner.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

Cell = tuple[str, str]  # (option id, criterion id)
K = TypeVar("K")  # what the sides placed: a cell, a slider
WEIGHTS = range(1, 6)
MUST_SHARE_MAX = 60  # DSDM: Musts at most about 60% of the effort


@dataclass(frozen=True)
class Matrix:
    """Options scored against weighted criteria; scores are the sides' agreed (mean) values."""

    options: tuple[str, ...]
    criteria: tuple[str, ...]
    weights: Mapping[str, int]
    scores: Mapping[Cell, float]
    scale_max: int = 5

    def with_weight(self, criterion: str, weight: int) -> "Matrix":
        return Matrix(
            self.options,
            self.criteria,
            {**self.weights, criterion: weight},
            self.scores,
            self.scale_max,
        )


def combine_sides(by_side: Iterable[Mapping[Cell, int]]) -> dict[Cell, float]:
    """Each cell's mean over the sides that scored it."""
    sums: dict[Cell, list[int]] = {}
    for scores in by_side:
        for cell, value in scores.items():
            if value:
                sums.setdefault(cell, []).append(value)
    return {cell: sum(values) / len(values) for cell, values in sums.items()}


def total(matrix: Matrix, option: str) -> float:
    return sum(
        matrix.weights.get(c, 0) * matrix.scores.get((option, c), 0) for c in matrix.criteria
    )


def max_total(matrix: Matrix) -> float:
    return sum(matrix.weights.get(c, 0) for c in matrix.criteria) * matrix.scale_max


def percent_of_max(matrix: Matrix, option: str) -> float:
    """The total as a percentage of what an option scoring top marks everywhere would get."""
    top = max_total(matrix)
    return 100 * total(matrix, option) / top if top else 0.0


@dataclass(frozen=True)
class Standing:
    option: str
    total: float
    percent: float
    rank: int  # 1 is best; tied options share a rank (1, 2, 2, 4)


def ranking(matrix: Matrix) -> list[Standing]:
    """Every option, best first; ties keep board order and share their rank."""
    totals = [(o, total(matrix, o)) for o in matrix.options]
    ordered = sorted(totals, key=lambda pair: -pair[1])
    return [
        Standing(o, t, percent_of_max(matrix, o), 1 + sum(1 for _, other in totals if other > t))
        for o, t in ordered
    ]


def winner(matrix: Matrix) -> str | None:
    """The option alone at the top, or None for a tie or an empty matrix."""
    standings = ranking(matrix)
    if not standings:
        return None
    if len(standings) > 1 and standings[1].total == standings[0].total:
        return None
    return standings[0].option


@dataclass(frozen=True)
class WeightChange:
    """The smallest change to one weight that gives a different result at the top."""

    criterion: str
    from_weight: int
    to_weight: int
    new_winner: str | None  # None: the change leaves a tie at the top

    @property
    def size(self) -> int:
        return abs(self.to_weight - self.from_weight)

    @property
    def fragile(self) -> bool:
        """One step on one weight is enough to change the winner."""
        return self.size == 1


def sensitivity(matrix: Matrix, weights: range = WEIGHTS) -> WeightChange | None:
    """The smallest single weight change (within `weights`) that changes the winner.

    None when there is no clear winner to test, or when no single change can unseat it. Among
    equally small changes, the first criterion in board order is reported, lowering first.
    """
    current = winner(matrix)
    if current is None:
        return None
    candidates = []
    for index, criterion in enumerate(matrix.criteria):
        now = matrix.weights.get(criterion, 0)
        for to in weights:
            if to != now:
                candidates.append((abs(to - now), index, to, criterion, now))
    for _, _, to, criterion, now in sorted(candidates):
        after = winner(matrix.with_weight(criterion, to))
        if after != current:
            return WeightChange(criterion, now, to, after)
    return None


def divergence(product: Mapping[K, int], engineering: Mapping[K, int]) -> dict[K, int]:
    """How far apart the two sides put each item both of them placed: a cell's scores, a
    slider's ranks."""
    return {
        item: abs(value - engineering[item])
        for item, value in product.items()
        if value and engineering.get(item)
    }


# Slider ranks part the two sides just as scores do.
rank_gaps = divergence


@dataclass(frozen=True)
class PughTally:
    """An option against the datum: criteria where it is better (+), the same (S), worse (−)."""

    plus: int
    same: int
    minus: int

    @property
    def net(self) -> int:
        return self.plus - self.minus


def pugh_cell(matrix: Matrix, option: str, datum: str, criterion: str) -> int | None:
    """+1, 0 or −1 for `option` against `datum` on one criterion; None while either is unscored."""
    mine, theirs = matrix.scores.get((option, criterion)), matrix.scores.get((datum, criterion))
    if mine is None or theirs is None:
        return None
    return (mine > theirs) - (mine < theirs)


def pugh(matrix: Matrix, datum: str) -> dict[str, PughTally]:
    """Every option except the datum, counted as Stuart Pugh intended: +, S and − per criterion."""
    tallies = {}
    for option in matrix.options:
        if option == datum:
            continue
        cells = [pugh_cell(matrix, option, datum, c) for c in matrix.criteria]
        signs = [c for c in cells if c is not None]
        tallies[option] = PughTally(signs.count(1), signs.count(0), signs.count(-1))
    return tallies


def moscow_shares(features: Sequence[tuple[str, float]]) -> dict[str, float]:
    """Each MoSCoW label's share of the effort in percent, over labelled features with effort."""
    effort = sum(e for label, e in features if label and e > 0)
    shares: dict[str, float] = {}
    for label, e in features:
        if label and e > 0:
            shares[label] = shares.get(label, 0.0) + 100 * e / effort
    return shares
