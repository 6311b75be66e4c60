"""`make screenshots`: the audience view and the facilitator's console as a room would see them.

For each screen size (1280×720 and 1920×1080) a fresh Seam runs offscreen on a laptop and a
projector of that size, on a scratch copy of the demo story. It presents a few phases that show
what the room sees (silent cards waiting, a card wall, columns, a read-only board) in the light
and the dark theme, and saves both windows to build/screenshots/<size>/<theme>-<phase>-<view>.png.
"""

import json
import math
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "screenshots"
SIZES = ((1280, 720), (1920, 1080))
THEMES = ("light", "dark")
# (method, phase, what it shows); the silent phase also gets three cards still hidden.
SHOTS = (
    ("premortem", "reasons", "silent writing, three cards waiting"),
    ("premortem", "size", "a read-only board: the risk grid"),
    ("retro", "questions", "cards in the three questions' columns"),
    ("tradeoff", "score", "a read-only board: the scored matrix"),
)
WAITING = (
    "Nobody owned the rollback plan",
    "Finance heard about it last",
    "The pilot was too small",
)


def main() -> int:
    for width, height in SIZES:
        with tempfile.TemporaryDirectory() as scratch:
            screens = Path(scratch) / "screens.json"
            screens.write_text(
                json.dumps(
                    {
                        "screens": [
                            {
                                "name": "laptop",
                                "x": 0,
                                "y": 0,
                                "width": width,
                                "height": height,
                                "logicalDpi": 96,
                            },
                            {
                                "name": "projector",
                                "x": width,
                                "y": 0,
                                "width": width,
                                "height": height,
                                "logicalDpi": 96,
                            },
                        ]
                    }
                ),
                encoding="utf-8",
            )
            env = dict(
                os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", SEAM_DATA_DIR=scratch
            )
            folder = OUT / f"{width}x{height}"
            command = [sys.executable, __file__, "--one-size", str(folder), scratch]
            subprocess.run(command, check=True, env=env, cwd=ROOT)
    print(f"screenshots in {OUT.relative_to(ROOT)}")
    return 0


def one_size(folder: Path, scratch: Path) -> None:
    """In a process whose Qt sees the laptop and the projector: every theme and phase."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.demo import write_story
    from app.methods_catalog import method as load_method
    from app.storage import Store
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow
    from facilitation import board, lifecycle
    from facilitation.clock import ManualClock
    from facilitation.roles import Role

    application = make_application()
    store = Store(scratch / "seam.sqlite3")
    folder.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            application.processEvents()

    for theme_id in THEMES:
        settings = QSettings(str(scratch / f"{theme_id}.ini"), QSettings.Format.IniFormat)
        # A story of its own for each theme, so each starts from the same stored state.
        story = write_story(store)
        ids = {"premortem": story.premortem, "retro": story.retro, "tradeoff": story.tradeoff}
        clock = ManualClock(datetime.now(UTC))
        window = MainWindow(store, settings, clock)
        window.set_theme(theme_id)
        laptop = application.screens()[0]
        window.setGeometry(laptop.availableGeometry())
        window.show()
        for method_id, phase_id, _ in SHOTS:
            window.open_session(ids[method_id])
            controller = window.controller
            assert controller is not None
            session = controller.session
            if session.record.status == "completed":
                controller.run(lifecycle.reopen_session)
                window.show_runner()
            index = [r.phase_id for r in session.ordered_runs()].index(phase_id)
            controller.run(lambda s, i=index: lifecycle.go_to_phase(s, i))
            if load_method(method_id).phase(phase_id).silent:
                roles = (Role.PRODUCT, Role.ENGINEERING, Role.DESIGN)
                for text, role in zip(WAITING, roles, strict=True):
                    controller.run(lambda s, p=phase_id, t=text, r=role: board.add_card(s, p, t, r))
            # Each shot shows the timer in one of its states: running, one minute left, overtime.
            box = controller.session.timebox
            assert box is not None
            wanted = {"reasons": 252.0, "size": 48.0, "questions": -95.0}.get(phase_id, 400.0)
            more = max(0, math.ceil((wanted - box.read().remaining_s) / 60))
            if more:
                controller.run(lambda s, m=more: lifecycle.extend_timer(s, m))
            clock.advance(box.read().remaining_s - wanted)
            window.present()
            settle()
            audience = window.presenter.audience
            assert audience is not None
            settle()
            name = f"{theme_id}-{method_id}-{phase_id}"
            audience.grab().save(str(folder / f"{name}-audience.png"))
            window.grab().save(str(folder / f"{name}-console.png"))
            window.presenter.stop()
            settle()
        window.close()
    store.close()
    QApplication.quit()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one-size":
        sys.path.insert(0, str(ROOT))
        one_size(Path(sys.argv[2]), Path(sys.argv[3]))
        sys.exit(0)
    sys.exit(main())
