"""Text from the room as a list cell shows it: on one line, and honest about its direction.

The stored text is never changed; only what a cell displays. Direction controls (U+202A–E,
U+2066–9) are dropped, since "\u202eevil.exe" would otherwise show as "exe.live". Each cell is
laid out on its own, so right-to-left words need no isolation from their neighbours.
"""

from __future__ import annotations

import re

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    return " ".join(_BIDI_CONTROLS.sub("", text).split())


def readable(text: str) -> str:
    """Text from the room as the reading pane shows it: whole, with its line breaks, without
    direction controls."""
    lines = (" ".join(line.split()) for line in _BIDI_CONTROLS.sub("", text).splitlines())
    return "\n".join(line for line in lines if line)
