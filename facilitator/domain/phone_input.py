"""What participants may send from their phones, and the limits on it.

A phone sends an idea or a question (to its table's current question, or to the plenary) or
gives and takes back dots on released contributions, within the meeting's dots per person.
The texts are cleaned here before anything stores them: control characters and direction
overrides go, lines are kept, and a text over the limit is refused (not cut: the sender
should know). Plain Python, no Qt.

The limits are the phones' own; when ``domain/limits.py`` holds the field limits of the
whole app, these move there.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from . import limits
from .vocabulary import QT_TRANSLATE_NOOP

#: The longest idea or question a phone may send, in characters (about half a page).
MAX_TEXT = limits.QUESTION  # domain/limits: a phone text is held to a question's length
#: The most lines a sent text keeps; more are folded into the last.
MAX_LINES = 20
#: The largest form a phone may post, in bytes (the text as UTF-8, percent-encoded, and
#: the few other fields).
MAX_FORM_BYTES = 16 * 1024

#: Rate limits: (burst, sustained per second). A participant sends a handful in a meeting
#: (3 ideas and 5 dots in a minute is a keen one); a script sends hundreds.
DEVICE_RATE = (20, 1 / 3)  # 20 at once, then one every 3 s
ADDRESS_RATE = (60, 2.0)  # one phone's address, however many cookies it throws away


class SubmissionState(StrEnum):
    WAITING = "waiting"
    APPROVED = "approved"
    MERGED = "merged"
    REJECTED = "rejected"


SUBMISSION_STATE_LABELS = {
    SubmissionState.WAITING: QT_TRANSLATE_NOOP("Vocabulary", "To review"),
    SubmissionState.APPROVED: QT_TRANSLATE_NOOP("Vocabulary", "Approved"),
    SubmissionState.MERGED: QT_TRANSLATE_NOOP("Vocabulary", "Merged"),
    SubmissionState.REJECTED: QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
}


class PhoneKind(StrEnum):
    """What a phone can send."""

    IDEA = "idea"
    QUESTION = "question"
    DOT = "dot"  # one more dot on a released contribution
    UNDOT = "undot"  # take one back


class Refusal(StrEnum):
    """Why a phone's submission was not taken (the phone says it in its language)."""

    CLOSED = "closed"  # input is off, or the meeting is gone
    EMPTY = "empty"
    TOO_LONG = "too_long"
    NO_TABLE = "no_table"
    NOT_RELEASED = "not_released"  # a dot on something the phones do not show
    NO_DOTS_LEFT = "no_dots_left"
    NO_DOT_TO_TAKE = "no_dot_to_take"


#: Characters that change the direction of the text around them (they could make a text
#: show something else than it says) and invisible formatting.
_DIRECTION_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def clean_text(text: str, max_lines: int = MAX_LINES) -> str:
    """The text as kept: NFC, no control characters or direction overrides, at most
    ``max_lines`` lines (0: any number, for a table host's note), spaces folded within a line,
    no empty lines at either end."""
    text = unicodedata.normalize("NFC", str(text or ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for char in text:
        if char == "\n" or char == "\t":
            kept.append(char if char == "\n" else " ")
            continue
        if char in _DIRECTION_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn"):
            continue
        if category == "Zl" or category == "Zp":
            kept.append("\n")
            continue
        kept.append(char)
    lines = [" ".join(line.split()) for line in "".join(kept).split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    folded: list[str] = []
    for line in lines:  # at most one empty line in a row
        if not line and folded and not folded[-1]:
            continue
        folded.append(line)
    if max_lines and len(folded) > max_lines:
        folded = folded[: max_lines - 1] + [" ".join(line for line in folded[max_lines - 1:] if line)]
    return "\n".join(folded)


def text_problem(text: str) -> Refusal | None:
    """Why a cleaned text cannot be taken; None when it can."""
    if not text:
        return Refusal.EMPTY
    if len(text) > MAX_TEXT:
        return Refusal.TOO_LONG
    return None


@dataclass(frozen=True)
class PhoneSubmissionRequest:
    """What one phone sent, as the server hands it over: nothing is trusted yet."""

    meeting_id: int
    device: str
    kind: str
    text: str = ""
    table: int | None = None  # the table's number (1-based); None: the plenary
    contribution_id: int | None = None


@dataclass(frozen=True)
class Outcome:
    """The answer to one submission, once it is committed (or refused)."""

    ok: bool
    refusal: str = ""
    dots_left: int | None = None
    submission_id: int | None = None
    #: after a dot: the device's dots per contribution, as committed (its page shows them
    #: before the next snapshot is published)
    mine: tuple[tuple[int, int], ...] | None = None


class TokenBucket:
    """A rate limit: ``burst`` at once, then ``rate`` per second."""

    __slots__ = ("burst", "rate", "tokens", "stamp")

    def __init__(self, burst: float, rate: float, now: float):
        self.burst, self.rate = burst, rate
        self.tokens, self.stamp = float(burst), now

    def take(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False
