"""Backups (the rest is in tests/storage/test_backups.py and, restoring from the UI, in
tests/ui/test_main_window.py): a backup taken in the middle of capture, with writes still
only in the write-ahead log, is a complete, valid process file."""

from __future__ import annotations

import sqlite3

from facilitator.domain.entities import Contribution
from facilitator.storage import backups
from facilitator.storage.process_store import ProcessStore, check_process_file


def test_a_backup_during_capture_has_every_committed_contribution(demo_path, tmp_path):
    store = ProcessStore.open(demo_path)
    reader = sqlite3.connect(demo_path)  # a reader holding a snapshot keeps the log from being folded in
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contribution").fetchone()
    try:
        texts = [f"Bidrag {n}: Åsa säger 🎉" for n in range(200)]
        for text in texts:
            store.insert(Contribution(meeting_id=1, kind="note", text=text))
        wal = demo_path.with_name(demo_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the writes are still in the write-ahead log"
        path = backups.make_backup(store, tmp_path / "Säkerhetskopior med mellanslag")
    finally:
        reader.rollback()
        reader.close()
    check_process_file(path)
    copy = ProcessStore.open(path)
    try:
        assert copy.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        have = {c.text for c in copy.list(Contribution)}
        assert set(texts) <= have
        assert copy.count(Contribution) == store.count(Contribution)
    finally:
        copy.close()
        store.close()
