"""Running a World Café through the real widgets: set up, seat, edit, re-plan, time it."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from facilitator.domain.entities import AttendanceEntry, CafeTable, MeetingTimer, Round, Seat
from facilitator.domain.rotation import evaluate
from facilitator.ui.meeting import meeting_edits as edits
from facilitator.ui.meeting.cafe_page import load_cafe
from facilitator.ui.run.timer_controller import TimerController


class Clock:
    def __init__(self):
        self.now = datetime(2027, 2, 4, 16, 0)

    def __call__(self):
        return self.now

    def advance(self, minutes: float):
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def cafe(qtbot, opened):
    """A café with 6 tables of 5, 3 rounds and 24 people, shown on the café tab."""
    window = opened
    meeting_id = window.add_meeting("world_cafe", "Café", "2027-02-04")
    organisations = ["Socialförvaltningen", "Vision", "Integrationsrådet", "Ekbackahem"]
    for i in range(24):
        edits.add_participant(window.document, f"Person {i:02d}", organisations[i % 4], meeting_id=meeting_id)
    window.show_meeting_page(4)
    qtbot.waitUntil(lambda: window.view.cafe.page().rotation.meeting_id == meeting_id)
    return window, meeting_id


def seats_by_round(window, meeting_id):
    _meeting, stored = load_cafe(window.document, meeting_id)
    return {r.number: sorted((s.participant_id, s.table_id) for s in window.document.store.list(Seat, "round_id = ?", (r.id,)))
            for r in stored.rounds}


def test_settings_tables_and_hosts(qtbot, cafe):
    window, meeting_id = cafe
    page = window.view.cafe.page()
    store = window.document.store
    page.settings.rounds.setValue(4)
    page.settings.rounds.editingFinished.emit()
    assert store.count(Round, "meeting_id = ?", (meeting_id,)) == 4
    page.settings.per_table.setChecked(True)
    assert store.get(type(store.get(__import__("facilitator.domain.entities", fromlist=["Meeting"]).Meeting, meeting_id)),
                     meeting_id).question_per_table is True
    window.undo()
    window.undo()
    assert store.count(Round, "meeting_id = ?", (meeting_id,)) == 3
    # Choose a host for the first table in the tables list (the host column edits by id).
    tables = page.tables
    first = tables.model.index(0, 2)
    host = store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))[0].participant_id
    assert tables.model.setData(first, host, Qt.ItemDataRole.EditRole)
    assert store.list(CafeTable, "meeting_id = ?", (meeting_id,), order_by="position")[0].host_participant_id == host
    page.tables.add_table()
    assert store.count(CafeTable, "meeting_id = ?", (meeting_id,)) == 7


def test_generate_edit_swap_and_undo(qtbot, qtmodeltester, cafe):
    window, meeting_id = cafe
    panel = window.view.cafe.page().rotation
    qtmodeltester.check(panel.model)  # empty: no plan yet
    assert panel.generate()
    qtbot.waitUntil(lambda: panel.model.quality is not None)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(window.view.cafe.page().tables.model)
    assert panel.model.quality.repeats == panel.model.quality.lower_bound == 0
    assert "Nobody meets anyone twice" in panel.quality.text()
    assert panel.model.rowCount() == 24 and panel.model.columnCount() == 4
    before = seats_by_round(window, meeting_id)

    # Move one person to another table in round 2 with the cell editor (keyboard): the figures update live.
    index = panel.model.index(0, 2)
    current = index.data(Qt.ItemDataRole.EditRole)
    other = next(t.id for t in panel.model.cafe.tables if t.id != current)
    assert panel.model.setData(index, other, Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: not panel.model.quality.valid)
    assert "uneven" in panel.quality.text()
    window.undo()
    qtbot.waitUntil(lambda: panel.model.quality.valid)
    assert seats_by_round(window, meeting_id) == before

    # Swap two people at different tables in round 1 by dragging one onto the other.
    a = panel.model.index(0, 1)
    b = next(panel.model.index(row, 1) for row in range(1, 24)
             if panel.model.index(row, 1).data(Qt.ItemDataRole.EditRole) != a.data(Qt.ItemDataRole.EditRole))
    table_a, table_b = a.data(Qt.ItemDataRole.EditRole), b.data(Qt.ItemDataRole.EditRole)
    data = panel.model.mimeData([a])
    assert panel.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, b)
    qtbot.waitUntil(lambda: panel.model.index(0, 1).data(Qt.ItemDataRole.EditRole) == table_b)
    assert panel.model.quality.valid
    window.undo()
    qtbot.waitUntil(lambda: panel.model.index(0, 1).data(Qt.ItemDataRole.EditRole) == table_a)

    # Swap with the button after selecting two cells of one round.
    selection = panel.view.selectionModel()
    selection.select(a, selection.SelectionFlag.Select)
    selection.select(b, selection.SelectionFlag.Select)
    assert panel.swap_selected()
    window.undo()
    window.undo()  # and the seating itself
    assert sum(len(v) for v in seats_by_round(window, meeting_id).values()) == 0


def test_run_two_rounds_with_the_timer_then_replan_after_a_no_show(qtbot, cafe):
    window, meeting_id = cafe
    clock = Clock()
    timer = window.view.timer
    timer.clock = clock
    panel = window.view.cafe.page().rotation
    assert panel.generate()
    before = seats_by_round(window, meeting_id)
    window.show_meeting_page(5)
    run = window.view.run.page()
    projector = run.open_projector()
    projector.sound_enabled = False
    projector.showNormal()
    qtbot.addWidget(projector)
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)

    QTest.keyClick(projector, Qt.Key.Key_Space)  # start: the welcome
    assert timer.state.state == "running" and timer.state.current.kind == "welcome"
    QTest.keyClick(projector, Qt.Key.Key_N)  # round 1
    assert "Round 1 of 3" in projector.heading.text()
    assert projector.question.text() == ""  # the new café has no questions yet
    QTest.keyClick(projector, Qt.Key.Key_Up)  # one minute more
    assert timer.state.remaining(clock()) == 21 * 60
    with qtbot.waitSignal(timer.changeTables, timeout=30000) as signal:
        clock.advance(21.5)
        timer.tick()
    assert signal.args == [1]
    assert "Change tables" in projector.cue.text() and "Change tables" in run.cue.text()
    timer.next()  # the table change
    timer.next()  # round 2
    assert "Round 2 of 3" in projector.heading.text()
    clock.advance(3)
    expected_before = timer.state.expected_end(clock())
    clock.advance(20)  # runs three minutes over
    assert timer.state.expected_end(clock()) > expected_before
    QTest.keyClick(projector, Qt.Key.Key_Space)  # pause
    assert timer.state.state == "paused"

    store = window.document.store
    rounds = store.list(Round, "meeting_id = ?", (meeting_id,), order_by="number")
    assert rounds[0].started_at and rounds[0].ended_at and rounds[1].started_at and not rounds[2].started_at

    # The timer survives closing and reopening: a new controller reads the stored state.
    again = TimerController(window.document, clock=clock)
    again.show_meeting(meeting_id)
    assert again.state.current.round_number == 2 and again.state.state == "paused"
    assert store.count(MeetingTimer) == 1

    # Someone leaves after round 2: re-plan the rest; rounds held never change.
    window.show_meeting_page(4)
    leaver = store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))[5]
    edits.delete(window.document, AttendanceEntry, [leaver.id], "Går")
    assert panel.replan()
    after = seats_by_round(window, meeting_id)
    assert after[1] == before[1] and after[2] == before[2]
    assert leaver.participant_id not in {p for p, _t in after[3]}
    assert len(after[3]) == 23
    panel.reload()
    assert evaluate(panel.model.plan).valid

    projector.grab().save(str(window.backups_root.parent / "projector.png"))
    QTest.keyClick(projector, Qt.Key.Key_H)
    assert projector.high_contrast
    projector.close()


def test_projector_shows_the_rounds_question_and_next_step(qtbot, opened):
    window = opened
    meeting_id = window.add_meeting("world_cafe", "Café", "2027-02-04")
    edits.add_question(window.document, meeting_id, "Vad kan kommunen göra?")
    edits.add_question(window.document, meeting_id, "Vem gör vad?")
    controller = TimerController(window.document, clock=Clock())
    controller.show_meeting(meeting_id)
    controller.start_or_pause()
    controller.next()
    from facilitator.ui.run.projector import ProjectorWindow

    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    assert projector.question.text() == "Vad kan kommunen göra?"
    assert "Table hosts stay" in projector.next_line.text()
    controller.next()
    controller.next()
    assert projector.question.text() == "Vem gör vad?"
    assert projector.countdown.text() == "20:00"
    _ = QModelIndex


def test_rounds_and_minutes_keep_the_agenda_in_step(qtbot, opened):
    from facilitator.domain.entities import AgendaItem

    window = opened
    meeting_id = window.add_meeting("world_cafe", "Café", "2027-02-04")
    store = window.document.store

    def agenda():
        return [(i.kind, i.minutes, i.round_number) for i in store.list(AgendaItem, "meeting_id = ?", (meeting_id,), order_by="position")]

    before = agenda()
    assert edits.set_round_count(window.document, meeting_id, 4)
    after = agenda()
    assert [k for k, _m, _r in after].count("round") == 4 and [r for _k, _m, r in after if r] == [1, 2, 3, 4]
    assert after[-2][0] == "plenary", "new rounds come before the harvest"
    assert edits.set_cafe_timing(window.document, meeting_id, "round_minutes", 15)
    assert all(m == 15 for k, m, _r in agenda() if k == "round")
    assert edits.set_cafe_timing(window.document, meeting_id, "move_minutes", 3)
    assert all(m == 3 for k, m, _r in agenda() if k == "move")
    window.undo()
    window.undo()
    window.undo()
    assert agenda() == before
    assert edits.set_round_count(window.document, meeting_id, 2)
    assert [k for k, _m, _r in agenda()].count("round") == 2
    assert [k for k, _m, _r in agenda()].count("move") == 1


def test_projector_shows_the_phone_qr_while_sharing(qtbot, opened):
    import shutil
    import subprocess

    window = opened
    meeting_id = window.add_meeting("world_cafe", "Café", "2027-02-04")
    qtbot.waitUntil(lambda: window.view.current_meeting_id() == meeting_id)
    window.show_meeting_page(5)
    projector = window.view.run.page().open_projector()
    projector.showNormal()
    qtbot.addWidget(projector)
    assert not projector.qr.isVisibleTo(projector)
    assert window.ensure_sharing().start(meeting_id, "127.0.0.1", 0)
    qtbot.waitUntil(lambda: projector.qr.isVisibleTo(projector))
    if shutil.which("zbarimg"):
        path = window.backups_root.parent / "projector-qr.png"
        projector.qr.pixmap().save(str(path))
        decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(path)], capture_output=True, text=True).stdout.strip()
        assert decoded == window.sharing.join_url
    window.sharing.stop()
    qtbot.waitUntil(lambda: not projector.qr.isVisibleTo(projector))
    projector.close()


def test_create_seating_says_why_it_cannot_work_and_who_hosts(qtbot, opened):
    """Issue 15: "Skapa bordsplacering" is disabled with the reason shown, and the page says who
    hosts which table (and which tables have no one) before anything is planned."""
    window = opened
    meeting_id = window.add_meeting("world_cafe", "Café", "2027-02-04")
    window.show_meeting_page(4)
    panel = window.view.cafe.page().rotation
    qtbot.waitUntil(lambda: panel.meeting_id == meeting_id)
    assert not panel.generate_button.isEnabled()
    assert panel.blocker.isVisibleTo(panel) and "No participants yet" in panel.blocker.text()
    for i in range(35):
        edits.add_participant(window.document, f"Person {i:02d}", meeting_id=meeting_id)
    qtbot.waitUntil(lambda: "35 people come" in panel.blocker.text())
    seats = sum(t.seats for t in window.document.store.list(CafeTable, "meeting_id = ?", (meeting_id,)))
    assert f"tables have {seats} seats" in panel.blocker.text() and not panel.generate_button.isEnabled()
    for _ in range(35 - 24):
        window.undo()
    qtbot.waitUntil(panel.generate_button.isEnabled)
    assert not panel.blocker.isVisibleTo(panel)
    assert "No table hosts chosen yet" in panel.hosts.text() and "Table 1" in panel.hosts.text()
    page = window.view.cafe.page()
    host = window.document.store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))[0].participant_id
    assert page.tables.model.setData(page.tables.model.index(0, 2), host, Qt.ItemDataRole.EditRole)
    name = window.document.participant_name(host)
    qtbot.waitUntil(lambda: f"Table 1: {name}" in panel.hosts.text())
    assert "Without one: Table 2" in panel.hosts.text()
    panel.generate_button.click()
    assert window.document.store.count(Seat) > 0


def test_one_participant_count_on_every_tab(qtbot, opened, switcher):
    """The attendance tab, the harvest's voters and the café's seating count the same people
    (issue 15: three tabs said 32, 35 and 30 for one meeting)."""
    from facilitator.ui.harvest import harvest_edits as he

    window = opened
    meeting_id = window.add_meeting("world_cafe", "Café", "2027-02-04")
    for i in range(6):
        edits.add_participant(window.document, f"Person {i}", meeting_id=meeting_id)
    edits.add_participant(window.document, "Mona Moderator", meeting_id=meeting_id, role="moderator")
    store = window.document.store
    absent = store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))[0]
    window.show_meeting_page(1)
    page = window.view.attendance.page()
    qtbot.waitUntil(lambda: page.meeting_id == meeting_id)
    assert page.model.setData(page.model.index(page.model.row_of(absent.id), 3), "absent", Qt.ItemDataRole.EditRole)
    switcher.set_language("sv")
    qtbot.waitUntil(lambda: page.summary.text() == "5 deltagare · 7 på listan")
    assert he.effective_voters(window.document, meeting_id) == 5
    _meeting, cafe = load_cafe(window.document, meeting_id)
    assert len(cafe.setup().people) == 5
