"""A whole session as plain JSON data, in the shape docs/session.schema.json describes.

Besides what is stored, `results` holds the numbers and picks a reader would otherwise have to
recompute, each taken from the domain's own functions: a trade-off's totals and ranks, a problem
definition's final statement, a retrospective's top themes.
"""

from typing import Any

from facilitation import (
    decision_matrix,
    decision_record,
    outcomes,
    scope,
    targets,
    tradeoff,
    tradeoff_report,
)
from facilitation.entities import (
    Action,
    Card,
    FieldValue,
    Label,
    Link,
    Participant,
    PhaseRun,
    Review,
    Risk,
    Score,
    Theme,
)
from facilitation.session import Session

FORMAT = "seam-session"
# Bump only for a change that breaks readers; new optional sections keep the version.
FORMAT_VERSION = 1

Json = dict[str, Any]
REVIEW_KINDS = ("action", "risk")
# The label sets of resources/methods/retro.toml that its results name.
SEAM, CIRCLE = "seam", "circle"


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
            "team": record.team,
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
        "polls_by_side": _polls_by_side(session),
        "scores": [_score(s) for s in sorted(session.scores.values(), key=_score_order)],
        "labels": [_label(x) for x in sorted(session.labels.values(), key=_label_order)],
        "field_values": [
            _field_value(f) for f in sorted(session.field_values.values(), key=_field_order)
        ],
        "links": [_link(link) for link in session.ordered_links()],
        "reviews": [_review(r) for kind in REVIEW_KINDS for r in session.ordered_reviews(kind)],
        "results": _results(session),
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
        "column": card.column or None,
        "parent_id": card.parent_id or None,
        "fields": dict(sorted(card.fields.items())),
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
        "co_owner": action.co_owner,
        "status": action.status or None,
    }


def _counts(session: Session, poll_id: str, side: str | None = None) -> dict[str, int]:
    """{value: count}; JSON keys are strings, so values are written as digits."""
    return {str(v): n for v, n in sorted(session.poll(poll_id, side).items())}


def _polls(session: Session) -> dict[str, dict[str, int]]:
    """Poll id → {value: count}."""
    poll_ids = sorted({poll_id for poll_id, _, _ in session.poll_counts})
    return {poll_id: _counts(session, poll_id) for poll_id in poll_ids}


def _polls_by_side(session: Session) -> dict[str, dict[str, dict[str, int]]]:
    """Poll id → side → {value: count}, for polls counted side by side (a split check-in)."""
    return {
        poll_id: {
            side: _counts(session, poll_id, side) for side in session.poll_sides(poll_id) if side
        }
        for poll_id in sorted({poll_id for poll_id, _, side in session.poll_counts if side})
    }


# ----- generic records: scores, labels, named fields, links, reviews ----------------------------


def _side(side: str) -> str | None:
    return side or None  # "" is the whole room, or what the sides agreed


def _score_order(score: Score) -> tuple[str, str, str]:
    return (score.item_id, score.criterion, score.side)


def _score(score: Score) -> Json:
    return {
        "item_id": score.item_id,
        "criterion": score.criterion,
        "side": _side(score.side),
        "value": score.value,
    }


def _label_order(label: Label) -> tuple[str, str]:
    return (label.item_id, label.scheme)


def _label(label: Label) -> Json:
    return {"item_id": label.item_id, "scheme": label.scheme, "value": label.value}


def _field_order(value: FieldValue) -> tuple[str, str]:
    return (value.owner_id, value.field_id)


def _field_value(value: FieldValue) -> Json:
    return {"owner_id": value.owner_id, "field_id": value.field_id, "text": value.text}


def _link(link: Link) -> Json:
    return {"earlier_id": link.earlier_id, "position": link.position}


def _review(review: Review) -> Json:
    return {
        "item_id": review.item_id,
        "kind": review.kind,
        "source_session_id": review.source_session_id,
        "text": review.text,
        "owner": review.owner,
        "status": review.status or None,
        "trend": review.trend or None,
        "note": review.note,
        "position": review.position,
    }


# ----- results: what a reader would otherwise recompute -----------------------------------------


def _results(session: Session) -> Json:
    """The method's derived results, under its id; other methods' readers find nothing to read."""
    if session.method.id == "tradeoff":
        return {"tradeoff": tradeoff_results(session)}
    if session.method.id == "problem":
        return {"problem": problem_results(session)}
    if session.method.id == "retro":
        return {"retro": retro_results(session)}
    return {}


def _number(value: float) -> float:
    # Totals are sums of weight × a half-point mean, so they are exact; only percentages round.
    return round(value, 2)


def tradeoff_results(session: Session) -> Json:
    """Weighted totals, ranks, winner, Pugh counts, sensitivity and slider gaps."""
    # The same matrix and weight scale as the boards and the handout, read from the method.
    matrix = decision_matrix.matrix(session)
    names = {c.id: c.text for c in decision_matrix.options(session)}
    datum = decision_matrix.datum(session)
    change = tradeoff.sensitivity(matrix, decision_matrix.weight_scale(session))
    decision = session.method.first_panel("decision")
    chosen = decision_record.chosen(session, decision[0].id) if decision else None
    return {
        "max_total": tradeoff.max_total(matrix),
        "criteria": [
            {"id": c.id, "name": c.text, "weight": matrix.weights.get(c.id) or None}
            for c in decision_matrix.criteria(session)
        ],
        "standings": [
            {
                "option_id": s.option,
                "name": names[s.option],
                "total": s.total,
                "percent_of_max": _number(s.percent),
                "rank": s.rank,
            }
            for s in tradeoff.ranking(matrix)
        ],
        "winner": tradeoff.winner(matrix),
        "cells": _cells(session, matrix),
        "pugh": {
            "datum": datum.id if datum else None,
            "options": [
                {
                    "option_id": option,
                    "plus": t.plus,
                    "same": t.same,
                    "minus": t.minus,
                    "net": t.net,
                }
                for option, t in (tradeoff.pugh(matrix, datum.id) if datum else {}).items()
            ],
        },
        "sensitivity": None
        if change is None
        else {
            "criterion_id": change.criterion,
            "from_weight": change.from_weight,
            "to_weight": change.to_weight,
            "new_winner": change.new_winner,
            "size": change.size,
            "fragile": change.fragile,
        },
        "sliders": _sliders(session),
        "scope": _scope(session),
        "chosen_option_id": chosen.id if chosen else None,
    }


# The handout's own readers: a score or rank of 0 there is one nobody gave, null here.


def _cells(session: Session, matrix: tradeoff.Matrix) -> list[Json]:
    """Each option on each criterion: the agreed (mean) score, each side's, and their gap."""
    return [
        {
            "option_id": cell.option,
            "criterion_id": cell.criterion,
            "score": cell.agreed,
            "product": cell.product or None,
            "engineering": cell.engineering or None,
            "gap": cell.gap,
        }
        for cell in tradeoff_report.cell_rows(session, matrix).values()
    ]


def _sliders(session: Session) -> list[Json]:
    """Each trade-off slider's rank from product, engineering and the agreed list, and the gap."""
    return [
        {
            "item_id": row.id,
            "name": row.name,
            "product": row.product or None,
            "engineering": row.engineering or None,
            "agreed": row.agreed or None,
            "gap": row.gap,
        }
        for row in tradeoff_report.slider_rows(session)
    ]


def _scope(session: Session) -> list[Json]:
    """Per option, each MoSCoW label's share of the planned effort, as the scope board shows it.

    scope.effort_shares hands the features to tradeoff.moscow_shares, leaving Won't out.
    """
    where = session.method.first_panel("classify", "scope")
    if where is None:
        return []
    phase, panel = where
    scheme, limit = scope.scheme_of(panel.settings), scope.must_share_max(panel.settings)
    found = []
    for option in decision_matrix.options(session):
        features = scope.features(session, phase.id, option.id, scheme)
        if not features:
            continue
        shares = scope.effort_shares(features)
        found.append(
            {
                "option_id": option.id,
                "shares": {label: _number(share) for label, share in sorted(shares.items())},
                "must_share_max": limit,
                "musts_within_limit": shares.get(scope.MUST, 0.0) <= limit,
            }
        )
    return found


def problem_results(session: Session) -> Json:
    """The final statement and success metric as the method hands them on, and the top What card."""
    handed_on = outcomes.outcomes(session)
    top = None
    phase = next(
        (
            phase
            for phase, panel in session.method.all_panels()
            if panel.kind == "chain" and panel.settings.get("target") == "top_card"
        ),
        None,
    )
    card = targets.top_card(session, phase) if phase else None
    if phase and card:
        top = {
            "card_id": card.id,
            "text": card.text,
            "dots": session.tallies_in(phase.id).get(card.id, 0),
            "whys": [c.id for c in targets.whys(session, phase, card.id)],
        }
    return {
        "statement": handed_on.get("problem_statement"),
        "success_metric": handed_on.get("success_metric"),
        "top_card": top,
    }


def retro_results(session: Session) -> Json:
    """The themes the room discussed, most dots first, with their seam and circle labels."""
    top = max(
        (
            int(panel.settings.get("top", 5))
            for _, panel in session.method.all_panels()
            if panel.settings.get("target") == "top_themes"
        ),
        default=5,
    )
    votes = session.theme_votes()
    return {
        "top_themes": [
            {
                "theme_id": theme.id,
                "name": theme.name,
                "votes": votes.get(theme.id, 0),
                "seam": session.label(theme.id, SEAM) or None,
                "circle": session.label(theme.id, CIRCLE) or None,
            }
            for theme in session.top_themes(top)
        ]
    }
