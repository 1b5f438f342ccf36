"""The self-assessment's edits without Qt: each one step that undoes itself, the rules refusing
what does not fit."""

import pytest

from facilitator import actions
from facilitator.actions import assessment as edit
from facilitator.domain.assessment import Status
from facilitator.domain.entities import Assessment, CafeTable, Evidence, FactorRating, Meeting
from facilitator.domain.framework import FrameworkError
from facilitator.storage import assessment as repo


@pytest.fixture
def meeting_id(store):
    return store.insert(Meeting(title="Självskattning", format="self_assessment", date="2027-03-10")).id


@pytest.fixture
def assessment_id(store, meeting_id):
    action = edit.start(store, meeting_id, scope=(1, 3, 13))
    actions.perform(store, action)
    return action.inserted[0].id


def _factor(store, assessment_id, theme):
    return next(f for f in repo.key_factors(store, assessment_id) if f.theme == theme)


def test_only_a_self_assessment_meeting_holds_one_and_only_one(store, meeting_id, assessment_id):
    other = store.insert(Meeting(title="Arbetsgrupp", format="workshop")).id
    with pytest.raises(actions.Invalid) as raised:
        edit.start(store, other)
    assert raised.value.code == edit.NOT_SELF_ASSESSMENT
    with pytest.raises(actions.Invalid) as raised:
        edit.start(store, meeting_id)
    assert raised.value.code == edit.ALREADY_STARTED
    assert [f.theme for f in repo.key_factors(store, assessment_id)] == [1, 3, 13]


def test_a_rating_is_preliminary_until_evidence_is_attached_and_undo_takes_it_back(store, assessment_id):
    actions.perform(store, edit.rate(store, assessment_id, 3, rating="partly", reasoning=" Ansvar finns men inte medel. "))
    factor = _factor(store, assessment_id, 3)
    assert (factor.rating, factor.status, factor.gap) == ("partly", Status.PRELIMINARY, True)
    attach = edit.add_evidence(store, assessment_id, 3, "annual_report", "Årsredovisning 2026", date="2027-02-28",
                               reference="KS 2027/112")
    actions.perform(store, attach)
    assert _factor(store, assessment_id, 3).status is Status.SETTLED
    assert [f.theme for f in repo.gaps(store, assessment_id)] == [3]
    actions.revert(store, attach)
    assert _factor(store, assessment_id, 3).status is Status.PRELIMINARY
    assert repo.ratings_of(store, assessment_id)[3].reasoning == "Ansvar finns men inte medel."


def test_the_coordinator_confirms_and_a_new_rating_is_preliminary_again(store, assessment_id):
    actions.perform(store, edit.rate(store, assessment_id, 1, rating="true", decided_how="consensus"))
    confirm = edit.confirm(store, assessment_id, 1)
    actions.perform(store, confirm)
    assert _factor(store, assessment_id, 1).status is Status.SETTLED
    actions.perform(store, edit.rate(store, assessment_id, 1, rating="partly"))
    assert _factor(store, assessment_id, 1).status is Status.PRELIMINARY
    with pytest.raises(actions.NothingToChange):
        edit.rate(store, assessment_id, 1, rating="partly")


def test_ratings_outside_the_scope_or_of_unknown_values_are_refused(store, assessment_id):
    with pytest.raises(actions.Invalid) as raised:
        edit.rate(store, assessment_id, 7, rating="true")
    assert raised.value.code == edit.OUT_OF_SCOPE
    with pytest.raises(actions.Invalid):
        edit.rate(store, assessment_id, 1, rating="maybe")
    with pytest.raises(actions.Invalid):
        edit.confirm(store, assessment_id, 13)  # nothing rated yet


def test_closed_and_open_questions(store, assessment_id):
    actions.perform(store, edit.answer(store, assessment_id, "1.1", answer="yes", text="Antaget av KF 2025."))
    with pytest.raises(actions.Invalid) as raised:
        edit.answer(store, assessment_id, "1.3", answer="yes")
    assert raised.value.code == edit.OPEN_QUESTION
    actions.perform(store, edit.answer(store, assessment_id, "1.3", text="Via webben och lokalradion."))
    answers = repo.answers_of(store, assessment_id)
    assert (answers["1.1"].answer, answers["1.3"].text) == ("yes", "Via webben och lokalradion.")


def test_evidence_can_be_the_minutes_of_an_earlier_meeting_and_needs_a_valid_date(store, assessment_id):
    earlier = store.insert(Meeting(title="Dialogmöte med föreningar", date="2027-02-10")).id
    action = edit.add_evidence(store, assessment_id, 13, "meeting_minutes", meeting_id=earlier)
    actions.perform(store, action)
    item = repo.evidence_of(store, assessment_id, 13)[0]
    assert (item.title, item.date, item.meeting_id) == ("Dialogmöte med föreningar", "2027-02-10", earlier)
    with pytest.raises(actions.Invalid) as raised:
        edit.add_evidence(store, assessment_id, 13, "interview", "Intervju", date="10 mars")
    assert raised.value.code == edit.BAD_DATE
    with pytest.raises(actions.Invalid):
        edit.add_evidence(store, assessment_id, 13, "interview", "  ")
    notes = "Fråga 1: …\n\nSvar: hela anteckningen, ordagrant.\n"
    actions.perform(store, edit.add_evidence(store, assessment_id, 13, "interview", "Intervju HR-chef", notes=notes))
    assert repo.evidence_of(store, assessment_id, 13)[1].notes == notes.strip()
    remove = edit.remove_evidence(store, item.id)
    actions.perform(store, remove)
    actions.revert(store, remove)
    assert store.get(Evidence, item.id) == item


def test_a_baseline_must_be_earlier(store, assessment_id):
    later_meeting = store.insert(Meeting(title="Uppföljning", format="self_assessment", date="2028-03-10")).id
    start = edit.start(store, later_meeting, scope=(1, 3))
    actions.perform(store, start)
    later = start.inserted[0].id
    actions.perform(store, edit.set_baseline(store, later, assessment_id))
    assert store.get(Assessment, later).baseline_id == assessment_id
    with pytest.raises(actions.Invalid) as raised:
        edit.set_baseline(store, assessment_id, later)
    assert raised.value.code == edit.BAD_BASELINE


def test_scope_group_context_and_table_themes(store, meeting_id, assessment_id):
    with pytest.raises(actions.Invalid):
        edit.set_scope(store, assessment_id, ())
    actions.perform(store, edit.set_scope(store, assessment_id, tuple(range(1, 14))))
    assert store.get(Assessment, assessment_id).scope == ""
    actions.perform(store, edit.add_member(store, assessment_id, "Karin Ek", "lead_expert", "Malmö stad"))
    with pytest.raises(actions.Invalid):
        edit.add_member(store, assessment_id, " ")
    actions.perform(store, edit.set_context(store, assessment_id, 5, "Budgeten minskade 2026."))
    assert repo.context_of(store, assessment_id)[5].note == "Budgeten minskade 2026."
    table = store.insert(CafeTable(meeting_id=meeting_id, name="Bord 1")).id
    give = edit.set_table_theme(store, assessment_id, table, 7)
    actions.perform(store, give)
    assert repo.table_themes_of(store, assessment_id) == {table: 7}
    actions.revert(store, give)
    assert repo.table_themes_of(store, assessment_id) == {}


def test_a_municipalitys_own_framework_is_added_once(store):
    text = ('{"key": "egen", "name": "Egen lista", "themes": [{"number": 1, "title": "Bemötande", '
            '"key_factor": "Kommunen bemöter alla lika.", "questions": []}]}')
    actions.perform(store, edit.import_framework(store, text))
    assert [f.key for f in repo.frameworks(store)] == ["integrating_cities", "egen"]
    with pytest.raises(actions.Invalid) as raised:
        edit.import_framework(store, text)
    assert raised.value.code == edit.FRAMEWORK_EXISTS
    with pytest.raises(FrameworkError):
        edit.import_framework(store, "{}")


def test_deleting_the_meeting_takes_the_assessment_with_it_and_undo_brings_it_back(store, meeting_id, assessment_id):
    actions.perform(store, edit.rate(store, assessment_id, 1, rating="true"))
    delete = actions.Delete([(Meeting, meeting_id)])
    actions.perform(store, delete)
    assert store.count(FactorRating) == 0
    actions.revert(store, delete)
    assert repo.ratings_of(store, assessment_id)[1].rating == "true"


def test_a_note_captured_on_a_guiding_question_is_one_step(store, meeting_id, assessment_id):
    from facilitator.domain.entities import AssessmentNote, Contribution

    action = edit.note_on_question(store, assessment_id, "3.2", meeting_id, "Samordnaren har ingen egen budget.",
                                   "note")
    assert action.label == "Capture a note on a guiding question"
    actions.perform(store, action)
    notes = repo.notes_of(store, assessment_id)
    assert [c.text for c in notes["3.2"]] == ["Samordnaren har ingen egen budget."]
    actions.revert(store, action)
    assert store.count(Contribution) == 0 and store.count(AssessmentNote) == 0
    actions.perform(store, action)  # redo: the same rows again
    assert repo.notes_of(store, assessment_id)["3.2"][0].id == action.contribution_id
    assert edit.note_on_question(store, assessment_id, "3.2", meeting_id, "   ", "note") is None
    with pytest.raises(actions.Invalid):
        edit.note_on_question(store, assessment_id, "7.1", meeting_id, "Utanför", "note")  # theme 7 not in scope
    delete = actions.Delete([(Contribution, action.contribution_id)])
    actions.perform(store, delete)
    assert repo.notes_of(store, assessment_id) == {}
    actions.revert(store, delete)
    assert list(repo.notes_of(store, assessment_id)) == ["3.2"]


def test_a_series_of_meetings_continues_one_assessment(store, meeting_id, assessment_id):
    second = store.insert(Meeting(title="Självskattning, träff 2", format="self_assessment", date="2027-03-24")).id
    action = edit.continue_in(store, second, assessment_id)
    actions.perform(store, action)
    assert repo.assessment_of_meeting(store, second).id == assessment_id
    assert [m.id for m in repo.meetings_of(store, store.get(Assessment, assessment_id))] == [meeting_id, second]
    assert not repo.begun_in(store, second) and repo.begun_in(store, meeting_id)
    actions.perform(store, edit.note_on_question(store, assessment_id, "1.2", second, "Sägs sällan.", "note"))
    with pytest.raises(actions.Invalid) as raised:
        edit.start(store, second)
    assert raised.value.code == edit.ALREADY_STARTED
    actions.revert(store, action)
    assert repo.assessment_of_meeting(store, second) is None
    workshop = store.insert(Meeting(title="Arbetsgrupp", format="workshop")).id
    with pytest.raises(actions.Invalid):
        edit.continue_in(store, workshop, assessment_id)
