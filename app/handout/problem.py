"""The problem-definition handout: page one leads with the agreed statement, the consent behind it
and the next steps; later pages show how the room got there."""

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.handout import detail
from app.handout.blocks import Rows, boxed, missing, muted, plural, rich, text
from app.handout.chart import histogram_drawing
from app.handout.fonts import markup
from app.handout.pagination import after_page_one
from app.handout.problem_detail import (
    appendix,
    assumption_map,
    hmw,
    left_open,
    metrics,
    reframe,
    root_cause,
    w4_board,
)
from app.handout.problem_parts import tick_box
from app.handout.retro_parts import actions_section, header
from app.handout.story import Handout
from app.handout.styles import FRAME_WIDTH, TABLE_CELLS, Styles, styles
from facilitation.problem_report import ProblemReport, problem_report
from facilitation.report_readers import RatingPoll
from facilitation.session import Session
from facilitation.voting import CONCERN_AT_OR_BELOW

LONG_STATEMENT = 420  # characters; longer statements print a size smaller so page one holds


def handout(session: Session) -> Handout:
    report = problem_report(session)
    return Handout(report.method_name, report.title, report.date, build_story(report))


def build_story(report: ProblemReport) -> list[Flowable]:
    s = styles()
    return [
        *page_one(report, s),
        after_page_one(),
        *reframe(report, s),
        *w4_board(report, s),
        *root_cause(report, s),
        *assumption_map(report, s),
        *hmw(report, s),
        *metrics(report, s),
        *left_open(report, s),
        *appendix(report, s),
        *detail.timings(report.phase_times, s),
    ]


def page_one(report: ProblemReport, s: Styles) -> list[Flowable]:
    title = f"{report.method_name}: {report.title}"
    flow = header(title, report.date, report.completed, report.participants, s)
    flow += [Spacer(1, 10), _statement_box(report, s), Spacer(1, 8), _agreement(report, s)]
    flow += actions_section(report.actions, s, "Next steps")
    return flow


def _statement_box(report: ProblemReport, s: Styles) -> Table:
    rows: Rows = [[text("The problem we agreed on", s.cell_head)]]
    if report.statement:
        style = s.statement_long if len(report.statement) > LONG_STATEMENT else s.statement
        rows.append([rich(markup(report.statement, bold=True), style)])
    else:
        rows.append([text("No problem statement was agreed.", s.verdict)])
    if report.job_story:
        story = f"<b>Job story:</b> <i>{markup(report.job_story, italic=True)}</i>"
        rows.append([rich(story, s.body)])
    return boxed(rows, [FRAME_WIDTH])


def _agreement(report: ProblemReport, s: Styles) -> Table:
    """The statement's checklist beside the consent vote: how far the room stands behind it."""
    checks: list[Flowable] = [text("Checked against the statement", s.cell_bold)]
    if report.checklist:
        rows: Rows = []
        for check in report.checklist:
            name = markup(check.name)
            if not check.ticked:
                name += " " + muted("<i>(not ticked)</i>")
            rows.append([tick_box(check.ticked), rich(name, s.cell)])
        ticks = Table(rows, colWidths=[16, 200])
        ticks.setStyle(
            TableStyle(
                [
                    *TABLE_CELLS,
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        checks.append(ticks)
        ticked = sum(c.ticked for c in report.checklist)
        checks.append(rich(muted(f"{ticked} of {len(report.checklist)} ticked."), s.cell_small))
    else:
        checks.append(rich(missing("No checklist for this statement."), s.cell_small))
    consent: list[Flowable] = [text("Consent: can everyone live with it?", s.cell_bold)]
    if report.consent.room.total:
        consent.append(histogram_drawing(report.consent.room))
    consent.append(rich(consent_line(report.consent), s.cell_small))
    left = 236.0
    table = Table([[checks, consent]], colWidths=[left, FRAME_WIDTH - left])
    table.setStyle(TableStyle([*TABLE_CELLS, ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return table


def consent_line(poll: RatingPoll) -> str:
    """One sentence on the fist-of-five consent, as Paragraph markup."""
    room = poll.room
    if not room.total:
        return "No consent vote was recorded."
    low, high = poll.scale[0], poll.scale[-1]
    line = f"{low} to {high} fingers, {plural(room.total, 'vote')}. "
    blocks = dict(room.counts).get(low, 0)
    if blocks:
        people = "1 person blocks" if blocks == 1 else f"{blocks} people block"
        return line + f"<b>{people} the statement: it is not agreed yet.</b>"
    if not room.concerns:
        return line + f"Everyone at {CONCERN_AT_OR_BELOW + 1} or above: the room can live with it."
    people = "1 person" if room.concerns == 1 else f"{room.concerns} people"
    return line + f"<b>{people} at {CONCERN_AT_OR_BELOW} or below: concerns to hear.</b>"
