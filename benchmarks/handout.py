"""The PDF handout of a large session, beside reportlab building the same paragraphs and tables.

Seam's side is `write_handout` as the export uses it: report, story, fonts with fallbacks, page
numbers "x of y", the atomic write. The baseline is the same content (every reason, theme, risk,
action and phase time of the same session, role chips included, as the handout marks each reason
with one) as plain Paragraphs and Tables in a SimpleDocTemplate, with the same TTF font embedded,
so the ratio shows what Seam's own layout costs. Both are timed warm (fonts registered, modules
imported), in turns.
"""

import time
from pathlib import Path
from xml.sax.saxutils import escape

import fontpkg
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.handout import write_handout
from benchmarks.context import Context
from benchmarks.fixtures import large_premortem
from benchmarks.results import Result, median, paired_ratio
from facilitation.roles import ROLE_COLOURS, ROLE_ORDER, Role
from facilitation.session import Session

RUNS = 7
# The large session also holds 10 decisions and an 8 × 8 trade-off matrix. Their handout
# (the trade-off matrix method) is still being written; once `write_handout` prints a "tradeoff"
# session, build one in benchmarks.fixtures and add its decision and matrix tables to both sides
# here (`matrix_flowables` below), then set this to False.
MATRIX_PENDING = True

_FONT = "BareAtkinson"
_GRID = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), _FONT, 9),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
    ]
)


def _register_font() -> None:
    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, str(fontpkg.path("atkinson-hyperlegible", 400))))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=_FONT, fontSize=10, leading=14)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "h1": ParagraphStyle("h1", parent=body, fontSize=16, leading=20, spaceBefore=12),
        "h2": ParagraphStyle("h2", parent=body, fontSize=12, leading=16, spaceBefore=8),
    }


def _table(rows: list[list[object]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_GRID)
    return table


def chip(role: Role) -> str:
    """A role chip as the handout marks one: the role's letter, white on its colour."""
    return (
        f'<font backColor="{ROLE_COLOURS[role]}" color="#FFFFFF"><b>&nbsp;{role.letter}'
        "&nbsp;</b></font>"
    )


def matrix_flowables(session: Session, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The decisions and the trade-off matrix: nothing until MATRIX_PENDING is resolved."""
    return []


def bare_story(session: Session) -> list[Flowable]:
    """The handout's paragraphs and tables, with no layout of Seam's own."""
    s = _styles()

    def p(text: str, style: str = "cell", trusted: str = "") -> Paragraph:
        return Paragraph(trusted + escape(text), s[style])

    width = A4[0] - 36 * mm
    record = session.record
    story: list[Flowable] = [
        p(record.title, "h1"),
        p(record.verdict, "h2"),
        p(record.verdict_notes),
    ]
    actions = sorted(session.actions.values(), key=lambda a: a.position)
    rows: list[list[object]] = [[p("#"), p("Action"), p("Owner"), p("Due"), p("Done when")]]
    rows += [
        [p(str(n)), p(a.what), p(a.owner), p(a.due), p(a.done_when)]
        for n, a in enumerate(actions, 1)
    ]
    story += [_table(rows, [20, width - 220, 70, 60, 70]), PageBreak(), p("Context", "h1")]
    for key, value in record.setup.items():
        story += [p(key, "h2"), p(value, "body")]
    story.append(p("Risk register", "h1"))
    rows = [[p(h) for h in ("Score", "Risk", "Cards", "L", "I", "ROAM", "Owner", "Due")]]
    for theme in sorted(session.themes.values(), key=lambda t: t.position):
        risk = session.risk_for(theme.id)
        members = session.cards_of_theme(theme.id)
        split = " ".join(
            f"{chip(role)}&nbsp;{sum(1 for c in members if c.role is role)}" for role in ROLE_ORDER
        )
        rows.append(
            [
                p(str(risk.likelihood * risk.impact)),
                p(theme.name),
                p("", trusted=split),
                p(str(risk.likelihood)),
                p(str(risk.impact)),
                p(risk.roam),
                p(risk.owner),
                p(risk.due),
            ]
        )
        examples = [c.text for c in session.cards_of_theme(theme.id)][:3]
        for note in (" ".join(examples), risk.mitigation, risk.warning_sign):
            rows.append(["", p(note), "", "", "", "", "", ""])
    story.append(_table(rows, [40, width - 310, 50, 20, 20, 60, 70, 50]))
    keys = [c for c in session.cards.values() if c.phase_id == "success"]
    rows = [[p("What made it a success"), p("Role")]]
    rows += [[p(c.text), p("", trusted=chip(c.role))] for c in keys]
    story += [p("Keys to success", "h1"), _table(rows, [width - 80, 80]), p("Reasons", "h1")]
    for theme in sorted(session.themes.values(), key=lambda t: t.position):
        story.append(p(theme.name, "h2"))
        rows = [[p("Role"), p("Reason")]]
        rows += [[p("", trusted=chip(c.role)), p(c.text)] for c in session.cards_of_theme(theme.id)]
        story.append(_table(rows, [60, width - 60]))
    rows = [[p("Phase"), p("Planned s"), p("Actual s")]]
    rows += [
        [p(r.phase_id), p(f"{r.planned_s:.0f}"), p(f"{r.elapsed_s:.0f}")]
        for r in session.ordered_runs()
    ]
    story += [p("Planned and actual time", "h1"), _table(rows, [width - 160, 80, 80])]
    return story + matrix_flowables(session, s)


def write_bare(session: Session, path: Path) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    doc.build(bare_story(session))


def run(context: Context) -> list[Result]:
    session = large_premortem()
    _register_font()
    seam_pdf, bare_pdf = context.work / "seam.pdf", context.work / "bare.pdf"
    times: dict[str, list[float]] = {"seam": [], "bare": []}
    for turn in range(RUNS + 1):
        for name, write in (("seam", write_handout), ("bare", write_bare)):
            started = time.perf_counter()
            write(session, seam_pdf if name == "seam" else bare_pdf)
            if turn:  # the first turn registers fonts and imports lazily loaded modules
                times[name].append(time.perf_counter() - started)
    seam, bare = median(times["seam"]), median(times["bare"])
    cards = sum(1 for c in session.cards.values() if c.phase_id == "reasons")
    pending = (
        " The 10 decisions and 8 × 8 matrix are not in it yet: their handout (trade-off matrix) "
        "is still being written (benchmarks/handout.py, MATRIX_PENDING)."
        if MATRIX_PENDING
        else ""
    )
    return [
        Result(
            f"PDF handout, {cards} cards, {len(session.actions)} actions",
            seam,
            "s",
            baseline=bare,
            baseline_label="bare reportlab",
            limit=1.0,
            ratio_limit=1.5,
            note=f"{seam_pdf.stat().st_size // 1024} KB PDF.{pending}",
            paired_ratio=paired_ratio(times["seam"], times["bare"]),
        )
    ]
