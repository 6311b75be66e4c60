"""The pre-mortem handout: page one for everyone, then the register, reasons and timings."""

from reportlab.platypus import Flowable, PageBreak

from app.handout import detail
from app.handout.page_one import page_one
from app.handout.story import Handout
from app.handout.styles import styles
from facilitation.premortem_report import PremortemReport, premortem_report
from facilitation.session import Session


def handout(session: Session) -> Handout:
    report = premortem_report(session)
    return Handout(report.method_name, report.title, report.date, build_story(report))


def build_story(report: PremortemReport) -> list[Flowable]:
    s = styles()
    return [
        *page_one(report, s),
        PageBreak(),
        *detail.context(report, s),
        *detail.register(report, s),
        *detail.confidence(report.confidence, s),
        *detail.keys_to_success(report, s),
        *detail.reasons(report, s),
        *detail.timings(report.phase_times, s),
    ]
