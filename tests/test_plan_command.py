"""``facilitator plan``: the plan's stage and history, a new stage through the window's own
action, and the comparison of two stored versions; ``facilitator export catalogue --stage``.
Every refusal exits 1 with one clear line and leaves the file exactly as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from docx import Document

from facilitator.cli.main import main
from facilitator.i18n import LanguageSwitcher
from facilitator.storage import plan as repo
from facilitator.storage.process_store import ProcessStore, open_read_only

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


@pytest.fixture
def fresh(tmp_path) -> Path:
    path = tmp_path / "ny plan.facilitator"
    ProcessStore.create(path, "Ny process", "Testkommun").close()
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fingerprint(path: Path) -> tuple:
    """The file's bytes and whatever lies beside it."""
    beside = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)
    return hashlib.sha256(path.read_bytes()).hexdigest(), beside


def test_the_demo_plan_is_adopted_with_its_history_and_versions(capsys, demo):
    code, out, err = run(capsys, "plan", demo)
    assert code == 0 and err == ""
    assert "Stage: Adopted (2027-06-14)" in out
    assert "2027-04-26  Draft → Out for consultation  Kommunstyrelsens arbetsutskott  dnr KS 2026/318" in out
    assert "2027-06-14  Approved by departments → Adopted  Kommunfullmäktige" in out
    assert "[4] 2027-06-14  Adopted" in out


def test_json_lists_the_steps_and_versions(capsys, demo):
    code, out, _err = run(capsys, "plan", demo, "--json")
    info = json.loads(out)
    assert code == 0 and info["stage"] == "adopted" and info["plan_period"] == "2027–2029"
    assert [step["stage"] for step in info["history"]] == ["draft", "consultation", "approved", "adopted"]
    assert [step["direction"] for step in info["history"]] == ["start", "forward", "forward", "forward"]
    assert [(v["number"], v["stage"]) for v in info["versions"]] == [
        (1, "draft"), (2, "consultation"), (3, "approved"), (4, "adopted")]


@pytest.mark.parametrize(("word", "stage"), [("remiss", "consultation"), ("consultation", "consultation"),
                                             ("Godkänd", "approved"), ("adopted", "adopted")])
def test_a_stage_is_recorded_in_swedish_or_english_words(capsys, fresh, word, stage):
    code, out, err = run(capsys, "plan", fresh, "--stage", word, "--date", "2027-04-26", "--body", "Kommunstyrelsen",
                         "--dnr", "KS 2027/1", "--note", "Svar senast 21 maj")
    assert (code, err) == (0, "")
    assert "version 1" in out
    store = open_read_only(fresh)
    try:
        (step,) = repo.stage_history(store)
        assert (step.stage, step.date, step.body, step.dnr, step.note) == (
            stage, "2027-04-26", "Kommunstyrelsen", "KS 2027/1", "Svar senast 21 maj")
        assert store.process().plan_stage == stage
        assert repo.latest_version(store, stage).stage_change_id == step.id
    finally:
        store.close()
    assert not Path(str(fresh) + ".lock").exists()  # the lock is let go


@pytest.mark.parametrize(("argv", "message"), [
    (["--stage", "beslutad", "--date", "2027-06-20"], "Unknown stage “beslutad”"),
    (["--stage", "antagen", "--date", "20 juni 2027"], "“20 juni 2027” is not a date"),
    (["--stage", "antagen", "--date", "2027-02-30"], "is not a date"),
    (["--stage", "antagen"], "Give the day of the decision with --date"),
    (["--date", "2027-06-20"], "Give the new stage with --stage"),
    (["--stage", "antagen", "--date", "2027-06-20"], "already at the stage “Adopted”"),
    (["--stage", "remiss", "--date", "2027-06-01"], "The latest step is dated 2027-06-14"),
])
def test_a_refused_step_exits_1_and_leaves_the_file_unchanged(capsys, demo, argv, message):
    before = fingerprint(demo)
    code, out, err = run(capsys, "plan", demo, *argv)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert fingerprint(demo) == before


def test_a_file_open_in_a_window_is_refused_and_unchanged(capsys, fresh):
    holder = ProcessStore.open(fresh)  # the one writer (a window)
    try:
        before = hashlib.sha256(fresh.read_bytes()).hexdigest()
        code, _out, err = run(capsys, "plan", fresh, "--stage", "remiss", "--date", "2027-04-26")
        assert code == 1 and "Only one may change it at a time" in err
        assert repo.stage_history(holder) == []
        assert hashlib.sha256(fresh.read_bytes()).hexdigest() == before
    finally:
        holder.close()


def test_a_missing_file_is_one_line(capsys, tmp_path):
    code, _out, err = run(capsys, "plan", tmp_path / "finns inte.facilitator")
    assert code == 1 and "does not exist" in err


def test_going_back_is_recorded(capsys, fresh):
    for stage, day in (("remiss", "2027-04-26"), ("utkast", "2027-05-02")):
        assert run(capsys, "plan", fresh, "--stage", stage, "--date", day)[0] == 0
    code, out, _err = run(capsys, "plan", fresh)
    assert "2027-05-02  Out for consultation → Draft (back)" in out


def test_two_versions_are_compared(capsys, demo):
    code, out, err = run(capsys, "plan", demo, "--compare", "remiss", "antagen")
    assert (code, err) == (0, "")
    assert "From version 2 (Out for consultation, 2027-04-26) to version 4 (Adopted, 2027-06-14):" in out
    assert "Measures added: 1\n  + 9.1 Språkcaféer och mötesplatser på biblioteken" in out
    assert "Measures removed: 0" in out
    assert "~ 3.1 Gemensam mottagning för stöd vid diskriminering: Target value, Resources and budget, Status" in out
    code, out, _err = run(capsys, "plan", demo, "--compare", "4", "nu")
    assert code == 0 and "to the plan as it is now" in out and "Result, Status" in out
    code, _out, err = run(capsys, "plan", demo, "--compare", "remiss", "beslutad")
    assert code == 1 and "names no version" in err


def _text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_catalogue_of_a_stored_stage_is_exported(capsys, demo, tmp_path):
    code, out, err = run(capsys, "export", "catalogue", demo, "--stage", "remiss", "--out", tmp_path / "remiss.docx")
    assert (code, err) == (0, "")
    text = _text(tmp_path / "remiss.docx")
    assert "Action plan: consultation version" in text and "Out for consultation" in text and "26 April 2027" in text
    assert "Språkcaféer och mötesplatser på biblioteken" not in text  # added after the remiss
    assert "Fyra timmar i veckan från socialtjänsten." in text  # as it read when sent
    code, _out, _err = run(capsys, "export", "catalogue", demo, "--stage", "adopted", "--out", tmp_path / "a.docx")
    assert code == 0 and "Språkcaféer och mötesplatser på biblioteken" in _text(tmp_path / "a.docx")


def test_export_of_an_unknown_or_missing_stage_is_refused(capsys, fresh, tmp_path):
    code, _out, err = run(capsys, "export", "catalogue", fresh, "--stage", "beslutad", "--out", tmp_path / "x.docx")
    assert code == 1 and "Unknown stage" in err
    code, _out, err = run(capsys, "export", "catalogue", fresh, "--stage", "antagen", "--out", tmp_path / "x.docx")
    assert code == 1 and "no stored version for the stage “Adopted”" in err
    assert not (tmp_path / "x.docx").exists()
    code, _out, err = run(capsys, "export", "minutes", fresh, "--meeting", "1", "--stage", "remiss",
                          "--out", tmp_path / "x.docx")
    assert code == 2 and "--stage is for the catalogue only" in err
