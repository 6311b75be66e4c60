"""Startup to the first painted window, timed from outside: Seam beside a bare PySide6 window.

Each start is a new process, timed from just before it is spawned to the moment it prints that
its window has painted. Starts alternate between the two programs, after one unmeasured start of
each (disk caches), so a slow patch of the machine hits both alike. The bundle is timed the same
way against `python -m app --smoke`, and its size is read as `du` reads it.
"""

import subprocess
import sys
import time
from pathlib import Path

from app.smoke import SHOWN_PREFIX
from benchmarks.context import Context
from benchmarks.fixtures import store_sessions
from benchmarks.results import Result, median, paired_ratio
from tools.check_bundle import SIZE_LIMIT_MIB, disk_usage_mib, executable

RUNS = 7
SESSIONS = 1_000
BARE = str(Path(__file__).with_name("bare_window.py"))


def time_to_line(command: list[str], marker: str, context: Context) -> float:
    """Milliseconds from spawning `command` to its first stdout line containing `marker`."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=context.env,
        cwd=context.root,
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if marker in line:
            elapsed = (time.perf_counter() - started) * 1000
            break
    _, errors = process.communicate(timeout=60)
    if elapsed is None or process.returncode != 0:
        raise RuntimeError(f"{command[0]} did not start ({process.returncode}): {errors[-400:]}")
    return elapsed


def alternate(
    commands: dict[str, list[str]], markers: dict[str, str], context: Context
) -> dict[str, list[float]]:
    """Start times of each command in milliseconds, measured in turns."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for turn in range(RUNS + 1):
        for name, command in commands.items():
            elapsed = time_to_line(command, markers[name], context)
            if turn:  # the first turn only warms the disk cache
                times[name].append(elapsed)
    return times


def run(context: Context) -> list[Result]:
    db = context.work / "startup.sqlite3"
    store_sessions(db, SESSIONS)
    context.sessions_db = db
    seam = [sys.executable, "-m", "app", "--smoke", "--db", str(db)]
    commands = {"seam": seam, "bare": [sys.executable, BARE]}
    markers = {"seam": SHOWN_PREFIX, "bare": "bare window shown", "bundle": SHOWN_PREFIX}
    bundle = executable(context.root / "dist" / "Seam")
    if bundle.exists():
        commands["bundle"] = [str(bundle), "--smoke", "--db", str(db)]
    times = alternate(commands, markers, context)
    results = [
        Result(
            f"startup to first painted window, {SESSIONS:,} sessions",
            median(times["seam"]),
            "ms",
            baseline=median(times["bare"]),
            baseline_label="bare PySide6 window",
            ratio_limit=1.3,
            paired_ratio=paired_ratio(times["seam"], times["bare"]),
        )
    ]
    if "bundle" not in times:
        results.append(Result("bundle", 0, "MiB", note="dist/Seam is not built: run make bundle"))
        return results
    results += [
        Result(
            "bundle startup",
            median(times["bundle"]),
            "ms",
            baseline=median(times["seam"]),
            baseline_label="python -m app --smoke",
            paired_ratio=paired_ratio(times["bundle"], times["seam"]),
        ),
        Result("bundle size (du)", disk_usage_mib(bundle.parent), "MiB", limit=SIZE_LIMIT_MIB),
    ]
    return results
