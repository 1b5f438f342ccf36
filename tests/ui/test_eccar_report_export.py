"""The report to ECCAR from the window: the plan page's button opens the export dialog on it,
the reporting period is chosen there (the last two years up to today unless changed), and the
report is written in the background in the language of the UI."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PySide6.QtCore import QDate

from facilitator.export.job import Kind
from facilitator.ui.export_dialog import ExportDialog
from facilitator.ui.plan.plan_page import PlanPage
from facilitator.ui.settings import Settings


def test_the_period_is_chosen_and_the_report_written(qtbot, demo, switcher, tmp_path):
    switcher.set_language("sv")
    dialog = ExportDialog(demo, None, None, kind=Kind.ECCAR_REPORT, settings=Settings.at(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind() == Kind.ECCAR_REPORT
    today = QDate.currentDate()
    assert dialog.period_end_edit.date() == today and dialog.period_start_edit.date() == today.addYears(-2)
    assert dialog.period_start_edit.isEnabled() and not dialog.meeting_box.isEnabled()
    assert Path(dialog.out_edit.text()).name.startswith("Rapport till ECCAR") and dialog.out_edit.text().endswith(
        ".docx")
    dialog.period_start_edit.setDate(QDate(2027, 6, 14))
    dialog.period_end_edit.setDate(QDate(2029, 6, 13))
    out = tmp_path / "eccar.docx"
    dialog.out_edit.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert dialog.written == out, dialog.status.text()
    document = Document(str(out))
    assert document.paragraphs[1].text == "Rapport till ECCAR"
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Rapportperiod"] == "14 juni 2027 – 13 juni 2029"
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.CATALOGUE))
    assert not dialog.period_start_edit.isEnabled() and not dialog.period_end_edit.isEnabled()


def test_a_period_backwards_is_explained_and_nothing_written(qtbot, demo, switcher, tmp_path):
    dialog = ExportDialog(demo, None, None, kind=Kind.ECCAR_REPORT, settings=Settings.at(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    dialog.period_start_edit.setDate(QDate(2029, 1, 1))
    dialog.period_end_edit.setDate(QDate(2028, 1, 1))
    out = tmp_path / "eccar.docx"
    dialog.out_edit.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert "not a period" in dialog.status.text() and not out.exists()


def test_the_plan_page_asks_for_the_report(qtbot, demo, switcher):
    page = PlanPage(demo)
    qtbot.addWidget(page)
    assert page.eccar_button.text() == "Report to &ECCAR…"
    with qtbot.waitSignal(page.eccarReportRequested, timeout=30000):
        page.eccar_button.click()


def test_the_window_opens_the_export_dialog_on_the_report(qtbot, window, demo_path, monkeypatch):
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self.kind()) or 0)
    assert window.open_process(demo_path)
    window.export_documents(eccar_report=True)
    assert opened == [Kind.ECCAR_REPORT]
