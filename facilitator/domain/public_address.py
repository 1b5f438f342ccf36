"""The public address: where the municipality publishes a process's results on its website.

The coordinator types the address of the folder the results site is put in
(``https://www.ekbacka.se/lika-ratt/``). Printables and minutes then carry QR codes to that
address instead of the laptop's local one, so they keep working after the meeting.

``check`` reads what was typed: https only (a phone opens it from anywhere; a municipality's
site is https), a host name with a dot (not an IP address), no user name or password in it, no query or fragment
(the site's pages are found below it). It returns the address as kept (ending in "/") or the
code of the rule it breaks; ``PROBLEMS`` holds the sentence for each code.

Where a meeting's results are on the site (``meeting_url``) is the one scheme the site
writer (``share/results_site``) and the QR codes share. This module imports no Qt.
"""

from __future__ import annotations

import re

from .vocabulary import QT_TRANSLATE_NOOP

#: The longest address kept: a QR code of it must still scan well on a card.
MAX_LENGTH = 200

#: The folder of one meeting's page on the site, below the public address.
MEETINGS_FOLDER = "moten"

PROBLEMS = {
    "not_https": QT_TRANSLATE_NOOP(
        "PublicAddress", "The public address must begin with https:// (for example "
                         "https://www.kommun.se/resultat/). Nothing was saved."),
    "no_host": QT_TRANSLATE_NOOP(
        "PublicAddress", "The public address needs the name of the website after https://, such as "
                         "www.kommun.se. Nothing was saved."),
    "credentials": QT_TRANSLATE_NOOP(
        "PublicAddress", "The public address may not hold a user name or password. Nothing was saved."),
    "query": QT_TRANSLATE_NOOP(
        "PublicAddress", "The public address may not end in ?… or #…: give the address of the folder where "
                         "the results are published. Nothing was saved."),
    "spaces": QT_TRANSLATE_NOOP(
        "PublicAddress", "The public address may not contain spaces or control characters. Nothing was saved."),
    "too_long": QT_TRANSLATE_NOOP(
        "PublicAddress", "The public address may be at most 200 characters long. Nothing was saved."),
}

_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$", re.IGNORECASE)


class AddressProblem(ValueError):
    """What was typed is not a public address; ``code`` is a key of ``PROBLEMS``."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def check(text: str) -> str:
    """The address as kept ("" when cleared), or raises AddressProblem."""
    from urllib.parse import urlsplit  # here: urllib is not imported at start-up

    text = (text or "").strip()
    if not text:
        return ""
    if len(text) > MAX_LENGTH:
        raise AddressProblem("too_long")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise AddressProblem("spaces")
    if not text.casefold().startswith("https://"):
        raise AddressProblem("not_https")
    try:
        parts = urlsplit(text)
        port = parts.port  # a port that is not a number raises
    except ValueError:
        raise AddressProblem("no_host") from None
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise AddressProblem("credentials")
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise AddressProblem("query")
    host = (parts.hostname or "").rstrip(".")
    if not host or not _HOST.match(host):
        raise AddressProblem("no_host")
    path = parts.path or "/"
    if not path.endswith("/"):
        path += "/"
    shown_port = f":{port}" if port not in (None, 443) else ""
    kept = f"https://{host.lower()}{shown_port}{path}"
    if len(kept) > MAX_LENGTH:
        raise AddressProblem("too_long")
    return kept


def meeting_path(meeting_id: int) -> str:
    """A meeting's folder in the site, relative to its root: "moten/3/"."""
    return f"{MEETINGS_FOLDER}/{int(meeting_id)}/"


def meeting_url(address: str, meeting_id: int) -> str:
    """The meeting's results page at the public address (which ends in "/")."""
    return address + meeting_path(meeting_id)
