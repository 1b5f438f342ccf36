"""Unclear errors made clear (issue 14): registration lists in UTF-16 or UTF-32 without a BOM
(and UTF-32 with one) are read, not called "binary data"; a quote that never closes is
reported at the line where it opens; a note of ten million characters exports in the minutes
(lxml refuses a text node over 10 MB, so long text is written in pieces)."""

from __future__ import annotations

import zipfile

import pytest

from facilitator.domain.entities import Contribution, Meeting
from facilitator.export.job import ExportJob, Kind, run_job
from facilitator.importers.registration_list import RegistrationListError, read_registration_list
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.meeting.import_dialog import list_error_text

from . import scaled

LIST = "Namn;Organisation;E-post\nÅsa Öberg;Vision;asa@example.se\nمرحبا Ali;Integrationsrådet;\n李 Wei;Fritid;\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32", "utf-16"])
def test_wide_encodings_with_or_without_a_bom_are_read(tmp_path, encoding):
    path = tmp_path / "anmälda.csv"
    path.write_bytes(LIST.encode(encoding))
    before = path.read_bytes()
    preview = read_registration_list(path)
    assert [d.name for d in preview.drafts] == ["Åsa Öberg", "مرحبا Ali", "李 Wei"]
    assert preview.encoding.replace("-", "").startswith(encoding.replace("-", "")[:5])
    assert path.read_bytes() == before


def test_binary_data_is_still_refused(tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(RegistrationListError) as raised:
        read_registration_list(path)
    assert raised.value.code == "unreadable"


@pytest.mark.parametrize("rows_after", scaled([150, 30_000], [150, 30_000, 200_000]))
@pytest.mark.parametrize("sep_line", [False, True])
def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path, rows_after, sep_line):
    lines = (["sep=;"] if sep_line else []) + ["Namn;Organisation", "Anna Berg;Vision", "Bo Ek;Vision",
                                               '"Cecilia Dahl;Fritid']
    lines += [f"Person {i};Organisation {i}" for i in range(rows_after)]
    path = tmp_path / "lista.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RegistrationListError) as raised:
        read_registration_list(path, max_rows=1_000_000)
    opening = 5 if sep_line else 4
    assert (raised.value.code, raised.value.detail) == ("unclosed_quote", str(opening))
    assert str(opening) in list_error_text(raised.value)


def test_a_cell_with_a_few_line_breaks_is_still_one_cell(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text('Namn;Organisation\n"Anna Berg";"Vision\nAvdelning 3\nHus B"\nBo Ek;Vision\n', encoding="utf-8")
    preview = read_registration_list(path)
    assert [d.name for d in preview.drafts] == ["Anna Berg", "Bo Ek"]


def test_a_ten_million_character_note_exports_in_the_minutes(tmp_path):
    path = tmp_path / "process.facilitator"
    store = ProcessStore.create(path, "Lang")
    meeting = store.insert(Meeting(title="Mote", date="2027-02-04"))
    long_line = "å" * scaled(10_000_000, 10_000_000)  # one line, 20 MB in UTF-8
    store.insert(Contribution(meeting_id=meeting.id, kind="note", text="Början " + long_line + " Slutet"))
    store.close()
    out = run_job(ExportJob(Kind.MINUTES, path, tmp_path / "protokoll.docx", meeting.id))
    with zipfile.ZipFile(out) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert body.count("å") == len(long_line) and "Början" in body and "Slutet" in body
