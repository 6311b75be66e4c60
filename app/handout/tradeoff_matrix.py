"""The weighted matrix with its divergence heat-map, the Pugh comparison, and the raw scores.

A heat-map cell is shaded by how far product and engineering scored apart, and always prints
both scores and the gap: the shade only helps the eye find the arguments worth having.
"""

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether

from app.handout.blocks import Commands, Rows, fitted_lines, heading, heads, rich, table, text
from app.handout.fonts import markup
from app.handout.styles import (
    CELL_SIDE_PADDING,
    FRAME_WIDTH,
    INK,
    MUTED,
    ROLE_COLOURS,
    Styles,
    hex_of,
)
from app.handout.tradeoff_record import option_name
from facilitation.roles import Role
from facilitation.tradeoff_report import CellRow, OptionRow, TradeoffReport, figure, percent

# One hue, lighter to darker as the gap widens, so a grey copy keeps the order; ink stays legible.
GAP_SHADES = {
    1: colors.HexColor("#EEE8F7"),
    2: colors.HexColor("#D6C9EC"),
    3: colors.HexColor("#BBA6DE"),
    4: colors.HexColor("#9F86CF"),
}
CRITERION_W, WEIGHT_W = 118.0, 50.0


def _gap_shade(gap: int | None) -> colors.Color | None:
    if not gap:
        return None
    return GAP_SHADES[min(gap, max(GAP_SHADES))]


def _side(role: Role, value: int) -> str:
    shown = str(value) if value else "–"
    return f"<font color='{hex_of(ROLE_COLOURS[role])}'><b>{role.letter}</b></font>&nbsp;{shown}"


def _option_head(option: OptionRow, width: float, s: Styles) -> list[Flowable]:
    # Four lines of whole words at most (the option's card further on has the whole name): a
    # narrow column would otherwise split a word wherever the line ran out.
    style = s.cell_head
    lead = f"{option.letter} · "
    lines = fitted_lines(
        option.name, style.fontName, style.fontSize, width - 2 * CELL_SIDE_PADDING, 4, lead
    )
    name = "<br/>".join(markup(line, bold=True) for line in lines)
    head: list[Flowable] = [rich(f"<b>{option.letter}</b>&nbsp;· {name}", style)]
    if option.chosen or option.datum:
        head.append(text("chosen" if option.chosen else "baseline", s.cell_small))
    return head


def _cell(cell: CellRow, s: Styles) -> list[Flowable]:
    if cell.agreed is None:
        return [text("–", s.cell), text("not scored", s.cell_small)]
    sides = f"{_side(Role.PRODUCT, cell.product)} · {_side(Role.ENGINEERING, cell.engineering)}"
    stack = [rich(f"<b>{figure(cell.agreed)}</b>", s.cell), rich(sides, s.cell_small)]
    if cell.gap is not None:
        stack.append(rich(f"gap&nbsp;<b>{cell.gap}</b>", s.cell_small))
    return stack


def _option_widths(count: int) -> list[float]:
    return [CRITERION_W, WEIGHT_W, *[(FRAME_WIDTH - CRITERION_W - WEIGHT_W) / count] * count]


def weighted_matrix(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Weighted matrix", s.h1, room=220)
    if not report.options or not report.criteria:
        return [*flow, text("The matrix has no options or no criteria yet.", s.note)]
    flow.append(
        text(
            "Every option scored from 1 (poor) to 5 (excellent) on each criterion, product and "
            "engineering separately; time and effort are scored so that higher is better. A "
            "cell shows the mean of the two sides, each side's score and the gap between them. "
            "Weighted total = Σ weight × mean.",
            s.note,
        )
    )
    widths = _option_widths(len(report.options))
    rows: Rows = [
        [
            text("Criterion", s.cell_head),
            text("Weight", s.cell_head_right),
            *[_option_head(o, widths[-1], s) for o in report.options],
        ]
    ]
    style: Commands = []
    for r, criterion in enumerate(report.criteria, start=1):
        row: list[Flowable | list[Flowable] | str] = [
            text(criterion.name, s.cell_bold),
            text(str(criterion.weight) if criterion.weight else "–", s.cell_right),
        ]
        for c, option in enumerate(report.options, start=2):
            cell = report.cells[(option.id, criterion.id)]
            row.append(_cell(cell, s))
            shade = _gap_shade(cell.gap)
            if shade is not None:
                style.append(("BACKGROUND", (c, r), (c, r), shade))
        rows.append(row)
    first_total = len(rows)
    most = figure(report.max_total)
    totals = [f"<b>{figure(o.total)}</b>" for o in report.options]
    percents = [percent(o.percent) for o in report.options]
    ranks = [str(o.rank) for o in report.options]
    footer = (
        (text(f"Weighted total (of {most})", s.cell_bold), totals),
        (text("% of maximum", s.cell), percents),
        (text("Rank", s.cell), ranks),
    )
    for label, values in footer:
        # Before anything is scored every total is 0 and every option ties: dashes instead.
        shown = values if report.scored else ["–"] * len(values)
        rows.append([label, "", *[rich(v, s.cell) for v in shown]])
    style += [
        ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, INK),
        ("RIGHTPADDING", (1, 0), (1, -1), 10),
    ]
    flow.append(table(rows, widths, style))
    flow.append(_gap_legend(s))
    return flow


def _gap_legend(s: Styles) -> Flowable:
    """The shades with the gaps they stand for, each printed as a number."""
    label = text("Shading: the gap between product's and engineering's score", s.cell_small)
    swatches: list[Flowable | str] = [text(f"gap {gap}", s.cell_center) for gap in range(5)]
    widths = [FRAME_WIDTH - 5 * 46, *[46.0] * 5]
    style: Commands = [
        ("BOX", (1, 0), (-1, 0), 0.4, MUTED),
        ("INNERGRID", (1, 0), (-1, 0), 0.4, MUTED),
    ]
    for index, shade in GAP_SHADES.items():
        style.append(("BACKGROUND", (index + 1, 0), (index + 1, 0), shade))
    legend = table([[label, *swatches]], widths, style, head=False)
    legend.hAlign = "LEFT"
    return legend


def pugh_table(report: TradeoffReport, s: Styles) -> list[Flowable]:
    datum = report.option(report.datum)
    if datum is None:
        return []
    others = [o for o in report.options if o.id != datum.id]
    if not others or not report.criteria:
        return []
    flow = heading("Pugh comparison", s.h1, room=160)
    if not any(sign is not None for sign in report.pugh_cells.values()):
        return [*flow, text("Nothing was scored, so nothing can be compared.", s.note)]
    flow.append(
        rich(
            f"Each option against the baseline, {option_name(datum)}, on each criterion, using "
            "the mean scores: + better, S the same, − worse (Stuart Pugh's concept selection). "
            "Weights do not count here.",
            s.note,
        )
    )
    signs = {1: "+", 0: "S", -1: "−"}
    each = (FRAME_WIDTH - CRITERION_W - WEIGHT_W) / len(others)
    rows: Rows = [[text("Criterion", s.cell_head), *[_option_head(o, each, s) for o in others]]]
    for criterion in report.criteria:
        rows.append(
            [
                text(criterion.name, s.cell_bold),
                *[_sign(report.pugh_cells.get((o.id, criterion.id)), signs, s) for o in others],
            ]
        )
    first_count = len(rows)
    counts = (("Better (+)", "plus"), ("Same (S)", "same"), ("Worse (−)", "minus"))
    for label, field in counts:
        rows.append(
            [
                text(label, s.cell),
                *[text(str(getattr(o.pugh, field, 0)), s.cell) for o in others],
            ]
        )
    rows.append(
        [
            text("Net (+ minus −)", s.cell_bold),
            *[rich(f"<b>{_signed(o.pugh.net if o.pugh else 0)}</b>", s.cell) for o in others],
        ]
    )
    widths = [CRITERION_W + WEIGHT_W, *[each] * len(others)]
    style: Commands = [("LINEABOVE", (0, first_count), (-1, first_count), 0.8, INK)]
    flow.append(table(rows, widths, style))
    return flow


def _sign(value: int | None, signs: dict[int, str], s: Styles) -> Flowable:
    # Spelled out: a dash would read like the minus sign.
    return text("not scored", s.cell_small) if value is None else text(signs[value], s.cell)


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "0")


# ----- appendix --------------------------------------------------------------------------------


def raw_scores(report: TradeoffReport, s: Styles) -> list[Flowable]:
    """Every score each side gave, option by option, with the sums that make the totals."""
    intro: list[Flowable] = [
        text("Appendix: scores by role", s.h1),
        text(
            "Each side's score per criterion, their mean and the gap between them; weighted is "
            "weight × mean, and the weighted column adds up to the option's total.",
            s.note,
        ),
    ]
    if not any(c.product or c.engineering for c in report.cells.values()):
        return [KeepTogether([*intro, text("Nothing was scored.", s.note)])]
    flow: list[Flowable] = []
    labels = ("Criterion", "Weight", "Product", "Engineering", "Mean", "Gap", "Weighted")
    widths = [FRAME_WIDTH - 6 * 58, *[58.0] * 6]
    for option in report.options:
        rows: Rows = [heads(labels, s, right=(1, 2, 3, 4, 5, 6))]
        for criterion in report.criteria:
            cell = report.cells[(option.id, criterion.id)]
            values = (
                str(criterion.weight) if criterion.weight else "–",
                str(cell.product) if cell.product else "–",
                str(cell.engineering) if cell.engineering else "–",
                "–" if cell.agreed is None else figure(cell.agreed),
                "–" if cell.gap is None else str(cell.gap),
                "–" if cell.weighted is None else figure(cell.weighted),
            )
            rows.append([text(criterion.name, s.cell), *[text(v, s.cell_right) for v in values]])
        rows.append(
            [
                text("Weighted total", s.cell_bold),
                *([""] * 5),
                rich(f"<b>{figure(option.total)}</b>", s.cell_right),
            ]
        )
        total_line: Commands = [("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
        title = rich(option_name(option, bold=True), s.h2)
        # The appendix's title stays with the first option's scores.
        block = [*([] if flow else intro), title, table(rows, widths, total_line)]
        flow.append(KeepTogether(block))
    return flow


def slider_ranks(report: TradeoffReport, s: Styles) -> list[Flowable]:
    if not report.sliders:
        return []
    flow = heading("Appendix: trade-off slider ranks", s.h1, room=140)
    count = len(report.sliders)
    flow.append(
        text(f"Rank 1 is the most flexible, {count} the least; each rank is used once.", s.note)
    )
    labels = ("Slider", "Product", "Engineering", "Agreed", "Gap")
    rows: Rows = [heads(labels, s, right=(1, 2, 3, 4))]
    for row in report.sliders:
        values = (row.product, row.engineering, row.agreed)
        rows.append(
            [
                text(row.name, s.cell),
                *[text(str(v) if v else "–", s.cell_right) for v in values],
                text("–" if row.gap is None else str(row.gap), s.cell_right),
            ]
        )
    flow.append(table(rows, [FRAME_WIDTH - 4 * 70, *[70.0] * 4]))
    return flow
