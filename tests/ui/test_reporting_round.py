"""A reporting round from the action plan page: the forms written through the dialog, filled
in with openpyxl, read back in child processes, previewed, and read in as one undo step;
a bad form shows its file and row and cannot be read in."""

from __future__ import annotations

from facilitator.domain.entities import Measure, MeasureStatusChange
from facilitator.domain.reporting_round import FIRST_ROW
from facilitator.domain.vocabulary import MeasureStatus as S
from facilitator.export.followup_forms import status_label
from facilitator.storage import measures_repo as repo
from facilitator.ui.plan.action_plan_page import ActionPlanPage
from facilitator.ui.plan.measure_editor import MeasureEditor
from facilitator.ui.plan.reporting_round import ExportFormsDialog

from ..followup_filling import fill


def _fill_first(path, **cells) -> int:
    return fill(path, **cells)


def _export(qtbot, demo, tmp_path):
    dialog = ExportFormsDialog(demo, tmp_path / "formulär")
    qtbot.addWidget(dialog)
    dialog.round_edit.setText("Uppföljning maj 2027")
    assert dialog.export()
    return dialog.written


def test_forms_out_and_back_in_as_one_undo_step(qtbot, demo, tmp_path):
    page = ActionPlanPage(demo)
    qtbot.addWidget(page)
    written = _export(qtbot, demo, tmp_path)
    assert len(written) == 7
    social = next(p for p in written if p.name.endswith("Socialförvaltningen.xlsx"))
    measure_id = _fill_first(social, new_status=status_label(S.DONE), note="Öppnad i april.", value="3 orter")
    shown = []

    def preview(dialog):
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert dialog.apply_button.isEnabled() and not dialog.problems.isVisible()
        return True

    rows = demo.store.count(MeasureStatusChange)
    assert page.read_forms(written, preview=preview)
    table = shown[0].table
    assert table.rowCount() == 1
    assert table.item(0, 0).text().startswith("3.1 ")
    assert "Socialförvaltningen" in table.item(0, 1).text() and "Uppföljning maj 2027" in table.item(0, 1).text()
    assert "Done" in table.item(0, 3).text() and "3 orter" in table.item(0, 3).text()
    assert demo.store.get(Measure, measure_id).status == S.DONE
    assert demo.store.count(MeasureStatusChange) == rows + 1
    assert demo.undo_stack.count() == 1

    editor = MeasureEditor(demo, measure_id)
    qtbot.addWidget(editor)
    reported = [editor.history.item(r, 2).text() for r in range(editor.history.rowCount())]
    assert "Uppföljning maj 2027, Socialförvaltningen" in reported
    notes = [editor.history.item(r, 3).text() for r in range(editor.history.rowCount())]
    assert any("Öppnad i april." in n and "3 orter" in n for n in notes)

    demo.undo_stack.undo()
    assert demo.store.get(Measure, measure_id).status != S.DONE
    assert demo.store.count(MeasureStatusChange) == rows
    demo.undo_stack.redo()
    assert demo.store.get(Measure, measure_id).status == S.DONE

    shown.clear()

    def again(dialog):
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return True

    page.read_forms([social], preview=again)
    assert demo.undo_stack.count() == 1
    assert not shown[0].apply_button.isEnabled()
    assert shown[0].table.item(0, 3).text() == "already read in"
    assert demo.store.count(MeasureStatusChange) == rows + 1


def test_a_bad_form_names_file_and_row_and_reads_in_nothing(qtbot, demo, tmp_path):
    page = ActionPlanPage(demo)
    qtbot.addWidget(page)
    written = _export(qtbot, demo, tmp_path)
    social = next(p for p in written if p.name.endswith("Socialförvaltningen.xlsx"))
    _fill_first(social, note="=1+1")
    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(b"PK\x03\x04 inte en arbetsbok")
    shown = []

    def preview(dialog):
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return True

    before = [m.to_row() for m in demo.store.list(Measure)]
    assert not page.read_forms([*written, broken], preview=preview)
    dialog = shown[0]
    problems = [dialog.problems.item(r).text() for r in range(dialog.problems.count())]
    assert problems == [f"{social.name}, row {FIRST_ROW}: a cell holds a formula (=1+1). Write the value itself "
                        "instead.",
                        "trasig.xlsx: the file could not be read as an Excel workbook (.xlsx); it may be damaged or "
                        "of another kind."]
    assert not dialog.apply_button.isEnabled()
    assert [m.to_row() for m in demo.store.list(Measure)] == before
    assert demo.undo_stack.count() == 0


def test_the_history_shows_round_and_department(qtbot, demo):
    measure_id = repo.list_measures(demo.store)[0].id
    editor = MeasureEditor(demo, measure_id)
    qtbot.addWidget(editor)
    assert editor.history.columnCount() == 4
    assert editor.history.horizontalHeaderItem(2).text() == "Reported in"


def test_cancel_ends_the_reading_at_once_and_reads_in_nothing(qtbot, demo, tmp_path):
    from PySide6.QtCore import QTimer

    from facilitator.ui.plan.reporting_round import FormsReading

    written = _export(qtbot, demo, tmp_path)
    reading = FormsReading(written, None)
    qtbot.addWidget(reading)
    started = []

    def cancel():
        started.append(reading.child is not None and reading.child.process.pid is not None)
        reading.canceled.emit()  # what the Cancel button does

    QTimer.singleShot(0, cancel)
    assert reading.run() is None
    assert started == [True] and reading.child is None and len(reading.forms) < len(written)
    assert demo.undo_stack.count() == 0
