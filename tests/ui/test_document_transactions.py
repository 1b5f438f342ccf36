"""Rows are announced to the views only once their transaction has committed."""

import pytest

from facilitator.actions import Insert
from facilitator.domain.entities import Meeting, Theme
from facilitator.ui.document import InsertCommand


def insert(document, entity):
    action = Insert([entity])
    document.perform(action)
    return action.inserted[0]


def test_a_failed_step_announces_nothing_and_leaves_nothing(document):
    heard = []
    document.rowChanged.connect(lambda *change: heard.append(change))

    def build(insert):
        insert([Meeting(title="Halvskriven")])
        raise_disk_full()

    def raise_disk_full():
        from facilitator.storage.errors import ProblemCode, ProcessFileError

        raise ProcessFileError(ProblemCode.DISK_FULL, str(document.path))

    assert not document.execute(InsertCommand(document, "Lägg till", build=build))
    assert heard == [] and document.store.count(Meeting) == 0
    assert document.undo_stack.count() == 0


def test_nested_writes_are_announced_once_after_the_outer_commit(document):
    heard = []
    document.rowChanged.connect(lambda *change: heard.append(change))
    with document.transaction():
        meeting = insert(document, Meeting(title="Möte"))
        with document.transaction():
            document.perform(Insert([Theme(meeting_id=meeting.id, title="Tema")]))
        assert heard == []
    assert heard == [("meeting", meeting.id, "inserted"), ("theme", 1, "inserted")]


def test_an_inner_failure_caught_outside_drops_only_its_own_announcements(document):
    heard = []
    document.rowChanged.connect(lambda *change: heard.append(change))
    with document.transaction():
        meeting = insert(document, Meeting(title="Möte"))
        with pytest.raises(RuntimeError), document.transaction():
            document.perform(Insert([Theme(meeting_id=meeting.id, title="Ångrad")]))
            raise RuntimeError
    assert heard == [("meeting", meeting.id, "inserted")]
    assert document.store.count(Theme) == 0 and document.store.count(Meeting) == 1
