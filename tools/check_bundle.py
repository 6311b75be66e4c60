"""Checks a built bundle as CI does: its size, a smoke start, a headless export, and read-only use.

    python tools/check_bundle.py [dist/Seam]

1. The folder is at most SIZE_LIMIT_MIB on disk (what `du -sm` reports).
2. `Seam --smoke` starts on the platform Qt is given (CI: offscreen), opens a new database in a
   scratch folder, paints the main window and exits 0.
3. `Seam demo` and `Seam export --pdf --json` of every demo session run headless: the bundle's
   code, fonts and resources are enough for each method's whole handout.
4. Nothing inside the bundle was written, added or removed while it ran.
Exits 1 with one line per failure.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZE_LIMIT_MIB = 100
TIMEOUT_S = 120


def executable(bundle: Path) -> Path:
    return bundle / ("Seam.exe" if sys.platform == "win32" else "Seam")


def _used(path: Path) -> int:
    info = path.lstat()
    # Blocks are what `du` counts; Windows has no st_blocks, so its sizes stand in.
    return getattr(info, "st_blocks", 0) * 512 or info.st_size


def disk_usage_mib(folder: Path) -> float:
    """Disk space of `folder` and everything in it, links not followed, as `du -sm` counts it."""
    total = _used(folder)
    for root, dirs, files in os.walk(folder):
        total += sum(_used(Path(root) / name) for name in dirs + files)
    return total / 2**20


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file's size and modification time, by path inside `folder`."""
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            info = path.lstat()
            found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )


def check(bundle: Path) -> list[str]:
    problems = []
    exe = executable(bundle)
    if not exe.exists():
        return [f"no executable at {exe}: run `make bundle` first"]
    size = disk_usage_mib(bundle)
    print(f"bundle: {bundle} is {size:.1f} MiB (budget {SIZE_LIMIT_MIB} MiB)")
    if size > SIZE_LIMIT_MIB:
        problems.append(f"the bundle is {size:.1f} MiB, over its {SIZE_LIMIT_MIB} MiB budget")
    before = snapshot(bundle)
    with tempfile.TemporaryDirectory(prefix="seam-bundle-check-") as scratch:
        # Settings and data go to the scratch folder, never to the user's real ones.
        env = {**os.environ, "SEAM_DATA_DIR": scratch}
        smoke = run([str(exe), "--smoke", "--data-dir", scratch], env)
        print(smoke.stdout.strip() or "(the smoke start printed nothing)")
        if smoke.returncode != 0:
            problems.append(f"--smoke exited {smoke.returncode}: {smoke.stderr.strip()[-500:]}")
        db = str(Path(scratch) / "demo.sqlite3")
        demo = run([str(exe), "demo", "--db", db], env)
        if demo.returncode or not demo.stdout.strip():
            problems.append(f"demo failed: {demo.stderr.strip()[-500:]}")
        # One demo session per method, one id a line: each method's handout is exported.
        for number, session_id in enumerate(demo.stdout.split(), start=1):
            pdf, data = Path(scratch) / f"{number}.pdf", Path(scratch) / f"{number}.json"
            command = ["export", "--db", db, "--session", session_id, "--pdf", str(pdf)]
            export = run([str(exe), *command, "--json", str(data)], env)
            if export.returncode:
                problems.append(f"export of {session_id} failed: {export.stderr.strip()[-500:]}")
            elif not pdf.read_bytes().startswith(b"%PDF"):
                problems.append(f"the handout of {session_id} is not a PDF")
            else:
                print(f"export: {session_id}, a {pdf.stat().st_size:,}-byte handout and its JSON")
    after = snapshot(bundle)
    if after != before:
        changed = sorted(set(after) ^ set(before) | {k for k in after if after[k] != before.get(k)})
        problems.append(f"running Seam wrote inside the bundle: {', '.join(changed[:10])}")
    return problems


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/Seam")
    problems = check(bundle)
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    if not problems:
        print("check_bundle: the bundle is within budget, starts, exports and stays read-only")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
