"""Tests of the Word and CSV exports, with helpers that look inside a .docx the way Word would."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_package(path: Path):
    """Every XML part is well-formed and python-docx re-opens the file; returns the document."""
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))  # raises on malformed XML
    return Document(str(path))


def headings(document, level: int | None = None) -> list[str]:
    """Texts of the paragraphs in heading styles (what Word's navigation pane shows)."""
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.startswith("Heading ") and (level is None or name == f"Heading {level}"):
            found.append(paragraph.text)
    return found


def body_text(document) -> str:
    """All text of the body, tables included, in document order."""
    return "\n".join(node.text or "" for node in document.element.body.iter(f"{W}t"))


def table_with_header(document, first_header: str, last: str | None = None):
    """The first table whose header row starts with ``first_header`` (and ends with ``last``)."""
    for table in document.tables:
        if table.rows and table.rows[0].cells[0].text == first_header and (
                last is None or table.rows[0].cells[-1].text == last):
            return table
    raise AssertionError(f"no table headed {first_header!r}: {[t.rows[0].cells[0].text for t in document.tables if t.rows]}")


def repeats_header(table) -> bool:
    properties = table.rows[0]._tr.trPr
    return properties is not None and properties.find(qn("w:tblHeader")) is not None


def rows_text(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def meeting_id(store, meeting_format: str) -> int:
    """The first meeting of a format in a process."""
    from facilitator.domain.entities import Meeting

    return store.list(Meeting, "format = ?", [meeting_format], order_by="id")[0].id


# -- a small process with a bit of everything, and a way to poison all its text ------------------

# Stored identifiers, never typed by anyone: they keep the structure of the data.
KEYS = {"format", "kind", "status", "role", "present_status", "aimed_at", "term", "category", "plan_stage", "share_token"}


def small_process(path):
    """One café meeting with a bit of everything, so each document stays small."""
    from facilitator.domain.entities import (
        AttendanceEntry,
        CafeTable,
        Contribution,
        HarvestItem,
        Measure,
        MeasureSource,
        MeasureStatusChange,
        Meeting,
        Mitigation,
        Organisation,
        Participant,
        Question,
        Round,
        Seat,
        Theme,
        Vote,
    )
    from facilitator.storage.process_store import ProcessStore

    store = ProcessStore.create(path, "Liten process", "Ekbacka kommun")
    meeting = store.insert(Meeting(format="world_cafe", title="Café", date="2027-02-04", start_time="16:00",
                                   end_time="18:00", place="Salen", moderator="M", coordinator="C", purpose="Syfte"))
    org = store.insert(Organisation(name="Föreningen"))
    people = store.insert_many(Participant(name=f"P{n}", organisation_id=org.id) for n in range(3))
    table = store.insert(CafeTable(meeting_id=meeting.id, name="Bordet", host_participant_id=people[0].id))
    round_ = store.insert(Round(meeting_id=meeting.id, number=1))
    store.insert(Question(meeting_id=meeting.id, round_number=1, text="Frågan?"))
    store.insert_many(AttendanceEntry(meeting_id=meeting.id, participant_id=p.id, status="attended") for p in people)
    store.insert_many(Seat(round_id=round_.id, table_id=table.id, participant_id=p.id) for p in people)
    theme = store.insert(Theme(meeting_id=meeting.id, title="Tema"))
    idea = store.insert(Contribution(meeting_id=meeting.id, kind="idea", text="Idé", round_id=round_.id,
                                     table_id=table.id, theme_id=theme.id))
    risk = store.insert(Contribution(meeting_id=meeting.id, kind="risk", text="Risk", round_id=round_.id,
                                     table_id=table.id))
    store.insert(Mitigation(contribution_id=risk.id, text="Minska"))
    store.insert(Vote(meeting_id=meeting.id, contribution_id=idea.id, dots=2))
    store.insert(HarvestItem(meeting_id=meeting.id, table_id=table.id, text="Huvudpunkt"))
    store.insert(HarvestItem(meeting_id=meeting.id, kind="decision", text="Beslut"))
    measure = store.insert(Measure(title="Åtgärd", goal="Mål", owner="Ägare", department="Förvaltning", eccar_point=1,
                                   track=1, origin_meeting_id=meeting.id))
    store.insert(MeasureStatusChange(measure_id=measure.id, status="proposed", date="2027-02-04", note="Notering"))
    store.insert(MeasureSource(measure_id=measure.id, contribution_id=idea.id))
    return store, meeting.id


def poisoned(value, text: str):
    """A copy of ``value`` (the gathered data) with every typed string replaced by ``text``."""
    import copy
    import dataclasses

    if isinstance(value, str):
        return text if value else value
    if isinstance(value, list):
        return [poisoned(item, text) for item in value]
    if isinstance(value, tuple):
        return tuple(poisoned(item, text) for item in value)
    if isinstance(value, dict):
        return {key: poisoned(item, text) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: poisoned(getattr(value, f.name), text) for f in dataclasses.fields(value)
                   if f.name not in KEYS and f.name != "url"}
        return dataclasses.replace(copy.copy(value), **changes)
    return value


def write_all(gathered, text: str, folder: Path) -> list[Path]:
    """Minutes, catalogue, printables and the contributions CSV, every text replaced by ``text``."""
    from facilitator.export.catalogue import write_catalogue
    from facilitator.export.csv_export import write_contributions_csv
    from facilitator.export.minutes import write_minutes
    from facilitator.export.printables import write_printables

    minutes, catalogue, printables, contributions = (poisoned(item, text) for item in gathered)
    return [
        write_minutes(minutes, folder / "minutes.docx"),
        write_catalogue(catalogue, folder / "catalogue.docx"),
        write_printables(printables, folder / "printables.docx"),
        write_contributions_csv(contributions, folder / "contributions.csv"),
    ]
