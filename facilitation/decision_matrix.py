"""A trade-off session read as a decision matrix: its options, criteria, weights and scores.

The method names its phases (`criteria_phase`, `options_phase`); this module finds them, so the
matrix board, the sensitivity board, the handout and the export build the very same `Matrix`.
"""

from dataclasses import dataclass

from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.method import Panel
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.tradeoff import Cell, Matrix, combine_sides

SIDES = (Role.PRODUCT.value, Role.ENGINEERING.value)
WEIGHT = "weight"
DEFAULT_SCALE = range(1, 6)  # the criterion a criterion's weight is scored under
DATUM_FIELD = "datum"  # the options phase's field naming the Pugh baseline


@dataclass(frozen=True)
class MatrixPhases:
    criteria: str
    options: str
    scoring: str  # the phase whose scores are the matrix cells


def matrix_phases(session: Session) -> MatrixPhases | None:
    """Where this method keeps its criteria, options and scores; None for other methods."""
    method = session.method
    criteria, options, scoring = (
        found[0].id if found else ""
        for found in (
            method.first_panel("score_matrix", "weights"),
            method.first_panel("options"),
            method.first_panel("score_matrix", "options"),
        )
    )
    if not (criteria and options):
        return None
    return MatrixPhases(criteria, options, scoring)


def options(session: Session) -> list[Card]:
    where = matrix_phases(session)
    return session.cards_in(where.options) if where else []


def option(session: Session, option_id: str) -> Card:
    """The option `option_id`, for a command about it; a sentence when it has left the board."""
    found = next((o for o in options(session) if o.id == option_id), None)
    if found is None:
        raise DomainError("That option is no longer on the board.")
    return found


def criteria(session: Session) -> list[Card]:
    where = matrix_phases(session)
    return session.cards_in(where.criteria) if where else []


def weights(session: Session) -> dict[str, int]:
    return {c.id: session.score(c.id, WEIGHT) for c in criteria(session)}


def datum(session: Session) -> Card | None:
    """The option others are compared with in Pugh mode (the status quo by default)."""
    where = matrix_phases(session)
    if where is None:
        return None
    return session.cards.get(session.field(where.options, DATUM_FIELD))


def side_scores(session: Session, side: str) -> dict[Cell, int]:
    """One side's scores, (option, criterion) → 1–5."""
    option_ids = {o.id for o in options(session)}
    criterion_ids = {c.id for c in criteria(session)}
    return {
        (s.item_id, s.criterion): s.value
        for s in session.scores.values()
        if s.side == side and s.item_id in option_ids and s.criterion in criterion_ids
    }


def matrix(session: Session) -> Matrix:
    """Every option against every criterion, the two sides' scores combined as their mean.

    The maximum a score can reach is the scoring phase's, so "% of maximum" follows the method.
    """
    return Matrix(
        options=tuple(o.id for o in options(session)),
        criteria=tuple(c.id for c in criteria(session)),
        weights=weights(session),
        scores=combine_sides(side_scores(session, side) for side in SIDES),
        scale_max=score_scale(session)[-1],
    )


def scale_of(panel: Panel) -> range:
    return range(
        int(panel.settings.get("scale_min", 1)), int(panel.settings.get("scale_max", 5)) + 1
    )


def _phase_scale(session: Session, phase_id: str) -> range:
    phase = session.method.find_phase(phase_id) if phase_id else None
    return scale_of(phase.panels[0]) if phase is not None else DEFAULT_SCALE


def weight_scale(session: Session) -> range:
    """The weights' scale, as the criteria phase declares it (1–5 by default)."""
    where = matrix_phases(session)
    return _phase_scale(session, where.criteria if where else "")


def score_scale(session: Session) -> range:
    """The options' scoring scale, as the scoring phase declares it (1–5 by default)."""
    where = matrix_phases(session)
    return _phase_scale(session, where.scoring if where else "")
