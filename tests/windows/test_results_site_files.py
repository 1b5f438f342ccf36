"""The results site under Windows file semantics: a folder cannot be renamed onto another, and
an old site's files may be open in another program (a file manager, a web server's upload)."""

from __future__ import annotations

import pytest

from facilitator.export.job import ExportError, ExportJob, Kind, describe_error, run_job
from facilitator.storage import files
from tests.windows_semantics import leftovers

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01, 0.01))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from facilitator.demo.builder import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.facilitator")


def site(demo, out) -> ExportJob:
    return ExportJob(Kind.RESULTS_SITE, demo, out, 1)


def test_a_new_folder_and_an_empty_one_are_written_whole(windows_files, demo, tmp_path):
    assert run_job(site(demo, tmp_path / "ny")) == tmp_path / "ny"
    empty = tmp_path / "tom"
    empty.mkdir()
    assert run_job(site(demo, empty)) == empty
    assert (empty / "index.html").is_file() and (empty / "en" / "moten" / "1" / "index.html").is_file()
    assert leftovers(tmp_path, ".~*") == []


def test_an_old_site_whose_page_is_open_elsewhere_is_left_alone(windows_files, demo, tmp_path):
    old = tmp_path / "webbplats"
    run_job(site(demo, old))
    page = old / "index.html"
    before = page.read_bytes()
    windows_files.hold(page)
    with pytest.raises(ExportError) as raised:
        run_job(site(demo, old))
    assert raised.value.code == "folder_not_empty"
    assert "already holds files" in describe_error(raised.value) and str(old) in describe_error(raised.value)
    assert page.read_bytes() == before and leftovers(tmp_path, ".~*") == []


def test_a_zip_open_elsewhere_is_named_as_such(windows_files, demo, tmp_path):
    out = tmp_path / "resultat.zip"
    run_job(site(demo, out))
    before = out.read_bytes()
    windows_files.hold(out)
    with pytest.raises(ExportError) as raised:
        run_job(site(demo, out))
    assert "open in another program" in describe_error(raised.value)
    assert out.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["resultat.zip"]
