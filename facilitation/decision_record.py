"""The decision record (after Nygard's ADR, MADR and DACI): the chosen option and why.

The decision phase keeps its fields (title, rationale, consequences, debt, revisit trigger,
status) and the chosen option's id under its own id; each other option keeps its "why not"
under the option's id, so the reason stays with the option it rejects. The ranking beside the
choice is the weighted matrix's, so the approver sees whether they chose the top-scored option.
"""

from dataclasses import dataclass

from facilitation import decision_matrix, records
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.method import Choice, FieldSpec, Panel
from facilitation.session import Session
from facilitation.tradeoff import ranking

CHOSEN = "chosen"
WHY_NOT = FieldSpec("why_not", "Why not", "text")
OFF_TOP_NOTE = "not the top-scored option: say why in the rationale."


@dataclass(frozen=True)
class OptionStanding:
    option: Card
    total: float
    percent: float
    rank: int  # 1 is best; tied options share a rank


@dataclass(frozen=True)
class Standings:
    rows: list[OptionStanding]  # best first; board order while nothing is scored
    scored: bool


def standings(session: Session) -> Standings:
    """Every option by weighted total, out of the scoring phase's scale; ties keep board order."""
    cards = {o.id: o for o in decision_matrix.options(session)}
    ranked = ranking(decision_matrix.matrix(session))
    rows = [OptionStanding(cards[s.option], s.total, s.percent, s.rank) for s in ranked]
    return Standings(rows, any(s.total > 0 for s in ranked))


def chosen(session: Session, phase_id: str) -> Card | None:
    """The chosen option, or None before the choice (or after the option was deleted)."""
    option_id = session.field(phase_id, CHOSEN)
    return next((o for o in decision_matrix.options(session) if o.id == option_id), None)


def off_top_note(session: Session, phase_id: str) -> str:
    """A gentle sentence when the chosen option is not among the top-scored; "" otherwise."""
    option = chosen(session, phase_id)
    found = standings(session)
    if option is None or not found.scored:
        return ""
    rank = next(r.rank for r in found.rows if r.option.id == option.id)
    return "" if rank == 1 else f"{option.text} is {OFF_TOP_NOTE}"


def rejected(session: Session, phase_id: str) -> list[Card]:
    """The options that need a "why not": all but the chosen one, in board order."""
    option = chosen(session, phase_id)
    return [o for o in decision_matrix.options(session) if option is None or o.id != option.id]


# ----- commands ----------------------------------------------------------------------------------


def choose(session: Session, phase_id: str, option_id: str) -> Change:
    """Record the chosen option; an empty id takes the choice back."""
    options = decision_matrix.options(session)
    if option_id:
        decision_matrix.option(session, option_id)
    spec = FieldSpec(CHOSEN, "Chosen option", "choice", choices=_choices(options))
    return records.set_field(session, phase_id, spec, option_id)


def _choices(options: list[Card]) -> tuple[Choice, ...]:
    return tuple(Choice(o.id, o.text) for o in options)


def set_why_not(session: Session, option_id: str, text: str) -> Change:
    """Why an option lost, kept on the option so the handout lists it beside it."""
    decision_matrix.option(session, option_id)
    return records.set_field(session, option_id, WHY_NOT, text)


def set_record_field(
    session: Session, phase_id: str, panel: Panel, field_id: str, value: str
) -> Change:
    """One of the panel's fields (the "We will…" title, rationale, status…)."""
    spec = panel.field(field_id)
    if spec is None:
        raise DomainError(f"A decision record here has no field '{field_id}'.")
    return records.set_field(session, phase_id, spec, value)
