"""What the end-of-session screen shows: the one line that was decided, and a short list.

Each method gets the headline its handout leads with; a method without its own entry falls back to
its top themes, so a new method's summary works from its TOML alone.
"""

from collections.abc import Callable
from dataclasses import dataclass

from facilitation import decision_record, outcomes
from facilitation.session import Session
from facilitation.voting import poll_mean


@dataclass(frozen=True)
class Summary:
    headline: str
    list_title: str
    items: tuple[str, ...]
    actions: tuple[str, ...]


def summarise(session: Session) -> Summary:
    headline, title, items = _BY_METHOD.get(session.method.id, _themes)(session)
    return Summary(headline, title, tuple(items), tuple(_actions(session)))


def _actions(session: Session) -> list[str]:
    lines = []
    for action in session.ordered_actions():
        owners = action.owners or "no owner"
        lines.append(f"{action.what} · {owners} · {action.due or 'no date'}")
    return lines


Parts = tuple[str, str, list[str]]
TOP_THEMES = 5


def _premortem(session: Session) -> Parts:
    record = session.record
    verdict = f"Verdict: {record.verdict or 'none recorded'}"
    if record.verdict_notes:
        verdict += f"\n{record.verdict_notes}"
    banding = session.banding()
    risks = []
    for theme, risk in session.sized_risks():
        owner = f" · {risk.owner}" if risk.owner else ""
        risks.append(f"{theme.name}: {banding.label(risk.score)}{owner}")
    return verdict, "Top risks", risks


def _problem(session: Session) -> Parts:
    found = outcomes.outcomes(session)
    headline = found.get("problem_statement") or "No problem statement agreed yet."
    metrics = []
    # The metric rows only: the non-goals beside them are cards of the same phase, own column.
    for card in session.cards_in_column(outcomes.source_phase(session.method, "metric"), ""):
        f = card.fields
        kind = "guardrail" if f.get("kind") == "guardrail" else "success"
        target = f" · {f.get('baseline') or '?'} → {f.get('target') or '?'}"
        metrics.append(f"{f.get('metric', card.text)} ({kind}){target}")
    return headline, "Success metrics", metrics


def _tradeoff(session: Session) -> Parts:
    chosen = outcomes.chosen_record(session, outcomes.source_phase(session.method, "chosen"))
    headline = f"Decision: {chosen}" if chosen else "No option chosen yet."
    standings = [
        f"{r.rank}. {r.option.text}: {r.total:g} ({r.percent:.0f}% of the maximum)"
        for r in decision_record.standings(session).rows
    ]
    return headline, "Options by weighted score", standings


def _themes(session: Session) -> Parts:
    votes = session.theme_votes()
    items = [f"{t.name}: {votes.get(t.id, 0)} dots" for t in session.top_themes(TOP_THEMES)]
    return "", "Top themes", items


def _retro(session: Session) -> Parts:
    _, title, items = _themes(session)
    labelled = []
    for item, theme in zip(items, session.top_themes(TOP_THEMES), strict=True):
        seam = session.label_choice(theme.id, "seam")
        labelled.append(f"{item} · seam: {seam.name}" if seam and seam.name else item)
    roti = poll_mean(session.poll("roti"))
    headline = f"Return on time invested: {roti:.1f} of 5" if roti is not None else ""
    return headline, title, labelled


_BY_METHOD: dict[str, Callable[[Session], Parts]] = {
    "premortem": _premortem,
    "problem": _problem,
    "tradeoff": _tradeoff,
    "retro": _retro,
}
