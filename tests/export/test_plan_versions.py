"""Stored versions of the plan: the catalogue's read model to JSON and back (robust to fields
added or removed later), and a stored version written exactly as it was, whatever happened
to the process since."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from facilitator import actions
from facilitator.actions.plan import change_stage, update_plan_texts
from facilitator.domain.entities import Measure, Meeting, Process
from facilitator.export.catalogue import write_catalogue
from facilitator.export.job import ExportError, ExportJob, Kind, run_job
from facilitator.export.plan_versions import (
    StoredVersionError,
    catalogue_snapshot,
    from_json_value,
    loads,
    stored_catalogue,
    to_json_value,
)
from facilitator.export.report_data import CatalogueData, gather_catalogue
from facilitator.storage import plan as repo
from facilitator.storage.process_store import ProcessStore

from . import body_text, check_package


def test_the_demo_catalogue_comes_back_equal(store):
    data = gather_catalogue(store)
    again = stored_catalogue(catalogue_snapshot(store))
    assert again == data
    assert isinstance(next(iter(again.meetings)), int)  # number keys stay numbers
    assert isinstance(again.measures[0].measure, Measure) and isinstance(again.process, Process)


@dataclass
class Then:
    name: str
    count: int
    gone: str = ""


@dataclass
class Inner:
    when: str = ""


@dataclass
class Now:
    """``Then`` after the read model grew: one field removed, three added."""

    name: str
    count: int
    added_without_default: list[Inner]
    added_number: int | None
    added_with_default: str = "standard"
    inner: Inner = field(default_factory=Inner)


def test_fields_added_later_get_defaults_and_removed_ones_are_ignored():
    stored = json.dumps(to_json_value(Then("Plan", 3, gone="borta")))
    now = loads(Now, stored)
    assert now == Now("Plan", 3, [], None, "standard", Inner())


def test_values_of_the_wrong_shape_become_empty():
    assert from_json_value(Now, {"name": 5, "count": "tre", "added_without_default": {"x": 1},
                                 "added_number": "x", "inner": "text"}) == Now("", 0, [], None)
    assert from_json_value(dict[int, str], {"3": "tre"}) == {3: "tre"}  # a JSON object's keys
    assert from_json_value(tuple[dict[int, str], dict[int, str]], [[[1, "ett"]]]) == ({1: "ett"}, {})


def test_a_stored_catalogue_missing_a_field_and_with_an_unknown_one_still_reads(store):
    stored = json.loads(catalogue_snapshot(store))
    del stored["data"]["risks"]
    stored["data"]["chapter_added_in_a_later_version"] = {"text": "x"}
    data = stored_catalogue(json.dumps(stored))
    assert isinstance(data, CatalogueData) and data.risks == [] and len(data.measures) == 16


@pytest.mark.parametrize("content", ["", "{", "[]", '{"kind": "minutes", "data": {}}', "[" * 100000])
def test_a_damaged_version_is_an_error_not_a_crash(content):
    with pytest.raises(StoredVersionError):
        stored_catalogue(content)


# -- a stored version is the plan as it was -------------------------------------------------------------


@pytest.fixture
def process(tmp_path):
    store = ProcessStore.create(tmp_path / "plan.facilitator", "Handlingsplan", "Ekbacka kommun")
    meeting = store.insert(Meeting(title="World Café", date="2027-02-04"))
    store.insert_many([
        Measure(title="Gemensam mottagning", eccar_point=3, track=1, owner="Ewa", department="Socialförvaltningen",
                due_date="2027-08-31", resources="Fyra timmar i veckan", origin_meeting_id=meeting.id),
        Measure(title="Situationstester", eccar_point=7, track=4, owner="Jonas", department="KLK"),
    ])
    actions.perform(store, update_plan_texts(store, background="Kommunen gick med i ECCAR 2026.",
                                             plan_period="2027–2029"))
    yield store
    store.close()


def _later_edits(store) -> None:
    first = store.list(Measure)[0]
    store.update(Measure, first.id, resources="Fyra timmar i veckan; 120 000 kr per år", title="Mottagning")
    store.insert(Measure(title="Språkcaféer", eccar_point=9, track=2))
    actions.perform(store, update_plan_texts(store, background="Ny bakgrund efter remissen."))
    actions.perform(store, change_stage(store, "antagen", "2027-06-14", snapshot=catalogue_snapshot))


def test_the_stored_remiss_version_is_exported_as_it_was_after_later_edits(process, english, tmp_path):
    actions.perform(process, change_stage(process, "remiss", "2027-04-26", snapshot=catalogue_snapshot,
                                          body="Kommunstyrelsen", dnr="KS 2027/112"))
    as_sent = body_text(check_package(write_catalogue(gather_catalogue(process), tmp_path / "då.docx")))
    _later_edits(process)
    job = ExportJob(Kind.CATALOGUE, process.path, tmp_path / "remiss.docx", plan_stage="consultation")
    stored = body_text(check_package(run_job(job)))
    assert stored == as_sent
    assert "Fyra timmar i veckan" in stored and "Språkcaféer" not in stored and "Out for consultation" in stored
    now = body_text(check_package(write_catalogue(gather_catalogue(process), tmp_path / "nu.docx")))
    assert now != stored and "Språkcaféer" in now and "Adopted" in now
    by_id = ExportJob(Kind.CATALOGUE, process.path, tmp_path / "v1.docx",
                      plan_version_id=repo.versions(process)[0].id)
    assert body_text(check_package(run_job(by_id))) == as_sent


def test_a_stage_without_a_stored_version_is_a_clear_error(process, tmp_path):
    job = ExportJob(Kind.CATALOGUE, process.path, tmp_path / "x.docx", plan_stage="adopted")
    with pytest.raises(ExportError) as raised:
        run_job(job)
    assert raised.value.code == "no_version"
    assert not Path(tmp_path / "x.docx").exists()
