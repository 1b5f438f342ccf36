"""``facilitator export followup-forms`` and ``facilitator import followup``: the forms out,
filled in as an official would, back in; ``--dry-run`` prints and writes nothing; any
problem exits 1 and leaves the file exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator.cli.main import main
from facilitator.domain.entities import Measure
from facilitator.domain.reporting_round import FIRST_ROW, column_number
from facilitator.domain.vocabulary import MeasureStatus as S
from facilitator.i18n import LanguageSwitcher
from facilitator.storage import measures_repo as repo
from facilitator.storage.process_store import open_read_only

from .followup_filling import fill

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def english(qapp, monkeypatch):
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    yield
    LanguageSwitcher(qapp).set_language("en")


@pytest.fixture
def demo(demo_copy) -> Path:
    """A copy of the demo process of its own: these commands write to it."""
    return demo_copy


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fingerprint(path: Path) -> tuple:
    beside = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)
    return hashlib.sha256(path.read_bytes()).hexdigest(), beside


def _social(folder: Path) -> Path:
    return next(folder.glob("*Socialförvaltningen.xlsx"))


def _fill_first(path: Path, **cells) -> int:
    return fill(path, **cells)


def test_forms_out_and_back_in_with_dry_run_first(demo, tmp_path, capsys):
    folder = tmp_path / "blanketter"
    code, out, err = run(capsys, "export", "followup-forms", demo, "--out", folder, "--round", "Våren 2027")
    assert code == 0, err
    written = [Path(line) for line in out.splitlines()]
    assert len(written) == 7 and all(p.parent == folder and p.suffix == ".xlsx" for p in written)
    assert {p.name.split(" – ")[0] for p in written} == {"Våren 2027"}
    measure_id = _fill_first(_social(folder), new_status="Done", note="Mottagningen är öppen.", value="3 orter")

    before = fingerprint(demo)
    code, out, err = run(capsys, "import", "followup", demo, *written, "--dry-run")
    assert code == 0, err
    assert f"Measure {measure_id} " in out and "status Decided → Done" in out and "indicator value 3 orter" in out
    assert "Nothing was written (1 change(s) to read in)." in out
    assert fingerprint(demo) == before

    code, out, err = run(capsys, "import", "followup", demo, *written)
    assert code == 0, err
    assert "1 change(s) read in" in out
    store = open_read_only(demo)
    try:
        assert store.get(Measure, measure_id).status == S.DONE
        [reported] = [h for h in repo.status_history(store, measure_id) if h.round]
        assert (reported.round, reported.department, reported.indicator_value, reported.status) == (
            "Våren 2027", "Socialförvaltningen", "3 orter", S.DONE)
    finally:
        store.close()

    after = fingerprint(demo)
    code, out, err = run(capsys, "import", "followup", demo, *written)
    assert code == 0 and "already read in" in out and "Nothing new to read in" in out
    assert fingerprint(demo)[0] == after[0]


def test_any_bad_form_exits_1_and_writes_nothing(demo, tmp_path, capsys):
    folder = tmp_path / "blanketter"
    assert run(capsys, "export", "followup-forms", demo, "--out", folder)[0] == 0
    forms = sorted(folder.glob("*.xlsx"))
    social = _social(folder)
    _fill_first(social, new_status="Almost")
    good = next(p for p in forms if p != social)
    book = load_workbook(good)
    book["Uppföljning"].cell(FIRST_ROW, column_number("note")).value = "Bra"
    book.save(good)
    before = fingerprint(demo)
    code, out, err = run(capsys, "import", "followup", demo, *forms)
    assert code == 1
    assert f"{social.name}, row {FIRST_ROW}: “Almost” is not a status." in err
    assert "Nothing was read in" in err
    assert fingerprint(demo) == before


def test_the_default_round_is_the_rhythms_round_of_today(demo, tmp_path, capsys):
    from datetime import date

    code, out, _err = run(capsys, "export", "followup-forms", demo, "--out", tmp_path / "f")
    today = date.today()
    number = (today.month - 1) // 6 + 1  # the demo reports twice a year
    assert code == 0 and Path(out.splitlines()[0]).name.startswith(f"Follow-up {number} {today.year} ")
