"""Tests for facilitator.importers.registration_list (pure Python, no Qt).

Every fixture file is generated in ``tmp_path``; no binary fixtures are committed.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import random
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from facilitator.domain.vocabulary import Category, Role
from facilitator.importers.registration_list import (
    ImportPreview,
    ParticipantDraft,
    ProblemCode,
    RegistrationListError,
    RowProblem,
    read_registration_list,
)

openpyxl = pytest.importorskip("openpyxl")


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def write_bytes(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def write_text(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    return write_bytes(tmp_path, name, text.encode(encoding))


def write_xlsx(tmp_path, name: str, rows, *, sheet_title: str = "Anmälningar"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / name
    workbook.save(path)
    return path


def codes(preview: ImportPreview, row_number: int) -> set[ProblemCode]:
    return {p.code for p in preview.problems if p.row_number == row_number}


def names(preview: ImportPreview) -> list[str]:
    return [d.name for d in preview.drafts]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------------------------
# encodings and delimiters
# --------------------------------------------------------------------------------------------


SWEDISH_EXCEL_EXPORT = (
    "Namn;Organisation;Kategori;Roll;E-post;Telefon;Språk;Kommentar\r\n"
    "Åsa Öberg;Föreningen Gemenskap;Förening;Bordsvärd;asa.oberg@example.se;070-123 45 67;"
    "svenska, finska;Kommer kl 16\r\n"
    "Matti Mäkinen;Socialförvaltningen;Tjänsteperson;Samordnare;matti@kommun.se;;"
    "Svenska|Finska|Engelska;\r\n"
    "Björn Ärlig;;Invånare;;;;;\r\n"
)


def test_cp1252_semicolon_excel_export(tmp_path):
    path = write_bytes(tmp_path, "anmalan.csv", SWEDISH_EXCEL_EXPORT.encode("cp1252"))

    preview = read_registration_list(path)

    assert preview.file_kind == "csv"
    assert preview.encoding == "cp1252"
    assert preview.delimiter == ";"
    assert preview.problems == ()
    assert preview.total_rows == 3
    asa, matti, bjorn = preview.drafts
    assert asa == ParticipantDraft(
        row_number=2,
        name="Åsa Öberg",
        organisation="Föreningen Gemenskap",
        category=Category.CIVIL_SOCIETY.value,
        role=Role.TABLE_HOST.value,
        email="asa.oberg@example.se",
        phone="070-123 45 67",
        languages=("sv", "fi"),
    )
    assert matti.name == "Matti Mäkinen"
    assert matti.organisation == "Socialförvaltningen"
    assert (matti.category, matti.role) == ("official", "coordinator")
    assert matti.languages == ("sv", "fi", "en")
    assert (bjorn.row_number, bjorn.name, bjorn.category, bjorn.role) == (
        4, "Björn Ärlig", "resident", "participant",
    )
    assert preview.columns[-1] == "Kommentar"
    assert preview.ignored_columns == ("Kommentar",)
    assert preview.mapping == {
        "name": "Namn",
        "organisation": "Organisation",
        "category": "Kategori",
        "role": "Roll",
        "email": "E-post",
        "phone": "Telefon",
        "languages": "Språk",
    }


def test_utf8_bom_semicolon(tmp_path):
    path = write_text(tmp_path, "bom.csv", SWEDISH_EXCEL_EXPORT, encoding="utf-8-sig")

    preview = read_registration_list(path)

    assert preview.encoding == "utf-8-sig"
    assert preview.delimiter == ";"
    # the BOM must not end up in the first header cell
    assert preview.columns[0] == "Namn"
    assert names(preview) == ["Åsa Öberg", "Matti Mäkinen", "Björn Ärlig"]


def test_utf8_bom_comma(tmp_path):
    text = "Name,Organization,Email\nZoë Ångström,Röda Korset,zoe@example.org\n"
    preview = read_registration_list(write_text(tmp_path, "bom-comma.csv", text, "utf-8-sig"))
    assert (preview.encoding, preview.delimiter) == ("utf-8-sig", ",")
    assert preview.drafts[0].name == "Zoë Ångström"
    assert preview.drafts[0].organisation == "Röda Korset"


def test_plain_utf8(tmp_path):
    text = "Namn;Organisation\nŁukasz Żółć;Polska föreningen\nHawa Cabdi;Somaliska föreningen\n"
    preview = read_registration_list(write_text(tmp_path, "plain.csv", text))
    assert preview.encoding == "utf-8"
    assert names(preview) == ["Łukasz Żółć", "Hawa Cabdi"]


def test_comma_csv_with_quoted_commas_semicolons_and_newlines(tmp_path):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Name", "Organization", "Category", "Email", "Notes"])
    writer.writerow(["Öberg, Åsa", "Förening; Gemenskap", "NGO", "asa@example.se", "a\nb"])
    writer.writerow(["Karin  \n Lind", "Röda Korset,\nLund", "Resident", "", 'says "hi"'])
    writer.writerow(["Omar Said", "Stadsbyggnad", "Official", "omar@kommun.se", ""])
    path = write_text(tmp_path, "quoted.csv", buffer.getvalue())

    preview = read_registration_list(path)

    assert preview.delimiter == ","
    assert preview.problems == ()
    first, second, third = preview.drafts
    assert first.name == "Öberg, Åsa"
    assert first.organisation == "Förening; Gemenskap"
    assert first.category == "ngo"
    # names and organisations have whitespace (including newlines) collapsed
    assert second.name == "Karin Lind"
    assert second.organisation == "Röda Korset, Lund"
    assert second.category == "resident"
    # row numbers are records (as Excel shows them), not physical lines
    assert [d.row_number for d in preview.drafts] == [2, 3, 4]
    assert third.category == "official"
    assert preview.ignored_columns == ("Notes",)


def test_tab_separated(tmp_path):
    text = "Förnamn\tEfternamn\tFörvaltning\tRoll\nLeila\tAhmadi\tKultur och fritid\tModerator\n"
    preview = read_registration_list(write_text(tmp_path, "list.txt", text))
    assert preview.delimiter == "\t"
    draft = preview.drafts[0]
    assert (draft.name, draft.organisation, draft.role) == ("Leila Ahmadi", "Kultur och fritid", "moderator")


def test_tsv_extension_and_utf16_unicode_text(tmp_path):
    # Excel's "Unicode text" export: UTF-16 with BOM, tab separated.
    text = "Namn\tOrganisation\r\nÅsa Öberg\tKommunen\r\n"
    preview = read_registration_list(write_text(tmp_path, "unicode.tsv", text, "utf-16"))
    assert (preview.encoding, preview.delimiter) == ("utf-16", "\t")
    assert names(preview) == ["Åsa Öberg"]


def test_delimiter_counted_in_header_not_fooled_by_commas_in_values(tmp_path):
    text = (
        "Namn;Organisation;Språk\n"
        "Öberg, Åsa;Förening, Malmö;svenska, engelska\n"
        "Lind, Karin;Kommun, Lund;sv, en\n"
    )
    preview = read_registration_list(write_text(tmp_path, "semi.csv", text))
    assert preview.delimiter == ";"
    assert names(preview) == ["Öberg, Åsa", "Lind, Karin"]
    assert preview.drafts[1].languages == ("sv", "en")


def test_single_column_list_does_not_split_names(tmp_path):
    text = "Namn\nÖberg, Åsa\nLind, Karin\n"
    preview = read_registration_list(write_text(tmp_path, "one.csv", text))
    assert names(preview) == ["Öberg, Åsa", "Lind, Karin"]


def test_title_rows_above_header_and_excel_padding(tmp_path):
    text = (
        "Anmälningslista workshop 12 maj;;;\r\n"
        ";;;\r\n"
        "Namn;Organisation;Kategori;\r\n"
        "Åsa Öberg;Pensionärsrådet;Pensionärsråd;\r\n"
        ";;;\r\n"
        "Karin Lind;Funktionshinderrådet;Funktionshinderråd;\r\n"
    )
    preview = read_registration_list(write_text(tmp_path, "title.csv", text, "cp1252"))
    assert preview.columns == ("Namn", "Organisation", "Kategori")
    assert [(d.row_number, d.category) for d in preview.drafts] == [
        (4, "advisory_board"),
        (6, "advisory_board"),
    ]
    assert preview.total_rows == 2


def test_excel_sep_line(tmp_path):
    text = "sep=,\nNamn,Organisation\nÅsa Öberg,Kommunen\n"
    preview = read_registration_list(write_text(tmp_path, "sep.csv", text))
    assert preview.delimiter == ","
    assert preview.columns == ("Namn", "Organisation")
    assert [(d.row_number, d.name) for d in preview.drafts] == [(2, "Åsa Öberg")]


def test_repeated_header_rows_are_skipped(tmp_path):
    text = "Namn;Kategori\nÅsa Öberg;Invånare\nNamn;Kategori\nKarin Lind;Politiker\n"
    preview = read_registration_list(write_text(tmp_path, "pasted.csv", text))
    assert names(preview) == ["Åsa Öberg", "Karin Lind"]
    assert preview.problems == ()


# --------------------------------------------------------------------------------------------
# xlsx
# --------------------------------------------------------------------------------------------


def test_xlsx_with_numbers_dates_and_empty_rows(tmp_path):
    path = write_xlsx(
        tmp_path,
        "anmalan.xlsx",
        [
            ("Namn", "Organisation", "Kategori", "Telefon", "Anmäld", "Språk"),
            ("Åsa Öberg", "Föreningen Gemenskap", "Förening", 46701234567, dt.datetime(2024, 5, 12), "sv/ar"),
            (None, None, None, None, None, None),
            ("Matti Mäkinen", "Kommunen", "Kommunanställd", 701234567.0, dt.datetime(2024, 5, 12, 14, 30), None),
            (),
            ("  Hawa   Cabdi ", None, None, "070-765 43 21", None, "Somaliska Arabiska"),
        ],
    )

    preview = read_registration_list(path)

    assert preview.file_kind == "xlsx"
    assert preview.encoding is None and preview.delimiter is None
    assert preview.problems == ()
    assert preview.total_rows == 3
    asa, matti, hawa = preview.drafts
    assert (asa.row_number, asa.phone, asa.languages) == (2, "46701234567", ("sv", "ar"))
    assert (matti.row_number, matti.phone, matti.category) == (4, "701234567", "official")
    assert (hawa.row_number, hawa.name, hawa.phone) == (6, "Hawa Cabdi", "070-765 43 21")
    assert hawa.languages == ("so", "ar")
    assert hawa.category == "other"
    assert preview.ignored_columns == ("Anmäld",)


def test_xlsx_first_sheet_only_and_formula_text_kept(tmp_path):
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.append(["Name", "Organisation"])
    first.append(["=HYPERLINK(\"http://evil\")", "@SUM(1)"])
    first["A2"].data_type = "s"  # stored as text, exactly what Excel does for a '-prefixed cell
    second = workbook.create_sheet("Other")
    second.append(["Namn"])
    second.append(["Should not be read"])
    path = tmp_path / "two-sheets.xlsx"
    workbook.save(path)

    preview = read_registration_list(path)

    assert names(preview) == ['=HYPERLINK("http://evil")']
    assert preview.drafts[0].organisation == "@SUM(1)"


def test_corrupt_xlsx_is_unreadable(tmp_path):
    path = write_bytes(tmp_path, "broken.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path)
    assert info.value.code == "unreadable"


def test_xlsx_without_rows_is_empty(tmp_path):
    path = write_xlsx(tmp_path, "blank.xlsx", [])
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path)
    assert info.value.code == "empty"


# --------------------------------------------------------------------------------------------
# header mapping
# --------------------------------------------------------------------------------------------


def test_first_and_last_name_combined(tmp_path):
    text = "Förnamn;Efternamn;Arbetsplats\nÅsa;Öberg;Skola\n;Mäkinen;Bibliotek\nKarin;;\n"
    preview = read_registration_list(write_text(tmp_path, "split.csv", text))
    assert preview.mapping == {"first_name": "Förnamn", "last_name": "Efternamn", "organisation": "Arbetsplats"}
    assert names(preview) == ["Åsa Öberg", "Mäkinen", "Karin"]


def test_name_column_wins_over_first_last_when_filled(tmp_path):
    text = "Namn,First name,Surname\nÅsa Öberg,Å,Ö\n,Karin,Lind\n"
    preview = read_registration_list(write_text(tmp_path, "both.csv", text))
    assert names(preview) == ["Åsa Öberg", "Karin Lind"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("  NAMN ", "name"),
        ("fullständigt   namn", "name"),
        ("Fullstandigt namn", "name"),
        ("DELTAGARE", "name"),
        ("Name", "name"),
        ("förening", "organisation"),
        ("FÖRVALTNING", "organisation"),
        ("organization", "organisation"),
        ("Org", "organisation"),
        ("Org.", "organisation"),
        ("typ", "category"),
        ("Category", "category"),
        ("ROLL", "role"),
        ("role", "role"),
        ("E-Post", "email"),
        ("epost", "email"),
        ("Mejl", "email"),
        ("E-mail", "email"),
        ("EMAIL", "email"),
        ("E-postadress *", "email"),
        ("Mobil", "phone"),
        ("tel", "phone"),
        ("Phone", "phone"),
        ("SPRAK", "languages"),
        ("Språk (valfritt)", "languages"),
        ("Languages", "languages"),
    ],
)
def test_header_synonyms(tmp_path, header, field):
    cells = ["Namn", header] if field != "name" else [header, "Kolumn"]
    text = ";".join(cells) + "\nÅsa Öberg;x\n"
    preview = read_registration_list(write_text(tmp_path, "h.csv", text))
    assert preview.mapping[field] == header.strip()


def test_misleading_headers_are_not_mapped(tmp_path):
    text = "Namn;Namnbricka;Typ av kost;Rollstol;Personnummer\nÅsa Öberg;Ja;Vegetarisk;Nej;19800101-1234\n"
    preview = read_registration_list(write_text(tmp_path, "m.csv", text))
    assert preview.mapping == {"name": "Namn"}
    assert preview.ignored_columns == ("Namnbricka", "Typ av kost", "Rollstol", "Personnummer")
    assert preview.drafts[0].category == "other"


def test_english_headers_with_odd_casing(tmp_path):
    text = " FIRST NAME , last name ,ORGANIZATION, category ,Role,E-MAIL,PHONE,language\n" \
        "Sara,Berg,Red Cross,ngo,Note taker,sara@example.org,+46 70 111 22 33,English/Swedish\n"
    preview = read_registration_list(write_text(tmp_path, "en.csv", text))
    draft = preview.drafts[0]
    assert draft == ParticipantDraft(2, "Sara Berg", "Red Cross", "ngo", "note_taker",
                                     "sara@example.org", "+46 70 111 22 33", ("en", "sv"))


def test_no_name_column(tmp_path):
    text = "Organisation;E-post\nKommunen;a@b.se\n"
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(write_text(tmp_path, "noname.csv", text))
    assert info.value.code == "no_name_column"
    assert info.value.detail


# --------------------------------------------------------------------------------------------
# value vocabularies
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tjänsteperson", "official"), ("tjansteman", "official"), ("Anställd", "official"),
        ("KOMMUNANSTÄLLD", "official"), ("Politiker", "politician"),
        ("Förtroendevald", "politician"), ("Förening", "civil_society"),
        ("Civilsamhälle", "civil_society"), ("Ideell förening", "civil_society"),
        ("NGO", "ngo"), ("Frivilligorganisation", "ngo"), ("Icke-statlig organisation", "ngo"),
        ("Råd", "advisory_board"), ("Referensgrupp", "advisory_board"),
        ("Rådgivande", "advisory_board"), ("Pensionärsråd", "advisory_board"),
        ("Invånare", "resident"), ("Medborgare", "resident"), ("Boende", "resident"),
        ("Företag", "business"), ("Näringsliv", "business"), ("Fack", "union"),
        ("Fackförbund", "union"), ("Civil society", "civil_society"), ("official", "official"),
        ("advisory_board", "advisory_board"), ("Trade union", "union"), ("Övrigt", "other"),
        ("", "other"), ("Tjänsteperson (Socialförvaltningen)", "official"),
    ],
)
def test_category_synonyms(tmp_path, value, expected):
    text = f"Namn;Kategori\nÅsa Öberg;{value}\n"
    preview = read_registration_list(write_text(tmp_path, "c.csv", text))
    assert preview.problems == ()
    assert preview.drafts[0].category == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Samordnare", "coordinator"), ("Moderator", "moderator"), ("Samtalsledare", "moderator"),
        ("Bordsvärd", "table_host"), ("table host", "table_host"), ("Table-host", "table_host"),
        ("Sekreterare", "note_taker"), ("Antecknare", "note_taker"), ("Utbildare", "trainer"),
        ("Deltagare", "participant"), ("participant", "participant"), ("note_taker", "note_taker"),
        ("", "participant"),
    ],
)
def test_role_synonyms(tmp_path, value, expected):
    text = f"Namn;Roll\nÅsa Öberg;{value}\n"
    preview = read_registration_list(write_text(tmp_path, "r.csv", text))
    assert preview.problems == ()
    assert preview.drafts[0].role == expected


def test_languages_normalised(tmp_path):
    text = (
        "Namn;Språk\n"
        "A;Svenska, Engelska / Arabiska\n"
        "B;somaliska|persiska|farsi\n"
        "C;Tigrinja Finska Bosniska Kurdiska\n"
        "D;\"spanska; polska\"\n"
        "E;SV och EN samt Klingon\n"
        "F;\n"
    )
    preview = read_registration_list(write_text(tmp_path, "lang.csv", text))
    assert [d.languages for d in preview.drafts] == [
        ("sv", "en", "ar"),
        ("so", "fa"),
        ("ti", "fi", "bs", "ku"),
        ("es", "pl"),
        ("sv", "en", "klingon"),
        (),
    ]


# --------------------------------------------------------------------------------------------
# row problems
# --------------------------------------------------------------------------------------------


def test_unknown_category_and_role_are_problems_not_defaults(tmp_path):
    text = "Namn;Kategori;Roll\nÅsa Öberg;Rymdvarelse;\nKarin Lind;;Trollkarl\nOmar Said;Invånare;Deltagare\n"
    preview = read_registration_list(write_text(tmp_path, "u.csv", text))
    assert names(preview) == ["Omar Said"]
    assert preview.problems == (
        RowProblem(2, ProblemCode.UNKNOWN_CATEGORY, "Rymdvarelse"),
        RowProblem(3, ProblemCode.UNKNOWN_ROLE, "Trollkarl"),
    )
    assert preview.total_rows == 3


def test_missing_name(tmp_path):
    text = "Namn;Organisation;E-post\n;Kommunen;a@kommun.se\n   ;Skolan;\nÅsa Öberg;;\n"
    preview = read_registration_list(write_text(tmp_path, "missing.csv", text))
    assert names(preview) == ["Åsa Öberg"]
    assert codes(preview, 2) == {ProblemCode.MISSING_NAME}
    assert codes(preview, 3) == {ProblemCode.MISSING_NAME}


def test_duplicate_flagged_on_second_occurrence(tmp_path):
    text = (
        "Namn;Organisation;E-post\n"
        "Åsa Öberg;Kommunen;asa@example.se\n"
        "åsa   ÖBERG;kommunen;\n"           # same name + organisation
        "Åsa Öberg;Röda Korset;\n"           # same name, other organisation: a different person
        "Karin Lind;Skolan;ASA@example.se\n"  # same e-mail
    )
    preview = read_registration_list(write_text(tmp_path, "dup.csv", text))
    assert [d.row_number for d in preview.drafts] == [2, 4]
    assert codes(preview, 3) == {ProblemCode.DUPLICATE}
    assert codes(preview, 5) == {ProblemCode.DUPLICATE}
    assert codes(preview, 2) == set()


@pytest.mark.parametrize(
    "email", ["asa.example.se", "asa@", "@example.se", "asa@example", "a b@example.se", "asa@@example.se", "asa@example.s"]
)
def test_invalid_email(tmp_path, email):
    text = f"Namn;E-post\nÅsa Öberg;{email}\n"
    preview = read_registration_list(write_text(tmp_path, "e.csv", text))
    assert preview.drafts == ()
    assert preview.problems == (RowProblem(2, ProblemCode.INVALID_EMAIL, email),)


@pytest.mark.parametrize(
    "email", ["asa.oberg@example.se", "Asa+workshop@sub.kommun.se", "åsa@föreningen.se", "mailto:asa@example.se"]
)
def test_valid_email(tmp_path, email):
    text = f"Namn;E-post\nÅsa Öberg;{email}\n"
    preview = read_registration_list(write_text(tmp_path, "e.csv", text))
    assert preview.problems == ()
    assert preview.drafts[0].email == email.removeprefix("mailto:")


def test_control_characters(tmp_path):
    text = "Namn;Organisation\nÅsa\x00Öberg;Kommunen\nKarin Lind;Sko\x07lan\nOmar\tSaid;Ok\n"
    preview = read_registration_list(write_text(tmp_path, "ctrl.csv", text))
    assert codes(preview, 2) == {ProblemCode.CONTROL_CHARACTERS}
    assert codes(preview, 3) == {ProblemCode.CONTROL_CHARACTERS}
    # the offending value is shown without the raw control character
    assert all("\x00" not in p.value and "\x07" not in p.value for p in preview.problems)
    # a tab inside a name is whitespace, not a problem
    assert names(preview) == ["Omar Said"]


def test_too_long(tmp_path):
    """Held to the process's own limits (domain/limits.py): a row read is a row that imports."""
    long_org = "Ö" * 301
    text = f"Namn;Organisation\nÅsa Öberg;{long_org}\nKarin Lind;{'x' * 200}\nBo Ek;{'y' * 201}\n"
    preview = read_registration_list(write_text(tmp_path, "long.csv", text))
    assert preview.problems == (RowProblem(2, ProblemCode.TOO_LONG, "Ö" * 80, "organisation", 200),
                                RowProblem(4, ProblemCode.TOO_LONG, "y" * 80, "organisation", 200))
    assert names(preview) == ["Karin Lind"]


def test_row_may_have_several_problems(tmp_path):
    text = "Namn;Kategori;Roll;E-post\n;Okänt;Okänd;inte-en-adress\n"
    preview = read_registration_list(write_text(tmp_path, "many.csv", text))
    assert codes(preview, 2) == {
        ProblemCode.MISSING_NAME,
        ProblemCode.UNKNOWN_CATEGORY,
        ProblemCode.UNKNOWN_ROLE,
        ProblemCode.INVALID_EMAIL,
    }
    assert preview.total_rows == 1


def test_formula_like_values_kept_as_text(tmp_path):
    text = 'Namn;Organisation;Telefon\n=1+1;@SUM(A1);+46701234567\n"-Åsa";=HYPERLINK("x");-\n'
    preview = read_registration_list(write_text(tmp_path, "formula.csv", text))
    assert preview.problems == ()
    assert [(d.name, d.organisation, d.phone) for d in preview.drafts] == [
        ("=1+1", "@SUM(A1)", "+46701234567"),
        ("-Åsa", '=HYPERLINK("x")', "-"),
    ]


def test_name_is_nfc_normalised_and_whitespace_collapsed(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Åsa   Öberg ")
    preview = read_registration_list(write_text(tmp_path, "nfd.csv", f"Namn\n  {decomposed}\n"))
    assert preview.drafts[0].name == "Åsa Öberg"
    assert unicodedata.is_normalized("NFC", preview.drafts[0].name)


def test_short_rows_are_padded(tmp_path):
    text = "Namn;Organisation;Kategori;E-post\nÅsa Öberg\nKarin Lind;Skolan\n"
    preview = read_registration_list(write_text(tmp_path, "short.csv", text))
    assert [(d.name, d.organisation, d.category) for d in preview.drafts] == [
        ("Åsa Öberg", "", "other"),
        ("Karin Lind", "Skolan", "other"),
    ]


# --------------------------------------------------------------------------------------------
# whole-file errors
# --------------------------------------------------------------------------------------------


def test_not_found(tmp_path):
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(tmp_path / "finns-inte.csv")
    assert info.value.code == "not_found"


@pytest.mark.parametrize("name", ["lista.docx", "lista.pdf", "lista.xls", "lista.ods", "lista"])
def test_unsupported_type(tmp_path, name):
    path = write_bytes(tmp_path, name, "Namn\nÅsa\n".encode())
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path)
    assert info.value.code == "unsupported_type"


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b";;;\r\n;;;\r\n"])
def test_empty_file(tmp_path, content):
    path = write_bytes(tmp_path, "tom.csv", content)
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path)
    assert info.value.code == "empty"


def test_header_only_is_an_empty_preview(tmp_path):
    preview = read_registration_list(write_text(tmp_path, "header.csv", "Namn;Organisation\n"))
    assert preview.drafts == () and preview.problems == () and preview.total_rows == 0


def test_png_bytes_named_csv_are_unreadable(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    path = write_bytes(tmp_path, "bild.csv", png)
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path)
    assert info.value.code == "unreadable"


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_random_bytes_are_unreadable(tmp_path, seed):
    data = random.Random(seed).randbytes(4096)
    path = write_bytes(tmp_path, "slump.csv", data)
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path)
    assert info.value.code == "unreadable"


def test_xlsx_saved_as_csv_is_unreadable(tmp_path):
    xlsx = write_xlsx(tmp_path, "real.xlsx", [("Namn",), ("Åsa",)])
    path = write_bytes(tmp_path, "fake.csv", xlsx.read_bytes())
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path)
    assert info.value.code == "unreadable"


def test_too_many_rows(tmp_path):
    text = "Namn\n" + "".join(f"Person {i}\n" for i in range(11))
    path = write_text(tmp_path, "many.csv", text)
    with pytest.raises(RegistrationListError) as info:
        read_registration_list(path, max_rows=10)
    assert (info.value.code, info.value.detail) == ("too_many_rows", "10")
    assert len(read_registration_list(path, max_rows=11).drafts) == 11


def test_error_keeps_code_and_detail():
    error = RegistrationListError("unreadable", "binary")
    assert (error.code, error.detail) == ("unreadable", "binary")
    assert RegistrationListError("empty").detail == ""
    assert "unreadable" in str(error)


# --------------------------------------------------------------------------------------------
# size, speed, purity
# --------------------------------------------------------------------------------------------


def test_ten_thousand_rows_correct(tmp_path):
    # How fast is measured in benchmarks/bench_inputs.py, never here.
    lines = ["Förnamn;Efternamn;Organisation;Kategori;E-post;Språk"]
    for i in range(10_000):
        lines.append(f"Åsa{i};Öberg{i};Förening {i % 37};Förening;asa{i}@example.se;svenska,arabiska")
    path = write_text(tmp_path, "big.csv", "\r\n".join(lines) + "\r\n", "cp1252")

    preview = read_registration_list(path)

    assert preview.total_rows == 10_000
    assert len(preview.drafts) == 10_000
    assert preview.problems == ()
    assert preview.drafts[0].name == "Åsa0 Öberg0"
    assert preview.drafts[-1] == ParticipantDraft(
        10_001, "Åsa9999 Öberg9999", "Förening 9", "civil_society", "participant",
        "asa9999@example.se", "", ("sv", "ar"),
    )


def test_reading_never_modifies_the_file(tmp_path):
    csv_path = write_bytes(tmp_path, "pure.csv", SWEDISH_EXCEL_EXPORT.encode("cp1252"))
    xlsx_path = write_xlsx(tmp_path, "pure.xlsx", [("Namn", "Telefon"), ("Åsa", 46701234567)])
    before = {p: (digest(p), p.stat().st_mtime_ns, p.stat().st_size) for p in (csv_path, xlsx_path)}

    read_registration_list(csv_path)
    read_registration_list(str(xlsx_path))

    after = {p: (digest(p), p.stat().st_mtime_ns, p.stat().st_size) for p in (csv_path, xlsx_path)}
    assert before == after
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pure.csv", "pure.xlsx"]


# --------------------------------------------------------------------------------------------
# property: names round-trip
# --------------------------------------------------------------------------------------------

# No control characters (Cc) and no surrogates (Cs); everything else, including odd spaces.
_ANY_TEXT = st.characters(blacklist_categories=("Cc", "Cs"))
_CP1252_TEXT = st.characters(
    codec="cp1252", blacklist_categories=("Cc", "Cs")
)


def _expected(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split())


def _unique_names(raw_names: list[str]) -> list[str]:
    result, seen = [], set()
    for raw in raw_names:
        name = _expected(raw)
        key = " ".join(name.casefold().split())
        if name and key not in seen:
            seen.add(key)
            result.append(raw)
    return result


def _write_csv(names_: list[str], delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Namn", "Organisation"])
    for name in names_:
        writer.writerow([name, "Org"])
    return buffer.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw_names=st.lists(st.text(_ANY_TEXT, min_size=1, max_size=40), min_size=1, max_size=15),
    delimiter=st.sampled_from([";", ",", "\t"]),
    bom=st.booleans(),
)
def test_property_utf8_names_round_trip(tmp_path, raw_names, delimiter, bom):
    chosen = _unique_names(raw_names)
    assume(chosen)
    text = _write_csv(chosen, delimiter)
    path = write_text(tmp_path, "prop-utf8.csv", text, "utf-8-sig" if bom else "utf-8")

    preview = read_registration_list(path)

    assert preview.problems == ()
    assert preview.delimiter == delimiter
    assert names(preview) == [_expected(n) for n in chosen]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw_names=st.lists(st.text(_CP1252_TEXT, min_size=1, max_size=40), min_size=1, max_size=15),
    delimiter=st.sampled_from([";", ",", "\t"]),
)
def test_property_cp1252_names_round_trip(tmp_path, raw_names, delimiter):
    chosen = _unique_names(raw_names)
    assume(chosen)
    data = _write_csv(chosen, delimiter).encode("cp1252")
    # Known, inherent ambiguity of the detection order (strict UTF-8 before cp1252, line by
    # line): a cp1252 line whose every non-ASCII byte happens to form valid UTF-8 ("Ã¥" -> "å")
    # is read as UTF-8. Real Swedish text ("Åsa", "Öberg") never does; such inputs are excluded.
    def utf8_but_not_ascii(line: bytes) -> bool:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return not line.isascii()

    assume(not any(utf8_but_not_ascii(line) for line in data.splitlines()))
    path = write_bytes(tmp_path, "prop-cp1252.csv", data)

    preview = read_registration_list(path)

    assert preview.encoding == ("utf-8" if data.isascii() else "cp1252")
    assert preview.problems == ()
    assert names(preview) == [_expected(n) for n in chosen]
