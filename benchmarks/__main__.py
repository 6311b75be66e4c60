"""`python -m benchmarks [NAME...]`: run the benchmarks, print the table, write latest.json.

Run from the repository root (`make bench` does, after building the bundle). Names pick a subset:
startup, handout, card_add, timer, home, memory. Exits 1 when a budget does not hold.
"""

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Before any Qt import: the benchmarks never need a display, and never touch the user's settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.context import Context
from benchmarks.results import Result, table, write_json

LATEST = Path(__file__).with_name("latest.json")


def _benchmarks() -> dict[str, Callable[[Context], list[Result]]]:
    # Imported here so that the environment above is set before Qt loads.
    from benchmarks import card_add, handout, home, memory, startup, timer

    # startup first: it makes the 1,000-session database the home screen lists.
    return {
        "startup": startup.run,
        "handout": handout.run,
        "card_add": card_add.run,
        "timer": timer.run,
        "home": home.run,
        "memory": memory.run,
    }


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="seam-bench-") as scratch:
        os.environ["SEAM_DATA_DIR"] = str(Path(scratch) / "data")
        context = Context(Path(scratch))
        benchmarks = _benchmarks()
        chosen = argv or list(benchmarks)
        unknown = [name for name in chosen if name not in benchmarks]
        if unknown:
            print(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(benchmarks)}")
            return 2
        started = time.perf_counter()
        results: list[Result] = []
        for name in chosen:
            print(f"running {name}...", flush=True)
            results += benchmarks[name](context)
        seconds = time.perf_counter() - started
    print()
    print(table(results))
    print(f"\n{len(results)} figures in {seconds:.0f} s; written to {LATEST}")
    write_json(results, LATEST, seconds)
    missed = [r.name for r in results if r.holds is False]
    if missed:
        print(f"{len(missed)} budgets do not hold: {'; '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
