"""Självskattning in Word: per theme the rating, reasoning, evidence, answers, strengths and
weaknesses, the context factors and the change since the baseline; the peer review's follow-up
report; the ratings in the meeting's minutes; and the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from facilitator import actions
from facilitator.actions import assessment as edit
from facilitator.domain.entities import Meeting
from facilitator.export import ExportJob, Kind, run_job
from facilitator.export.assessment_data import gather_assessment
from facilitator.export.job import ExportError
from facilitator.export.minutes import write_minutes
from facilitator.export.report_data import gather_minutes
from facilitator.export.self_assessment import write_follow_up, write_self_assessment
from facilitator.storage import assessment as repo
from facilitator.storage.process_store import ProcessStore, open_read_only

from . import body_text, check_package, headings, meeting_id, rows_text, table_with_header


@pytest.fixture
def demo_store(demo_copy):
    store = ProcessStore.open(demo_copy)
    yield store
    store.close()


def test_the_demo_report_has_a_chapter_per_theme_with_everything(demo_store, english, tmp_path):
    data = gather_assessment(demo_store, meeting_id(demo_store, "self_assessment"))
    document = check_package(write_self_assessment(data, tmp_path / "självskattning.docx"))
    assert headings(document, 1) == [
        "Key factors at a glance", "01 Offentliga åtaganden", "03 Ledning och styrning", "07 Kommunal anställning",
        "13 Kontroll och utvärdering", "Environmental factors that explain the context"]
    overview = table_with_header(document, "Theme")
    assert rows_text(overview)[1][2] == "Partly" and rows_text(overview)[2][2] == "Partly (preliminary)"
    assert rows_text(overview)[3][2] == "Not true"
    text = body_text(document)
    assert "Kommunen informerar aktivt om dess åtagande för mångfald." in text
    assert "Annonserna går ut i samma kanaler som för tio år sedan." in text  # the interview, kept whole
    assert "World Café: Lika rätt i Ekbacka" in text  # the minutes of an earlier meeting as evidence
    assert "Finns det ett offentligt uttalande om kommunens åtagande för mångfald?" in text
    assert "Kommunfullmäktiges beslut om ECCAR 2026." in text  # an answer
    assert "Ingen samlad kommunikation till invånarna" in text  # a weakness
    assert "Budgeten för integrationsåtgärder är oförändrad 2027" in text  # a context factor
    assert "Since the baseline" not in text


def test_a_later_assessment_shows_the_change_since_its_baseline(demo_store, english, tmp_path):
    first = repo.all_assessments(demo_store)[0]
    later = demo_store.insert(Meeting(title="Självskattning 2029", format="self_assessment", date="2029-05-08"))
    start = edit.start(demo_store, later.id, scope=(1, 7))
    actions.perform(demo_store, start)
    second = start.inserted[0].id
    actions.perform(demo_store, edit.set_baseline(demo_store, second, first.id))
    actions.perform(demo_store, edit.rate(demo_store, second, 1, rating="true"))
    actions.perform(demo_store, edit.rate(demo_store, second, 7, rating="not_true"))
    document = check_package(write_self_assessment(gather_assessment(demo_store, later.id), tmp_path / "2029.docx"))
    overview = rows_text(table_with_header(document, "Theme"))
    assert overview[0][-1] == "Since the baseline"
    assert overview[1][-1] == "Better than the baseline (Partly → True)"
    assert overview[2][-1] == "Same as the baseline (Not true → Not true)"
    assert "Självskattning: var står Ekbacka? · 11 May 2027" in body_text(document)


def test_a_peer_reviews_recommendations_make_the_follow_up_report(demo_store, english, tmp_path):
    assessment = repo.all_assessments(demo_store)[0]
    actions.perform(demo_store, edit.set_mode(demo_store, assessment.id, "peer_review"))
    actions.perform(demo_store, edit.set_recommendations(
        demo_store, assessment.id, "Utse en ansvarig med budget.\nMät andelen anställda per nivå."))
    data = gather_assessment(demo_store, assessment.meeting_id)
    follow_up = check_package(write_follow_up(data, tmp_path / "uppföljning.docx"))
    assert headings(follow_up, 1) == ["Key factors at a glance", "Recommendations of the peer review"]
    assert "Mät andelen anställda per nivå." in body_text(follow_up)
    report = check_package(write_self_assessment(data, tmp_path / "rapport.docx"))
    assert headings(report, 1)[-1] == "Recommendations of the peer review"


def test_the_minutes_of_a_self_assessment_meeting_include_its_ratings(demo_store, english, tmp_path):
    meeting = meeting_id(demo_store, "self_assessment")
    document = check_package(write_minutes(gather_minutes(demo_store, meeting), tmp_path / "minnes.docx"))
    assert "Self-assessment: the key factors" in headings(document, 1)
    assert rows_text(table_with_header(document, "Theme"))[3][:2] == ["07 Kommunal anställning", "Not true"]
    cafe = check_package(write_minutes(gather_minutes(demo_store, meeting_id(demo_store, "world_cafe")),
                                       tmp_path / "cafe.docx"))
    assert "Self-assessment: the key factors" not in headings(cafe, 1)


def test_the_job_refuses_a_meeting_without_an_assessment(demo_file, tmp_path):
    store = open_read_only(demo_file)
    cafe = meeting_id(store, "world_cafe")
    store.close()
    with pytest.raises(ExportError) as raised:
        run_job(ExportJob(Kind.SELF_ASSESSMENT, demo_file, tmp_path / "x.docx", cafe))
    assert raised.value.code == "no_assessment"
    assert not (tmp_path / "x.docx").exists()


def test_the_command_line_writes_the_report_and_info_lists_the_ratings(demo_file, tmp_path):
    store = open_read_only(demo_file)
    meeting = meeting_id(store, "self_assessment")
    store.close()
    out = tmp_path / "Självskattning.docx"
    run = subprocess.run([sys.executable, "-m", "facilitator", "export", "self-assessment", str(demo_file),
                          "--meeting", str(meeting), "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert (run.returncode, run.stderr) == (0, "")
    document = check_package(out)
    assert document.paragraphs[0].text == "Självskattning"  # Swedish by default
    assert "Stämmer inte" in body_text(document)
    info = subprocess.run([sys.executable, "-m", "facilitator", "info", str(demo_file), "--json"],
                          capture_output=True, text=True, timeout=120)
    listed = json.loads(info.stdout)["assessments"]
    assert [(r["theme"], r["rating"], r["preliminary"]) for r in listed[0]["ratings"]] == [
        (1, "partly", False), (3, "partly", True), (7, "not_true", False), (13, "not_assessed", False)]
    missing = subprocess.run([sys.executable, "-m", "facilitator", "export", "self-assessment", str(demo_file),
                              "--out", str(tmp_path / "y.docx")], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "--meeting" in missing.stderr


@pytest.mark.skipif(not all(shutil.which(t) for t in ("soffice", "pdftotext")), reason="needs LibreOffice")
def test_the_report_converts_with_libreoffice(demo_file, tmp_path, english):
    store = open_read_only(demo_file)
    meeting = meeting_id(store, "self_assessment")
    store.close()
    path = run_job(ExportJob(Kind.SELF_ASSESSMENT, demo_file, tmp_path / "report.docx", meeting))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   capture_output=True, timeout=180, check=True)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout
    assert "Kommunal anställning" in text and "Environmental factors that explain the context" in text


def test_an_assessment_made_over_a_series_names_its_meetings(demo_store, english, tmp_path):
    first = repo.all_assessments(demo_store)[0]
    later = demo_store.insert(Meeting(title="Självskattning, träff 2", format="self_assessment", date="2027-06-01"))
    actions.perform(demo_store, edit.continue_in(demo_store, later.id, first.id))
    document = check_package(write_self_assessment(gather_assessment(demo_store, later.id), tmp_path / "serie.docx"))
    block = {row[0]: row[1] for row in rows_text(document.tables[0])}
    assert block["Made in the meetings"] == "Självskattning: var står Ekbacka? · 11 May 2027\nSjälvskattning, träff 2 · 1 June 2027"
