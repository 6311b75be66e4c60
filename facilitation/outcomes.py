"""What a session hands on to the sessions that follow it, and setup pre-filled from it.

A method's TOML names its outcomes and where each comes from, e.g.
`problem_statement = "statement:converge"`; a later method's setup field names the outcome that
pre-fills it (`prefill = "problem_statement"`).
"""

from collections.abc import Iterable, Mapping

from facilitation import decision_record
from facilitation.dates import readable
from facilitation.method import Method
from facilitation.prompts import fill
from facilitation.session import Session

TOP_RISKS = 3


def outcomes(session: Session) -> dict[str, str]:
    """Each outcome the method declares, as text; empty outcomes are left out."""
    found = {name: _source(session, source) for name, source in session.method.outcomes.items()}
    return {name: text for name, text in found.items() if text}


def source_phase(method: Method, kind: str) -> str:
    """The phase the method's first outcome of `kind` comes from ("metric:metrics" → "metrics").

    "" when the method hands on no such outcome.
    """
    sources = (source.partition(":") for source in method.outcomes.values())
    return next((where for found, _, where in sources if found == kind), "")


def _source(session: Session, source: str) -> str:
    kind, _, where = source.partition(":")
    if kind == "setup":
        return session.record.setup.get(where, "")
    if kind == "statement":
        return statement(session, where)
    if kind == "metric":
        return first_metric(session, where)
    if kind == "top_risks":
        return top_risks(session)
    if kind == "chosen":
        return chosen_record(session, where)
    return ""


def statement(session: Session, phase_id: str) -> str:
    """The sentence a text_fields phase's template makes of its fields, once any is filled."""
    panel = session.method.find_panel(phase_id, "text_fields")
    if panel is None or "template" not in panel.settings:
        return ""
    values = {f.id: session.field(phase_id, f.id) for f in panel.fields}
    if not any(values.values()):
        return ""
    return fill(str(panel.settings["template"]), values)


def first_metric(session: Session, phase_id: str) -> str:
    """ "metric: baseline → target by date" for the first success metric recorded in a phase."""
    for card in session.cards_in(phase_id):
        f = card.fields
        if f.get("metric") and f.get("kind", "success") == "success":
            parts = [f["metric"]]
            if f.get("baseline") or f.get("target"):
                parts.append(f"from {f.get('baseline') or '?'} to {f.get('target') or '?'}")
            if f.get("date"):
                parts.append(f"by {readable(f['date'])}")
            return " ".join(parts)
    return ""


def top_risks(session: Session) -> str:
    banding = session.banding()
    lines = [
        f"{theme.name} ({banding.label(risk.score)})"
        for theme, risk in session.sized_risks()[:TOP_RISKS]
    ]
    return "\n".join(lines)


def chosen_record(session: Session, phase_id: str) -> str:
    """The option a decision phase chose, with its rationale."""
    chosen = decision_record.chosen(session, phase_id)
    if chosen is None:
        return ""
    because = session.field(phase_id, "rationale")
    return f"{chosen.text}, because {because}" if because else chosen.text


def prefill(method: Method, earlier: Iterable[Mapping[str, str]]) -> dict[str, str]:
    """Setup values a new session takes from the outcomes of the sessions it follows.

    The first linked session that has an outcome wins, so list the closest one first.
    """
    found: dict[str, str] = {}
    sources = list(earlier)
    for spec in method.setup_fields:
        if spec.prefill:
            value = next((o[spec.prefill] for o in sources if o.get(spec.prefill)), "")
            if value:
                found[spec.id] = value
    return found
