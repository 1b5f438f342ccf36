"""The catalogue's goals chapter and its appendix on existing work (python-docx): each goal
with its indicator, target and measures, the two gaps, and the mapping grouped by theme."""

from __future__ import annotations

import pytest

from facilitator.domain.entities import ExistingEffort, Goal, GoalMeasure, Measure
from facilitator.export.catalogue import write_catalogue
from facilitator.export.docx_base import DocxWriter
from facilitator.export.goals_data import gather_goals, gather_mapping
from facilitator.export.goals_section import write_goals_section
from facilitator.export.mapping_appendix import write_mapping_appendix
from facilitator.export.report_data import gather_catalogue
from facilitator.storage.process_store import ProcessStore

from . import body_text, check_package, headings, repeats_header, rows_text, table_with_header


def test_the_demo_catalogue_has_the_goals_and_the_mapping(demo_file, english, tmp_path):
    store = ProcessStore.open(demo_file)
    try:
        data = gather_catalogue(store)
    finally:
        store.close()
    document = check_package(write_catalogue(data, tmp_path / "katalog.docx"))
    level1 = headings(document, 1)
    assert level1[-7:] == ["Goals and the measures that work towards them", "Owners and deadlines",
                           "Risks and how to reduce them", "Follow-up and revision", "Financing",
                           "Appendix: where each measure came from", "Appendix: existing work (the mapping)"]
    level2 = headings(document, 2)
    assert "Where goals and measures do not yet meet" in level2
    assert "Den som utsatts för diskriminering eller hatbrott vet var stöd finns och får det" in level2
    text = body_text(document)
    assert "1.1 Kampanjen ”Säg ifrån” om vad vittnen kan göra (Decided)" in text
    assert "Integrating Cities self-assessment, key factor 07, rated partly true" in text
    assert "No measure works towards this goal yet." in text
    assert "Krav på likabehandling i kommunens upphandlingar" in text.split("Measures without a goal:")[1]

    mapping = table_with_header(document, "Effort")
    assert repeats_header(mapping)
    rows = rows_text(mapping)
    assert rows[1][0] == "Arbetsmarknad"  # grouped by theme, in Swedish order
    names = [row[0].split("\n")[0] for row in rows[1:] if len(set(row)) > 1]
    assert len(names) == 7 and "Språkvän Ekbacka" in names
    sprakvan = next(row for row in rows if row[0].startswith("Språkvän Ekbacka"))
    assert sprakvan[1] == "Local" and sprakvan[5] == "Point 9, track 3"
    assert "Measures that build on it: 9.1 Språkcaféer och mötesplatser på biblioteken" in sprakvan[0]
    assert "Running" in sprakvan[4] and "sedan 2019" in sprakvan[4]


@pytest.fixture
def blank(tmp_path):
    made = ProcessStore.create(tmp_path / "ny.facilitator", "Ny process")
    yield made
    made.close()


def test_an_empty_process_says_so(blank, english, tmp_path):
    store = blank
    writer = DocxWriter()
    write_goals_section(writer, gather_goals(store))
    write_mapping_appendix(writer, gather_mapping(store))
    document = check_package(writer.save(tmp_path / "tom.docx", "Tom"))
    text = body_text(document)
    assert "No goals have been set yet." in text and "No existing efforts have been mapped." in text
    assert "Every goal has a measure and every measure works towards a goal." in text


def test_cancelled_measures_and_hostile_text(blank, english, tmp_path):
    store = blank
    measure = store.insert(Measure(title="Avbruten <w:t>", status="cancelled"))
    goal = store.insert(Goal(title="Mål med \x0b styrtecken & <xml>", indicator="Andel > 50 %"))
    store.insert(GoalMeasure(goal_id=goal.id, measure_id=measure.id))
    store.insert(ExistingEffort(name="Insats ]]> \x01", theme="", aim="Syfte\npå två rader", level="bogus"))
    writer = DocxWriter()
    write_goals_section(writer, gather_goals(store))
    write_mapping_appendix(writer, gather_mapping(store))
    document = check_package(writer.save(tmp_path / "fientlig.docx", "Fientlig"))
    text = body_text(document)
    assert "Avbruten" not in text, "a cancelled measure works towards no goal"
    assert "Mål med" in text and "<xml>" in text and "Andel > 50 %" in text
    assert "No theme given" in text and "Insats ]]>" in text and "bogus" in text


def test_the_quick_win_is_printed_with_each_measure(demo_file, english, tmp_path):
    store = ProcessStore.open(demo_file)
    try:
        data = gather_catalogue(store)
    finally:
        store.close()
    document = check_package(write_catalogue(data, tmp_path / "katalog.docx"))
    text = body_text(document)
    assert text.count("Quick win (results seen early)") == 3
    assert "Quick win or long-term" in text and "Long-term work" in text
