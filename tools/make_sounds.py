#!/usr/bin/env python3
"""Synthesise the session's sound cues into resources/sounds/ (16-bit mono WAV, stdlib only).

Soft sine tones with smooth envelopes: distinct enough to follow a session with eyes closed,
quiet enough not to startle. Run again after changing a cue; the files are committed.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"

# (frequency Hz, start s, length s, loudness 0..1); overtones give a bell-like, warm colour.
Note = tuple[float, float, float, float]

CUES: dict[str, list[Note]] = {
    # A warm two-tone chime: a new phase begins.
    "phase_start": [(523.25, 0.0, 0.9, 0.55), (783.99, 0.12, 0.9, 0.4)],
    # Rising pair: press a little more.
    "ramp_up_tick": [(440.0, 0.0, 0.22, 0.35), (554.37, 0.16, 0.3, 0.35)],
    # Falling pair: let go a little more.
    "ease_off_tick": [(554.37, 0.0, 0.22, 0.35), (440.0, 0.16, 0.3, 0.35)],
    # Breath cues: a slow swell up, and down.
    "breathe_in": [(329.63, 0.0, 1.1, 0.28), (392.0, 0.35, 0.9, 0.2)],
    "breathe_out": [(392.0, 0.0, 1.1, 0.25), (293.66, 0.35, 0.9, 0.2)],
    # One soft tap per massage circle.
    "circle": [(660.0, 0.0, 0.12, 0.25)],
    # Switch sides: the same chime twice.
    "switch_side": [(587.33, 0.0, 0.5, 0.45), (587.33, 0.45, 0.6, 0.45)],
    # Done: a gentle rising arpeggio.
    "done": [(523.25, 0.0, 0.8, 0.4), (659.25, 0.18, 0.8, 0.4), (783.99, 0.36, 1.2, 0.45)],
}


def render(notes: list[Note]) -> list[float]:
    length = max(start + duration for _, start, duration, _ in notes) + 0.05
    samples = [0.0] * int(length * RATE)
    for frequency, start, duration, loudness in notes:
        first = int(start * RATE)
        count = int(duration * RATE)
        attack = min(0.02, duration / 4)
        for i in range(count):
            t = i / RATE
            # Quick soft attack, then an exponential decay to silence by the end of the note.
            envelope = min(1.0, t / attack) * math.exp(-4.0 * t / duration) * (1 - t / duration)
            tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
            samples[first + i] += loudness * envelope * tone / 1.25
    peak = max(1.0, *(abs(s) for s in samples))
    return [s / peak for s in samples]


def write(name: str, samples: list[float]) -> Path:
    path = OUT / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(s * 0.8 * 32767)) for s in samples))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        path = write(name, render(notes))
        print(f"{path.relative_to(OUT.parents[1])}: {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
