"""Methods as data: a method's phases, prompts and input kinds, validated from a TOML mapping."""

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitation.errors import MethodError
from facilitation.scoring import Banding

# The building blocks of METHODS.md §0 that the engine knows how to run.
INPUT_KINDS = frozenset(
    {
        "info",
        "text_fields",
        "free_cards",
        "column_cards",
        "readout",
        "cluster",
        "dot_vote",
        "rating_poll",
        "score_matrix",
        "plot_2x2",
        "ranked_list",
        "classify",
        "chain",
        "allocation",
        "options",
        "decision",
        "action_items",
        "risk_response",
        "review",
    }
)
SETUP_FIELD_KINDS = frozenset({"line", "text", "date"})
FIELD_KINDS = frozenset({"line", "text", "date", "number", "choice"})
# What an earlier, linked session can hand to a setup field (see outcomes.py).
OUTCOMES = frozenset({"problem_statement", "success_metric", "top_risks", "decision"})


@dataclass(frozen=True)
class SetupField:
    id: str
    label: str
    kind: str
    required: bool
    help: str
    prefill: str = ""  # an outcome of a linked earlier session that fills this field when empty


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    hint: str = ""


@dataclass(frozen=True)
class FieldSpec:
    """A named field of a text_fields panel or of a record (an option card, a draft, a metric)."""

    id: str
    label: str
    kind: str = "line"  # line | text | date | number | choice
    help: str = ""
    choices: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class ColumnPreset:
    """A named set of columns a column_cards panel can switch to (Start/Stop/Continue, 4Ls…)."""

    id: str
    name: str
    columns: tuple[Choice, ...]


@dataclass(frozen=True)
class Scheme:
    """A fixed label set for classify: MoSCoW, seams, circles, desirable/viable/feasible…"""

    id: str
    name: str
    values: tuple[Choice, ...]

    def value(self, value_id: str) -> Choice | None:
        return next((v for v in self.values if v.id == value_id), None)


@dataclass(frozen=True)
class Panel:
    """One input of a phase. Most phases have one; a few pair two (a poll with comment cards)."""

    kind: str
    settings: Mapping[str, Any]
    fields: tuple[FieldSpec, ...] = ()
    presets: tuple[ColumnPreset, ...] = ()
    column: str = ""  # the cards of the phase this panel holds, when two panels hold cards

    @property
    def columns(self) -> tuple[Choice, ...]:
        """The default columns; a session may switch to another preset."""
        return self.presets[0].columns if self.presets else ()

    def preset(self, preset_id: str) -> ColumnPreset | None:
        return next((p for p in self.presets if p.id == preset_id), None)

    def field(self, field_id: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass(frozen=True)
class Lens:
    """A hint category shown while writing; cards may carry one."""

    id: str
    name: str
    hint: str


@dataclass(frozen=True)
class Phase:
    id: str
    name: str
    purpose: str
    timebox_min: float
    prompt: str
    notes: str
    input_kind: str
    settings: Mapping[str, Any]
    handout: tuple[str, ...]
    optional: bool = False
    silent: bool = False
    panels: tuple[Panel, ...] = ()

    def panel(self, kind: str) -> Panel | None:
        return next((p for p in self.panels if p.kind == kind), None)


@dataclass(frozen=True)
class Method:
    id: str
    name: str
    summary: str
    when_to_use: str
    participants: str
    default_total_min: int
    setup_fields: tuple[SetupField, ...]
    phases: tuple[Phase, ...]
    lenses: tuple[Lens, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)
    schemes: Mapping[str, Scheme] = field(default_factory=dict)
    outcomes: Mapping[str, str] = field(default_factory=dict)

    def scheme(self, scheme_id: str) -> Scheme:
        return self.schemes[scheme_id]

    @property
    def has_parking_lot(self) -> bool:
        return bool(self.settings.get("parking_lot", False))

    def find_phase(self, phase_id: str) -> Phase | None:
        """The phase, or None when a session stored by an older method names one since removed."""
        return next((phase for phase in self.phases if phase.id == phase_id), None)

    def phase(self, phase_id: str) -> Phase:
        found = self.find_phase(phase_id)
        if found is None:
            raise KeyError(phase_id)
        return found

    def find_panel(self, phase_id: str, kind: str) -> Panel | None:
        """The phase's panel of `kind`; None when the method has no such phase or panel."""
        phase = self.find_phase(phase_id)
        return phase.panel(kind) if phase else None

    def all_panels(self) -> Iterator[tuple[Phase, Panel]]:
        """Every panel of every phase, first or paired, in phase order."""
        return ((phase, panel) for phase in self.phases for panel in phase.panels)

    def panels_of_kind(self, kind: str) -> tuple[Panel, ...]:
        return tuple(panel for _, panel in self.all_panels() if panel.kind == kind)

    def poll_panel(self, poll_id: str) -> Panel | None:
        """The panel that counts poll `poll_id`."""
        return next((p for _, p in self.all_panels() if p.settings.get("poll") == poll_id), None)

    def poll_scale(self, poll_id: str) -> range | None:
        """The values poll `poll_id` takes, as its phase declares them (scale_min..scale_max)."""
        panel = self.poll_panel(poll_id)
        if panel is None or "scale_min" not in panel.settings:
            return None
        return range(int(panel.settings["scale_min"]), int(panel.settings["scale_max"]) + 1)

    def first_panel(self, kind: str, mode: str | None = None) -> tuple[Phase, Panel] | None:
        """The first phase with a panel of `kind` (and `mode`), and that panel; None when none.

        Readers find where a method keeps something this way, so a renamed phase still reads.
        """
        return next(
            (
                (phase, panel)
                for phase, panel in self.all_panels()
                if panel.kind == kind and (mode is None or panel.settings.get("mode") == mode)
            ),
            None,
        )

    def phases_of_kind(self, kind: str) -> tuple[Phase, ...]:
        """Phases with a panel of `kind`, first or paired."""
        return tuple(p for p in self.phases if p.panel(kind) is not None)

    @property
    def planned_total_min(self) -> float:
        return sum(p.timebox_min for p in self.phases)


class _Reader:
    """Reads typed fields from a mapping, raising errors that name the file and the field."""

    def __init__(self, source: str, data: Mapping[str, Any], where: str = "") -> None:
        self.source = source
        self.data = data
        self.where = where

    def fail(self, key: str, problem: str) -> MethodError:
        path = f"{self.where}.{key}" if self.where else key
        return MethodError(f"{self.source}: {path}: {problem}")

    def child(self, key: str, value: Any) -> "_Reader":
        if not isinstance(value, Mapping):
            raise self.fail(key, "must be a table")
        path = f"{self.where}.{key}" if self.where else key
        return _Reader(self.source, value, path)

    def text(self, key: str, *, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, "is missing")
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self.fail(key, "must be a non-empty string")
        return value.strip()

    def number(self, key: str, *, default: float | None = None, minimum: float = 0) -> float:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, "is missing")
        if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
            raise self.fail(key, f"must be a number of at least {minimum:g}")
        return float(value)

    def integer(self, key: str, *, minimum: int, maximum: int | None = None) -> int:
        value = self.data.get(key)
        if value is None:
            raise self.fail(key, "is missing")
        too_high = maximum is not None and isinstance(value, int) and value > maximum
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum or too_high:
            bounds = f"of at least {minimum}" if maximum is None else f"from {minimum} to {maximum}"
            raise self.fail(key, f"must be a whole number {bounds}")
        return value

    def flag(self, key: str, *, default: bool = False) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "must be a list of strings")
        return tuple(value)

    def tables(self, key: str, *, required: bool = True) -> list["_Reader"]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or (required and not value):
            raise self.fail(key, "must be a non-empty array of tables")
        return [self.child(f"{key}[{i}]", item) for i, item in enumerate(value)]


def parse_method(text: str, source: str) -> Method:
    """Parse and validate a method's TOML text; `source` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MethodError(f"{source}: not valid TOML ({error})") from error
    return method_from_mapping(data, source)


def method_from_mapping(data: Mapping[str, Any], source: str) -> Method:
    top = _Reader(source, data)
    setup_fields = tuple(_setup_field(r) for r in top.tables("setup_fields", required=False))
    lenses = tuple(
        Lens(r.text("id"), r.text("name"), r.text("hint"))
        for r in top.tables("lenses", required=False)
    )
    schemes = {s.id: s for s in (_scheme(r) for r in top.tables("schemes", required=False))}
    phases = tuple(_phase(r) for r in top.tables("phases"))
    _unique(top, "phases", [p.id for p in phases])
    _unique(top, "setup_fields", [f.id for f in setup_fields])
    settings = _settings(top.child("settings", data.get("settings", {})))
    _check_schemes(top, phases, schemes)
    outcomes = top.child("outcomes", data.get("outcomes", {}))
    for name in outcomes.data:
        if name not in OUTCOMES:
            raise outcomes.fail(name, f"must be one of {', '.join(sorted(OUTCOMES))}")
        outcomes.text(name)
    return Method(
        id=top.text("id"),
        name=top.text("name"),
        summary=top.text("summary"),
        when_to_use=top.text("when_to_use"),
        participants=top.text("participants"),
        default_total_min=int(top.number("default_total_min", minimum=5)),
        setup_fields=setup_fields,
        phases=phases,
        lenses=lenses,
        settings=settings,
        schemes=schemes,
        outcomes={k: str(v) for k, v in outcomes.data.items()},
    )


def _settings(r: _Reader) -> dict[str, Any]:
    """Method-wide settings the engine reads, checked now rather than when a screen needs them."""
    for key in ("risk_low_max", "risk_medium_max"):
        if key in r.data:
            r.integer(key, minimum=1, maximum=25)
    banding = Banding.from_settings(r.data)
    if banding.medium_max < banding.low_max:
        raise r.fail("risk_medium_max", f"must be at least risk_low_max ({banding.low_max})")
    if "verdicts" in r.data:
        r.strings("verdicts")
    return dict(r.data)


def _setup_field(r: _Reader) -> SetupField:
    kind = r.text("kind", default="line")
    if kind not in SETUP_FIELD_KINDS:
        raise r.fail("kind", f"must be one of {', '.join(sorted(SETUP_FIELD_KINDS))}")
    prefill = r.text("prefill", default="")
    if prefill and prefill not in OUTCOMES:
        raise r.fail("prefill", f"must be one of {', '.join(sorted(OUTCOMES))}")
    return SetupField(
        id=r.text("id"),
        label=r.text("label"),
        kind=kind,
        required=r.flag("required"),
        help=r.text("help", default=""),
        prefill=prefill,
    )


def _choices(r: _Reader, key: str) -> tuple[Choice, ...]:
    choices = tuple(
        Choice(c.text("id"), c.text("name"), c.text("hint", default="")) for c in r.tables(key)
    )
    _unique(r, key, [c.id for c in choices])
    return choices


def _scheme(r: _Reader) -> Scheme:
    return Scheme(r.text("id"), r.text("name"), _choices(r, "values"))


def _field_spec(r: _Reader) -> FieldSpec:
    kind = r.text("kind", default="line")
    if kind not in FIELD_KINDS:
        raise r.fail("kind", f"must be one of {', '.join(sorted(FIELD_KINDS))}")
    choices = _choices(r, "choices") if kind == "choice" else ()
    return FieldSpec(r.text("id"), r.text("label"), kind, r.text("help", default=""), choices)


def _panel(r: _Reader) -> Panel:
    kind = r.text("kind")
    if kind not in INPUT_KINDS:
        raise r.fail("kind", f"'{kind}' is not an input kind Seam knows")
    structured = ("kind", "fields", "columns", "presets", "column")
    settings = {k: v for k, v in r.data.items() if k not in structured}
    # Settings the engine computes with: a typo here must fail on load, not mid-session.
    for key in ("dots_per_person", "max_per_item", "top", "max_depth", "max_count", "share"):
        if key in settings:
            r.integer(key, minimum=1)
    if "scale_min" in settings or "scale_max" in settings:
        low = r.integer("scale_min", minimum=0)
        r.integer("scale_max", minimum=low + 1)
    fields = tuple(_field_spec(f) for f in r.tables("fields", required=False))
    _unique(r, "fields", [f.id for f in fields])
    presets: list[ColumnPreset] = []
    if "columns" in r.data:
        name = r.text("columns_name", default="Default")
        presets.append(ColumnPreset("default", name or "Default", _choices(r, "columns")))
    for p in r.tables("presets", required=False):
        presets.append(ColumnPreset(p.text("id"), p.text("name"), _choices(p, "columns")))
    _unique(r, "presets", [p.id for p in presets])
    return Panel(kind, settings, fields, tuple(presets), r.text("column", default=""))


def _check_schemes(r: _Reader, phases: tuple[Phase, ...], schemes: Mapping[str, Scheme]) -> None:
    """Every scheme a panel names exists, so a classify board never meets an unknown set."""
    for phase in phases:
        for panel in phase.panels:
            for key in ("scheme", "tag_scheme"):
                name = panel.settings.get(key)
                if name is not None and name not in schemes:
                    raise r.fail(f"phases.{phase.id}.{key}", f"names no scheme '{name}'")


def _phase(r: _Reader) -> Phase:
    first = _panel(r.child("input", r.data.get("input")))
    more = [_panel(t) for t in r.tables("also", required=False)]
    panels = (first, *more)
    return Phase(
        id=r.text("id"),
        name=r.text("name"),
        purpose=r.text("purpose"),
        timebox_min=r.number("timebox_min", minimum=1),
        prompt=r.text("prompt"),
        notes=r.text("notes", default=""),
        input_kind=first.kind,
        settings=first.settings,
        handout=r.strings("handout"),
        optional=r.flag("optional"),
        silent=r.flag("silent"),
        panels=panels,
    )


def _unique(r: _Reader, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise r.fail(key, f"id '{ident}' appears twice")
        seen.add(ident)
