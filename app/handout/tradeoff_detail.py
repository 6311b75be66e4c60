"""The trade-off handout after the matrix: the 2×2, the sliders, option cards, scope, risks and
the sensitivity note."""

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.handout.blocks import (
    Commands,
    Rows,
    band_fill,
    heading,
    heads,
    muted,
    rich,
    score_cell,
    table,
    text,
)
from app.handout.fonts import markup
from app.handout.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    TABLE_CELLS,
    TABLE_HEAD,
    Styles,
    role_tag,
)
from app.handout.tradeoff_charts import slider_drawing, value_effort_drawing
from app.handout.tradeoff_record import option_name
from facilitation.tradeoff_report import (
    FILL_INS,
    MAJOR_PROJECTS,
    MONEY_PITS,
    QUICK_WINS,
    OptionRisk,
    OptionRow,
    Scope,
    TradeoffReport,
    figure,
    percent,
)

# An option's risks stay on one page up to this many; a longer list starts where there is room
# for its title and a few rows.
KEPT_WHOLE, LONG_GROUP_ROOM = 5, 120.0
LEGEND_CHARS = 70  # an option's name beside the 2×2; its card further on has the whole name


def value_effort(report: TradeoffReport, s: Styles) -> list[Flowable]:
    placed = [o for o in report.options if o.effort_weeks is not None]
    title = text("Value and effort", s.h1)
    if not report.scored:
        return [title, text("Nothing was scored, so the options have no value to show.", s.note)]
    if not placed:
        return [title, text("No option has an estimate to place it by.", s.note)]
    note = text(
        "Value is the weighted total as a share of the maximum; effort is the middle of the "
        f"estimate. The lines sit at {percent(report.value_split)} (an option scoring the middle "
        f"of the scale everywhere) and at {figure(report.effort_split)} weeks (halfway across "
        f"the options' estimates). {QUICK_WINS}: high value, low effort; {MAJOR_PROJECTS}: high "
        f"value, high effort; {FILL_INS}: low value, low effort; {MONEY_PITS}: low value, high "
        "effort.",
        s.note,
    )
    chart = value_effort_drawing(report.options, report.value_split, report.effort_split)
    rows: Rows = [heads(("Option", "Value", "Weeks"), s, right=(1, 2))]
    for option in report.options:
        weeks = "–" if option.effort_weeks is None else figure(option.effort_weeks)
        rows.append(
            [
                [
                    rich(option_name(option, chars=LEGEND_CHARS), s.cell),
                    text(option.quadrant or "no estimate", s.cell_small),
                ],
                text(percent(option.percent), s.cell_right),
                text(weeks, s.cell_right),
            ]
        )
    legend_w = FRAME_WIDTH - chart.width - 14
    legend = table(rows, [legend_w - 2 * 44, 44, 44])
    side = Table([[chart, legend]], colWidths=[chart.width + 14, legend_w])
    side.setStyle(TableStyle([*TABLE_CELLS, ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return [KeepTogether([title, note, side])]


def sliders(report: TradeoffReport, s: Styles) -> list[Flowable]:
    if not report.sliders:
        return []
    title = text("Trade-off sliders", s.h1)
    if not any(r.product or r.engineering or r.agreed for r in report.sliders):
        return [title, text("The trade-off sliders were not ranked.", s.note)]
    note = text(
        "What the room agreed it can flex, in agreed order: 1 is the most flexible, "
        f"{len(report.sliders)} the least, one slider per rank. The letters mark where "
        "product and engineering each put it before agreeing; the gap is how far apart they were.",
        s.note,
    )
    return [KeepTogether([title, note, slider_drawing(report.sliders)])]


# ----- option cards ----------------------------------------------------------------------------

LABEL_W, SCORE_W = 130.0, 130.0


def option_cards(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Options", s.h1, room=160)
    if not report.options:
        return [*flow, text("No options were recorded.", s.note)]
    for option in report.options:
        flow += _card(report, option, s)
    return flow


def _card(report: TradeoffReport, option: OptionRow, s: Styles) -> list[Flowable]:
    tags = [t for t, on in (("chosen", option.chosen), ("baseline", option.datum)) if on]
    tag = " " + muted(f"({', '.join(tags)})") if tags else ""
    score = (
        f"<b>{figure(option.total)}</b> of {figure(report.max_total)} · "
        f"{percent(option.percent)} · rank {option.rank}"
        if report.scored
        else "<i>not scored</i>"
    )
    # Three columns: the name spans the first two beside the score; each field's value spans
    # the last two beside its label.
    rows: Rows = [[rich(option_name(option, bold=True) + tag, s.h2), "", rich(score, s.cell_right)]]
    lines: list[tuple[str, str]] = [("Estimate", markup(option.estimate) or "<i>none</i>")]
    lines += [(d.label, markup(d.value)) for d in option.details]
    if option.pugh is not None and report.scored:
        p = option.pugh
        lines.append(
            ("Against the baseline", f"{p.plus} better, {p.same} the same, {p.minus} worse")
        )
    if option.quadrant:
        lines.append(("Value and effort", option.quadrant))
    if report.decision.chosen and not option.chosen:
        lines.append(("Why not", markup(option.why_not) or "<i>no reason recorded</i>"))
    for label, value in lines:
        rows.append([text(label, s.cell_bold), rich(value, s.cell), ""])
    widths = [LABEL_W, FRAME_WIDTH - LABEL_W - SCORE_W, SCORE_W]
    look: Commands = [
        ("SPAN", (0, 0), (1, 0)),
        *[("SPAN", (1, r), (2, r)) for r in range(1, len(rows))],
        *TABLE_HEAD,
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("VALIGN", (2, 0), (2, 0), "MIDDLE"),
        # Tighter than a table's rows: the label column already separates the lines.
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]
    box = table(rows, widths, look, head=False)
    # A card reads as one block; only a card longer than most of a page may split.
    _, height = box.wrap(FRAME_WIDTH, FRAME_HEIGHT * 10)
    spaced: list[Flowable] = [box, Spacer(1, 8)]
    return [KeepTogether(spaced)] if height < FRAME_HEIGHT * 0.8 else spaced


# ----- scope -----------------------------------------------------------------------------------


def scope(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Scope of the chosen option", s.h1, room=140)
    found = report.scope
    if found is None:
        return [*flow, text("No option was chosen, so there is no scope to show.", s.note)]
    chosen = report.option(report.decision.chosen)
    assert chosen is not None
    flow.append(rich(option_name(chosen, bold=True), s.h2))
    if not found.features:
        return [*flow, text("No features were sorted for this option.", s.note)]
    shares = " · ".join(
        f"{name} <b>{percent(found.shares[label])}</b>"
        for label, name in _labels(found)
        if label in found.shares
    )
    guide = (
        f"Musts are within DSDM's guide of about {found.must_max}% of the effort."
        if found.within_guide
        else f"<b>Musts are over DSDM's guide of about {found.must_max}% of the effort.</b>"
    )
    if shares:
        flow.append(rich(f"Share of the planned effort: {shares}. {guide}", s.body))
    flow.append(
        text(
            "Effort is in days or points, as the room estimated it. The planned effort counts "
            "the Must, Should and Could features; Won't (this time) is outside the plan, and "
            "unsorted or unestimated features are left out.",
            s.note,
        )
    )
    rows: Rows = [heads(("MoSCoW", "Feature", "Role", "Effort"), s, right=(3,))]
    for feature in found.features:
        rows.append(
            [
                text(feature.label_name or "not sorted", s.cell_bold),
                text(feature.text, s.cell),
                rich(role_tag(feature.role), s.cell),
                text(feature.effort_text or "–", s.cell_right),
            ]
        )
    flow.append(table(rows, [90, FRAME_WIDTH - 90 - 36 - 50, 36, 50]))
    return flow


def _labels(found: Scope) -> list[tuple[str, str]]:
    """The labels in use, in the scheme's order (features come sorted by it), with their names."""
    seen: dict[str, str] = {}
    for feature in found.features:
        if feature.label and feature.label not in seen:
            seen[feature.label] = feature.label_name
    return list(seen.items())


# ----- risks and sensitivity -------------------------------------------------------------------


def risks(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Risks of the top options", s.h1, room=140)
    b = report.banding
    flow.append(
        text(
            "The likeliest ways each leading option goes wrong. Likelihood (L) and impact (I) "
            f"run from 1 to 5; score = L × I: Low 1–{b.low_max}, Medium {b.low_max + 1}–"
            f"{b.medium_max}, High {b.medium_max + 1}–25.",
            s.note,
        )
    )
    if not report.risk_groups:
        return [*flow, text("No option risks were recorded.", s.note)]
    for group in report.risk_groups:
        rank = f" (rank {group.option.rank})" if report.scored else ""
        title = rich(f"{option_name(group.option, bold=True)}{rank}", s.h2)
        if not group.risks:
            flow.append(KeepTogether([title, text("No risks recorded.", s.note)]))
            continue
        rows: Rows = [heads(("Score", "Risk", "Role", "L", "I"), s, right=(3, 4))]
        style: Commands = []
        for index, risk in enumerate(group.risks, start=1):
            rows.append(_risk_row(risk, s))
            style += band_fill(risk, index, index)
        widths = [50, FRAME_WIDTH - 50 - 36 - 2 * 28, 36, 28, 28]
        block = [title, table(rows, widths, style)]
        if len(group.risks) <= KEPT_WHOLE:
            flow.append(KeepTogether(block))
        else:
            # Kept whole, a long list would leave the section's heading alone at a page's foot.
            flow += [CondPageBreak(LONG_GROUP_ROOM), *block]
    return flow


def _risk_row(risk: OptionRisk, s: Styles) -> list[Flowable | str]:
    return [
        score_cell(risk, s),
        text(risk.text, s.cell),
        rich(role_tag(risk.role), s.cell),
        text(str(risk.likelihood) if risk.likelihood else "–", s.cell_right),
        text(str(risk.impact) if risk.impact else "–", s.cell_right),
    ]


def sensitivity(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Sensitivity", s.h1, room=100)
    fragile = report.sensitivity.fragile
    note = markup(report.sensitivity.note, bold=fragile)
    flow.append(rich(f"<b>{note}</b>" if fragile else note, s.body))
    if report.widest_gaps:
        flow.append(rich("<b>Where product and engineering scored furthest apart:</b>", s.body))
        for cell in report.widest_gaps:
            option = report.option(cell.option)
            criterion = report.criterion(cell.criterion)
            if option is None or criterion is None:
                continue
            line = (
                f"{option_name(option)} on {markup(criterion.name)}: product {cell.product}, "
                f"engineering {cell.engineering} (gap {cell.gap})"
            )
            flow.append(Paragraph(line, s.bullet, bulletText="•"))
    elif any(cell.gap is not None for cell in report.cells.values()):
        flow.append(text("Product and engineering never scored a cell more than 1 apart.", s.note))
    return flow
