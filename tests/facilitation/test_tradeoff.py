"""Trade-off arithmetic against hand-computed cases, and sensitivity's promises as properties."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from facilitation.tradeoff import (
    Matrix,
    PughTally,
    WeightChange,
    combine_sides,
    divergence,
    moscow_shares,
    percent_of_max,
    pugh,
    rank_gaps,
    ranking,
    sensitivity,
    total,
    winner,
)

# Value ×5, time ×3, effort ×2. By hand: A = 20+6+6 = 32, B = 15+12+8 = 35, C = 10+15+8 = 33.
HAND = Matrix(
    options=("A", "B", "C"),
    criteria=("value", "time", "effort"),
    weights={"value": 5, "time": 3, "effort": 2},
    scores={
        ("A", "value"): 4, ("A", "time"): 2, ("A", "effort"): 3,
        ("B", "value"): 3, ("B", "time"): 4, ("B", "effort"): 4,
        ("C", "value"): 2, ("C", "time"): 5, ("C", "effort"): 4,
    },
)  # fmt: skip


def test_weighted_totals_percent_and_rank_by_hand() -> None:
    assert [total(HAND, o) for o in "ABC"] == [32, 35, 33]
    # The maximum is (5 + 3 + 2) × 5 = 50.
    assert [round(percent_of_max(HAND, o)) for o in "ABC"] == [64, 70, 66]
    assert [(s.option, s.total, s.rank) for s in ranking(HAND)] == [
        ("B", 35, 1),
        ("C", 33, 2),
        ("A", 32, 3),
    ]
    assert winner(HAND) == "B"


def test_ties_share_a_rank_and_have_no_winner() -> None:
    tied = HAND.with_weight("value", 3)  # A = 12+6+6 = 24, B = 9+12+8 = 29, C = 6+15+8 = 29
    assert [(s.option, s.total, s.rank) for s in ranking(tied)] == [
        ("B", 29, 1),
        ("C", 29, 1),
        ("A", 24, 3),
    ]
    assert winner(tied) is None


def test_sensitivity_by_hand() -> None:
    # Every one-step change keeps B on top (checked by hand: e.g. time 3→4 gives 34/39/38);
    # value 5→3 is the first two-step change, and it ties B with C.
    assert sensitivity(HAND) == WeightChange("value", 5, 3, None)
    assert not sensitivity(HAND).fragile  # type: ignore[union-attr]


def test_a_close_race_is_fragile() -> None:
    close = Matrix(
        options=("fast", "durable"),
        criteria=("time", "maintainability"),
        weights={"time": 2, "maintainability": 1},
        scores={
            ("fast", "time"): 5, ("fast", "maintainability"): 1,
            ("durable", "time"): 2, ("durable", "maintainability"): 5,
        },
    )  # fmt: skip
    # fast = 10 + 1 = 11, durable = 4 + 5 = 9; lowering time to 1 gives 6 against 7.
    assert winner(close) == "fast"
    change = sensitivity(close)
    assert change == WeightChange("time", 2, 1, "durable")
    assert change is not None and change.fragile


def test_no_winner_means_nothing_to_test_and_a_landslide_cannot_flip() -> None:
    assert sensitivity(HAND.with_weight("value", 3)) is None
    landslide = Matrix(("A", "B"), ("x",), {"x": 1}, {("A", "x"): 5, ("B", "x"): 1})
    assert winner(landslide) == "A" and sensitivity(landslide) is None


def test_sides_combine_as_a_mean_and_their_gaps_show() -> None:
    product = {("A", "value"): 4, ("A", "time"): 2}
    engineering = {("A", "value"): 2, ("B", "time"): 5}
    assert combine_sides([product, engineering]) == {
        ("A", "value"): 3.0,
        ("A", "time"): 2.0,
        ("B", "time"): 5.0,
    }
    assert divergence(product, engineering) == {("A", "value"): 2}


def test_pugh_counts_against_the_datum_by_hand() -> None:
    # B against A: value 3<4 (−), time 4>2 (+), effort 4>3 (+). C against A: the same signs.
    assert pugh(HAND, "A") == {"B": PughTally(2, 0, 1), "C": PughTally(2, 0, 1)}
    assert pugh(HAND, "A")["B"].net == 1


def test_slider_gaps_and_moscow_shares() -> None:
    assert rank_gaps({"time": 1, "scope": 4}, {"time": 3, "scope": 4, "cost": 2}) == {
        "time": 2,
        "scope": 0,
    }
    shares = moscow_shares([("must", 6), ("should", 2), ("could", 2), ("", 5), ("wont", 0)])
    assert shares == {"must": 60.0, "should": 20.0, "could": 20.0}


@st.composite
def matrices(draw: st.DrawFn) -> Matrix:
    options = tuple(f"o{i}" for i in range(draw(st.integers(2, 5))))
    criteria = tuple(f"c{i}" for i in range(draw(st.integers(1, 6))))
    weights = {c: draw(st.integers(1, 5)) for c in criteria}
    scores = {
        (o, c): float(draw(st.integers(1, 5))) / draw(st.sampled_from([1, 2]))
        for o in options
        for c in criteria
    }
    return Matrix(options, criteria, weights, scores)


@given(matrices())
def test_sensitivity_reports_the_smallest_change_that_changes_the_winner(m: Matrix) -> None:
    current = winner(m)
    change = sensitivity(m)
    every_change = [
        (abs(w - m.weights[c]), c, w) for c in m.criteria for w in range(1, 6) if w != m.weights[c]
    ]
    if current is None:
        assert change is None
        return
    if change is None:
        assert all(winner(m.with_weight(c, w)) == current for _, c, w in every_change)
        return
    # Applying the reported change really changes the winner...
    after = winner(m.with_weight(change.criterion, change.to_weight))
    assert after != current and after == change.new_winner
    assert change.from_weight == m.weights[change.criterion]
    # ...and no smaller change does.
    smaller = [(c, w) for size, c, w in every_change if size < change.size]
    assert all(winner(m.with_weight(c, w)) == current for c, w in smaller)


@given(matrices())
def test_ranking_is_ordered_and_within_the_maximum(m: Matrix) -> None:
    standings = ranking(m)
    assert sorted(s.option for s in standings) == sorted(m.options)
    assert all(a.total >= b.total for a, b in itertools.pairwise(standings))
    assert all(0 <= s.percent <= 100 for s in standings)
    assert all(s.rank == 1 + sum(o.total > s.total for o in standings) for s in standings)
