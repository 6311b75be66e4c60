"""Writes resources/sounds/*.wav: a soft bell for one minute left and a two-note chime at zero.

Generated rather than downloaded so the sounds are ours; run it again after changing a tone.
"""

import math
import struct
import wave
from pathlib import Path

RATE = 22050
SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def bell(frequency: float, seconds: float, loudness: float, start: float = 0.0) -> list[float]:
    """A bell-like tone: a few partials, a soft attack and an exponential fade."""
    samples = []
    for n in range(int(seconds * RATE)):
        t = n / RATE
        attack = min(1.0, t / 0.01)
        fade = math.exp(-t * 4.0)
        tone = sum(
            weight * math.sin(2 * math.pi * frequency * ratio * t)
            for ratio, weight in ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12))
        )
        samples.append(loudness * attack * fade * tone / 1.47)
    return [0.0] * int(start * RATE) + samples


def mix(*tracks: list[float]) -> list[float]:
    length = max(len(t) for t in tracks)
    return [sum(t[i] for t in tracks if i < len(t)) for i in range(length)]


def write(name: str, samples: list[float]) -> None:
    SOUNDS.mkdir(parents=True, exist_ok=True)
    with wave.open(str(SOUNDS / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        clipped = (max(-1.0, min(1.0, s)) for s in samples)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32000)) for s in clipped))


if __name__ == "__main__":
    write("one_minute.wav", bell(660.0, 0.8, 0.25))
    write("time_up.wav", mix(bell(988.0, 1.0, 0.45), bell(784.0, 1.2, 0.45, start=0.28)))
