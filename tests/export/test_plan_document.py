"""The catalogue as a plan document: cover, contents, running header and page fields, the plan's
chapters written from the data, rows kept on one page, named styles that a municipality's
template restyles, and the coordinator's Swedish tagged as Swedish in an English export."""

from __future__ import annotations

import re
import shutil
import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn

from facilitator.domain.entities import Measure, Participant, PlanStageChange, Process
from facilitator.export.catalogue import write_catalogue
from facilitator.export.docx_base import NAMED_STYLES, builtin_template
from facilitator.export.report_data import amounts_in, department_amounts, gather_catalogue
from facilitator.storage.process_store import ProcessStore

from . import body_text, check_package, headings, rows_text, table_with_header

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

PLAN = dict(
    plan_title="Handlingsplan mot rasism och diskriminering", plan_period="2027–2029",
    background="Ekbacka gick med i ECCAR 2026.", commission="Kommunstyrelsen gav uppdraget i december 2026.",
    purpose="Att göra arbetet konkret.", financing="Inom förvaltningarnas ramar.", plan_dnr="KS 2026/412",
    plan_stage="adopted", plan_stage_date="2027-06-15",
)


@pytest.fixture(scope="module")
def plan_file(demo_file, tmp_path_factory):
    """The demo, with the plan's texts and an adoption recorded."""
    path = tmp_path_factory.mktemp("plan") / "plan.facilitator"
    shutil.copy(demo_file, path)
    store = ProcessStore.open(path)
    try:
        store.update(Process, store.process().id, **PLAN)
        for step in store.list(PlanStageChange):  # the demo's own history, replaced by this one
            store.delete(PlanStageChange, step.id)
        store.insert(PlanStageChange(stage="consultation", date="2027-05-02", body="Kommunledningskontoret",
                                     dnr="KS 2026/412-5", note="Remiss till föreningar"))
        store.insert(PlanStageChange(stage="adopted", date="2027-06-15", body="Kommunfullmäktige",
                                     dnr="KS 2026/412-12"))
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def plan_data(plan_file):
    from facilitator.storage.process_store import open_read_only

    store = open_read_only(plan_file)
    try:
        return gather_catalogue(store), [p.name for p in store.list(Participant)]
    finally:
        store.close()


@pytest.fixture
def plan(plan_data, english, tmp_path):
    data, _ = plan_data
    path = write_catalogue(data, tmp_path / "plan.docx")
    return data, check_package(path), path


def part(path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_the_cover_names_the_plan_its_stage_version_date_and_reference(plan):
    data, document, _ = plan
    assert [p.text for p in document.paragraphs[:3]] == [
        "Ekbacka kommun", "Handlingsplan mot rasism och diskriminering", "Adopted action plan"]
    cover = dict(tuple(row) for row in rows_text(document.tables[0]))
    assert cover["Period"] == "2027–2029"
    assert cover["Status"] == "Adopted (Kommunfullmäktige)"
    assert cover["Version"] == "2" and data.version == "2"
    assert cover["Date"] == "15 June 2027"
    assert cover["Reference number"] == "KS 2026/412-12"
    assert document.core_properties.title == "Handlingsplan mot rasism och diskriminering – Adopted action plan"


def test_the_contents_link_every_chapter_to_its_heading_with_a_page_reference(plan):
    _, document, path = plan
    body = document.element.body
    styles = {p.style.name for p in document.paragraphs}
    assert "TOC Heading" in styles
    entries = [p for p in document.paragraphs if p.style.name == "toc 1"]
    chapters = headings(document, 1)
    assert [" ".join(t.text for t in p._p.iter(f"{W}t")) for p in entries] == chapters
    bookmarks = {b.get(qn("w:name")): b for b in body.iter(f"{W}bookmarkStart")}
    for entry in entries:
        anchor = entry._p.find(f"{W}hyperlink").get(qn("w:anchor"))
        assert anchor in bookmarks
        heading = bookmarks[anchor].getparent()
        assert heading.pPr.pStyle.val == document.styles["Heading 1"].style_id
        instructions = "".join(node.text for node in entry._p.iter(f"{W}instrText"))
        assert instructions.split() == ["PAGEREF", anchor, "\\h"]
    # Word offers to update the fields (the page numbers) when the file is opened.
    assert re.search(r'<w:updateFields w:val="(true|1)"/>', part(path, "word/settings.xml"))


def test_a_running_header_and_page_x_of_y_after_a_plain_cover(plan):
    _, document, _ = plan
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "Ekbacka kommun" in section.header.paragraphs[0].text
    assert "Handlingsplan mot rasism och diskriminering" in section.header.paragraphs[0].text
    assert "Ekbacka kommun" not in "".join(p.text for p in section.first_page_header.paragraphs)
    footer = section.footer._element.xml
    assert re.search(r"instrText[^>]*> PAGE <", footer) and re.search(r"instrText[^>]*> NUMPAGES <", footer)
    assert "PAGE" not in section.first_page_footer._element.xml


def test_how_the_plan_was_made_counts_meetings_and_people_by_category_never_names(plan, plan_data):
    data, document, _ = plan
    _, names = plan_data
    held = data.meetings_held
    assert held and [m.date for m in held] == sorted(m.date for m in held)
    text = body_text(document)
    assert f"from {len(held)} meeting(s) held between" in text
    assert f"In all, {sum(n for _, n in data.participants)} different people took part" in text
    assert "Municipal official" in text
    table = table_with_header(document, "Date")
    assert len(table.rows) == len(held) + 1
    chapter = text.split("How the plan was made", 2)[2].split("Coverage: ten points", 1)[0]  # after the contents
    assert "Took part" in chapter
    for name in names:
        assert name not in chapter
    history = rows_text(table_with_header(document, "Date", last="Note"))
    assert history[1][:4] == ["2027-05-02", "Out for consultation", "Kommunledningskontoret", "KS 2026/412-5"]


def test_follow_up_and_revision_from_the_plan_period_and_adoption(plan):
    _, document, _ = plan
    text = body_text(document)
    assert "Follow-up and revision" in headings(document, 1)
    assert "before its period ends in 2029 at the latest" in text
    assert "the first report is due in 2029" in text  # adopted 2027, every two years
    assert "at committee and follow-up meetings" in text


def test_financing_sums_the_named_amounts_per_department_alphabetically(plan):
    data, document, _ = plan
    table = table_with_header(document, "Responsible department")
    rows = rows_text(table)[1:]
    departments = [row[0] for row in rows if row[0] != "Total"]
    assert departments == [row.department for row in data.financing]
    assert departments == sorted(departments, key=str.casefold)
    social = next(row for row in data.financing if row.department == "Socialförvaltningen")
    assert (social.once, social.yearly, social.measures) == (90_000, 120_000, 2)
    text = body_text(document).split("Amounts per department", 1)[1].split("Appendix", 1)[0].casefold()
    for ranking in ("most", "least", "highest", "lowest", "best", "worst", "rank"):
        assert ranking not in text


def test_amounts_in_resources():
    assert amounts_in("150 000 kr ur kultur- och fritidsnämndens budget 2028") == [(150_000, False)]
    assert amounts_in("avtal, 120 000 kr per år.") == [(120_000, True)]
    assert amounts_in("2,5 mkr och 3 tkr/år") == [(2_500_000, False), (3_000, True)]
    assert amounts_in("Cirka 10 % av en utredartjänst; fyra timmar i veckan") == []
    sums = department_amounts([Measure(department="Ö-förvaltningen", resources="10 kr"),
                               Measure(department="", resources="5 kr"),
                               Measure(department="Arbetsmarknad", resources="1 000 kr; 200 kr per år"),
                               Measure(department="Arbetsmarknad", resources="arbetstid")])
    assert [(s.department, s.once, s.yearly, s.measures) for s in sums] == [
        ("Arbetsmarknad", 1000, 200, 1), ("Ö-förvaltningen", 10, 0, 1), ("", 5, 0, 1)]


def _heading_before(table) -> str:
    """The text of the heading just before a table (a measure's or a goal's title)."""
    element = table._tbl.getprevious()
    while element is not None and element.tag != qn("w:p"):
        element = element.getprevious()
    return "".join(t.text or "" for t in element.iter(qn("w:t"))) if element is not None else ""


def test_measure_rows_never_split_and_headings_keep_with_the_next_paragraph(plan):
    data, document, _ = plan
    for level in (1, 2, 3):
        assert document.styles[f"Heading {level}"].paragraph_format.keep_with_next
    goal_titles = {entry.goal.title for entry in data.goals.goals}
    measure_tables = [t for t in document.tables if t.rows[0].cells[0].text == "Description"
                      and _heading_before(t) not in goal_titles]
    assert len(measure_tables) == len(data.measures)
    for table in measure_tables + [t for t in document.tables if _heading_before(t) in goal_titles]:
        rows = table.rows
        assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
        for row in rows[:-1]:  # each row kept with the next: the measure stays on one page when it fits
            assert all(p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs)
    for table in document.tables[1:]:
        for row in table.rows:
            assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_colours_shading_and_small_text_come_from_named_styles(plan):
    _, document, path = plan
    body = part(path, "word/document.xml")
    assert "<w:color " not in body and "<w:sz " not in body and "<w:i/>" not in body
    fills = {fill.get(qn("w:fill")) for fill in document.element.body.iter(f"{W}shd")}
    named = {"DCE3EE", "F2F2F2", "FBE4D5"}
    assert fills == named
    for cell in document.element.body.iter(f"{W}tc"):
        shading = cell.find(f"{W}tcPr/{W}shd")
        if shading is not None:  # the cell's fill is its paragraph style's
            style = cell.find(f"{W}p/{W}pPr/{W}pStyle")
            assert style is not None and style.get(qn("w:val")) in {"TableHeader", "TableLabel", "TableGroup",
                                                                     "CoverageGap"}
    used = set(re.findall(r'<w:(?:pStyle|rStyle) w:val="([^"]+)"', body))
    assert {"TableHeader", "TableLabel", "CoverageGap", "Quiet", "TableSmall", "CoverText", "TOC1"} <= used


def _restyled_template(folder):
    """Our template with a red Heading 1, green table headers, blue gaps, smaller quiet text."""
    document = Document(str(builtin_template()))
    from facilitator.export.docx_base import ensure_named_styles

    ensure_named_styles(document)
    styles = document.styles
    styles["Heading 1"].font.color.rgb = __import__("docx.shared").shared.RGBColor(0xC0, 0x00, 0x00)
    for name, fill in (("Table Header", "00AA44"), ("Coverage Gap", "3366FF")):
        styles[name].element.find(f"{qn('w:pPr')}/{qn('w:shd')}").set(qn("w:fill"), fill)
    styles["Quiet"].element.find(f"{qn('w:rPr')}/{qn('w:color')}").set(qn("w:val"), "7030A0")
    path = folder / "kommunens mall.docx"
    document.save(str(path))
    return path


def test_a_municipal_template_restyles_headings_shading_and_small_text(plan_data, english, tmp_path):
    data, _ = plan_data
    path = write_catalogue(data, tmp_path / "restyled.docx", template=_restyled_template(tmp_path))
    document = check_package(path)
    heading = document.styles["Heading 1"]
    assert str(heading.font.color.rgb) == "C00000"
    assert document.styles["Quiet"].element.find(f"{qn('w:rPr')}/{qn('w:color')}").get(qn("w:val")) == "7030A0"
    coverage = table_with_header(document, "ECCAR point")
    header_fills = {c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for c in coverage.rows[0].cells}
    assert header_fills == {"00AA44"}
    gaps = [c for row in coverage.rows[1:11] for c in row.cells[1:5] if not c.text]
    assert gaps and {c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for c in gaps} == {"3366FF"}
    assert "FBE4D5" not in part(path, "word/document.xml") and "DCE3EE" not in part(path, "word/document.xml")


def test_a_template_without_our_styles_gets_them(plan_data, english, tmp_path):
    data, _ = plan_data
    bare = tmp_path / "bare.docx"
    Document().save(str(bare))  # python-docx's default template: none of our named styles
    document = check_package(write_catalogue(data, tmp_path / "bare-out.docx", template=bare))
    for name, *_ in NAMED_STYLES:
        assert name in document.styles


def test_english_export_tags_the_coordinators_text_as_swedish(plan):
    data, document, path = plan
    assert "en-GB" in part(path, "word/styles.xml")
    runs = list(document.element.body.iter(f"{W}r"))

    def lang(text: str) -> set:
        found = set()
        for run in runs:
            if "".join(t.text or "" for t in run.iter(f"{W}t")) == text:
                tag = run.find(f"{W}rPr/{W}lang")
                found.add(tag.get(qn("w:val")) if tag is not None else None)
        return found

    first = data.measures[0].measure
    assert lang(first.goal) == {"sv-SE"}
    assert lang(f"{data.measures[0].number} {first.title}") == {"sv-SE"}
    assert lang("Ekbacka gick med i ECCAR 2026.") == {"sv-SE"}
    assert lang("Goal") == {None} and lang("Background and commission") == {None}
    header = document.sections[0].header._element
    assert {tag.get(qn("w:val")) for tag in header.iter(f"{W}lang")} == {"sv-SE"}


def test_a_swedish_export_needs_no_language_tags(plan_data, swedish, tmp_path):
    data, _ = plan_data
    path = write_catalogue(data, tmp_path / "plan-sv.docx")
    assert "<w:lang " not in part(path, "word/document.xml")
    assert "sv-SE" in part(path, "word/styles.xml")


def test_a_plan_without_texts_says_so_briefly(tmp_path, english):
    store = ProcessStore.create(tmp_path / "tom.facilitator", "Tom plan", "Ekbacka kommun")
    try:
        data = gather_catalogue(store)
    finally:
        store.close()
    document = check_package(write_catalogue(data, tmp_path / "tom.docx"))
    text = body_text(document)
    assert "No background, commission or purpose has been written for the plan yet." in text
    assert "No meetings with a date have been recorded for this plan." in text
    assert "Neither the plan nor its measures name resources yet." in text
    assert "counted from the plan's adoption" in text
    cover = dict(tuple(row) for row in rows_text(document.tables[0]))
    assert "Period" not in cover and "Reference number" not in cover and cover["Version"] == "1"


def _png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f3864"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_a_templates_logo_stays_on_the_cover_without_the_running_header(plan_data, english, tmp_path):
    from io import BytesIO

    png = _png()
    template = Document(str(builtin_template()))
    template.sections[0].header.paragraphs[0].add_run().add_picture(BytesIO(png))
    template.save(str(tmp_path / "logga.docx"))
    data, _ = plan_data
    document = check_package(write_catalogue(data, tmp_path / "med logga.docx", template=tmp_path / "logga.docx"))
    section = document.sections[0]
    for header in (section.header, section.first_page_header):
        blips = list(header._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"))
        assert len(blips) == 1
        target = header.part.related_parts[blips[0].get(qn("r:embed"))]
        assert target.blob == png
    assert "Ekbacka kommun" in "".join(p.text for p in section.header.paragraphs)
    assert "Ekbacka kommun" not in "".join(p.text for p in section.first_page_header.paragraphs)


def test_the_read_model_is_plain_data_a_plan_version_can_keep_as_json(plan_data):
    import dataclasses
    import json

    data, _ = plan_data
    kept = json.loads(json.dumps(dataclasses.asdict(data)))
    assert kept["process"]["plan_title"] == PLAN["plan_title"]
    assert len(kept["measures"]) == len(data.measures) and kept["history"][-1]["stage"] == "adopted"
    assert kept["financing"][0]["department"] == data.financing[0].department
