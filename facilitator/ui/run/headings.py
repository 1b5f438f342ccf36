"""The heading of a timed block as the run page and the projector show it: a round says which
round of how many and then its own title, without saying "Round 1" twice when the title
already begins with it ("Omgång 1 av 3: Utmaningar", not "Omgång 1 av 3: Omgång 1: Utmaningar")."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...domain.round_timer import Segment
from ...domain.vocabulary import AgendaKind

_SEPARATORS = " \t:.,;–—-"


def _round_prefixes(number: int) -> list[str]:
    """What a round's own title may begin with: the translated default title and both languages'."""
    translated = QCoreApplication.translate("AgendaTemplate", "Round %1").replace("%1", str(number))
    return [translated, f"Omgång {number}", f"Round {number}"]


def round_title_rest(number: int, title: str) -> str:
    """The round's title without a leading "Round N" (in any case), or the title unchanged."""
    stripped = title.strip()
    for prefix in _round_prefixes(number):
        if re.match(re.escape(prefix) + r"(?!\d)", stripped, flags=re.IGNORECASE):
            return stripped[len(prefix):].lstrip(_SEPARATORS)
    return stripped


def block_heading(segment: Segment | None, number: int | None, total: int) -> str:
    """"Round 2 of 3: Experiences" for a round, the block's own title otherwise."""
    if segment is None:
        return ""
    if segment.kind != AgendaKind.ROUND or not number:
        return segment.title
    rest = round_title_rest(number, segment.title)
    if rest:
        return QCoreApplication.translate("RoundHeading", "Round %1 of %2: %3").replace("%1", str(number)).replace(
            "%2", str(total)).replace("%3", rest)
    return QCoreApplication.translate("RoundHeading", "Round %1 of %2").replace("%1", str(number)).replace(
        "%2", str(total))
