"""Why-chains: for each target (a top theme, or the phase's most-voted card) ask why, up to five
times; optionally say which seam it sits on and keep the discussion's notes.

Whys are cards of this phase under the target (`parent_id`); the label and the notes are stored
on the target, so the handout finds them beside the theme.
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
from app.ui.format import plural
from app.ui.labels import hint_label, section_label, value_label
from facilitation import board as commands
from facilitation import records, targets
from facilitation.changes import Change
from facilitation.entities import Card, Theme
from facilitation.method import FieldSpec, Panel, Phase, Scheme
from facilitation.roles import Role
from widgets.card_entry import bind_role_keys, card_entry, entry_row
from widgets.choice_row import ChoiceRow
from widgets.committing_fields import CommittingTextEdit
from widgets.key_map import list_key, typed_digit
from widgets.lists import current_id, wrap_text
from widgets.role_button import RoleButton

NOTES = FieldSpec("notes", "Discussion notes", "text")
ENTRY_HINT = "Why did it happen? Type the answer, then Enter"


class ChainBoard(Board):
    """Targets on the left (with their label); the selected one's whys, entry and notes."""

    watches = frozenset({"card", "theme", "tally", "label", "field_value"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        settings = self.panel.settings
        self.max_depth = int(settings.get("max_depth", 5))
        self.top_card = settings.get("target") == "top_card"
        scheme_id = settings.get("scheme")
        self.scheme: Scheme | None = (
            self.session.method.scheme(str(scheme_id)) if scheme_id else None
        )
        self.with_notes = bool(settings.get("notes", False))
        self.editing_id = ""

        self.target_list = QListWidget()
        self.target_list.setObjectName("themeList")
        self.target_list.setAccessibleName("Themes to dig into")
        wrap_text(self.target_list)
        self.target_list.currentRowChanged.connect(lambda _row: self._show_target())
        self.heading = value_label()
        self.stats = QLabel()
        self.stats.setObjectName("countLabel")

        self.role_button = RoleButton()
        self.role_button.role_requested.connect(self.set_role)
        self.entry = card_entry(ENTRY_HINT, "Next why")
        self.entry.returnPressed.connect(self.submit)
        self.whys = QListWidget()
        self.whys.setObjectName("cardList")
        self.whys.setAccessibleName("Whys, first to last")
        wrap_text(self.whys)
        self.depth_label = QLabel()
        self.depth_label.setObjectName("countLabel")

        self.labels = ChoiceRow(
            [(v.id, v.name, str(n)) for n, v in enumerate(self.scheme.values, start=1)]
            if self.scheme
            else []
        )
        self.labels.chosen.connect(self.set_label)
        self.label_hints = hint_label(
            "\n".join(f"{n} {v.name}: {v.hint}" for n, v in enumerate(self.scheme.values, 1))
            if self.scheme
            else ""
        )
        self.notes = CommittingTextEdit()
        self.notes.setAccessibleName("Discussion notes")
        self.notes.setPlaceholderText("Notes: the key points of the discussion (Tab saves)")
        self.notes.committed.connect(self.set_notes)

        self.empty = value_label()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._build_layout()

        bind_role_keys(self, self.set_role)
        self.shortcut("Ctrl+Down", lambda: self.step_target(1))
        self.shortcut("Ctrl+Up", lambda: self.step_target(-1))
        if self.scheme:
            for number, value in enumerate(self.scheme.values, start=1):
                self.shortcut(f"Alt+{number}", lambda v=value.id: self.set_label(v))
            self.shortcut("Alt+0", lambda: self.set_label(""))
        for watched in (self.target_list, self.entry, self.whys):
            watched.installEventFilter(self)
        controller.follow_role(self.role_button.show_role)
        self.refresh()

    def _build_layout(self) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading, 1)
        title_row.addWidget(self.stats, 0, Qt.AlignmentFlag.AlignRight)
        chain = QVBoxLayout()
        if self.top_card:
            chain.addWidget(section_label("The most-voted card"))
        chain.addLayout(title_row)
        chain.addLayout(entry_row(self.role_button, self.entry))
        chain.addWidget(self.whys, 2)
        chain.addWidget(self.depth_label)
        if self.with_notes:
            chain.addWidget(section_label("Notes"))
            chain.addWidget(self.notes, 1)
        keys = "Enter adds a why · Down to the whys: F2 edits, Delete removes"
        # The list of targets and the label sit beside the chain; one card needs no list.
        side = chain if self.top_card else QVBoxLayout()
        if not self.top_card:
            side.addWidget(section_label("Top themes"))
            side.addWidget(self.target_list, 1)
            keys += " · Ctrl+Up/Down: previous or next theme"
        if self.scheme:
            side.addWidget(section_label(f"{self.scheme.name}: which one was it?"))
            side.addWidget(self.labels)
            side.addWidget(self.label_hints)
            keys += f" · 1–{len(self.scheme.values)} in the list, or Alt+digit anywhere, sets it"
        side.addWidget(hint_label(keys))
        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        if side is not chain:
            content_layout.addLayout(side, 2)
        content_layout.addLayout(chain, 3)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # What this panel's settings leave out still belongs to the board, hidden.
        for unused in (self.target_list, self.labels, self.label_hints, self.notes):
            if unused.parent() is None:
                unused.setParent(self)
                unused.hide()

    # ----- reading the session ---------------------------------------------------------------

    def chain_targets(self) -> list[Card | Theme]:
        return targets.chain_targets(self.session, self.phase, self.panel)

    def current_target(self) -> Card | Theme | None:
        wanted = current_id(self.target_list)
        found = self.chain_targets()
        return next((t for t in found if t.id == wanted), found[0] if found else None)

    def _votes(self, target: Card | Theme) -> int:
        if isinstance(target, Theme):
            return self.session.theme_votes().get(target.id, 0)
        return self.session.tallies_in(self.phase.id).get(target.id, 0)

    def _stats(self, target: Card | Theme) -> str:
        votes = plural(self._votes(target), "vote")
        if isinstance(target, Theme):
            return f"{plural(len(self.session.cards_of_theme(target.id)), 'card')} · {votes}"
        return f"{target.role.label} · {votes}"

    def _label_name(self, target_id: str) -> str:
        if self.scheme is None:
            return ""
        choice = self.session.label_choice(target_id, self.scheme.id)
        return choice.name if choice else ""

    def refresh(self, change: Change | None = None) -> None:
        found = self.chain_targets()
        self.empty.setText(self._empty_text())
        self.pages.setCurrentIndex(0 if found else 1)
        selected = self.current_target()
        self.target_list.blockSignals(True)
        self.target_list.clear()
        for number, target in enumerate(found, start=1):
            label = self._label_name(target.id)
            votes = plural(self._votes(target), "vote")
            text = f"{number}. {targets.name_of(target)} · {votes}"
            item = QListWidgetItem(text + (f" · {label}" if label else ""))
            item.setData(Qt.ItemDataRole.UserRole, target.id)
            self.target_list.addItem(item)
            if selected is not None and target.id == selected.id:
                self.target_list.setCurrentItem(item)
        if self.target_list.currentRow() < 0 and self.target_list.count():
            self.target_list.setCurrentRow(0)
        self.target_list.blockSignals(False)
        self._show_target()

    def _empty_text(self) -> str:
        if self.top_card:
            return (
                "Nothing voted yet. Put the dots on the cards first: the most-voted card "
                "comes here, and the room asks why it happens."
            )
        return (
            "No themes yet. Group the cards into themes and vote on them first; the top "
            f"{int(self.panel.settings.get('top', 5))} come here to dig into."
        )

    def _show_target(self) -> None:
        target = self.current_target()
        if target is None:
            return
        votes = self.session.theme_votes() if isinstance(target, Theme) else {}
        unvoted = isinstance(target, Theme) and not any(votes.values())
        self.heading.setText(targets.name_of(target))
        stats = self._stats(target)
        if unvoted:
            stats += " · no votes yet, so the largest themes are shown"
        self.stats.setText(stats)
        whys = targets.whys(self.session, self.phase, target.id)
        row = self.whys.currentRow()
        self.whys.clear()
        for number, why in enumerate(whys, start=1):
            item = QListWidgetItem(f"Why {number}: {why.text}")
            item.setData(Qt.ItemDataRole.UserRole, why.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Why {number}, {why.role.label}")
            self.whys.addItem(item)
        if self.whys.count():
            self.whys.setCurrentRow(max(0, min(row, self.whys.count() - 1)))
        left = self.max_depth - len(whys)
        self.depth_label.setText(
            f"{len(whys)} of {self.max_depth} whys"
            + ("" if left > 0 else ": that is the deepest this chain goes")
        )
        if not self.editing_id:
            self.entry.setPlaceholderText(ENTRY_HINT if left > 0 else "Five whys reached")
        self.labels.show_value(self.session.label(target.id, self.scheme.id) if self.scheme else "")
        self.notes.show_value(self.session.field(target.id, NOTES.id))

    # ----- commands --------------------------------------------------------------------------

    def set_role(self, role: Role) -> None:
        self.controller.set_entry_role(role)

    def submit(self) -> None:
        target = self.current_target()
        if target is None:
            return
        text = self.entry.text()
        if self.editing_id:
            card_id = self.editing_id
            if self.controller.run(lambda s: commands.edit_card(s, card_id, text=text)):
                self._stop_editing()
                self.whys.setFocus()
            return
        if len(targets.whys(self.session, self.phase, target.id)) >= self.max_depth:
            self.controller.failed.emit(
                f"This chain already has {self.max_depth} whys: edit one (F2) or move on."
            )
            return
        role = self.controller.entry_role
        added = self.controller.run(
            lambda s: commands.add_card(s, self.phase.id, text, role, parent_id=target.id)
        )
        if added:
            self.entry.clear()
            self.whys.setCurrentRow(self.whys.count() - 1)

    def edit_selected(self) -> None:
        card = self.session.cards.get(current_id(self.whys))
        if card is None:
            return
        self.editing_id = card.id
        self.entry.setText(card.text)
        self.entry.setPlaceholderText("Editing a why: Enter saves, Esc cancels")
        self.entry.setFocus()

    def _stop_editing(self) -> None:
        self.editing_id = ""
        self.entry.clear()
        self.entry.setPlaceholderText(ENTRY_HINT)

    def delete_selected(self) -> None:
        card_id = current_id(self.whys)
        if card_id:
            if self.editing_id == card_id:
                self._stop_editing()
            self.controller.run(lambda s: commands.delete_card(s, card_id))

    def set_label(self, value: str) -> None:
        target = self.current_target()
        if target is None or self.scheme is None:
            return
        scheme_id = self.scheme.id
        self.controller.run(lambda s: records.set_label(s, target.id, scheme_id, value))

    def set_notes(self, text: str) -> None:
        target = self.current_target()
        if target is not None:
            self.controller.run(lambda s: records.set_field(s, target.id, NOTES, text))

    def step_target(self, delta: int) -> None:
        count = self.target_list.count()
        if count:
            self.notes.commit()  # notes belong to the theme they were typed under
            row = max(0, min(count - 1, self.target_list.currentRow() + delta))
            self.target_list.setCurrentRow(row)

    def focus_entry(self) -> None:
        if self.pages.currentIndex() == 1:
            self.setFocus()
        elif self.top_card or not self.target_list.count():
            self.entry.setFocus()
        else:
            self.target_list.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.target_list:
            digit = typed_digit(event)
            if digit is not None and self.scheme is not None:
                if digit == 0:
                    self.set_label("")
                elif digit <= len(self.scheme.values):
                    self.set_label(self.scheme.values[digit - 1].id)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
                self.entry.setFocus()
                return True
        elif watched is self.entry:
            if key == Qt.Key.Key_Down and self.whys.count():
                self.whys.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.editing_id:
                self._stop_editing()
                return True
        elif watched is self.whys:
            return list_key(
                event,
                self.whys,
                edit=self.edit_selected,
                delete=self.delete_selected,
                leave=self.entry.setFocus,
            )
        return False
