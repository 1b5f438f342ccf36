"""Bad files through the real window: a file that is not SQLite, empty, truncated, another
program's database, a process from a newer version, a read-only file, a folder. Each gets a
clear Swedish message that names it, and neither the file nor its folder is touched (bytes,
modification time, no -wal/-shm/-journal left behind). A path with Swedish characters and
spaces works like any other."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from facilitator.domain.entities import Contribution, Meeting, Participant
from facilitator.i18n import LanguageSwitcher
from facilitator.storage import schema
from facilitator.storage.errors import ProblemCode
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.main_window import MainWindow
from facilitator.ui.settings import Settings


@pytest.fixture
def swedish(qapp):
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("sv")
    yield switcher
    switcher.set_language("en")


@pytest.fixture
def window(qtbot, tmp_path, swedish):
    main = MainWindow(Settings.at(tmp_path / "inställningar.ini"), swedish, tmp_path / "säkerhetskopior")
    qtbot.addWidget(main)
    main.resize(1200, 760)
    main.show()
    yield main
    main.close_process()


def folder_state(folder: Path) -> dict:
    """Every file in the folder with its bytes and modification time."""
    return {p.name: (p.read_bytes() if p.is_file() else None, p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def a_process(path: Path, rows: int = 0) -> Path:
    store = ProcessStore.create(path, "Lika rätt i Ekbacka", "Ekbacka")
    for number in range(rows):
        store.insert(Participant(name=f"Deltagare {number} " * 20))
    store.close()
    return path


def not_sqlite(folder: Path) -> Path:
    path = folder / "mötesanteckningar.facilitator"
    path.write_text("Det här är anteckningar från mötet, inte en process.\n" * 50, encoding="utf-8")
    return path


def a_word_file(folder: Path) -> Path:
    path = folder / "protokoll.docx.facilitator"
    path.write_bytes(b"PK\x03\x04" + os.urandom(3000))
    return path


def empty(folder: Path) -> Path:
    path = folder / "tom.facilitator"
    path.write_bytes(b"")
    return path


def truncated(folder: Path) -> Path:
    whole = a_process(folder / "hel.tmp", rows=300)
    path = folder / "avbruten kopiering.facilitator"
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    whole.unlink()
    return path


def other_program(folder: Path) -> Path:
    path = folder / "Kalender.facilitator"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("INSERT INTO events (title) VALUES ('Möte')")
    connection.commit()
    connection.close()
    return path


def newer_version(folder: Path) -> Path:
    path = a_process(folder / "från en nyare version.facilitator")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [schema.MIGRATION_SET, "0999_from_the_future", "2031-01-01"],
    )
    connection.commit()
    connection.close()
    return path


def read_only(folder: Path) -> Path:
    path = a_process(folder / "skrivskyddad.facilitator")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "mapp.facilitator"
    path.mkdir()
    return path


CASES = [
    (not_sqlite, ProblemCode.NOT_SQLITE),
    (a_word_file, ProblemCode.NOT_SQLITE),
    (empty, ProblemCode.NOT_SQLITE),
    (truncated, ProblemCode.CORRUPT),
    (other_program, ProblemCode.OTHER_PROGRAM),
    (newer_version, ProblemCode.NEWER_VERSION),
    (read_only, ProblemCode.READ_ONLY),
    (a_folder, ProblemCode.NOT_A_FILE),
]


@pytest.mark.parametrize("make, code", CASES, ids=lambda value: getattr(value, "__name__", None))
def test_a_bad_file_gets_a_clear_message_and_is_never_modified(window, tmp_path, make, code):
    folder = tmp_path / "Från Åsa – e-post"
    folder.mkdir()
    path = make(folder)
    before = folder_state(folder)
    try:
        assert not window.open_process(path)
        after = folder_state(folder)
    finally:
        if path.is_file():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert window.document is None
    text = window.error_box.text()
    assert path.name in text and "%1" not in text
    english = {
        ProblemCode.NOT_SQLITE: "not a Facilitator", ProblemCode.CORRUPT: "damaged",
        ProblemCode.OTHER_PROGRAM: "another program", ProblemCode.NEWER_VERSION: "newer",
        ProblemCode.READ_ONLY: "read-only", ProblemCode.NOT_A_FILE: "not a file",
    }[code]
    assert english not in text, "the message is in Swedish"
    assert after == before, "the file and its folder are exactly as they were"
    if make is not_sqlite:
        window.error_box.grab().save("/tmp/shots/reliability-bad-file-message.png")


def test_a_path_with_swedish_characters_and_spaces_works(window, tmp_path):
    folder = tmp_path / "Kommunens dokument" / "Åtgärder 2027 – Öst & Väst"
    folder.mkdir(parents=True)
    path = folder / "Lika rätt i Ekbacka (kopia 2).facilitator"
    ProcessStore.create(path, "Lika rätt", "Ekbacka").close()
    assert window.open_process(path)
    store = window.document.store
    meeting = store.insert(Meeting(title="Workshop på Äng", format="workshop"))
    store.insert(Contribution(meeting_id=meeting.id, kind="note", text="Ökad trygghet i Åbyn"))
    window.close_process()
    assert window.open_process(path)
    assert [c.text for c in window.document.store.list(Contribution)] == ["Ökad trygghet i Åbyn"]
    assert window.document.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
