import hashlib
import sqlite3
import stat

import pytest

from facilitator.domain.entities import (
    AttendanceEntry,
    CafeTable,
    Contribution,
    Measure,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Mitigation,
    Organisation,
    Participant,
    Round,
    Seat,
    Theme,
    Vote,
)
from facilitator.storage import schema
from facilitator.storage.errors import ProblemCode, ProcessFileError
from facilitator.storage.process_store import ProcessStore, check_process_file


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(store):
    return {table: list(store.db[table].rows) for table in store.db.table_names()}


def fill(store):
    meeting = store.insert(Meeting(title="Café", format="world_cafe"))
    org = store.insert(Organisation(name="Socialförvaltningen"))
    person = store.insert(Participant(name="Åsa Öberg", organisation_id=org.id))
    table = store.insert(CafeTable(meeting_id=meeting.id, name="Bord 1", host_participant_id=person.id))
    store.insert(AttendanceEntry(meeting_id=meeting.id, participant_id=person.id, table_id=table.id))
    round_ = store.insert(Round(meeting_id=meeting.id, number=1))
    store.insert(Seat(round_id=round_.id, table_id=table.id, participant_id=person.id))
    theme = store.insert(Theme(meeting_id=meeting.id, title="Bostäder"))
    risk = store.insert(
        Contribution(meeting_id=meeting.id, kind="risk", text="Risk", round_id=round_.id, table_id=table.id, theme_id=theme.id)
    )
    store.insert(Mitigation(contribution_id=risk.id, text="Åtgärd"))
    store.insert(Vote(meeting_id=meeting.id, theme_id=theme.id, dots=3))
    measure = store.insert(Measure(title="Åtgärd", origin_meeting_id=meeting.id, eccar_point=3, track=2))
    store.insert(MeasureStatusChange(measure_id=measure.id, status="proposed", date="2027-01-01"))
    store.insert(MeasureSource(measure_id=measure.id, contribution_id=risk.id))
    return meeting, person, measure


def test_create_sets_identity_and_schema(store, process_path):
    assert store.process().title == "Testprocess"
    assert store.schema_version() == schema.known_migration_names()[-1]
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    header = process_path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID


def test_round_trip_of_every_entity(store):
    meeting, person, measure = fill(store)
    assert store.get(Meeting, meeting.id) == meeting
    assert store.get(Participant, person.id).name == "Åsa Öberg"
    assert store.get(Measure, measure.id).is_new is True
    store.update(Meeting, meeting.id, food_served=True)
    assert store.get(Meeting, meeting.id).food_served is True


def test_update_returns_previous_values(store):
    meeting = store.insert(Meeting(title="A"))
    assert store.update(Meeting, meeting.id, title="B", place="Hus") == {"title": "A", "place": ""}
    with pytest.raises(ValueError):
        store.update(Meeting, meeting.id, nonsense=1)


@pytest.mark.parametrize("cls_index", [0, 1, 2])
def test_delete_then_restore_gives_back_exactly_the_same_rows(store, cls_index):
    meeting, person, measure = fill(store)
    before = snapshot(store)
    cls, entity_id = [(Meeting, meeting.id), (Participant, person.id), (Measure, measure.id)][cls_index]
    tombstone = store.delete(cls, entity_id)
    assert store.get(cls, entity_id) is None
    store.restore(tombstone)
    assert snapshot(store) == before
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_deleting_a_meeting_keeps_its_measures_but_forgets_the_origin(store):
    meeting, _person, measure = fill(store)
    store.delete(Meeting, meeting.id)
    kept = store.get(Measure, measure.id)
    assert kept is not None and kept.origin_meeting_id is None
    assert store.count(Contribution) == 0


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError):
        store.insert(AttendanceEntry(meeting_id=999, participant_id=999))


def test_reopen_keeps_everything(store, process_path):
    fill(store)
    before = snapshot(store)
    store.close()
    reopened = ProcessStore.open(process_path)
    assert snapshot(reopened) == before
    reopened.close()


def expect_refusal(path, code):
    before = digest(path) if path.exists() and path.is_file() else None
    with pytest.raises(ProcessFileError) as caught:
        ProcessStore.open(path)
    assert caught.value.code == code
    if before is not None:
        assert digest(path) == before, "a refused file must not be modified"


def test_missing_file(tmp_path):
    expect_refusal(tmp_path / "finns inte.facilitator", ProblemCode.NOT_FOUND)


def test_text_file_is_not_a_process(tmp_path):
    path = tmp_path / "anteckningar.facilitator"
    path.write_text("Det här är ingen process\n" * 20, encoding="utf-8")
    expect_refusal(path, ProblemCode.NOT_SQLITE)


def test_empty_file(tmp_path):
    path = tmp_path / "tom.facilitator"
    path.write_bytes(b"")
    expect_refusal(path, ProblemCode.NOT_SQLITE)


def test_sqlite_file_of_another_program(tmp_path):
    path = tmp_path / "annan.facilitator"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.commit()
    connection.close()
    expect_refusal(path, ProblemCode.OTHER_PROGRAM)


def test_truncated_process(store, process_path, tmp_path):
    for i in range(300):
        store.insert(Participant(name=f"Person {i}" * 20))
    store.close()
    data = process_path.read_bytes()
    broken = tmp_path / "trasig.facilitator"
    broken.write_bytes(data[: len(data) // 2])
    expect_refusal(broken, ProblemCode.CORRUPT)


def test_corrupted_pages(store, process_path, tmp_path):
    for i in range(300):
        store.insert(Participant(name=f"Person {i}" * 20))
    store.close()
    data = bytearray(process_path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset + 10 : offset + 200] = b"\xff" * 190
    broken = tmp_path / "skadad.facilitator"
    broken.write_bytes(bytes(data))
    expect_refusal(broken, ProblemCode.CORRUPT)


def test_newer_version_is_refused(store, process_path):
    store.db["_sqlite_migrations"].insert(
        {"migration_set": schema.MIGRATION_SET, "name": "0999_from_the_future", "applied_at": "2030-01-01"}
    )
    store.close()
    expect_refusal(process_path, ProblemCode.NEWER_VERSION)


def test_read_only_file_is_refused_and_untouched(store, process_path):
    store.close()
    process_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        expect_refusal(process_path, ProblemCode.READ_ONLY)
        check_process_file(process_path, for_writing=False)  # still readable
    finally:
        process_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_create_refuses_existing_file(store, process_path):
    with pytest.raises(ProcessFileError) as caught:
        ProcessStore.create(process_path, "Igen")
    assert caught.value.code == ProblemCode.EXISTS


def test_pending_migration_is_applied_on_open(store, process_path, monkeypatch):
    store.close()

    @schema.migrations(name="9001_test_only")
    def add_column(db):
        db.execute("ALTER TABLE process ADD COLUMN test_only TEXT DEFAULT ''")

    safety = []
    try:
        reopened = ProcessStore.open(process_path, before_migrating=lambda old: safety.append(old.schema_version()))
        assert safety == [schema.known_migration_names()[-2]], "a backup can be made before an older file is changed"
        assert reopened.schema_version() == "9001_test_only"
        assert "test_only" in reopened.db["process"].columns_dict
        reopened.close()
    finally:
        schema.migrations._migrations = [m for m in schema.migrations._migrations if m.name != "9001_test_only"]


def test_failed_migration_leaves_file_unchanged(store, process_path):
    store.close()

    @schema.migrations(name="9001_broken")
    def broken(db):
        db.execute("ALTER TABLE process ADD COLUMN half_done TEXT")
        raise RuntimeError("simulated failure")

    try:
        with pytest.raises(RuntimeError):
            ProcessStore.open(process_path)
    finally:
        schema.migrations._migrations = [m for m in schema.migrations._migrations if m.name != "9001_broken"]
    reopened = ProcessStore.open(process_path)
    assert "half_done" not in reopened.db["process"].columns_dict
    assert reopened.schema_version() == schema.known_migration_names()[-1]
    reopened.close()


def test_a_file_from_the_first_version_is_migrated_with_its_data(tmp_path):
    """Builds a file as version 0001 wrote it, then opens it with today's code."""
    import sqlite3 as sqlite

    from sqlite_utils import Database

    path = tmp_path / "gammal.facilitator"
    marker = sqlite.connect(path, isolation_level=None)
    marker.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    marker.close()
    db = Database(sqlite.connect(path, isolation_level=None), execute_plugins=False)
    schema.migrations.apply(db, stop_before="0002_meeting_share_token")
    db["process"].insert({"id": 1, "title": "Gammal"})
    db["meeting"].insert_all([{"format": "workshop", "title": "A"}, {"format": "workshop", "title": "B"}])
    db.conn.close()
    store = ProcessStore.open(path)
    tokens = [m.share_token for m in store.list(Meeting)]
    assert [m.title for m in store.list(Meeting)] == ["A", "B"]
    assert all(len(token) == 32 for token in tokens) and len(set(tokens)) == 2
    assert store.insert(Meeting(title="C")).share_token not in tokens
    store.close()


def test_disk_full_is_reported_and_nothing_half_written(store):
    fill(store)
    before = snapshot(store)
    page_count = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {page_count}")
    with pytest.raises(ProcessFileError) as caught:
        store.insert_many([Participant(name="x" * 5000) for _ in range(200)])
    assert caught.value.code == ProblemCode.DISK_FULL
    assert snapshot(store) == before
    store.db.execute("PRAGMA max_page_count = 1073741823")
    store.insert(Participant(name="Efter"))
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
