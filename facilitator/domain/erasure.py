"""Erasing a person: what of them is looked for, and how a text is changed to drop them.

A person is found by their name, e-mail address and phone number (each only when it has
some substance: a name of one or two letters would match everywhere). Matching ignores case
and needs word boundaries, so "Anna" does not match "Annalena".

Two kinds of text hold a person:

* the fields that name people (a meeting's coordinator and moderator, a measure's owner
  and its contact): the part of the list that names the person is dropped, so
  "Anna Berg, Karl Ek" becomes "Karl Ek" and "Anna Berg" becomes "";
* every other text (notes, minutes, agenda notes): the mention is replaced by ``REDACTED``,
  the same mark the phones' pages show, so the sentence keeps its sense.

And when personal data should be erased at all: ``retention_due`` (a process's own date, or
a number of months after its last meeting).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date


def escape(text: str) -> str:
    """XML text escaping (as xml.sax.saxutils.escape, whose import pulls in urllib and http,
    some 20 ms at every start of the app)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def unescape(text: str) -> str:
    """The reverse of ``escape`` (as xml.sax.saxutils.unescape)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

REDACTED = "[…]"
MIN_NAME_LENGTH = 3
MIN_PHONE_DIGITS = 6

#: (table, column) of the free-text fields that name people rather than tell something
PERSON_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("meeting", "coordinator"),
        ("meeting", "moderator"),
        ("measure", "owner"),
        ("measure", "owner_contact"),
    }
)

# A list of people in one field: commas, semicolons, slashes, new lines, "och", "and", "&".
_SEPARATORS = re.compile(r"\s*(?:[,;/\n]|\s(?:och|and|&)\s)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Needles:
    """What identifies one person in a text."""

    words: tuple[str, ...]  # name, e-mail, phone as stored (the ones long enough to match)

    def pattern(self) -> re.Pattern[str] | None:
        if not self.words:
            return None
        ordered = sorted(self.words, key=len, reverse=True)
        return re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(word) for word in ordered) + r")(?!\w)", re.IGNORECASE
        )

    def found_in(self, text: str | None) -> bool:
        pattern = self.pattern()
        return bool(text) and pattern is not None and pattern.search(text or "") is not None


def needles_for(name: str, email: str = "", phone: str = "") -> Needles:
    words: list[str] = []
    clean = " ".join(name.split())
    if len(clean) >= MIN_NAME_LENGTH:
        words.append(clean)
    if email.strip():
        words.append(email.strip())
    if sum(ch.isdigit() for ch in phone) >= MIN_PHONE_DIGITS:
        words.append(phone.strip())
    return Needles(tuple(dict.fromkeys(words)))


def without_person(text: str, needles: Needles) -> str:
    """A field that names people, without the parts that name this person."""
    if not needles.found_in(text):
        return text
    parts = [part.strip() for part in _SEPARATORS.split(text) if part.strip()]
    kept = [part for part in parts if not needles.found_in(part)]
    return ", ".join(kept)


def redacted(text: str, needles: Needles) -> str:
    """Any other text, with each mention of the person replaced by ``REDACTED``."""
    pattern = needles.pattern()
    if pattern is None or not text:
        return text
    return pattern.sub(REDACTED, text)


def erased_text(table: str, column: str, text: str, needles: Needles) -> str:
    """The text of ``table.column`` with the person erased from it."""
    if (table, column) in PERSON_FIELDS:
        return without_person(text, needles)
    return redacted(text, needles)


# -- a Word document kept in the process (signed minutes) -------------------------------------

#: The parts of a .docx whose text a person may be named in: the body, headers and footers,
#: and the document's properties (author, title).
_TEXT_PARTS = re.compile(r"^(word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml|docProps/core\.xml)$")
_TEXT_NODE = re.compile(r">([^<]+)<")


def document_texts(document: bytes) -> list[str]:
    """The texts of a Word document's text parts (one per run of text), unescaped."""
    try:
        with zipfile.ZipFile(io.BytesIO(document)) as archive:
            return [unescape(found) for name in archive.namelist() if _TEXT_PARTS.match(name)
                    for found in _TEXT_NODE.findall(archive.read(name).decode("utf-8", "replace"))]
    except (zipfile.BadZipFile, OSError, ValueError):
        return []


def redacted_document(document: bytes, needles: Needles) -> bytes:
    """The Word document with each mention of the person replaced by ``REDACTED`` (every other
    byte of every other part kept as it was)."""
    pattern = needles.pattern()
    if pattern is None:
        return document
    try:
        source = zipfile.ZipFile(io.BytesIO(document))
    except (zipfile.BadZipFile, OSError, ValueError):
        return document
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if _TEXT_PARTS.match(info.filename):
                xml = data.decode("utf-8")
                xml = _TEXT_NODE.sub(lambda m: ">" + escape(pattern.sub(REDACTED, unescape(m.group(1)))) + "<", xml)
                data = xml.encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


# -- when personal data should be erased ------------------------------------------------------


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - 28 always exists


def retention_due(erase_after: str, months: int, meeting_dates: list[str]) -> date | None:
    """The day a process's personal data should be erased: its own date when set, else
    ``months`` after its last meeting (None: no reminder)."""
    own = _parse_day(erase_after) if erase_after else None
    if own is not None:
        return own
    if months <= 0:
        return None
    days = [day for day in (_parse_day(text) for text in meeting_dates if text) if day is not None]
    if not days:
        return None
    return add_months(max(days), months)


def retention_is_due(due: date | None, today: date) -> bool:
    return due is not None and today >= due
