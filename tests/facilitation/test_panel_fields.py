"""Fields of a text_fields panel: where they are kept, dates, the checklist, Ctrl+M's copy."""

from collections.abc import Callable

import pytest

from facilitation import board, records
from facilitation import panel_fields as pf
from facilitation import record_lines as lines
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session
from tests.facilitation.helpers import applied


def test_setup_target_writes_the_setup_and_dates_are_checked(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    panel = s.method.phase("frame").panels[0]
    deadline = next(f for f in panel.fields if f.id == "deadline")
    with pytest.raises(DomainError, match="Decide by takes a date like 2027-03-31"):
        pf.set_value(s, "frame", panel, deadline, "31/03/2027")
    applied(s, pf.set_value(s, "frame", panel, deadline, "2027-03-31"))
    assert s.record.setup["deadline"] == "2027-03-31"
    assert pf.value_of(s, "frame", panel, deadline) == "2027-03-31"
    assert s.field("frame", "deadline") == "", "nothing is stored on the phase"


def test_checklist_ticks_are_phase_fields(started: Callable[[str], Session]) -> None:
    s = started("problem")
    panel = s.method.phase("converge").panel("text_fields")
    items = pf.checklist(panel.settings)
    assert [i.id for i in items] == ["user", "no_solution", "evidence", "one_problem", "measurable"]
    applied(s, pf.set_ticked(s, "converge", items[0], True))
    assert s.field("converge", "check:user") == "yes"
    assert pf.is_ticked(s, "converge", "user")
    applied(s, pf.set_ticked(s, "converge", items[0], False))
    assert not pf.is_ticked(s, "converge", "user")
    assert pf.checklist({"checklist": [{"id": "x"}, "junk", {"id": "y", "name": "Y"}]})[0].id == "y"


def test_copy_from_the_top_draft(started: Callable[[str], Session]) -> None:
    s = started("problem")
    phase = s.method.phase("converge")
    panel = phase.panel("text_fields")
    with pytest.raises(DomainError, match="No draft has a dot yet"):
        pf.copy_top_draft(s, phase, panel)
    draft = applied(
        s, records.add_record(s, "drafts", {"who": "Admins", "need": "settle"}, role=Role.OTHER)
    ).puts()[0]
    applied(s, board.set_tally(s, "converge", draft.id, 2))
    solved = next(f for f in panel.fields if f.id == "solved_when")
    applied(s, records.set_field(s, "converge", solved, "days fall to 7"))
    assert pf.replaced_by_draft(s, phase, panel) == []
    applied(s, pf.copy_top_draft(s, phase, panel))
    assert pf.values_of(s, "converge", panel) == {
        "who": "Admins",
        "need": "settle",
        "insight": "",
        "impact": "",
        "solved_when": "days fall to 7",
        "job_story": "",
    }
    who = panel.fields[0]
    applied(s, records.set_field(s, "converge", who, "Finance admins"))
    assert pf.replaced_by_draft(s, phase, panel) == ["Who"]


def test_records_read_as_lines_and_the_baseline_follows_deletes(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    panel = s.method.phase("options").panels[0]
    fast, standard, durable, status_quo = s.cards_in("options")
    assert lines.option_details(panel, fast) == "1–2 weeks · debt: some"
    assert lines.estimate({"low_weeks": "1", "high_weeks": "1"}) == "1 week"
    assert lines.estimate({"high_weeks": "3", "confidence": "50"}) == "?–3 weeks (50% sure)"
    assert lines.estimate({}) == ""
    assert lines.estimate_problem({"low_weeks": "4", "high_weeks": "2,5"}) != ""
    assert lines.estimate_problem({"low_weeks": "soon", "high_weeks": "2"}) == ""
    assert lines.datum_id(s, "options") == status_quo.id
    applied(s, lines.set_datum(s, "options", standard.id))
    applied(s, lines.delete_record(s, "options", durable.id))
    assert lines.datum_id(s, "options") == standard.id
    applied(s, lines.delete_record(s, "options", standard.id))
    assert s.field("options", "datum") == ""
    with pytest.raises(DomainError, match="Type the option first"):
        lines.new_record(s, "options", panel, "  ", Role.ENGINEERING)
    with pytest.raises(DomainError, match="no longer on the board"):
        lines.set_datum(s, "options", "gone")
