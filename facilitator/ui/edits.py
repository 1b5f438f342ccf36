"""The coordinator's edits, each one undoable command on the document.

Widgets call these; they never write to storage themselves.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import vocabulary as v
from ..domain.agenda import default_agenda
from ..domain.entities import (
    AgendaItem,
    AttendanceEntry,
    CafeTable,
    Entity,
    Meeting,
    Organisation,
    Participant,
    Process,
    Question,
    Round,
    Seat,
)
from .document import DeleteCommand, InsertCommand, ProcessDocument, UpdateCommand

if TYPE_CHECKING:
    from ..importers.registration_list import ImportPreview



def add_meeting(document: ProcessDocument, meeting_format: str, title: str, day: str | None = None) -> int | None:
    """A new meeting with the format's default agenda (and tables and rounds for a café)."""
    store = document.store
    meeting = Meeting(
        format=meeting_format,
        title=title,
        date=day or date.today().isoformat(),
        start_time="16:00",
        end_time="18:00",
        frame_statement=QCoreApplication.translate("Defaults", v.DEFAULT_FRAME_STATEMENT_EN),
        position=store.next_position(Meeting, "1 = 1", ()),
    )

    def build(insert):
        (stored,) = insert([meeting])
        rows = default_agenda(meeting_format, 3, stored.round_minutes, stored.move_minutes)
        insert(
            [
                AgendaItem(
                    meeting_id=stored.id,
                    position=position,
                    title=QCoreApplication.translate("AgendaTemplate", title).replace("%1", str(number or "")),
                    kind=kind,
                    minutes=minutes,
                    round_number=number,
                )
                for position, (title, kind, minutes, number) in enumerate(rows)
            ]
        )
        if meeting_format == v.MeetingFormat.WORLD_CAFE:
            insert([Round(meeting_id=stored.id, number=n, minutes=stored.round_minutes) for n in (1, 2, 3)])
            insert(
                [
                    CafeTable(meeting_id=stored.id, position=i, name=QCoreApplication.translate("Defaults", "Table %1").replace("%1", str(i + 1)))
                    for i in range(6)
                ]
            )

    command = InsertCommand(document, QCoreApplication.translate("Commands", "Add meeting"), build=build)
    if not document.execute(command):
        return None
    return command.inserted[0].id


def organisation_id(document: ProcessDocument, name: str, insert) -> int | None:
    """The id of the organisation called ``name``, creating it (through ``insert``) if new."""
    name = " ".join(name.split())
    if not name:
        return None
    found = document.store.list(Organisation, "name = ?", (name,))
    if found:
        return found[0].id
    return insert([Organisation(name=name)])[0].id


def add_participant(
    document: ProcessDocument,
    name: str,
    organisation: str = "",
    category: str = v.Category.OTHER,
    meeting_id: int | None = None,
    role: str = v.Role.PARTICIPANT,
) -> int | None:
    def build(insert):
        org = organisation_id(document, organisation, insert)
        (person,) = insert([Participant(name=" ".join(name.split()), organisation_id=org, category=category)])
        if meeting_id is not None:
            insert([AttendanceEntry(meeting_id=meeting_id, participant_id=person.id, role=role)])

    command = InsertCommand(document, QCoreApplication.translate("Commands", "Add participant"), build=build)
    if not document.execute(command):
        return None
    return next(e.id for e in command.inserted if isinstance(e, Participant))


def set_organisation(document: ProcessDocument, participant_id: int, organisation: str) -> bool:
    """Moves a participant to an organisation by name (creating it), as one undoable step."""
    stack = document.undo_stack
    name = " ".join(organisation.split())
    existing = document.store.list(Organisation, "name = ?", (name,)) if name else []
    if name and not existing:
        stack.beginMacro(QCoreApplication.translate("Commands", "Change organisation"))
        try:
            created = InsertCommand(document, QCoreApplication.translate("Commands", "Add organisation"), [Organisation(name=name)])
            if not document.execute(created):
                return False
            new_id = created.inserted[0].id
            return document.execute(
                UpdateCommand(document, QCoreApplication.translate("Commands", "Change organisation"), Participant, participant_id, {"organisation_id": new_id})
            )
        finally:
            stack.endMacro()
    new_id = existing[0].id if existing else None
    return document.execute(
        UpdateCommand(document, QCoreApplication.translate("Commands", "Change organisation"), Participant, participant_id, {"organisation_id": new_id})
    )


def add_attendees(document: ProcessDocument, meeting_id: int, participant_ids: list[int]) -> bool:
    present = {
        a.participant_id for a in document.store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))
    }
    entries = [
        AttendanceEntry(meeting_id=meeting_id, participant_id=pid) for pid in participant_ids if pid not in present
    ]
    if not entries:
        return False
    return document.execute(InsertCommand(document, QCoreApplication.translate("Commands", "Add participants to meeting"), entries))


def _person_key(name: str, organisation: str, email: str) -> tuple:
    """Who a row is: the e-mail address when there is one, else name and organisation."""
    if email.strip():
        return ("email", email.strip().casefold())
    return ("name", " ".join(name.split()).casefold(), " ".join(organisation.split()).casefold())


def import_participants(document: ProcessDocument, preview: "ImportPreview", meeting_id: int | None = None) -> int:
    """Writes every good row of a checked preview in one transaction: all or nothing.

    People already in the register (the same list imported again, or someone registered
    for an earlier meeting) are not added twice: they keep their entry, and are added to
    the meeting if one is given. Returns how many new people entered the register.
    """
    store = document.store
    organisation_names = store.names(Organisation)
    known: dict[tuple, int] = {}
    for person in store.list(Participant):
        organisation = organisation_names.get(person.organisation_id, "")
        known.setdefault(_person_key(person.name, organisation, person.email), person.id)
        known.setdefault(_person_key(person.name, organisation, ""), person.id)
    present = (
        {a.participant_id for a in store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))}
        if meeting_id is not None else set()
    )
    new_drafts, existing = [], []
    for draft in preview.drafts:
        key = _person_key(draft.name, draft.organisation, draft.email)
        if key in known:
            existing.append((known[key], draft))
        else:
            new_drafts.append(draft)
            known[key] = -1  # the same person twice in one list comes in once

    def build(insert):
        organisations: dict[str, int | None] = {}
        people = []
        for draft in new_drafts:
            if draft.organisation not in organisations:
                organisations[draft.organisation] = organisation_id(document, draft.organisation, insert)
            people.append(
                Participant(
                    name=draft.name,
                    organisation_id=organisations[draft.organisation],
                    category=draft.category,
                    email=draft.email,
                    phone=draft.phone,
                    languages="|".join(draft.languages),
                )
            )
        stored = insert(people) if people else []
        if meeting_id is not None:
            attending = [(person.id, draft.role) for person, draft in zip(stored, new_drafts)]
            attending += [(pid, draft.role) for pid, draft in existing if pid not in present]
            entries = {pid: AttendanceEntry(meeting_id=meeting_id, participant_id=pid, role=role) for pid, role in attending}
            if entries:
                insert(list(entries.values()))

    adds_attendance = meeting_id is not None and any(pid not in present for pid, _ in existing)
    if not new_drafts and not adds_attendance:
        return 0
    count = len(new_drafts)
    text = QCoreApplication.translate("Commands", "Import %n participant(s)", "", count)
    command = InsertCommand(document, text, build=build)
    if not document.execute(command):
        return 0
    return count


def add_question(document: ProcessDocument, meeting_id: int, text: str) -> int | None:
    store = document.store
    position = store.next_position(Question, "meeting_id = ?", (meeting_id,))
    meeting = store.get(Meeting, meeting_id)
    round_number = position + 1 if meeting and meeting.format == v.MeetingFormat.WORLD_CAFE else None
    command = InsertCommand(
        document,
        QCoreApplication.translate("Commands", "Add question"),
        [Question(meeting_id=meeting_id, position=position, text=text, round_number=round_number)],
    )
    return command.inserted[0].id if document.execute(command) else None


def add_agenda_item(document: ProcessDocument, meeting_id: int, title: str, minutes: int = 10) -> int | None:
    position = document.store.next_position(AgendaItem, "meeting_id = ?", (meeting_id,))
    command = InsertCommand(
        document,
        QCoreApplication.translate("Commands", "Add agenda item"),
        [AgendaItem(meeting_id=meeting_id, position=position, title=title, minutes=minutes)],
    )
    return command.inserted[0].id if document.execute(command) else None


def move_agenda_item(document: ProcessDocument, item_id: int, step: int) -> bool:
    """Swaps an agenda item with its neighbour above (step -1) or below (+1)."""
    store = document.store
    item = store.get(AgendaItem, item_id)
    if item is None:
        return False
    items = store.list(AgendaItem, "meeting_id = ?", (item.meeting_id,), order_by="position, id")
    index = next(i for i, other in enumerate(items) if other.id == item_id)
    target = index + step
    if not 0 <= target < len(items):
        return False
    items[index], items[target] = items[target], items[index]
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("Commands", "Move agenda item"))
    try:
        for position, entry in enumerate(items):
            if entry.position != position:
                document.execute(UpdateCommand(document, "", AgendaItem, entry.id, {"position": position}))
    finally:
        stack.endMacro()
    return True


def delete(document: ProcessDocument, cls: type[Entity], ids: list[int], text: str) -> bool:
    if not ids:
        return False
    return document.execute(DeleteCommand(document, text, [(cls, entity_id) for entity_id in ids]))


def rename_process(document: ProcessDocument, title: str) -> bool:
    title = " ".join(title.split())
    if not title or title == document.process().title:
        return False
    return document.execute(UpdateCommand(document, QCoreApplication.translate("Commands", "Rename process"), Process, 1, {"title": title}))


# -- World Café --------------------------------------------------------------------------


def set_round_count(document: ProcessDocument, meeting_id: int, count: int) -> bool:
    """Adds or removes rounds at the end, with their blocks on the agenda (a table change and
    the round, before the harvest); a removed round takes its seats with it. One undo step."""
    store = document.store
    meeting = store.get(Meeting, meeting_id)
    rounds = store.list(Round, "meeting_id = ?", (meeting_id,), order_by="number")
    count = max(1, min(12, count))
    if count == len(rounds) or meeting is None:
        return False
    agenda = store.list(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position, id")
    stack = document.undo_stack
    if count > len(rounds):
        stack.beginMacro(QCoreApplication.translate("Commands", "Add round"))
        try:
            new = [Round(meeting_id=meeting_id, number=n, minutes=meeting.round_minutes) for n in range(len(rounds) + 1, count + 1)]
            document.execute(InsertCommand(document, "", new))
            round_items = [item for item in agenda if item.kind == v.AgendaKind.ROUND]
            after = (round_items[-1].position + 1) if round_items else len(agenda)
            added = []
            for number in range(len(rounds) + 1, count + 1):
                added.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Change tables"), v.AgendaKind.MOVE, meeting.move_minutes, None))
                added.append((QT_TRANSLATE_NOOP("AgendaTemplate", "Round %1"), v.AgendaKind.ROUND, meeting.round_minutes, number))
            shift = len(added)
            for item in agenda:
                if item.position >= after:
                    document.execute(UpdateCommand(document, "", AgendaItem, item.id, {"position": item.position + shift}))
            document.execute(
                InsertCommand(
                    document,
                    "",
                    [
                        AgendaItem(
                            meeting_id=meeting_id,
                            position=after + i,
                            title=QCoreApplication.translate("AgendaTemplate", title).replace("%1", str(number or "")),
                            kind=kind,
                            minutes=minutes,
                            round_number=number,
                        )
                        for i, (title, kind, minutes, number) in enumerate(added)
                    ],
                )
            )
        finally:
            stack.endMacro()
        return True
    stack.beginMacro(QCoreApplication.translate("Commands", "Remove round"))
    try:
        removed = {r.number for r in rounds[count:]}
        doomed = [(Round, r.id) for r in rounds[count:]]
        ordered = [item for item in agenda]
        for index, item in enumerate(ordered):
            if item.kind == v.AgendaKind.ROUND and item.round_number in removed:
                doomed.append((AgendaItem, item.id))
                before = ordered[index - 1] if index > 0 else None
                if before is not None and before.kind == v.AgendaKind.MOVE:
                    doomed.append((AgendaItem, before.id))
        return document.execute(DeleteCommand(document, "", doomed))
    finally:
        stack.endMacro()


def set_cafe_timing(document: ProcessDocument, meeting_id: int, field: str, minutes: int) -> bool:
    """Minutes per round or per table change: the meeting, its rounds and its agenda follow."""
    store = document.store
    meeting = store.get(Meeting, meeting_id)
    if meeting is None or getattr(meeting, field) == minutes:
        return False
    kind = v.AgendaKind.ROUND if field == "round_minutes" else v.AgendaKind.MOVE
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("Commands", "Change the café settings"))
    try:
        document.execute(UpdateCommand(document, "", Meeting, meeting_id, {field: minutes}))
        for item in store.list(AgendaItem, "meeting_id = ? AND kind = ?", (meeting_id, str(kind))):
            if item.minutes != minutes:
                document.execute(UpdateCommand(document, "", AgendaItem, item.id, {"minutes": minutes}))
        if field == "round_minutes":
            for round_ in store.list(Round, "meeting_id = ?", (meeting_id,)):
                document.execute(UpdateCommand(document, "", Round, round_.id, {"minutes": minutes}))
    finally:
        stack.endMacro()
    return True


def add_table(document: ProcessDocument, meeting_id: int) -> int | None:
    store = document.store
    position = store.next_position(CafeTable, "meeting_id = ?", (meeting_id,))
    name = QCoreApplication.translate("Defaults", "Table %1").replace("%1", str(position + 1))
    command = InsertCommand(
        document, QCoreApplication.translate("Commands", "Add table"), [CafeTable(meeting_id=meeting_id, position=position, name=name)]
    )
    return command.inserted[0].id if document.execute(command) else None


def save_seating(document: ProcessDocument, cafe, plan, from_round: int = 0) -> bool:
    """Stores a rotation plan as seats, replacing the seats of ``from_round`` and later:
    one undo step. Rounds before ``from_round`` are never touched."""
    round_ids = [r.id for r in cafe.rounds[from_round:]]
    old = []
    for round_id in round_ids:
        old.extend((Seat, seat.id) for seat in document.store.list(Seat, "round_id = ?", (round_id,)))
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("Commands", "Create seating"))
    try:
        if old and not document.execute(DeleteCommand(document, "", old)):
            return False
        return document.execute(InsertCommand(document, "", cafe.seats_for(plan, from_round)))
    finally:
        stack.endMacro()


def move_seat(document: ProcessDocument, seat_id: int, table_id: int) -> bool:
    return document.execute(
        UpdateCommand(document, QCoreApplication.translate("Commands", "Move to another table"), Seat, seat_id, {"table_id": table_id})
    )


def swap_seats(document: ProcessDocument, first: Seat, second: Seat) -> bool:
    if first.round_id != second.round_id or first.table_id == second.table_id:
        return False
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("Commands", "Swap places"))
    try:
        return document.execute(UpdateCommand(document, "", Seat, first.id, {"table_id": second.table_id})) and document.execute(
            UpdateCommand(document, "", Seat, second.id, {"table_id": first.table_id})
        )
    finally:
        stack.endMacro()


def set_table_question(document: ProcessDocument, table_id: int, question_id: int | None) -> bool:
    """One question per table: the chosen question is this table's (and no other's)."""
    store = document.store
    table = store.get(CafeTable, table_id)
    current = store.list(Question, "table_id = ?", (table_id,))
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("Commands", "Choose the table's question"))
    try:
        for question in current:
            if question.id != question_id:
                document.execute(UpdateCommand(document, "", Question, question.id, {"table_id": None}))
        if question_id is not None and table is not None:
            document.execute(UpdateCommand(document, "", Question, question_id, {"table_id": table_id}))
    finally:
        stack.endMacro()
    return True
