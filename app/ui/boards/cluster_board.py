"""Clustering: name themes and move cards into them with the number keys."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from facilitation.roles import Role
from widgets.card_entry import card_entry
from widgets.card_list import CardListModel
from widgets.card_list_view import card_list_view
from widgets.key_map import KeyMap, typed_digit
from widgets.lists import current_id, wrap_text


class ClusterBoard(Board):
    """Unsorted cards on the left, themes and their cards on the right."""

    watches = frozenset({"card", "theme"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.card_phase = str(phase.settings.get("source_phase", phase.id))

        self.unsorted_model = CardListModel(self._lookup, parent=self)
        self.unsorted = card_list_view(self.unsorted_model, "Cards not in a theme")
        self.unsorted.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unsorted.installEventFilter(self)
        self.unsorted_title = section_label("Not in a theme")

        self.theme_entry = card_entry("New theme name, then Enter", "New theme name")
        self.theme_entry.returnPressed.connect(self.add_theme)
        self.themes = QListWidget()
        self.themes.setObjectName("themeList")
        self.themes.setAccessibleName("Themes")
        wrap_text(self.themes)
        self.themes.currentRowChanged.connect(lambda _row: self._show_theme_cards())
        KeyMap(
            self.themes, {Qt.Key.Key_F2: self.rename_theme, Qt.Key.Key_Delete: self.delete_theme}
        )
        self.theme_cards_model = CardListModel(self._lookup, parent=self)
        self.theme_cards = card_list_view(self.theme_cards_model, "Cards in the selected theme")
        self.theme_cards.installEventFilter(self)

        left = QVBoxLayout()
        left.addWidget(self.unsorted_title)
        left.addWidget(self.unsorted, 1)
        left.addWidget(
            hint_label(
                "Select cards, then press a theme's number; 0 takes a card out. "
                "Ctrl+G names a new theme for the selected cards."
            )
        )
        right = QVBoxLayout()
        right.addWidget(section_label("Themes"))
        right.addWidget(self.theme_entry)
        right.addWidget(self.themes, 1)
        right.addWidget(self.theme_cards, 1)
        right.addWidget(hint_label("F2 renames a theme, Delete removes it (its cards go back)."))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.shortcut("Ctrl+G", self.theme_entry.setFocus)
        self.refresh()

    def _lookup(self, card_id: str) -> Card | None:
        return self.session.cards.get(card_id)

    def refresh(self, change: Change | None = None) -> None:
        cards = self.session.cards_in(self.card_phase)
        unsorted = [c.id for c in cards if not c.theme_id]
        self.unsorted_model.refresh(unsorted)
        self.unsorted_title.setText(f"Not in a theme ({len(unsorted)})")
        row = self.themes.currentRow()
        self.themes.blockSignals(True)
        self.themes.clear()
        for number, theme in enumerate(self.session.ordered_themes(), start=1):
            members = self.session.cards_of_theme(theme.id)
            split = self.session.role_split(members)
            label = (
                f"{number}. {theme.name} · {len(members)} "
                f"(P {split[Role.PRODUCT]}, E {split[Role.ENGINEERING]})"
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            self.themes.addItem(item)
        self.themes.blockSignals(False)
        if self.themes.count():
            self.themes.setCurrentRow(max(0, min(row, self.themes.count() - 1)))
        self._show_theme_cards()

    def _current_theme_id(self) -> str:
        return current_id(self.themes)

    def _show_theme_cards(self) -> None:
        theme_id = self._current_theme_id()
        cards = self.session.cards_of_theme(theme_id) if theme_id else []
        self.theme_cards_model.refresh([c.id for c in cards])

    def _selected_unsorted(self) -> list[str]:
        rows = sorted(i.row() for i in self.unsorted.selectionModel().selectedIndexes())
        if not rows and self.unsorted.currentIndex().isValid():
            rows = [self.unsorted.currentIndex().row()]
        return [self.unsorted_model.card_id(r) for r in rows]

    def add_theme(self) -> None:
        name = self.theme_entry.text()
        chosen = (
            tuple(self._selected_unsorted())
            if self.unsorted.selectionModel().hasSelection()
            else ()
        )
        if self.controller.run(lambda s: commands.add_theme(s, name, chosen)):
            self.theme_entry.clear()
            self.themes.setCurrentRow(self.themes.count() - 1)
            self.unsorted.setFocus()

    def assign_selected(self, number: int) -> None:
        themes = self.session.ordered_themes()
        if not 1 <= number <= len(themes):
            return
        theme_id = themes[number - 1].id
        card_ids = self._selected_unsorted()
        row = self.unsorted.currentIndex().row()

        def assign_all(session: object) -> Change:
            change = Change(())
            for card_id in card_ids:
                change = change + commands.assign_card(self.session, card_id, theme_id)
            return change

        if card_ids and self.controller.run(assign_all):
            self.unsorted.clearSelection()
            next_row = min(row, self.unsorted_model.rowCount() - 1)
            if next_row >= 0:
                self.unsorted.setCurrentIndex(self.unsorted_model.index(next_row))

    def unassign_selected(self) -> None:
        index = self.theme_cards.currentIndex()
        if index.isValid():
            card_id = self.theme_cards_model.card_id(index.row())
            self.controller.run(lambda s: commands.assign_card(s, card_id, ""))

    def rename_theme(self) -> None:
        theme_id = self._current_theme_id()
        if not theme_id:
            return
        old = self.session.themes[theme_id].name
        name, ok = QInputDialog.getText(self, "Rename theme", "Theme name:", text=old)
        if ok:
            self.controller.run(lambda s: commands.rename_theme(s, theme_id, name))

    def delete_theme(self) -> None:
        theme_id = self._current_theme_id()
        if not theme_id:
            return
        name = self.session.themes[theme_id].name
        answer = QMessageBox.question(
            self, "Delete theme", f"Delete the theme “{name}”? Its cards go back to unsorted."
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.run(lambda s: commands.delete_theme(s, theme_id))

    def focus_entry(self) -> None:
        if self.unsorted_model.rowCount():
            self.unsorted.setFocus()
            if not self.unsorted.currentIndex().isValid():
                self.unsorted.setCurrentIndex(self.unsorted_model.index(0))
        else:
            self.theme_entry.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        digit = typed_digit(event)
        if watched is self.unsorted and digit:
            self.assign_selected(digit)
            return True
        if watched is self.theme_cards and digit == 0:
            self.unassign_selected()
            return True
        return False
