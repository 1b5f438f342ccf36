"""The results site: the phone pages' content as static pages the municipality publishes.

Built from the demo and from a process whose texts are hostile; every file of the folder and
of the zip is scanned for every participant's name, e-mail and phone number; every link stays
inside the site and names a file; nothing comes from elsewhere; folders and zips are written
whole or not at all.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from facilitator.domain.entities import Contribution, Measure, MeasureStatusChange, Meeting, Process
from facilitator.export.results_site import SiteTargetError, write_site, zip_bytes
from facilitator.share.results_pages import NoMeeting, site_pages
from facilitator.share.site_texts import TEXTS
from facilitator.storage.process_store import ProcessStore

from . import demo_file
from .site_helpers import (
    HOSTILE,
    PROPOSED,
    UNRELEASED,
    all_files,
    hostile_process,
    leaked,
    link_problems,
    parse,
    zip_files,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = ProcessStore.open(demo_file(tmp_path_factory.mktemp("site-demo")))
    yield store
    store.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    store = ProcessStore.open(hostile_process(tmp_path_factory.mktemp("site-hostile")))
    yield store
    store.close()


def test_the_texts_have_every_key_in_both_languages():
    assert set(TEXTS["sv"]) == set(TEXTS["en"])
    assert all(value.strip() for texts in TEXTS.values() for value in texts.values())


def test_the_demo_site_has_every_meeting_in_swedish_and_english(demo, tmp_path):
    pages = site_pages(demo, today="2027-06-01")
    meetings = demo.list(Meeting)
    assert {"index.html", "en/index.html", "style.css", "icon.svg"} <= set(pages)
    for meeting in meetings:
        assert f"moten/{meeting.id}/index.html" in pages and f"en/moten/{meeting.id}/index.html" in pages
    assert len(pages) == 4 + 2 * len(meetings)
    plan = pages["index.html"].decode()
    assert '<html lang="sv" dir="ltr">' in plan and "Vad hände med förslagen?" in plan
    assert '<html lang="en" dir="ltr">' in pages["en/index.html"].decode()
    assert "What happened to the proposals?" in pages["en/index.html"].decode()
    assert 'href="en/index.html" lang="en" hreflang="en"' in plan
    assert 'href="../index.html" lang="sv" hreflang="sv"' in pages["en/index.html"].decode()
    cafe = pages["moten/1/index.html"].decode()
    assert "World Café: Lika rätt i Ekbacka" in cafe and "Vad blev det av idéerna?" in cafe
    assert 'href="../../../en/moten/1/index.html"' not in cafe and 'href="../../en/moten/1/index.html"' in cafe
    # The same agreed measures, and their status now, as the phones show.
    from facilitator.share.snapshot import build_data

    data = build_data(demo, 1)
    for measure in data["measures"]:
        assert measure["title"].replace('"', "&quot;") in cafe.replace("&#x27;", "'")
    shown = list(data["contributions"])
    assert len(shown) > 20 and cafe.count('<li class="contribution') == len(shown)
    assert cafe.count('<p class="text" dir="auto">') == len(shown)
    # Every agreed measure of the plan is on the plan's page, none that is only proposed.
    for measure in demo.list(Measure):
        title = measure.title.replace('"', "&quot;")
        assert (title in plan.replace("&#x27;", "'")) == (measure.status != "proposed"), measure.title


def test_no_personal_data_in_any_file_of_the_folder_or_the_zip(demo, hostile, tmp_path):
    for name, store in (("demo", demo), ("hostile", hostile)):
        pages = site_pages(store)
        folder = write_site(pages, tmp_path / name)
        archive = write_site(pages, tmp_path / f"{name}.zip")
        assert leaked(all_files(folder), store) == {}
        assert leaked(zip_files(archive), store) == {}
        assert all_files(folder) == zip_files(archive) == pages


def test_hostile_text_is_shown_as_text_and_nothing_unreleased_goes_out(hostile):
    pages = site_pages(hostile)
    page = pages["moten/1/index.html"].decode()
    everything = b"".join(pages.values()).decode()
    parsed = parse(pages["moten/1/index.html"])
    assert [tag for tag, _ in parsed.tags if tag in ("script", "img", "iframe", "object", "embed", "form")] == []
    assert "&lt;script&gt;alert(&#x27;site&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "evil.example" not in [value for _tag, _attr, value in parsed.links]
    assert "\x00" not in everything and "\x1b" not in everything and "\x07" not in everything
    assert "مرحبا: läxhjälp på arabiska i biblioteket" in page
    # Every contribution keeps its own direction.
    assert page.count('<p class="text" dir="auto">') == len(HOSTILE)
    assert UNRELEASED not in everything and PROPOSED not in everything
    assert "Åtgärd utan möte" in pages["index.html"].decode()  # agreed in the plan, from no meeting
    assert "Åtgärd utan möte" not in page
    # The share token, the timer and the owners never reach the site.
    meeting = hostile.get(Meeting, 1)
    assert meeting.share_token not in everything
    assert "Moderator Svensson" not in everything and "Samordnare Berg" not in everything


def test_links_stay_inside_the_site_and_nothing_comes_from_elsewhere(demo, hostile):
    for store in (demo, hostile):
        pages = site_pages(store)
        assert link_problems(pages) == []
        for name, data in pages.items():
            text = data.decode("utf-8")
            if name.endswith(".html"):
                assert "<script" not in text and "fetch(" not in text and "XMLHttpRequest" not in text
                parsed = parse(data)
                for tag, _attribute, value in parsed.links:
                    assert "://" not in value, (name, tag, value)
            if name.endswith(".css"):
                assert "url(" not in text and "@import" not in text


def test_the_site_of_one_meeting(hostile, demo):
    pages = site_pages(demo, 2)
    assert sorted(pages) == ["en/index.html", "en/moten/2/index.html", "icon.svg", "index.html", "moten/2/index.html",
                             "style.css"]
    assert link_problems(pages) == []
    with pytest.raises(NoMeeting):
        site_pages(demo, 999)


def test_a_meeting_added_later_and_a_new_status_show_in_the_next_site(tmp_path):
    store = ProcessStore.open(hostile_process(tmp_path))
    try:
        measure = store.list(Measure, "title = 'Åtgärd utan möte'")[0]
        store.update(Measure, measure.id, status="cancelled")
        store.insert(MeasureStatusChange(measure_id=measure.id, status="cancelled", date="2027-10-01",
                                         note="Hemlig notering om budgeten"))
        plan = site_pages(store)["index.html"].decode()
        assert "Avbruten sedan 1 oktober 2027" in plan and "Hemlig notering" not in plan  # the note is not shown
        assert "Cancelled since 1 October 2027" in site_pages(store)["en/index.html"].decode()
        store.insert(Contribution(meeting_id=1, kind="idea", text="Senare släppt idé", published=True))
        assert "Senare släppt idé" in site_pages(store)["moten/1/index.html"].decode()
    finally:
        store.close()


# ------------------------------------------------------------------------------ writing
def test_a_folder_is_written_whole_into_a_new_or_empty_folder(demo, tmp_path):
    pages = site_pages(demo, 1)
    new = write_site(pages, tmp_path / "ny mapp")
    assert all_files(new) == pages
    empty = tmp_path / "tom"
    empty.mkdir()
    write_site(pages, empty)
    assert all_files(empty) == pages
    # A folder that holds files is never written into or over.
    with pytest.raises(SiteTargetError) as raised:
        write_site(pages, new)
    assert raised.value.code == "folder_not_empty"
    (tmp_path / "en fil").write_text("x")
    with pytest.raises(SiteTargetError) as raised:
        write_site(pages, tmp_path / "en fil")
    assert raised.value.code == "not_a_folder"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []  # no temporary folder left


def test_a_failed_write_leaves_nothing_behind(demo, tmp_path, monkeypatch):
    pages = site_pages(demo, 1)
    from facilitator.storage import files

    def refused(source, target):
        raise PermissionError(13, "Åtkomst nekad", str(target))

    monkeypatch.setattr(files, "rename", refused)
    with pytest.raises(PermissionError):
        write_site(pages, tmp_path / "site")
    assert list(tmp_path.iterdir()) == []


def test_the_zip_has_safe_names_and_the_same_bytes_each_time(demo, tmp_path):
    pages = site_pages(demo, today="2027-06-01")
    assert zip_bytes(pages) == zip_bytes(dict(reversed(list(pages.items()))))
    path = write_site(pages, tmp_path / "resultat.zip")
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        for info in archive.infolist():
            name = info.filename
            assert not name.startswith("/") and ".." not in name.split("/") and "\\" not in name
            assert name.isascii() and ":" not in name
    with pytest.raises(ValueError):
        write_site({"../utanför.html": b"x"}, tmp_path / "farlig.zip")
    with pytest.raises(SiteTargetError):
        os.mkdir(tmp_path / "mapp.zip")
        write_site(pages, tmp_path / "mapp.zip")


def test_an_old_zip_is_replaced_whole(demo, tmp_path):
    path = tmp_path / "resultat.zip"
    path.write_bytes(b"gammal")
    write_site(site_pages(demo, 1), path)
    assert zipfile.is_zipfile(path)
    assert Path(path).stat().st_size > 1000


def test_the_public_address_is_not_in_the_pages(hostile):
    """The site links within itself; the address it is published at is the municipality's."""
    address = hostile.get(Process, 1).public_address
    assert address and all(address.encode() not in data for data in site_pages(hostile).values())
