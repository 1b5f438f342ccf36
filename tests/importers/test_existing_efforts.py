"""Reading the mapping of existing efforts from a spreadsheet (pure Python, no Qt): the
participant import's reader and limits, a preview with every bad row and its reason, broken
files refused as a whole, hostile text kept as text. Files are made in ``tmp_path``."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from facilitator.domain import limits
from facilitator.importers import existing_efforts
from facilitator.importers.existing_efforts import EffortProblemCode, read_effort_list
from facilitator.importers.registration_list import ImportCancelled, RegistrationListError

HEADER = "Namn;Tema;Nivå;Ansvarig;Samverkanspartner;Finansiering;Målgrupp;Syfte;Period;Status;ECCAR-punkt;Spår;Kommentar"


def _csv(tmp_path, lines, encoding="cp1252", name="kartläggning.csv"):
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def test_a_swedish_excel_csv(tmp_path):
    path = _csv(tmp_path, [
        "Kartläggning av befintligt arbete, januari 2027",
        HEADER,
        "Språkvän Ekbacka;Delaktighet;Lokal;Kultur- och fritidsförvaltningen;Studiefrämjandet;Verksamhetsanslag;"
        "Nyanlända;Språkträffar;sedan 2019;Pågående;9;3;",
        "Nätverket Lika villkor;Arbetsmarknad;Regional;Länsstyrelsen;;;;;2022–2026;Avslutat;6;2;slutrapport finns",
        "Feriejobb;Arbetsmarknad;lokal;Arbetsmarknadsförvaltningen;;;Unga 16–18;;varje sommar;;;;",
    ])
    preview = read_effort_list(path)
    assert preview.file_kind == "csv" and preview.encoding == "cp1252" and preview.delimiter == ";"
    assert preview.problems == ()
    assert [d.name for d in preview.drafts] == ["Språkvän Ekbacka", "Nätverket Lika villkor", "Feriejobb"]
    first = preview.drafts[0]
    assert (first.level, first.status, first.eccar_point, first.track, first.row_number) == ("local", "ongoing", 9, 3, 3)
    assert preview.drafts[1].status == "ended" and preview.drafts[2].eccar_point is None
    assert preview.mapping["owner"] == "Ansvarig" and preview.ignored_columns == ("Kommentar",)


def test_every_bad_row_with_its_reason(tmp_path):
    path = _csv(tmp_path, [
        HEADER,
        ";Tema utan namn;;;;;;;;;;;",
        "Galax;;galaktisk;;;;;;;Pågående;;;",
        "Fel punkt;;;;;;;;;kanske;11;5;",
        "Dubblett;;;;;;;;;;;;",
        "dubblett;;;;;;;;;;;;",
        "Bra;;;;;;;;;;1;1;",
    ], encoding="utf-8")
    preview = read_effort_list(path)
    assert [d.name for d in preview.drafts] == ["Dubblett", "Bra"]
    codes = {(p.row_number, p.code) for p in preview.problems}
    assert codes == {
        (2, EffortProblemCode.MISSING_NAME), (3, EffortProblemCode.UNKNOWN_LEVEL),
        (4, EffortProblemCode.UNKNOWN_STATUS), (4, EffortProblemCode.BAD_POINT), (4, EffortProblemCode.BAD_TRACK),
        (6, EffortProblemCode.DUPLICATE),
    }
    assert preview.total_rows == 7 - 1


def test_an_xlsx_with_numbers_and_a_title_row(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Befintliga insatser i Ekbacka"])
    sheet.append(["Insats", "Nivå", "Punkt", "Spår", "Status"])
    sheet.append(["Rådgivning om diskriminering", "Delregional", 3, 1.0, "Pågår"])
    path = tmp_path / "insatser.xlsx"
    book.save(path)
    preview = read_effort_list(path)
    (draft,) = preview.drafts
    assert (draft.name, draft.level, draft.eccar_point, draft.track, draft.status) == (
        "Rådgivning om diskriminering", "subregional", 3, 1, "ongoing")
    assert preview.file_kind == "xlsx"


def test_hostile_text_is_refused_or_kept_as_plain_text(tmp_path):
    path = _csv(tmp_path, [
        "Namn;Syfte",
        "Skript;<script>alert(1)</script>",
        "=HYPERLINK(\"http://x\");'; DROP TABLE existing_effort; --",
        "Styrtecken\x07;text",
        "Lång;" + "x" * (limits.TEXT + 1),
        "\u202eOmvänd text;ok",
    ], encoding="utf-8")
    preview = read_effort_list(path)
    names = [d.name for d in preview.drafts]
    assert "Skript" in names and '=HYPERLINK("http://x")' in names
    assert preview.drafts[0].aim == "<script>alert(1)</script>"
    codes = {p.code for p in preview.problems}
    assert codes == {EffortProblemCode.CONTROL_CHARACTERS, EffortProblemCode.TOO_LONG}
    assert all(len(p.value) <= 80 for p in preview.problems)


@pytest.mark.parametrize("name, data, code", [
    ("tom.csv", b"", "empty"),
    ("bara-blanksteg.csv", b"   \r\n  ", "empty"),
    ("binär.csv", b"\x00\x01\x02PK\x03\x04" * 100, "unreadable"),
    ("trasig.xlsx", b"PK\x03\x04 inte en riktig zip", "unreadable"),
    ("lista.pdf", b"%PDF-1.4", "unsupported_type"),
    ("utan-namn.csv", "Tema;Nivå\r\nArbetsmarknad;lokal\r\n".encode(), "no_name_column"),
])
def test_broken_files_are_refused_as_a_whole(tmp_path, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(RegistrationListError) as refused:
        read_effort_list(path)
    assert refused.value.code == code


def test_a_missing_file_and_a_zip_bomb(tmp_path):
    with pytest.raises(RegistrationListError) as refused:
        read_effort_list(tmp_path / "finns-inte.xlsx")
    assert refused.value.code == "not_found"
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (30 * 1024 * 1024))
    with pytest.raises(RegistrationListError) as refused:
        read_effort_list(bomb)
    assert refused.value.code in ("packed_too_tightly", "unpacks_too_large")


def test_too_many_rows_are_refused_not_cut_short(tmp_path, monkeypatch):
    path = _csv(tmp_path, ["Namn"] + [f"Insats {i}" for i in range(30)], encoding="utf-8")
    with pytest.raises(RegistrationListError) as refused:
        read_effort_list(path, max_rows=20)
    assert refused.value.code == "too_many_rows"
    assert len(read_effort_list(path, max_rows=30).drafts) == 30
    assert existing_efforts.MAX_EFFORTS == 2000


def test_reading_can_be_cancelled(tmp_path):
    path = _csv(tmp_path, ["Namn"] + [f"Insats {i}" for i in range(1200)], encoding="utf-8")

    def stop(rows):
        raise ImportCancelled

    with pytest.raises(ImportCancelled):
        read_effort_list(path, progress=stop)


def test_reading_never_changes_the_file(tmp_path):
    path = _csv(tmp_path, [HEADER, "A;;;;;;;;;;;;"])
    before = path.read_bytes()
    read_effort_list(path)
    assert path.read_bytes() == before
