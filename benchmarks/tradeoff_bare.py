"""The trade-off handout's content in bare reportlab: the baseline Seam's trade-off PDF is timed by.

Everything the handout prints, in its order, as plain Paragraphs and Tables: the decision record
(participants, decision, DACI roles, context, drivers, options considered, rejected options with
their reasons, consequences, consent, actions), then the weighted matrix with each side's score
and the gap in every cell and the totals, Pugh, value and effort, each option's card, the chosen
option's scope, every option's risks, sensitivity, the scores by role, the slider ranks and the
phase times. The numbers come from `tradeoff_report`, the domain reading Seam's handout starts
from, so the ratio holds only what Seam's layout costs: its charts (the 2×2, the sliders, the
consent histogram) are tables of the same figures here.
"""

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from benchmarks.bare import WIDTH, chip, grid, p, write
from facilitation.dates import long_date
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.timebox import format_minutes
from facilitation.tradeoff_report import CellRow, OptionRow, TradeoffReport, figure, percent
from facilitation.tradeoff_report import tradeoff_report as read

Rows = list[list[object]]


def write_tradeoff(session: Session, path: Path) -> None:
    write(tradeoff_story(read(session)), path)


def tradeoff_story(r: TradeoffReport) -> list[Flowable]:
    return [*_record(r), PageBreak(), *_matrix(r), *_options(r), *_after(r), *_appendix(r)]


def _head(*labels: str) -> list[object]:
    return [p(label) for label in labels]


def _name(option: OptionRow) -> str:
    return f"{option.letter} · {option.name}"


def _record(r: TradeoffReport) -> list[Flowable]:
    """Page one and what follows it: the decision, its roles, context, drivers and options."""
    d = r.decision
    people = sum(len(g.names) for g in r.participants)
    rows: Rows = [[p("", trusted=chip(g.role)), p(", ".join(g.names))] for g in r.participants]
    flow: list[Flowable] = [
        p(f"{r.method_name}: {r.title}", "h1"),
        p(f"{long_date(r.date)} · {people} participants"),
        grid(rows, [90, WIDTH - 90]),
        p("Decision", "h2"),
        p(f"Status: {d.status}"),
        p(d.title, "h2"),
    ]
    chosen, winner = r.option(d.chosen), r.option(r.winner)
    if chosen is not None:
        standing = f"ranked {chosen.rank} of {len(r.options)}, {percent(chosen.percent)}"
        flow.append(p(f"Chosen option: {_name(chosen)} ({standing} of the maximum)", "body"))
    if chosen is not None and winner is not None and winner.id != chosen.id:
        flow.append(p(f"The matrix ranked {_name(winner)} first; the room chose otherwise."))
    flow += [p(r.sensitivity.headline, "body"), p(f"Because: {d.rationale}", "body")]
    roles = (
        ("Date", long_date(r.date)),
        ("Decide by", r.daci.deadline),
        ("Driver", r.daci.driver),
        ("Approver", r.daci.approver),
        ("Contributors", r.daci.contributors),
        ("Informed", r.daci.informed),
    )
    rows = [[p(label), p(value)] for label, value in roles]
    flow += [grid(rows, [90, WIDTH - 90]), p("Context", "h2"), p(f"Question: {r.title}", "body")]
    flow += [p(f"{field.label}: {field.value}", "body") for field in r.context]
    by_weight = sorted(r.criteria, key=lambda c: -c.weight)
    weights = " · ".join(f"{c.name} ×{c.weight}" for c in by_weight)
    sliders = " · ".join(f"{s.agreed} {s.name}" for s in r.sliders)
    flow += [
        p("Decision drivers", "h2"),
        p(f"Criteria, by weight (1–5): {weights}", "body"),
        p(f"Trade-off sliders, agreed, 1 most flexible: {sliders}", "body"),
    ]
    apart = max(r.sliders, key=lambda s: s.gap or 0, default=None)
    if apart is not None and apart.gap:
        line = f"product {apart.product}, engineering {apart.engineering}"
        flow.append(p(f"Product and engineering ranked {apart.name} furthest apart: {line}."))
    return flow + _considered(r)


def _considered(r: TradeoffReport) -> list[Flowable]:
    """Options considered, the rejected ones' reasons, consequences, consent and actions."""
    d = r.decision
    rows: Rows = [_head("Option", "Estimate", "Score", "Rank", "Value/effort")]
    for o in r.ranked:
        tags = "".join(
            f" ({tag})" for tag, on in (("chosen", o.chosen), ("baseline", o.datum)) if on
        )
        score = f"{figure(o.total)} of {figure(r.max_total)} {percent(o.percent)}"
        rows.append([p(_name(o) + tags), p(o.estimate), p(score), p(str(o.rank)), p(o.quadrant)])
    flow: list[Flowable] = [
        p("Options considered", "h2"),
        grid(rows, [WIDTH - 330, 130, 62, 38, 100]),
    ]
    flow.append(p("Rejected alternatives", "h2"))
    flow += [p(f"• {_name(o)} — {o.why_not}", "body") for o in r.rejected]
    flow += [
        p("Consequences", "h2"),
        p(f"Good: {d.good}", "body"),
        p(f"Bad: {d.bad}", "body"),
        p("Accepted debt and payback", "h2"),
        p(d.debt, "body"),
        p("Revisit if", "h2"),
        p(d.revisit, "body"),
    ]
    poll = r.consent
    rows = [_head("Fingers", "Votes"), *[[p(str(v)), p(str(n))] for v, n in poll.counts]]
    said = f"{poll.total} votes, {poll.concerns} at {poll.concern_max} or below"
    flow += [
        p("Consent", "h2"),
        p(f"Consent, 0 to 5 fingers: {said}.", "body"),
        grid(rows, [60, 60]),
    ]
    rows = [_head("Action", "Owner", "Due", "Done when")]
    for a in r.actions:
        owners = " & ".join(o for o in (a.owner, a.co_owner) if o)
        rows.append([p(a.what), p(owners), p(a.due), p(a.done_when)])
    return [*flow, p("Actions", "h2"), grid(rows, [WIDTH - 282, 110, 62, 110])]


def _cell(cell: CellRow) -> Flowable:
    """A matrix cell: the mean, each side's score and the gap, one line each."""
    product, engineering = Role.PRODUCT.letter, Role.ENGINEERING.letter
    sides = f"{product} {cell.product} · {engineering} {cell.engineering}"
    return p("", trusted=f"{figure(cell.agreed or 0)}<br/>{sides}<br/>gap {cell.gap}")


def _matrix(r: TradeoffReport) -> list[Flowable]:
    """The weighted matrix with its totals, the Pugh comparison, and value against effort."""
    count = len(r.options)
    rows: Rows = [[p("Criterion"), p("Weight"), *[p(_name(o)) for o in r.options]]]
    for c in r.criteria:
        cells = [_cell(r.cells[(o.id, c.id)]) for o in r.options]
        rows.append([p(c.name), p(str(c.weight)), *cells])
    rows += [
        [
            p(f"Weighted total (of {figure(r.max_total)})"),
            "",
            *[p(figure(o.total)) for o in r.options],
        ],
        [p("% of maximum"), "", *[p(percent(o.percent)) for o in r.options]],
        [p("Rank"), "", *[p(str(o.rank)) for o in r.options]],
    ]
    flow = [p("Weighted matrix", "h1"), grid(rows, [118, 50, *[(WIDTH - 168) / count] * count])]
    others = [o for o in r.options if o.id != r.datum]
    signs = {1: "+", 0: "S", -1: "−", None: "not scored"}
    rows = [[p("Criterion"), *[p(_name(o)) for o in others]]]
    for c in r.criteria:
        rows.append([p(c.name), *[p(signs[r.pugh_cells.get((o.id, c.id))]) for o in others]])
    tallies = (("Better (+)", "plus"), ("Same (S)", "same"), ("Worse (−)", "minus"), ("Net", "net"))
    for label, field in tallies:
        rows.append([p(label), *[p(str(getattr(o.pugh, field, 0))) for o in others]])
    each = (WIDTH - 168) / len(others)
    flow += [p("Pugh comparison", "h1"), grid(rows, [168, *[each] * len(others)])]
    rows = [_head("Option", "Quadrant", "Value", "Weeks")]
    for o in r.options:
        weeks = figure(o.effort_weeks or 0)
        rows.append([p(_name(o)), p(o.quadrant), p(percent(o.percent)), p(weeks)])
    return [*flow, p("Value and effort", "h1"), grid(rows, [WIDTH - 220, 100, 60, 60])]


def _options(r: TradeoffReport) -> list[Flowable]:
    """Each option's card: its score, estimate, fields, Pugh tally, quadrant and why not."""
    flow: list[Flowable] = [p("Options", "h1")]
    for o in r.options:
        score = f"{figure(o.total)} of {figure(r.max_total)} · {percent(o.percent)} · rank {o.rank}"
        rows: Rows = [[p(_name(o)), p(score)], [p("Estimate"), p(o.estimate)]]
        rows += [[p(d.label), p(d.value)] for d in o.details]
        if o.pugh is not None:
            tally = f"{o.pugh.plus} better, {o.pugh.same} the same, {o.pugh.minus} worse"
            rows.append([p("Against the baseline"), p(tally)])
        rows.append([p("Value and effort"), p(o.quadrant)])
        if not o.chosen:
            rows.append([p("Why not"), p(o.why_not)])
        flow.append(grid(rows, [130, WIDTH - 130]))
    return flow


def _after(r: TradeoffReport) -> list[Flowable]:
    """The chosen option's scope, every option's risks, and the sensitivity note."""
    flow: list[Flowable] = [p("Scope of the chosen option", "h1")]
    if r.scope is not None:
        shares = " · ".join(f"{label} {percent(share)}" for label, share in r.scope.shares.items())
        rows: Rows = [_head("MoSCoW", "Feature", "Role", "Effort")]
        for f in r.scope.features:
            rows.append([p(f.label_name), p(f.text), p("", trusted=chip(f.role)), p(f.effort_text)])
        flow += [
            p(r.scope.option, "h2"),
            p(f"Share of the planned effort: {shares}; Musts at most {r.scope.must_max}%.", "body"),
            grid(rows, [90, WIDTH - 176, 36, 50]),
        ]
    flow.append(p("Risks of the top options", "h1"))
    for group in r.risk_groups:
        rows = [_head("Score", "Risk", "Role", "L", "I")]
        for k in group.risks:
            score = f"{k.score} {k.band.value if k.band else ''}"
            role = p("", trusted=chip(k.role))
            rows.append([p(score), p(k.text), role, p(str(k.likelihood)), p(str(k.impact))])
        title = f"{_name(group.option)} (rank {group.option.rank})"
        flow += [p(title, "h2"), grid(rows, [50, WIDTH - 142, 36, 28, 28])]
    flow += [p("Sensitivity", "h1"), p(r.sensitivity.note, "body")]
    for cell in r.widest_gaps:
        option, criterion = r.option(cell.option), r.criterion(cell.criterion)
        if option is not None and criterion is not None:
            sides = f"product {cell.product}, engineering {cell.engineering} (gap {cell.gap})"
            flow.append(p(f"• {_name(option)} on {criterion.name}: {sides}", "body"))
    return flow


def _appendix(r: TradeoffReport) -> list[Flowable]:
    """Each option's scores by role with the sums behind its total, slider ranks, phase times."""
    flow: list[Flowable] = [p("Appendix: scores by role", "h1")]
    labels = ("Criterion", "Weight", "Product", "Engineering", "Mean", "Gap", "Weighted")
    for o in r.options:
        rows: Rows = [_head(*labels)]
        for c in r.criteria:
            cell = r.cells[(o.id, c.id)]
            mean, weighted = figure(cell.agreed or 0), figure(cell.weighted or 0)
            values = (c.weight, cell.product, cell.engineering, mean, cell.gap, weighted)
            rows.append([p(c.name), *[p(str(v)) for v in values]])
        rows.append([p("Weighted total"), "", "", "", "", "", p(figure(o.total))])
        flow += [p(_name(o), "h2"), grid(rows, [WIDTH - 348, *[58.0] * 6])]
    rows = [_head("Slider", "Product", "Engineering", "Agreed", "Gap")]
    for s in r.sliders:
        rows.append([p(s.name), *[p(str(v)) for v in (s.product, s.engineering, s.agreed, s.gap)]])
    flow += [p("Appendix: trade-off slider ranks", "h1"), grid(rows, [WIDTH - 280, 70, 70, 70, 70])]
    rows = [_head("Phase", "Planned min", "Actual min")]
    for t in r.phase_times:
        rows.append([p(t.name), p(format_minutes(t.planned_s)), p(format_minutes(t.actual_s))])
    return [*flow, p("Appendix: planned and actual time", "h1"), grid(rows, [WIDTH - 160, 80, 80])]
