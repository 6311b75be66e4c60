"""Every demo session leaves by `export`: JSON that validates, with results that equal the domain's
own arithmetic, and a PDF handout for each method that has one."""

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.demo import DemoStory
from facilitation import decision_matrix, outcomes, scope, targets, tradeoff
from facilitation.scoring import risk_score
from facilitation.session import Session
from tests.cli.conftest import Seam

STORY = ("problem", "premortem", "tradeoff", "retro")


def _session_id(story_db: tuple[Path, DemoStory], method_id: str) -> str:
    return str(getattr(story_db[1], method_id))


def _exported(seam: Seam, story_db: tuple[Path, DemoStory], method_id: str) -> Any:
    """The session of `method_id` as `export --json -` prints it."""
    path, _ = story_db
    session_id = _session_id(story_db, method_id)
    result = seam("export", "--db", path, "--session", session_id, "--json", "-")
    assert result.code == 0 and result.err == "", result.err
    return json.loads(result.out)


@pytest.mark.parametrize("method_id", STORY)
def test_every_demo_session_exports_json_that_validates(
    seam: Seam,
    story_db: tuple[Path, DemoStory],
    story: dict[str, Session],
    validator: Draft202012Validator,
    method_id: str,
) -> None:
    data = _exported(seam, story_db, method_id)
    validator.validate(data)
    session = story[method_id]
    assert data["method"]["id"] == method_id
    assert data["session"]["team"] == "Billing"
    assert [link["earlier_id"] for link in data["links"]] == [
        link.earlier_id for link in session.ordered_links()
    ]
    assert len(data["cards"]) == len(session.cards)
    assert len(data["scores"]) == len(session.scores)
    assert len(data["labels"]) == len(session.labels)
    assert len(data["field_values"]) == len(session.field_values)
    assert len(data["reviews"]) == len(session.reviews)
    assert set(data["results"]) == ({method_id} - {"premortem"})


@pytest.mark.parametrize("method_id", STORY)
def test_every_demo_session_prints_a_handout(
    seam: Seam, story_db: tuple[Path, DemoStory], tmp_path: Path, method_id: str
) -> None:
    # The retro, problem and trade-off handouts are written alongside this; until a method's
    # module exists there is nothing to print for it.
    if importlib.util.find_spec(f"app.handout.{method_id}") is None:
        pytest.skip(f"app/handout/{method_id}.py does not exist yet")
    path, _ = story_db
    out = tmp_path / f"{method_id}.pdf"
    session_id = _session_id(story_db, method_id)
    result = seam("export", "--db", path, "--session", session_id, "--pdf", out)
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")


# ----- the numbers a reader gets are the domain's ------------------------------------------------


def test_trade_off_results_equal_the_scoring_functions(
    seam: Seam, story_db: tuple[Path, DemoStory], story: dict[str, Session]
) -> None:
    session = story["tradeoff"]
    results = _exported(seam, story_db, "tradeoff")["results"]["tradeoff"]
    matrix = decision_matrix.matrix(session)
    assert results["max_total"] == tradeoff.max_total(matrix)
    assert [(s["option_id"], s["total"], s["rank"]) for s in results["standings"]] == [
        (s.option, s.total, s.rank) for s in tradeoff.ranking(matrix)
    ]
    assert [s["percent_of_max"] for s in results["standings"]] == [
        round(s.percent, 2) for s in tradeoff.ranking(matrix)
    ]
    assert results["winner"] == tradeoff.winner(matrix) == results["chosen_option_id"]
    datum = decision_matrix.datum(session)
    assert datum is not None and results["pugh"]["datum"] == datum.id
    assert {
        p["option_id"]: (p["plus"], p["same"], p["minus"], p["net"])
        for p in results["pugh"]["options"]
    } == {o: (t.plus, t.same, t.minus, t.net) for o, t in tradeoff.pugh(matrix, datum.id).items()}
    change = tradeoff.sensitivity(matrix)
    assert change is not None
    assert results["sensitivity"] == {
        "criterion_id": change.criterion,
        "from_weight": change.from_weight,
        "to_weight": change.to_weight,
        "new_winner": change.new_winner,
        "size": change.size,
        "fragile": change.fragile,
    }
    product = session.scores_by("sliders", "product")
    engineering = session.scores_by("sliders", "engineering")
    assert {s["item_id"]: s["gap"] for s in results["sliders"]} == tradeoff.rank_gaps(
        product, engineering
    )
    for entry in results["scope"]:
        features = scope.features(session, "scope", entry["option_id"], "moscow")
        expected = scope.effort_shares(features)
        assert entry["shares"] == {k: round(v, 2) for k, v in expected.items()}


def test_trade_off_results_can_be_recomputed_from_the_json_alone(
    seam: Seam, story_db: tuple[Path, DemoStory]
) -> None:
    data = _exported(seam, story_db, "tradeoff")
    results = data["results"]["tradeoff"]
    weights = {c["id"]: c["weight"] for c in results["criteria"]}
    # The cells' scores are the mean of the sides' raw scores, as exported in `scores`.
    raw: dict[tuple[str, str], list[int]] = {}
    for score in data["scores"]:
        if score["side"] and score["criterion"] in weights:
            raw.setdefault((score["item_id"], score["criterion"]), []).append(score["value"])
    for cell in results["cells"]:
        values = raw[(cell["option_id"], cell["criterion_id"])]
        assert cell["score"] == sum(values) / len(values)
        assert cell["gap"] == abs(cell["product"] - cell["engineering"])
    for standing in results["standings"]:
        total = sum(
            weights[c["criterion_id"]] * c["score"]
            for c in results["cells"]
            if c["option_id"] == standing["option_id"]
        )
        assert standing["total"] == total
        assert standing["percent_of_max"] == round(100 * total / results["max_total"], 2)
    assert results["max_total"] == 5 * sum(weights.values())
    assert results["winner"] == results["standings"][0]["option_id"]


def test_problem_results_equal_the_outcome_and_target_readers(
    seam: Seam, story_db: tuple[Path, DemoStory], story: dict[str, Session]
) -> None:
    session = story["problem"]
    results = _exported(seam, story_db, "problem")["results"]["problem"]
    assert results["statement"] == outcomes.statement(session, "converge")
    assert results["success_metric"] == outcomes.first_metric(session, "metrics")
    phase = session.method.phase("rootcause")
    top = targets.top_card(session, phase)
    assert top is not None and top.column == "what"
    assert results["top_card"] == {
        "card_id": top.id,
        "text": top.text,
        "dots": session.tally(top.id),
        "whys": [c.id for c in targets.whys(session, phase, top.id)],
    }


def test_retro_results_name_the_top_themes_with_their_labels(
    seam: Seam, story_db: tuple[Path, DemoStory], story: dict[str, Session]
) -> None:
    session = story["retro"]
    themes = _exported(seam, story_db, "retro")["results"]["retro"]["top_themes"]
    assert [(t["theme_id"], t["votes"]) for t in themes] == [
        (t.id, session.tally(t.id)) for t in session.top_themes(5)
    ]
    assert [t["seam"] for t in themes[:3]] == [
        session.label(t.id, "seam") for t in session.top_themes(3)
    ]
    assert all(t["circle"] for t in themes)


def test_premortem_risk_scores_and_bands_equal_the_scoring(
    seam: Seam, story_db: tuple[Path, DemoStory], story: dict[str, Session]
) -> None:
    banding = story["premortem"].banding()
    for risk in _exported(seam, story_db, "premortem")["risks"]:
        if risk["likelihood"] is None:
            continue
        assert risk["score"] == risk_score(risk["likelihood"], risk["impact"])
        assert risk["band"] == banding.band(risk["score"]).value


def test_polls_by_side_add_up_to_the_room(seam: Seam, story_db: tuple[Path, DemoStory]) -> None:
    data = _exported(seam, story_db, "retro")
    assert set(data["polls_by_side"]) == {"checkin", "roti"}
    for poll_id, sides in data["polls_by_side"].items():
        summed: dict[str, int] = {}
        for counts in sides.values():
            for value, n in counts.items():
                summed[value] = summed.get(value, 0) + n
        assert summed == data["polls"][poll_id]


def test_the_retros_reviews_and_the_statuses_written_back(
    seam: Seam, story_db: tuple[Path, DemoStory]
) -> None:
    retro = _exported(seam, story_db, "retro")
    earlier = [_exported(seam, story_db, m) for m in ("problem", "premortem", "tradeoff")]
    status = {a["id"]: a["status"] for data in earlier for a in data["actions"]}
    reviews = {r["item_id"]: r for r in retro["reviews"] if r["kind"] == "action"}
    assert status == {item: r["status"] for item, r in reviews.items()}
    risks = [r for r in retro["reviews"] if r["kind"] == "risk"]
    assert {r["status"] for r in risks} <= {"happened", "partly", "not_happened"}
    assert all(r["trend"] is None for r in risks)


def test_a_file_in_the_first_published_shape_still_validates(
    seam: Seam, story_db: tuple[Path, DemoStory], validator: Draft202012Validator
) -> None:
    """Sections and keys added since format_version 1 was published are optional."""
    data = _exported(seam, story_db, "tradeoff")
    for section in ("polls_by_side", "scores", "labels", "field_values", "links", "reviews"):
        del data[section]
    del data["results"], data["session"]["team"]
    for card in data["cards"]:
        del card["column"], card["parent_id"], card["fields"]
    for action in data["actions"]:
        del action["co_owner"], action["status"]
    validator.validate(data)
