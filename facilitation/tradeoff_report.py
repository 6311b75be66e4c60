"""What the trade-off handout shows, computed from a session: numbers and text, no layout.

Every number comes from `facilitation.tradeoff` over the `Matrix` that `decision_matrix` reads,
and what the boards read through the domain's own readers (`tradeoff_reading` for the
sensitivity sentence and the sides' gaps, `scope` for features and effort shares,
`option_risks` for the leading options, `decision_record` for the choice), so the boards and
the handout can never disagree.

The value/effort 2×2 places each option with an estimate at
- value: its weighted total as a percentage of the maximum (`tradeoff.percent_of_max`);
- effort: the middle of its estimate, (low + high) / 2 weeks, or the one end that was given.
The lines between the quadrants:
- value at the percentage an option scoring the middle of the scale on every criterion gets
  (3 of 1–5, so 60%): "acceptable everywhere" sits on the line and counts as high value. A fixed
  50% would put almost every real option above it, because no option can score below 20%.
- effort at the middle of the plotted options' range, (least + most) / 2 weeks, since weeks have
  no scale of their own: what counts as a big effort depends on the spread the room laid out.
  An option on the line counts as low effort.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from facilitation import decision_matrix, decision_record, option_risks, tradeoff, tradeoff_reading
from facilitation import scope as moscow
from facilitation.dates import readable
from facilitation.method import Panel
from facilitation.record_lines import shown_value
from facilitation.report_readers import (
    ContextField,
    Histogram,
    PhaseTime,
    RoleGroup,
    local_date,
    phase_times,
    poll_histogram,
    role_groups,
)
from facilitation.roles import Role
from facilitation.scoring import Band, Banding
from facilitation.session import Session

HANDOUT_NAME = "Feasibility & trade-offs"
CONSENT_POLL = "consent"
DACI_FIELDS = ("driver", "approver", "contributors", "informed", "deadline")
DECISION_FIELDS = ("title", "rationale", "good", "bad", "debt", "revisit", "status")
# Option fields the handout prints in its own places rather than in an option card's list.
OPTION_HEADLINE = frozenset({"name", "low_weeks", "high_weeks", "confidence"})
WIDEST_GAPS = 3  # cells named in the sensitivity note, where the sides differed most
MIN_NOTED_GAP = 2

QUICK_WINS, MAJOR_PROJECTS = "Quick wins", "Major projects"
FILL_INS, MONEY_PITS = "Fill-ins", "Money pits"


def figure(value: float) -> str:
    """A score or total as printed: whole numbers plain, halves with one decimal (3.5)."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def percent(value: float) -> str:
    return f"{value:.0f}%"


@dataclass(frozen=True)
class CriterionRow:
    id: str
    name: str
    weight: int  # 0 while the room has not weighted it


@dataclass(frozen=True)
class OptionRow:
    id: str
    letter: str  # A, B, C… in board order, to find an option in the charts and tables
    name: str
    estimate: str  # "3–4 weeks, 70% confident", or "" without an estimate
    effort_weeks: float | None  # the middle of the estimate, for the 2×2
    details: tuple[ContextField, ...]  # the card's other fields, in the method's order
    total: float
    percent: float
    rank: int
    quadrant: str  # "" without an estimate to place it by, or before anything is scored
    datum: bool
    chosen: bool
    why_not: str
    pugh: tradeoff.PughTally | None  # None for the datum itself, or without a datum


@dataclass(frozen=True)
class CellRow:
    """One option on one criterion: each side's score (0 = not scored), their mean and gap."""

    option: str
    criterion: str
    product: int
    engineering: int
    agreed: float | None
    gap: int | None  # None unless both sides scored it
    weighted: float | None  # weight × agreed: the cell's part of the option's total


@dataclass(frozen=True)
class SliderRow:
    """A trade-off slider: each side's rank and the agreed one, 1 = most flexible, 0 = unranked."""

    id: str
    name: str
    product: int
    engineering: int
    agreed: int
    gap: int | None


@dataclass(frozen=True)
class Feature:
    text: str
    role: Role
    label: str  # a MoSCoW value id, or "" while unsorted
    label_name: str
    effort: float | None  # None while nobody has estimated it

    @property
    def effort_text(self) -> str:
        """The effort as the scope board shows it, "" while unestimated."""
        return "" if self.effort is None else moscow.format_effort(self.effort)


@dataclass(frozen=True)
class Scope:
    """The chosen option's features sorted by MoSCoW, and each label's share of the effort."""

    option: str  # the option's name
    features: tuple[Feature, ...]  # Must first, Won't and then unsorted last
    shares: dict[str, float]  # label id → % of the planned effort (Must, Should and Could)
    must_max: int  # DSDM's guide: Musts at most this % of the effort

    @property
    def must_share(self) -> float:
        return self.shares.get("must", 0.0)

    @property
    def within_guide(self) -> bool:
        return self.must_share <= self.must_max


@dataclass(frozen=True)
class OptionRisk:
    text: str
    role: Role
    likelihood: int  # 0 while unsized
    impact: int
    score: int
    band: Band | None


@dataclass(frozen=True)
class RiskGroup:
    option: OptionRow
    risks: tuple[OptionRisk, ...]  # highest score first


@dataclass(frozen=True)
class Sensitivity:
    """How robust the winner is: the smallest change to one weight that changes it."""

    change: tradeoff.WeightChange | None
    note: str  # what the smallest change is and what it does
    headline: str = ""  # one line for the decision record; "" when there is no winner

    @property
    def fragile(self) -> bool:
        return self.change is not None and self.change.fragile


@dataclass(frozen=True)
class Decision:
    chosen: str  # the chosen option's id, or ""
    chosen_name: str
    title: str
    rationale: str
    good: str
    bad: str
    debt: str
    revisit: str
    status: str  # as the method names it: Proposed, Accepted, Superseded; "" when not set


@dataclass(frozen=True)
class Daci:
    driver: str
    approver: str
    contributors: str
    informed: str
    deadline: str  # spelled out when it is a date


@dataclass(frozen=True)
class ActionLine:
    what: str
    owner: str
    co_owner: str
    due: str
    done_when: str


@dataclass(frozen=True)
class TradeoffReport:
    title: str  # the decision question
    method_name: str  # the handout's name: "Feasibility & trade-offs"
    date: date
    completed: bool
    participants: tuple[RoleGroup, ...]
    daci: Daci
    context: tuple[ContextField, ...]  # problem statement, success metric, constraints…
    criteria: tuple[CriterionRow, ...]
    options: tuple[OptionRow, ...]  # board order
    cells: dict[tuple[str, str], CellRow]  # (option id, criterion id)
    max_total: float
    scored: bool  # some option has a score on a weighted criterion, so totals mean something
    winner: str  # the option alone at the top of the matrix, or ""
    datum: str  # the Pugh baseline's option id, or ""
    pugh_cells: dict[tuple[str, str], int | None]  # (option, criterion) → +1, 0, −1 vs the datum
    sliders: tuple[SliderRow, ...]  # agreed order, most flexible first
    value_split: float  # the 2×2's lines, see the module's docstring
    effort_split: float
    sensitivity: Sensitivity
    widest_gaps: tuple[CellRow, ...]
    decision: Decision
    scope: Scope | None
    risk_groups: tuple[RiskGroup, ...]
    banding: Banding
    consent: Histogram
    actions: tuple[ActionLine, ...]
    phase_times: tuple[PhaseTime, ...]

    def option(self, option_id: str) -> OptionRow | None:
        return next((o for o in self.options if o.id == option_id), None)

    def criterion(self, criterion_id: str) -> CriterionRow | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    @property
    def ranked(self) -> tuple[OptionRow, ...]:
        """Options best first; tied options in board order."""
        return tuple(sorted(self.options, key=lambda o: o.rank))

    @property
    def rejected(self) -> tuple[OptionRow, ...]:
        """Every option but the chosen one, best first, once an option has been chosen."""
        if not self.decision.chosen:
            return ()
        return tuple(o for o in self.ranked if not o.chosen)


def tradeoff_report(session: Session) -> TradeoffReport:
    """Everything the trade-off handout shows, sorted, counted and scored."""
    record = session.record
    setup = record.setup
    scale = decision_matrix.score_scale(session)
    matrix = decision_matrix.matrix(session)
    datum_card = decision_matrix.datum(session)
    datum = datum_card.id if datum_card and datum_card.id in matrix.options else ""
    decision = _decision(session)
    options = _options(session, matrix, datum, decision.chosen)
    scored = tradeoff.max_total(matrix) > 0 and any(matrix.scores.values())
    value_split = 100 * (scale[0] + scale[-1]) / 2 / scale[-1]
    effort_split = _effort_split(options)
    if scored:
        options = tuple(_placed(o, value_split, effort_split) for o in options)
    cells = cell_rows(session, matrix)
    names = {c.id: c.text for c in decision_matrix.criteria(session)}
    widest = [g for g in tradeoff_reading.widest_gaps(session) if g.gap >= MIN_NOTED_GAP]
    return TradeoffReport(
        title=setup.get("question", "").strip() or record.title,
        method_name=HANDOUT_NAME,
        date=local_date(session),
        completed=record.status == "completed",
        participants=role_groups(session),
        daci=Daci(*(readable(setup.get(f, "")) for f in DACI_FIELDS)),
        context=tuple(
            ContextField(f.label, readable(setup.get(f.id, "")))
            for f in session.method.setup_fields
            if f.id not in (*DACI_FIELDS, "question") and setup.get(f.id, "").strip()
        ),
        criteria=tuple(
            CriterionRow(c, names[c], matrix.weights.get(c, 0)) for c in matrix.criteria
        ),
        options=options,
        cells=cells,
        max_total=tradeoff.max_total(matrix),
        scored=scored,
        winner=tradeoff.winner(matrix) or "",
        datum=datum,
        pugh_cells={
            (o, c): tradeoff.pugh_cell(matrix, o, datum, c)
            for o in matrix.options
            for c in matrix.criteria
            if datum and o != datum
        },
        sliders=_agreed_order(slider_rows(session)),
        value_split=value_split,
        effort_split=effort_split,
        sensitivity=_sensitivity(session, matrix),
        widest_gaps=tuple(cells[(g.option.id, g.criterion.id)] for g in widest[:WIDEST_GAPS]),
        decision=decision,
        scope=_scope(session, options, decision.chosen),
        risk_groups=_risk_groups(session, options),
        banding=session.banding(),
        consent=poll_histogram(session, CONSENT_POLL),
        actions=tuple(
            ActionLine(a.what, a.owner, a.co_owner, a.due, a.done_when)
            for a in session.ordered_actions()
        ),
        phase_times=phase_times(session),
    )


# ----- options and the matrix ----------------------------------------------------------------


def _number(value: str) -> float | None:
    """A number field's value; None when empty, or not a finite number (records lets "inf" by)."""
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _estimate(fields: dict[str, str]) -> tuple[str, float | None]:
    """The estimate as printed, and its middle in weeks."""
    low, high = _number(fields.get("low_weeks", "")), _number(fields.get("high_weeks", ""))
    ends = [v for v in (low, high) if v is not None]
    if not ends:
        return "", None
    if low is not None and high is not None and low != high:
        shown = f"{figure(min(low, high))}–{figure(max(low, high))} weeks"
    else:
        shown = f"{figure(ends[0])} week{'' if ends[0] == 1 else 's'}"
    confidence = _number(fields.get("confidence", ""))
    if confidence is not None:
        shown += f", {figure(confidence)}% confident"
    return shown, sum(ends) / len(ends)


def _details(panel: Panel | None, fields: dict[str, str]) -> tuple[ContextField, ...]:
    if panel is None:
        return ()
    return tuple(
        ContextField(spec.label, shown_value(spec, fields[spec.id]))
        for spec in panel.fields
        if spec.id not in OPTION_HEADLINE and fields.get(spec.id, "").strip()
    )


def _options(
    session: Session, matrix: tradeoff.Matrix, datum: str, chosen: str
) -> tuple[OptionRow, ...]:
    standings = {s.option: s for s in tradeoff.ranking(matrix)}
    tallies = tradeoff.pugh(matrix, datum) if datum else {}
    found = session.method.first_panel("options")
    panel = found[1] if found else None
    rows = []
    for index, card in enumerate(decision_matrix.options(session)):
        standing = standings[card.id]
        estimate, effort = _estimate(card.fields)
        rows.append(
            OptionRow(
                id=card.id,
                letter=_letter(index),
                name=card.text,
                estimate=estimate,
                effort_weeks=effort,
                details=_details(panel, card.fields),
                total=standing.total,
                percent=standing.percent,
                rank=standing.rank,
                quadrant="",
                datum=card.id == datum,
                chosen=card.id == chosen,
                why_not=session.field(card.id, decision_record.WHY_NOT.id),
                pugh=tallies.get(card.id),
            )
        )
    return tuple(rows)


def _letter(index: int) -> str:
    """A, B, … Z, then AA, AB…: a board rarely has more than six options, but never run out."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _effort_split(options: Iterable[OptionRow]) -> float:
    efforts = [o.effort_weeks for o in options if o.effort_weeks is not None]
    return (min(efforts) + max(efforts)) / 2 if efforts else 0.0


def quadrant(value: float, effort: float, value_split: float, effort_split: float) -> str:
    high_value, high_effort = value >= value_split, effort > effort_split
    if high_value:
        return MAJOR_PROJECTS if high_effort else QUICK_WINS
    return MONEY_PITS if high_effort else FILL_INS


def _placed(option: OptionRow, value_split: float, effort_split: float) -> OptionRow:
    if option.effort_weeks is None:
        return option
    name = quadrant(option.percent, option.effort_weeks, value_split, effort_split)
    return replace(option, quadrant=name)


def cell_rows(session: Session, matrix: tradeoff.Matrix) -> dict[tuple[str, str], CellRow]:
    """Every option on every criterion, in board order: each side's score, the mean, the gap."""
    product = decision_matrix.side_scores(session, Role.PRODUCT.value)
    engineering = decision_matrix.side_scores(session, Role.ENGINEERING.value)
    gaps = tradeoff.divergence(product, engineering)
    return {
        (o, c): CellRow(
            o,
            c,
            product.get((o, c), 0),
            engineering.get((o, c), 0),
            matrix.scores.get((o, c)),
            gaps.get((o, c)),
            _weighted(matrix, o, c),
        )
        for o in matrix.options
        for c in matrix.criteria
    }


def _weighted(matrix: tradeoff.Matrix, option: str, criterion: str) -> float | None:
    """One term of `tradeoff.total`, which sums weight × score over the criteria."""
    score = matrix.scores.get((option, criterion))
    return None if score is None else matrix.weights.get(criterion, 0) * score


# ----- sensitivity ---------------------------------------------------------------------------


def _sensitivity(session: Session, matrix: tradeoff.Matrix) -> Sensitivity:
    """The sensitivity board's own sentence, and a shorter line for the decision record."""
    said = tradeoff_reading.sensitivity_note(session)
    if tradeoff.winner(matrix) is None:
        return Sensitivity(None, said.sentence)
    change = tradeoff.sensitivity(matrix, decision_matrix.weight_scale(session))
    if change is None:
        headline = "Robust: no change to any one weight changes the winner."
    elif change.fragile:
        headline = "Fragile: one step on one weight changes the winner."
    else:
        headline = (
            f"Robust to one step: it takes {change.size} steps on one weight to change the winner."
        )
    return Sensitivity(change, said.sentence, headline)


# ----- sliders -------------------------------------------------------------------------------


def slider_rows(session: Session) -> tuple[SliderRow, ...]:
    """Each trade-off slider as each side and the room ranked it, in the method's order."""
    found = session.method.first_panel("ranked_list")
    if found is None:
        return ()
    phase, _ = found
    product, engineering, agreed = (
        tradeoff_reading.slider_ranks(session, phase, side)
        for side in (Role.PRODUCT.value, Role.ENGINEERING.value, "")
    )
    gaps = tradeoff.rank_gaps(product, engineering)
    return tuple(
        SliderRow(
            item,
            name,
            product.get(item, 0),
            engineering.get(item, 0),
            agreed.get(item, 0),
            gaps.get(item),
        )
        for item, name in tradeoff_reading.slider_items(phase)
    )


def _agreed_order(rows: tuple[SliderRow, ...]) -> tuple[SliderRow, ...]:
    # Sliders the room has not placed yet keep the method's order after the others.
    return tuple(sorted(rows, key=lambda r: r.agreed or len(rows) + 1))


# ----- scope, risks, decision ---------------------------------------------------------


def _scope(session: Session, options: tuple[OptionRow, ...], chosen: str) -> Scope | None:
    found = session.method.first_panel("classify", "scope")
    option = next((o for o in options if o.id == chosen), None)
    if found is None or option is None:
        return None
    phase, panel = found
    scheme_id = moscow.scheme_of(panel.settings)
    scheme = session.method.schemes.get(scheme_id)
    values = [v.id for v in scheme.values] if scheme else []
    names = {v.id: v.name for v in scheme.values} if scheme else {}
    found_features = moscow.features(session, phase.id, option.id, scheme_id)
    # Must first, Won't after Could, unsorted features last; board order within each.
    order = {value: index for index, value in enumerate(values)}
    ordered = sorted(found_features, key=lambda f: order.get(f.label, len(order)))
    features = tuple(
        Feature(f.card.text, f.card.role, f.label, names.get(f.label, f.label), f.effort)
        for f in ordered
    )
    shares = moscow.effort_shares(found_features)
    return Scope(option.name, features, shares, moscow.must_share_max(panel.settings))


def _risk_groups(session: Session, options: tuple[OptionRow, ...]) -> tuple[RiskGroup, ...]:
    """The leading options' risks, as the risk board picks them, then any other option's risks.

    Options in rank order. Before anything is scored no option leads (the risk board then
    offers the first in board order), so only options that were given risks are listed.
    """
    found = session.method.first_panel("score_matrix", "option_risks")
    if found is None:
        return ()
    phase, panel = found
    leaders = option_risks.leaders(session, option_risks.top_of(panel.settings))
    leading = {o.id for o in leaders.options} if leaders.scored else set()
    banding = session.banding()
    groups = []
    for option in sorted(options, key=lambda o: o.rank):
        risks = [
            OptionRisk(
                r.card.text,
                r.card.role,
                r.likelihood,
                r.impact,
                r.score,
                banding.band(r.score) if r.score else None,
            )
            for r in option_risks.risks_of(session, phase.id, option.id)
        ]
        if risks or option.id in leading:
            groups.append(RiskGroup(option, tuple(sorted(risks, key=lambda r: -r.score))))
    return tuple(groups)


def _decision(session: Session) -> Decision:
    found = session.method.first_panel("decision")
    if found is None:
        return Decision("", "", "", "", "", "", "", "", "")
    phase, panel = found
    values = {f: session.field(phase.id, f) for f in DECISION_FIELDS}
    status_spec = panel.field("status")
    if status_spec is not None:
        values["status"] = shown_value(status_spec, values["status"])
    chosen = decision_record.chosen(session, phase.id)
    return Decision(
        chosen=chosen.id if chosen else "", chosen_name=chosen.text if chosen else "", **values
    )
