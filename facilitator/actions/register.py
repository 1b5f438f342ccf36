"""Edits of the register: people, their organisations, who attends a meeting, and importing
a registration list. An organisation is found by its name and created only when new."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..domain import vocabulary as v
from ..domain.entities import ENTITY_BY_TABLE, AttendanceEntry, Organisation, Participant, SignedMinutes, stored_id
from ..domain.erasure import Needles, erased_text, needles_for, redacted_document
from ..domain.vocabulary import QT_TRANSLATE_NOOP, Plural
from ..storage import register as repo
from .base import Action, Insert, Update, Work

if TYPE_CHECKING:
    from ..importers.registration_list import ImportPreview

CHANGE_ORGANISATION = QT_TRANSLATE_NOOP("Commands", "Change organisation")
NEW = -1  # the id of someone an import is adding


def clean_name(name: str) -> str:
    return " ".join(name.split())


def organisation_id(store, name: str, insert: Callable) -> int | None:
    """The id of the organisation called ``name``, creating it (through ``insert``) if new;
    None for no name."""
    name = clean_name(name)
    if not name:
        return None
    found = repo.organisation_named(store, name)
    if found is not None:
        return found.id
    return insert([Organisation(name=name)])[0].id


def add_participant(
    store,
    name: str,
    organisation: str = "",
    category: str = v.Category.OTHER,
    meeting_id: int | None = None,
    role: str = v.Role.PARTICIPANT,
) -> Insert:
    """A person in the register (with their organisation, created if new), on the meeting's
    list when one is given. ``action.first(Participant)`` is the person."""

    def build(insert):
        org = organisation_id(store, organisation, insert)
        (person,) = insert([Participant(name=clean_name(name), organisation_id=org, category=category)])
        if meeting_id is not None:
            insert([AttendanceEntry(meeting_id=meeting_id, participant_id=person.id, role=role)])

    return Insert(build=build, label=QT_TRANSLATE_NOOP("Commands", "Add participant"))


class SetOrganisation(Action):
    """Moves a participant to an organisation, creating the organisation first when it is
    new: one step, and undo removes the new organisation again."""

    label = CHANGE_ORGANISATION

    def __init__(self, participant_id: int, existing_id: int | None, new_name: str = ""):
        self.participant_id = participant_id
        self.create = Insert([Organisation(name=new_name)], label=QT_TRANSLATE_NOOP("Commands", "Add organisation")) if new_name else None
        self.existing_id = existing_id
        self.move: Update | None = None

    def do(self, work: Work) -> None:
        organisation = self.existing_id
        if self.create is not None:
            self.create.do(work)
            organisation = self.create.first(Organisation).id
        if self.move is None:
            self.move = Update(Participant, self.participant_id, {"organisation_id": organisation})
        self.move.do(work)

    def undo(self, work: Work) -> None:
        assert self.move is not None, "undo follows do"
        self.move.undo(work)
        if self.create is not None:
            self.create.undo(work)


def set_organisation(store, participant_id: int, organisation: str) -> SetOrganisation:
    """Moves a participant to the organisation called ``organisation`` (none for "")."""
    name = clean_name(organisation)
    existing = repo.organisation_named(store, name) if name else None
    if name and existing is None:
        return SetOrganisation(participant_id, None, name)
    return SetOrganisation(participant_id, existing.id if existing else None)


def add_attendees(store, meeting_id: int, participant_ids: Iterable[int]) -> Insert | None:
    """Puts people from the register on a meeting's list; None when all are on it already."""
    present = repo.attendee_ids(store, meeting_id)
    entries = [
        AttendanceEntry(meeting_id=meeting_id, participant_id=pid)
        for pid in dict.fromkeys(participant_ids) if pid not in present
    ]
    if not entries:
        return None
    return Insert(entries, label=QT_TRANSLATE_NOOP("Commands", "Add participants to meeting"))


# -- importing a registration list ---------------------------------------------------------


def person_key(name: str, organisation: str, email: str) -> tuple:
    """Who a row is: the e-mail address when there is one, else name and organisation."""
    if email.strip():
        return ("email", email.strip().casefold())
    return ("name", clean_name(name).casefold(), clean_name(organisation).casefold())


def import_participants(store, preview: ImportPreview, meeting_id: int | None = None) -> Insert | None:
    """Every good row of a checked preview as one step: all or nothing.

    People already in the register (the same list imported again, or someone registered
    for an earlier meeting) are not added twice: they keep their entry, and are put on the
    meeting's list if one is given. ``action.count`` is how many new people enter the
    register; None when the list brings nothing new.
    """
    organisation_names = repo.organisation_names(store)
    known: dict[tuple, int] = {}
    for person in repo.participants(store):
        organisation = "" if person.organisation_id is None else organisation_names.get(person.organisation_id, "")
        known.setdefault(person_key(person.name, organisation, person.email), stored_id(person))
        known.setdefault(person_key(person.name, organisation, ""), stored_id(person))
    present = repo.attendee_ids(store, meeting_id) if meeting_id is not None else set()
    new_drafts, existing = [], []
    for draft in preview.drafts:
        key = person_key(draft.name, draft.organisation, draft.email)
        if key in known:
            if known[key] != NEW:  # the same new person twice in one list comes in once
                existing.append((known[key], draft))
        else:
            new_drafts.append(draft)
            known[key] = NEW

    def build(insert):
        organisations: dict[str, int | None] = {}
        people = []
        for draft in new_drafts:
            if draft.organisation not in organisations:
                organisations[draft.organisation] = organisation_id(store, draft.organisation, insert)
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
        return None
    action = Insert(build=build, label=Plural.translate("Commands", "Import %n participant(s)", "", -1))
    action.count = len(new_drafts)
    return action


# -- erasing a person ------------------------------------------------------------------------

ERASE_PERSON = QT_TRANSLATE_NOOP("Commands", "Erase person")


class NotUndoable(RuntimeError):
    """An erasure cannot be taken back: nothing of the person is kept to bring back."""


class ErasePerson(Action):
    """Removes a person from the process for good: their register entry with their place on
    every meeting's list, their seats and the tables they host, and every mention of their
    name, e-mail address or phone number in the process's texts (``mentions``: dropped from
    the fields that name people, replaced by "[…]" elsewhere).

    Not undoable, by design: an undo would have to keep the person's data, which is what
    erasing must not do. The window asks first, runs it outside the undo stack, clears the
    undo history (older steps may hold the person too) and then has storage rewrite the
    file so no free page keeps them (``ProcessStore.erase_free_pages``).
    """

    label = ERASE_PERSON

    def __init__(self, person: Participant, needles: Needles, mentions: list[repo.Mention]):
        self.person = person
        self.needles = needles
        self.mentions = mentions

    def changes(self) -> list[tuple[repo.Mention, str]]:
        """Each field that will change, with its new text."""
        return [(m, erased_text(m.table, m.column, m.text, self.needles)) for m in self.mentions]

    def do(self, work: Work) -> None:
        for mention, text in self.changes():
            if (mention.table, mention.column) == (SignedMinutes.TABLE, "document"):
                # signed minutes: the person goes from the Word file too, the rest stays as signed
                document = redacted_document(repo.signed_document(work.store, mention.row_id), self.needles)
                work.update(SignedMinutes, mention.row_id, {"document": document})
                continue
            work.update(ENTITY_BY_TABLE[mention.table], mention.row_id, {mention.column: text})
        work.delete(Participant, stored_id(self.person))

    def undo(self, work: Work) -> None:
        raise NotUndoable(ERASE_PERSON)


def erase_person(store, participant_id: int) -> ErasePerson:
    """The erasure of one person (see ErasePerson); KeyError if they are not in the register."""
    person = store.get(Participant, participant_id)
    if person is None:
        raise KeyError(participant_id)
    needles = needles_for(person.name, person.email, person.phone)
    mentions = repo.mentions_of(store, needles, except_participant=participant_id)
    return ErasePerson(person, needles, mentions)
