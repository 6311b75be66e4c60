"""Each demo session is believable and obeys its method's own rules, phase by phase."""

from datetime import date

import pytest

from facilitation import assumptions, decision_matrix, decision_record, option_risks, scope
from facilitation.parking import parked
from facilitation.roles import Role
from facilitation.scoring import risk_score
from facilitation.session import Session
from facilitation.targets import top_card, top_themes, whys
from facilitation.tradeoff import ranking, winner

P, E = Role.PRODUCT, Role.ENGINEERING


def _roles(session: Session) -> dict[str, Role]:
    return {p.name: p.role for p in session.ordered_participants()}


def _spent(session: Session, phase_id: str) -> None:
    """Every dot the room had went on the board, and none over the cap."""
    rules = session.dot_rules(session.method.phase(phase_id))
    votes = session.tallies_in(phase_id)
    assert sum(votes.values()) == rules.budget
    assert all(0 < n <= rules.item_cap for n in votes.values())


# ----- pre-mortem ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def premortem(story: dict[str, Session]) -> Session:
    return story["premortem"]


def test_reasons_from_every_side_all_read_and_clustered(premortem: Session) -> None:
    reasons = premortem.cards_in("reasons")
    assert len(reasons) >= 22
    assert {P, E, Role.DESIGN} <= {c.role for c in reasons}
    assert sum(1 for c in reasons if c.lens) >= 10
    assert [c.mark for c in reasons].count("duplicate") == 2
    assert all(c.mark in ("read", "duplicate") for c in reasons), "every reason was read out"
    assert all(c.theme_id in premortem.themes for c in reasons), "every reason is in a theme"
    assert 5 <= len(premortem.themes) <= 6
    assert all(premortem.cards_of_theme(t.id) for t in premortem.ordered_themes())


def test_some_card_needs_escaping_downstream(premortem: Session) -> None:
    texts = [c.text for c in premortem.cards.values()] + [t.name for t in premortem.themes.values()]
    assert any("&" in text for text in texts)
    assert any("<" in text for text in texts)


def test_the_premortem_vote_obeys_its_rules(premortem: Session) -> None:
    rules = premortem.dot_rules(premortem.method.phase("vote"))
    assert (rules.dots_per_person, rules.max_per_item, rules.voters) == (3, 2, 6)
    _spent(premortem, "vote")


def test_the_top_five_are_sized_answered_and_owned(premortem: Session) -> None:
    top = premortem.top_themes(5)
    assert len(top) == 5
    assert set(premortem.risks) == {t.id for t in top}
    banding = premortem.banding()
    bands = {banding.band(risk_score(r.likelihood, r.impact)) for r in premortem.risks.values()}
    assert {b.value for b in bands} == {"High", "Medium", "Low"}
    assert len({r.roam for r in premortem.risks.values()}) >= 3
    started = date.fromisoformat(premortem.record.created_at[:10])
    for risk in premortem.risks.values():
        assert risk.mitigation and risk.warning_sign and risk.owner
        assert date.fromisoformat(risk.due) > started


def test_premortem_actions_are_owned_dated_and_some_paired(premortem: Session) -> None:
    actions = premortem.ordered_actions()
    assert 5 <= len(actions) <= 7
    for action in actions:
        assert action.owner and action.theme_id in premortem.themes
        date.fromisoformat(action.due)
    assert any(a.co_owner for a in actions)


def test_keys_to_success_verdict_and_confidence(premortem: Session) -> None:
    keys = premortem.cards_in("success")
    assert 4 <= len(keys) <= 5
    assert all(premortem.tally(c.id) > 0 for c in keys)
    assert premortem.record.verdict == "Go with conditions"
    assert len(premortem.record.verdict_notes.splitlines()) == 4, "one condition per line"
    poll = premortem.poll("confidence")
    assert sum(poll.values()) == len(premortem.participants)
    assert poll.get(2) == 1


# ----- problem definition ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def problem(story: dict[str, Session]) -> Session:
    return story["problem"]


def test_solutions_go_to_the_parking_lot_from_several_phases(problem: Session) -> None:
    lot = parked(problem)
    assert len(lot) >= 3
    assert all(c.phase_id == "parking_lot" for c in lot)
    assert len({c.role for c in lot}) >= 3
    assert problem.field("reframe", "reframed").startswith("Finance teams")


def test_evidence_and_w4_fill_every_column_from_both_sides(problem: Session) -> None:
    for phase_id in ("evidence", "w4"):
        panel = problem.method.phase(phase_id).panel("column_cards")
        assert panel is not None
        for column in panel.columns:
            cards = problem.cards_in_column(phase_id, column.id)
            assert len(cards) >= 3, (phase_id, column.id)
        assert {P, E} <= {c.role for c in problem.cards_in(phase_id)}


def test_the_root_cause_digs_five_whys_under_the_most_voted_what(problem: Session) -> None:
    phase = problem.method.phase("rootcause")
    rules = problem.dot_rules(phase)
    assert (rules.dots_per_person, rules.max_per_item) == (1, 1)
    _spent(problem, "rootcause")
    target = top_card(problem, phase)
    assert target is not None and target.column == "what"
    assert len(whys(problem, phase, target.id)) == 5


def test_every_assumption_is_mapped_tagged_and_leaps_have_a_test(problem: Session) -> None:
    panel = problem.method.phase("assumptions").panel("plot_2x2")
    assert panel is not None
    found = assumptions.placements(problem, panel)
    assert len(found) >= 5
    assert all(p.quadrant is not None and p.tag for p in found)
    assert {p.tag for p in found} == {"desirable", "viable", "feasible"}
    leaps = assumptions.leaps_of_faith(problem, panel)
    assert leaps and all(p.test for p in leaps)
    assert len({p.quadrant for p in found}) >= 3


def test_drafts_converge_on_one_checked_statement_everyone_can_live_with(
    problem: Session,
) -> None:
    drafts = problem.cards_in("drafts")
    assert len(drafts) >= 3 and len({d.role for d in drafts}) >= 3
    _spent(problem, "converge")
    top = top_card(problem, problem.method.phase("converge"))
    assert top is not None
    assert problem.field("converge", "who") == top.fields["who"], "started from the top draft"
    assert problem.field("converge", "need") != top.fields["need"], "then merged"
    assert problem.field("converge", "solved_when").startswith("the median days")
    panel = problem.method.phase("converge").panel("text_fields")
    checks = [item["id"] for item in panel.settings["checklist"]]
    assert all(problem.field("converge", f"check:{c}") == "yes" for c in checks)
    consent = problem.poll("consent")
    assert sum(consent.values()) == len(problem.participants)
    assert all(value >= 3 for value, n in consent.items() if n), "everyone at 3 or above"


def test_hmw_metrics_non_goals_and_paired_next_steps(problem: Session) -> None:
    hmw = problem.cards_in("hmw")
    assert 3 <= len(hmw) <= 5
    assert all(c.text.startswith("How might we") and problem.tally(c.id) for c in hmw)
    metrics = problem.cards_in_column("metrics", "")
    kinds = [m.fields["kind"] for m in metrics]
    assert kinds.count("guardrail") == 1 and kinds.count("success") >= 1
    for metric in metrics:
        date.fromisoformat(metric.fields["date"])
        assert metric.fields["baseline"] and metric.fields["target"] and metric.fields["owner"]
    assert len(problem.cards_in_column("metrics", "non_goals")) >= 2
    roles = _roles(problem)
    for action in problem.ordered_actions():
        assert roles[action.owner] != roles[action.co_owner], "a pair from two sides"
        assert action.done_when


# ----- trade-off matrix ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def trade(story: dict[str, Session]) -> Session:
    return story["tradeoff"]


def test_the_framing_corrected_the_setup(trade: Session) -> None:
    assert "account managers" in trade.record.setup["informed"]
    assert trade.record.setup["approver"] == "Ruth Adeyemi"


def test_sliders_ranked_by_each_side_then_agreed(trade: Session) -> None:
    for side in ("product", "engineering", ""):
        ranks = trade.scores_by("sliders", side)
        assert sorted(ranks.values()) == [1, 2, 3, 4, 5], side
    product, engineering = (
        trade.scores_by("sliders", "product"),
        trade.scores_by("sliders", "engineering"),
    )
    assert max(abs(product[i] - engineering[i]) for i in product) >= 2


def test_weighted_criteria_and_four_options_with_a_baseline(trade: Session) -> None:
    weights = decision_matrix.weights(trade)
    assert len(weights) == 6 and all(1 <= w <= 5 for w in weights.values())
    options = decision_matrix.options(trade)
    assert len(options) == 4
    assert all(o.fields.get("approach") and o.fields.get("user_need") for o in options)
    datum = decision_matrix.datum(trade)
    assert datum is not None and datum.text == "Status quo"


def test_the_leading_options_are_scoped_within_the_musts_limit(trade: Session) -> None:
    settings = trade.method.phase("scope").settings
    scoped = 0
    for option in decision_matrix.options(trade):
        features = scope.features(trade, "scope", option.id, scope.scheme_of(settings))
        if not features:
            continue
        scoped += 1
        assert all(f.label and f.effort for f in features)
        shares = scope.effort_shares(features)
        assert scope.must_warning(shares, scope.must_share_max(settings)) == ""
    assert scoped == 2


def test_both_sides_scored_every_cell_and_disagreed_somewhere(trade: Session) -> None:
    cells = len(decision_matrix.options(trade)) * len(decision_matrix.criteria(trade))
    product = decision_matrix.side_scores(trade, "product")
    engineering = decision_matrix.side_scores(trade, "engineering")
    assert len(product) == len(engineering) == cells
    assert max(abs(v - engineering[c]) for c, v in product.items()) >= 2


def test_the_risk_check_sizes_two_risks_of_each_leading_option(trade: Session) -> None:
    matrix = decision_matrix.matrix(trade)
    leading = [s.option for s in ranking(matrix)[:2]]
    for option_id in leading:
        risks = option_risks.risks_of(trade, "risks", option_id)
        assert len(risks) == 2 and all(r.score for r in risks)


def test_the_decision_record_is_complete(trade: Session) -> None:
    chosen = decision_record.chosen(trade, "decide")
    assert chosen is not None and chosen.id == winner(decision_matrix.matrix(trade))
    panel = trade.method.phase("decide").panel("decision")
    assert panel is not None
    assert all(trade.field("decide", f.id) for f in panel.fields)
    assert trade.field("decide", "title").startswith("We will")
    assert all(trade.field(o.id, "why_not") for o in decision_record.rejected(trade, "decide"))
    consent = trade.poll("consent")
    assert sum(consent.values()) == len(trade.participants) and min(consent) >= 3
    assert 3 <= len(trade.actions) <= 5


# ----- joint retrospective ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def retro(story: dict[str, Session]) -> Session:
    return story["retro"]


@pytest.mark.parametrize("poll_id", ["checkin", "roti"])
def test_polls_are_counted_by_side_and_match_the_room(retro: Session, poll_id: str) -> None:
    roles = [p.role.value for p in retro.ordered_participants()]
    sides = retro.poll_sides(poll_id)
    assert "" not in sides and {"product", "engineering"} <= set(sides)
    for side in sides:
        assert sum(retro.poll(poll_id, side).values()) == roles.count(side)


def test_every_open_action_and_linked_risk_was_reviewed(
    retro: Session, story: dict[str, Session]
) -> None:
    earlier = {s.id: s for m, s in story.items() if m != "retro"}
    reviewed = retro.ordered_reviews("action")
    agreed = [a for s in earlier.values() for a in s.ordered_actions()]
    assert {r.item_id for r in reviewed} == {a.id for a in agreed}
    assert {r.status for r in reviewed} == {"done", "partly", "not_done"}
    assert all(r.trend for r in reviewed)
    # The status is written back onto the action, in the session that agreed it.
    status = {r.item_id: r.status for r in reviewed}
    assert all(a.status == status[a.id] for a in agreed)
    risks = retro.ordered_reviews("risk")
    assert {r.item_id for r in risks} == set(story["premortem"].risks)
    assert all(r.status and r.note for r in risks)


def test_timeline_and_the_three_questions(retro: Session) -> None:
    assert "19 → 9" in retro.field("timeline", "actuals")
    moments = retro.cards_in("timeline")
    assert len(moments) >= 5 and all(c.fields.get("when") for c in moments)
    cards = retro.cards_in("questions")
    assert {c.column for c in cards} == {"right", "well", "together"}
    assert len({c.role for c in cards}) == 4
    assert all(c.theme_id in retro.themes for c in cards), "every card is in a theme"


def test_the_retro_vote_dig_and_decide_obey_the_method(retro: Session) -> None:
    rules = retro.dot_rules(retro.method.phase("vote"))
    assert (rules.dots_per_person, rules.max_per_item) == (5, 3)
    _spent(retro, "vote")
    dig = retro.method.phase("dig")
    chain = dig.panel("chain")
    assert chain is not None
    dug = top_themes(retro, chain)
    assert len(dug) == 3
    for theme in dug:
        assert 3 <= len(whys(retro, dig, theme.id)) <= 5
        assert retro.label(theme.id, "seam") and retro.field(theme.id, "notes")
    classify = retro.method.phase("decide").panel("classify")
    assert classify is not None
    assert all(retro.label(t.id, "circle") for t in top_themes(retro, classify))


def test_at_most_three_actions_each_with_a_product_and_an_engineering_owner(
    retro: Session,
) -> None:
    roles = _roles(retro)
    actions = retro.ordered_actions()
    assert 1 <= len(actions) <= 3
    for action in actions:
        assert {roles[action.owner], roles[action.co_owner]} == {P, E}
        assert action.theme_id in retro.themes and action.done_when
        date.fromisoformat(action.due)
    assert {c.column for c in retro.cards_in("roti")} == {"plus", "delta"}
