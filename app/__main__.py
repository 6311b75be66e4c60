"""`python -m app`: open the app, or run a command-line subcommand without loading Qt."""

import sys

from app import cli


def main(argv: list[str] | None = None) -> int:
    try:
        args = cli.parse_args(argv)
    except SystemExit as stop:
        # argparse exits on --help and on bad arguments; callers in-process get the code back.
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    if args.smoke:
        from app.smoke import run_smoke

        return run_smoke(cli.db_path(args))
    if args.command is None:
        # Only the GUI path imports Qt, so listing and export stay headless and quick.
        from app.ui.app import run_gui

        return run_gui(cli.db_path(args))
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
