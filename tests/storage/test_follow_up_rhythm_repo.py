"""The follow-up settings (migration 0013) and the calendar's reads."""

from __future__ import annotations

from datetime import date

from facilitator.domain.entities import Measure, Meeting, PlanStageChange
from facilitator.domain.follow_up_rhythm import ItemKind, RhythmSettings
from facilitator.storage import follow_up_rhythm as repo
from facilitator.storage import schema
from facilitator.storage.process_store import ProcessStore, open_read_only

from .older_files import file_before


def test_a_new_file_has_the_toolkits_rhythm_and_its_own_key(store, tmp_path):
    assert "0013_follow_up_rhythm" in schema.known_migration_names()
    assert repo.settings(store) == RhythmSettings()
    other = ProcessStore.create(tmp_path / "annan.facilitator", "Annan")
    try:
        keys = {store.process().process_key, other.process().process_key}
        assert len(keys) == 2 and all(len(key) == 32 for key in keys)
        assert repo.process_key(store.process()) == store.process().process_key
    finally:
        other.close()


def _older_file(path):
    connection = file_before(path, "0013_follow_up_rhythm")
    connection.execute("INSERT INTO process (id, title, created_at) VALUES (1, 'Äldre', '2026-01-05T10:00:00+01:00')")
    connection.execute("INSERT INTO measure (title, due_date, status) VALUES ('Gammal åtgärd', '2026-03-31', 'decided')")
    connection.close()


def test_an_older_file_reads_with_the_defaults_and_gains_the_settings_when_opened(tmp_path):
    path = tmp_path / "äldre.facilitator"
    _older_file(path)
    read = open_read_only(path)  # exports read without migrating
    try:
        assert repo.settings(read) == RhythmSettings()
        key = repo.process_key(read.process())
        assert key == repo.process_key(read.process()) and len(key) == 32  # stable without a stored identity
        calendar = repo.calendar(read, date(2026, 6, 1))
        assert [item.measure.title for item in calendar.overdue] == ["Gammal åtgärd"]
    finally:
        read.close()
    store = ProcessStore.open(path)
    try:
        assert store.schema_version() == schema.known_migration_names()[-1]
        process = store.process()
        assert (process.follow_up_committee_months, process.follow_up_rounds_per_year,
                process.follow_up_revision_years, process.follow_up_eccar_years) == (1, 2, 3, 2)
        assert process.process_key == key, "migrated, it keeps the key it was read with"
        assert [m.title for m in store.list(Measure)] == ["Gammal åtgärd"]
    finally:
        store.close()


def test_the_calendar_reads_meetings_measures_and_the_adoption(store):
    store.insert(Meeting(format="committee", title="Kommittén", date="2027-09-14"))
    store.insert(Measure(title="Språkcaféer", due_date="2027-08-31", status="decided", department="Kultur"))
    store.insert(PlanStageChange(stage="adopted", date="2027-06-14"))
    assert repo.adopted_on(store) == date(2027, 6, 14)
    calendar = repo.calendar(store, date(2027, 9, 20))
    assert [item.measure.title for item in calendar.overdue] == ["Språkcaféer"]
    assert calendar.next_committee_day == date(2027, 10, 14)
    assert calendar.of_kind(ItemKind.ECCAR_REPORT)[0].day == date(2029, 6, 14)


def test_settings_a_crafted_file_holds_out_of_range_read_as_the_defaults(store):
    store.conn.execute("UPDATE process SET follow_up_rounds_per_year = 'x', follow_up_committee_months = 9999, "
                       "follow_up_eccar_years = -1, follow_up_revision_years = 2")
    assert repo.settings(store) == RhythmSettings(revision_years=2)
    assert repo.calendar(store, date(2027, 9, 20)).settings == RhythmSettings(revision_years=2)
