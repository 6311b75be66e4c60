"""The main window: home, setup, runner and summary screens, one at a time, and the View menu."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from app.methods_catalog import method as find_method
from app.storage import StorageError, Store
from app.ui.home_screen import HomeScreen
from app.ui.look import ZOOM_KEYS, Dress, Look, fitted
from app.ui.preferences import Preferences
from app.ui.presenter import Presenter
from app.ui.theme import next_theme, themes
from facilitation.clock import Clock, SystemClock
from facilitation.method import Method

# Only the home screen is built at start, and it should appear quickly: what a session needs
# (the domain's session code, the controller, the setup, runner and summary screens, every
# board) and the F1 overlay are imported when first used.
if TYPE_CHECKING:
    from app.ui.controller import SessionController
    from app.ui.help_overlay import HelpOverlay


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
        self.preferences = Preferences(settings)
        self.look = Look(self.preferences)
        self.presenter = Presenter(self, self.look, self.preferences)
        self.clock = clock or SystemClock()
        self.controller: SessionController | None = None
        self.setWindowTitle("Seam")
        self.setMinimumSize(960, 600)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            # The first start fills the screen: on a projector every pixel is for the room.
            self.setGeometry(self.screen().availableGeometry())
        # Dressed while still empty (its zoom depends on the screen the geometry puts it on):
        # a sheet set on a window restyles every widget already in it.
        self.look.dress(self, Dress("console", default=fitted))
        self.stack = QStackedWidget()
        self.stack.setContentsMargins(24, 16, 24, 16)
        self.setCentralWidget(self.stack)
        # Built in its place: a widget moved into the dressed window later is restyled whole again.
        self.home = HomeScreen(store, self.stack)
        self.home.new_requested.connect(self.new_session)
        self.home.open_requested.connect(self.open_session)
        self.stack.addWidget(self.home)
        self.screen_widget: QWidget = self.home
        self.help: HelpOverlay | None = None
        QShortcut(QKeySequence("F1"), self, self.toggle_help)
        self._build_view_menu()
        self.home.focus_default()

    # ----- the View menu: presenting, the projector, theme and zoom ------------------------------

    def _build_view_menu(self) -> None:
        menu = self.menuBar().addMenu("&View")
        menu.addAction("Present to the room", QKeySequence("F5"), self.present)
        menu.addAction("Stop presenting", QKeySequence("Shift+F5"), self.presenter.stop)
        self.screens_menu = menu.addMenu("Projector screen")
        self.screens_menu.aboutToShow.connect(self._list_screens)
        menu.addAction("Next screen as the projector", QKeySequence("F8"), self.next_projector)
        menu.addSeparator()
        self.theme_group = QActionGroup(self)
        theme_menu = menu.addMenu("Theme")
        for found in themes().values():
            action = theme_menu.addAction(found.name)
            action.setCheckable(True)
            action.setChecked(found.id == self.look.theme.id)
            action.setData(found.id)
            action.triggered.connect(lambda _=False, t=found.id: self.set_theme(t))
            self.theme_group.addAction(action)
        menu.addAction("Next theme", QKeySequence("F7"), self.cycle_theme)
        menu.addSeparator()
        for label, keys, step in ZOOM_KEYS:
            action = menu.addAction(label)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, s=step: self.presenter.zoom(s))

    def _list_screens(self) -> None:
        self.screens_menu.clear()
        group = QActionGroup(self.screens_menu)
        chosen = self.presenter.projector()
        for screen in self.presenter.screens():
            name, size = screen.name(), screen.geometry()
            action = self.screens_menu.addAction(
                f"{screen.name()} ({size.width()}×{size.height()})"
            )
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.triggered.connect(lambda _=False, n=name: self.presenter.choose_projector(n))
            group.addAction(action)

    def present(self) -> None:
        from app.ui.runner import RunnerScreen

        if not isinstance(self.screen_widget, RunnerScreen):
            self.statusBar().showMessage("Open a running session to present it.", 5000)
            return
        self.presenter.start(self.screen_widget)

    def next_projector(self) -> None:
        name = self.presenter.next_projector()
        self.statusBar().showMessage(f"The projector is now {name}.", 5000)

    def set_theme(self, theme_id: str) -> None:
        self.look.set_theme(theme_id)
        for action in self.theme_group.actions():
            action.setChecked(action.data() == theme_id)

    def cycle_theme(self) -> None:
        self.set_theme(next_theme(self.look.theme.id).id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc reaches the window only when the widget with the keyboard had no use for it.
        if event.key() == Qt.Key.Key_Escape and self.presenter.presenting:
            self.presenter.stop()
            return
        super().keyPressEvent(event)

    def toggle_help(self) -> None:
        # The shortcut list is long rich text, slow to lay out and to style (about 100 ms): it is
        # built on the first F1, not on every start.
        if self.help is None:
            from app.ui.help_overlay import HelpOverlay

            self.help = HelpOverlay(self.stack)
        self.help.toggle()

    # ----- screens ---------------------------------------------------------------------------

    def _show(self, widget: QWidget, title: str = "") -> None:
        # The room's view belongs to the runner; a screen that replaces it ends the presenting.
        self.presenter.stop()
        old = self.screen_widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.screen_widget = widget
        if old is not self.home and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.setWindowTitle(f"Seam — {title}" if title else "Seam")
        if self.help is not None:
            self.help.raise_()

    def show_home(self) -> None:
        self.home.reload()
        self._show(self.home)
        self.controller = None
        self.home.focus_default()

    def new_session(self, method_id: str) -> None:
        from app.ui.controller import SessionController
        from facilitation.lifecycle import SetupDraft, create_session

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
        from app.sessions import open_session
        from app.ui.controller import SessionController

        try:
            session = open_session(self.store, session_id, self.clock)
        except (KeyError, StorageError) as error:
            QMessageBox.warning(self, "Seam", f"That session could not be opened: {error}")
            self.home.reload()
            return
        self._open_controller(SessionController(self.store, session))

    def _open_controller(self, controller: "SessionController") -> None:
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
        from app.ui.chime import play

        screen = RunnerScreen(self.controller, self.preferences)
        screen.chime_requested.connect(play)
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
        self.presenter.stop()
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
