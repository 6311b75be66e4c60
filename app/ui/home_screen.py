"""The home screen: start a session from a method, or resume or delete a recent one."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.methods_catalog import load_methods
from app.storage import StorageError, Store
from app.ui.format import local_time
from app.ui.labels import section_label
from widgets.key_map import KeyMap
from widgets.lists import current_id, row_table, wrap_text

STATUS_WORDS = {"setup": "Draft", "running": "In progress", "completed": "Completed"}


class HomeScreen(QWidget):
    new_requested = Signal(str)  # method id
    open_requested = Signal(str)  # session id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.store = store
        self.methods = load_methods()

        title = QLabel("Seam")
        title.setObjectName("screenTitle")
        tagline = QLabel("Workshops where product and engineering decide together.")
        tagline.setObjectName("hintLabel")

        self.method_list = QListWidget()
        self.method_list.setObjectName("methodList")
        self.method_list.setAccessibleName("Methods")
        wrap_text(self.method_list)
        for method in self.methods.values():
            item = QListWidgetItem(
                f"{method.name}\n{method.summary}\n"
                f"About {method.default_total_min} minutes · {method.participants}"
            )
            item.setData(Qt.ItemDataRole.UserRole, method.id)
            self.method_list.addItem(item)
        self.method_list.setCurrentRow(0)
        self.method_list.itemActivated.connect(lambda _item: self.request_new())
        new_button = QPushButton("New session  (Ctrl+N)")
        new_button.setObjectName("primaryButton")
        new_button.clicked.connect(self.request_new)

        self.sessions = row_table(
            ("Title", "Method", "Status", "Last change"), "sessionTable", "Recent sessions"
        )
        header = self.sessions.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.itemActivated.connect(lambda _item: self.request_open())
        KeyMap(
            self.sessions,
            {
                Qt.Key.Key_Delete: self.delete_selected,
                Qt.Key.Key_Return: self.request_open,
                Qt.Key.Key_Enter: self.request_open,
            },
        )
        self.empty = QLabel("No sessions yet. Pick a method on the left and press Ctrl+N.")
        self.empty.setObjectName("hintLabel")
        resume = QPushButton("Resume  (Enter)")
        resume.clicked.connect(self.request_open)
        delete = QPushButton("Delete…  (Delete)")
        delete.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")

        left = QVBoxLayout()
        left.addWidget(section_label("Start a new session"))
        left.addWidget(self.method_list, 1)
        left.addWidget(new_button)
        right = QVBoxLayout()
        right.addWidget(section_label("Recent sessions"))
        right.addWidget(self.sessions, 1)
        right.addWidget(self.empty)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(delete)
        row.addWidget(resume)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

        QShortcut(QKeySequence("Ctrl+N"), self, self.request_new)
        self.reload()

    def reload(self) -> None:
        summaries = self.store.list_sessions()
        self.sessions.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            method = self.methods.get(summary.method)
            cells = (
                summary.title,
                method.name if method else summary.method,
                STATUS_WORDS.get(summary.status, summary.status),
                local_time(summary.updated_at),
            )
            items = [QTableWidgetItem(text) for text in cells]
            # The row's id rides on its first cell, the one selected_session_id reads.
            items[0].setData(Qt.ItemDataRole.UserRole, summary.id)
            for column, item in enumerate(items):
                self.sessions.setItem(row, column, item)
        self.empty.setVisible(not summaries)
        if summaries:
            self.sessions.selectRow(0)

    def selected_session_id(self) -> str:
        item = self.sessions.item(self.sessions.currentRow(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def request_new(self) -> None:
        method_id = current_id(self.method_list)
        if method_id:
            self.new_requested.emit(method_id)

    def request_open(self) -> None:
        session_id = self.selected_session_id()
        if session_id:
            self.open_requested.emit(session_id)

    def delete_selected(self) -> None:
        session_id = self.selected_session_id()
        if not session_id:
            return
        cell = self.sessions.item(self.sessions.currentRow(), 0)
        title = cell.text() if cell else "this session"
        answer = QMessageBox.question(
            self,
            "Delete session",
            f"Delete “{title}” and everything in it? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_session(session_id)
        except StorageError as error:
            self.message.setText(str(error))
            return
        self.reload()

    def focus_default(self) -> None:
        (self.sessions if self.sessions.rowCount() else self.method_list).setFocus()
