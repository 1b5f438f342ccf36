"""Reminders: the follow-up calendar as an .ics file, read back by a real iCalendar parser
(``icalendar.Calendar.from_ical``) and checked line by line."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from facilitator import actions
from facilitator.actions import follow_up_rhythm as edit
from facilitator.domain.entities import Measure, Meeting, PlanStageChange
from facilitator.export.calendar import PRODID, gather_calendar, write_calendar
from facilitator.export.job import ExportError, ExportJob, Kind, run_job
from facilitator.storage.process_store import ProcessStore

TODAY = date(2027, 9, 20)
HOSTILE = "Språkcafé; Öppet för alla, även\nnya\r\nvänner \\ \"citat\" ,;: 🙂\x07\x00\x1b[31m"
SHOWN = HOSTILE.replace("\x07", "").replace("\x00", "").replace("\x1b", "")


@pytest.fixture
def process(tmp_path) -> Path:
    path = tmp_path / "Uppföljning.facilitator"
    store = ProcessStore.create(path, "Handlingsplan mot rasism", "Testkommun")
    try:
        store.insert(Meeting(format="committee", title="Kommittén, september", date="2027-09-14",
                             start_time="09:00", end_time="10:30", place="Stadshuset, sal 3"))
        store.insert(Meeting(format="committee", title="Kommittén, oktober", date="2027-10-12",
                             start_time="09:00", end_time="10:30"))
        store.insert(Measure(title=HOSTILE, owner="Åsa Lindqvist", department="Kultur- och fritidsförvaltningen",
                             due_date="2027-08-31", status="ongoing", eccar_point=4))
        store.insert(Measure(title="Situationstester", owner="Jonas Bergström", department="Kommunledningskontoret",
                             due_date="2028-02-29", status="decided", eccar_point=2))
        store.insert(Measure(title="Klar sedan länge", due_date="2027-03-31", status="done"))
        store.insert(PlanStageChange(stage="adopted", date="2027-06-14"))
    finally:
        store.close()
    return path


def _export(process: Path, out: Path) -> icalendar.Calendar:
    run_job(ExportJob(Kind.CALENDAR, process, out, today=TODAY.isoformat()))
    return icalendar.Calendar.from_ical(out.read_bytes())


def test_the_calendar_parses_and_has_one_event_per_item_in_swedish(swedish, process, tmp_path):
    parsed = _export(process, tmp_path / "påminnelser.ics")
    assert str(parsed["VERSION"]) == "2.0" and str(parsed["PRODID"]) == PRODID
    events = parsed.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids)), "no duplicates"
    from facilitator.storage.process_store import open_read_only

    store = open_read_only(process)
    try:
        assert len(events) == len(gather_calendar(store, TODAY).calendar.items)
    finally:
        store.close()
    summaries = {str(event["SUMMARY"]) for event in events}
    assert "Klart senast: Situationstester" in summaries
    assert "Rapport till ECCAR" in summaries and "Revidering av planen" in summaries
    assert any(s.startswith("Uppföljning 2 2027") for s in summaries), summaries
    assert not any("Klar sedan länge" in s for s in summaries)  # done: no reminder
    (deadline,) = [e for e in events if "Situationstester" in str(e["SUMMARY"])]
    assert deadline["DTSTART"].dt == date(2028, 2, 29) and deadline.decoded("DTEND") == date(2028, 3, 1)
    raw = (tmp_path / "påminnelser.ics").read_bytes()
    assert b"DTSTART;VALUE=DATE:20280229\r\n" in raw and b"DTEND;VALUE=DATE:20280301\r\n" in raw  # all-day
    description = str(deadline["DESCRIPTION"])
    assert "Ansvarig: Jonas Bergström" in description and "Förvaltning: Kommunledningskontoret" in description
    (meeting,) = [e for e in events if str(e["SUMMARY"]) == "Kommittén, oktober"]
    assert meeting["DTSTART"].dt == datetime(2027, 10, 12, 9, 0) and meeting["DTEND"].dt == datetime(2027, 10, 12, 10, 30)
    assert b"DTSTART:20271012T090000\r\n" in raw  # the meeting's local time, as the coordinator typed it
    assert all(isinstance(event["DTSTAMP"].dt, datetime) and event["DTSTAMP"].dt.tzinfo is not None for event in events)


def test_hostile_titles_survive_and_the_file_is_outlook_shaped(swedish, process, tmp_path):
    out = tmp_path / "kalender.ics"
    parsed = _export(process, out)
    (event,) = [e for e in parsed.walk("VEVENT") if "Språkcafé" in str(e["SUMMARY"])]
    assert str(event["SUMMARY"]) == "Klart senast: " + " ".join(SHOWN.split())  # one line in a calendar's list
    assert SHOWN.replace("\r\n", "\n") in str(event["DESCRIPTION"])
    raw = out.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines), "folded at 75 octets"
    assert b"\\;" in raw and b"\\," in raw  # text escaped, not structure
    assert not any(byte < 32 and byte not in (9, 10, 13) for byte in raw), "no control characters"


def test_uids_are_stable_across_exports_and_a_changed_measure_gets_a_higher_sequence(english, process, tmp_path):
    first = _export(process, tmp_path / "1.ics")
    second = _export(process, tmp_path / "2.ics")
    by_uid = lambda cal: {str(e["UID"]): e for e in cal.walk("VEVENT")}  # noqa: E731
    assert set(by_uid(first)) == set(by_uid(second))
    store = ProcessStore.open(process)
    try:
        measure = next(m for m in store.list(Measure) if m.title == "Situationstester")
        before = int(by_uid(first)[next(u for u in by_uid(first) if u.startswith(f"measure-{measure.id}."))]["SEQUENCE"])
        from facilitator.actions import measures as measure_edits

        actions.perform(store, measure_edits.update_measure(store, measure.id, due_date="2028-03-15"))
        actions.perform(store, edit.set_rhythm(store, "rounds_per_year", 4))
    finally:
        store.close()
    third = by_uid(_export(process, tmp_path / "3.ics"))
    uid = next(u for u in third if u.startswith(f"measure-{measure.id}."))
    assert uid in by_uid(first), "the same measure keeps its UID when its deadline moves"
    assert third[uid]["DTSTART"].dt == date(2028, 3, 15)
    assert int(third[uid]["SEQUENCE"]) > before
    rounds = sorted((e["DTSTART"].dt, str(e["SUMMARY"])) for e in third.values() if "report" in str(e["SUMMARY"]))
    assert rounds[:2] == [(date(2027, 9, 30), "Follow-up 3 2027: the departments report"),
                          (date(2027, 12, 31), "Follow-up 4 2027: the departments report")]


def test_the_written_file_is_complete_or_absent(english, process, tmp_path):
    out = tmp_path / "saknas" / "kalender.ics"
    with pytest.raises(ExportError) as caught:
        run_job(ExportJob(Kind.CALENDAR, process, out, today=TODAY.isoformat()))
    assert caught.value.code == "folder_missing"
    with pytest.raises(ExportError) as caught:
        run_job(ExportJob(Kind.CALENDAR, process, process, today=TODAY.isoformat()))
    assert caught.value.code == "onto_process"
    assert sorted(p.name for p in tmp_path.iterdir()) == [process.name], "no temporary file left"


def test_an_empty_process_still_writes_a_valid_calendar(english, tmp_path):
    path = tmp_path / "tom.facilitator"
    ProcessStore.create(path, "Tom").close()
    out = tmp_path / "tom.ics"
    from facilitator.storage.process_store import open_read_only

    store = open_read_only(path)
    try:
        write_calendar(gather_calendar(store, TODAY), out, now=datetime(2027, 9, 20, 8, 0, tzinfo=UTC))
    finally:
        store.close()
    parsed = icalendar.Calendar.from_ical(out.read_bytes())
    events = parsed.walk("VEVENT")
    # the first committee meeting, proposed for today, then the reporting rounds
    assert [(e["DTSTART"].dt, str(e["SUMMARY"])) for e in events][:2] == [
        (TODAY, "Committee meeting (to be called)"), (date(2027, 12, 31), "Follow-up 2 2027: the departments report")]
    assert {e["DTSTAMP"].dt for e in events} == {datetime(2027, 9, 20, 8, 0, tzinfo=UTC)}
