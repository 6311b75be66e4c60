"""Methods as data: the shipped pre-mortem loads as METHODS.md §2 describes it, and a broken file
fails on load with one message naming the file and the field."""

from pathlib import Path

import pytest

from app.methods_catalog import load_methods, method
from facilitation.errors import MethodError
from facilitation.method import Method, parse_method
from facilitation.scoring import Banding

# METHODS.md §2, as premortem.toml encodes it: (id, name, input kind, default minutes).
# Phase 4 (scribe marks cards) and phase 8 (ROAM + mitigation actions) are the two composite kinds
# `readout` and `risk_response`; phase 1's confirm-the-plan fields are shown by `info`.
PREMORTEM_PHASES = [
    ("stage", "Set the stage", "info", 5),
    ("fiasco", "Declare the fiasco", "info", 2),
    ("reasons", "Silent failure history", "free_cards", 7),
    ("readout", "Round-robin read-out", "readout", 12),
    ("cluster", "Cluster into failure themes", "cluster", 8),
    ("vote", "Pick the biggest threats", "dot_vote", 5),
    ("size", "Size the top threats", "score_matrix", 8),
    ("respond", "Respond to each risk", "risk_response", 12),
    ("success", "Success mirror", "free_cards", 5),
    ("verdict", "Plan verdict and confidence", "decision", 4),
]


def test_premortem_has_the_ten_phases_in_order(premortem: Method) -> None:
    assert [(p.id, p.name, p.input_kind, p.timebox_min) for p in premortem.phases] == (
        PREMORTEM_PHASES
    )
    assert premortem.planned_total_min == 68
    assert premortem.default_total_min == 60


def test_premortem_flags_defaults_and_scales(premortem: Method) -> None:
    assert [p.id for p in premortem.phases if p.optional] == ["success"]
    assert [p.id for p in premortem.phases if p.silent] == ["reasons"]
    vote = premortem.phase("vote")
    assert (vote.settings["dots_per_person"], vote.settings["max_per_item"]) == (3, 2)
    verdict = premortem.phase("verdict")
    assert verdict.settings == {"poll": "confidence", "scale_min": 0, "scale_max": 5}
    assert premortem.settings["verdicts"] == ["Go", "Go with conditions", "Rework"]
    assert Banding.from_settings(premortem.settings) == Banding(8, 15)
    assert [f.id for f in premortem.setup_fields] == [
        "plan_summary",
        "success_metric",
        "horizon_date",
        "failure_definition",
    ]
    assert all(f.required for f in premortem.setup_fields)
    assert [lens.id for lens in premortem.lenses] == [
        "problem",
        "handoff",
        "technical",
        "delivery",
        "collaboration",
        "operational",
        "external",
    ]
    assert premortem.phases_of_kind("free_cards") == (
        premortem.phase("reasons"),
        premortem.phase("success"),
    )


def test_unknown_phase_and_method_ids(premortem: Method) -> None:
    with pytest.raises(KeyError):
        premortem.phase("nope")
    with pytest.raises(KeyError, match="Seam does not know the method 'retro-2000'"):
        method("retro-2000")


VALID = """
id = "tiny"
name = "Tiny"
summary = "A method small enough to read."
when_to_use = "In tests."
participants = "2-3"
default_total_min = 30

[settings]
verdicts = ["Go", "Stop"]
risk_low_max = 8
risk_medium_max = 15

[[setup_fields]]
id = "plan"
label = "Plan"
required = true

[[phases]]
id = "one"
name = "One"
purpose = "Start."
timebox_min = 5
prompt = "Do one thing."
[phases.input]
kind = "info"

[[phases]]
id = "two"
name = "Two"
purpose = "Write."
timebox_min = 10
prompt = "Write cards."
[phases.input]
kind = "free_cards"

[[phases]]
id = "three"
name = "Three"
purpose = "Vote."
timebox_min = 4
prompt = "Place your dots."
handout = ["votes"]
optional = false
[phases.input]
kind = "dot_vote"
dots_per_person = 3
max_per_item = 2
"""


def test_the_minimal_method_is_valid() -> None:
    tiny = parse_method(VALID, "tiny.toml")
    assert [p.id for p in tiny.phases] == ["one", "two", "three"]
    assert tiny.phases[2].settings == {"dots_per_person": 3, "max_per_item": 2}
    assert tiny.phases[2].handout == ("votes",)
    assert tiny.setup_fields[0].kind == "line"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'name = "Three"\n',
            "",
            "tiny.toml: phases[2].name: is missing",
        ),
        (
            'name = "Three"',
            "name = 3",
            "tiny.toml: phases[2].name: must be a non-empty string",
        ),
        (
            'name = "Three"',
            'name = "   "',
            "tiny.toml: phases[2].name: must be a non-empty string",
        ),
        (
            'kind = "dot_vote"',
            'kind = "dot_votes"',
            "tiny.toml: phases[2].input.kind: 'dot_votes' is not an input kind Seam knows",
        ),
        (
            "timebox_min = 4",
            "timebox_min = -3",
            "tiny.toml: phases[2].timebox_min: must be a number of at least 1",
        ),
        (
            "timebox_min = 4",
            'timebox_min = "4"',
            "tiny.toml: phases[2].timebox_min: must be a number of at least 1",
        ),
        (
            "timebox_min = 4",
            "timebox_min = true",
            "tiny.toml: phases[2].timebox_min: must be a number of at least 1",
        ),
        (
            'id = "three"',
            'id = "one"',
            "tiny.toml: phases: id 'one' appears twice",
        ),
        (
            "optional = false",
            'optional = "no"',
            "tiny.toml: phases[2].optional: must be true or false",
        ),
        (
            'handout = ["votes"]',
            'handout = "votes"',
            "tiny.toml: phases[2].handout: must be a list of strings",
        ),
        (
            '[phases.input]\nkind = "dot_vote"\n',
            "",
            "tiny.toml: phases[2].input: must be a table",
        ),
        (
            "dots_per_person = 3",
            'dots_per_person = "three"',
            "tiny.toml: phases[2].input.dots_per_person: must be a whole number of at least 1",
        ),
        (
            "max_per_item = 2",
            "max_per_item = 0",
            "tiny.toml: phases[2].input.max_per_item: must be a whole number of at least 1",
        ),
        (
            "default_total_min = 30",
            'default_total_min = "thirty"',
            "tiny.toml: default_total_min: must be a number of at least 5",
        ),
        (
            'summary = "A method small enough to read."\n',
            "",
            "tiny.toml: summary: is missing",
        ),
        (
            "required = true",
            'required = true\nkind = "number"',
            "tiny.toml: setup_fields[0].kind: must be one of date, line, text",
        ),
        (
            "required = true",
            'required = "yes"',
            "tiny.toml: setup_fields[0].required: must be true or false",
        ),
        (
            'verdicts = ["Go", "Stop"]',
            'verdicts = "Go"',
            "tiny.toml: settings.verdicts: must be a list of strings",
        ),
        (
            "risk_low_max = 8",
            "risk_low_max = 8.5",
            "tiny.toml: settings.risk_low_max: must be a whole number from 1 to 25",
        ),
        (
            "risk_medium_max = 15",
            "risk_medium_max = 5",
            "tiny.toml: settings.risk_medium_max: must be at least risk_low_max (8)",
        ),
    ],
)
def test_invalid_field_names_file_and_path(old: str, new: str, message: str) -> None:
    assert VALID.count(old) == 1, "the test edits exactly one place"
    with pytest.raises(MethodError) as caught:
        parse_method(VALID.replace(old, new), "tiny.toml")
    assert str(caught.value) == message


def test_settings_and_phases_must_be_tables() -> None:
    with pytest.raises(MethodError, match=r"^tiny\.toml: settings: must be a table$"):
        parse_method(VALID.replace("[settings]", "settings = 3\n[ignored]"), "tiny.toml")
    no_phases = VALID.split("[[phases]]")[0]
    with pytest.raises(MethodError, match=r"^tiny\.toml: phases: must be a non-empty array"):
        parse_method(no_phases, "tiny.toml")


def test_invalid_toml_names_the_file() -> None:
    with pytest.raises(MethodError) as caught:
        parse_method(VALID.replace('id = "tiny"', 'id = "tiny'), "tiny.toml")
    assert str(caught.value).startswith("tiny.toml: not valid TOML (")


def test_load_methods_reads_a_folder_and_names_the_broken_file(tmp_path: Path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "b-tiny.toml").write_text(VALID, encoding="utf-8")
    (good / "a-other.toml").write_text(VALID.replace('id = "tiny"', 'id = "other"'), "utf-8")
    (good / "notes.txt").write_text("not a method", encoding="utf-8")
    assert list(load_methods(good)) == ["other", "tiny"]

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "tiny.toml").write_text(VALID, encoding="utf-8")
    (broken / "zz-broken.toml").write_text(VALID.replace("timebox_min = 4", "timebox_min = 0"))
    with pytest.raises(MethodError) as caught:
        load_methods(broken)
    assert str(caught.value) == (
        "zz-broken.toml: phases[2].timebox_min: must be a number of at least 1"
    )


def test_the_shipped_folder_loads_in_the_order_sessions_follow_each_other() -> None:
    methods = load_methods()
    assert list(methods) == ["problem", "premortem", "tradeoff", "retro"]
    assert methods["premortem"] is method("premortem")
