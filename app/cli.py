"""`python -m app` subcommands: list sessions, export one, write the demo; no Qt."""

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app import __version__
from app.paths import default_db_path
from app.storage import SessionSummary, StorageError, Store
from facilitation.clock import parse_iso
from facilitation.errors import DomainError, MethodError

PROG = "seam"


class CliError(Exception):
    """A failure the user can act on; printed as one line, never as a traceback."""


def build_parser() -> argparse.ArgumentParser:
    # --db/--data-dir work before or after the subcommand; SUPPRESS keeps a subcommand's
    # unset copy from overwriting a value given before it.
    where = argparse.ArgumentParser(add_help=False)
    _add_location(where, argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Run product + engineering workshops. With no command, open the app.",
    )
    parser.add_argument("--version", action="version", version=f"Seam {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, open the database, show the main window, print the startup time and exit",
    )
    _add_location(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", parents=[where], help="list the stored sessions")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    export = commands.add_parser("export", parents=[where], help="export one session")
    export.add_argument("--session", required=True, metavar="ID", help="session id (or prefix)")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the PDF handout")
    export.add_argument(
        "--json", metavar="OUT.json", help="write the session as JSON ('-' for stdout)"
    )

    commands.add_parser(
        "demo", parents=[where], help="store four finished demo sessions, one of each method"
    )
    return parser


def _add_location(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--db", type=Path, default=default, help="the session database")
    parser.add_argument("--data-dir", default=default, help="the folder holding seam.sqlite3")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "export" and args.pdf is None and args.json is None:
        parser.error("export needs --pdf OUT.pdf, --json OUT.json, or both")
    if args.smoke and args.command is not None:
        parser.error("--smoke starts the app; it takes no command")
    return args


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db is not None else default_db_path(args.data_dir)


def run(args: argparse.Namespace) -> int:
    """Run a subcommand; expected failures become one line on stderr and exit status 1."""
    handlers = {"list": _list, "export": _export, "demo": _demo}
    try:
        handlers[args.command](args, db_path(args))
    except CliError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `seam list | head` closed the pipe early: nothing is wrong, and no traceback is due.
        # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 0


# ----- opening the database ---------------------------------------------------------------------


@contextmanager
def _store(path: Path, *, create: bool = False) -> Iterator[Store]:
    """The store at `path`; reading commands never create a database that was not there."""
    if not create and not path.exists():
        raise CliError(f"no database at {path}")
    if path.is_dir():
        raise CliError(f"{path} is a folder, not a Seam database")
    try:
        store = Store(path)
    except StorageError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"cannot create {path}: {error.strerror or error}") from None
    try:
        yield store
    except (StorageError, MethodError, DomainError) as error:
        raise CliError(str(error)) from None
    finally:
        store.close()


# ----- list -------------------------------------------------------------------------------------


def _list(args: argparse.Namespace, path: Path) -> None:
    with _store(path) as store:
        sessions = store.list_sessions()
    if args.json:
        print(json.dumps([_summary_json(s) for s in sessions], indent=2, ensure_ascii=False))
    elif sessions:
        print(_table(sessions))
    else:
        print(f"No sessions yet in {path}.")


def _summary_json(summary: SessionSummary) -> dict[str, str]:
    return {
        "id": summary.id,
        "method": summary.method,
        "title": summary.title,
        "status": summary.status,
        "created_at": summary.created_at,
        "updated_at": summary.updated_at,
    }


def _local(stamp: str) -> str:
    try:
        return parse_iso(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _table(sessions: list[SessionSummary]) -> str:
    header = ("ID", "METHOD", "STATUS", "UPDATED", "CARDS", "TITLE")
    rows = [
        (s.id, s.method, s.status, _local(s.updated_at), str(s.card_count), s.title)
        for s in sessions
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]

    def line(row: tuple[str, ...]) -> str:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        return "  ".join([*cells, row[-1]])

    return "\n".join(line(row) for row in [header, *rows])


# ----- export -----------------------------------------------------------------------------------


def _export(args: argparse.Namespace, path: Path) -> None:
    from app.exporting import ExportError, export_json, export_pdf, json_text, load_session

    try:
        with _store(path) as store:
            session = load_session(store, _resolve(store, args.session, path))
        if args.json == "-":
            sys.stdout.write(json_text(session))
        elif args.json is not None:
            export_json(session, Path(args.json))
        if args.pdf is not None:
            export_pdf(session, args.pdf)
    except ExportError as error:
        raise CliError(str(error)) from None


def _resolve(store: Store, wanted: str, path: Path) -> str:
    """The full id for `wanted`, which may be a unique prefix of one."""
    ids = [s.id for s in store.list_sessions()]
    if wanted in ids:
        return wanted
    matches = [i for i in ids if wanted and i.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise CliError(f"{len(matches)} sessions start with '{wanted}'; give more of the id")
    raise CliError(f"no session '{wanted}' in {path} (see: {PROG} list)")


# ----- demo -------------------------------------------------------------------------------------


def _demo(args: argparse.Namespace, path: Path) -> None:
    from app.demo import write_story

    with _store(path, create=True) as store:
        print("\n".join(write_story(store).ids))
