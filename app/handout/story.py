"""The pre-mortem handout as reportlab flowables: page one for everyone, then the detail."""

from reportlab.platypus import Flowable, PageBreak

from app.handout import detail
from app.handout.page_one import page_one
from app.handout.styles import styles
from facilitation.premortem_report import PremortemReport


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
