"""A form for a method's named fields (line, text, date, number, choice) that reports each
finished edit once, and shows stored values without overwriting what is being typed.
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QWidget

from facilitation.method import FieldSpec
from widgets.committing_fields import CommittingLineEdit, CommittingTextEdit

FieldWidget = CommittingLineEdit | CommittingTextEdit | QComboBox
NO_CHOICE = "—"
LABEL_MAX_WIDTH = 200
LONG_LABEL = 22  # characters; shorter labels stay on one line
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
_PLACEHOLDERS = {"date": "YYYY-MM-DD", "number": "A number, e.g. 3 or 2.5"}


class FieldForm(QWidget):
    """One row per field; `committed(field_id, value)` after Enter, focus-out or a choice."""

    committed = Signal(str, str)
    edited = Signal()  # any keystroke, for previews that follow the typing
    escaped = Signal()  # Esc in any field: the board decides where the keyboard goes

    def __init__(
        self, specs: Sequence[FieldSpec], text_height: int = 96, *, grow_text: bool = False
    ) -> None:
        """`grow_text`: longer fields take whatever height the form is given, at least
        `text_height`; otherwise they keep to it, so a long form stays compact."""
        super().__init__()
        self.specs = tuple(specs)
        self.grow_text = grow_text
        self.labels: list[QLabel] = []
        # Projected: seam.qss gives its fields larger text than the app's default form.
        self.setObjectName("fieldForm")
        self.fields: dict[str, FieldWidget] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in self.specs:
            widget = self._make(spec, text_height)
            widget.setAccessibleName(spec.label)
            if spec.help:
                widget.setToolTip(spec.help)
            widget.installEventFilter(self)
            label = QLabel(spec.label)
            label.setObjectName("fieldLabel")
            if len(spec.label) > LONG_LABEL:
                # A long label wraps rather than pushing every field to the right.
                label.setWordWrap(True)
                label.setMaximumWidth(LABEL_MAX_WIDTH)
            label.setBuddy(widget)
            layout.addRow(label, widget)
            self.labels.append(label)
            self.fields[spec.id] = widget

    def _make(self, spec: FieldSpec, text_height: int) -> FieldWidget:
        if spec.kind == "choice":
            box = QComboBox()
            box.addItem(NO_CHOICE, "")
            for choice in spec.choices:
                box.addItem(choice.name, choice.id)
            box.activated.connect(
                lambda _i, b=box, f=spec.id: self.committed.emit(f, str(b.currentData()))
            )
            return box
        if spec.kind == "text":
            text = CommittingTextEdit()
            if self.grow_text:
                # The room reads this one field from the back: larger type than a form's.
                text.setObjectName("roomText")
                text.setMinimumHeight(text_height)
                text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            else:
                text.setFixedHeight(text_height)
            text.setPlaceholderText(spec.help)
            text.committed.connect(lambda value, f=spec.id: self.committed.emit(f, value))
            text.textChanged.connect(self.edited)
            return text
        line = CommittingLineEdit()
        line.setPlaceholderText(spec.help or _PLACEHOLDERS.get(spec.kind, ""))
        line.committed.connect(lambda value, f=spec.id: self.committed.emit(f, value))
        line.textEdited.connect(lambda _t: self.edited.emit())
        return line

    def stack_labels(self) -> None:
        """Labels above their fields, for a narrow column."""
        layout = self.layout()
        assert isinstance(layout, QFormLayout)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label in self.labels:
            label.setWordWrap(False)
            label.setMaximumWidth(QWIDGETSIZE_MAX)

    def show_values(self, values: Mapping[str, str]) -> None:
        for field_id in self.fields:
            self.show_value(field_id, values.get(field_id, ""))

    def show_value(self, field_id: str, value: str) -> None:
        """Show the stored value; a field being typed in keeps its text until it commits."""
        widget = self.fields[field_id]
        if isinstance(widget, QComboBox):
            found = widget.findData(value)
            widget.setCurrentIndex(max(0, found))
        else:
            widget.show_value(value)

    def values(self) -> dict[str, str]:
        """What the fields hold now, typed or stored."""
        found: dict[str, str] = {}
        for field_id, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                found[field_id] = str(widget.currentData() or "")
            elif isinstance(widget, CommittingTextEdit):
                found[field_id] = widget.toPlainText()
            else:
                found[field_id] = widget.text()
        return found

    def focus_field(self, index: int = 0) -> None:
        if self.specs:
            spec = self.specs[max(0, min(index, len(self.specs) - 1))]
            self.fields[spec.id].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.escaped.emit()
            return True
        return False
