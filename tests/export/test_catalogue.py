"""Åtgärdskatalog – utkast till handlingsplan: cover, coverage, measures by point and track,
owners and deadlines, risks, and where each measure came from."""

from __future__ import annotations

import pytest

from facilitator.domain.coverage import coverage_grid
from facilitator.domain.entities import Measure, Process
from facilitator.export.catalogue import write_catalogue
from facilitator.export.report_data import gather_catalogue
from facilitator.storage.process_store import ProcessStore

from . import body_text, check_package, headings, repeats_header, rows_text, table_with_header


@pytest.fixture
def catalogue(store, english, tmp_path):
    data = gather_catalogue(store)
    return data, check_package(write_catalogue(data, tmp_path / "katalog.docx"))


def test_cover_and_chapters(catalogue):
    data, document = catalogue
    process = data.process
    assert [p.text for p in document.paragraphs[:3]] == [process.municipality, process.plan_title or process.title,
                                                          "Adopted action plan"]
    level1 = headings(document, 1)
    assert level1[:3] == ["Background and commission", "How the plan was made", "Coverage: ten points and four tracks"]
    assert level1[3:13] == [f"{n}. " + text for n, text in enumerate([
        "Greater vigilance against racism",
        "Assessing racism and discrimination and monitoring local policies",
        "Better support for the victims of racism and discrimination",
        "More participation and better informed residents",
        "The city as an active supporter of equal rights",
        "The city as an equal rights employer and service provider",
        "Fair access to housing",
        "Challenging racism and discrimination through education",
        "Promoting cultural diversity",
        "Hate crimes and conflict management",
    ], start=1)]
    assert level1[-6:] == ["Owners and deadlines", "Risks and how to reduce them", "Follow-up and revision", "Financing",
                           "Appendix: where each measure came from", "Appendix: existing work (the mapping)"]
    assert document.core_properties.title == f"{process.plan_title or process.title} – Adopted action plan"


def test_the_coverage_table_matches_the_grid(catalogue):
    data, document = catalogue
    grid = coverage_grid(entry.measure for entry in data.measures)
    table = table_with_header(document, "ECCAR point")
    assert repeats_header(table)
    rows = rows_text(table)
    assert rows[0] == ["ECCAR point", "Track 1", "Track 2", "Track 3", "Track 4", "Total"]
    for point in range(1, 11):
        assert rows[point][1:5] == [str(grid.count(point, track) or "") for track in range(1, 5)]
    assert rows[-1] == ["Total"] + [str(grid.track_total(t)) for t in range(1, 5)] + [str(grid.total)]
    def shaded(cell) -> bool:
        return cell._tc.tcPr is not None and 'w:fill="FBE4D5"' in cell._tc.tcPr.xml

    for point in range(1, 11):
        for track in range(1, 5):
            assert shaded(table.rows[point].cells[track]) == (grid.count(point, track) == 0)


def test_measures_come_by_point_then_track_with_all_their_fields(catalogue):
    data, document = catalogue
    numbers = [entry.number for entry in data.measures]
    order = [(e.measure.eccar_point, e.measure.track) for e in data.measures]
    assert order == sorted(order)
    level3 = headings(document, 3)
    assert [h.split(" ", 1)[0] for h in level3] == numbers
    first = data.measures[0].measure
    text = body_text(document)
    for value in (first.goal, first.owner, first.department, first.completion_criterion, first.indicators,
                  first.baseline, first.target, first.resources, first.follow_up_method, first.target_groups):
        assert value and value in text
    assert "Both the municipality and the private sector" in text and "Long term" in text


def test_owners_deadlines_risks_and_origins(catalogue):
    data, document = catalogue
    owners = table_with_header(document, "No.")
    owner_rows = [row for row in rows_text(owners)[1:] if row[0] != row[-1]]  # not the department rows
    assert sorted(row[0] for row in owner_rows) == sorted(entry.number for entry in data.measures)
    risks = table_with_header(document, "Risks, challenges")
    assert len(risks.rows) == len(data.risks) + 1
    origins = table_with_header(document, "Meeting")
    text = "\n".join(cell.text for row in origins.rows for cell in row.cells)
    for entry in data.measures:
        assert f"{entry.number} {entry.measure.title}" in text
        for source in entry.sources:
            assert source.text in text


def test_cancelled_measures_stay_out_and_gaps_are_named(tmp_path, english):
    store = ProcessStore.create(tmp_path / "liten.facilitator", "Liten plan", "Ekbacka kommun")
    try:
        store.update(Process, 1, plan_stage="consultation", plan_stage_date="2027-04-01")
        store.insert(Measure(title="Utan ansvarig", eccar_point=3, track=1))
        store.insert(Measure(title="Avbruten", eccar_point=4, track=2, status="cancelled"))
        store.insert(Measure(title="Utan punkt", owner="Per", department="KLK", due_date="2028-01-01"))
        data = gather_catalogue(store)
    finally:
        store.close()
    document = check_package(write_catalogue(data, tmp_path / "liten.docx"))
    text = body_text(document)
    assert document.paragraphs[2].text == "Action plan: consultation version"
    cover = rows_text(document.tables[0])
    assert ["Status", "Out for consultation"] in cover and ["Date", "1 April 2027"] in cover
    assert "Avbruten" not in text and "(cancelled measures, not included: 1)" in text
    assert "Points without a measure: 1, 2, 4, 5, 6, 7, 8, 9, 10." in text
    assert "Measures without an ECCAR point" in headings(document, 1)
    measure = rows_text(document.tables[[t.rows[0].cells[0].text for t in document.tables].index("Goal")])
    assert ["Responsible contact person", "Missing"] in measure and ["Due", "Missing"] in measure
    assert text.count("No measure yet under this point.") == 9


def test_an_empty_process_gives_a_short_honest_catalogue(tmp_path, english):
    store = ProcessStore.create(tmp_path / "tom.facilitator", "Tom")
    try:
        data = gather_catalogue(store)
    finally:
        store.close()
    document = check_package(write_catalogue(data, tmp_path / "tom.docx"))
    text = body_text(document)
    assert "There are no measures yet." in text and "No risks were noted in the meetings." in text
