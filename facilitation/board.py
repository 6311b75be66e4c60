"""Commands on a session's boards: cards, themes, dot tallies, risks, actions, verdict and polls."""

from dataclasses import replace
from typing import Any

from facilitation.changes import Change, Remove, put
from facilitation.entities import Action, Card, PollCount, Risk, Tally, Theme
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.scoring import SCALE
from facilitation.session import Session
from facilitation.text import CARD_MAX_CHARS, FIELD_MAX_CHARS, clean_line, clean_text

ROAM = ("resolved", "owned", "accepted", "mitigated")
CARD_MARKS = ("", "read", "duplicate")


def _card(session: Session, card_id: str) -> Card:
    try:
        return session.cards[card_id]
    except KeyError:
        raise DomainError("That card is no longer on the board.") from None


def _theme(session: Session, theme_id: str) -> Theme:
    try:
        return session.themes[theme_id]
    except KeyError:
        raise DomainError("That theme is no longer on the board.") from None


def _lens(session: Session, lens: str) -> str:
    """A lens the method knows, or none: a card never carries a hint category nobody can read."""
    return lens if lens in {x.id for x in session.method.lenses} else ""


# ----- cards -----------------------------------------------------------------------------------


def add_card(
    session: Session,
    phase_id: str,
    text: str,
    role: Role,
    lens: str = "",
    *,
    column: str = "",
    parent_id: str = "",
    fields: dict[str, str] | None = None,
) -> Change:
    """A card in a phase; in a column, under a parent item (a why, a feature), with short fields.

    `fields` hold one-line extras such as a timeline card's "when" or a feature's "effort".
    """
    cleaned = clean_text(text, max_chars=CARD_MAX_CHARS, what="A card")
    extras = {
        k: clean_line(v, what=k.capitalize(), required=False) for k, v in (fields or {}).items()
    }
    card = Card(
        id=session.id_factory(),
        phase_id=phase_id,
        text=cleaned,
        role=role,
        position=session.next_position(session.cards_in(phase_id)),
        created_at=session.now_iso(),
        lens=_lens(session, lens),
        column=column,
        parent_id=parent_id,
        fields=extras,
        hidden=_written_in_silence(session, phase_id),
    )
    return put(card, session.touched())


def _written_in_silence(session: Session, phase_id: str) -> bool:
    # The parking lot is no phase of the method: it is never silent.
    phase = session.method.find_phase(phase_id)
    return phase is not None and phase.silent


def edit_card(
    session: Session,
    card_id: str,
    *,
    text: str | None = None,
    role: Role | None = None,
    lens: str | None = None,
    mark: str | None = None,
    column: str | None = None,
    fields: dict[str, str] | None = None,
) -> Change:
    """Change what was given; `fields` are merged into the card's short fields."""
    card = _card(session, card_id)
    if column is not None:
        card = replace(card, column=column)
    if fields is not None:
        extras = {k: clean_line(v, what=k.capitalize(), required=False) for k, v in fields.items()}
        card = replace(card, fields={**card.fields, **extras})
    if text is not None:
        card = replace(card, text=clean_text(text, max_chars=CARD_MAX_CHARS, what="A card"))
    if role is not None:
        card = replace(card, role=role)
    if lens is not None:
        card = replace(card, lens=_lens(session, lens))
    if mark is not None:
        if mark not in CARD_MARKS:
            raise DomainError(f"Unknown mark '{mark}'.")
        card = replace(card, mark=mark)
    return put(card, session.touched())


def delete_card(session: Session, card_id: str) -> Change:
    """Remove a card with what hangs off it: its dots, scores, labels, fields and child cards."""
    _card(session, card_id)
    doomed = [card_id, *(c.id for c in session.children(card_id))]
    removals: list[Remove] = []
    for item in doomed:
        removals.append(Remove("card", (item,)))
        if item in session.tallies:
            removals.append(Remove("tally", (item,)))
        removals += [Remove("score", k) for k in session.scores if k[0] == item or k[1] == item]
        removals += [Remove("label", k) for k in session.labels if k[0] == item]
        removals += [Remove("field_value", k) for k in session.field_values if k[0] == item]
    return Change(tuple(removals)) + put(session.touched())


def assign_card(session: Session, card_id: str, theme_id: str) -> Change:
    """Put a card into a theme, or take it out with an empty `theme_id`."""
    card = _card(session, card_id)
    if theme_id:
        _theme(session, theme_id)
    return put(replace(card, theme_id=theme_id), session.touched())


# ----- themes ----------------------------------------------------------------------------------


def add_theme(session: Session, name: str, card_ids: tuple[str, ...] = ()) -> Change:
    theme = Theme(
        id=session.id_factory(),
        name=clean_line(name, what="A theme name"),
        position=session.next_position(session.themes.values()),
    )
    cards = [replace(_card(session, c), theme_id=theme.id) for c in card_ids]
    return put(theme, *cards, session.touched())


def rename_theme(session: Session, theme_id: str, name: str) -> Change:
    theme = _theme(session, theme_id)
    return put(replace(theme, name=clean_line(name, what="A theme name")), session.touched())


def delete_theme(session: Session, theme_id: str) -> Change:
    """Remove a theme; its cards go back to unsorted, its dots and sizing go with it.

    Actions agreed for it stay (someone still owns them) but no longer point at it.
    """
    _theme(session, theme_id)
    freed = [replace(c, theme_id="") for c in session.cards_of_theme(theme_id)]
    freed_actions = [
        replace(a, theme_id="") for a in session.ordered_actions() if a.theme_id == theme_id
    ]
    removals = [Remove("theme", (theme_id,))]
    if theme_id in session.tallies:
        removals.append(Remove("tally", (theme_id,)))
    if theme_id in session.risks:
        removals.append(Remove("risk", (theme_id,)))
    return Change(tuple(removals)) + put(*freed, *freed_actions, session.touched())


# ----- dot votes -------------------------------------------------------------------------------


def set_tally(session: Session, phase_id: str, item_id: str, count: int) -> Change:
    if item_id not in session.themes and item_id not in session.cards:
        raise DomainError("That item is no longer on the board.")
    try:
        phase = session.method.phase(phase_id)
    except KeyError:
        raise DomainError("There is no phase there.") from None
    if phase.input_kind == "dot_vote":
        session.dot_rules(phase).check(session.tallies_in(phase_id), item_id, count)
    elif count < 0:
        raise DomainError("A tally cannot go below zero.")
    return put(Tally(item_id, phase_id, count), session.touched())


# ----- risks -----------------------------------------------------------------------------------


def size_risk(
    session: Session, theme_id: str, *, likelihood: int | None = None, impact: int | None = None
) -> Change:
    _theme(session, theme_id)
    risk = session.risk_for(theme_id)
    for name, value in (("Likelihood", likelihood), ("Impact", impact)):
        if value is not None and value not in SCALE:
            raise DomainError(f"{name} goes from 1 to 5.")
    risk = replace(
        risk,
        likelihood=risk.likelihood if likelihood is None else likelihood,
        impact=risk.impact if impact is None else impact,
    )
    return put(risk, session.touched())


def respond_to_risk(
    session: Session,
    theme_id: str,
    *,
    roam: str | None = None,
    mitigation: str | None = None,
    warning_sign: str | None = None,
    owner: str | None = None,
    due: str | None = None,
) -> Change:
    _theme(session, theme_id)
    risk = session.risk_for(theme_id)
    if roam is not None:
        if roam and roam not in ROAM:
            raise DomainError("Choose Resolved, Owned, Accepted or Mitigated.")
        risk = replace(risk, roam=roam)
    if mitigation is not None:
        risk = replace(risk, mitigation=_field(mitigation, "The mitigation"))
    if warning_sign is not None:
        risk = replace(risk, warning_sign=_field(warning_sign, "The early-warning sign"))
    if owner is not None:
        risk = replace(risk, owner=_action_field("owner", owner))
    if due is not None:
        risk = replace(risk, due=_action_field("due", due))
    return put(risk, session.touched())


def risk_gaps(risk: Risk) -> list[str]:
    """What a ROAM answer still lacks: every status but Resolved needs an owner and a date."""
    gaps = []
    if risk.roam and risk.roam != "resolved":
        if not risk.owner:
            gaps.append("owner")
        if not risk.due:
            gaps.append("follow-up date")
    return gaps


def _field(value: str, what: str) -> str:
    return clean_text(value, max_chars=FIELD_MAX_CHARS, what=what, required=False)


# ----- actions ---------------------------------------------------------------------------------

# The one-line fields of an action (and of a risk's owner and date), by what an error calls them.
_ACTION_LINES = {
    "owner": "The owner",
    "co_owner": "The second owner",
    "due": "The due date",
    "done_when": "Done when",
}


def _action_field(name: str, value: str) -> str:
    if name == "what":
        return clean_text(value, max_chars=CARD_MAX_CHARS, what="An action")
    if name not in _ACTION_LINES:
        raise DomainError(f"An action has no field '{name}'.")
    return clean_line(value, what=_ACTION_LINES[name], required=False)


def max_actions(session: Session) -> int | None:
    """The most actions the method allows (a retro keeps at most three), or None for no limit."""
    limits = [
        int(panel.settings["max_count"])
        for panel in session.method.panels_of_kind("action_items")
        if "max_count" in panel.settings
    ]
    return min(limits) if limits else None


def add_action(
    session: Session,
    what: str,
    owner: str = "",
    due: str = "",
    theme_id: str = "",
    *,
    co_owner: str = "",
    done_when: str = "",
) -> Change:
    if theme_id:
        _theme(session, theme_id)
    limit = max_actions(session)
    if limit is not None and len(session.actions) >= limit:
        raise DomainError(
            f"Keep at most {limit} actions, so they get done: drop or merge one first."
        )
    given = {"what": what, "owner": owner, "due": due, "co_owner": co_owner, "done_when": done_when}
    action = Action(
        id=session.id_factory(),
        position=session.next_position(session.actions.values()),
        theme_id=theme_id,
        **{name: _action_field(name, value) for name, value in given.items()},
    )
    return put(action, session.touched())


def edit_action(session: Session, action_id: str, **fields: str) -> Change:
    action = session.actions.get(action_id)
    if action is None:
        raise DomainError("That action is no longer on the board.")
    cleaned: dict[str, Any] = {name: _action_field(name, value) for name, value in fields.items()}
    return put(replace(action, **cleaned), session.touched())


def delete_action(session: Session, action_id: str) -> Change:
    if action_id not in session.actions:
        raise DomainError("That action is no longer on the board.")
    return Change((Remove("action", (action_id,)),)) + put(session.touched())


# ----- verdict and polls -----------------------------------------------------------------------


def set_verdict(session: Session, verdict: str, notes: str | None = None) -> Change:
    allowed = [str(v) for v in session.method.settings.get("verdicts", [])]
    if verdict and verdict not in allowed:
        raise DomainError("Choose " + ", ".join(allowed) + ".")
    record = session.touched(verdict=verdict)
    if notes is not None:
        record = replace(record, verdict_notes=_field(notes, "The conditions"))
    return put(record)


def set_poll_count(
    session: Session, poll_id: str, value: int, count: int, *, side: str = ""
) -> Change:
    """How many people showed `value`: in the whole room, or on one `side` of a split poll."""
    scale = session.method.poll_scale(poll_id)
    if scale is not None and value not in scale:
        raise DomainError(f"Choose a value from {scale[0]} to {scale[-1]}.")
    if count < 0:
        raise DomainError("A count cannot go below zero.")
    if count > 999:
        raise DomainError("That is more people than any room holds.")
    if side and side not in {r.value for r in Role}:
        raise DomainError(f"Unknown side '{side}'.")
    return put(PollCount(poll_id, value, count, side), session.touched())
