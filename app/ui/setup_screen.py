"""The setup form: title, the method's fields, participants with roles, and the session length."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.methods_catalog import method as find_method
from app.sessions import linked_outcomes, load_history
from app.ui.controller import SessionController
from app.ui.format import local_time
from app.ui.labels import hint_label
from facilitation import lifecycle
from facilitation.changes import Change
from facilitation.lifecycle import ParticipantDraft, SetupDraft
from facilitation.outcomes import prefill
from facilitation.roles import ROLE_ORDER, Role
from facilitation.session import Session
from widgets.committing_fields import CommittingLineEdit, CommittingTextEdit
from widgets.key_map import KeyMap
from widgets.role_style import role_icon


class SetupScreen(QWidget):
    """Everything is stored as it is typed; Start checks the required fields."""

    started = Signal()
    home_requested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup")
        self.controller = controller
        method = controller.session.method

        heading = QLabel(f"New {method.name.lower()}")
        heading.setObjectName("screenTitle")
        about = hint_label(f"{method.summary} {method.when_to_use} {method.participants}.")

        self.title = CommittingLineEdit()
        self.title.setAccessibleName("Title")
        self.title.committed.connect(self._on_field_edited)
        form = QFormLayout()
        form.addRow("&Title", self.title)
        self.fields: dict[str, CommittingLineEdit | CommittingTextEdit | QDateEdit] = {}
        for spec in method.setup_fields:
            widget: CommittingLineEdit | CommittingTextEdit | QDateEdit
            if spec.kind == "text":
                widget = CommittingTextEdit()
                widget.setFixedHeight(90)
                widget.committed.connect(self._on_field_edited)
            elif spec.kind == "date":
                widget = QDateEdit()
                widget.setCalendarPopup(True)
                widget.setDisplayFormat("d MMMM yyyy")
                widget.editingFinished.connect(self._on_field_edited)
            else:
                widget = CommittingLineEdit()
                widget.committed.connect(self._on_field_edited)
            widget.setAccessibleName(spec.label)
            widget.setToolTip(spec.help)
            if isinstance(widget, QLineEdit | CommittingTextEdit):
                widget.setPlaceholderText(spec.help)
            form.addRow(spec.label + (" *" if spec.required else ""), widget)
            self.fields[spec.id] = widget

        self.team = CommittingLineEdit()
        self.team.setAccessibleName("Team")
        self.team.setPlaceholderText("Sessions of one team see each other's open actions")
        self.team.committed.connect(self._on_field_edited)
        form.addRow("T&eam", self.team)
        self.follows = QListWidget()
        self.follows.setObjectName("followsList")
        self.follows.setAccessibleName("Follows earlier sessions")
        self.follows.setToolTip(
            "Tick the sessions this one follows: their problem statement, success metric, top "
            "risks or decision fill the empty fields, and a retro reviews their open actions."
        )
        self.follows.setMaximumHeight(130)
        self.follows.itemChanged.connect(self._on_follows_changed)
        self._fill_follows()
        if self.follows.count():
            form.addRow("Follows", self.follows)
        else:
            self.follows.hide()

        self.length = QSpinBox()
        self.length.setRange(15, lifecycle.MAX_TOTAL_MIN)
        self.length.setSingleStep(5)
        self.length.setSuffix(" min")
        self.length.setAccessibleName("Session length in minutes")
        self.length.editingFinished.connect(self._on_field_edited)
        self.skip_optional = QCheckBox("Leave out optional phases")
        self.skip_optional.toggled.connect(self._on_field_edited)
        form.addRow("&Length", self.length)
        form.addRow("", self.skip_optional)

        self.person = QLineEdit()
        self.person.setPlaceholderText("Name, then Enter")
        self.person.setAccessibleName("Participant name")
        self.person.returnPressed.connect(self.add_person)
        self.person_role = QComboBox()
        self.person_role.setAccessibleName("Participant role")
        for role in ROLE_ORDER:
            self.person_role.addItem(role_icon(role), role.label, role.value)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person, 2)
        person_row.addWidget(self.person_role, 1)
        self.people = QListWidget()
        self.people.setObjectName("peopleList")
        self.people.setAccessibleName("Participants")
        KeyMap(self.people, {Qt.Key.Key_Delete: self.remove_selected_person})
        form.addRow("Participants", person_row)
        form.addRow("", self.people)

        self.plan = hint_label("")
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.start_button = QPushButton("Start session  (Ctrl+Enter)")
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(self.start)
        home = QPushButton("Back to home  (Ctrl+H)")
        home.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(home)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(heading)
        inner_layout.addWidget(about)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.plan)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.start)
        QShortcut(QKeySequence("Ctrl+H"), self).activated.connect(self.home_requested)
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self.message.setText)
        self.show_session()
        self.title.setFocus()
        self.title.selectAll()

    @property
    def session(self) -> Session:
        return self.controller.session

    def _fill_follows(self) -> None:
        """Every other stored session, newest first, ticked when this session follows it."""
        linked = set(self.session.links)
        self.follows.blockSignals(True)
        for summary in self.controller.store.list_sessions():
            if summary.id == self.session.id:
                continue
            try:
                name = find_method(summary.method).name
            except KeyError:
                continue
            team = f" · {summary.team}" if summary.team else ""
            label = f"{name} · {summary.title}{team} · {local_time(summary.created_at)}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = summary.id in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.follows.addItem(item)
        self.follows.blockSignals(False)

    def followed(self) -> list[str]:
        """The ticked sessions, in list order (newest first: the closest one fills fields first)."""
        items = (self.follows.item(row) for row in range(self.follows.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _on_follows_changed(self, *_args: object) -> None:
        """Link or unlink, and fill still-empty fields from what the followed sessions decided."""
        draft = self.draft()
        handed_on = linked_outcomes(self.controller.store, list(draft.follows), self.session.clock)
        filled = {
            field_id: value
            for field_id, value in prefill(self.session.method, handed_on).items()
            if not draft.fields.get(field_id, "").strip()
        }
        if filled:
            draft = replace(draft, fields={**draft.fields, **filled})
        self.controller.run(lambda s: lifecycle.update_setup(s, draft))

    def show_session(self) -> None:
        record = self.session.record
        self.title.show_value(record.title)
        self.team.show_value(record.team)
        for field_id, widget in self.fields.items():
            value = record.setup.get(field_id, "")
            if isinstance(widget, QDateEdit):
                if not widget.hasFocus():
                    widget.setDate(_qdate(value))
            else:
                widget.show_value(value)
        if not self.length.hasFocus():
            self.length.setValue(record.total_min)
        optional = {p.id for p in self.session.method.phases if p.optional}
        self.skip_optional.blockSignals(True)
        self.skip_optional.setChecked(
            bool(optional) and not optional & self.session.phase_runs.keys()
        )
        self.skip_optional.setVisible(bool(optional))
        self.skip_optional.blockSignals(False)
        self.people.clear()
        for person in self.session.ordered_participants():
            item = QListWidgetItem(role_icon(person.role), f"{person.name} · {person.role.label}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
        runs = self.session.ordered_runs()
        plan = ", ".join(
            f"{self.session.method.phase(r.phase_id).name} {r.planned_s / 60:.0f}" for r in runs
        )
        self.plan.setText(f"Plan in minutes: {plan}.")

    def draft(self, people: list[ParticipantDraft] | None = None) -> SetupDraft:
        fields: dict[str, str] = {}
        for field_id, widget in self.fields.items():
            if isinstance(widget, QDateEdit):
                fields[field_id] = widget.date().toString("yyyy-MM-dd")
            elif isinstance(widget, CommittingTextEdit):
                fields[field_id] = widget.toPlainText()
            else:
                fields[field_id] = widget.text()
        if people is None:
            people = self._stored_people()
        return SetupDraft(
            title=self.title.text(),
            fields=fields,
            participants=people,
            total_min=self.length.value(),
            skip_optional=self.skip_optional.isChecked(),
            team=self.team.text(),
            follows=tuple(self.followed()),
        )

    def _stored_people(self) -> list[ParticipantDraft]:
        """The stored participants, as the drafts a changed list is made from."""
        return [ParticipantDraft(p.name, p.role) for p in self.session.ordered_participants()]

    def save(self, people: list[ParticipantDraft] | None = None) -> bool:
        draft = self.draft(people)
        return self.controller.run(lambda s: lifecycle.update_setup(s, draft))

    def _on_field_edited(self, *_args: object) -> None:
        self.save()

    def add_person(self) -> None:
        name = self.person.text().strip()
        if not name:
            return
        role = Role(str(self.person_role.currentData()))
        if self.save([*self._stored_people(), ParticipantDraft(name, role)]):
            self.person.clear()

    def remove_selected_person(self) -> None:
        row = self.people.currentRow()
        people = self._stored_people()
        if 0 <= row < len(people):
            del people[row]
            self.save(people)

    def start(self) -> None:
        if self.save() and self.controller.run(lifecycle.start_session):
            # Team and links are settled now: gather what earlier sessions left for this one
            # (a new session was created before it had either, so it holds no history yet).
            self.session.history = load_history(self.controller.store, self.session)
            self.started.emit()

    def _on_changed(self, change: Change) -> None:
        self.message.clear()
        self.show_session()


def _qdate(value: str) -> QDate:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return QDate.currentDate().addMonths(4)
    return QDate(day.year, day.month, day.day)
