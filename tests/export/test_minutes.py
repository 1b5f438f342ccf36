"""Minnesanteckningar: the structure of DOMAIN.md, from the demo's meetings and from an empty one."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from facilitator.domain.entities import AttendanceEntry, Contribution, Meeting, Mitigation, Participant
from facilitator.export.minutes import write_minutes
from facilitator.export.report_data import MeetingNotFound, gather_minutes
from facilitator.storage.process_store import ProcessStore

from . import body_text, check_package, headings, meeting_id, repeats_header, rows_text, table_with_header

SECTIONS = [
    "Purpose and frame", "Participants", "Questions", "Notes and ideas", "Harvest and decisions",
    "Agreed measures", "Risks and how to reduce them", "Next steps", "Sign-off (justering)",
]


@pytest.fixture
def cafe_minutes(store, english, tmp_path):
    data = gather_minutes(store, meeting_id(store, "world_cafe"))
    return data, check_package(write_minutes(data, tmp_path / "minnesanteckningar.docx"))


def test_the_cafe_minutes_follow_the_structure(cafe_minutes):
    data, document = cafe_minutes
    assert headings(document, 1) == SECTIONS
    assert document.paragraphs[0].text == "Minutes" and document.paragraphs[1].text == data.meeting.title
    heading_block = document.tables[0]
    assert rows_text(heading_block)[:4] == [
        ["Type of meeting", "World Café"], ["Date", "4 February 2027"], ["Time", "16:00–18:00"],
        ["Place", data.meeting.place],
    ]
    text = body_text(document)
    assert data.meeting.frame_statement in text and data.meeting.selection_reasons in text
    assert "Led by: Helena Sjöberg" in [p.text for p in document.paragraphs]
    assert document.core_properties.title == f"Minutes: {data.meeting.title}"
    assert document.core_properties.author == data.meeting.coordinator


def test_participants_are_counted_by_organisation_and_named_only_on_request(cafe_minutes, store, english, tmp_path):
    data, document = cafe_minutes
    counts = table_with_header(document, "Organisation")
    assert repeats_header(counts)
    rows = rows_text(counts)
    assert rows[-1][0] == "Total"
    assert int(rows[-1][1]) == sum(int(n) for _, n in rows[1:-1]) == data.counts["attended"]
    assert any(name == "Elected representative" for name, _ in rows)  # no organisation: the category
    assert "Hodan Farah" not in body_text(document)  # a participant, not a host
    named = check_package(write_minutes(gather_minutes(store, data.meeting.id, names=True), tmp_path / "namn.docx"))
    assert "Hodan Farah" in body_text(named)
    assert "Names" in headings(named, 2)


def test_notes_go_by_round_then_table_with_their_questions(cafe_minutes):
    data, document = cafe_minutes
    level2 = headings(document, 2)
    assert level2[level2.index("Round 1"):level2.index("Round 3") + 1] == ["Round 1", "Round 2", "Round 3"]
    assert "Table Ekbacken (table host Maria Öberg)" in headings(document, 3)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert any(text.startswith("Idea: Anonymiserad rekrytering") for text in bullets)
    assert any("(dots: " in text for text in bullets)
    risk_texts = {r.text for r in data.risks}
    assert not any(text.split(": ", 1)[-1] in risk_texts for text in bullets)  # risks are in their table


def test_harvest_measures_risks_and_sign_off(cafe_minutes):
    data, document = cafe_minutes
    assert table_with_header(document, "Table").rows[1].cells[0].text == "Ekbacken"
    assert "Themes and dot votes" in headings(document, 2)
    risks = table_with_header(document, "Risks, challenges")
    assert rows_text(risks)[0] == ["Risks, challenges", "Measures to reduce the risks"]
    assert len(risks.rows) == len(data.risks) + 1 and repeats_header(risks)
    assert all(row.cells[1].text.startswith("•\u00a0") or row.cells[1].text == "No mitigation proposed yet."
               for row in risks.rows[1:])
    measure_headings = [h for h in headings(document, 2) if h.split(" ", 1)[0].replace(".", "").isdigit()]
    assert len(measure_headings) == len(data.measures) > 0
    # the café's measures were proposals that evening: no owner or budget yet, so none is printed
    assert {entry.measure.status for entry in data.measures} == {"proposed"}
    assert not any(entry.measure.owner or entry.measure.resources for entry in data.measures)
    sign_off = document.tables[-1]
    assert "Minutes taken by" in sign_off.rows[0].cells[0].text and "Jonas Bergström" in sign_off.rows[0].cells[0].text
    assert "Checked and approved by" in sign_off.rows[0].cells[1].text


def test_swedish_minutes_use_the_swedish_words(store, swedish, tmp_path):
    document = check_package(write_minutes(gather_minutes(store, meeting_id(store, "world_cafe")), tmp_path / "sv.docx"))
    assert document.core_properties.language == "sv-SE"
    text = body_text(document)
    assert "World Café" in text and "Idé:" in text and "Större vaksamhet mot rasism" in text
    assert "4 februari 2027" in text
    assert {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))} == {"sv-SE"}


def test_a_workshop_groups_notes_by_question(store, english, tmp_path):
    data = gather_minutes(store, meeting_id(store, "workshop"))
    document = check_package(write_minutes(data, tmp_path / "workshop.docx"))
    questions = [q.text for q, _ in data.questions]
    assert set(headings(document, 2)) & set(questions)
    assert not any(h.startswith("Round ") for h in headings(document))


def test_a_committee_meeting_lists_the_measures_it_follows_up(store, english, tmp_path):
    data = gather_minutes(store, meeting_id(store, "committee"))
    assert data.follow_up
    document = check_package(write_minutes(data, tmp_path / "kommitte.docx"))
    table = table_with_header(document, "Measure")
    assert len(table.rows) == len(data.follow_up) + 1


def test_an_empty_meeting_leaves_out_the_sections_with_nothing_in_them(tmp_path, english):
    store = ProcessStore.create(tmp_path / "tom.facilitator", "Tom process")
    try:
        meeting = store.insert(Meeting(format="workshop", title="", date=""))
        data = gather_minutes(store, meeting.id)
        document = check_package(write_minutes(data, tmp_path / "tom.docx"))
    finally:
        store.close()
    assert headings(document, 1) == ["Purpose and frame", "Sign-off (justering)"]
    text = body_text(document)
    assert "No purpose was written down." in text
    assert "We cannot promise that every idea will be carried out" in text  # the default frame statement
    for gone in ("Questions", "Notes and ideas", "Harvest", "Decisions", "Agreed measures", "Risks", "Next steps",
                 "Main points"):
        assert gone not in text


def test_registered_people_are_counted_when_attendance_was_not_taken(tmp_path, english):
    store = ProcessStore.create(tmp_path / "anmalda.facilitator", "Anmälda")
    try:
        meeting = store.insert(Meeting(format="focus_group", title="Fokus"))
        people = store.insert_many(Participant(name=f"Person {n}") for n in range(3))
        store.insert_many(AttendanceEntry(meeting_id=meeting.id, participant_id=p.id) for p in people)
        risk = store.insert(Contribution(meeting_id=meeting.id, kind="risk", text="Ingen kommer"))
        store.insert(Mitigation(contribution_id=risk.id, text="Bjud in personligen"))
        data = gather_minutes(store, meeting.id)
    finally:
        store.close()
    document = check_package(write_minutes(data, tmp_path / "anmalda.docx"))
    assert "Registered: 3 (attendance was not taken)." in body_text(document)
    assert rows_text(table_with_header(document, "Risks, challenges"))[1] == ["Ingen kommer", "•\u00a0Bjud in personligen"]


def test_an_unknown_meeting_is_reported(store):
    with pytest.raises(MeetingNotFound):
        gather_minutes(store, 9999)
