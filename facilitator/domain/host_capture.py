"""What a table host may capture from a phone, and the random codes behind the host links
and the rotation cards' QR codes.

A host link is a random token per café table; whoever holds it may capture notes for that
table (the same kinds as the laptop's capture) while the meeting is shared. A personal code
is a random code per participant and café, printed as a QR code on the rotation card: it
opens a page with the participant's tables per round, and nothing else. Neither is derived
from a name, an id or another token. Plain Python, no Qt.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from .vocabulary import ContributionKind

#: Lower-case base32 without padding: easy to type from a printed sheet, no 0/O or 1/l.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
#: 16 characters of base32: 80 random bits (a guess per second for the age of the universe
#: would not find one; the server's rate limits allow far fewer).
TOKEN_LENGTH = 16
TOKEN = re.compile(rf"[a-z2-7]{{{TOKEN_LENGTH}}}")

#: The kinds a host captures: all of the laptop's.
HOST_KINDS = tuple(str(kind) for kind in ContributionKind)
#: Mitigations a risk keeps at most from a phone, and their length each.
MAX_MITIGATIONS = 10
MAX_MITIGATION = 500


def new_token() -> str:
    """A fresh random token (a host link's or a personal code)."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(TOKEN_LENGTH))


@dataclass(frozen=True)
class HostCaptureRequest:
    """A note a table host sent from a phone, as the server hands it over: nothing trusted yet
    (the link may have been revoked since the page was read)."""

    link_token: str
    device: str
    kind: str
    text: str = ""
    mitigations: tuple[str, ...] = ()
