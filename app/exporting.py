"""Exporting a stored session, shared by the command line and the GUI; failures become sentences."""

import json
from pathlib import Path

from app.files import write_atomically
from app.sessions import open_session
from app.storage import StorageError, Store
from facilitation.errors import DomainError, MethodError
from facilitation.session import Session


class ExportError(Exception):
    """One sentence saying why nothing was written; an older file at the target is untouched."""


def load_session(store: Store, session_id: str) -> Session:
    try:
        return open_session(store, session_id)
    except KeyError as error:  # gone since it was listed, or a method this Seam does not know
        raise ExportError(str(error.args[0] if error.args else error)) from None
    except (StorageError, MethodError, DomainError) as error:
        raise ExportError(str(error)) from None


def json_text(session: Session) -> str:
    from app.export_json import session_to_json

    return json.dumps(session_to_json(session), indent=2, ensure_ascii=False) + "\n"


def export_json(session: Session, path: Path) -> None:
    data = json_text(session).encode("utf-8")
    try:
        write_atomically(path, lambda out: out.write(data))
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None


def export_pdf(session: Session, path: Path) -> None:
    # Imported here so listing and the GUI start without loading reportlab.
    from app.handout import write_handout

    try:
        write_handout(session, path)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    except ValueError as error:  # a method without a handout yet
        raise ExportError(str(error)) from None
