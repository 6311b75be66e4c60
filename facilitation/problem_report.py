"""What the problem-definition handout shows, computed from a session: numbers and text, no layout.

The assumption map's quadrants and leaps of faith come from `assumptions.py`, the statement's
checklist from `panel_fields.py`, so board, handout and export always agree.
"""

from dataclasses import dataclass
from datetime import date

from facilitation import assumptions
from facilitation.columns import current_columns
from facilitation.dates import readable
from facilitation.entities import Card
from facilitation.method import Panel, Scheme
from facilitation.outcomes import statement
from facilitation.panel_fields import checklist, is_ticked
from facilitation.parking import PARKING_LOT
from facilitation.record_lines import shown_value
from facilitation.report_readers import (
    ActionItem,
    CardGroup,
    CardLine,
    PhaseTime,
    RatingPoll,
    RoleGroup,
    action_items,
    by_column,
    local_date,
    phase_times,
    rating_poll,
    role_groups,
)
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.targets import top_card, whys

# Phase, poll and field ids of resources/methods/problem.toml that the handout reads.
REFRAME_PHASE, EVIDENCE_PHASE, W4_PHASE = "reframe", "evidence", "w4"
ROOT_PHASE, MAP_PHASE, DRAFTS_PHASE = "rootcause", "assumptions", "drafts"
CONVERGE_PHASE, HMW_PHASE, METRICS_PHASE = "converge", "hmw", "metrics"
CONSENT_POLL = "consent"
REFRAMED_FIELD, JOB_STORY_FIELD = "reframed", "job_story"
GUARDRAIL = "guardrail"


@dataclass(frozen=True)
class Check:
    """One line of the statement's checklist and whether the room ticked it."""

    name: str
    ticked: bool


@dataclass(frozen=True)
class BoardColumn:
    """A W4 column: its name, the question it asks, and its cards (What cards with their dots)."""

    name: str
    hint: str
    cards: tuple[CardLine, ...]


@dataclass(frozen=True)
class WhyChain:
    """The most-voted What card, asked why until a root cause: the last answer."""

    symptom: CardLine | None
    whys: tuple[CardLine, ...]

    @property
    def root_cause(self) -> str:
        return self.whys[-1].text if self.whys else ""


@dataclass(frozen=True)
class Assumption:
    """An assumption on the map: where it sits, its kind, and how a leap of faith is tested."""

    number: int
    text: str
    role: Role
    evidence: int  # 0 while not placed on that axis
    importance: int
    kind: str  # Desirable, Viable, Feasible, or ""
    quadrant: str  # the quadrant's name, or "" while not placed on both axes
    leap_of_faith: bool
    test: str


@dataclass(frozen=True)
class AssumptionMap:
    x_name: str
    x_low: str
    x_high: str
    y_name: str
    y_low: str
    y_high: str
    scale: tuple[int, ...]
    quadrants: tuple[str, str, str, str]  # reading order: top left, top right, bottom left, right
    assumptions: tuple[Assumption, ...]

    @property
    def leaps_of_faith(self) -> tuple[Assumption, ...]:
        return tuple(a for a in self.assumptions if a.leap_of_faith)

    @property
    def placed(self) -> tuple[Assumption, ...]:
        return tuple(a for a in self.assumptions if a.quadrant)


@dataclass(frozen=True)
class Draft:
    text: str
    role: Role
    dots: int
    job_story: str
    top: bool  # the most-voted draft, the one the final statement grew from


@dataclass(frozen=True)
class Metric:
    metric: str
    kind: str  # Success or Guardrail
    baseline: str
    target: str
    by: str  # spelled out when a date
    owner: str
    guardrail: bool


@dataclass(frozen=True)
class ProblemReport:
    title: str  # the initiative
    method_name: str
    date: date
    completed: bool
    participants: tuple[RoleGroup, ...]
    statement: str  # the final problem statement, or "" while none was written
    job_story: str
    checklist: tuple[Check, ...]
    consent: RatingPoll
    original_ask: str
    reframed: str
    evidence_reads: tuple[str, ...]  # the pre-reads listed at setup
    w4: tuple[BoardColumn, ...]
    chain: WhyChain
    map: AssumptionMap
    hmw: tuple[CardLine, ...]  # most dots first when the room voted
    hmw_voted: bool
    metrics: tuple[Metric, ...]
    non_goals: tuple[CardLine, ...]
    parking_lot: tuple[CardLine, ...]
    actions: tuple[ActionItem, ...]
    evidence_cards: tuple[CardGroup, ...]  # what we know, what we are assuming
    drafts: tuple[Draft, ...]  # most dots first
    phase_times: tuple[PhaseTime, ...]


def problem_report(session: Session) -> ProblemReport:
    """Everything the problem-definition handout shows, sorted and counted."""
    setup = session.record.setup
    hmw, voted = _hmw(session)
    return ProblemReport(
        title=setup.get("initiative", "").strip() or session.record.title,
        method_name=session.method.name,
        date=local_date(session),
        completed=session.record.status == "completed",
        participants=role_groups(session),
        statement=statement(session, CONVERGE_PHASE),
        job_story=session.field(CONVERGE_PHASE, JOB_STORY_FIELD),
        checklist=_checklist(session),
        consent=rating_poll(session, CONSENT_POLL),
        original_ask=setup.get("original_ask", ""),
        reframed=session.field(REFRAME_PHASE, REFRAMED_FIELD),
        evidence_reads=tuple(
            line.strip() for line in setup.get("evidence", "").splitlines() if line.strip()
        ),
        w4=_w4(session),
        chain=_chain(session),
        map=_map(session),
        hmw=hmw,
        hmw_voted=voted,
        metrics=_metrics(session),
        non_goals=_lines(_non_goals(session)),
        parking_lot=_lines(
            sorted(
                (c for c in session.cards.values() if PARKING_LOT in (c.phase_id, c.column)),
                key=lambda c: (c.created_at, c.position),
            )
        ),
        actions=action_items(session),
        evidence_cards=by_column(session, EVIDENCE_PHASE, session.cards_in(EVIDENCE_PHASE)),
        drafts=_drafts(session),
        phase_times=phase_times(session),
    )


def _lines(cards: list[Card], dots: dict[str, int] | None = None) -> tuple[CardLine, ...]:
    return tuple(CardLine(c.text, c.role, dots=(dots or {}).get(c.id, 0)) for c in cards)


def _checklist(session: Session) -> tuple[Check, ...]:
    panel = session.method.find_panel(CONVERGE_PHASE, "text_fields")
    items = checklist(panel.settings) if panel else ()
    return tuple(Check(i.name, is_ticked(session, CONVERGE_PHASE, i.id)) for i in items)


def _w4(session: Session) -> tuple[BoardColumn, ...]:
    panel = session.method.find_panel(W4_PHASE, "column_cards")
    if panel is None:
        return ()
    dots = session.tallies_in(ROOT_PHASE)
    return tuple(
        BoardColumn(
            column.name, column.hint, _lines(session.cards_in_column(W4_PHASE, column.id), dots)
        )
        for column in current_columns(session, W4_PHASE, panel)
    )


def _chain(session: Session) -> WhyChain:
    phase = session.method.find_phase(ROOT_PHASE)
    found = top_card(session, phase) if phase else None
    if phase is None or found is None:
        return WhyChain(None, ())
    symptom = CardLine(found.text, found.role, dots=session.tallies_in(ROOT_PHASE)[found.id])
    return WhyChain(symptom, _lines(whys(session, phase, found.id)))


def _map(session: Session) -> AssumptionMap:
    panel = session.method.find_panel(MAP_PHASE, "plot_2x2")
    settings = panel.settings if panel else {}
    x, y = assumptions.axes(settings)
    names = assumptions.quadrant_names(settings)
    scheme = session.method.schemes.get(str(settings.get("tag_scheme", "")))
    points = assumptions.placements(session, panel) if panel else []
    return AssumptionMap(
        x_name=x.name,
        x_low=x.low,
        x_high=x.high,
        y_name=y.name,
        y_low=y.low,
        y_high=y.high,
        scale=tuple(assumptions.scale_of(settings)),
        quadrants=names,
        assumptions=tuple(
            Assumption(
                number=p.number,
                text=p.card.text,
                role=p.card.role,
                evidence=p.x,
                importance=p.y,
                kind=_kind(scheme, p.tag),
                quadrant="" if p.quadrant is None else names[p.quadrant],
                leap_of_faith=p.leap_of_faith,
                test=p.test,
            )
            for p in points
        ),
    )


def _kind(scheme: Scheme | None, tag: str) -> str:
    choice = scheme.value(tag) if scheme else None
    return choice.name if choice else ""


def _hmw(session: Session) -> tuple[tuple[CardLine, ...], bool]:
    cards = session.cards_in(HMW_PHASE)
    dots = session.tallies_in(HMW_PHASE)
    voted = any(dots.get(c.id, 0) for c in cards)
    if voted:
        cards = sorted(cards, key=lambda c: (-dots.get(c.id, 0), c.position))
    return _lines(cards, dots), voted


def _metrics(session: Session) -> tuple[Metric, ...]:
    panel = next(
        (p for p in _metric_phase_panels(session) if p.kind == "text_fields" and p.fields), None
    )
    if panel is None:
        return ()
    specs = {f.id: f for f in panel.fields}

    def shown(card: Card, field_id: str) -> str:
        value = card.fields.get(field_id, "")
        return shown_value(specs[field_id], value) if field_id in specs else value

    return tuple(
        Metric(
            metric=card.fields.get("metric", "") or card.text,
            kind=shown(card, "kind") or "Success",
            baseline=card.fields.get("baseline", ""),
            target=card.fields.get("target", ""),
            by=readable(card.fields.get("date", "")),
            owner=card.fields.get("owner", ""),
            guardrail=card.fields.get("kind", "") == GUARDRAIL,
        )
        for card in session.cards_in_column(METRICS_PHASE, panel.column)
    )


def _metric_phase_panels(session: Session) -> tuple[Panel, ...]:
    phase = session.method.find_phase(METRICS_PHASE)
    return phase.panels if phase else ()


def _non_goals(session: Session) -> list[Card]:
    panel = next((p for p in _metric_phase_panels(session) if p.kind == "free_cards"), None)
    if panel is None:
        return []
    return session.cards_in_column(METRICS_PHASE, panel.column)


def _drafts(session: Session) -> tuple[Draft, ...]:
    phase = session.method.find_phase(CONVERGE_PHASE)
    dots = session.tallies_in(CONVERGE_PHASE)
    top = top_card(session, phase) if phase else None
    cards = sorted(session.cards_in(DRAFTS_PHASE), key=lambda c: (-dots.get(c.id, 0), c.position))
    return tuple(
        Draft(
            c.text,
            c.role,
            dots.get(c.id, 0),
            c.fields.get(JOB_STORY_FIELD, ""),
            top is not None and c.id == top.id,
        )
        for c in cards
    )
