"""Last time's actions: did each happen, and more, keep, less or stop? Then: did the risks happen?

The actions are the open actions of this team's earlier sessions (and of sessions this one
follows); the risks are those a linked pre-mortem sized. Both come from `session.history`, which
the app loads when it opens the session. What the room says is stored as a review here, and an
action's new status also on the action itself.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label, value_label
from facilitation import followup
from facilitation.changes import Change
from facilitation.entities import Review
from facilitation.followup import ACTION_STATUSES, ACTION_TRENDS, RISK_OUTCOMES
from facilitation.history import PriorRisk
from facilitation.method import Panel, Phase
from facilitation.session import Session
from widgets.choice_row import ChoiceRow
from widgets.committing_fields import CommittingLineEdit
from widgets.lists import current_id, wrap_text

K = Qt.Key
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
ACTION_STATUS_KEYS = {K.Key_D: "done", K.Key_P: "partly", K.Key_N: "not_done"}
TREND_KEYS = {K.Key_M: "more", K.Key_K: "keep", K.Key_L: "less", K.Key_S: "stop"}
RISK_KEYS = {K.Key_H: "happened", K.Key_P: "partly", K.Key_N: "not_happened"}

EMPTY = (
    "Nothing to look back on: no earlier session left open actions for this one.\n\n"
    "Actions come here from earlier sessions with the same Team name as this one, and from "
    "the sessions ticked under Follows; both are set in setup, before the session starts. A "
    "pre-mortem ticked there brings its risks too. For now, ask the room what they remember "
    "of last time, or skip this phase with Ctrl+K."
)


def stable_order(reviews: list[Review], history_ids: list[str]) -> list[Review]:
    """Reviews in the order the earlier sessions listed them, so a row never jumps when answered.

    Items reviewed in an earlier opening that the history no longer lists come first, as stored.
    """
    place = {item_id: index for index, item_id in enumerate(history_ids)}
    return sorted(reviews, key=lambda r: (place.get(r.item_id, -1), r.position))


class ReviewBoard(Board):
    """Earlier actions and linked risks on the left; the selected one's answer on the right."""

    watches = frozenset({"review", "link"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.active = "action"  # which list the detail pane answers for

        self.actions_title = section_label("Actions from earlier sessions")
        self.action_list = self._list("Earlier actions to review")
        self.risks_title = section_label("Risks a linked pre-mortem imagined: did they happen?")
        self.risk_list = self._list("Linked risks to check")
        for target in (self.action_list, self.risk_list):
            target.installEventFilter(self)

        self.item_title = value_label()
        self.item_meta = QLabel()
        self.item_meta.setObjectName("countLabel")
        self.item_meta.setWordWrap(True)
        self.item_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.status_buttons = self._choices(ACTION_STATUS_KEYS, ACTION_STATUSES, "status")
        self.trend_buttons = self._choices(TREND_KEYS, ACTION_TRENDS, "trend")
        self.risk_buttons = self._choices(RISK_KEYS, RISK_OUTCOMES, "status")
        self.note = CommittingLineEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("A short note: what happened, what we learned")
        self.note.committed.connect(self._on_note_committed)
        self.note.returnPressed.connect(self._on_note_returned)
        self.keys_hint = hint_label("")

        detail = QVBoxLayout()
        detail.addWidget(self.item_title)
        detail.addWidget(self.item_meta)
        for row in (self.status_buttons, self.trend_buttons, self.risk_buttons):
            detail.addWidget(row)
        detail.addWidget(self.note)
        detail.addStretch(1)
        detail.addWidget(self.keys_hint)
        lists = QVBoxLayout()
        lists.addWidget(self.actions_title)
        lists.addWidget(self.action_list, 3)
        lists.addWidget(self.risks_title)
        lists.addWidget(self.risk_list, 2)
        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(lists, 3)
        content_layout.addLayout(detail, 2)

        self.empty = value_label(EMPTY)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleName("Nothing to review")
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.refresh()

    # ----- building ----------------------------------------------------------------------------

    def _list(self, name: str) -> QListWidget:
        found = QListWidget()
        found.setObjectName("reviewList")
        found.setAccessibleName(name)
        wrap_text(found)
        found.currentRowChanged.connect(lambda _row, f=found: self._on_row_changed(f))
        return found

    def _choices(self, keys: dict[K, str], names: dict[str, str], what: str) -> ChoiceRow:
        """A row of answers; the letter on each is the key that sets it from the list."""
        letters = {value: chr(int(key)) for key, value in keys.items()}
        row = ChoiceRow([(value, name, letters[value]) for value, name in names.items()])
        row.chosen.connect(lambda value: self._answer(what, value))
        return row

    # ----- reading -----------------------------------------------------------------------------

    def action_reviews(self) -> list[Review]:
        ids = [p.action.id for p in self.session.history.open_actions]
        return stable_order(followup.actions_to_review(self.session), ids)

    def risk_reviews(self) -> list[Review]:
        ids = [p.theme_id for p in self.session.history.linked_risks]
        return stable_order(followup.risks_to_review(self.session), ids)

    def refresh(self, change: Change | None = None) -> None:
        actions, risks = self.action_reviews(), self.risk_reviews()
        self.pages.setCurrentIndex(0 if actions or risks else 1)
        self._fill(self.action_list, [(r, action_line(r)) for r in actions])
        self._fill(self.risk_list, [(r, risk_line(r)) for r in risks])
        self.actions_title.setText(f"Actions from earlier sessions ({len(actions)})")
        self.actions_title.setVisible(bool(actions))
        self.action_list.setVisible(bool(actions))
        self.risks_title.setVisible(bool(risks))
        self.risk_list.setVisible(bool(risks))
        if self.active == "action" and not actions and risks:
            self.active = "risk"
        if self.active == "risk" and not risks and actions:
            self.active = "action"
        self._show_selected()

    def _fill(self, target: QListWidget, rows: list[tuple[Review, str]]) -> None:
        selected = current_id(target)
        target.blockSignals(True)
        target.clear()
        for number, (review, text) in enumerate(rows, start=1):
            item = QListWidgetItem(f"{number}. {text}")
            item.setData(Qt.ItemDataRole.UserRole, review.item_id)
            target.addItem(item)
            if review.item_id == selected:
                target.setCurrentItem(item)
        if target.currentRow() < 0 and target.count():
            target.setCurrentRow(0)
        target.blockSignals(False)

    def current(self) -> Review | None:
        """The review the detail pane shows: the selected row of the active list."""
        target, reviews = (
            (self.action_list, self.action_reviews())
            if self.active == "action"
            else (self.risk_list, self.risk_reviews())
        )
        item_id = current_id(target)
        return next((r for r in reviews if r.item_id == item_id), None)

    def _show_selected(self) -> None:
        review = self.current()
        is_action = self.active == "action"
        self.status_buttons.setVisible(is_action)
        self.trend_buttons.setVisible(is_action)
        self.risk_buttons.setVisible(not is_action)
        self.note.setEnabled(review is not None)
        if review is None:
            self.item_title.setText("")
            self.item_meta.setText("")
            self.note.show_value("")
            return
        self.item_title.setText(review.text)
        if is_action:
            titles = {p.action.id: p.session_title for p in self.session.history.open_actions}
            source = titles.get(review.item_id, "")
            owners = review.owner or "no owner was named"
            self.item_meta.setText(f"Owner: {owners}" + (f" · from “{source}”" if source else ""))
            to_risks = " Tab moves to the risks." if self.risk_list.count() else ""
            self.keys_hint.setText(
                "In the list: D done, P partly, N not done; M more, K keep, L less, S stop "
                f"(again clears). Enter writes a note.{to_risks}"
            )
        else:
            prior = {p.theme_id: p for p in self.session.history.linked_risks}
            found = prior.get(review.item_id)
            self.item_meta.setText(risk_meta(review, found))
            self.keys_hint.setText(
                "In the list: H happened, P partly, N did not happen (again clears). "
                "Enter writes a note."
            )
        self.status_buttons.show_value(review.status if is_action else "")
        self.trend_buttons.show_value(review.trend if is_action else "")
        self.risk_buttons.show_value("" if is_action else review.status)
        self.note.show_value(review.note)

    # ----- answering ---------------------------------------------------------------------------

    def _answer(self, what: str, value: str) -> None:
        """Set the status or trend of the current item; the value it already has clears it."""
        review = self.current()
        if review is None:
            return
        new = "" if getattr(review, what) == value else value
        is_action = self.active == "action"

        def answer(session: Session) -> Change:
            if is_action:
                return followup.review_action(session, review, **{what: new})
            return followup.review_risk(session, review, status=new)

        self.controller.run(answer)

    def _on_note_committed(self, text: str) -> None:
        self._store_note(text)

    def _store_note(self, text: str) -> bool:
        """Store the note of the current item; False (and the sentence shown) when refused."""
        review = self.current()
        if review is None or text == review.note:
            return True
        if self.active == "action":
            return self.controller.run(lambda s: followup.review_action(s, review, note=text))
        return self.controller.run(lambda s: followup.review_risk(s, review, note=text))

    def _on_note_returned(self) -> None:
        # Stored before the list takes the focus: the list's redraw would show the stored note.
        if self._store_note(self.note.text()):
            (self.action_list if self.active == "action" else self.risk_list).setFocus()

    def _on_row_changed(self, target: QListWidget) -> None:
        self.active = "action" if target is self.action_list else "risk"
        self._show_selected()

    def focus_entry(self) -> None:
        target = self.action_list if self.action_list.count() else self.risk_list
        if target.count():
            target.setFocus()
            self.active = "action" if target is self.action_list else "risk"
            self._show_selected()
        else:
            self.setFocus()

    # ----- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched not in (self.action_list, self.risk_list):
            return False
        if event.type() == QEvent.Type.FocusIn:
            self.active = "action" if watched is self.action_list else "risk"
            self._show_selected()
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # The list's letters (M for "more") come before the runner's (M mutes the chime).
            keys = TREND_KEYS.keys() | ACTION_STATUS_KEYS.keys() | RISK_KEYS.keys()
            if not event.modifiers() and event.key() in keys:
                event.accept()
                return True
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = Qt.Key(event.key())
        if key in (K.Key_Return, K.Key_Enter, K.Key_F2):
            self.note.setFocus()
            self.note.selectAll()
            return True
        if watched is self.action_list:
            if key in ACTION_STATUS_KEYS:
                self._answer("status", ACTION_STATUS_KEYS[key])
                return True
            if key in TREND_KEYS:
                self._answer("trend", TREND_KEYS[key])
                return True
        elif key in RISK_KEYS:
            self._answer("status", RISK_KEYS[key])
            return True
        return False


def action_line(review: Review) -> str:
    """How an earlier action reads in the list: what, who, and what the room said so far."""
    said = [ACTION_STATUSES.get(review.status, "not looked at yet")]
    if review.trend in ACTION_TRENDS:
        said.append(ACTION_TRENDS[review.trend])
    lines = [review.text, f"{review.owner or 'no owner'} · " + " · ".join(said)]
    if review.note:
        lines.append(f"Note: {review.note}")
    return "\n".join(lines)


def risk_line(review: Review) -> str:
    lines = [review.text, RISK_OUTCOMES.get(review.status, "not checked yet")]
    if review.note:
        lines.append(f"Note: {review.note}")
    return "\n".join(lines)


def risk_meta(review: Review, prior: PriorRisk | None) -> str:
    """How the pre-mortem left the risk: its size, its answer, its owner, its session."""
    if prior is None:
        return f"Owner: {review.owner}" if review.owner else ""
    parts = [f"Sized {prior.score} {prior.band}"]
    if prior.roam:
        parts.append(f"answered “{prior.roam.capitalize()}”")
    if prior.owner:
        parts.append(f"owner {prior.owner}")
    parts.append(f"from “{prior.session_title}”")
    return " · ".join(parts)
