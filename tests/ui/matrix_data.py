"""A realistic trade-off matrix for the board tests: 4 options × 5 criteria, both sides scored.

Totals by hand (weights 5, 4, 3, 3, 2; each cell the mean of the two sides; maximum 17 × 5 = 85):
- Constrained and fast: 3·5 + 5·4 + 3·3 + 1.5·3 + 2.5·2 = 53.5 (63%)
- Standard:             4·5 + 3·4 + 3·3 + 3.5·3 + 4·2   = 59.5 (70%)
- Durable:              5·5 + 1·4 + 1.5·3 + 5·3 + 4.5·2 = 57.5 (68%)
- Status quo:           1·5 + 5·4 + 5·3 + 2.5·3 + 3·2   = 53.5 (63%)
Lowering "Time to ship" from 4 to 3 ties Standard and Durable at 56.5: the lead is fragile.
"""

from pathlib import Path

from app.storage import Store
from app.ui.controller import SessionController
from facilitation import decision_matrix, records
from facilitation.entities import Score

OPTIONS = ("Constrained and fast", "Standard", "Durable", "Status quo")
CRITERIA = (
    "User value",
    "Time to ship",
    "Engineering effort",
    "Maintainability",
    "Operational risk",
)
WEIGHTS = (5, 4, 3, 3, 2)
PRODUCT = ((4, 5, 2, 2, 3), (4, 3, 3, 3, 4), (5, 1, 2, 5, 4), (1, 5, 5, 3, 3))
ENGINEERING = ((2, 5, 4, 1, 2), (4, 3, 3, 4, 4), (5, 1, 1, 5, 5), (1, 5, 5, 2, 3))
SCALE = range(1, 6)


def set_weights(controller: SessionController, weights: tuple[int, ...] = WEIGHTS) -> None:
    criteria = decision_matrix.criteria(controller.session)
    for criterion, weight in zip(criteria, weights, strict=True):
        assert controller.run(
            lambda s, c=criterion.id, w=weight: records.set_score(s, c, "weight", w, scale=SCALE)
        )


def score_both_sides(controller: SessionController) -> None:
    options = decision_matrix.options(controller.session)
    criteria = decision_matrix.criteria(controller.session)
    for side, grid in (("product", PRODUCT), ("engineering", ENGINEERING)):
        for option, row in zip(options, grid, strict=True):
            for criterion, value in zip(criteria, row, strict=True):
                assert controller.run(
                    lambda s, o=option.id, c=criterion.id, v=value, sd=side: records.set_score(
                        s, o, c, v, scale=SCALE, side=sd
                    )
                )


def fill_matrix(controller: SessionController) -> None:
    set_weights(controller)
    score_both_sides(controller)


def stored_scores(db_path: Path, session_id: str) -> dict[tuple[str, str, str], int]:
    """What the database holds, read through a store of its own: (item, criterion, side) → value."""
    store = Store(db_path)
    try:
        return {
            (e.item_id, e.criterion, e.side): e.value
            for e in store.load(session_id)
            if isinstance(e, Score)
        }
    finally:
        store.close()
