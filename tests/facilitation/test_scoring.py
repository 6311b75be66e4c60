"""Risk score L × I and its band, at the band edges, on the default and a configured banding."""

import pytest

from facilitation.scoring import Band, Banding, risk_score


@pytest.mark.parametrize(
    ("likelihood", "impact", "score", "band"),
    [
        (1, 1, 1, Band.LOW),
        (2, 4, 8, Band.LOW),  # last Low
        (3, 3, 9, Band.MEDIUM),  # first Medium
        (3, 5, 15, Band.MEDIUM),  # last Medium
        (4, 4, 16, Band.HIGH),  # first High
        (5, 5, 25, Band.HIGH),
    ],
)
def test_score_and_default_band(likelihood: int, impact: int, score: int, band: Band) -> None:
    assert risk_score(likelihood, impact) == score
    assert Banding().band(score) is band


def test_every_cell_of_the_5x5_matrix() -> None:
    bands = [
        [Banding().band(risk_score(li, im)).value[0] for im in range(1, 6)] for li in range(1, 6)
    ]
    assert bands == [
        list("LLLLL"),
        list("LLLLM"),
        list("LLMMM"),
        list("LLMHH"),
        list("LMMHH"),
    ]


@pytest.mark.parametrize(("likelihood", "impact"), [(0, 3), (3, 0), (6, 1), (1, 6), (-1, -1)])
def test_unsized_or_off_scale_scores_zero(likelihood: int, impact: int) -> None:
    assert risk_score(likelihood, impact) == 0


def test_banding_is_configurable() -> None:
    banding = Banding.from_settings({"risk_low_max": 4, "risk_medium_max": 12})
    assert [banding.band(s) for s in (4, 5, 12, 13)] == [
        Band.LOW,
        Band.MEDIUM,
        Band.MEDIUM,
        Band.HIGH,
    ]
    assert Banding.from_settings({}) == Banding(8, 15)
    assert Banding.from_settings({"risk_medium_max": 20}) == Banding(8, 20)
