"""The rules of the register, without Qt: people, organisations, attendance, imports."""

from types import SimpleNamespace

from facilitator import actions
from facilitator.actions import register as edit
from facilitator.domain.entities import AttendanceEntry, Meeting, Organisation, Participant
from facilitator.domain.vocabulary import Attendance
from facilitator.importers.registration_list import ParticipantDraft
from facilitator.storage import register


def _meeting(store) -> int:
    return store.insert(Meeting(title="Möte")).id


def _draft(name, organisation="", email="", row=2):
    return ParticipantDraft(row, name, organisation, "other", "participant", email, "", ())


def test_an_organisation_is_created_once_and_reused(store):
    first = edit.add_participant(store, "Anna  Berg", "Röda  Korset")
    actions.perform(store, first)
    second = edit.add_participant(store, "Omar Ali", "Röda Korset")
    actions.perform(store, second)
    (organisation,) = store.list(Organisation)
    assert organisation.name == "Röda Korset"
    people = register.participants(store)
    assert [p.name for p in people] == ["Anna Berg", "Omar Ali"]
    assert {p.organisation_id for p in people} == {organisation.id}
    actions.revert(store, second)
    assert len(store.list(Organisation)) == 1  # it was not created by the second
    actions.revert(store, first)
    assert store.list(Organisation) == [] and store.list(Participant) == []


def test_a_participant_added_for_a_meeting_is_on_its_list(store):
    meeting_id = _meeting(store)
    action = edit.add_participant(store, "Anna", meeting_id=meeting_id, role="host")
    actions.perform(store, action)
    (entry,) = register.attendance_of(store, meeting_id)
    assert entry.participant_id == action.first(Participant).id and entry.role == "host"


def test_changing_to_a_new_organisation_is_one_step_and_undo_removes_it(store):
    actions.perform(store, edit.add_participant(store, "Anna", "Kommunen"))
    person = register.participants(store)[0]
    change = edit.set_organisation(store, person.id, " Föreningen  Ung ")
    assert change.label == "Change organisation"
    actions.perform(store, change)
    assert register.organisation_named(store, "Föreningen Ung").id == store.get(Participant, person.id).organisation_id
    actions.revert(store, change)
    assert register.organisation_named(store, "Föreningen Ung") is None
    assert store.get(Participant, person.id).organisation_id == register.organisation_named(store, "Kommunen").id
    actions.perform(store, change)  # redo: the same organisation id again
    assert store.get(Participant, person.id).organisation_id == change.create.first(Organisation).id


def test_changing_to_a_known_organisation_or_none_creates_nothing(store):
    actions.perform(store, edit.add_participant(store, "Anna", "Kommunen"))
    actions.perform(store, edit.add_participant(store, "Omar", "Skolan"))
    anna = register.participants(store)[0]
    actions.perform(store, edit.set_organisation(store, anna.id, "Skolan"))
    assert len(store.list(Organisation)) == 2
    actions.perform(store, edit.set_organisation(store, anna.id, "  "))
    assert store.get(Participant, anna.id).organisation_id is None


def test_attendance_counts_everyone_not_absent_and_adds_nobody_twice(store):
    meeting_id = _meeting(store)
    ids = [store.insert(Participant(name=name)).id for name in ("A", "B", "C")]
    actions.perform(store, edit.add_attendees(store, meeting_id, ids[:2]))
    assert edit.add_attendees(store, meeting_id, ids[:2]) is None
    actions.perform(store, edit.add_attendees(store, meeting_id, ids))
    assert register.attendee_ids(store, meeting_id) == set(ids)
    assert register.headcount_of(store, meeting_id).taking_part == 3
    entry = register.attendance_of(store, meeting_id)[0]
    actions.perform(store, actions.Update(AttendanceEntry, entry.id, {"status": Attendance.ABSENT}))
    assert register.headcount_of(store, meeting_id).taking_part == 2


def test_an_import_adds_new_people_once_and_puts_known_ones_on_the_meeting(store):
    meeting_id = _meeting(store)
    known = store.insert(Participant(name="Anna Berg", email="anna@example.se"))
    preview = SimpleNamespace(drafts=(
        _draft("Anna B", email="ANNA@example.se"),  # known by e-mail
        _draft("Omar Ali", "Röda Korset"),
        _draft("Omar  Ali", "Röda korset"),  # the same person twice in the list
        _draft("Lena Ek", "Röda Korset"),
    ))
    action = edit.import_participants(store, preview, meeting_id)
    assert action.count == 2 and action.label == "Import %n participant(s)"
    actions.perform(store, action)
    assert sorted(p.name for p in register.participants(store)) == ["Anna Berg", "Lena Ek", "Omar Ali"]
    assert len(store.list(Organisation)) == 1
    assert known.id in register.attendee_ids(store, meeting_id)
    assert register.headcount_of(store, meeting_id).taking_part == 3
    assert edit.import_participants(store, preview, meeting_id) is None  # nothing new the second time
    actions.revert(store, action)
    assert [p.name for p in register.participants(store)] == ["Anna Berg"]
    assert store.list(Organisation) == [] and register.attendance_of(store, meeting_id) == []
