"""The assumption map: each assumption placed by evidence and importance, tagged, leaps tested.

The assumptions are the evidence phase's "What we are assuming" cards; new ones typed here join
them there. The quadrant rule is facilitation.assumptions', so the handout sorts the same way.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.entry_list import EntryListBoard
from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label
from facilitation import assumptions
from facilitation.assumptions import Placement
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from widgets.card_entry import card_entry, entry_row
from widgets.committing_fields import CommittingLineEdit
from widgets.key_map import typed_digit
from widgets.lists import wrap_text
from widgets.plot_2x2 import Plot2x2, PlotAxis, PlotFrame, PlotPoint
from widgets.role_button import RoleButton
from widgets.role_style import role_icon
from widgets.scroll_column import ScrollColumn

ENTRY_HINT = "New assumption, Enter"
TEST_KEY = "T"


def key_letters(names: list[str], reserved: str = TEST_KEY) -> list[str]:
    """A letter per name, its first one no earlier name took (Evidence E, Importance I…)."""
    taken = set(reserved)
    letters = []
    for name in names:
        letter = next(
            (c for c in name.upper() if "A" <= c <= "Z" and c not in taken),
            "",
        )
        taken.add(letter)
        letters.append(letter)
    return letters


class PlotBoard(EntryListBoard):
    """Assumptions on the left, the map in the middle, the leaps of faith and their tests right."""

    watches = frozenset({"card", "score", "label", "field_value"})
    entry_hint = ENTRY_HINT

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        settings = self.panel.settings
        self.x_axis, self.y_axis = assumptions.axes(settings)
        self.scale = assumptions.scale_of(settings)
        scheme_id = str(settings.get("tag_scheme", ""))
        method = controller.session.method
        self.tags = method.scheme(scheme_id).values if scheme_id in method.schemes else ()
        letters = key_letters([self.x_axis.name, self.y_axis.name, *(t.name for t in self.tags)])
        self.axis_keys = {letters[0]: self.x_axis, letters[1]: self.y_axis}
        self.tag_keys = {letter: tag for letter, tag in zip(letters[2:], self.tags, strict=True)}
        self.axis = self.x_axis
        self.placements: list[Placement] = []

        self.role_button = RoleButton()
        self.entry = card_entry(ENTRY_HINT, "New assumption")
        self.entry.returnPressed.connect(self.submit)
        self.list = QListWidget()
        self.rows = self.list
        self.list.setObjectName("assumptionList")
        self.list.setAccessibleName("Assumptions")
        wrap_text(self.list)
        self.keys_label = hint_label("")

        self.plot = Plot2x2(
            PlotFrame(
                PlotAxis(self.x_axis.name, self.x_axis.low, self.x_axis.high),
                PlotAxis(self.y_axis.name, self.y_axis.low, self.y_axis.high),
                self.scale,
                assumptions.quadrant_names(settings),
                assumptions.x_high_from(self.scale),
                assumptions.y_high_from(self.scale),
                tuple(t.name for t in self.tags),
                emphasis=assumptions.LEAPS_OF_FAITH,
            )
        )

        leaps_title = assumptions.quadrant_names(settings)[assumptions.LEAPS_OF_FAITH]
        # Label above field, in a plain column: a form layout clips wrapped labels.
        self.leaps_column = QVBoxLayout()
        self.tests: dict[str, CommittingLineEdit] = {}
        self.test_labels: dict[str, QLabel] = {}
        self.no_leaps = hint_label(
            "None yet. Important assumptions with little evidence land here, each with how "
            "we will test it."
        )
        self.leaps_scroll = ScrollColumn()
        self.leaps_scroll.column.addWidget(self.no_leaps)
        self.leaps_scroll.column.addLayout(self.leaps_column)
        self.leaps_scroll.column.addStretch(1)

        left = QVBoxLayout()
        left.addLayout(entry_row(self.role_button, self.entry))
        left.addWidget(self.list, 1)
        left.addWidget(self.keys_label)
        right = QVBoxLayout()
        right.addWidget(section_label(leaps_title))
        right.addWidget(self.leaps_scroll, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addWidget(self.plot, 4)
        layout.addLayout(right, 3)

        self.bind_entry_keys()
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def selected_id(self) -> str:
        row = self.list.currentRow()
        return self.placements[row].card.id if 0 <= row < len(self.placements) else ""

    def refresh(self, change: Change | None = None) -> None:
        self.placements = assumptions.placements(self.session, self.panel)
        self._show_list()
        tag_index = {t.id: i for i, t in enumerate(self.tags)}
        self.plot.show_points(
            [PlotPoint(p.number, p.x, p.y, tag_index.get(p.tag, -1)) for p in self.placements]
        )
        self._show_leaps()
        self._show_keys()

    def _describe(self, placement: Placement) -> str:
        tag = next((t.name for t in self.tags if t.id == placement.tag), "not tagged")
        x = placement.x or "–"
        y = placement.y or "–"
        return f"{self.x_axis.name} {x} · {self.y_axis.name} {y} · {tag}"

    def _show_list(self) -> None:
        selected = self.selected_id()
        self.list.clear()
        for p in self.placements:
            item = QListWidgetItem(f"{p.number}. {p.card.text}\n{self._describe(p)}")
            item.setIcon(role_icon(p.card.role))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{p.card.text}: {self._describe(p)}")
            self.list.addItem(item)
        ids = [p.card.id for p in self.placements]
        if ids:
            self.list.setCurrentRow(ids.index(selected) if selected in ids else 0)

    def _show_leaps(self) -> None:
        leaps = [p for p in self.placements if p.leap_of_faith]
        if [p.card.id for p in leaps] != list(self.tests):
            for widget in [*self.tests.values(), *self.test_labels.values()]:
                self.leaps_column.removeWidget(widget)
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
            self.tests, self.test_labels = {}, {}
            for leap in leaps:
                label = QLabel()
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                field = CommittingLineEdit()
                field.setPlaceholderText("How we will test it")
                field.setAccessibleName(f"How we will test: {leap.card.text}")
                field.committed.connect(lambda text, c=leap.card.id: self._commit_test(c, text))
                label.setBuddy(field)
                self.leaps_column.addWidget(label)
                self.leaps_column.addWidget(field)
                self.tests[leap.card.id] = field
                self.test_labels[leap.card.id] = label
                # A layout shows new children only once the event loop runs; T may come first.
                label.show()
                field.show()
            # New widgets join the end of the window's tab chain; put them after the list.
            previous: QWidget = self.list
            for field in self.tests.values():
                QWidget.setTabOrder(previous, field)
                previous = field
        for leap in leaps:
            self.test_labels[leap.card.id].setText(f"{leap.number}. {leap.card.text}")
            self.tests[leap.card.id].show_value(leap.test)
        self.no_leaps.setVisible(not leaps)

    def _show_keys(self) -> None:
        other = next(k for k, a in self.axis_keys.items() if a != self.axis)
        other_name = self.axis_keys[other].name
        tags = f"{'/'.join(self.tag_keys)} tags · " if self.tag_keys else ""
        self.keys_label.setText(
            f"Typing sets <b>{self.axis.name}</b> ({self.scale[0]}–{self.scale[-1]}, 0 clears). "
            f"{other} for {other_name} · {tags}{TEST_KEY} how to test · F2 edits · "
            "Delete removes"
        )

    # ----- commands ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self.save_edit():
            return
        text = self.entry.text()
        role = self.controller.entry_role
        if self.controller.run(lambda s: assumptions.add_assumption(s, self.panel, text, role)):
            self.entry.clear()
            self.list.setCurrentRow(self.list.count() - 1)

    def set_value(self, value: int) -> None:
        card_id = self.selected_id()
        if not card_id:
            return
        axis_id = self.axis.id
        ok = self.controller.run(
            lambda s: assumptions.place(s, self.panel, card_id, axis_id, value)
        )
        if not ok:
            return
        if self.axis == self.x_axis:
            self.axis = self.y_axis
        else:
            self.axis = self.x_axis
            self.list.setCurrentRow(min(self.list.currentRow() + 1, self.list.count() - 1))
        self._show_keys()

    def toggle_tag(self, tag_id: str) -> None:
        card_id = self.selected_id()
        if not card_id:
            return
        current = next(p.tag for p in self.placements if p.card.id == card_id)
        value = "" if current == tag_id else tag_id
        self.controller.run(lambda s: assumptions.tag(s, self.panel, card_id, value))

    def focus_test(self) -> None:
        field = self.tests.get(self.selected_id())
        if field is None:
            self.controller.failed.emit(
                "Only a leap of faith needs a test: this assumption is not in that corner."
            )
            return
        field.setFocus()
        self.leaps_scroll.ensureWidgetVisible(field)

    def _commit_test(self, card_id: str, text: str) -> None:
        self.controller.run(lambda s: assumptions.set_test(s, self.panel, card_id, text))

    # ----- keys --------------------------------------------------------------------------------

    def row_key(self, event: QKeyEvent) -> bool:
        digit = typed_digit(event)
        if digit is not None:
            self.set_value(digit)
            return True
        chord = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        letter = "" if chord else event.text().upper()
        if not letter:
            return False
        if letter in self.axis_keys:
            self.axis = self.axis_keys[letter]
            self._show_keys()
            return True
        if letter in self.tag_keys:
            self.toggle_tag(self.tag_keys[letter].id)
            return True
        if letter == TEST_KEY:
            self.focus_test()
            return True
        return False
