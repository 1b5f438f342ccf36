"""The remiss tables (migration 0009) and their repository."""

import sqlite3

from facilitator import actions
from facilitator.actions import remiss as edit
from facilitator.domain.entities import Measure, RemissRecipient, RemissRemark, RemissRound
from facilitator.storage import remiss as repo
from facilitator.storage import schema
from facilitator.storage.process_store import ProcessStore


def _two_rounds(store):
    first = edit.start_round(store, "Första", "2027-04-21", "2027-05-19")
    second = edit.start_round(store, "Andra", "", "")
    actions.perform(store, first)
    actions.perform(store, second)
    ids = first.first(RemissRound).id, second.first(RemissRound).id
    for round_id, name in zip(ids, ("Vision", "Vision")):
        actions.perform(store, edit.add_recipient(store, round_id, name, "union"))
    return ids


def test_the_migration_makes_the_tables_and_a_new_file_is_at_the_newest(store):
    assert "0009_remiss" in schema.known_migration_names()
    tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"remiss_round", "remiss_recipient", "remiss_reply", "remiss_remark"} <= tables


def test_queries_keep_to_their_round(store):
    first, second = _two_rounds(store)
    assert [r.title for r in repo.rounds(store)] == ["Första", "Andra"]  # the unsent one last
    assert repo.latest_round(store).id == second
    recipient = repo.recipients(store, first)[0]
    actions.perform(store, edit.record_reply(store, recipient.id, "answered", "2027-05-02"))
    reply = repo.reply_of(store, recipient.id)
    measure = store.insert(Measure(title="M"))
    actions.perform(store, edit.add_remark(store, reply.id, "A", measure.id))
    actions.perform(store, edit.add_remark(store, reply.id, "B"))
    assert [r.text for r in repo.remarks(store, first)] == ["A", "B"]
    assert repo.remarks(store, second) == [] and repo.replies(store, second) == []
    assert [r.text for r in repo.remarks_on_measure(store, measure.id)] == ["A"]
    assert repo.remark_count(store, reply.id) == 2 and repo.next_remark_position(store, reply.id) == 2


def test_a_reply_per_recipient_and_known_handlings_only(store):
    first, _ = _two_rounds(store)
    recipient = repo.recipients(store, first)[0]
    actions.perform(store, edit.record_reply(store, recipient.id, "answered", "2027-05-02"))
    for sql in ("INSERT INTO remiss_reply (recipient_id, outcome) VALUES (?, 'answered')",
                "INSERT INTO remiss_reply (recipient_id, outcome) VALUES (?, 'perhaps')"):
        try:
            store.conn.execute(sql, [recipient.id])
        except sqlite3.IntegrityError:
            continue
        raise AssertionError(f"accepted: {sql}")


def test_deleting_a_round_takes_everything_and_undo_restores_it(store):
    first, _ = _two_rounds(store)
    recipient = repo.recipients(store, first)[0]
    actions.perform(store, edit.record_reply(store, recipient.id, "answered", "2027-05-02"))
    actions.perform(store, edit.add_remark(store, repo.reply_of(store, recipient.id).id, "A"))
    deletion = edit.delete_round(first)
    actions.perform(store, deletion)
    assert store.count(RemissRecipient) == 1 and store.count(RemissRemark) == 0
    actions.revert(store, deletion)
    assert [r.text for r in repo.remarks(store, first)] == ["A"]


def test_an_older_file_gains_the_remiss_tables(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "äldre.facilitator"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations.apply(Database(connection), stop_before="0009_remiss")
    connection.execute("INSERT INTO process (id, title) VALUES (1, 'Äldre')")
    connection.close()
    store = ProcessStore.open(path)
    try:
        assert store.schema_version() == schema.known_migration_names()[-1]
        assert repo.rounds(store) == []
    finally:
        store.close()
