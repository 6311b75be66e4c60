"""The main window: home, setup, runner and summary screens, one at a time."""

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from app.methods_catalog import method as find_method
from app.sessions import open_session
from app.storage import StorageError, Store
from app.ui.controller import SessionController
from app.ui.help_overlay import HelpOverlay
from app.ui.home_screen import HomeScreen
from facilitation.clock import Clock, SystemClock
from facilitation.lifecycle import SetupDraft, create_session
from facilitation.method import Method


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: QSettings,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.clock = clock or SystemClock()
        self.controller: SessionController | None = None
        self.stack = QStackedWidget()
        self.stack.setContentsMargins(24, 16, 24, 16)
        self.setCentralWidget(self.stack)
        self.home = HomeScreen(store)
        self.home.new_requested.connect(self.new_session)
        self.home.open_requested.connect(self.open_session)
        self.stack.addWidget(self.home)
        self.screen_widget: QWidget = self.home
        self.help = HelpOverlay(self.stack)
        QShortcut(QKeySequence("F1"), self, self.help.toggle)
        self.setWindowTitle("Seam")
        self.setMinimumSize(960, 600)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.home.focus_default()

    # ----- screens ---------------------------------------------------------------------------

    def _show(self, widget: QWidget, title: str = "") -> None:
        old = self.screen_widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.screen_widget = widget
        if old is not self.home and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.setWindowTitle(f"Seam — {title}" if title else "Seam")
        self.help.raise_()

    def show_home(self) -> None:
        self.home.reload()
        self._show(self.home)
        self.controller = None
        self.home.focus_default()

    def new_session(self, method_id: str) -> None:
        method = find_method(method_id)
        draft = SetupDraft(
            title=f"Untitled {method.name.lower()}",
            fields=_default_fields(method, self.clock),
            participants=[],
            total_min=method.default_total_min,
        )
        try:
            session, change = create_session(method, draft, self.clock)
            self.store.commit(session.id, change)
        except StorageError as error:
            QMessageBox.warning(self, "Seam", str(error))
            return
        self._open_controller(SessionController(self.store, session))

    def open_session(self, session_id: str) -> None:
        try:
            session = open_session(self.store, session_id, self.clock)
        except (KeyError, StorageError) as error:
            QMessageBox.warning(self, "Seam", f"That session could not be opened: {error}")
            self.home.reload()
            return
        self._open_controller(SessionController(self.store, session))

    def _open_controller(self, controller: SessionController) -> None:
        self.controller = controller
        status = controller.session.record.status
        if status == "setup":
            self.show_setup()
        elif status == "running":
            self.show_runner()
        else:
            self.show_summary()

    def _title(self) -> str:
        return self.controller.session.title if self.controller else ""

    # The setup, runner and summary screens (and every board) are imported when first shown:
    # the home screen is all a start needs, and it should appear quickly.

    def show_setup(self) -> None:
        from app.ui.setup_screen import SetupScreen

        assert self.controller is not None
        screen = SetupScreen(self.controller)
        screen.started.connect(self.show_runner)
        screen.home_requested.connect(self.show_home)
        self._show(screen, self._title())
        screen.title.setFocus()

    def show_runner(self) -> None:
        from app.ui.runner import RunnerScreen

        assert self.controller is not None
        screen = RunnerScreen(self.controller)
        screen.finished.connect(self.show_summary)
        screen.home_requested.connect(self.show_home)
        self._show(screen, self._title())
        screen.current_board().focus_entry()

    def show_summary(self) -> None:
        from app.ui.summary_screen import SummaryScreen

        assert self.controller is not None
        screen = SummaryScreen(self.controller, self.store.path)
        screen.home_requested.connect(self.show_home)
        screen.reopened.connect(self.show_runner)
        self._show(screen, self._title())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Focus leaving a field commits it, so closing never drops a finished edit.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


def _default_fields(method: Method, clock: Clock) -> dict[str, str]:
    """Sensible starting values, e.g. a failure horizon about four months out."""
    fields: dict[str, str] = {}
    for spec in method.setup_fields:
        if spec.kind == "date":
            day = clock.now().date()
            month = day.month + 3
            year = day.year + (month - 1) // 12
            fields[spec.id] = f"{year:04d}-{(month - 1) % 12 + 1:02d}-01"
    return fields
