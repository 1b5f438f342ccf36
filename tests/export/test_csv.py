"""CSV for Swedish Excel: UTF-8 with BOM, semicolons, and no cell that can run as a formula."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.entities import Contribution, Measure, Meeting, Mitigation
from facilitator.export.csv_export import FORMULA_STARTS, safe_cell, write_contributions_csv, write_measures_csv
from facilitator.export.report_data import gather_contributions, gather_measures
from facilitator.storage.process_store import ProcessStore


def read(path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    text = data[3:].decode("utf-8")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.mark.parametrize("text", ["=1+1", "+46 70 174 06 05", "-5", "@SUM(A1)", "\tTAB", "\r=cmd", "=HYPERLINK(\"x\")",
                                  "\uff1dSUM(A1)"])
def test_formula_like_text_is_kept_as_text(text):
    cell = safe_cell(text)
    assert cell.startswith("'")
    assert cell[1:].lstrip("\n") in text.replace("\r", "\n")


def test_ordinary_values_are_untouched():
    assert safe_cell("Åtgärd 3: öka förtroendet") == "Åtgärd 3: öka förtroendet"
    assert safe_cell(7) == "7" and safe_cell(None) == "" and safe_cell(True) == "1"
    assert safe_cell("a = b") == "a = b"


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_no_cell_can_become_a_formula(text):
    cell = safe_cell(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert "\x00" not in cell


def test_measures_csv_opens_in_swedish_excel(store, english, tmp_path):
    entries, meetings, framework = gather_measures(store)
    rows = read(write_measures_csv(entries, meetings, framework, tmp_path / "åtgärder.csv"))
    header = rows[0]
    assert header[:4] == ["No.", "Measure", "Description", "Goal"]
    assert len(rows) == len(entries) + 1 and all(len(row) == len(header) for row in rows)
    first = dict(zip(header, rows[1]))
    assert first["Measure"] == entries[0].measure.title
    assert first["ECCAR point (text)"] == "Greater vigilance against racism"
    assert first["Status history"].count("\n") == len(entries[0].history) - 1


def test_contributions_csv_keeps_hostile_text_as_text(tmp_path, english):
    store = ProcessStore.create(tmp_path / "farlig.facilitator", "Farlig")
    try:
        meeting = store.insert(Meeting(format="workshop", title="=möte", date="2027-03-01"))
        risk = store.insert(Contribution(meeting_id=meeting.id, kind="risk", text="=HYPERLINK(\"http://x\";\"klicka\")"))
        store.insert(Mitigation(contribution_id=risk.id, text="-1+1"))
        store.insert(Contribution(meeting_id=meeting.id, kind="idea", text="rad ett\nrad två; med semikolon \"citat\""))
        rows = read(write_contributions_csv(gather_contributions(store), tmp_path / "inspel.csv"))
    finally:
        store.close()
    header = rows[0]
    by_text = {dict(zip(header, row))["Text"]: dict(zip(header, row)) for row in rows[1:]}
    risk_row = by_text["'=HYPERLINK(\"http://x\";\"klicka\")"]
    assert risk_row["Meeting"] == "'=möte" and risk_row["Measures to reduce the risk"] == "'-1+1"
    assert risk_row["Kind"] == "Risk"
    assert "rad ett\nrad två; med semikolon \"citat\"" in by_text


def test_contributions_of_one_meeting(store, english, tmp_path):
    from . import meeting_id

    cafe = meeting_id(store, "world_cafe")
    rows = gather_contributions(store, cafe)
    assert rows and all(row.meeting.id == cafe for row in rows)
    assert [row.round for row in rows] == sorted(row.round for row in rows)
    everything = gather_contributions(store)
    assert len(everything) > len(rows)


def test_measures_without_fields_still_fill_every_column(tmp_path, english):
    store = ProcessStore.create(tmp_path / "tunn.facilitator", "Tunn")
    try:
        store.insert(Measure(title="Bara en titel"))
        entries, meetings, framework = gather_measures(store)
    finally:
        store.close()
    rows = read(write_measures_csv(entries, meetings, framework, tmp_path / "tunn.csv"))
    assert len(rows) == 2 and len(rows[1]) == len(rows[0])
    assert rows[1][0] == "" and rows[1][1] == "Bara en titel"  # numbered once it has a point, never "?.1"


def test_a_measure_is_numbered_once_it_has_a_point():
    from facilitator.export.report_data import number_measures

    measures = [Measure(id=1, title="A", eccar_point=3), Measure(id=2, title="B"), Measure(id=3, title="C", eccar_point=3)]
    assert number_measures(measures) == {1: "3.1", 2: "", 3: "3.2"}
