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
    closed, free = page.answer_rows["1.1"]
    assert closed.currentData() == "yes" and "ECCAR" in free.text()
    free.setText("Kommunfullmäktiges beslut om ECCAR 2026, § 142.")
    free.editingFinished.emit()
    assert repo.answers_of(demo.store, page.assessment_id)["1.1"].text.endswith("§ 142.")
