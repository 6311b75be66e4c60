"""A rating poll entered as counts per value: check-in, ROTI, or a fist-of-five consent check.

With `by_side` the hands are counted per role (product, engineering, and any other role in the
room), so the gap between the two sides shows; a fist of five names the concerns and clears for a
re-vote once they have been heard.
"""

from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.report_readers import rating_poll
from facilitation.roles import ROLE_ORDER, Role
from facilitation.session import Session
from facilitation.voting import CONCERN_AT_OR_BELOW, FIST_OF_FIVE, concerns
from widgets.poll_panel import PollPanel

ALWAYS_COUNTED = (Role.PRODUCT.value, Role.ENGINEERING.value)


def is_fist_of_five(scale: range) -> bool:
    return list(scale) == list(FIST_OF_FIVE)


def consent_note(counts: dict[int, int], *, revote: bool) -> str:
    """What the facilitator does next with a fist of five, in one sentence."""
    if not counts or not sum(counts.values()):
        return ""
    low = concerns(counts)
    if not low:
        return f"Everyone is at {CONCERN_AT_OR_BELOW + 1} or above: the room can live with it."
    blocks = counts.get(0, 0)
    blocking = f", {blocks} of them blocking" if blocks else ""
    if revote:
        return (
            f"{low} at {CONCERN_AT_OR_BELOW} or below{blocking}: they speak first, "
            "then the room votes again (Ctrl+R clears the counts)."
        )
    return f"{low} at {CONCERN_AT_OR_BELOW} or below{blocking}: hear what would change their mind."


def gap_note(session: Session, poll_id: str) -> str:
    """Product and engineering's means when they differ enough to talk about.

    The handout reads the same poll (and the same idea of "enough"), so screen and paper agree.
    """
    poll = rating_poll(session, poll_id)
    product, engineering = poll.side(Role.PRODUCT), poll.side(Role.ENGINEERING)
    if not poll.wide_gap or product is None or engineering is None:
        return ""
    return (
        f"Product and engineering see it differently: mean {product.mean:.1f} against "
        f"{engineering.mean:.1f}. Ask each side what they saw."
    )


def poll_sides(session: Session, poll_id: str, by_side: bool) -> list[str]:
    """The rows to count: product and engineering always, other roles when in the room.

    Sides that already hold counts stay, so nothing stored is ever hidden.
    """
    stored = set(session.poll_sides(poll_id))
    if not by_side:
        return ["", *sorted(stored - {""})]
    present = {p.role.value for p in session.participants.values()}
    wanted = {*ALWAYS_COUNTED, *present, *stored}
    order = ["", *(r.value for r in ROLE_ORDER)]
    return sorted(wanted, key=lambda s: order.index(s) if s in order else len(order))


class PollBoard(Board):
    """Counts typed per value (and per side); the chart, ends of the scale, means, next step."""

    watches = frozenset({"poll_count", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        settings = self.panel.settings
        self.poll_id = str(settings.get("poll", phase.id))
        # The scale every reader of the poll uses: the method's, else fist of five.
        self.scale = self.session.method.poll_scale(self.poll_id) or FIST_OF_FIVE
        self.by_side = bool(settings.get("by_side", False))
        self.fist = is_fist_of_five(self.scale)
        self.poll = PollPanel(
            self.scale,
            poll_sides(self.session, self.poll_id, self.by_side),
            low_label=str(settings.get("low_label", "")),
            high_label=str(settings.get("high_label", "")),
        )
        self.poll.count_entered.connect(self.set_count)
        who = "each side's hands" if self.by_side else "the hands"
        clear = "for a re-vote" if self.fist else "to count again"
        layout = QVBoxLayout(self)
        layout.addWidget(self.poll, 1)
        layout.addWidget(
            hint_label(
                f"Count {who} for each value and type the number; Tab moves on. "
                f"Ctrl+R clears the counts {clear} (asks first)."
            )
        )
        self.shortcut("Ctrl+R", self.clear_counts)
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        sides = poll_sides(self.session, self.poll_id, self.by_side)
        self.poll.set_sides(sides)
        by_side = {side: self.session.poll(self.poll_id, side) for side in sides}
        low = CONCERN_AT_OR_BELOW if self.fist and sides == [""] else -1
        self.poll.show_counts(by_side, low)
        room = self.session.poll(self.poll_id)
        if self.fist:
            self.poll.show_note(consent_note(room, revote=True), warning=concerns(room) > 0)
        else:
            self.poll.show_note(gap_note(self.session, self.poll_id) if self.by_side else "")

    def set_count(self, value: int, side: str, count: int) -> None:
        self.controller.run(
            lambda s: commands.set_poll_count(s, self.poll_id, value, count, side=side)
        )

    def clear_counts(self) -> None:
        """Every count back to zero, in one step, after the facilitator confirms."""
        stored = [
            (value, side)
            for (poll_id, value, side), found in self.session.poll_counts.items()
            if poll_id == self.poll_id and found.count
        ]
        if not stored:
            return
        answer = QMessageBox.question(
            self, "Clear the counts", "Clear every count of this poll so the room can vote again?"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def clear(session: Session) -> Change:
            change = Change(())
            for value, side in stored:
                change = change + commands.set_poll_count(
                    session, self.poll_id, value, 0, side=side
                )
            return change

        if self.controller.run(clear):
            self.focus_entry()

    def focus_entry(self) -> None:
        first = self.poll.first_spin()
        if first is not None:
            first.setFocus()
        else:
            self.setFocus()
