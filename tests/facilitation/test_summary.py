"""The end-of-session summary leads with what each method decided."""

from collections.abc import Callable

from facilitation import board, decision_matrix, outcomes, records
from facilitation.method import FieldSpec
from facilitation.session import Session
from facilitation.summary import summarise

SCALE = range(1, 6)


def test_trade_off_summary_names_the_choice_and_ranks_by_score(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    fast, standard, durable, _ = decision_matrix.options(s)
    value = decision_matrix.criteria(s)[0]
    s.apply(records.set_score(s, value.id, "weight", 5, scale=SCALE))
    for option, score in ((fast, 2), (standard, 4), (durable, 5)):
        s.apply(records.set_score(s, option.id, value.id, score, scale=SCALE, side="product"))
    s.apply(records.set_field(s, "decide", FieldSpec("chosen", "Chosen"), standard.id))
    s.apply(records.set_field(s, "decide", FieldSpec("rationale", "Because"), "it ships in May"))
    summary = summarise(s)
    assert summary.headline == "Decision: Standard, because it ships in May"
    # Only value is weighted (5), so the maximum is 25: durable 25, standard 20, fast 10.
    assert summary.items[:3] == (
        "1. Durable: 25 (100% of the maximum)",
        "2. Standard: 20 (80% of the maximum)",
        "3. Constrained and fast: 10 (40% of the maximum)",
    )


def test_retro_summary_shows_roti_themes_and_paired_actions(
    started: Callable[[str], Session],
) -> None:
    s = started("retro")
    s.apply(board.add_theme(s, "Specs lost the why"))
    theme = s.ordered_themes()[0]
    s.apply(board.set_tally(s, "vote", theme.id, 6))
    s.apply(records.set_label(s, theme.id, "seam", "handoff"))
    s.apply(board.set_poll_count(s, "roti", 4, 3, side="product"))
    s.apply(board.set_poll_count(s, "roti", 2, 1, side="engineering"))
    s.apply(
        board.add_action(s, "Write the why into every spec", "Priya", "2027-01-10", co_owner="Eli")
    )
    summary = summarise(s)
    assert summary.headline == "Return on time invested: 3.5 of 5"  # (4×3 + 2×1) / 4
    assert summary.items == ("Specs lost the why: 6 dots · seam: Handoff",)
    assert summary.actions == ("Write the why into every spec · Priya + Eli · 2027-01-10",)


def test_problem_summary_leads_with_the_statement(started: Callable[[str], Session]) -> None:
    s = started("problem")
    assert summarise(s).headline == "No problem statement agreed yet."
    s.apply(
        records.add_record(
            s, "metrics", {"metric": "Days to settle", "baseline": "19", "target": "5"}
        )
    )
    panel = s.method.phase("converge").panel("text_fields")
    s.apply(records.set_field(s, "converge", panel.fields[0], "Finance admins"))
    assert summarise(s).headline.startswith("Finance admins needs a way to …")
    assert summarise(s).items == ("Days to settle (success) · 19 → 5",)


def test_source_phase_is_where_the_method_says_an_outcome_comes_from(
    started: Callable[[str], Session],
) -> None:
    assert outcomes.source_phase(started("tradeoff").method, "chosen") == "decide"
    assert outcomes.source_phase(started("problem").method, "metric") == "metrics"
    assert outcomes.source_phase(started("retro").method, "chosen") == ""
