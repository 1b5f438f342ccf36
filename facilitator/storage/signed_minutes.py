"""The signed (justerade) versions of a meeting's minutes, kept in the process file.

Each version holds the Word file exactly as it was signed and the minutes' content as JSON;
versions count from 1 per meeting. Nothing here changes a stored version: a new signing is a
new version, and unsigning removes the latest one (undo puts it back).

Why both. The Word file is what was signed: exporting it writes those bytes, so the text,
the tables, the styles and the template are the same ever after, whatever happens to the
data, the municipality's template, the app's wording or its writer (a stored read model,
rendered again, would change with any of these). The content (``report_data.minutes_content``:
the read model as JSON, without the fields no document shows) is what the window compares
with the minutes made from the data now, to say that the meeting's record has changed since
signing; it is kept in words, not as a hash, so what changed can be shown later. A signed
version is in the language and template it was signed in. Erasing a person is the one
change allowed: it redacts their name in the file's text as everywhere else.
"""

from __future__ import annotations

from ..domain.entities import SignedMinutes
from .process_store import ProcessStore


def versions_of(store: ProcessStore, meeting_id: int) -> list[SignedMinutes]:
    """The meeting's signed versions, oldest first."""
    return store.list(SignedMinutes, "meeting_id = ?", (meeting_id,), order_by="version, id")


def latest_signed(store: ProcessStore, meeting_id: int) -> SignedMinutes | None:
    versions = versions_of(store, meeting_id)
    return versions[-1] if versions else None


def signed_version(store: ProcessStore, meeting_id: int, version: int) -> SignedMinutes | None:
    found = store.list(SignedMinutes, "meeting_id = ? AND version = ?", (meeting_id, version))
    return found[0] if found else None


def next_version(store: ProcessStore, meeting_id: int) -> int:
    """The number the next signed version of the meeting's minutes gets."""
    row = store.conn.execute("SELECT MAX(version) FROM signed_minutes WHERE meeting_id = ?", (meeting_id,)).fetchone()
    return (row[0] or 0) + 1


def signed_meeting_ids(store: ProcessStore) -> set[int]:
    """The meetings with at least one signed version of their minutes."""
    return {row[0] for row in store.conn.execute("SELECT DISTINCT meeting_id FROM signed_minutes")}
