"""The trade-off matrix read for people: named gaps between the sides and the sensitivity sentence.

tradeoff.py does the arithmetic on ids; this module puts names on its answers, in board order,
so the boards, the handout and the export say the same thing in the same words.
"""

from dataclasses import dataclass

from facilitation import decision_matrix
from facilitation.entities import Card
from facilitation.method import Phase
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.tradeoff import (
    divergence,
    rank_gaps,
    ranking,
    sensitivity,
    winner,
)

PRODUCT, ENGINEERING = Role.PRODUCT.value, Role.ENGINEERING.value


@dataclass(frozen=True)
class ScoreGap:
    """One cell both sides scored differently: an option on a criterion."""

    option: Card
    criterion: Card
    product: int
    engineering: int
    gap: int


def widest_gaps(session: Session) -> list[ScoreGap]:
    """Cells where product and engineering disagree, widest first; equal gaps in board order."""
    product = decision_matrix.side_scores(session, PRODUCT)
    engineering = decision_matrix.side_scores(session, ENGINEERING)
    gaps = divergence(product, engineering)
    found = [
        ScoreGap(o, c, product[(o.id, c.id)], engineering[(o.id, c.id)], gaps[(o.id, c.id)])
        for o in decision_matrix.options(session)
        for c in decision_matrix.criteria(session)
        if gaps.get((o.id, c.id))
    ]
    return sorted(found, key=lambda g: -g.gap)  # sorted() is stable: board order among equals


@dataclass(frozen=True)
class SliderGap:
    """One trade-off slider as the two sides ranked it (0 where a side has not ranked it)."""

    item_id: str
    name: str
    product: int
    engineering: int
    gap: int | None  # None until both sides have ranked it


def slider_items(phase: Phase) -> list[tuple[str, str]]:
    """(id, name) of the sliders a ranked_list phase declares, in the method's order."""
    panel = phase.panel("ranked_list")
    items = panel.settings.get("items", []) if panel else []
    return [(str(i["id"]), str(i.get("name", i["id"]))) for i in items]


def slider_ranks(session: Session, phase: Phase, side: str) -> dict[str, int]:
    """One side's ranks of this phase's sliders (the criterion of a slider rank is the phase)."""
    ids = {item_id for item_id, _ in slider_items(phase)}
    return {k: v for k, v in session.scores_by(phase.id, side).items() if k in ids}


def slider_gaps(session: Session, phase: Phase) -> list[SliderGap]:
    """Every slider with both sides' ranks: widest gap first, then those a side has not ranked.

    Equal gaps keep the method's order.
    """
    product = slider_ranks(session, phase, PRODUCT)
    engineering = slider_ranks(session, phase, ENGINEERING)
    gaps = rank_gaps(product, engineering)
    found = [
        SliderGap(i, name, product.get(i, 0), engineering.get(i, 0), gaps.get(i))
        for i, name in slider_items(phase)
    ]
    return sorted(found, key=lambda g: (g.gap is None, -(g.gap or 0)))


def unweighted(session: Session) -> list[Card]:
    """Criteria nobody has weighted yet: weights are set before any option is scored."""
    weights = decision_matrix.weights(session)
    return [c for c in decision_matrix.criteria(session) if not weights.get(c.id)]


@dataclass(frozen=True)
class SensitivityNote:
    """How robust the current winner is, in one sentence for the room and the handout."""

    sentence: str
    winner: str  # the winning option's name, "" when there is none
    fragile: bool  # one step on one weight changes the winner


def sensitivity_note(session: Session) -> SensitivityNote:
    matrix = decision_matrix.matrix(session)
    names = {
        c.id: c.text for c in decision_matrix.options(session) + decision_matrix.criteria(session)
    }
    if not matrix.options or not matrix.criteria:
        return SensitivityNote("Add options and criteria to see a ranking.", "", False)
    if not matrix.scores:
        return SensitivityNote("Nothing is scored yet, so there is no winner.", "", False)
    top = winner(matrix)
    if top is None:
        tied = [names[s.option] for s in ranking(matrix) if s.rank == 1]
        return SensitivityNote(f"No single winner: {_and(tied)} are tied at the top.", "", False)
    scale = decision_matrix.weight_scale(session)
    change = sensitivity(matrix, scale)
    if change is None:
        within = f"{scale[0]}–{scale[-1]}"
        return SensitivityNote(
            f"{names[top]} leads, and no single weight change within {within} changes the winner.",
            names[top],
            False,
        )
    criterion = names[change.criterion]
    if change.from_weight == 0:
        how = f"Weighting {criterion} at {change.to_weight}"
    else:
        verb = "Lowering" if change.to_weight < change.from_weight else "Raising"
        how = f"{verb} {criterion} from {change.from_weight} to {change.to_weight}"
    if change.new_winner is None:
        after = matrix.with_weight(change.criterion, change.to_weight)
        tied = [names[s.option] for s in ranking(after) if s.rank == 1]
        outcome = f"would tie {_and(tied)} at the top"
    else:
        outcome = f"would make {names[change.new_winner]} the winner"
    sentence = f"{how} {outcome}."
    if change.fragile:
        sentence = f"Fragile: {names[top]} leads, but one step changes that. {sentence}"
    else:
        sentence = f"{names[top]} leads. {sentence}"
    return SensitivityNote(sentence, names[top], change.fragile)


def _and(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
