"""Commands that create a session, edit its setup, drive the timer and move between phases."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from facilitation.changes import Change, Remove, put
from facilitation.clock import Clock, iso
from facilitation.decision_matrix import DATUM_FIELD, WEIGHT
from facilitation.entities import (
    Card,
    FieldValue,
    Link,
    Participant,
    PhaseRun,
    Score,
    SessionRecord,
)
from facilitation.errors import DomainError
from facilitation.method import Method
from facilitation.records import record_title
from facilitation.roles import Role
from facilitation.schedule import scale_timeboxes
from facilitation.session import IdFactory, Session, new_id
from facilitation.text import FIELD_MAX_CHARS, clean_line, clean_text

MAX_TOTAL_MIN = 8 * 60
STARTER_KEYS = ("text", "weight", "datum")  # a starter's other keys are the record's fields


@dataclass(frozen=True)
class ParticipantDraft:
    name: str
    role: Role


@dataclass(frozen=True)
class SetupDraft:
    """What the setup form holds before it is committed."""

    title: str
    fields: Mapping[str, str]
    participants: Sequence[ParticipantDraft]
    total_min: int
    skip_optional: bool = False
    team: str = ""
    follows: Sequence[str] = ()  # ids of the earlier sessions this one follows, closest first


def _clean_setup(method: Method, draft: SetupDraft) -> tuple[str, dict[str, str]]:
    title = clean_line(draft.title, what="The session title")
    fields: dict[str, str] = {}
    for spec in method.setup_fields:
        value = draft.fields.get(spec.id, "")
        if spec.kind == "text":
            cleaned = clean_text(value, max_chars=FIELD_MAX_CHARS, what=spec.label, required=False)
        else:
            cleaned = clean_line(value, what=spec.label, required=False)
        fields[spec.id] = cleaned
    if not 5 <= draft.total_min <= MAX_TOTAL_MIN:
        raise DomainError(f"Choose a length between 5 and {MAX_TOTAL_MIN} minutes.")
    return title, fields


def missing_required(method: Method, fields: Mapping[str, str]) -> list[str]:
    """Labels of required setup fields still empty; the session can start only without any."""
    return [f.label for f in method.setup_fields if f.required and not fields.get(f.id, "").strip()]


def _participants(drafts: Sequence[ParticipantDraft], id_factory: IdFactory) -> list[Participant]:
    people = []
    for position, draft in enumerate(drafts):
        name = clean_line(draft.name, what="A participant's name", required=False)
        if name:
            people.append(Participant(id_factory(), name, draft.role, position))
    return people


def _links(session_id: str, follows: Sequence[str]) -> list[Link]:
    unique = [e for i, e in enumerate(follows) if e and e != session_id and e not in follows[:i]]
    return [Link(earlier, position) for position, earlier in enumerate(unique)]


def starter_records(
    method: Method, id_factory: IdFactory, now: str
) -> list[Card | Score | FieldValue]:
    """The cards a method pre-fills for the room to edit: default criteria, the usual options.

    A panel lists them as `starter` tables: `text` (and optionally `weight`) for plain cards,
    the record's field ids for records. They are stored with the session so they can be edited.
    """
    made: list[Card | Score | FieldValue] = []
    for phase, panel in method.all_panels():
        for position, starter in enumerate(panel.settings.get("starter", [])):
            fields = {k: str(v) for k, v in starter.items() if k not in STARTER_KEYS}
            text = str(starter["text"]) if "text" in starter else record_title(panel, fields)
            card = Card(
                id=id_factory(),
                phase_id=phase.id,
                text=text,
                role=Role.OTHER,
                position=position,
                created_at=now,
                column=panel.column,
                fields=fields,
            )
            made.append(card)
            if "weight" in starter:
                made.append(Score(card.id, WEIGHT, "", int(starter["weight"])))
            if starter.get("datum"):
                # The baseline Pugh mode compares every other option with.
                made.append(FieldValue(phase.id, DATUM_FIELD, card.id))
    return made


def _phase_runs(method: Method, total_min: int, skip_optional: bool) -> list[PhaseRun]:
    phases = [p for p in method.phases if not (skip_optional and p.optional)]
    minutes = scale_timeboxes([p.timebox_min for p in phases], total_min)
    return [
        PhaseRun(phase.id, position, minutes[position] * 60.0)
        for position, phase in enumerate(phases)
    ]


def create_session(
    method: Method, draft: SetupDraft, clock: Clock, id_factory: IdFactory = new_id
) -> tuple[Session, Change]:
    """A new session in setup state, and the change that stores it."""
    title, fields = _clean_setup(method, draft)
    now = iso(clock.now())
    record = SessionRecord(
        id=id_factory(),
        method_id=method.id,
        title=title,
        status="setup",
        created_at=now,
        updated_at=now,
        total_min=draft.total_min,
        setup=fields,
        team=clean_line(draft.team, what="The team", required=False),
    )
    participants = _participants(draft.participants, id_factory)
    runs = _phase_runs(method, draft.total_min, draft.skip_optional)
    links = _links(record.id, draft.follows)
    starters = starter_records(method, id_factory, now)
    change = put(record, *participants, *runs, *links, *starters)
    session = Session(method, record, clock, id_factory=id_factory)
    session.apply(change)
    return session, change


def update_setup(session: Session, draft: SetupDraft) -> Change:
    """Replace title, fields, people and plan; phase plans are rescaled only before starting."""
    title, fields = _clean_setup(session.method, draft)
    team = clean_line(draft.team, what="The team", required=False)
    record = session.touched(title=title, setup=fields, total_min=draft.total_min, team=team)
    removed = Change(tuple(Remove("participant", (p.id,)) for p in session.participants.values()))
    unlinked = Change(tuple(Remove("link", (k.earlier_id,)) for k in session.ordered_links()))
    people = _participants(draft.participants, session.id_factory)
    links = _links(session.id, draft.follows)
    change = removed + unlinked + put(record, *people, *links)
    if session.record.status == "setup":
        runs = _phase_runs(session.method, draft.total_min, draft.skip_optional)
        old = Change(tuple(Remove("phase_run", (r.phase_id,)) for r in session.ordered_runs()))
        change = change + old + put(*runs)
    return change


def _run_snapshot(session: Session, run: PhaseRun, *, running: bool | None = None) -> PhaseRun:
    """The run with the live timebox's time written into it."""
    box = session.timebox
    if box is None or run.state != "active":
        return run
    return replace(
        run,
        planned_s=box.planned_s,
        elapsed_s=box.elapsed_s(),
        running=box.running if running is None else running,
        anchor=session.now_iso(),
    )


def start_session(session: Session) -> Change:
    missing = missing_required(session.method, session.record.setup)
    if missing:
        raise DomainError("Fill in " + ", ".join(missing) + " before starting.")
    if session.record.status != "setup":
        raise DomainError("This session has already started.")
    record = session.touched(status="running", current_phase=0)
    first = session.ordered_runs()[0]
    active = replace(first, state="active", running=True, anchor=session.now_iso())
    return put(record, active)


def toggle_timer(session: Session) -> Change:
    run = _active_run(session)
    assert session.timebox is not None
    return put(_run_snapshot(session, run, running=not session.timebox.running))


def extend_timer(session: Session, minutes: int) -> Change:
    run = _active_run(session)
    snapshot = _run_snapshot(session, run)
    return put(replace(snapshot, planned_s=max(0.0, snapshot.planned_s + minutes * 60)))


def go_to_phase(session: Session, index: int, *, skipped: bool = False) -> Change:
    """Close the current phase (recording its actual time) and open phase `index`."""
    runs = session.ordered_runs()
    if not 0 <= index < len(runs):
        raise DomainError("There is no phase there.")
    if session.record.status != "running":
        raise DomainError("Start the session first.")
    current = _active_run(session)
    if index == current.position:
        return Change(())
    state = "skipped" if skipped else "done"
    closed = replace(_run_snapshot(session, current, running=False), state=state)
    target = runs[index]
    opened = replace(target, state="active", running=True, anchor=session.now_iso())
    record = session.touched(current_phase=index)
    return put(closed, opened, record)


def next_phase(session: Session, *, skipped: bool = False) -> Change:
    return go_to_phase(session, session.record.current_phase + 1, skipped=skipped)


def previous_phase(session: Session) -> Change:
    return go_to_phase(session, session.record.current_phase - 1)


def finish_session(session: Session) -> Change:
    current = _active_run(session)
    closed = replace(_run_snapshot(session, current, running=False), state="done")
    record = session.touched(status="completed")
    return put(closed, record)


def reopen_session(session: Session) -> Change:
    """Go back into a completed session, at its last phase, with the timer paused."""
    if session.record.status != "completed":
        return Change(())
    last = session.ordered_runs()[session.record.current_phase]
    record = session.touched(status="running")
    return put(replace(last, state="active", running=False, anchor=session.now_iso()), record)


def _active_run(session: Session) -> PhaseRun:
    run = session.current_run()
    if run is None or run.state != "active" or session.record.status != "running":
        raise DomainError("No phase is running.")
    return run
