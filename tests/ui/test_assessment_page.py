"""The Assessment page of a self-assessment meeting, offscreen: start, rate, attach evidence,
confirm and undo, each one step on the undo stack."""

from PySide6.QtCore import Qt

from facilitator.domain.assessment import Status
from facilitator.domain.entities import Meeting
from facilitator.storage import assessment as repo
from facilitator.ui.meeting.assessment_page import AssessmentPage

from .conftest import show_page


def _factor(document, assessment_id, theme):
    return next(f for f in repo.key_factors(document.store, assessment_id) if f.theme == theme)


def _choose(page, theme):
    for row in range(page.factors.count()):
        if page.factors.item(row).data(Qt.ItemDataRole.UserRole) == theme:
            page.factors.setCurrentRow(row)
            return
    raise AssertionError(theme)


def test_a_new_self_assessment_starts_rates_attaches_confirms_and_undoes(qtbot, document):
    meeting = document.store.insert(Meeting(title="Självskattning", format="self_assessment", date="2027-05-11"))
    page = show_page(qtbot, AssessmentPage(document))
    page.show_meeting(meeting.id)
    assert page.start_box.isVisible() and not page.body.isVisible()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.body.isVisible() and page.factors.count() == 13
    assessment_id = page.assessment_id

    _choose(page, 2)
    page.rating.setCurrentIndex(page.rating.findData("partly"))
    page.rating.activated.emit(page.rating.currentIndex())
    assert _factor(document, assessment_id, 2).status is Status.PRELIMINARY
    assert "preliminär" in page.factors.currentItem().text() or "preliminary" in page.factors.currentItem().text()
    assert page.confirm.isEnabled()

    steps = document.undo_stack.count()
    assert page.attach_evidence({"kind": "annual_report", "title": "Årsredovisning 2026", "date": "2027-02-28",
                                 "reference": "KS 2027/112", "notes": "", "meeting_id": None})
    assert document.undo_stack.count() == steps + 1
    assert _factor(document, assessment_id, 2).status is Status.SETTLED
    assert page.evidence.count() == 1 and not page.confirm.isEnabled()
    document.undo_stack.undo()
    assert _factor(document, assessment_id, 2).status is Status.PRELIMINARY
    assert page.evidence.count() == 0

    qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
    assert _factor(document, assessment_id, 2).confirmed
    document.undo_stack.undo()
    assert not _factor(document, assessment_id, 2).confirmed


def test_a_refused_edit_says_why_and_changes_nothing(qtbot, document, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    meeting = document.store.insert(Meeting(title="Självskattning", format="self_assessment"))
    page = show_page(qtbot, AssessmentPage(document))
    page.show_meeting(meeting.id)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    _choose(page, 1)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    steps = document.undo_stack.count()
    assert not page.attach_evidence({"kind": "interview", "title": "Intervju", "date": "10 mars", "reference": "",
                                     "notes": "", "meeting_id": None})
    assert said == ["Write the date as YYYY-MM-DD, for example 2027-03-04."]
    assert document.undo_stack.count() == steps


def test_the_demo_assessment_shows_its_ratings_and_a_question_answered(qtbot, demo):
    meeting = next(m for m in demo.store.list(Meeting) if m.format == "self_assessment")
    page = show_page(qtbot, AssessmentPage(demo))
    page.show_meeting(meeting.id)
    assert [page.factors.item(r).data(Qt.ItemDataRole.UserRole) for r in range(page.factors.count())] == [1, 3, 7, 13]
    _choose(page, 1)
    closed, free, _heard = page.answer_rows["1.1"]
    assert closed.currentData() == "yes" and "ECCAR" in free.text()
    free.setText("Kommunfullmäktiges beslut om ECCAR 2026, § 142.")
    free.editingFinished.emit()
    assert repo.answers_of(demo.store, page.assessment_id)["1.1"].text.endswith("§ 142.")


def test_a_cafe_takes_a_theme_per_table_and_the_capture_page_notes_answers_on_its_questions(qtbot, document):
    """The room: each café table takes a theme; at the table the capture page offers that theme's
    guiding questions; a note goes under its question; the plenary then agrees the rating."""
    from facilitator.domain.entities import CafeTable, Contribution
    from facilitator.domain.vocabulary import MeetingFormat
    from facilitator.ui.capture.capture_page import CapturePage
    from facilitator.ui.meeting import meeting_edits

    meeting_id = meeting_edits.add_meeting(document, MeetingFormat.WORLD_CAFE, "Självskattning som café")
    tables = document.store.list(CafeTable, "meeting_id = ?", (meeting_id,), order_by="position")
    page = show_page(qtbot, AssessmentPage(document))
    page.show_meeting(meeting_id)
    assert page.start_box.isVisible()
    page.start_mode.setCurrentIndex(page.start_mode.findData("internal"))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    page.parts.setCurrentIndex(1)
    combo = page.setup.table_combos[tables[1].id]
    combo.setCurrentIndex(combo.findData(8))
    combo.activated.emit(combo.currentIndex())
    assert repo.table_themes_of(document.store, page.assessment_id) == {tables[1].id: 8}

    capture = CapturePage(document)
    qtbot.addWidget(capture)
    capture.show_meeting(meeting_id)
    capture.resize(1280, 720)
    capture.show()
    capture.table_combo.setCurrentIndex(capture.table_combo.findData(tables[1].id))
    choice = capture.assessment_choice
    offered = [choice.combo.itemData(i) for i in range(1, choice.combo.count())]
    assert offered == ["8.1", "8.2", "8.3", "8.4", "8.5"]  # only the table's theme
    choice.combo.setCurrentIndex(choice.combo.findData("8.2"))
    capture.entry.setPlainText("Utbildningen är frivillig och når mest dem som redan är intresserade.")
    steps = document.undo_stack.count()
    new_id = capture.submit()
    assert new_id is not None and document.undo_stack.count() == steps + 1
    assert document.store.get(Contribution, new_id).table_id == tables[1].id

    page.parts.setCurrentIndex(0)
    _choose(page, 8)
    _closed, _free, heard = page.answer_rows["8.2"]
    assert "frivillig" in heard.text() and heard.isVisibleTo(page)
    document.undo_stack.undo()
    assert not heard.isVisibleTo(page) and document.store.get(Contribution, new_id) is None

    # the closing plenary agrees the rating, by consensus
    page.rating.setCurrentIndex(page.rating.findData("partly"))
    page.rating.activated.emit(page.rating.currentIndex())
    page.decided_how.setCurrentIndex(page.decided_how.findData("consensus"))
    page.decided_how.activated.emit(page.decided_how.currentIndex())
    stored = repo.ratings_of(document.store, page.assessment_id)[8]
    assert (stored.rating, stored.decided_how) == ("partly", "consensus")


def test_the_export_dialog_writes_the_self_assessment_report(qtbot, demo, tmp_path):
    from facilitator.export.job import Kind
    from facilitator.ui.export_dialog import ExportDialog

    meeting = next(m for m in demo.store.list(Meeting) if m.format == "self_assessment")
    cafe = next(m for m in demo.store.list(Meeting) if m.format == "world_cafe")
    dialog = ExportDialog(demo, cafe.id)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.SELF_ASSESSMENT))
    assert "holds no self-assessment" in dialog.status.text()
    dialog.meeting_box.setCurrentIndex(dialog.meeting_box.findData(meeting.id))
    assert dialog.status.text() == ""
    job = dialog.job()
    assert (job.kind, job.meeting_id, job.out_path.suffix) == (Kind.SELF_ASSESSMENT, meeting.id, ".docx")


def test_evidence_opens_whole_and_an_edit_is_one_undo_step(qtbot, demo):
    from facilitator.ui.meeting.assessment_page import EvidenceDialog

    meeting = next(m for m in demo.store.list(Meeting) if m.format == "self_assessment")
    page = show_page(qtbot, AssessmentPage(demo))
    page.show_meeting(meeting.id)
    _choose(page, 7)
    interview = next(e for e in repo.evidence_of(demo.store, page.assessment_id, 7) if e.kind == "interview")
    dialog = EvidenceDialog(demo.store.list(Meeting))
    qtbot.addWidget(dialog)
    dialog.show_values(interview)
    assert dialog.notes.toPlainText() == interview.notes  # the interview notes, whole
    values = dialog.values()
    values["reference"] = "Anteckningar, Elin Åkesson (diarieförda)"
    steps = demo.undo_stack.count()
    assert page.edit_evidence(interview.id, values)
    assert demo.undo_stack.count() == steps + 1
    assert "diarieförda" in page.evidence.item(1).text()
    demo.undo_stack.undo()
    assert "diarieförda" not in page.evidence.item(1).text()


def test_a_later_meeting_of_a_series_continues_the_assessment(qtbot, demo):
    from facilitator.ui.meeting import meeting_edits

    first = next(m for m in demo.store.list(Meeting) if m.format == "self_assessment")
    later = meeting_edits.add_meeting(demo, "self_assessment", "Självskattning, träff 2")
    page = show_page(qtbot, AssessmentPage(demo))
    page.show_meeting(later)
    assert page.continue_row.isVisible() and page.continue_from.count() == 1
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert page.body.isVisible() and page.continued.isVisible() and first.title in page.continued.text()
    assert page.factors.count() == 4  # the same key factors, with their ratings
    demo.undo_stack.undo()
    assert page.start_box.isVisible() and not page.body.isVisible()


def test_the_key_factor_shows_its_rationale_and_the_cities_examples(qtbot, demo):
    meeting = next(m for m in demo.store.list(Meeting) if m.format == "self_assessment")
    page = show_page(qtbot, AssessmentPage(demo))
    page.show_meeting(meeting.id)
    _choose(page, 1)
    assert "Nantes, Oslo" in page.statement.text()
    assert "OXLO" in page.statement.toolTip() and "hela samhället" in page.statement.toolTip()
