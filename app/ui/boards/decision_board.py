"""The decision record: which option, why, at what price, and why not each of the others.

The options stand in ranking order with their weighted totals, so the approver sees at a glance
whether the choice is the top-scored option. The consent poll is a separate panel beside this.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label, warning_label
from facilitation import decision_record
from facilitation.changes import Change
from facilitation.method import FieldSpec, Panel, Phase
from widgets.committing_fields import CommittingLineEdit, CommittingTextEdit
from widgets.key_map import typed_digit
from widgets.lists import row_table
from widgets.scroll_column import ScrollColumn

COLUMNS = ("Option", "Total · rank")
TEXT_FIELD_HEIGHT = 76  # about three lines: the form scrolls, the fields do not grow


class DecisionRecordBoard(Board):
    """The ranking with the choice on top; the record's fields and the why-nots below, scrolling."""

    watches = frozenset({"card", "score", "field_value"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.option_ids: list[str] = []

        self.table = row_table(
            COLUMNS, "rankingTable", "Options by weighted total; a digit chooses one"
        )
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.installEventFilter(self)
        self.note = warning_label()  # plain text: it names an option, tags and all
        self.note.setAccessibleName("Note on the choice")

        self.fields: dict[str, CommittingLineEdit | CommittingTextEdit | QComboBox] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for spec in self.panel.fields:
            form.addRow(spec.label, self._field_widget(spec))
        self.why_not_form = QFormLayout()
        self.why_not_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.why_not: dict[str, CommittingLineEdit] = {}
        self.record_column = ScrollColumn()
        self.record_column.column.addLayout(form)
        self.record_column.column.addWidget(section_label("Why not the others"))
        self.record_column.column.addLayout(self.why_not_form)
        self.record_column.column.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(section_label("Options by weighted total"))
        left.addWidget(self.table)
        left.addWidget(self.note)
        left.addWidget(hint_label("A digit chooses that option; 0 takes the choice back."))
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.record_column, 3)
        self.refresh()

    def _field_widget(self, spec: FieldSpec) -> QWidget:
        widget: CommittingLineEdit | CommittingTextEdit | QComboBox
        if spec.kind == "choice":
            widget = QComboBox()
            widget.addItem("Not set", "")
            for choice in spec.choices:
                widget.addItem(choice.name, choice.id)
            # `activated` fires for the user's choice only, never for a redraw.
            widget.activated.connect(lambda _i, s=spec, w=widget: self._commit(s, w.currentData()))
        elif spec.kind == "text":
            widget = CommittingTextEdit()
            widget.setFixedHeight(TEXT_FIELD_HEIGHT)
            widget.setPlaceholderText(spec.help)
            widget.committed.connect(lambda text, s=spec: self._commit(s, text))
        else:
            widget = CommittingLineEdit()
            widget.setPlaceholderText(spec.help)
            widget.committed.connect(lambda text, s=spec: self._commit(s, text))
        widget.setAccessibleName(spec.label)
        self.fields[spec.id] = widget
        return widget

    # ----- reading the session ---------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        session = self.session
        chosen = decision_record.chosen(session, self.phase.id)
        standings = decision_record.standings(session)
        self._show_ranking(standings, chosen.id if chosen else "")
        note = decision_record.off_top_note(session, self.phase.id)
        if not standings.scored and standings.rows:
            note = "Nothing is scored yet, so there is no ranking to compare the choice with."
        self.note.setText(note)
        for spec in self.panel.fields:
            value = session.field(self.phase.id, spec.id)
            widget = self.fields[spec.id]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.show_value(value)
        self._show_why_not()

    def _show_ranking(self, standings: decision_record.Standings, chosen_id: str) -> None:
        selected = self.selected_id()
        self.option_ids = [r.option.id for r in standings.rows]
        self.table.setRowCount(len(standings.rows))
        for row, standing in enumerate(standings.rows):
            is_chosen = standing.option.id == chosen_id
            total = f"{standing.total:g} · #{standing.rank}" if standings.scored else "–"
            mark = "✓ " if is_chosen else ""
            cells = (f"{row + 1}. {mark}{standing.option.text}", total)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if is_chosen:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        for column in range(1, len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        # Every option stays in view: the table is as tall as its rows.
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height)
        if self.option_ids:
            keep = self.option_ids.index(selected) if selected in self.option_ids else 0
            self.table.selectRow(keep)

    def _show_why_not(self) -> None:
        rejected = decision_record.rejected(self.session, self.phase.id)
        if [o.id for o in rejected] != list(self.why_not):
            while self.why_not_form.rowCount():
                self.why_not_form.removeRow(0)
            self.why_not = {}
            for option in rejected:
                field = CommittingLineEdit()
                field.setPlaceholderText("Why this one lost")
                field.setAccessibleName(f"Why not {option.text}")
                field.committed.connect(lambda text, o=option.id: self._commit_why_not(o, text))
                # An option named "<b>Fast</b>" reads as typed, not in bold.
                name = QLabel(f"Why not {option.text}")
                name.setTextFormat(Qt.TextFormat.PlainText)
                self.why_not_form.addRow(name, field)
                self.why_not[option.id] = field
                # A layout shows new children only once the event loop runs; Tab may come first.
                field.show()
                label = self.why_not_form.labelForField(field)
                if label is not None:
                    label.show()
            # New widgets join the end of the window's tab chain; put them after the record.
            previous: QWidget = self.fields[self.panel.fields[-1].id] if self.fields else self.table
            for field in self.why_not.values():
                QWidget.setTabOrder(previous, field)
                previous = field
        for option_id, field in self.why_not.items():
            field.show_value(self.session.field(option_id, decision_record.WHY_NOT.id))

    def selected_id(self) -> str:
        row = self.table.currentRow()
        return self.option_ids[row] if 0 <= row < len(self.option_ids) else ""

    # ----- commands ----------------------------------------------------------------------------

    def choose(self, number: int) -> None:
        """Choose the option on row `number` (from 1); 0 takes the choice back."""
        if number > len(self.option_ids):
            count = len(self.option_ids)
            self.controller.failed.emit(
                f"There are {count} options: choose 1 to {count}, or 0 to take the choice back."
            )
            return
        option_id = self.option_ids[number - 1] if number else ""
        self.controller.run(lambda s: decision_record.choose(s, self.phase.id, option_id))

    def _commit(self, spec: FieldSpec, value: object) -> None:
        text = str(value or "")
        self.controller.run(
            lambda s: decision_record.set_record_field(s, self.phase.id, self.panel, spec.id, text)
        )

    def _commit_why_not(self, option_id: str, text: str) -> None:
        self.controller.run(lambda s: decision_record.set_why_not(s, option_id, text))

    def focus_entry(self) -> None:
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        digit = typed_digit(event)
        if digit is not None:
            self.choose(digit)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose(self.table.currentRow() + 1)
            return True
        return False
