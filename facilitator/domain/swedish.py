"""Swedish alphabetical order without Qt: å, ä, ö come after z and are distinct letters.

Close to the Swedish Academy's rules for names: accented letters sort with their base
letter (é as e), ü as y, æ as ä and ø as ö; case is ignored first. The UI sorts with
QCollator; this key serves storage, exports and the command line.
"""

from __future__ import annotations

import unicodedata

# After z in this order; "{", "|", "}" follow "z" in code point order.
_SWEDISH = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}


def _fold(char: str) -> str:
    if char in _SWEDISH:
        return _SWEDISH[char]
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def sort_key(text: str) -> tuple[str, str]:
    composed = unicodedata.normalize("NFC", text)
    return "".join(_fold(char) for char in composed.casefold()), composed
