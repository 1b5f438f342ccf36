"""The session owns the open process, its backups and its services; no window needed."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator.storage import backups
from facilitator.storage.errors import ProcessFileError
from facilitator.ui.session import Session
from facilitator.ui.settings import Settings


@pytest.fixture
def session(qapp, tmp_path):
    opened = Session(Settings.at(tmp_path / "settings.ini"), tmp_path / "backups")
    yield opened
    opened.close(backup=False)


def test_create_close_and_open_again(session, tmp_path):
    heard = []
    for signal in ("opened", "closing", "closed"):
        getattr(session, signal).connect(lambda name=signal: heard.append(name))
    path = tmp_path / "Process med å.facilitator"
    session.create(path, "Handlingsplan", "Ekbacka")
    assert session.document.process().title == "Handlingsplan"
    assert session.settings.recent_files()[0] == str(path)
    session.close()
    assert session.document is None
    assert len(backups.list_backups(path, session.backups_root)) == 1  # the last state, kept at closing
    session.open(path)
    assert session.document.path == path
    assert heard == ["opened", "closing", "closed", "opened"]


def test_opening_a_second_process_closes_the_first(session, tmp_path):
    session.create(tmp_path / "a.facilitator", "A")
    first = session.document.store
    session.create(tmp_path / "b.facilitator", "B")
    assert session.document.process().title == "B"
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        first.process()  # its connection was closed


def test_a_file_that_is_not_a_process_is_refused_and_nothing_opens(session, tmp_path):
    path = tmp_path / "brev.facilitator"
    path.write_bytes(b"Hej, det har ar inget process-dokument.\n" * 20)
    with pytest.raises(ProcessFileError):
        session.open(path)
    assert session.document is None


def test_sharing_lives_as_long_as_the_process(session, tmp_path):
    session.create(tmp_path / "a.facilitator", "A")
    created = []
    session.sharingCreated.connect(created.append)
    sharing = session.ensure_sharing()
    assert created == [sharing] and session.ensure_sharing() is sharing
    session.close(backup=False)
    assert session.sharing is None and not sharing.is_sharing


def test_recovering_replaces_a_damaged_file_with_its_latest_backup(session, tmp_path):
    path = tmp_path / "p.facilitator"
    session.create(path, "Före skadan")
    session.close()  # a backup of the good state
    path.write_bytes(path.read_bytes()[:2000])  # truncated: damaged
    with pytest.raises(ProcessFileError):
        session.open(path)
    session.recover(path)
    session.open(path)
    assert session.document.process().title == "Före skadan"
    assert any(p.name.startswith("p") and p != path for p in tmp_path.iterdir() if p.suffix != ".ini")
