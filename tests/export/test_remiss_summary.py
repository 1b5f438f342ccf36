"""Remissammanställning: who was asked, who answered and who did not, every remark by measure
or the plan in general, and how it was handled; from the demo, and for a round with nothing."""

from __future__ import annotations

from datetime import date

import pytest
from docx.oxml.ns import qn

from facilitator import actions
from facilitator.actions import remiss as edit
from facilitator.demo import remiss_content
from facilitator.domain.entities import RemissRound
from facilitator.export.job import ExportError, ExportJob, Kind, run_job
from facilitator.export.remiss_summary import write_remiss_summary
from facilitator.export.report_data import RemissNotFound, gather_remiss_summary
from facilitator.storage.process_store import ProcessStore

from . import body_text, check_package, headings, repeats_header, rows_text, table_with_header


def test_the_demo_remiss_is_consistent():
    assert remiss_content.check() == []


@pytest.fixture
def summary(store, english, tmp_path):
    data = gather_remiss_summary(store, today=date(2027, 6, 1))
    return data, check_package(write_remiss_summary(data, tmp_path / "remissammanställning.docx"))


def test_who_was_asked_and_who_answered(summary):
    data, document = summary
    assert document.paragraphs[0].text == "Consultation summary"
    assert headings(document, 1) == ["Consultees", "Remarks and how they were handled"]
    head = rows_text(document.tables[0])
    assert ["Sent for consultation", "26 April 2027"] in head and ["Reply deadline", "21 May 2027"] in head
    assert ["Reference number", "KS 2026/318"] in head
    table = table_with_header(document, "Consultee")
    assert repeats_header(table)
    rows = {row[0].split("\n")[0]: row for row in rows_text(table)[1:]}
    assert list(rows) == [r["organisation"] or r["name"] for r in remiss_content.RECIPIENTS]
    assert rows["Kommunal sektion Ekbacka"][2] == "No reply"
    assert rows["Studiefrämjandet Ekbacka"][2] == "Declined to comment (5 May 2027)"
    assert rows["Ekbacka Företagarförening"][2] == "Replied 24 May 2027 (after the deadline)"
    assert rows["Antidiskrimineringsbyrån Mitt"][3] == "3"
    text = body_text(document)
    assert ("The proposal was sent to 8 consultee(s). 6 replied with comments, 1 declined to comment and 1 did not "
            "reply.") in text
    assert "9 remark(s) in all: 5 accepted, 3 partly accepted, 1 not accepted." in text


def test_remarks_are_grouped_general_first_then_by_measure_with_their_handling(summary):
    data, document = summary
    level2 = headings(document, 2)
    assert level2[0] == "The plan in general"
    assert level2[1:] == [f"Measure {g.heading}" for g in data.summary.groups[1:]]
    assert level2[1].startswith("Measure 3.") and "Gemensam mottagning" in level2[1]
    text = body_text(document)
    for recipient in remiss_content.RECIPIENTS:
        for remark in recipient["remarks"]:
            assert remark["text"] in text and remark["motivation"] in text
    assert "Not accepted" in text and "Partly accepted" in text
    assert "Changed measure: 10.1 Information om hur man anmäler hatbrott" in text
    remark_tables = [t for t in document.tables if t.rows[0].cells[-1].text == "Response"]
    assert len(remark_tables) == len(data.summary.groups)
    assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
               for table in remark_tables for row in table.rows), "a remark and its handling stay on one page"


def test_an_unhandled_remark_is_not_called_handled(demo_copy, english, tmp_path):
    store = ProcessStore.open(demo_copy)
    try:
        round_id = store.list(RemissRound)[0].id
        add = edit.add_recipient(store, round_id, "Röda Korset Ekbacka", "association")
        actions.perform(store, add)
        recipient = add.inserted[0].id
        actions.perform(store, edit.record_reply(store, recipient, "answered", "2027-05-10"))
        from facilitator.storage import remiss as repo

        reply = repo.reply_of(store, recipient).id
        actions.perform(store, edit.add_remark(store, reply, "Öppet på helger också."))
        motivated = edit.add_remark(store, reply, "Fler språk.")
        actions.perform(store, motivated)
        actions.perform(store, edit.handle_remark(store, motivated.inserted[0].id, "accepted", ""))
        document = check_package(write_remiss_summary(gather_remiss_summary(store), tmp_path / "ny.docx"))
    finally:
        store.close()
    text = body_text(document)
    assert "Not handled yet" in text
    assert "The motivation is missing, so the remark is not yet handled." in text
    assert "– 2 not yet handled." in text


def test_a_round_with_nothing_yet_and_no_round_at_all(store_path_empty, english, tmp_path):
    store = ProcessStore.open(store_path_empty)
    try:
        with pytest.raises(RemissNotFound):
            gather_remiss_summary(store)
        actions.perform(store, edit.start_round(store, "Remiss"))
        document = check_package(write_remiss_summary(gather_remiss_summary(store), tmp_path / "tom.docx"))
    finally:
        store.close()
    text = body_text(document)
    assert "The consultation has no recipients." in text and "No remarks were received." in text
    with pytest.raises(ExportError) as refused:
        run_job(ExportJob(Kind.REMISS_SUMMARY, store_path_empty, tmp_path / "x.docx", round_id=999))
    assert refused.value.code == "no_remiss"


def test_in_swedish(store, swedish, tmp_path):
    document = check_package(write_remiss_summary(gather_remiss_summary(store), tmp_path / "sv.docx"))
    text = body_text(document)
    assert document.paragraphs[0].text == "Remissammanställning"
    for word in ("Remissinstanser", "Beaktas delvis", "Beaktas inte", "Avstår", "Inget svar", "Planen i stort"):
        assert word in text, word


@pytest.fixture
def store_path_empty(tmp_path):
    path = tmp_path / "tom.facilitator"
    ProcessStore.create(path, "Tom").close()
    return path
