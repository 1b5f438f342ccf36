"""A reporting round's forms: out to the departments as .xlsx, filled in with openpyxl as an
official would, and back in, with every kind of bad form refused whole."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from facilitator import actions
from facilitator.actions.reporting_rounds import apply_round_import, plan_round_import
from facilitator.domain.entities import Measure, MeasureStatusChange, Process
from facilitator.domain.reporting_round import FIRST_ROW, ID_SHEET, Problem, column_number
from facilitator.domain.vocabulary import MeasureStatus as S
from facilitator.export.followup_forms import status_label, write_followup_forms
from facilitator.importers.followup_form import read_followup_form
from facilitator.storage import measures_repo as repo

from ..followup_filling import fill

ROUND = "Uppföljning december 2026"
SOCIAL = "Socialförvaltningen"
ODD = 'Miljö/Hälsa: "skydd" <nord>'


def _measure(store, title, department, status=S.ONGOING, **fields):
    measure = Measure(title=title, owner="Kim Berg", department=department, due_date="2027-06-30",
                      status=status, indicators="Antal utbildade", baseline="0", target="120", **fields)
    return repo.create_measure(store, measure, on="2026-01-10").measure.id


@pytest.fixture
def plan(store):
    ids = {
        "training": _measure(store, "Utbildning för skolpersonal", SOCIAL),
        "reception": _measure(store, "Gemensam mottagning", SOCIAL, status=S.DECIDED),
        "formula": _measure(store, "=SUMMA(A1) är ingen formel", SOCIAL),
        "parks": _measure(store, "Trygga parker", ODD),
        "done": _measure(store, "Klar sedan länge", SOCIAL, status=S.DONE),
        "nobody": _measure(store, "Utan förvaltning", "", status=S.PROPOSED),
    }
    return ids


def _forms(store, tmp_path, round_name=ROUND):
    return {p.name: p for p in write_followup_forms(store, tmp_path / "forms", round_name)}


def _row_of(path, measure_id) -> int:
    sheet = load_workbook(path)["Uppföljning"]
    for row in range(FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row, 1).value == measure_id:
            return row
    raise AssertionError(measure_id)


def _fill(path, of, **cells):
    """What an official does: opens the form, types into the yellow cells, saves."""
    fill(path, _row_of(path, of), **cells)


def _read(*paths):
    return [read_followup_form(p) for p in paths]


def _social(forms):
    return next(p for name, p in forms.items() if SOCIAL in name)


def test_one_form_per_department_named_safely_with_protected_identification(store, plan, tmp_path):
    forms = _forms(store, tmp_path)
    assert sorted(forms) == sorted([f"{ROUND} – {SOCIAL}.xlsx", f"{ROUND} – Miljö Hälsa skydd nord.xlsx"])
    book = load_workbook(_social(forms))
    sheet = book["Uppföljning"]
    ids = [sheet.cell(r, 1).value for r in range(FIRST_ROW, sheet.max_row + 1)]
    # the department's open measures; the closed one and the one without department are not asked about
    assert ids == [plan["training"], plan["reception"], plan["formula"]]
    title = sheet.cell(FIRST_ROW + 2, column_number("title"))
    assert title.value.startswith("=") and title.data_type == "s"  # shown as text, never run
    assert sheet.protection.sheet
    assert sheet.cell(FIRST_ROW, column_number("measure_id")).protection.locked
    assert sheet.cell(FIRST_ROW, column_number("status")).protection.locked
    for name in ("new_status", "note", "value", "new_deadline"):
        assert not sheet.cell(FIRST_ROW, column_number(name)).protection.locked
    lists = [dv for dv in sheet.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1
    assert lists[0].formula1.strip('"').split(",") == [status_label(s) for s in
                                                        (S.PROPOSED, S.DECIDED, S.ONGOING, S.DONE, S.CANCELLED)]
    assert str(lists[0].sqref) == f"J{FIRST_ROW}:J{FIRST_ROW + 2}"
    assert book[ID_SHEET].sheet_state == "veryHidden" and book[ID_SHEET].protection.sheet
    assert book.security.lockStructure
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.freeze_panes == f"C{FIRST_ROW}"
    assert sheet.cell(FIRST_ROW, column_number("title")).alignment.wrap_text
    assert sheet.column_dimensions["B"].width > 20


def test_round_trip_changes_only_the_filled_rows_as_one_undoable_step(store, plan, tmp_path):
    forms = _forms(store, tmp_path)
    social = _social(forms)
    _fill(social, plan["training"], new_status=status_label(S.DONE), note="Alla 120 utbildade.", value=120)
    _fill(social, plan["reception"], note="Lokal klar i mars.", new_deadline=date(2027, 9, 30))
    # the third row is left blank: nothing happens to it
    read = _read(*forms.values())
    assert all(not form.problems for form in read)
    preview = plan_round_import(store, read)
    assert preview.ok and [c.measure_id for c in preview.to_apply] == [plan["training"], plan["reception"]]

    action = apply_round_import(store, read, on="2026-12-07")
    actions.perform(store, action)
    training = store.get(Measure, plan["training"])
    assert (training.status, training.result) == (S.DONE, "120")
    reception = store.get(Measure, plan["reception"])
    assert (reception.status, reception.due_date) == (S.DECIDED, "2027-09-30")
    last = repo.status_history(store, plan["training"])[-1]
    assert (last.date, last.status, last.note, last.round, last.department, last.indicator_value) == (
        "2026-12-07", S.DONE, "Alla 120 utbildade.", ROUND, SOCIAL, "120")
    untouched = store.get(Measure, plan["formula"])
    assert untouched.status == S.ONGOING and len(repo.status_history(store, plan["formula"])) == 1

    actions.revert(store, action)  # undo: as before, and the history rows are gone
    assert store.get(Measure, plan["training"]).status == S.ONGOING
    assert store.get(Measure, plan["training"]).result == ""
    assert store.get(Measure, plan["reception"]).due_date == "2027-06-30"
    assert store.count(MeasureStatusChange) == len(plan)
    actions.perform(store, action)  # redo
    assert store.get(Measure, plan["training"]).status == S.DONE
    assert repo.status_history(store, plan["training"])[-1].round == ROUND


def test_reading_the_same_forms_again_changes_nothing_twice(store, plan, tmp_path):
    forms = _forms(store, tmp_path)
    social = _social(forms)
    _fill(social, plan["training"], new_status=status_label(S.ONGOING), note="Halvvägs.", value="60")
    actions.perform(store, apply_round_import(store, _read(social)))
    rows = store.count(MeasureStatusChange)
    again = plan_round_import(store, _read(social))
    assert again.ok and not again.to_apply and [c.measure_id for c in again.already] == [plan["training"]]
    with pytest.raises(actions.NothingToChange):
        apply_round_import(store, _read(social))
    assert store.count(MeasureStatusChange) == rows
    # the same form twice in one reading is read once
    twice = plan_round_import(store, _read(social, social))
    assert twice.ok and not twice.to_apply



def _problems(store, *paths):
    plan = plan_round_import(store, _read(*paths))
    return [(p.file, p.row, p.code) for p in plan.problems]


def _unchanged(store, before):
    return store.count(MeasureStatusChange) == before[0] and [m.to_row() for m in store.list(Measure)] == before[1]


def _state(store):
    return store.count(MeasureStatusChange), [m.to_row() for m in store.list(Measure)]


@pytest.mark.parametrize("cells, code", [
    ({"new_status": "Nästan klar"}, Problem.INVALID_STATUS),
    ({"note": "=HYPERLINK(\"http://x\")"}, Problem.FORMULA),
    ({"note": "ok\u202egnp.exe"}, Problem.CONTROL_CHARACTERS),
    ({"note": "CSI\x9b2J och \x85"}, Problem.CONTROL_CHARACTERS),
    ({"note": "x" * 100_000}, Problem.TOO_LONG),
    ({"measure_id": 99999, "note": "x"}, Problem.EDITED_ID),
    ({"new_deadline": "snart"}, Problem.NOT_A_DATE),
    ({"new_status": status_label(S.PROPOSED)}, Problem.STATUS_NOT_ALLOWED),  # ongoing → proposed
])
def test_a_bad_row_names_its_file_and_row_and_nothing_is_applied(store, plan, tmp_path, cells, code):
    forms = _forms(store, tmp_path)
    social = _social(forms)
    _fill(social, plan["reception"], new_status=status_label(S.ONGOING), note="Bra rad")  # a good row too
    _fill(social, plan["training"], **cells)
    before = _state(store)
    assert _problems(store, *forms.values()) == [(social.name, _row_of_filled(social, plan), code)]
    assert apply_round_import(store, _read(*forms.values())) is None
    assert _unchanged(store, before)


def _row_of_filled(path, plan):
    return FIRST_ROW  # the training measure is the department's first row


def test_a_formula_typed_as_a_cell_formula_is_refused(store, plan, tmp_path):
    social = _social(_forms(store, tmp_path))
    book = load_workbook(social)
    cell = book["Uppföljning"].cell(FIRST_ROW, column_number("value"))
    cell.value = "=1+1"
    assert cell.data_type == "f"
    book.save(social)
    assert _problems(store, social) == [(social.name, FIRST_ROW, Problem.FORMULA)]


def test_a_form_of_another_process_is_recognised(store, plan, tmp_path):
    social = _social(_forms(store, tmp_path))
    _fill(social, plan["training"], note="Från fel process")
    store.update(Process, 1, process_key="0" * 32)
    assert _problems(store, social) == [(social.name, 0, Problem.OTHER_PROCESS)]


def test_a_measure_deleted_since_is_unknown(store, plan, tmp_path):
    social = _social(_forms(store, tmp_path))
    _fill(social, plan["reception"], note="Finns inte längre")
    store.delete(Measure, plan["reception"])
    assert _problems(store, social) == [(social.name, FIRST_ROW + 1, Problem.UNKNOWN_MEASURE)]


def test_a_status_that_needs_a_missing_field_is_refused(store, plan, tmp_path):
    proposal = _measure(store, "Förslag utan ansvarig", SOCIAL, status=S.PROPOSED)
    store.update(Measure, proposal, owner="")
    social = _social(_forms(store, tmp_path))
    _fill(social, proposal, new_status=status_label(S.DECIDED))
    assert _problems(store, social) == [(social.name, _row_of(social, proposal), Problem.MISSING_FIELDS)]


def test_broken_foreign_and_bomb_files_are_refused_whole(store, plan, tmp_path):
    text = tmp_path / "inte en arbetsbok.xlsx"
    text.write_text("Detta är text", encoding="utf-8")
    foreign = tmp_path / "annan arbetsbok.xlsx"
    from openpyxl import Workbook

    other = Workbook()
    other.active["A1"] = "Namn"
    other.save(foreign)
    truncated = tmp_path / "avbruten.xlsx"
    social = _social(_forms(store, tmp_path))
    truncated.write_bytes(social.read_bytes()[:3000])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (80 * 1024 * 1024))
    found = _problems(store, text, foreign, truncated, bomb)
    assert found == [(text.name, 0, Problem.UNREADABLE), (foreign.name, 0, Problem.NOT_A_FORM),
                     (truncated.name, 0, Problem.UNREADABLE), (bomb.name, 0, Problem.TOO_LARGE)]


def test_the_forms_are_read_in_a_child_process(store, plan, tmp_path):
    from facilitator.importers.list_process import ListInChild

    social = _social(_forms(store, tmp_path))
    _fill(social, plan["training"], note="Läst i en egen process")
    reading = ListInChild(social, reader=read_followup_form)
    reading.start()
    message = None
    import time

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        message = reading.poll()
        if message is not None and message[0] != "rows":
            break
        time.sleep(0.05)
    reading.close()
    assert message is not None and message[0] == "preview"
    form = message[1]
    assert form.round == ROUND and form.department == SOCIAL
    assert [(r.measure_id, r.note) for r in form.rows if not r.is_blank] == [(plan["training"], "Läst i en egen process")]


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice")
def test_a_form_saved_again_by_libreoffice_reads_back(store, plan, tmp_path):
    """An official who fills the form in LibreOffice Calc and saves it as .xlsx."""
    social = _social(_forms(store, tmp_path))
    _fill(social, plan["training"], new_status=status_label(S.DONE), note="Klart i LibreOffice.",
          new_deadline=date(2027, 3, 31))
    saved = tmp_path / "sparad"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(saved), str(social)],
                   check=True, capture_output=True, timeout=240)
    again = saved / social.name
    if not again.exists():
        pytest.skip("this LibreOffice has no spreadsheet (Calc)")
    form = read_followup_form(again)
    assert not form.problems and (form.round, form.department) == (ROUND, SOCIAL)
    plan_ = plan_round_import(store, [form])
    assert plan_.ok and [(c.measure_id, c.status, c.deadline) for c in plan_.to_apply] == [
        (plan["training"], S.DONE, "2027-03-31")]
