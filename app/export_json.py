"""A whole session as plain JSON data, in the shape docs/session.schema.json describes."""

from typing import Any

from facilitation.entities import Action, Card, Participant, PhaseRun, Risk, Theme
from facilitation.session import Session

FORMAT = "seam-session"
# Bump only for a change that breaks readers; new optional sections keep the version.
FORMAT_VERSION = 1

Json = dict[str, Any]


def session_to_json(session: Session) -> Json:
    """Everything stored about `session`, plus the scores and bands a reader would recompute."""
    record = session.record
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "method": {"id": session.method.id, "name": session.method.name},
        "session": {
            "id": record.id,
            "title": record.title,
            "status": record.status,
            "created_at": record.created_at,
            "updated_at": record.updated_at,
            "total_min": record.total_min,
            "setup": dict(sorted(record.setup.items())),
            "verdict": record.verdict or None,
            "verdict_notes": record.verdict_notes,
        },
        "participants": [_participant(p) for p in session.ordered_participants()],
        "phases": [_phase(session, run) for run in session.ordered_runs()],
        "cards": [_card(c) for c in _ordered_cards(session)],
        "themes": [_theme(t) for t in session.ordered_themes()],
        "tallies": [
            {"item_id": t.item_id, "phase_id": t.phase_id, "count": t.count}
            for t in sorted(
                session.tallies.values(), key=lambda t: (t.phase_id, -t.count, t.item_id)
            )
        ],
        "risks": _risks(session),
        "actions": [_action(a) for a in session.ordered_actions()],
        "polls": _polls(session),
    }


def _participant(person: Participant) -> Json:
    return {
        "id": person.id,
        "name": person.name,
        "role": person.role.value,
        "position": person.position,
    }


def _minutes(seconds: float) -> float:
    return round(seconds / 60, 2)


def _phase(session: Session, run: PhaseRun) -> Json:
    # A session stored by an older version of the method may name a phase it no longer has.
    phase = session.method.find_phase(run.phase_id)
    return {
        "id": run.phase_id,
        "name": phase.name if phase else run.phase_id,
        "input_kind": phase.input_kind if phase else None,
        "position": run.position,
        "planned_min": _minutes(run.planned_s),
        "actual_min": _minutes(session.elapsed_s(run)),
        "state": run.state,
    }


def _ordered_cards(session: Session) -> list[Card]:
    """Cards in the order the meeting produced them: by phase as run, then by position."""
    order = {run.phase_id: run.position for run in session.ordered_runs()}
    return sorted(
        session.cards.values(), key=lambda c: (order.get(c.phase_id, len(order)), c.position)
    )


def _card(card: Card) -> Json:
    return {
        "id": card.id,
        "phase_id": card.phase_id,
        "text": card.text,
        "role": card.role.value,
        "lens": card.lens or None,
        "theme_id": card.theme_id or None,
        "mark": card.mark or None,
        "position": card.position,
        "created_at": card.created_at,
    }


def _theme(theme: Theme) -> Json:
    return {"id": theme.id, "name": theme.name, "position": theme.position}


def _risks(session: Session) -> list[Json]:
    """In the order of the risk register: Session.themes_by_risk."""
    banding = session.banding()

    def one(risk: Risk) -> Json:
        score = risk.score
        return {
            "theme_id": risk.theme_id,
            "likelihood": risk.likelihood or None,
            "impact": risk.impact or None,
            "score": score or None,
            "band": banding.band(score).value if score else None,
            "roam": risk.roam or None,
            "mitigation": risk.mitigation,
            "warning_sign": risk.warning_sign,
            "owner": risk.owner,
            "due": risk.due,
        }

    return [one(session.risks[t.id]) for t in session.themes_by_risk() if t.id in session.risks]


def _action(action: Action) -> Json:
    return {
        "id": action.id,
        "what": action.what,
        "owner": action.owner,
        "due": action.due,
        "done_when": action.done_when,
        "theme_id": action.theme_id or None,
        "position": action.position,
    }


def _polls(session: Session) -> dict[str, dict[str, int]]:
    """Poll id → {value: count}; JSON keys are strings, so values are written as digits."""
    poll_ids = sorted({poll_id for poll_id, _, _ in session.poll_counts})
    return {
        poll_id: {str(v): n for v, n in sorted(session.poll(poll_id).items())}
        for poll_id in poll_ids
    }
