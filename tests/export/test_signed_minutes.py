"""Minutes that stay as signed, and minutes that record the meeting as it was (issue 13):
the measures agreed at the meeting as they stood at its end, "träff n av N" with the
follow-up of the series, the committee's follow-up table, no empty sections; a signed version
exported byte for byte whatever happens to the data later."""

from __future__ import annotations

import pytest

from facilitator import actions
from facilitator.actions import measures as measure_edits
from facilitator.actions import minutes as signing
from facilitator.domain.entities import Contribution, Measure, Meeting
from facilitator.export.docx_base import document_language
from facilitator.export.job import ExportError, ExportJob, Kind, run_job
from facilitator.export.minutes import minutes_document, write_minutes
from facilitator.export.report_data import gather_minutes, minutes_content, signed_as
from facilitator.storage import signed_minutes
from facilitator.storage.process_store import ProcessStore

from . import body_text, check_package, headings, rows_text, table_with_header


@pytest.fixture
def demo(demo_copy):
    opened = ProcessStore.open(demo_copy)
    yield opened
    opened.close()


def _meeting(store, title_start: str) -> Meeting:
    return next(m for m in store.list(Meeting) if m.title.startswith(title_start))


def _export(store, meeting_id, path, version="current"):
    job = ExportJob(kind=Kind.MINUTES, process_path=store.path, out_path=path, meeting_id=meeting_id, version=version)
    return check_package(run_job(job))


def _tables(document) -> list[list[list[str]]]:
    return [rows_text(table) for table in document.tables]


def _sign(store, meeting_id, version=1, signed_on="2027-04-20"):
    data = gather_minutes(store, meeting_id)
    document = minutes_document(signed_as(data, version, signed_on, ["Åsa Lindqvist", "Goran Petrović"],
                                          "KS 2027/45"))
    action = signing.sign_minutes(store, meeting_id, signed_on=signed_on, adjusters="Åsa Lindqvist\nGoran Petrović",
                                  dnr="KS 2027/45", content=minutes_content(data), document=document,
                                  version=version, language=document_language())
    actions.perform(store, action)
    return action


def _titles(data) -> list[str]:
    return [entry.measure.title for entry in data.measures]


# -- the measures agreed at the meeting, as they stood then ----------------------------------------


def test_each_meeting_lists_the_measures_agreed_there_as_they_stood_then(demo, english):
    cafe = gather_minutes(demo, _meeting(demo, "World Café").id)
    ws1 = gather_minutes(demo, _meeting(demo, "Arbetsgrupp HR och rekrytering, träff 1").id)
    ws3 = gather_minutes(demo, _meeting(demo, "Arbetsgrupp HR och rekrytering, träff 3").id)
    # the café: its own ten proposals, none from later workshops, no June decision
    assert len(cafe.measures) == 10
    assert {e.measure.origin_meeting_id for e in cafe.measures} == {cafe.meeting.id}
    assert {e.measure.status for e in cafe.measures} == {"proposed"}
    assert not any(c.date > cafe.meeting.date for e in cafe.measures for c in e.history)
    # the measure decided at the third workshop is in its minutes, decided, with its owner
    decided = next(e.measure for e in ws3.measures if e.measure.title.startswith("Lediga jobb"))
    assert (decided.status, decided.owner) == ("decided", "Lena Holmberg") and decided.result == ""
    # and stands as a mere proposal in the first workshop's minutes, where it was made
    proposed = next(e.measure for e in ws1.measures if e.measure.title.startswith("Lediga jobb"))
    assert (proposed.status, proposed.owner, proposed.resources) == ("proposed", "", "")


def test_a_measure_decided_at_a_later_meeting_never_appears_in_an_earlier_meeting_s_minutes(demo, english):
    cafe = _meeting(demo, "World Café")
    focus = _meeting(demo, "Fokusgrupp")
    committee = _meeting(demo, "Genomförandekommittén")
    before = {m.id: gather_minutes(demo, m.id) for m in (cafe, focus)}
    # a new measure made at the committee, and a café proposal decided there
    create = measure_edits.create_measure(demo, title="Ny åtgärd från kommittén", meeting_id=committee.id,
                                          on=committee.date)
    actions.perform(demo, create)
    proposal = next(m for m in demo.list(Measure) if m.title.startswith("Krav på likabehandling"))
    actions.perform(demo, measure_edits.update_measure(demo, proposal.id, owner="Ewa Kowalska",
                                                       department="Kommunledningskontoret", due_date="2028-06-30",
                                                       on=committee.date))
    actions.perform(demo, measure_edits.change_status(demo, proposal.id, "decided", on=committee.date,
                                                      meeting_id=committee.id))
    for meeting in (cafe, focus):
        after = gather_minutes(demo, meeting.id)
        assert "Ny åtgärd från kommittén" not in _titles(after) + [e.measure.title for e in after.follow_up]
        assert minutes_content(after) == minutes_content(before[meeting.id])
    cafe_entry = next(e for e in gather_minutes(demo, cafe.id).measures if e.measure.id == proposal.id)
    assert (cafe_entry.measure.status, cafe_entry.measure.owner) == ("proposed", "")
    at_committee = gather_minutes(demo, committee.id)
    assert {"Ny åtgärd från kommittén", proposal.title} <= set(_titles(at_committee))
    assert next(e for e in at_committee.measures if e.measure.id == proposal.id).measure.owner == "Ewa Kowalska"


# -- series and follow-up ----------------------------------------------------------------------------


def test_a_workshop_in_a_series_says_which_meeting_it_is_and_opens_with_the_follow_up(demo, english, tmp_path):
    ws1 = _meeting(demo, "Arbetsgrupp HR och rekrytering, träff 1")
    ws2 = _meeting(demo, "Arbetsgrupp HR och rekrytering, träff 2")
    first = check_package(write_minutes(gather_minutes(demo, ws1.id), tmp_path / "ws1.docx"))
    data = gather_minutes(demo, ws2.id)
    second = check_package(write_minutes(data, tmp_path / "ws2.docx"))
    assert ["Series", "Arbetsgrupp HR och rekrytering, meeting 1 of 3"] in rows_text(first.tables[0])
    assert ["Series", "Arbetsgrupp HR och rekrytering, meeting 2 of 3"] in rows_text(second.tables[0])
    assert "Follow-up from earlier meetings of the series" not in headings(first, 1)
    assert headings(second, 1)[:2] == ["Purpose and frame", "Follow-up from earlier meetings of the series"]
    follow_up = rows_text(table_with_header(second, "Measure"))
    assert [row[0].split("\n")[0] for row in follow_up[1:]] == ["6.1 Lediga jobb sprids via föreningar och studieförbund"]
    assert follow_up[1][0].split("\n")[1] == "2027-02-23: Förslag från arbetsgruppens första träff."  # the latest note then
    assert follow_up[1][4] == "Proposed"  # as it stood on 16 March, not as it is now (done)
    assert all(c.date <= ws2.date for e in data.follow_up for c in e.history)


def test_the_committee_s_follow_up_has_the_deadline_the_department_and_an_overdue_mark(demo, english, tmp_path):
    committee = _meeting(demo, "Genomförandekommittén")
    document = check_package(write_minutes(gather_minutes(demo, committee.id), tmp_path / "kommitte.docx"))
    table = rows_text(table_with_header(document, "Measure"))
    assert table[0] == ["Measure", "Owner", "Department", "Due", "Status"]
    reception = next(row for row in table if "Gemensam mottagning" in row[0])
    assert reception[2] == "Socialförvaltningen" and reception[3] == "2027-08-31"
    assert "Overdue *" in reception[4]
    assert "* Overdue: the deadline had passed on the day of the meeting." in body_text(document)
    on_time = next(row for row in table if "Utbildning i att ta emot" in row[0])
    assert "Overdue" not in on_time[4]


def test_only_a_format_with_cafe_tables_prints_the_main_points_from_the_tables(demo, english, tmp_path):
    for meeting in demo.list(Meeting):
        document = check_package(write_minutes(gather_minutes(demo, meeting.id), tmp_path / f"{meeting.id}.docx"))
        level2 = headings(document, 2)
        if meeting.format == "world_cafe":
            assert "Main points from the tables" in level2
        else:
            assert "Main points from the tables" not in level2
        text = body_text(document)
        assert "QR" not in text  # no published results page yet: nothing mentions one
        for heading in headings(document):
            assert heading.strip()


# -- signed minutes stay as signed -----------------------------------------------------------------------


def test_signed_minutes_are_exported_identically_after_later_edits(demo, english, tmp_path):
    ws3 = _meeting(demo, "Arbetsgrupp HR och rekrytering, träff 3")
    _sign(demo, ws3.id)
    signed_before = _export(demo, ws3.id, tmp_path / "justerat-1.docx", "signed")
    assert "These minutes were signed on 20 April 2027." in body_text(signed_before)
    assert "Åsa Lindqvist" in body_text(signed_before) and "KS 2027/45" in body_text(signed_before)
    # until something changes, the current minutes are the signed ones
    assert (_export(demo, ws3.id, tmp_path / "nu.docx") and (tmp_path / "nu.docx").read_bytes()
            == (tmp_path / "justerat-1.docx").read_bytes())

    # later: the meeting's purpose, a new note, a measure agreed there gets a new owner
    actions.perform(demo, actions.Update(Meeting, ws3.id, {"purpose": "Ett helt annat syfte."}))
    demo.insert(Contribution(meeting_id=ws3.id, kind="idea", text="En sen idé"))
    decided = next(m for m in demo.list(Measure) if m.title.startswith("Lediga jobb"))
    actions.perform(demo, measure_edits.update_measure(demo, decided.id, owner="Ny Ägare", on="2027-04-07"))

    signed_after = _export(demo, ws3.id, tmp_path / "justerat-2.docx", "signed")
    assert body_text(signed_after) == body_text(signed_before)
    assert _tables(signed_after) == _tables(signed_before)
    assert (tmp_path / "justerat-1.docx").read_bytes() == (tmp_path / "justerat-2.docx").read_bytes()
    current = _export(demo, ws3.id, tmp_path / "aktuellt.docx")
    assert "Ett helt annat syfte." in body_text(current) and "En sen idé" in body_text(current)
    assert "Ny Ägare" in body_text(current)
    assert "2, not signed yet (replaces version 1, signed 20 April 2027)" in body_text(current)
    assert minutes_content(gather_minutes(demo, ws3.id)) != signed_minutes.latest_signed(demo, ws3.id).content


def test_the_signed_minutes_do_not_change_when_nothing_in_the_meeting_changed(demo, english):
    ws3 = _meeting(demo, "Arbetsgrupp HR och rekrytering, träff 3")
    _sign(demo, ws3.id)
    # a change elsewhere in the process: another meeting, a later status of a measure
    cafe = _meeting(demo, "World Café")
    actions.perform(demo, actions.Update(Meeting, cafe.id, {"purpose": "Ändrat."}))
    pilot = next(m for m in demo.list(Measure) if m.title.startswith("Pilot med anonymiserat"))
    actions.perform(demo, measure_edits.change_status(demo, pilot.id, "done", on="2027-11-01"))
    assert minutes_content(gather_minutes(demo, ws3.id)) == signed_minutes.latest_signed(demo, ws3.id).content


def test_exporting_signed_minutes_that_were_never_signed_says_so(demo, english, tmp_path):
    ws3 = _meeting(demo, "Arbetsgrupp HR och rekrytering, träff 3")
    with pytest.raises(ExportError) as raised:
        _export(demo, ws3.id, tmp_path / "x.docx", "signed")
    assert raised.value.code == "not_signed"
    _sign(demo, ws3.id)
    with pytest.raises(ExportError) as raised:
        _export(demo, ws3.id, tmp_path / "x.docx", "2")
    assert raised.value.code == "unknown_version"
    assert not (tmp_path / "x.docx").exists()
    assert body_text(_export(demo, ws3.id, tmp_path / "v1.docx", "1"))
