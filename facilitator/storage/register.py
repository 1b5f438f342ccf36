"""The register: participants, their organisations, and who attends which meeting."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from ..domain.entities import ENTITY_BY_TABLE, AttendanceEntry, Entity, Organisation, Participant, SignedMinutes
from ..domain.erasure import Needles, document_texts, retention_due
from ..domain.headcount import Headcount, headcount
from .process_store import ProcessStore


def organisation_named(store: ProcessStore, name: str) -> Organisation | None:
    """The organisation called exactly ``name`` (names are stored with single spaces)."""
    found = store.list(Organisation, "name = ?", (name,))
    return found[0] if found else None


def organisations(store: ProcessStore) -> list[Organisation]:
    """Every organisation, by name."""
    return store.list(Organisation, order_by="name")


def organisation_names(store: ProcessStore) -> dict[int, str]:
    return store.names(Organisation)


def participants(store: ProcessStore) -> list[Participant]:
    """Everyone in the register."""
    return store.list(Participant)


def participants_by_id(store: ProcessStore, ids) -> list[Participant]:
    """The participants with these ids (in register order)."""
    wanted = set(ids)
    return [person for person in participants(store) if person.id in wanted]


def attendance_of(store: ProcessStore, meeting_id: int) -> list[AttendanceEntry]:
    """Who is on a meeting's list (invited, registered, attended or absent)."""
    return store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))


def attendee_ids(store: ProcessStore, meeting_id: int) -> set[int]:
    """The participants on a meeting's list."""
    return {entry.participant_id for entry in attendance_of(store, meeting_id)}


def attendees(store: ProcessStore, meeting_id: int) -> list[Participant]:
    """The participants on a meeting's list, as people."""
    return participants_by_id(store, attendee_ids(store, meeting_id))


def headcount_of(store: ProcessStore, meeting_id: int) -> Headcount:
    """How many take part in a meeting, counted the one way (domain.headcount)."""
    return headcount(attendance_of(store, meeting_id))


# -- erasing a person, consent and retention -----------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A text field that names a person: (table, row id, column) and its text now."""

    table: str
    row_id: int
    column: str
    text: str


_OWN_DETAILS = ("name", "email", "phone")


def _text_columns(store: ProcessStore, table: str, cls: type[Entity]) -> list[str]:
    """The entity's text columns that the file has (a backup may be of an older version)."""
    present = {row[1] for row in store.conn.execute(f"PRAGMA table_info([{table}])")}
    return [f.name for f in fields(cls) if f.type in ("str", str) and f.name in present]


def mentions_of(store: ProcessStore, needles: Needles, *, except_participant: int | None = None) -> list[Mention]:
    """Every text field of the process that names the person (name, e-mail or phone), in
    table order; the person's own register row (``except_participant``) left out.

    Matching is done here in Python (SQLite's lower() and LIKE know only ASCII case, and
    "Åsa" must find "åsa"); a process holds some thousands of rows at most."""
    if needles.pattern() is None:
        return []
    found: list[Mention] = []
    for table, cls in ENTITY_BY_TABLE.items():
        columns = _text_columns(store, table, cls)
        if not columns:
            continue
        sql = f"SELECT id, {', '.join(f'[{c}]' for c in columns)} FROM [{table}] ORDER BY id"
        for row in store.conn.execute(sql):
            if table == Participant.TABLE and row[0] == except_participant:
                continue
            for column, value in zip(columns, row[1:]):
                if table == Participant.TABLE and column in _OWN_DETAILS:
                    continue  # another person's own name or address, not a mention of this one
                if isinstance(value, str) and needles.found_in(value):
                    found.append(Mention(table, row[0], column, value))
    found += _mentions_in_signed_minutes(store, needles)
    return found


def _mentions_in_signed_minutes(store: ProcessStore, needles: Needles) -> list[Mention]:
    """Signed minutes whose Word document names the person: the first text that does."""
    present = {row[1] for row in store.conn.execute("PRAGMA table_info([signed_minutes])")}
    if "document" not in present:
        return []  # a backup of an older version
    found = []
    for row_id, document in store.conn.execute("SELECT id, document FROM signed_minutes ORDER BY id"):
        texts = [text for text in document_texts(bytes(document or b"")) if needles.found_in(text)]
        if texts:
            found.append(Mention(SignedMinutes.TABLE, row_id, "document", texts[0]))
    return found


def personal_data_due(store: ProcessStore) -> date | None:
    """The day the process's personal data should be erased (its retention setting), or None."""
    process = store.process()
    dates = [row[0] for row in store.conn.execute("SELECT date FROM meeting WHERE date != ''")]
    return retention_due(process.erase_personal_data_after, process.retention_months, dates)


def meetings_of(store: ProcessStore, participant_id: int) -> list[int]:
    """The meetings whose list a participant is on."""
    return [entry.meeting_id for entry in store.list(AttendanceEntry, "participant_id = ?", (participant_id,))]


def signed_document(store: ProcessStore, row_id: int) -> bytes:
    """The Word file of one signed version of minutes (b"" when there is none)."""
    row = store.conn.execute("SELECT document FROM signed_minutes WHERE id = ?", (row_id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else b""
