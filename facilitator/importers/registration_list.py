"""Read participant registration lists as Swedish municipalities really produce them.

Supported sources:

* CSV/text exported by Excel (Swedish locale: semicolon separated, Windows-1252), UTF-8 with or
  without BOM, UTF-16 with BOM (Excel's "Unicode text"), comma or tab separated, with quoted
  fields containing separators and newlines.
* ``.xlsx``/``.xlsm`` workbooks (first worksheet, cached values only, never formulas).

The result is an :class:`ImportPreview`: the rows that can be imported as
:class:`ParticipantDraft` values and, for every rejected row, one or more :class:`RowProblem`.
A file that cannot be read at all raises :class:`RegistrationListError`.

This module is pure Python and imports no Qt. Reading a file never modifies it.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from facilitator.domain import limits
from facilitator.domain.vocabulary import CATEGORY_LABELS, ROLE_LABELS, Category, Role
from facilitator.importers.zip_guard import MB, ArchiveRefused, ZipLimits, check_zip_file

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "ImportCancelled",
    "ImportPreview",
    "ListRows",
    "ParticipantDraft",
    "ProblemCode",
    "RegistrationListError",
    "RowProblem",
    "read_list_rows",
    "read_registration_list",
]

MAX_FIELD_LENGTH = 300
PROBLEM_VALUE_LENGTH = 80
#: How many non-empty rows at the top of a file are searched for the header row (title rows
#: such as "Anmälningslista workshop 12 maj" above the header are common).
HEADER_SEARCH_ROWS = 10

#: The most participants one list may hold; a longer list is refused, never cut short.
MAX_ROWS = 20000
#: The largest file read at all (a CSV, or an .xlsx on disk): checked before reading.
MAX_FILE_BYTES = 20 * MB
#: Columns read from a row; cells further right are never looked at.
MAX_COLUMNS = 256
#: What an .xlsx may unpack to, checked from its zip directory before openpyxl opens it. The
#: first sheet is streamed; the shared strings and styles are read whole, so they are held tighter.
XLSX_LIMITS = ZipLimits(
    max_file_bytes=MAX_FILE_BYTES,
    max_entries=1000,
    max_total_bytes=150 * MB,
    max_entry_bytes=10 * MB,
    max_ratio=100,
    part_limits={"xl/worksheets/sheet*.xml": 100 * MB, "xl/sharedStrings.xml": 20 * MB},
)
#: How often (in rows) the progress callback is called.
PROGRESS_EVERY = 500

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})

FIELDS = (
    "name",
    "first_name",
    "last_name",
    "organisation",
    "category",
    "role",
    "email",
    "phone",
    "languages",
)


# --------------------------------------------------------------------------------------------
# Public types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantDraft:
    row_number: int  # the 1-based row number in the source (header row = 1 in a plain list)
    name: str
    organisation: str  # "" if none
    category: str  # a Category value
    role: str  # a Role value
    email: str
    phone: str
    languages: tuple[str, ...]


class ProblemCode(StrEnum):
    """Reasons a row is rejected."""

    MISSING_NAME = "missing_name"
    UNKNOWN_CATEGORY = "unknown_category"
    UNKNOWN_ROLE = "unknown_role"
    INVALID_EMAIL = "invalid_email"
    DUPLICATE = "duplicate"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"


@dataclass(frozen=True)
class RowProblem:
    row_number: int
    code: ProblemCode
    value: str  # the offending value (control characters replaced, truncated to 80 chars) or ""
    field: str = ""  # TOO_LONG: the participant's field ("name", "organisation", "email", "phone")
    limit: int = 0  # TOO_LONG: the most characters that field may hold (domain/limits.py)


@dataclass(frozen=True)
class ImportPreview:
    path: str
    file_kind: str  # "csv" or "xlsx"
    encoding: str | None  # "utf-8-sig", "utf-8", "cp1252", "utf-16"; None for xlsx
    delimiter: str | None  # None for xlsx
    columns: tuple[str, ...]  # the header as found
    mapping: dict[str, str]  # field name -> source column header, only mapped fields
    ignored_columns: tuple[str, ...]
    drafts: tuple[ParticipantDraft, ...]  # good rows, in file order
    problems: tuple[RowProblem, ...]  # every bad row with its reason(s)

    @property
    def total_rows(self) -> int:
        """Non-empty data rows: the good ones plus the rejected ones."""
        return len(self.drafts) + len({p.row_number for p in self.problems})


class RegistrationListError(Exception):
    """The file as a whole cannot be read.

    Codes: ``not_found``, ``unsupported_type``, ``empty``, ``no_name_column``, ``unreadable``,
    ``too_many_rows`` (detail: the limit, in rows), ``too_large`` (detail: the limit in MB),
    ``too_many_parts`` (an .xlsx with more parts than the limit; detail: the limit),
    ``unpacks_too_large`` (detail: the limit in MB), ``packed_too_tightly`` (detail: the ratio),
    ``unclosed_quote`` (detail: the line where the quoted field that never closes begins).
    """

    def __init__(self, code: str, detail: str = ""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}" if self.detail else self.code


class ImportCancelled(Exception):
    """Raised by a progress callback to stop reading; passes out of :func:`read_registration_list`."""


Progress = Callable[[int], None]


def _refused(error: ArchiveRefused) -> RegistrationListError:
    if error.code == "not_zip":
        return RegistrationListError("unreadable", "not a zip package")
    if error.code in ("too_large", "unpacks_too_large"):
        return RegistrationListError(error.code, str(error.limit // MB))
    return RegistrationListError(error.code, str(error.limit))


# --------------------------------------------------------------------------------------------
# Text normalisation helpers
# --------------------------------------------------------------------------------------------

_PARENS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WS_RE = re.compile(r"\s+")
# C0 controls except tab, LF and CR, plus DEL.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL_RE = re.compile(
    r"^[^@\s<>(),;:\"\[\]]+@(?:[^@\s<>(),;:\"\[\].]+\.)+[^@\s<>(),;:\"\[\].\d]{2,}$"
)


def _fold(text: str) -> str:
    """Casefolded, without diacritics, only letters and digits: "E-post *" -> "epost"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _fold_label(text: str) -> str:
    """Like :func:`_fold`, ignoring parenthesised remarks unless nothing else is left."""
    without = _PARENS_RE.sub(" ", text)
    folded = _fold(without)
    return folded or _fold(text)


def _collapse(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


#: The most characters a list's column may hold: the process's own limit for what is stored
#: as typed (domain/limits.py), MAX_FIELD_LENGTH for what is only looked up.
STORED_LIMITS: dict[str, int] = {
    field: min(MAX_FIELD_LENGTH, limits.limit(table, column))
    for field, (table, column) in {
        "name": ("participant", "name"), "first_name": ("participant", "name"),
        "last_name": ("participant", "name"), "organisation": ("organisation", "name"),
        "email": ("participant", "email"), "phone": ("participant", "phone"),
    }.items()
}


MIN_STORED_LIMIT = min(STORED_LIMITS.values())


def _stored_limit(field: str) -> int:
    return STORED_LIMITS.get(field, MAX_FIELD_LENGTH)


def _clip(text: str) -> str:
    """A value safe to show in a problem list: no control characters, at most 80 chars."""
    return _CONTROL_RE.sub("\ufffd", text)[:PROBLEM_VALUE_LENGTH]


# --------------------------------------------------------------------------------------------
# Header synonyms
# --------------------------------------------------------------------------------------------

# Exact matches only (after folding): prefix matching would map "Namnbricka", "Typ av kost" or
# "Rollstol" onto name/category/role.
_HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "Namn", "Name", "Fullständigt namn", "Deltagare", "Deltagarens namn", "Namn på deltagare",
        "Deltagarnamn", "För- och efternamn", "Förnamn och efternamn", "Full name", "Fullname",
        "Participant", "Participant name", "Namn deltagare",
    ),
    "first_name": ("Förnamn", "First name", "Firstname", "Given name", "Tilltalsnamn", "Forename"),
    "last_name": ("Efternamn", "Last name", "Lastname", "Surname", "Family name"),
    "organisation": (
        "Organisation", "Organization", "Förening", "Förvaltning", "Arbetsplats", "Org",
        "Organisation/förening", "Förening/organisation", "Organisation/förvaltning",
        "Förvaltning/organisation", "Organisation eller förening", "Myndighet", "Företag",
        "Company", "Affiliation", "Employer", "Arbetsgivare", "Verksamhet",
    ),
    "category": (
        "Kategori", "Category", "Typ", "Type", "Deltagarkategori", "Deltagartyp",
        "Typ av deltagare", "Participant type", "Participant category",
    ),
    "role": (
        "Roll", "Role", "Roll på mötet", "Roll i mötet", "Roll på workshopen", "Roll i workshopen",
        "Funktion på mötet", "Role in meeting",
    ),
    "email": (
        "E-post", "Epost", "Mejl", "E-mail", "Email", "Mail", "E-postadress", "Epostadress",
        "Mejladress", "Mailadress", "E-mailadress", "Email address", "E-mail address",
    ),
    "phone": (
        "Telefon", "Mobil", "Tel", "Phone", "Tfn", "Telefonnummer", "Mobilnummer", "Mobiltelefon",
        "Tel.nr", "Telnr", "Mobile", "Phone number", "Telephone", "Mobile phone", "Mobilnr",
    ),
    "languages": (
        "Språk", "Languages", "Language", "Språkkunskaper", "Talade språk", "Spoken languages",
    ),
}

_HEADER_LOOKUP: dict[str, str] = {
    _fold_label(synonym): field
    for field, synonyms in _HEADER_SYNONYMS.items()
    for synonym in synonyms
}

# --------------------------------------------------------------------------------------------
# Category, role and language vocabularies
# --------------------------------------------------------------------------------------------

_CATEGORY_SYNONYMS: dict[Category, tuple[str, ...]] = {
    Category.OFFICIAL: (
        "Tjänsteperson", "Tjänsteman", "Tjänstemän", "Tjänstepersoner", "Tjänstekvinna",
        "Anställd", "Kommunanställd", "Medarbetare", "Official", "Officials", "Employee",
        "Staff", "Civil servant", "Municipal employee", "Kommunen", "Kommun",
    ),
    Category.POLITICIAN: (
        "Politiker", "Förtroendevald", "Förtroendevalda", "Kommunpolitiker", "Politician",
        "Elected", "Elected official", "Councillor", "Councilor",
    ),
    Category.CIVIL_SOCIETY: (
        "Förening", "Föreningar", "Föreningen", "Föreningsliv", "Föreningslivet",
        "Civilsamhälle", "Civilsamhället", "Civilsamhälle / förening", "Ideell förening", "Trossamfund", "Civil society",
        "Association", "Civil society organisation", "Civil society organization", "CSO",
    ),
    Category.NGO: (
        "NGO", "Frivilligorganisation", "Icke-statlig organisation", "Ideell organisation",
        "Non-governmental organisation", "Non-governmental organization", "Nonprofit",
        "Non-profit", "Frivillig organisation",
    ),
    Category.ADVISORY_BOARD: (
        "Råd", "Referensgrupp", "Rådgivande", "Pensionärsråd", "Rådgivande organ",
        "Advisory board", "Advisory council", "Reference group", "KPR", "KFR",
    ),
    Category.RESIDENT: (
        "Invånare", "Medborgare", "Boende", "Kommuninvånare", "Privatperson", "Allmänhet",
        "Allmänheten", "Resident", "Residents", "Citizen", "Citizens", "Private person",
    ),
    Category.BUSINESS: (
        "Företag", "Näringsliv", "Näringslivet", "Företagare", "Business", "Company",
        "Private sector", "Privat sektor",
    ),
    Category.UNION: (
        "Fack", "Fackförbund", "Facket", "Fackförening", "Arbetstagarorganisation", "Union",
        "Trade union", "Labour union", "Labor union",
    ),
    Category.OTHER: ("Övrigt", "Övriga", "Övrig", "Annat", "Annan", "Other"),
}

_ROLE_SYNONYMS: dict[Role, tuple[str, ...]] = {
    Role.COORDINATOR: ("Samordnare", "Koordinator", "Coordinator", "Processamordnare"),
    Role.MODERATOR: (
        "Moderator", "Samtalsledare", "Processledare", "Mötesledare", "Facilitator",
        "Facilitatorer",
    ),
    Role.TABLE_HOST: ("Bordsvärd", "Bordsvärdinna", "Bordsvärdar", "Table host", "Värd", "Host"),
    Role.NOTE_TAKER: (
        "Sekreterare", "Antecknare", "Protokollförare", "Note taker", "Notetaker", "Secretary",
        "Minute taker",
    ),
    Role.TRAINER: ("Utbildare", "Trainer", "Föreläsare", "Instructor", "Kursledare"),
    Role.PARTICIPANT: ("Deltagare", "Participant", "Deltar", "Attendee", "Delegat"),
}


def _value_lookup(enum_cls, labels, synonyms) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for member in enum_cls:
        lookup[_fold(member.value)] = member.value
        lookup[_fold(labels[member])] = member.value
        for synonym in synonyms.get(member, ()):
            lookup[_fold(synonym)] = member.value
    return lookup


_CATEGORY_LOOKUP = _value_lookup(Category, CATEGORY_LABELS, _CATEGORY_SYNONYMS)
_ROLE_LOOKUP = _value_lookup(Role, ROLE_LABELS, _ROLE_SYNONYMS)


@lru_cache(maxsize=512)
def _map_category(raw: str) -> str | None:
    if not raw:
        return Category.OTHER.value
    found = _CATEGORY_LOOKUP.get(_fold_label(raw)) or _CATEGORY_LOOKUP.get(_fold(raw))
    if found:
        return found
    # "Pensionärsrådet", "Funktionshinderråd", "Ungdomsråd (KUR)" ...
    compact = _WS_RE.sub("", _PARENS_RE.sub("", _nfc(raw).casefold()))
    if compact.endswith(("råd", "rådet")):
        return Category.ADVISORY_BOARD.value
    return None


@lru_cache(maxsize=512)
def _map_role(raw: str) -> str | None:
    if not raw:
        return Role.PARTICIPANT.value
    return _ROLE_LOOKUP.get(_fold_label(raw)) or _ROLE_LOOKUP.get(_fold(raw))


_LANGUAGE_CODES = {
    "svenska": "sv", "swedish": "sv",
    "engelska": "en", "english": "en",
    "arabiska": "ar", "arabic": "ar",
    "somaliska": "so", "somali": "so",
    "persiska": "fa", "farsi": "fa", "persian": "fa",
    "tigrinja": "ti", "tigrinya": "ti",
    "finska": "fi", "finnish": "fi",
    "bosniska": "bs", "bosnian": "bs",
    "kurdiska": "ku", "kurdish": "ku",
    "spanska": "es", "spanish": "es",
    "polska": "pl", "polish": "pl",
    "tyska": "de", "german": "de",
    "franska": "fr", "french": "fr",
    "ryska": "ru", "russian": "ru",
    "ukrainska": "uk", "ukrainian": "uk",
    "turkiska": "tr", "turkish": "tr",
}
_LANGUAGE_FOLDED = {_fold(k): v for k, v in _LANGUAGE_CODES.items()}
_LANGUAGE_FILLERS = frozenset({"och", "samt", "and", "&", "+", "-", "m.fl.", "mfl"})
_LANGUAGE_SPLIT_RE = re.compile(r"[|,/;\s]+")
_LANGUAGE_STRIP = "()[]{}.:!?\"'*"


@lru_cache(maxsize=1024)
def _parse_languages(raw: str) -> tuple[str, ...]:
    result: list[str] = []
    for token in _LANGUAGE_SPLIT_RE.split(raw):
        word = _nfc(token).casefold()
        if not word or word in _LANGUAGE_FILLERS:
            continue
        word = word.strip(_LANGUAGE_STRIP)
        if not word or word in _LANGUAGE_FILLERS:
            continue
        code = _LANGUAGE_CODES.get(word) or _LANGUAGE_FOLDED.get(_fold(word)) or word
        if code not in result:
            result.append(code)
    return tuple(result)


# --------------------------------------------------------------------------------------------
# Reading the file into rows of strings
# --------------------------------------------------------------------------------------------

_BINARY_SIGNATURES = (
    (b"PK\x03\x04", "a zip archive (an Excel or Word file saved under another name?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office file (.xls/.doc)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"{\\rtf", "an RTF document"),
)


_UTF32_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"))


def _sniff_wide(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, recognised by where the zero bytes fall.

    Registration lists are mostly Latin letters, digits and separators: in UTF-16 every other
    byte is zero, in UTF-32 three bytes of four. A text with no such pattern is not wide."""
    sample = data[:65536]
    sample = sample[: len(sample) - len(sample) % 4] if len(data) % 4 == 0 else sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None

    def zero_share(offset: int, step: int) -> float:
        part = sample[offset::step]
        return part.count(0) / len(part) if part else 0.0

    if len(data) % 4 == 0:
        shares = [zero_share(i, 4) for i in range(4)]
        if shares[0] < 0.1 and min(shares[1:]) > 0.9 and shares[1] > 0.5:
            return "utf-32-le"
        if shares[3] < 0.1 and min(shares[:3]) > 0.9:
            return "utf-32-be"
    even, odd = zero_share(0, 2), zero_share(1, 2)
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


# One well-formed UTF-8 sequence of two to four bytes.
_UTF8_SEQUENCE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _decode(data: bytes) -> tuple[str, str]:
    """BOM, else UTF-16/32 without one, else strict UTF-8, else Windows-1252 with any UTF-8
    lines kept as UTF-8."""
    for bom, encoding in _UTF32_BOMS:  # before UTF-16: FF FE 00 00 also starts like UTF-16 LE
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise RegistrationListError("unreadable", f"invalid UTF-32: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise RegistrationListError("unreadable", f"invalid UTF-8 after BOM: {exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise RegistrationListError("unreadable", f"invalid UTF-16: {exc}") from None
    for signature, description in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise RegistrationListError("unreadable", f"the file is {description}, not text")
    wide = _sniff_wide(data)
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError as exc:
            raise RegistrationListError("unreadable", f"looks like {wide.upper()} without a BOM, but: {exc}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252, line by line: a list saved by Excel can have rows pasted from a web form
    # in UTF-8, and those rows must not arrive as "BjÃ¶rn". (A Windows-1252 line whose every
    # non-ASCII byte also forms UTF-8, such as "Ã¥", would be read as UTF-8; Swedish names
    # never do.)
    if not _UTF8_SEQUENCE_RE.search(data):
        # No line holds UTF-8 beyond ASCII: the same text in one go (a long list in seconds less).
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass  # line by line below, to name the problem
    lines = []
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError as exc:
                raise RegistrationListError("unreadable", f"not a text file: {exc.reason}") from None
    return "".join(lines), "cp1252"


def _looks_binary(text: str) -> bool:
    """Many control characters: binary data, not a text export with a stray NUL in a cell."""
    sample = text[:65536]
    controls = len(_CONTROL_RE.findall(sample))
    return controls > max(8, len(sample) // 100)


_CANDIDATE_DELIMITERS = (";", ",", "\t")
_SEP_LINE_RE = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count = 0
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


#: A row that runs over more lines than this is a quote that was opened and never closed (a
#: real cell with line breaks, an address or a comment, has a handful).
MAX_LINES_IN_ROW = 100


def _csv_numbered_rows(text: str, delimiter: str):
    """(row number, cells) of each row, streamed; a quote left open is reported at the line
    where it opens, not where the reader gives up."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
        doublequote=True, skipinitialspace=True, strict=False,
    )
    number = 0
    while True:
        start = reader.line_num + 1  # the line this row begins on
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger" in str(exc):  # a quoted field running on to the end
                raise RegistrationListError("unclosed_quote", str(start)) from None
            raise RegistrationListError("unreadable", f"CSV error in the row from line {start}: {exc}") from None
        if reader.line_num - start >= MAX_LINES_IN_ROW:
            raise RegistrationListError("unclosed_quote", str(start))
        number += 1
        yield number, row


def _csv_rows(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    """The first ``limit`` rows (all without one)."""
    rows: list[list[str]] = []
    for _number, row in _csv_numbered_rows(text, delimiter):
        if limit is not None and len(rows) >= limit:
            break
        rows.append(row)
    return rows


def _header_score(rows: list[list[str]]) -> tuple[int, int, int]:
    """(found, number of mapped fields, -index) of the header row among the top rows."""
    seen = 0
    for index, row in enumerate(rows):
        if not any(cell.strip() for cell in row):
            continue
        seen += 1
        fields = {_HEADER_LOOKUP.get(_fold_label(cell)) for cell in row} - {None}
        if fields & {"name", "first_name", "last_name"}:
            return (1, len(fields), -index)
        if seen >= HEADER_SEARCH_ROWS:
            break
    return (0, 0, 0)


def _detect_delimiter(text: str) -> str:
    """Count separators (outside quotes) in the first non-empty line; confirm with the header.

    When the count is inconclusive (no separator, a tie, or the header cannot be found with the
    winner, e.g. a title row above the header) every candidate is tried and the one that finds
    the header with the most recognised columns wins; among equals (a one-column list) the
    candidate that occurs least in the text, so that values are never split.
    """
    first_line = next((line for line in text[:65536].splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(first_line, d) for d in _CANDIDATE_DELIMITERS}
    best = max(counts.values())
    winners = [d for d, c in counts.items() if c == best]
    top_rows: dict[str, list[list[str]]] = {}

    def rows_for(d: str) -> list[list[str]]:
        if d not in top_rows:
            top_rows[d] = _csv_rows(text, d, limit=HEADER_SEARCH_ROWS * 5)
        return top_rows[d]

    if best > 0 and len(winners) == 1 and _header_score(rows_for(winners[0]))[0]:
        return winners[0]

    sample = text[:65536]
    scored = [
        (_header_score(rows_for(d)), counts[d], -sample.count(d), -i, d)
        for i, d in enumerate(_CANDIDATE_DELIMITERS)
    ]
    scored.sort(reverse=True)
    top = scored[0]
    if top[0][0] == 0:
        # No header anywhere: report the best guess; the caller raises no_name_column.
        try:
            return csv.Sniffer().sniff(sample, delimiters="".join(_CANDIDATE_DELIMITERS)).delimiter
        except csv.Error:
            return winners[0] if best > 0 else ","
    return top[-1]


def _kept_rows(rows, max_rows: int, progress: Progress | None) -> list[tuple[int, list[str]]]:
    """The non-empty rows of ``rows`` ((number, cells) pairs, streamed), at most MAX_COLUMNS
    cells each. Stops, refusing the list, as soon as there are more than ``max_rows`` rows
    below the header could be; calls ``progress`` (which may raise ImportCancelled) as it goes."""
    kept: list[tuple[int, list[str]]] = []
    cap = max_rows + HEADER_SEARCH_ROWS + 1
    for number, row in rows:
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number)
        if len(row) > MAX_COLUMNS:
            row = row[:MAX_COLUMNS]
        if _is_empty(row):
            continue
        kept.append((number, row))
        if len(kept) > cap:
            raise RegistrationListError("too_many_rows", str(max_rows))
    return kept


def _read_csv(
    data: bytes, max_rows: int = MAX_ROWS, progress: Progress | None = None
) -> tuple[list[tuple[int, list[str]]], str, str]:
    text, encoding = _decode(data)
    del data
    if not text.strip():
        raise RegistrationListError("empty", "the file contains no text")
    if _looks_binary(text):
        raise RegistrationListError("unreadable", "the file contains binary data")

    # Excel understands a first line "sep=;"; it is not shown as a row there.
    first_end = text.find("\n")
    first_line = text if first_end < 0 else text[:first_end]
    sep_match = _SEP_LINE_RE.match(first_line)
    if sep_match:
        delimiter = sep_match.group(1)
        text = "" if first_end < 0 else text[first_end + 1:]
    else:
        delimiter = _detect_delimiter(text)
    try:
        rows = _kept_rows(_csv_numbered_rows(text, delimiter), max_rows, progress)
    except RegistrationListError as error:
        if error.code == "unclosed_quote" and sep_match:  # count the "sep=" line as the file does
            raise RegistrationListError("unclosed_quote", str(int(error.detail) + 1)) from None
        raise
    return rows, encoding, delimiter


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    return str(value)


class _NoDimensionScan:
    """While a workbook is opened, its read-only sheets skip openpyxl's look for a saved
    dimension. That look reads a sheet without one to its end, for every sheet, before the first
    row is returned (seconds per sheet, and no cancelling); the dimension is not used here anyway
    (``reset_dimensions``). The sheet class left behind is openpyxl's own with the defaults
    ``reset_dimensions`` sets."""

    def __init__(self):
        self._lock = threading.Lock()

    def __enter__(self):
        from openpyxl.reader import excel
        from openpyxl.worksheet._read_only import ReadOnlyWorksheet

        class StreamingSheet(ReadOnlyWorksheet):
            def _get_size(self) -> None:
                pass

        self._lock.acquire()
        self._saved = excel.ReadOnlyWorksheet
        excel.ReadOnlyWorksheet = StreamingSheet
        return self

    def __exit__(self, *exc_info) -> None:
        from openpyxl.reader import excel

        excel.ReadOnlyWorksheet = self._saved
        self._lock.release()


_NO_DIMENSION_SCAN = _NoDimensionScan()


def _read_xlsx(
    path: Path, max_rows: int = MAX_ROWS, progress: Progress | None = None
) -> list[tuple[int, list[str]]]:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise RegistrationListError("unsupported_type", "openpyxl is not installed") from None

    # The zip's directory first: a bomb is refused before anything is inflated.
    try:
        check_zip_file(path, XLSX_LIMITS)
    except ArchiveRefused as refused:
        raise _refused(refused) from None
    except OSError as exc:
        raise RegistrationListError("unreadable", str(exc)) from None
    try:
        with _NO_DIMENSION_SCAN:
            workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException, XML errors...
        raise RegistrationListError("unreadable", f"{type(exc).__name__}: {exc}") from None
    try:
        if not workbook.worksheets:
            raise RegistrationListError("empty", "the workbook has no worksheet")
        sheet = workbook.worksheets[0]
        # Saved dimensions are often wrong (other tools write "A1"), which would truncate rows.
        sheet.reset_dimensions()
        # Streamed row by row (read-only mode); only the first MAX_COLUMNS cells are converted.
        values = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        numbered = (
            (number, [_cell_text(v) for v in row]) for number, row in enumerate(values, start=1)
        )
        return _kept_rows(numbered, max_rows, progress)
    except (RegistrationListError, ImportCancelled):
        raise
    except Exception as exc:
        raise RegistrationListError("unreadable", f"{type(exc).__name__}: {exc}") from None
    finally:
        workbook.close()


# --------------------------------------------------------------------------------------------
# Turning rows into drafts and problems
# --------------------------------------------------------------------------------------------


def _is_empty(row: list[str]) -> bool:
    return not any(cell.strip() for cell in row)


def _find_header(rows: list[tuple[int, list[str]]]) -> tuple[int, dict[str, int]]:
    """Index into ``rows`` of the header row and the field -> column index mapping."""
    seen = 0
    for index, (_, row) in enumerate(rows):
        if _is_empty(row):
            continue
        seen += 1
        mapping: dict[str, int] = {}
        for column, cell in enumerate(row):
            field = _HEADER_LOOKUP.get(_fold_label(cell)) if cell.strip() else None
            if field and field not in mapping:
                mapping[field] = column
        if mapping.keys() & {"name", "first_name", "last_name"}:
            return index, mapping
        if seen >= HEADER_SEARCH_ROWS:
            break
    raise RegistrationListError(
        "no_name_column",
        "no column called Namn/Name or Förnamn/Efternamn among the first rows",
    )


def _build_preview(
    path: Path,
    file_kind: str,
    encoding: str | None,
    delimiter: str | None,
    rows: list[tuple[int, list[str]]],
    max_rows: int,
) -> ImportPreview:
    if not any(not _is_empty(row) for _, row in rows):
        raise RegistrationListError("empty", "the file has no rows")
    header_index, field_columns = _find_header(rows)
    header_cells = [cell.strip() for cell in rows[header_index][1]]
    while header_cells and not header_cells[-1]:
        header_cells.pop()
    columns = tuple(header_cells)
    mapped_columns = set(field_columns.values())
    ignored = tuple(
        cell for i, cell in enumerate(columns) if cell and i not in mapped_columns
    )
    mapping = {
        field: columns[column] for field, column in sorted(
            field_columns.items(), key=lambda item: FIELDS.index(item[0])
        )
    }
    header_key = [cell.casefold() for cell in header_cells]
    width = len(header_key)
    first_header_cell = header_key[0] if header_key else ""

    def is_repeated_header(row: list[str]) -> bool:
        # A header repeated further down (lists pasted together) is not a participant.
        return (
            bool(row)
            and row[0].strip().casefold() == first_header_cell
            and [c.strip().casefold() for c in row[:width]] == header_key
        )

    data_rows = [
        (number, row) for number, row in rows[header_index + 1:]
        if not _is_empty(row) and not is_repeated_header(row)
    ]
    if len(data_rows) > max_rows:
        raise RegistrationListError("too_many_rows", str(max_rows))

    col = field_columns.get
    c_name, c_first, c_last = col("name"), col("first_name"), col("last_name")
    c_org, c_cat, c_role = col("organisation"), col("category"), col("role")
    c_email, c_phone, c_lang = col("email"), col("phone"), col("languages")

    drafts: list[ParticipantDraft] = []
    problems: list[RowProblem] = []
    seen_people: set[tuple[str, str]] = set()
    seen_emails: set[str] = set()

    for number, row in data_rows:
        width = len(row)

        def get(column: int | None, row: list[str] = row, width: int = width) -> str:
            return row[column].strip() if column is not None and column < width else ""

        raw = {
            "name": get(c_name), "first_name": get(c_first), "last_name": get(c_last),
            "organisation": get(c_org), "category": get(c_cat), "role": get(c_role),
            "email": get(c_email), "phone": get(c_phone), "languages": get(c_lang),
        }
        row_problems: list[RowProblem] = []

        # Whole-row checks on the raw mapped values (before whitespace is collapsed, which would
        # hide vertical tabs and form feeds).
        for value in raw.values():
            if value and _CONTROL_RE.search(value):
                row_problems.append(RowProblem(number, ProblemCode.CONTROL_CHARACTERS, _clip(value)))
                break
        for field, value in raw.items():
            if len(value) > MIN_STORED_LIMIT and len(value) > (most := _stored_limit(field)):
                shown = "name" if field in ("first_name", "last_name") else field
                row_problems.append(RowProblem(number, ProblemCode.TOO_LONG, _clip(value), shown, most))
                break

        name = raw["name"] or " ".join(p for p in (raw["first_name"], raw["last_name"]) if p)
        name = _nfc(_collapse(name))
        organisation = _nfc(_collapse(raw["organisation"]))
        email = _nfc(raw["email"])
        if email.lower().startswith("mailto:"):
            email = email[7:].strip()
        if email.startswith("<") and email.endswith(">"):
            email = email[1:-1].strip()
        phone = _nfc(_collapse(raw["phone"]))

        if not name:
            row_problems.append(RowProblem(number, ProblemCode.MISSING_NAME, ""))
        if not any(p.code is ProblemCode.TOO_LONG for p in row_problems):
            # What is stored is held to the process's own limits (domain/limits.py), so a row
            # that is read is a row that imports: never cut short, never refused later.
            for field, value in (("name", name), ("organisation", organisation), ("email", email), ("phone", phone)):
                if len(value) > MIN_STORED_LIMIT and len(value) > (most := STORED_LIMITS[field]):
                    row_problems.append(RowProblem(number, ProblemCode.TOO_LONG, _clip(value), field, most))
                    break

        category = _map_category(raw["category"])
        if category is None:
            row_problems.append(RowProblem(number, ProblemCode.UNKNOWN_CATEGORY, _clip(raw["category"])))
        role = _map_role(raw["role"])
        if role is None:
            row_problems.append(RowProblem(number, ProblemCode.UNKNOWN_ROLE, _clip(raw["role"])))
        if email and not _EMAIL_RE.match(email):
            row_problems.append(RowProblem(number, ProblemCode.INVALID_EMAIL, _clip(raw["email"])))

        person_key = (_collapse(name.casefold()), _collapse(organisation.casefold()))
        email_key = email.casefold()
        if name and person_key in seen_people:
            row_problems.append(RowProblem(number, ProblemCode.DUPLICATE, _clip(name)))
        elif email_key and email_key in seen_emails:
            row_problems.append(RowProblem(number, ProblemCode.DUPLICATE, _clip(email)))

        if row_problems:
            problems.extend(row_problems)
            continue

        seen_people.add(person_key)
        if email_key:
            seen_emails.add(email_key)
        drafts.append(
            ParticipantDraft(
                row_number=number,
                name=name,
                organisation=organisation,
                category=category,
                role=role,
                email=email,
                phone=phone,
                languages=_parse_languages(_nfc(raw["languages"])) if raw["languages"] else (),
            )
        )

    return ImportPreview(
        path=str(path),
        file_kind=file_kind,
        encoding=encoding,
        delimiter=delimiter,
        columns=columns,
        mapping=mapping,
        ignored_columns=ignored,
        drafts=tuple(drafts),
        problems=tuple(problems),
    )


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListRows:
    """The non-empty rows of a list file as read, before any meaning is given to them: what
    every list import (participants, the mapping of existing efforts) starts from."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None  # None for xlsx
    delimiter: str | None  # None for xlsx
    rows: list[tuple[int, list[str]]]  # (1-based row number, cells)


def read_list_rows(
    path: str | os.PathLike, *, max_rows: int = MAX_ROWS, progress: Progress | None = None
) -> ListRows:
    """Reads a list file (.csv/.txt/.tsv or .xlsx/.xlsm) into its rows, within the limits.

    The file's size (and an .xlsx's zip directory) is checked against the limits before it is
    parsed; rows are streamed and reading stops as soon as the list is longer than ``max_rows``.
    ``progress`` is called with the number of rows read so far, every PROGRESS_EVERY rows; it
    may raise :class:`ImportCancelled`, which passes out of this function.

    Raises :class:`RegistrationListError` when the file as a whole cannot be used.
    """
    source = Path(path)
    suffix = source.suffix.lower()
    if not source.exists():
        raise RegistrationListError("not_found", str(source))
    if not source.is_file():
        raise RegistrationListError("unreadable", f"{source} is not a file")
    if suffix in CSV_SUFFIXES:
        kind = "csv"
    elif suffix in XLSX_SUFFIXES:
        kind = "xlsx"
    else:
        raise RegistrationListError("unsupported_type", suffix or source.name)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise RegistrationListError("unreadable", str(exc)) from None
    if size == 0:
        raise RegistrationListError("empty", "the file is empty")
    if size > MAX_FILE_BYTES:
        raise RegistrationListError("too_large", str(MAX_FILE_BYTES // MB))

    if kind == "csv":
        try:
            with source.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
        except OSError as exc:
            raise RegistrationListError("unreadable", str(exc)) from None
        if len(data) > MAX_FILE_BYTES:
            raise RegistrationListError("too_large", str(MAX_FILE_BYTES // MB))
        if not data.strip():
            raise RegistrationListError("empty", "the file is empty")
        rows, encoding, delimiter = _read_csv(data, max_rows, progress)
        del data
        return ListRows("csv", encoding, delimiter, rows)
    return ListRows("xlsx", None, None, _read_xlsx(source, max_rows, progress))


def read_registration_list(
    path: str | os.PathLike, *, max_rows: int = MAX_ROWS, progress: Progress | None = None
) -> ImportPreview:
    """Read a registration list (.csv/.txt/.tsv or .xlsx/.xlsm) into an :class:`ImportPreview`.

    The file is read by :func:`read_list_rows` (its limits, its progress and cancelling).
    Raises :class:`RegistrationListError` when the file as a whole cannot be used.
    """
    read = read_list_rows(path, max_rows=max_rows, progress=progress)
    return _build_preview(Path(path), read.kind, read.encoding, read.delimiter, read.rows, max_rows)
