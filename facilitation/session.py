"""The session aggregate: its records, the live timebox, and `apply` for committed changes.

Commands (in `lifecycle.py` and `board.py`) compute a `Change` without touching this state; the app
commits the change to storage and only then calls `apply`, so what the screen shows is always what
is stored.
"""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from facilitation.changes import Change, Put
from facilitation.clock import Clock, iso, parse_iso
from facilitation.entities import (
    Action,
    Card,
    Entity,
    FieldValue,
    Label,
    Link,
    Participant,
    PhaseRun,
    PollCount,
    Review,
    Risk,
    Score,
    SessionRecord,
    Tally,
    Theme,
    key_of,
)
from facilitation.history import History
from facilitation.method import Choice, Method, Phase
from facilitation.roles import Role
from facilitation.scoring import Banding
from facilitation.timebox import Timebox
from facilitation.voting import DotRules

# A timer that was running when Seam stopped keeps counting the time Seam was closed (the meeting
# went on), unless the gap is so long that the session was clearly resumed another day.
STALE_AFTER = timedelta(minutes=30)

IdFactory = Callable[[], str]


def new_id() -> str:
    return uuid.uuid4().hex


class Session:
    """Everything about one session, rebuilt from stored records."""

    def __init__(
        self,
        method: Method,
        record: SessionRecord,
        clock: Clock,
        *,
        id_factory: IdFactory = new_id,
    ) -> None:
        self.method = method
        self.record = record
        self.clock = clock
        self.id_factory = id_factory
        self.participants: dict[str, Participant] = {}
        self.phase_runs: dict[str, PhaseRun] = {}
        self.cards: dict[str, Card] = {}
        # Each phase's cards in board order, rebuilt only after that phase's cards change: a board
        # of thousands of cards asks for them on every keystroke that adds one.
        self._ordered_cards: dict[str, list[Card]] = {}
        self.themes: dict[str, Theme] = {}
        self.tallies: dict[str, Tally] = {}
        self.risks: dict[str, Risk] = {}
        self.actions: dict[str, Action] = {}
        self.poll_counts: dict[tuple[str, int, str], PollCount] = {}
        self.scores: dict[tuple[str, str, str], Score] = {}
        self.labels: dict[tuple[str, str], Label] = {}
        self.field_values: dict[tuple[str, str], FieldValue] = {}
        self.links: dict[str, Link] = {}
        self.reviews: dict[str, Review] = {}
        # What earlier sessions left for this one (open actions, linked risks); read-only here,
        # loaded by the app when it opens the session.
        self.history = History()
        self.timebox: Timebox | None = None
        self._timed_run: PhaseRun | None = None  # the stored run `timebox` was built from

    # ----- building and applying -------------------------------------------------------------

    @classmethod
    def restore(
        cls,
        method: Method,
        records: Iterable[Entity],
        clock: Clock,
        *,
        id_factory: IdFactory = new_id,
    ) -> "Session":
        """Rebuild a stored session, resuming a running timer as described at STALE_AFTER."""
        entities = list(records)
        record = next(e for e in entities if isinstance(e, SessionRecord))
        session = cls(method, record, clock, id_factory=id_factory)
        for entity in entities:
            if isinstance(entity, PhaseRun):
                entity = session._resumed(entity)
            session._put(entity)
        session._sync_timebox()
        return session

    def _resumed(self, run: PhaseRun) -> PhaseRun:
        if not run.running or not run.anchor:
            return run
        anchor = parse_iso(run.anchor)
        # The anchor is the last timer snapshot; board commands after it (each touches
        # updated_at) prove the meeting, and so the timer, went on until then. The time Seam was
        # closed is measured from the last sign of life, not from the snapshot.
        last_seen = max(anchor, parse_iso(self.record.updated_at or run.anchor))
        now = self.clock.now()
        if timedelta(0) <= now - last_seen <= STALE_AFTER:
            return replace(run, elapsed_s=run.elapsed_s + (now - anchor).total_seconds())
        return replace(
            run, running=False, elapsed_s=run.elapsed_s + (last_seen - anchor).total_seconds()
        )

    def apply(self, change: Change) -> None:
        """Take in a change that storage has committed."""
        for op in change.ops:
            if isinstance(op, Put):
                if op.session_id and op.session_id != self.id:
                    continue  # written back to an earlier session; not part of this one
                self._put(op.entity)
            else:
                self._remove(op.kind, op.key)
        self._sync_timebox()

    def _tables(self) -> dict[str, dict[Any, Any]]:
        """Each record kind's dict, keyed as `_key` keys it."""
        return {
            "participant": self.participants,
            "phase_run": self.phase_runs,
            "card": self.cards,
            "theme": self.themes,
            "tally": self.tallies,
            "risk": self.risks,
            "action": self.actions,
            "poll_count": self.poll_counts,
            "score": self.scores,
            "label": self.labels,
            "field_value": self.field_values,
            "link": self.links,
            "review": self.reviews,
        }

    @staticmethod
    def _key(key: tuple[object, ...]) -> object:
        return key if len(key) > 1 else key[0]

    def _put(self, entity: Entity) -> None:
        if isinstance(entity, SessionRecord):
            self.record = entity
            return
        if isinstance(entity, Card):
            self._reorder(entity)
        self._tables()[entity.KIND][self._key(key_of(entity))] = entity

    def _reorder(self, card: Card) -> None:
        """Keep the phase's ordered cards: a new card at the end is appended, else rebuilt."""
        old = self.cards.get(card.id)
        ordered = self._ordered_cards.get(card.phase_id)
        if (
            old is None
            and ordered is not None
            and (not ordered or ordered[-1].position < card.position)
        ):
            ordered.append(card)
            return
        self._ordered_cards.pop(card.phase_id, None)
        if old is not None:
            self._ordered_cards.pop(old.phase_id, None)

    def _remove(self, kind: str, key: tuple[object, ...]) -> None:
        gone = self._tables()[kind].pop(self._key(key), None)
        if isinstance(gone, Card):
            self._ordered_cards.pop(gone.phase_id, None)

    def _sync_timebox(self) -> None:
        """Keep the live timebox in step with the stored run of the current phase."""
        run = self.current_run()
        if run is None or run.state != "active":
            self.timebox = None
            self._timed_run = None
            return
        if self.timebox is not None and run == self._timed_run:
            # Only the session record changed (every board command touches it): the live timebox
            # has counted on since the run was stored, rebuilding would wind it back.
            return
        self.timebox = Timebox(
            run.planned_s, self.clock, elapsed_s=run.elapsed_s, running=run.running
        )
        self._timed_run = run

    # ----- reading ------------------------------------------------------------------------------

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def title(self) -> str:
        return self.record.title

    def now_iso(self) -> str:
        return iso(self.clock.now())

    def touched(self, **changes: Any) -> SessionRecord:
        """The session record with `changes` and a fresh updated_at: every command puts one."""
        return replace(self.record, updated_at=self.now_iso(), **changes)

    def ordered_participants(self) -> list[Participant]:
        return sorted(self.participants.values(), key=lambda p: p.position)

    def ordered_runs(self) -> list[PhaseRun]:
        return sorted(self.phase_runs.values(), key=lambda r: r.position)

    def current_phase(self) -> Phase:
        run = self.current_run()
        assert run is not None, "a session always has phases"
        return self.method.phase(run.phase_id)

    def current_run(self) -> PhaseRun | None:
        runs = self.ordered_runs()
        if not runs:
            return None
        return runs[min(self.record.current_phase, len(runs) - 1)]

    def elapsed_s(self, run: PhaseRun) -> float:
        """Time a phase has taken: the live timer for the phase on the clock, else the stored."""
        if self.timebox is not None and run == self.current_run() and run.state == "active":
            return self.timebox.elapsed_s()
        return run.elapsed_s

    def phase_count(self) -> int:
        return len(self.phase_runs)

    def cards_in(self, phase_id: str) -> list[Card]:
        ordered = self._ordered_cards.get(phase_id)
        if ordered is None:
            ordered = sorted(
                (c for c in self.cards.values() if c.phase_id == phase_id),
                key=lambda c: c.position,
            )
            self._ordered_cards[phase_id] = ordered
        return list(ordered)

    def ordered_themes(self) -> list[Theme]:
        return sorted(self.themes.values(), key=lambda t: t.position)

    def cards_of_theme(self, theme_id: str) -> list[Card]:
        return sorted(
            (c for c in self.cards.values() if c.theme_id == theme_id), key=lambda c: c.position
        )

    def tally(self, item_id: str) -> int:
        found = self.tallies.get(item_id)
        return found.count if found else 0

    def tallies_in(self, phase_id: str) -> dict[str, int]:
        return {t.item_id: t.count for t in self.tallies.values() if t.phase_id == phase_id}

    def voters(self) -> int:
        return max(1, len(self.participants))

    def dot_rules(self, phase: Phase) -> DotRules:
        return DotRules.from_settings(phase.settings, self.voters())

    def banding(self) -> Banding:
        return Banding.from_settings(self.method.settings)

    def theme_votes(self) -> dict[str, int]:
        """Dots per theme, from whichever phase voted on themes."""
        vote_phases = {p.id for p in self.method.phases_of_kind("dot_vote")}
        return {
            t.item_id: t.count
            for t in self.tallies.values()
            if t.phase_id in vote_phases and t.item_id in self.themes
        }

    def top_themes(self, limit: int = 5) -> list[Theme]:
        """The shortlist to size: themes with at least one dot, most dots first, up to `limit`.

        With no votes yet, the largest themes stand in so the room can still size something.
        """
        votes = self.theme_votes()
        themes = self.ordered_themes()

        def rank(theme: Theme) -> tuple[int, int, int]:
            return (-votes.get(theme.id, 0), -len(self.cards_of_theme(theme.id)), theme.position)

        voted = [t for t in themes if votes.get(t.id, 0) > 0]
        chosen = voted if voted else themes
        return sorted(chosen, key=rank)[:limit]

    def shortlist(self, phase: Phase) -> list[Theme]:
        """The themes a sizing or response phase works on: its `top` setting, default 5."""
        return self.top_themes(int(phase.settings.get("top", 5)))

    def themes_by_risk(self) -> list[Theme]:
        """Every theme, highest L×I first; ties and unsized themes by dots, cards, board order.

        The one ranking the register, the JSON export and the response board all follow.
        """
        votes = self.theme_votes()
        return sorted(
            self.themes.values(),
            key=lambda t: (
                -self.risk_for(t.id).score,
                -votes.get(t.id, 0),
                -len(self.cards_of_theme(t.id)),
                t.position,
            ),
        )

    def risk_for(self, theme_id: str) -> Risk:
        return self.risks.get(theme_id) or Risk(theme_id)

    def sized_risks(self) -> list[tuple[Theme, Risk]]:
        """The themes sized so far, each with its risk, in the register's order."""
        return [(t, risk) for t in self.themes_by_risk() if (risk := self.risk_for(t.id)).score]

    def ordered_actions(self) -> list[Action]:
        return sorted(self.actions.values(), key=lambda a: a.position)

    def poll(self, poll_id: str, side: str | None = None) -> dict[int, int]:
        """Counts per value: of the whole room (side None), or of one side of a split poll."""
        counts: dict[int, int] = {}
        for (p, v, s), pc in self.poll_counts.items():
            if p == poll_id and (side is None or s == side):
                counts[v] = counts.get(v, 0) + pc.count
        return counts

    def poll_sides(self, poll_id: str) -> list[str]:
        """The sides a poll was counted by, in role order; [""] when the room was counted whole."""
        sides = {s for (p, _, s) in self.poll_counts if p == poll_id}
        order = ["", *(r.value for r in Role)]
        return sorted(sides, key=lambda s: order.index(s) if s in order else len(order))

    # ----- scores, labels, fields, records --------------------------------------------------------

    def score(self, item_id: str, criterion: str, side: str = "") -> int:
        """The value given, or 0 while nobody has scored it."""
        found = self.scores.get((item_id, criterion, side))
        return found.value if found else 0

    def scores_by(self, criterion: str, side: str = "") -> dict[str, int]:
        """Every item's value on `criterion` from `side`."""
        return {
            item: s.value
            for (item, c, sd), s in self.scores.items()
            if c == criterion and sd == side
        }

    def label(self, item_id: str, scheme: str) -> str:
        found = self.labels.get((item_id, scheme))
        return found.value if found else ""

    def label_choice(self, item_id: str, scheme: str) -> Choice | None:
        """The named value `item_id` is labelled with; None while unlabelled or without `scheme`."""
        found = self.method.schemes.get(scheme)
        return found.value(self.label(item_id, scheme)) if found else None

    def field(self, owner_id: str, field_id: str) -> str:
        found = self.field_values.get((owner_id, field_id))
        return found.text if found else ""

    def cards_in_column(self, phase_id: str, column: str) -> list[Card]:
        return [c for c in self.cards_in(phase_id) if c.column == column]

    def children(self, parent_id: str, phase_id: str | None = None) -> list[Card]:
        """Cards that belong to `parent_id` (the whys of a theme, the features of an option)."""
        return sorted(
            (
                c
                for c in self.cards.values()
                if c.parent_id == parent_id and (phase_id is None or c.phase_id == phase_id)
            ),
            key=lambda c: c.position,
        )

    def ordered_links(self) -> list[Link]:
        return sorted(self.links.values(), key=lambda link: link.position)

    def ordered_reviews(self, kind: str) -> list[Review]:
        return sorted(
            (r for r in self.reviews.values() if r.kind == kind), key=lambda r: r.position
        )

    def role_split(self, cards: Iterable[Card]) -> dict[Role, int]:
        split = dict.fromkeys(Role, 0)
        for card in cards:
            split[card.role] += 1
        return split

    def entities(self) -> list[Entity]:
        """Every record, for export and for tests that compare a reopened session."""
        return [
            self.record,
            *self.ordered_participants(),
            *self.ordered_runs(),
            *sorted(self.cards.values(), key=lambda c: (c.phase_id, c.position)),
            *self.ordered_themes(),
            *sorted(self.tallies.values(), key=lambda t: t.item_id),
            *sorted(self.risks.values(), key=lambda r: r.theme_id),
            *self.ordered_actions(),
            *sorted(self.poll_counts.values(), key=key_of),
            *sorted(self.scores.values(), key=key_of),
            *sorted(self.labels.values(), key=key_of),
            *sorted(self.field_values.values(), key=key_of),
            *self.ordered_links(),
            *sorted(self.reviews.values(), key=lambda r: (r.kind, r.position)),
        ]

    def next_position(
        self, items: Iterable[Card | Theme | Action | Participant | Link | Review]
    ) -> int:
        return max((i.position for i in items), default=-1) + 1
