"""Board commands: cards, themes, dot tallies, risks, actions, verdict and polls, as stored."""

from collections.abc import Callable

import pytest

from facilitation import board
from facilitation.changes import Change, Put, Remove
from facilitation.entities import Action, Card, PollCount, Risk, SessionRecord, Tally, Theme
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.scoring import Band, risk_score
from facilitation.session import Session
from tests.facilitation.helpers import applied, pure
from tests.fakes import FakeClock

T0 = "2026-11-21T09:00:00.000+00:00"
T1 = "2026-11-21T09:01:00.000+00:00"


def card_ids(session: Session, *texts: str, phase: str = "reasons") -> list[str]:
    return [
        applied(session, board.add_card(session, phase, text, Role.ENGINEERING)).puts()[0].id
        for text in texts
    ]


def theme_id(session: Session, name: str, cards: tuple[str, ...] = ()) -> str:
    return applied(session, board.add_theme(session, name, cards)).puts()[0].id


def refused(command: Callable[[], Change], message: str) -> None:
    with pytest.raises(DomainError) as caught:
        command()
    assert str(caught.value) == message


# ----- cards -----------------------------------------------------------------------------------


def test_add_card_stores_text_role_lens_position(running: Session, clock: FakeClock) -> None:
    clock.advance(60)
    change = pure(
        running,
        lambda s: board.add_card(s, "reasons", " Billing <b>slips</b> ", Role.PRODUCT, "technical"),
    )
    card, record = change.puts()
    assert card == Card(
        "id0006", "reasons", "Billing <b>slips</b>", Role.PRODUCT, 0, T1, "technical", hidden=True
    ), "written in a silent phase: off the projector until revealed"
    assert isinstance(record, SessionRecord) and record.updated_at == T1
    running.apply(change)
    second = applied(running, board.add_card(running, "reasons", "Vendor", Role.OTHER, "nope"))
    assert second.puts()[0].position == 1
    assert second.puts()[0].lens == "", "an unknown lens is not stored"
    other_phase = applied(running, board.add_card(running, "success", "Pairing", Role.DESIGN))
    assert other_phase.puts()[0].position == 0, "positions count within a phase"
    assert not other_phase.puts()[0].hidden, "a phase that is not silent shows its cards at once"
    assert [c.text for c in running.cards_in("reasons")] == ["Billing <b>slips</b>", "Vendor"]
    refused(
        lambda: board.add_card(running, "reasons", " \n", Role.PRODUCT), "A card needs some text."
    )


def test_edit_card_fields_and_marks(running: Session) -> None:
    (cid,) = card_ids(running, "Billing slips")
    running.apply(
        pure(
            running,
            lambda s: board.edit_card(s, cid, text="Billing slips a month", role=Role.PRODUCT),
        )
    )
    running.apply(board.edit_card(running, cid, lens="delivery", mark="duplicate"))
    card = running.cards[cid]
    assert (card.text, card.role, card.lens, card.mark) == (
        "Billing slips a month",
        Role.PRODUCT,
        "delivery",
        "duplicate",
    )
    running.apply(board.edit_card(running, cid, lens="made-up", mark=""))
    assert (running.cards[cid].lens, running.cards[cid].mark) == ("", "")
    refused(lambda: board.edit_card(running, cid, mark="starred"), "Unknown mark 'starred'.")
    refused(lambda: board.edit_card(running, cid, text=""), "A card needs some text.")
    refused(
        lambda: board.edit_card(running, "gone", text="x"), "That card is no longer on the board."
    )


def test_delete_card_takes_its_tally_along(running: Session) -> None:
    keep, tallied = card_ids(running, "Pairing", "Docs", phase="success")
    running.apply(board.set_tally(running, "success", tallied, 3))
    change = pure(running, lambda s: board.delete_card(s, tallied))
    assert [op for op in change.ops if isinstance(op, Remove)] == [
        Remove("card", (tallied,)),
        Remove("tally", (tallied,)),
    ]
    running.apply(change)
    assert list(running.cards) == [keep]
    assert running.tallies == {}
    plain = board.delete_card(running, keep)
    assert [op for op in plain.ops if isinstance(op, Remove)] == [Remove("card", (keep,))]
    refused(lambda: board.delete_card(running, tallied), "That card is no longer on the board.")


# ----- themes ----------------------------------------------------------------------------------


def test_add_theme_with_cards_then_rename(running: Session) -> None:
    a, b, c = card_ids(running, "Billing API late", "Tax rules", "Scope creep")
    change = pure(running, lambda s: board.add_theme(s, " Billing\nslips ", (a, b)))
    theme = change.puts()[0]
    assert theme == Theme("id0009", "Billing slips", 0)
    running.apply(change)
    assert [x.id for x in running.cards_of_theme(theme.id)] == [a, b]
    assert running.cards[c].theme_id == ""
    second = theme_id(running, "Scope")
    assert running.themes[second].position == 1
    running.apply(pure(running, lambda s: board.rename_theme(s, second, "Scope creeps")))
    assert running.themes[second].name == "Scope creeps"
    refused(lambda: board.rename_theme(running, second, "  "), "A theme name needs some text.")
    refused(
        lambda: board.add_theme(running, "X", ("gone",)), "That card is no longer on the board."
    )


def test_assign_and_unassign(running: Session) -> None:
    (cid,) = card_ids(running, "Billing API late")
    tid = theme_id(running, "Billing")
    running.apply(pure(running, lambda s: board.assign_card(s, cid, tid)))
    assert running.cards[cid].theme_id == tid
    running.apply(board.assign_card(running, cid, ""))
    assert running.cards[cid].theme_id == ""
    refused(
        lambda: board.assign_card(running, cid, "gone"), "That theme is no longer on the board."
    )


def test_delete_theme_frees_cards_and_drops_its_dots_and_risk(running: Session) -> None:
    a, b = card_ids(running, "Billing API late", "Tax rules")
    doomed = theme_id(running, "Billing", (a, b))
    kept = theme_id(running, "Scope")
    running.apply(board.set_tally(running, "vote", doomed, 4))
    running.apply(board.set_tally(running, "vote", kept, 2))
    running.apply(board.size_risk(running, doomed, likelihood=4, impact=5))
    linked = applied(
        running, board.add_action(running, "Spike billing", "Eli", "2026-12-01", doomed)
    )
    change = pure(running, lambda s: board.delete_theme(s, doomed))
    assert [op for op in change.ops if isinstance(op, Remove)] == [
        Remove("theme", (doomed,)),
        Remove("tally", (doomed,)),
        Remove("risk", (doomed,)),
    ]
    running.apply(change)
    assert list(running.themes) == [kept]
    assert (running.cards[a].theme_id, running.cards[b].theme_id) == ("", "")
    assert running.theme_votes() == {kept: 2}
    assert running.risks == {}
    action = running.actions[linked.puts()[0].id]
    assert (action.what, action.theme_id) == ("Spike billing", ""), "the action stays, unlinked"


# ----- dot votes -------------------------------------------------------------------------------


def test_tallies_respect_the_room_budget_and_cap(running: Session) -> None:
    # Four people, 3 dots each, at most 2 each on one theme: 12 dots, 8 on one theme.
    billing, scope, hiring = (theme_id(running, n) for n in ("Billing", "Scope", "Hiring"))
    change = pure(running, lambda s: board.set_tally(s, "vote", billing, 8))
    assert change.puts()[0] == Tally(billing, "vote", 8)
    running.apply(change)
    refused(
        lambda: board.set_tally(running, "vote", scope, 9),
        "One item can get at most 8 dots (4 people × 2 each).",
    )
    running.apply(board.set_tally(running, "vote", scope, 3))
    refused(
        lambda: board.set_tally(running, "vote", hiring, 2),
        "That would place 13 dots; the room has 12 (4 people × 3).",
    )
    running.apply(board.set_tally(running, "vote", hiring, 1))
    rules = running.dot_rules(running.method.phase("vote"))
    assert rules.remaining(running.tallies_in("vote")) == 0
    running.apply(board.set_tally(running, "vote", billing, 6))  # lowering frees dots
    assert rules.remaining(running.tallies_in("vote")) == 2
    assert running.theme_votes() == {billing: 6, scope: 3, hiring: 1}
    refused(lambda: board.set_tally(running, "vote", billing, -1), "A tally cannot go below zero.")


def test_tally_refusals(running: Session) -> None:
    (cid,) = card_ids(running, "Pairing", phase="success")
    running.apply(board.set_tally(running, "success", cid, 40))  # green dots: no budget
    assert running.tally(cid) == 40
    refused(lambda: board.set_tally(running, "success", cid, -1), "A tally cannot go below zero.")
    refused(
        lambda: board.set_tally(running, "vote", "gone", 1), "That item is no longer on the board."
    )
    refused(lambda: board.set_tally(running, "nope", cid, 1), "There is no phase there.")


def test_top_themes_by_dots_then_size(running: Session) -> None:
    cards = card_ids(running, *"abcdefg")
    themes = [theme_id(running, name) for name in ("A", "B", "C", "D", "E", "F", "G")]
    for cid, tid in zip(
        cards,
        [themes[2], themes[2], themes[2], themes[4], themes[4], themes[1], themes[6]],
        strict=True,
    ):
        running.apply(board.assign_card(running, cid, tid))
    # No dots yet: the biggest themes stand in, then position.
    assert [t.name for t in running.top_themes()] == ["C", "E", "B", "G", "A"]
    running.apply(board.set_tally(running, "vote", themes[0], 2))
    running.apply(board.set_tally(running, "vote", themes[3], 2))
    running.apply(board.set_tally(running, "vote", themes[4], 1))
    # Only themes with a dot: most dots, then more cards, then position.
    assert [t.name for t in running.top_themes()] == ["A", "D", "E"]
    assert [t.name for t in running.top_themes(limit=2)] == ["A", "D"]


# ----- risks -----------------------------------------------------------------------------------


def test_size_risk(running: Session) -> None:
    tid = theme_id(running, "Billing")
    change = pure(running, lambda s: board.size_risk(s, tid, likelihood=4))
    assert change.puts()[0] == Risk(tid, likelihood=4, impact=0)
    running.apply(change)
    running.apply(board.size_risk(running, tid, impact=4))
    risk = running.risk_for(tid)
    assert (risk.likelihood, risk.impact) == (4, 4)
    assert running.banding().band(risk_score(risk.likelihood, risk.impact)) is Band.HIGH
    refused(lambda: board.size_risk(running, tid, likelihood=0), "Likelihood goes from 1 to 5.")
    refused(lambda: board.size_risk(running, tid, impact=6), "Impact goes from 1 to 5.")
    refused(
        lambda: board.size_risk(running, "gone", impact=1), "That theme is no longer on the board."
    )
    assert running.risk_for("unsized") == Risk("unsized")


def test_respond_to_risk_and_its_gaps(running: Session) -> None:
    tid = theme_id(running, "Billing")
    running.apply(pure(running, lambda s: board.respond_to_risk(s, tid, roam="owned")))
    assert board.risk_gaps(running.risk_for(tid)) == ["owner", "follow-up date"]
    running.apply(
        board.respond_to_risk(
            running,
            tid,
            mitigation="Contract test\nagainst the sandbox",
            warning_sign=" Sandbox down twice a week ",
            owner="Eli\n(eng)",
        )
    )
    risk = running.risk_for(tid)
    assert risk == Risk(
        tid,
        roam="owned",
        mitigation="Contract test\nagainst the sandbox",
        warning_sign="Sandbox down twice a week",
        owner="Eli (eng)",
    )
    assert board.risk_gaps(risk) == ["follow-up date"]
    running.apply(board.respond_to_risk(running, tid, due="2026-12-15"))
    assert board.risk_gaps(running.risk_for(tid)) == []
    assert board.risk_gaps(Risk(tid, roam="resolved")) == []
    assert board.risk_gaps(Risk(tid)) == [], "not answered yet is not a gap"
    assert board.risk_gaps(Risk(tid, roam="accepted", due="soon")) == ["owner"]
    refused(
        lambda: board.respond_to_risk(running, tid, roam="ignored"),
        "Choose Resolved, Owned, Accepted or Mitigated.",
    )
    running.apply(board.respond_to_risk(running, tid, roam=""))
    assert running.risk_for(tid).roam == ""


# ----- actions ---------------------------------------------------------------------------------


def test_actions_add_edit_delete(running: Session) -> None:
    tid = theme_id(running, "Billing")
    change = pure(
        running, lambda s: board.add_action(s, "Spike the billing API", " Eli ", "2026-12-01", tid)
    )
    assert change.puts()[0] == Action(
        "id0007", "Spike the billing API", "Eli", "2026-12-01", 0, "", tid
    )
    running.apply(change)
    second = applied(running, board.add_action(running, "Write the tax rules down")).puts()[0].id
    assert [a.position for a in running.ordered_actions()] == [0, 1]
    running.apply(
        pure(
            running,
            lambda s: board.edit_action(
                s, second, owner="Priya", due="Friday", done_when="Doc\nreviewed"
            ),
        )
    )
    assert running.actions[second] == Action(
        second, "Write the tax rules down", "Priya", "Friday", 1, "Doc reviewed", ""
    )
    refused(
        lambda: board.edit_action(running, second, priority="high"),
        "An action has no field 'priority'.",
    )
    refused(lambda: board.edit_action(running, second, what=" "), "An action needs some text.")
    refused(
        lambda: board.add_action(running, "x", theme_id="gone"),
        "That theme is no longer on the board.",
    )
    running.apply(pure(running, lambda s: board.delete_action(s, second)))
    assert list(running.actions) == ["id0007"]
    refused(lambda: board.delete_action(running, second), "That action is no longer on the board.")
    refused(
        lambda: board.edit_action(running, second, what="x"),
        "That action is no longer on the board.",
    )


# ----- verdict and polls -----------------------------------------------------------------------


def test_verdict_from_the_methods_list(running: Session) -> None:
    running.apply(
        pure(running, lambda s: board.set_verdict(s, "Go with conditions", "Billing spike first"))
    )
    assert (running.record.verdict, running.record.verdict_notes) == (
        "Go with conditions",
        "Billing spike first",
    )
    running.apply(board.set_verdict(running, "Rework"))
    assert (running.record.verdict, running.record.verdict_notes) == (
        "Rework",
        "Billing spike first",
    )
    refused(lambda: board.set_verdict(running, "Maybe"), "Choose Go, Go with conditions, Rework.")
    running.apply(board.set_verdict(running, "", ""))
    assert (running.record.verdict, running.record.verdict_notes) == ("", "")


def test_poll_counts(running: Session) -> None:
    for value, count in ((5, 1), (3, 2), (1, 1)):
        running.apply(
            pure(running, lambda s, v=value, c=count: board.set_poll_count(s, "confidence", v, c))
        )
    assert running.poll("confidence") == {5: 1, 3: 2, 1: 1}
    change = applied(running, board.set_poll_count(running, "confidence", 3, 0))
    assert change.puts()[0] == PollCount("confidence", 3, 0)
    assert running.poll("confidence") == {5: 1, 3: 0, 1: 1}
    assert running.poll("other") == {}
    refused(
        lambda: board.set_poll_count(running, "confidence", 2, -1), "A count cannot go below zero."
    )
    refused(
        lambda: board.set_poll_count(running, "confidence", 2, 1000),
        "That is more people than any room holds.",
    )
    refused(
        lambda: board.set_poll_count(running, "confidence", 6, 1), "Choose a value from 0 to 5."
    )
    refused(
        lambda: board.set_poll_count(running, "confidence", -1, 1), "Choose a value from 0 to 5."
    )


def test_role_split(running: Session) -> None:
    running.apply(board.add_card(running, "reasons", "a", Role.PRODUCT))
    running.apply(board.add_card(running, "reasons", "b", Role.ENGINEERING))
    running.apply(board.add_card(running, "reasons", "c", Role.ENGINEERING))
    split = running.role_split(running.cards_in("reasons"))
    assert split == {Role.PRODUCT: 1, Role.ENGINEERING: 2, Role.DESIGN: 0, Role.OTHER: 0}


def test_every_board_command_touches_the_session(running: Session, clock: FakeClock) -> None:
    (cid,) = card_ids(running, "a")
    tid = theme_id(running, "A")
    clock.advance(60)
    commands: list[Callable[[Session], Change]] = [
        lambda s: board.edit_card(s, cid, mark="read"),
        lambda s: board.assign_card(s, cid, tid),
        lambda s: board.rename_theme(s, tid, "B"),
        lambda s: board.set_tally(s, "vote", tid, 1),
        lambda s: board.size_risk(s, tid, likelihood=1),
        lambda s: board.respond_to_risk(s, tid, owner="x"),
        lambda s: board.add_action(s, "x"),
        lambda s: board.set_verdict(s, "Go"),
        lambda s: board.set_poll_count(s, "confidence", 1, 1),
        lambda s: board.delete_card(s, cid),
        lambda s: board.delete_theme(s, tid),
    ]
    for command in commands:
        change = pure(running, command)
        records = [
            op.entity
            for op in change.ops
            if isinstance(op, Put) and isinstance(op.entity, SessionRecord)
        ]
        assert [r.updated_at for r in records] == [T1]
        running.apply(change)
    assert running.record.created_at == T0


def test_a_retro_keeps_at_most_three_actions_each_owned_in_pairs(
    started: Callable[[str], Session],
) -> None:
    retro = started("retro")
    for n in range(3):
        retro.apply(board.add_action(retro, f"Action {n}", "Priya", "2026-12-01", co_owner="Eli"))
    assert [(a.owner, a.co_owner) for a in retro.ordered_actions()] == [("Priya", "Eli")] * 3
    with pytest.raises(DomainError, match="Keep at most 3 actions"):
        board.add_action(retro, "A fourth")
    first = retro.ordered_actions()[0]
    retro.apply(board.edit_action(retro, first.id, co_owner="Noa"))
    assert retro.actions[first.id].co_owner == "Noa"
