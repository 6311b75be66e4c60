"""The trade-off handout: the decision record first, then the matrix and everything behind it."""

from reportlab.platypus import Flowable, PageBreak

from app.handout import detail, tradeoff_detail, tradeoff_matrix
from app.handout.story import Handout
from app.handout.styles import styles
from app.handout.tradeoff_record import decision_record
from facilitation.session import Session
from facilitation.tradeoff_report import TradeoffReport, tradeoff_report


def handout(session: Session) -> Handout:
    report = tradeoff_report(session)
    return Handout(report.method_name, report.title, report.date, build_story(report))


def build_story(report: TradeoffReport) -> list[Flowable]:
    s = styles()
    return [
        *decision_record(report, s),
        PageBreak(),
        *tradeoff_matrix.weighted_matrix(report, s),
        *tradeoff_matrix.pugh_table(report, s),
        *tradeoff_detail.value_effort(report, s),
        *tradeoff_detail.sliders(report, s),
        *tradeoff_detail.option_cards(report, s),
        *tradeoff_detail.scope(report, s),
        *tradeoff_detail.risks(report, s),
        *tradeoff_detail.sensitivity(report, s),
        *tradeoff_matrix.raw_scores(report, s),
        *tradeoff_matrix.slider_ranks(report, s),
        *detail.timings(report.phase_times, s),
    ]
