"""PDF export off the GUI thread, on its own database connection."""

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal


class ExportSignals(QObject):
    done = Signal(str)  # path written
    failed = Signal(str)  # one sentence


class ExportJob(QRunnable):
    """Reloads the session from the file (SQLite connections stay on their thread) and writes."""

    def __init__(self, db_path: Path, session_id: str, out: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.session_id = session_id
        self.out = out
        self.signals = ExportSignals()

    def run(self) -> None:
        # Imported here so the GUI starts without loading reportlab.
        from app.exporting import ExportError, export_pdf, load_session
        from app.storage import StorageError, Store

        try:
            store = Store(self.db_path)
            try:
                export_pdf(load_session(store, self.session_id), self.out)
            finally:
                store.close()
        except (ExportError, StorageError) as error:
            self._fail(str(error))
        except Exception as error:
            # Whatever went wrong, the facilitator must not be left watching a progress bar.
            self._fail(f"an unexpected error: {error}")
        else:
            self.signals.done.emit(str(self.out))

    def _fail(self, reason: str) -> None:
        self.signals.failed.emit(f"The handout could not be written ({reason}).")
