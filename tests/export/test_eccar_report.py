"""The report to ECCAR: per ECCAR point the measures with their status, what was done in the
period and their indicators; the changes to the plan since its adoption (from the adopted plan
version); the coverage grid now beside the grid at adoption. The read model is checked without
Qt against a process built here; the document as Word would read it, in English and Swedish."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from docx.oxml.ns import qn

from facilitator import actions
from facilitator.actions.plan import change_stage
from facilitator.domain.entities import Measure, MeasureStatusChange, Participant, PlanVersion
from facilitator.export.eccar_data import PeriodError, check_period, default_period, gather_eccar_report
from facilitator.export.eccar_report import write_eccar_report
from facilitator.export.job import ExportError, ExportJob, Kind, run_job
from facilitator.export.plan_versions import catalogue_snapshot
from facilitator.storage.process_store import ProcessStore, open_read_only

from . import body_text, check_package, headings, repeats_header, rows_text, table_with_header

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PERIOD = ("2027-06-14", "2029-06-13")


def _measure(title, point, track, department, **fields) -> Measure:
    return Measure(title=title, eccar_point=point, track=track, department=department, owner="Ansvarig",
                   goal="Mål", status=fields.pop("status", "decided"), **fields)


def built_process(path):
    """A plan adopted on 2027-06-14 with four measures, then changed: one measure added, one
    removed, one's target and deadline changed, one cancelled; status notes before, during
    and after the reporting period."""
    store = ProcessStore.create(path, "Handlingsplan", "Ekbacka kommun")
    try:
        store.update(type(store.process()), store.process().id, plan_title="Handlingsplan mot rasism",
                     plan_period="2027–2029", plan_dnr="KS 2026/1")
        kept = store.insert(_measure("Utbildning för skolpersonal", 8, 2, "Utbildningsförvaltningen",
                                     indicators="Andel elever som känner sig trygga", baseline="71 %",
                                     target="85 %", due_date="2028-06-30"))
        removed = store.insert(_measure("Broschyr om diskriminering", 1, 1, "Kommunledningskontoret"))
        cancelled = store.insert(_measure("Mätning i medborgarpanelen", 2, 4, "Kommunledningskontoret"))
        done = store.insert(_measure("Lediga jobb via föreningar", 6, 1, "HR-avdelningen", indicators="Antal föreningar",
                                     baseline="0", target="15"))
        store.insert(MeasureStatusChange(measure_id=kept.id, status="decided", date="2027-06-14",
                                         note="Antagen i fullmäktige."))
        adopt = change_stage(store, "adopted", "2027-06-14", snapshot=catalogue_snapshot, body="Kommunfullmäktige",
                             dnr="KS 2026/1-12")
        actions.perform(store, adopt)
        # After the adoption: the committee changes the plan, and the measures move.
        store.insert(_measure("Situationstester på bostadsmarknaden", 7, 4, "Kommunledningskontoret"))
        store.delete(Measure, removed.id)
        store.update(Measure, kept.id, target="90 %", due_date="2028-12-31", status="ongoing")
        store.update(Measure, cancelled.id, status="cancelled")
        store.update(Measure, done.id, status="done", result="18 föreningar")
        store.insert(MeasureStatusChange(measure_id=kept.id, status="ongoing", date="2027-08-16",
                                         note="Utbildningsdagen genomförd på sex skolor."))
        store.insert(MeasureStatusChange(measure_id=done.id, status="done", date="2027-08-20",
                                         note="Klar: 18 organisationer."))
        store.insert(MeasureStatusChange(measure_id=done.id, status="done", date="2030-01-10",
                                         note="Efter perioden."))
        store.insert(Participant(name="Hodan Farah", email="hodan@example.org"))
        return store.path
    finally:
        store.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return built_process(tmp_path_factory.mktemp("eccar") / "plan.facilitator")


@pytest.fixture(scope="module")
def report_data(built):
    store = open_read_only(built)
    try:
        return gather_eccar_report(store, *PERIOD)
    finally:
        store.close()


# -- the read model, without Qt ----------------------------------------------------------------------


def test_the_period_defaults_to_the_last_two_years_and_refuses_a_period_that_is_none():
    assert default_period(date(2029, 6, 13)) == ("2027-06-13", "2029-06-13")
    assert default_period(date(2028, 2, 29)) == ("2026-02-28", "2028-02-29")
    assert check_period(None, None, date(2029, 6, 13)) == ("2027-06-13", "2029-06-13")
    assert check_period(None, "2029-12-31") == ("2027-12-31", "2029-12-31")
    assert check_period("2028-01-01", None, date(2029, 6, 13)) == ("2028-01-01", "2029-06-13")
    for start, end in (("2027-13-01", None), ("2029-01-01", "2028-01-01"), (None, "i går")):
        with pytest.raises(PeriodError):
            check_period(start, end, date(2029, 6, 13))


def test_measures_per_point_with_what_was_done_in_the_period(report_data):
    data = report_data
    assert [p.point for p in data.points] == list(range(1, 11))
    titles = {p.point: [item.measure.title for item in p.measures] for p in data.points}
    assert titles[8] == ["Utbildning för skolpersonal"] and titles[1] == [] and titles[7] == [
        "Situationstester på bostadsmarknaden"]
    assert titles[2] == ["Mätning i medborgarpanelen"]  # cancelled, still reported
    school = data.points[7].measures[0]
    assert [c.note for c in school.done] == ["Antagen i fullmäktige.", "Utbildningsdagen genomförd på sex skolor."]
    assert school.since == "2027-08-16"
    jobs = data.points[5].measures[0]
    assert [c.date for c in jobs.done] == ["2027-08-20"]  # the note of 2030 is after the period
    assert jobs.measure.result == "18 föreningar"
    assert data.adopted_on == "2027-06-14" and data.adopted_by == "Kommunfullmäktige" and data.dnr == "KS 2026/1-12"


def test_changes_since_the_adoption_from_the_adopted_version(report_data):
    changes = report_data.changes
    assert changes is not None and changes.adopted_on == "2027-06-14"
    assert [m.title for _, m in changes.added] == ["Situationstester på bostadsmarknaden"]
    assert [m.title for _, m in changes.removed] == ["Broschyr om diskriminering"]
    assert [m.title for _, m in changes.cancelled] == ["Mätning i medborgarpanelen"]
    assert [(number, c.after.title, c.fields) for number, c in changes.changed] == [
        ("8.1", "Utbildning för skolpersonal", ("due_date", "target"))]  # status and result are the follow-up
    assert changes.changed[0][1].before.target == "85 %"


def test_the_grid_now_beside_the_grid_at_adoption(report_data):
    now, then = report_data.grid_now, report_data.grid_adopted
    assert then is not None
    assert then.count(1, 1) == 1 and now.count(1, 1) == 0  # removed
    assert then.count(2, 4) == 1 and now.count(2, 4) == 0  # cancelled
    assert then.count(7, 4) == 0 and now.count(7, 4) == 1  # added
    assert now.count(8, 2) == then.count(8, 2) == 1


def test_a_plan_never_adopted_has_no_changes_and_no_grid_at_adoption(tmp_path, english):
    store = ProcessStore.create(tmp_path / "utkast.facilitator", "Utkast", "Ekbacka kommun")
    try:
        store.insert(_measure("Åtgärd", 3, 1, "Socialförvaltningen"))
        data = gather_eccar_report(store, *PERIOD)
    finally:
        store.close()
    assert data.changes is None and data.grid_adopted is None and not data.adopted_on
    assert data.grid_now.count(3, 1) == 1
    text = body_text(check_package(write_eccar_report(data, tmp_path / "utkast.docx")))
    assert "The plan has not been adopted yet, so there are no changes since an adoption to report." in text
    assert "The plan has not been adopted yet." in text and "No version of the plan as adopted" not in text


def test_nothing_is_counted_per_department(report_data):
    names = {f.name for f in dataclasses.fields(report_data)}
    assert not any("department" in name for name in names)


# -- the document ------------------------------------------------------------------------------------


@pytest.fixture
def document(report_data, english, tmp_path):
    path = write_eccar_report(report_data, tmp_path / "eccar.docx")
    return check_package(path), path


def test_cover_contents_and_chapters(document):
    doc, _ = document
    assert [p.text for p in doc.paragraphs[:3]] == [
        "Ekbacka kommun", "Report to ECCAR", "Follow-up of the action plan against racism and discrimination"]
    cover = dict(tuple(row) for row in rows_text(doc.tables[0]))
    assert cover["Reporting period"] == "14 June 2027 – 13 June 2029"
    assert cover["Plan adopted"] == "14 June 2027 (Kommunfullmäktige)"
    assert cover["Reference number"] == "KS 2026/1-12" and cover["Plan period"] == "2027–2029"
    chapters = headings(doc, 1)
    assert chapters[0] == "Summary" and chapters[-2:] == [
        "Changes to the plan since its adoption", "Coverage: ten points and four tracks"]
    assert chapters[1].startswith("1. ") and chapters[10].startswith("10. ") and len(chapters) == 13
    entries = [" ".join(t.text for t in p._p.iter(f"{W}t")) for p in doc.paragraphs if p.style.name == "toc 1"]
    assert entries == chapters
    assert doc.sections[0].different_first_page_header_footer
    assert "Ekbacka kommun" in doc.sections[0].header.paragraphs[0].text


def test_each_measure_with_status_what_was_done_and_indicators(document):
    doc, _ = document
    level2 = headings(doc, 2)
    assert "8.1 Utbildning för skolpersonal" in level2
    tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Status"]
    school = next(t for t in tables if any("Utbildningsförvaltningen" in r[1] for r in rows_text(t)))
    rows = dict(tuple(r) for r in rows_text(school))
    assert rows["Status"] == "Ongoing (since 16 August 2027)"
    assert "Utbildningsdagen genomförd på sex skolor." in rows["Done during the period"]
    assert rows["Baseline"] == "71 %" and rows["Target value"] == "90 %"
    assert rows["Value now"] == "No value reported yet."
    text = body_text(doc)
    assert "18 föreningar" in text and "Efter perioden." not in text
    assert "The plan has no measure under this point." in text  # point 1: its measure was removed


def test_changes_and_the_two_grids_in_the_document(document):
    doc, _ = document
    text = body_text(doc)
    assert {"Measures added", "Measures removed", "Measures cancelled", "Measures changed", "Now",
            "At the adoption"} <= set(headings(doc, 2))
    changed = table_with_header(doc, "No.", "What changed")
    assert "Target value: 85 % → 90 %" in rows_text(changed)[1][2].replace("\n", " ")
    assert "Due: 30 June 2028 → 31 December 2028" in rows_text(changed)[1][2].replace("\n", " ")
    grids = [t for t in doc.tables if t.rows[0].cells[0].text == "ECCAR point" and t.rows[0].cells[1].text == "Track 1"]
    assert len(grids) == 2 and all(repeats_header(t) for t in grids)
    assert rows_text(grids[0])[7][4] == "1" and rows_text(grids[1])[7][4] == ""  # point 7, track 4
    assert "Cells filled since the adoption: point 7, track 4." in text
    assert "Cells empty now that had measures at the adoption: point 1, track 1, point 2, track 4." in text


def test_the_shared_document_checks(document):
    """As the other documents: named styles only, rows kept whole, no stray empty paragraphs,
    no participant named, the contents' page fields."""
    doc, path = document
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        settings = archive.read("word/settings.xml").decode("utf-8")
    assert "<w:color " not in body and "<w:sz " not in body and "<w:i/>" not in body
    assert re.search(r'<w:updateFields w:val="(true|1)"/>', settings)
    used = set(re.findall(r'<w:(?:pStyle|rStyle) w:val="([^"]+)"', body))
    assert {"TableHeader", "TableLabel", "CoverageGap", "Quiet", "TableSmall", "CoverText", "TOC1", "Note"} <= used
    for table in doc.tables:
        for row in table.rows:
            assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
    empty = [p for p in doc.paragraphs if not p.text.strip() and p.style.name not in ("No Spacing", "Normal")
             and not p._p.findall(f".//{W}drawing")]
    assert empty == []
    assert "Hodan" not in body_text(doc) and "example.org" not in body_text(doc)


def test_swedish_by_default_with_no_english_left(report_data, swedish, tmp_path):
    doc = check_package(write_eccar_report(report_data, tmp_path / "eccar-sv.docx"))
    text = body_text(doc)
    assert doc.paragraphs[1].text == "Rapport till ECCAR"
    assert headings(doc, 1)[0] == "Sammanfattning"
    english = ["Report to ECCAR", "Summary", "Done during the period", "Value now", "Measures added", "Track ",
               "Reporting period", "since", "No value reported", "What changed", "Now", "At the adoption"]
    leaked = [word for word in english if re.search(rf"\b{re.escape(word)}", text)]
    assert leaked == []


def test_an_unreadable_adopted_version_is_said_plainly(built, english, tmp_path):
    copy = tmp_path / "trasig.facilitator"
    shutil.copy(built, copy)
    store = ProcessStore.open(copy)
    try:
        for version in store.list(PlanVersion):
            store.update(PlanVersion, version.id, content="{trasig")
        data = gather_eccar_report(store, *PERIOD)
    finally:
        store.close()
    assert data.version_unreadable and data.changes is None
    text = body_text(check_package(write_eccar_report(data, tmp_path / "r.docx")))
    assert "cannot be read" in text and "No version of the plan as adopted is stored" in text


def test_the_export_job_and_a_bad_period(built, english, tmp_path):
    out = run_job(ExportJob(Kind.ECCAR_REPORT, built, tmp_path / "r.docx", period_start=PERIOD[0],
                            period_end=PERIOD[1]))
    assert "Report to ECCAR" in body_text(check_package(out))
    with pytest.raises(ExportError) as error:
        run_job(ExportJob(Kind.ECCAR_REPORT, built, tmp_path / "r2.docx", period_start="2029-01-01",
                          period_end="2028-01-01"))
    assert error.value.code == "bad_period" and not (tmp_path / "r2.docx").exists()


@pytest.mark.skipif(not all(shutil.which(tool) for tool in ("soffice", "pdftotext")),
                    reason="needs LibreOffice (soffice) and poppler-utils")
def test_the_report_on_the_demo_converts_with_its_page_numbers(demo_file, english, tmp_path):
    out = run_job(ExportJob(Kind.ECCAR_REPORT, demo_file, tmp_path / "eccar.docx", period_start=PERIOD[0],
                            period_end=PERIOD[1]))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], capture_output=True, timeout=240, check=True)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "eccar.pdf"), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    pages = text.count("\f")
    assert "Page 1 of" not in text and f"Page {pages} of {pages}" in text
    assert "Measures changed" in text and "två bibliotek" in text and "Språkcaféer och mötesplatser" in text


def test_any_typed_text_gives_a_valid_report(report_data, english, tmp_path):
    """The shared hostile texts (control characters, surrogates, right-to-left, XML look-alikes,
    nothing at all) in every text the report prints."""
    from . import poisoned
    from .test_hostile_text import PIECES

    for index, text in enumerate(["".join(PIECES), "", "Början 🎉 عربي " + "lång anteckning " * 400 + "Slutet"]):
        data = poisoned(report_data, text)
        # The names of the changed fields are identifiers, never typed: they keep the structure.
        data.changes.changed = [(number, dataclasses.replace(change, fields=original.fields)) for (number, change), (
            _, original) in zip(data.changes.changed, report_data.changes.changed, strict=True)]
        path = write_eccar_report(data, tmp_path / f"r{index}.docx")
        content = body_text(check_package(path))
        if text.startswith("Början"):
            assert "Början 🎉 عربي" in content and "Slutet" in content
