"""Named fields of a phase: a reframed ask, metric actuals, the decision's framing, the final
problem statement with its live sentence and checklist.

Values are the phase's fields (FieldValue owned by the phase), or the session's setup with
`target = "setup"`. Setup fields named in `show_fields` are shown above, read-only. With
`from_phase`, Ctrl+M starts the fields from the most-voted draft of this phase's vote.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label, section_label, value_label
from facilitation import panel_fields as pf
from facilitation.changes import Change
from facilitation.dates import readable
from facilitation.method import Choice, FieldSpec, Panel, Phase
from facilitation.prompts import fill
from widgets.field_form import FieldForm


class FieldsBoard(Board):
    watches = frozenset({"field_value", "session", "card", "tally"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        settings = self.panel.settings
        self.template = str(settings.get("template", ""))
        self.from_phase = str(settings.get("from_phase", ""))
        self.items = pf.checklist(settings)
        setup_labels = {f.id: f.label for f in controller.session.method.setup_fields}

        inner = QWidget()
        inner.setObjectName("fieldsBoardInner")
        column = QVBoxLayout(inner)
        self.shown: dict[str, QLabel] = {}
        for field_id in (str(f) for f in settings.get("show_fields", [])):
            column.addWidget(section_label(setup_labels.get(field_id, field_id)))
            value = value_label()
            column.addWidget(value)
            self.shown[field_id] = value
        if self.shown:
            rule = QFrame()
            rule.setFrameShape(QFrame.Shape.HLine)
            column.addWidget(rule)

        self.sentence = value_label()
        self.sentence.setAccessibleName("The statement as it reads")
        if self.template:
            column.addWidget(section_label("As it reads"))
            column.addWidget(self.sentence)
        checklist_at = column.count()  # the checklist goes under the sentence it checks
        self.draft_hint = hint_label("")
        if self.from_phase:
            column.addWidget(self.draft_hint)
        # Beside another panel the board is narrow: labels go above their fields.
        self.narrow = len(phase.panels) > 1
        # A plain form (a reframed ask, the actuals) lets its longer field fill the board; one
        # with a sentence or a checklist keeps its fields compact so those stay in view.
        plain = not (self.template or self.items or self.from_phase)
        self.form = FieldForm(
            self.panel.fields,
            text_height=90 if self.narrow or self.shown else 150,
            grow_text=plain,
        )
        if self.narrow:
            self.form.stack_labels()
        self.form.committed.connect(self._on_committed)
        self.form.edited.connect(self._show_sentence)
        column.addWidget(self.form, 1 if plain else 0)

        # Made after the form so that Tab runs through the fields first, shown above it.
        self.checks: dict[str, QCheckBox] = {}
        if self.items:
            checklist = QWidget()
            ticks = QVBoxLayout(checklist)
            ticks.setContentsMargins(0, 0, 0, 0)
            ticks.setSpacing(2)
            ticks.addWidget(section_label("Check it"))
            for number, item in enumerate(self.items, start=1):
                box = QCheckBox(f"{number}  {item.name}")
                box.setAccessibleName(item.name)
                box.setObjectName("checklistItem")
                box.clicked.connect(lambda ticked, i=item: self._tick(i, ticked))
                ticks.addWidget(box)
                self.checks[item.id] = box
            ticks.addWidget(hint_label("Alt+1… ticks or unticks an item; so does Space on it."))
            column.insertWidget(checklist_at, checklist)

        kinds = {f.kind for f in self.panel.fields}
        if kinds == {"text"}:
            column.addWidget(hint_label("Tab or Ctrl+Enter keeps what you typed."))
        elif "text" in kinds:
            column.addWidget(
                hint_label("Enter keeps a line; in a longer field, Tab or Ctrl+Enter keeps it.")
            )
        if not plain:
            column.addStretch(1)

        # Long forms (a decision's seven fields, a statement with its checklist) scroll rather
        # than squeeze; the field with the keyboard is always scrolled into view.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own: Tab goes from field to field, never to an invisible frame.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

        for number, item in enumerate(self.items[:9], start=1):
            self.shortcut(f"Alt+{number}", lambda i=item: self.toggle(i))
        if self.from_phase:
            # The room votes on the drafts in the panel beside this one; Ctrl+M works from there.
            self.phase_keys["Ctrl+M"] = self.start_from_draft
        for widget in [*self.form.fields.values(), *self.checks.values()]:
            widget.installEventFilter(self)
        self.refresh()

    # ----- showing ---------------------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        setup = self.session.record.setup
        for field_id, label in self.shown.items():
            label.setText(readable(setup.get(field_id, "")) or "–")
        self.form.show_values(pf.values_of(self.session, self.phase.id, self.panel))
        for item_id, box in self.checks.items():
            box.setChecked(pf.is_ticked(self.session, self.phase.id, item_id))
        self._show_sentence()
        if self.from_phase:
            draft = pf.top_draft(self.session, self.phase)
            dots = self.session.tally(draft.id) if draft else 0
            self.draft_hint.setText(
                f"Ctrl+M starts from the most-voted draft ({plural(dots, 'dot')})."
                if draft
                else "Once the drafts have dots, Ctrl+M starts from the most-voted one."
            )

    def _show_sentence(self) -> None:
        if self.template:
            self.sentence.setText(fill(self.template, self.form.values()))

    # ----- commands --------------------------------------------------------------------------

    def _spec(self, field_id: str) -> FieldSpec:
        spec = self.panel.field(field_id)
        assert spec is not None, f"the form only offers the panel's fields, not {field_id}"
        return spec

    def _on_committed(self, field_id: str, value: str) -> None:
        spec = self._spec(field_id)
        if not self.controller.run(
            lambda s: pf.set_value(s, self.phase.id, self.panel, spec, value)
        ):
            # Refused: show what is stored again, so the screen never shows what was not kept.
            self.form.show_value(
                field_id, pf.value_of(self.session, self.phase.id, self.panel, spec)
            )
            self._show_sentence()

    def _tick(self, item: Choice, ticked: bool) -> None:
        if not self.controller.run(lambda s: pf.set_ticked(s, self.phase.id, item, ticked)):
            self.checks[item.id].setChecked(pf.is_ticked(self.session, self.phase.id, item.id))

    def toggle(self, item: Choice) -> None:
        self._tick(item, not pf.is_ticked(self.session, self.phase.id, item.id))

    def start_from_draft(self) -> None:
        replaced = pf.replaced_by_draft(self.session, self.phase, self.panel)
        draft = pf.top_draft(self.session, self.phase)
        if replaced and draft is not None:
            answer = QMessageBox.question(
                self,
                "Start from the most-voted draft",
                f"{', '.join(replaced)} already hold text. Replace it with the draft "
                f"“{draft.text}”?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.controller.run(lambda s: pf.copy_top_draft(s, self.phase, self.panel)):
            self.form.focus_field(0)

    def focus_entry(self) -> None:
        self.form.focus_field(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.scroller.ensureWidgetVisible(watched, 8, 24)
        elif (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QCheckBox)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            # Space ticks the box under the keyboard; the runner's Space (the timer) waits.
            event.accept()
        return False
