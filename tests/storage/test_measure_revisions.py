"""A file from before revisions were kept: migration 0007 keeps each measure's fields as they
were then (undated), so the minutes of its earlier meetings keep showing the measure, with
the status it had then, after it is edited."""

from __future__ import annotations

from pathlib import Path

from facilitator import actions
from facilitator.actions import measures as measure_edits
from facilitator.domain.entities import Measure, Meeting
from facilitator.domain.meeting_record import as_it_stood
from facilitator.storage import measures_repo, schema
from facilitator.storage.process_store import ProcessStore


def a_version_6_file(path: Path) -> Path:
    """A process file as version 6 of the app wrote it, with a café and a measure from it."""
    from sqlite_utils import Database, Migrations

    older = Migrations(schema.MIGRATION_SET)
    for name, function in schema._steps()[:6]:
        older(name=name)(function)
    db = Database(path)
    older.apply(db)
    db.execute("INSERT INTO process (id, title) VALUES (1, 'Version 6')")
    db.execute("INSERT INTO meeting (id, title, format, date, share_token) VALUES (1, 'Café', 'world_cafe', '2027-02-04', 'a1')")
    db.execute("INSERT INTO meeting (id, title, format, date, share_token) VALUES (2, 'Kommittén', 'committee', '2027-09-14', 'b2')")
    db.execute("INSERT INTO measure (id, title, owner, department, due_date, status, origin_meeting_id, is_new) "
               "VALUES (1, 'Språkcaféer', 'Karin Ek', 'Kultur', '2027-12-31', 'decided', 1, 1)")
    db.execute("INSERT INTO measure_status_change (measure_id, status, date) VALUES (1, 'proposed', '2027-02-04')")
    db.execute("INSERT INTO measure_status_change (measure_id, status, date) VALUES (1, 'decided', '2027-06-14')")
    db.conn.commit()
    db.close()
    return path


def test_an_upgraded_file_keeps_its_measures_in_the_earlier_minutes_after_an_edit(tmp_path):
    store = ProcessStore.open(a_version_6_file(tmp_path / "version 6.facilitator"))
    try:
        [baseline] = measures_repo.revisions_of_measures(store, [1])
        assert (baseline.date, baseline.meeting_id) == ("", None)
        actions.perform(store, measure_edits.update_measure(store, 1, owner="Nina Pettersson", on="2027-10-01"))
        measure = store.get(Measure, 1)
        meetings = {m.id: m for m in store.list(Meeting)}
        revisions = measures_repo.revisions_of_measures(store, [1])
        history = measures_repo.status_history(store, 1)
        at_cafe = as_it_stood(measure, revisions, history, meetings[1], meetings)
        assert (at_cafe.status, at_cafe.owner, at_cafe.is_new) == ("proposed", "Karin Ek", True)
        at_committee = as_it_stood(measure, revisions, history, meetings[2], meetings)
        assert (at_committee.status, at_committee.owner) == ("decided", "Karin Ek")
        assert as_it_stood(measure, revisions, history, meetings[2].with_changes(date="2027-10-02"),
                           meetings).owner == "Nina Pettersson"
    finally:
        store.close()
