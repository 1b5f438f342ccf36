"""Swedish alphabetical order without Qt: å, ä, ö come after z and are distinct letters.

Close to the Swedish Academy's rules for names: accented letters sort with their base
letter (é as e), ü as y, æ as ä and ø as ö; case is ignored first. The UI sorts with
QCollator; this key serves storage, exports and the command line.
"""

from __future__ import annotations

import unicodedata

# After z in this order; "{", "|", "}" follow "z" in code point order.
_SWEDISH = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})


def sort_text(text: str) -> str:
    """The sort key as one string that plain code-point comparison orders the Swedish way."""
    folded, composed = sort_key(text)
    return f"{folded}\x00{composed}"


def sort_key(text: str) -> tuple[str, str]:
    composed = unicodedata.normalize("NFC", text)
    folded = composed.casefold().translate(_SWEDISH)
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return folded, composed
