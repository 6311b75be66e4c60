"""Starting the GUI: the Qt application, fonts, style, settings, the store and the main window."""

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.paths import config_dir
from app.storage import StorageError, Store
from app.ui.fonts import register_screen_fonts
from app.ui.main_window import MainWindow
from app.ui.preferences import Preferences
from app.ui.theme import DEFAULT_THEME, apply_to_application, theme


def make_application(argv: list[str] | None = None, theme_id: str = DEFAULT_THEME) -> QApplication:
    existing = QApplication.instance()
    application = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    configure_application(application, theme_id)
    return application


def configure_application(application: QApplication, theme_id: str = DEFAULT_THEME) -> None:
    """Name, style, fonts and theme; separate so tests can dress pytest-qt's qapp."""
    application.setApplicationName("Seam")
    application.setApplicationVersion(__version__)
    application.setStyle("Fusion")
    family = register_screen_fonts()
    if family:
        font = QFont(family)
        font.setPointSize(12)
        application.setFont(font)
    apply_to_application(application, theme(theme_id))


def settings() -> QSettings:
    """Window geometry and preferences live in an INI file; workshop data only in SQLite."""
    path = config_dir() / "seam.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def run_gui(db_path: Path) -> int:
    stored = settings()
    application = make_application(theme_id=Preferences(stored).theme)
    try:
        store = Store(db_path)
    except StorageError as error:
        QMessageBox.critical(None, "Seam", str(error))
        return 1
    window = MainWindow(store, stored)
    window.show()
    # Ask for the keyboard: a projector laptop in kiosk mode (X without a window manager) never
    # activates the window otherwise, and no shortcut would fire.
    window.activateWindow()
    code = application.exec()
    store.close()
    return code
