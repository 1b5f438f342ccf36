import pytest
from PySide6.QtCore import Qt

from facilitator.domain.entities import AgendaItem, AttendanceEntry, Meeting, Organisation, Participant
from facilitator.ui.common.columns import agenda_columns, attendance_columns, participant_columns
from facilitator.ui.common.entity_model import EntityTableModel, SwedishSortProxy
from facilitator.ui.meeting import meeting_edits as edits


@pytest.fixture
def people(document):
    for name, org in [("Östen", "Vision"), ("Anna", ""), ("Åsa", "Vision"), ("Ärla", "Kommunen"), ("Zack", "")]:
        edits.add_participant(document, name, org)
    return document


def test_participant_model_passes_qtmodeltester(qtmodeltester, people):
    model = EntityTableModel(people, Participant, participant_columns(people), depends_on=(Organisation.TABLE,))
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_attendance_and_agenda_models_pass_qtmodeltester(qtmodeltester, people):
    meeting_id = edits.add_meeting(people, "world_cafe", "Café", "2027-03-03")
    edits.add_attendees(people, meeting_id, [p.id for p in people.store.list(Participant)])
    attendance = EntityTableModel(people, AttendanceEntry, attendance_columns(people), of={"meeting_id": meeting_id})
    qtmodeltester.check(attendance)
    assert attendance.rowCount() == 5
    agenda = EntityTableModel(people, AgendaItem, agenda_columns(lambda item: ""), of={"meeting_id": meeting_id})
    qtmodeltester.check(agenda)
    assert agenda.rowCount() > 5


def test_swedish_sorting(qtmodeltester, people):
    model = EntityTableModel(people, Participant, participant_columns(people))
    proxy = SwedishSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    names = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert names == ["Anna", "Zack", "Åsa", "Ärla", "Östen"]


def test_model_follows_single_row_changes_without_reset(qtbot, people):
    model = EntityTableModel(people, Participant, participant_columns(people))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsInserted):
        new_id = edits.add_participant(people, "Bo", "Ny förening")
    assert model.rowCount() == 6
    row = model.row_of(new_id)
    assert model.index(row, 1).data() == "Ny förening"
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(row, 0), "Bo Ek", Qt.ItemDataRole.EditRole)
    assert people.store.get(Participant, new_id).name == "Bo Ek"
    with qtbot.waitSignal(model.rowsRemoved):
        edits.delete(people, Participant, [new_id], "Ta bort")
    assert model.rowCount() == 5
    people.undo_stack.undo()
    assert model.rowCount() == 6 and model.entity(model.row_of(new_id)).name == "Bo Ek"
    assert resets == []


def test_invalid_edits_are_refused(people):
    model = EntityTableModel(people, Participant, participant_columns(people))
    before = people.undo_stack.count()
    assert not model.setData(model.index(0, 0), "   ", Qt.ItemDataRole.EditRole)
    assert people.undo_stack.count() == before


def test_check_column_edits_a_bool_field(people):
    meeting_id = edits.add_meeting(people, "world_cafe", "Café", "2027-03-03")
    edits.add_attendees(people, meeting_id, [p.id for p in people.store.list(Participant)])
    model = EntityTableModel(people, AttendanceEntry, attendance_columns(people), of={"meeting_id": meeting_id})
    index = model.index(0, 4)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert people.store.get(AttendanceEntry, model.entity(0).id).cannot_move is True
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    people.undo_stack.undo()
    assert people.store.get(AttendanceEntry, model.entity(0).id).cannot_move is False


def test_filtered_model_picks_up_only_its_meeting(people):
    first = edits.add_meeting(people, "workshop", "A", "2027-03-03")
    second = edits.add_meeting(people, "workshop", "B", "2027-03-04")
    model = EntityTableModel(people, AgendaItem, agenda_columns(lambda i: ""), of={"meeting_id": first})
    count = model.rowCount()
    edits.add_agenda_item(people, second, "Annan")
    assert model.rowCount() == count
    edits.add_agenda_item(people, first, "Egen")
    assert model.rowCount() == count + 1
    people.undo_stack.undo()
    assert model.rowCount() == count
    edits.delete(people, Meeting, [first], "Ta bort")
    assert model.rowCount() == 0


def test_a_model_names_fields_not_sql_and_shows_nothing_until_a_meeting_is_chosen(people):
    from facilitator.ui.common.entity_model import NOTHING

    edits.add_meeting(people, "workshop", "A", "2027-03-03")
    second = edits.add_meeting(people, "workshop", "B", "2027-03-04")
    model = EntityTableModel(people, AgendaItem, agenda_columns(lambda i: ""), of=NOTHING, order=("position", "id"))
    assert model.rowCount() == 0
    edits.add_agenda_item(people, second, "Egen")
    assert model.rowCount() == 0
    model.show_rows({"meeting_id": second})
    assert {item.meeting_id for item in model.entities()} == {second}
    assert [item.position for item in model.entities()] == list(range(model.rowCount()))
    with pytest.raises(ValueError):
        model.show_rows({"no_such_field": 1})
