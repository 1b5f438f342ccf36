"""A list imported again, or into a second meeting, does not double the register."""

from facilitator.domain.entities import AttendanceEntry, Meeting, Participant
from facilitator.importers.registration_list import read_registration_list
from facilitator.ui.meeting import meeting_edits as edits


def test_people_already_registered_join_the_meeting_without_a_second_entry(tmp_path, document):
    path = tmp_path / "lista.csv"
    path.write_bytes("Namn;Organisation;E-post\r\nÅsa Öberg;Vision;asa@example.se\r\nOla Ek;;\r\n".encode())
    store = document.store
    assert edits.import_participants(document, read_registration_list(path)) == 2
    (meeting,) = store.insert_many([Meeting(title="Workshop 2")])
    path.write_bytes(
        "Namn;Organisation;E-post\r\nÅsa  Öberg;Vision;ASA@example.se\r\nOla Ek;;\r\nNy Person;;\r\n".encode()
    )
    assert edits.import_participants(document, read_registration_list(path), meeting.id) == 1
    assert store.count(Participant) == 3
    assert store.count(AttendanceEntry, "meeting_id = ?", (meeting.id,)) == 3
    document.undo_stack.undo()
    assert store.count(Participant) == 2 and store.count(AttendanceEntry) == 0
    # Everyone already in the meeting: nothing to do, nothing on the undo stack.
    document.undo_stack.redo()
    steps = document.undo_stack.count()
    assert edits.import_participants(document, read_registration_list(path), meeting.id) == 0
    assert document.undo_stack.count() == steps
