"""What the pre-mortem handout shows, computed from a session: numbers and text, no layout."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from facilitation.board import risk_gaps
from facilitation.dates import readable
from facilitation.entities import Card
from facilitation.report_readers import (
    ContextField,
    Histogram,
    PhaseTime,
    RoleGroup,
    answering_actions,
    local_date,
    phase_times,
    poll_histogram,
    role_counts,
    role_groups,
)
from facilitation.roles import Role
from facilitation.scoring import Band, Banding
from facilitation.session import Session

# Phase and poll ids of resources/methods/premortem.toml that the handout reads.
REASONS_PHASE = "reasons"
SUCCESS_PHASE = "success"
CONFIDENCE_POLL = "confidence"

# Page one lists the High risks, but at least three and at most five so that it stays one page.
TOP_RISKS_MIN, TOP_RISKS_MAX = 3, 5
EXAMPLES_PER_RISK = 2
UNCLUSTERED = "Not clustered"
DEFAULT_REVIEW = "At the first milestone"


@dataclass(frozen=True)
class Condition:
    """One line of the verdict's conditions; `marker` is "•", "2." or "" for a plain line."""

    marker: str
    text: str


@dataclass(frozen=True)
class RiskRow:
    """One theme of the register; unsized themes have score 0 and no band."""

    theme_id: str
    theme: str
    examples: tuple[str, ...]
    cards: int
    split: tuple[tuple[Role, int], ...]  # cards per role, in ROLE_ORDER, roles with none left out
    dots: int
    likelihood: int
    impact: int
    score: int
    band: Band | None
    roam: str  # "" or the status word: Resolved, Owned, Accepted, Mitigated
    mitigation: str
    warning_sign: str
    owner: str
    due: str
    gaps: tuple[str, ...]  # what the ROAM answer still lacks, e.g. ("owner",)
    actions: tuple[int, ...]  # numbers (from 1) of the actions that answer this risk

    @property
    def sized(self) -> bool:
        return self.score > 0

    def role_count(self, role: Role) -> int:
        return dict(self.split).get(role, 0)


@dataclass(frozen=True)
class ActionRow:
    what: str
    owner: str
    due: str
    done_when: str


@dataclass(frozen=True)
class KeyToSuccess:
    text: str
    role: Role
    dots: int


@dataclass(frozen=True)
class Reason:
    text: str
    role: Role
    lens: str
    duplicate: bool


@dataclass(frozen=True)
class ReasonGroup:
    theme: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PremortemReport:
    title: str
    method_name: str
    date: date
    completed: bool
    context: tuple[ContextField, ...]  # in the order the method asks for them
    participants: tuple[RoleGroup, ...]
    verdict: str
    conditions: tuple[Condition, ...]
    confidence: Histogram
    banding: Banding
    risks: tuple[RiskRow, ...]
    top_risks: tuple[RiskRow, ...]
    actions: tuple[ActionRow, ...]
    keys_to_success: tuple[KeyToSuccess, ...]
    reasons: tuple[ReasonGroup, ...]
    phase_times: tuple[PhaseTime, ...]
    next_review: str


def premortem_report(session: Session) -> PremortemReport:
    """Everything the pre-mortem handout shows, sorted and counted."""
    record = session.record
    setup = record.setup
    risks = _risk_rows(session)
    return PremortemReport(
        title=record.title,
        method_name=session.method.name,
        date=local_date(session),
        completed=record.status == "completed",
        context=tuple(
            ContextField(f.label, readable(setup.get(f.id, "")))
            for f in session.method.setup_fields
        ),
        participants=role_groups(session),
        verdict=record.verdict,
        conditions=_conditions(record.verdict_notes),
        confidence=poll_histogram(session, CONFIDENCE_POLL),
        banding=session.banding(),
        risks=risks,
        top_risks=_top_risks(risks),
        actions=tuple(
            ActionRow(a.what, a.owner, a.due, a.done_when) for a in session.ordered_actions()
        ),
        keys_to_success=_keys(session),
        reasons=_reason_groups(session, risks),
        phase_times=phase_times(session),
        # A later method version may ask for a date at setup; until then, the METHODS.md default.
        next_review=setup.get("next_review", "").strip() or DEFAULT_REVIEW,
    )


_MARKER = re.compile(r"^(?:([-*•])|(\d{1,2})[.)])\s+")


def _conditions(notes: str) -> tuple[Condition, ...]:
    """One condition per line, keeping the facilitator's numbering or bullets.

    When some lines carry a marker, unmarked ones are lead-ins and print plain; when none do,
    every line is a condition of its own and gets a bullet.
    """
    lines = [line.strip() for line in notes.splitlines() if line.strip()]
    found = [_MARKER.match(line) for line in lines]
    plain = "" if any(found) else "•"
    conditions = []
    for line, match in zip(lines, found, strict=True):
        if match is None:
            conditions.append(Condition(plain, line))
        else:
            marker = "•" if match.group(1) else f"{match.group(2)}."
            conditions.append(Condition(marker, line[match.end() :]))
    return tuple(conditions)


def _top_risks(risks: tuple[RiskRow, ...]) -> tuple[RiskRow, ...]:
    sized = [r for r in risks if r.sized]
    high = sum(1 for r in sized if r.band is Band.HIGH)
    return tuple(sized[: min(max(high, TOP_RISKS_MIN), TOP_RISKS_MAX)])


def _examples(cards: list[Card]) -> tuple[str, ...]:
    # A duplicate repeats a reason already given, so it makes a poor second example.
    originals = [c for c in cards if c.mark != "duplicate"] or cards
    return tuple(c.text for c in originals[:EXAMPLES_PER_RISK])


def _risk_rows(session: Session) -> tuple[RiskRow, ...]:
    """Every theme, highest L×I first; ties and unsized themes by dots, cards, then board order."""
    votes = session.theme_votes()
    banding = session.banding()
    rows: list[RiskRow] = []
    for theme in session.themes_by_risk():
        cards = [c for c in session.cards_of_theme(theme.id) if c.phase_id == REASONS_PHASE]
        risk = session.risk_for(theme.id)
        score = risk.score
        row = RiskRow(
            theme_id=theme.id,
            theme=theme.name,
            examples=_examples(cards),
            cards=len(cards),
            split=role_counts(session, cards),
            dots=votes.get(theme.id, 0),
            likelihood=risk.likelihood if score else 0,
            impact=risk.impact if score else 0,
            score=score,
            band=banding.band(score) if score else None,
            roam=risk.roam.capitalize(),
            mitigation=risk.mitigation,
            warning_sign=risk.warning_sign,
            owner=risk.owner,
            due=risk.due,
            gaps=tuple(risk_gaps(risk)),
            actions=answering_actions(session, theme.id),
        )
        rows.append(row)
    return tuple(rows)


def _keys(session: Session) -> tuple[KeyToSuccess, ...]:
    cards = session.cards_in(SUCCESS_PHASE)
    ranked = sorted(cards, key=lambda c: (-session.tally(c.id), c.position))
    return tuple(KeyToSuccess(c.text, c.role, session.tally(c.id)) for c in ranked)


def _reason_groups(session: Session, risks: tuple[RiskRow, ...]) -> tuple[ReasonGroup, ...]:
    """Reasons under their theme, themes in register order, unclustered reasons last."""
    lenses = {lens.id: lens.name for lens in session.method.lenses}
    cards = session.cards_in(REASONS_PHASE)

    def reasons(selected: Iterable[Card]) -> tuple[Reason, ...]:
        return tuple(
            Reason(c.text, c.role, lenses.get(c.lens, ""), c.mark == "duplicate") for c in selected
        )

    groups = [
        ReasonGroup(row.theme, reasons(c for c in cards if c.theme_id == row.theme_id))
        for row in risks
    ]
    loose = reasons(c for c in cards if c.theme_id not in session.themes)
    groups.append(ReasonGroup(UNCLUSTERED, loose))
    return tuple(g for g in groups if g.reasons)
