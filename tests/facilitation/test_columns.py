"""Column sets of a column_cards panel: switching keeps every card, stray cards are found."""

from collections.abc import Callable

import pytest

from facilitation import columns as cols
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session
from tests.facilitation.helpers import applied, pure


def test_switching_presets_moves_no_card_and_finds_the_stray_ones(
    started: Callable[[str], Session],
) -> None:
    s = started("retro")
    panel = s.method.phase("questions").panels[0]
    assert [c.id for c in cols.current_columns(s, "questions", panel)] == [
        "right",
        "well",
        "together",
    ]
    applied(s, cols.add_to_column(s, "questions", panel, "well", "Flaky deploys", Role.PRODUCT))
    applied(s, cols.add_to_column(s, "questions", panel, "right", "Users wanted it", Role.OTHER))
    stranded = cols.stranded_by(s, "questions", panel, "mad_sad_glad")
    assert [c.text for c in stranded] == ["Flaky deploys", "Users wanted it"]
    assert cols.describe_stranded(panel, stranded) == (
        "1 in Did we build it well?, 1 in Did we build the right thing?"
    )
    before = dict(s.cards)
    change = pure(s, lambda x: cols.switch_preset(x, "questions", panel, "mad_sad_glad"))
    assert {e.KIND for e in change.puts()} == {"field_value", "session"}
    s.apply(change)
    assert s.cards == before
    assert [c.name for c in cols.current_columns(s, "questions", panel)] == ["Mad", "Sad", "Glad"]
    assert [c.text for c in cols.stray_cards(s, "questions", panel)] == [
        "Flaky deploys",
        "Users wanted it",
    ]
    assert cols.column_name(panel, "well") == "Did we build it well?"
    with pytest.raises(DomainError, match="not on the board any more"):
        cols.move_to_column(s, "questions", panel, s.cards_in("questions")[0].id, "well")
    applied(s, cols.move_to_column(s, "questions", panel, s.cards_in("questions")[0].id, "mad"))
    assert [c.text for c in cols.stray_cards(s, "questions", panel)] == ["Users wanted it"]
    with pytest.raises(DomainError, match="Choose one of"):
        cols.switch_preset(s, "questions", panel, "starfish")


def test_a_panel_with_one_column_set_does_not_switch(started: Callable[[str], Session]) -> None:
    s = started("retro")
    panel = s.method.phase("roti").panels[1]
    assert [c.id for c in cols.current_columns(s, "roti", panel)] == ["plus", "delta"]
    with pytest.raises(DomainError, match="only one set of columns"):
        cols.switch_preset(s, "roti", panel, "default")


def test_cards_of_other_panels_are_never_stray(started: Callable[[str], Session]) -> None:
    from facilitation import board

    s = started("retro")
    panel = s.method.phase("questions").panels[0]
    applied(s, board.add_card(s, "questions", "Loose card", Role.OTHER, column="elsewhere"))
    assert cols.stray_cards(s, "questions", panel) == []
