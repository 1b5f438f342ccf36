"""Erase means erased: after erasing a person in the real window, the process file's bytes,
its write-ahead log, the search index and a fresh phone snapshot hold no trace of their name,
e-mail address or phone number; the meetings' fields no longer name them; the backups that
still hold them are listed and can be purged (the others are kept); the documents exported
from the process are listed. Consent notes survive closing and opening; the retention
reminder appears in the window when due, and not before."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from facilitator import actions
from facilitator.actions.base import Update
from facilitator.actions.meetings import set_retention
from facilitator.domain.entities import Contribution, Measure, Meeting, Participant
from facilitator.share.snapshot import build_data
from facilitator.storage import register
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meeting import erase_dialogs
from facilitator.ui.settings import Settings

NAME = "Elin Åkesson"


@pytest.fixture
def window(qtbot, tmp_path):
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), None, tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close_process()


def _traces(person: Participant) -> list[bytes]:
    return [person.name.encode("utf-8"), person.email.encode("utf-8"), person.phone.encode("utf-8")]


def _prepare(path: Path) -> Participant:
    """The demo, with the person also in a note (released to phones), a measure's owner and
    a moderator's field with someone else, and a deleted note that still has its search entry."""
    store = ProcessStore.open(path)
    try:
        (person,) = [p for p in register.participants(store) if p.name == NAME]
        meeting = store.list(Meeting)[0]
        mention = f"{NAME} ({person.email}, {person.phone}) lovade att återkomma."
        (note,) = store.insert_many([Contribution(meeting_id=meeting.id, text=mention, published=True)])
        (gone,) = store.insert_many([Contribution(meeting_id=meeting.id, text=f"Ring {NAME.upper()} om lokalen")])
        actions.perform(store, actions.Delete([(Contribution, gone.id)]))
        store.update(Meeting, meeting.id, moderator=f"Helena Sjöberg och {NAME}")
        (measure,) = store.insert_many([Measure(title="Öppen förskola", owner=f"{NAME}, Karl Ek", owner_contact=person.email)])
        store.update(Participant, person.id, consent_date="2027-02-01", consent_purpose="Medborgardialog Ekbacka")
        return person
    finally:
        store.close()


def test_erasing_a_person_leaves_no_trace(window, demo_path, tmp_path, monkeypatch):
    person = _prepare(demo_path)
    assert any(trace in demo_path.read_bytes() for trace in _traces(person))  # the test sees them
    assert window.open_process(demo_path)
    session = window.session
    session.backup_now()
    before = session.backups()[0].path
    exported = tmp_path / "protokoll.docx"
    exported.write_bytes(b"PK a document")
    window.settings.remember_export(demo_path, exported)
    window.settings.remember_export(demo_path, tmp_path / "gone.docx")  # deleted since: not listed
    edits_before = window.document.undo_stack.count()

    asked = []
    monkeypatch.setattr(erase_dialogs.EraseConfirmDialog, "exec", lambda self: asked.append(self) or 1)
    shown = []
    monkeypatch.setattr(erase_dialogs.ErasedDialog, "exec", lambda self: shown.append(self) or 1)
    assert window.erase_person(person.id)

    # The confirmation listed each field before anything was written.
    listed = [asked[0].changes.item(row).text() for row in range(asked[0].changes.count())]
    assert len(listed) >= 6 + 1 + 2 + 1, listed  # six coordinators, a moderator, owner and contact, a note
    assert edits_before >= 0 and window.document.undo_stack.count() == 0

    store = window.document.store
    assert store.get(Participant, person.id) is None
    assert not register.mentions_of(store, register_needles(person))
    for meeting in store.list(Meeting):
        assert NAME not in meeting.coordinator and NAME not in meeting.moderator
    assert "Helena Sjöberg" in [m.moderator for m in store.list(Meeting)]
    (measure,) = [m for m in store.list(Measure) if m.title == "Öppen förskola"]
    assert (measure.owner, measure.owner_contact) == ("Karl Ek", "")
    assert any(c.text == "[…] ([…], […]) lovade att återkomma." for c in store.list(Contribution))

    # The file, its write-ahead log and the search index, while the process is still open.
    raw = demo_path.read_bytes()
    for trace in _traces(person):
        assert trace not in raw, trace
    wal = Path(str(demo_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    reader = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    try:
        for word in ("elin", "åkesson"):
            hits = reader.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", [f'"{word}"']).fetchone()
            assert hits == (0,), word
    finally:
        reader.close()

    # A fresh phone snapshot of every meeting (it would show a name the process no longer knows).
    for meeting in store.list(Meeting):
        text = json.dumps(build_data(store, meeting.id) or {}, ensure_ascii=False)
        assert NAME not in text and person.email not in text and person.phone not in text

    # Where the person may still be: the backup made before, and the exported document.
    (done,) = shown
    assert before in [b.path for b in done.erasure.backups]
    assert done.erasure.exports == [exported]
    assert done.purge_button.isEnabled()
    session.backup_now()  # made after the erasure: it does not hold the person
    after = session.backups()[0].path
    assert after != before
    done.purge_backups()
    assert not before.exists() and after.exists()
    assert not done.purge_button.isEnabled() and done.backups.count() == 0
    for backup in session.backups():
        assert not any(trace in backup.path.read_bytes() for trace in _traces(person))

    window.close_process()
    raw = demo_path.read_bytes()
    assert not any(trace in raw for trace in _traces(person))
    assert not wal.exists()


def register_needles(person: Participant):
    from facilitator.domain.erasure import needles_for

    return needles_for(person.name, person.email, person.phone)


def test_erasure_is_not_undoable(demo_path):
    from facilitator.actions.register import NotUndoable, erase_person

    store = ProcessStore.open(demo_path)
    try:
        (person,) = [p for p in register.participants(store) if p.name == NAME]
        action = erase_person(store, person.id)
        actions.perform(store, action)
        with pytest.raises(NotUndoable):
            actions.revert(store, action)
        assert store.get(Participant, person.id) is None
    finally:
        store.close()


def test_consent_round_trips(demo_path):
    store = ProcessStore.open(demo_path)
    (person,) = [p for p in register.participants(store) if p.name == NAME]
    actions.perform(store, Update(Participant, person.id, {"consent_date": "2027-02-01", "consent_purpose": "Dialog om parken"}))
    store.close()
    store = ProcessStore.open(demo_path)
    try:
        again = store.get(Participant, person.id)
        assert (again.consent_date, again.consent_purpose) == ("2027-02-01", "Dialog om parken")
    finally:
        store.close()


def _set_retention(path: Path, erase_after: str, months: int = 0) -> None:
    store = ProcessStore.open(path)
    try:
        action = set_retention(store, erase_after, months)
        assert action is not None
        actions.perform(store, action)
    finally:
        store.close()


def test_the_retention_reminder_shows_when_due_and_not_before(window, demo_path):
    tomorrow = date.today() + timedelta(days=1)
    _set_retention(demo_path, tomorrow.isoformat())
    assert window.open_process(demo_path)
    assert not window.retention_label.isVisible()
    assert window.statusBar().currentMessage() == ""
    assert window.check_retention(today=tomorrow)
    assert window.retention_label.isVisible()
    window.close_process()
    assert not window.retention_label.isVisible()

    _set_retention(demo_path, (date.today() - timedelta(days=1)).isoformat())
    assert window.open_process(demo_path)
    assert window.retention_label.isVisible()
    assert "erased" in window.statusBar().currentMessage()
    window.close_process()

    # Months after the last meeting: due that many months after the latest meeting date.
    store = ProcessStore.open(demo_path)
    last = max(date.fromisoformat(m.date) for m in store.list(Meeting) if m.date)
    store.close()
    _set_retention(demo_path, "", 6)
    assert window.open_process(demo_path)
    due = register.personal_data_due(window.document.store)
    assert due is not None and due > last
    assert not window.check_retention(today=due - timedelta(days=1))
    assert window.check_retention(today=due)


def test_a_document_exported_from_the_command_line_is_listed_after_erasing(qtbot, demo_path, tmp_path, monkeypatch):
    """``facilitator export`` (its own process, the process open in the window meanwhile)
    notes what it wrote where the window notes its exports: in the app's settings, never in
    the process file, which it only reads. Erasing a person then names both documents."""
    import os
    import subprocess
    import sys

    home = tmp_path / "hem"
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    from facilitator.platform import paths

    person = _prepare(demo_path)
    main = MainWindow(Settings.at(paths.config_dir() / "settings.ini"), None, tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    try:
        assert main.open_process(demo_path)
        from_window = tmp_path / "från fönstret.docx"
        from_window.write_bytes(b"PK a document")
        main.settings.remember_export(demo_path, from_window)  # as the export dialog does
        before = demo_path.read_bytes()
        root = Path(__file__).resolve().parents[2]
        out = tmp_path / "Protokoll från kommandoraden.docx"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root), "FACILITATOR_HOME": str(home)}
        done = subprocess.run([sys.executable, "-m", "facilitator", "export", "minutes", str(demo_path),
                               "--meeting", "1", "--out", str(out), "--names"],
                              capture_output=True, text=True, timeout=120, env=env, cwd=root, encoding="utf-8")
        assert done.returncode == 0, done.stderr
        assert out.exists() and Path(done.stdout.strip()) == out
        assert demo_path.read_bytes() == before, "the export only read the process"

        shown = []
        monkeypatch.setattr(erase_dialogs.EraseConfirmDialog, "exec", lambda self: 1)
        monkeypatch.setattr(erase_dialogs.ErasedDialog, "exec", lambda self: shown.append(self) or 1)
        assert main.erase_person(person.id)
        (done_dialog,) = shown
        assert set(done_dialog.erasure.exports) == {from_window, out}
        listed = [done_dialog.exports.item(row).text() for row in range(done_dialog.exports.count())]
        assert str(out) in listed and str(from_window) in listed
    finally:
        main.close_process()
