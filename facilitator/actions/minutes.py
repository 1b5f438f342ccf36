"""Justering: marking a meeting's minutes as signed, and taking the signing back.

Signing stores a new numbered version of the minutes (``SignedMinutes``): the Word file as
written for the signing and the minutes' content as JSON, with the date, the justerare and an
optional diarienummer. The document is written by the caller (the window or the command line:
writing Word needs the export layer); this layer checks the rules and stores it. A signed
version is never changed: when the meeting's data changes afterwards, the coordinator signs a
new version. Unsigning removes the latest version; undo of either puts things back as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from ..domain.entities import Meeting, SignedMinutes
from ..domain.measures import parse_iso_date
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import signed_minutes as repo
from .base import Delete, Insert


class SigningProblem(StrEnum):
    NO_MEETING = "no_meeting"
    BAD_DATE = "bad_date"  # the date of the justering is not a date (YYYY-MM-DD)
    NO_ADJUSTERS = "no_adjusters"  # nobody named to sign (justerare)
    NO_DOCUMENT = "no_document"  # nothing to keep


def adjuster_names(text: str | Sequence[str]) -> list[str]:
    """The justerare's names, one per line or separated by commas, blanks dropped."""
    parts = text.replace(",", "\n").splitlines() if isinstance(text, str) else list(text)
    return [" ".join(part.split()) for part in parts if part.strip()]


def signing_problems(store, meeting_id: int, signed_on: str, adjusters: str | Sequence[str],
                     document: bytes = b"x") -> list[SigningProblem]:
    """What stops the minutes from being signed as given (empty: they can be)."""
    problems = []
    if store.get(Meeting, meeting_id) is None:
        problems.append(SigningProblem.NO_MEETING)
    if parse_iso_date(signed_on) is None:
        problems.append(SigningProblem.BAD_DATE)
    if not adjuster_names(adjusters):
        problems.append(SigningProblem.NO_ADJUSTERS)
    if not document:
        problems.append(SigningProblem.NO_DOCUMENT)
    return problems


def sign_minutes(store, meeting_id: int, *, signed_on: str, adjusters: str | Sequence[str], dnr: str = "",
                 content: str, document: bytes, with_names: bool = False, language: str = "sv",
                 version: int | None = None, created_at: str = "") -> Insert | None:
    """Keeps ``document`` (the minutes as signed) as the meeting's next signed version; None
    when ``signing_problems`` finds something. ``version`` is the number the document was
    written with; it must be the next one (``signed_minutes.next_version``)."""
    if signing_problems(store, meeting_id, signed_on, adjusters, document):
        return None
    number = repo.next_version(store, meeting_id)
    if version is not None and version != number:
        return None
    signed = SignedMinutes(
        meeting_id=meeting_id, version=number, signed_on=signed_on.strip(),
        adjusters="\n".join(adjuster_names(adjusters)), dnr=" ".join(dnr.split()), with_names=with_names,
        language=language, content=content, document=bytes(document), created_at=created_at,
    )
    return Insert([signed], label=QT_TRANSLATE_NOOP("Commands", "Sign minutes"))


def unsign_minutes(store, meeting_id: int) -> Delete | None:
    """Takes back the latest signing of the meeting's minutes (None when they are not signed)."""
    latest = repo.latest_signed(store, meeting_id)
    if latest is None or latest.id is None:
        return None
    return Delete([(SignedMinutes, latest.id)], label=QT_TRANSLATE_NOOP("Commands", "Undo signing of minutes"))
