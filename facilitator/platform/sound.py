"""The "Byt bord!" chime, played with what the operating system has (no Qt Multimedia,
which PySide6-Essentials does not ship)."""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

from . import paths

RATE = 22050


def chime_file() -> Path:
    """A short two-tone chime, written once into the app's data folder."""
    path = paths.data_dir() / "byt-bord.wav"
    if path.exists():
        return path
    frames = bytearray()
    for frequency, seconds in ((880.0, 0.35), (660.0, 0.55)):
        count = int(RATE * seconds)
        for i in range(count):
            fade = min(1.0, (count - i) / (RATE * 0.2))
            sample = 0.45 * fade * math.sin(2 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(sample * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


def play_chime() -> bool:
    """Plays the chime without blocking; False if the system has no way to play it."""
    path = chime_file()
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        return True
    for player in (["afplay"], ["paplay"], ["aplay", "-q"], ["pw-play"]):
        if shutil.which(player[0]):
            subprocess.Popen([*player, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return True
    return False
