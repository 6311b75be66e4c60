"""Plays the timer's sounds with what the system already has, so the bundle stays small.

QtMultimedia would add its media backend to the bundle (tens of MB against a 100 MB budget) for
two short sounds. Windows plays a WAV from the standard library, macOS ships `afplay`, and Linux
desktops have one of PipeWire's, PulseAudio's or ALSA's players; with none, the system beep.
"""

import shutil
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir
from facilitation.timebox import TimerCue

PLAYERS = ("pw-play", "paplay", "aplay", "afplay")


def sound_file(cue: TimerCue) -> Path:
    return resources_dir() / "sounds" / f"{cue.value}.wav"


def play(cue: TimerCue) -> None:
    """Start the sound and return at once; the room's timer never waits for a speaker."""
    path = sound_file(cue)
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        return
    player = system_player()
    if player is None or not QProcess.startDetached(player, [str(path)])[0]:
        QApplication.beep()


@cache
def system_player() -> str | None:
    """The first sound player on the PATH; looked up once, not at every chime."""
    return next((found for name in PLAYERS if (found := shutil.which(name))), None)
