"""The ``facilitator rotation`` command: CSV input, JSON and text output, and bad input
(one line on stderr, exit code 2). The messages are translatable: these tests read the English
source texts (FACILITATOR_LANG=en); Swedish, the default, is checked in a subprocess."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from facilitator.cli import rotation as rotation_command
from facilitator.cli.rotation import add_parser, main, run

BUDGET = ["--time-budget", "0.05"]
ROOT = Path(__file__).resolve().parents[1]

# In-process runs create a QCoreApplication if there is none; the GUI tests that follow need a
# QApplication, so make sure that one exists first.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("FACILITATOR_LANG", "en")


def run_json(capsys, *argv: str) -> dict:
    assert main(["rotation", *argv, "--json", *BUDGET]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # exactly one JSON object
    return json.loads(out)


def test_add_parser_registers_rotation_with_run_as_func():
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    add_parser(subparsers)
    args = parser.parse_args(["rotation", "--people", "8", "--tables", "2", "--rounds", "2"])
    assert args.func is run


def test_numbered_people_json_shape(capsys):
    data = run_json(capsys, "--people", "20", "--tables", "5", "--rounds", "3")
    for key in ("rounds", "repeats", "repeated_pairs", "lower_bound", "organisation_conflicts",
                "language_conflicts", "seconds"):
        assert key in data
    assert len(data["rounds"]) == 3
    for rnd in data["rounds"]:
        assert len(rnd) == 5
        seated = sorted(x for table in rnd for x in table)
        assert seated == list(range(1, 21))
        assert all(isinstance(x, int) for x in seated)
        assert all(len(table) == 4 for table in rnd)
    assert data["repeats"] == 0 == data["lower_bound"]
    assert isinstance(data["seconds"], float)


def test_hosts_stay_at_their_tables(capsys):
    data = run_json(capsys, "--people", "25", "--hosts", "--tables", "5", "--rounds", "5", "--question-per-table")
    for rnd in data["rounds"]:
        for t, table in enumerate(rnd):
            assert t + 1 in table
    assert data["repeats"] == 0


def test_repeats_in_json_match_the_rounds(capsys):
    data = run_json(capsys, "--people", "12", "--tables", "3", "--rounds", "3")
    meetings = {}
    for rnd in data["rounds"]:
        for table in rnd:
            for pair in combinations(sorted(table), 2):
                meetings[pair] = meetings.get(pair, 0) + 1
    assert data["repeats"] == sum(m - 1 for m in meetings.values())
    assert data["repeated_pairs"] == sum(1 for m in meetings.values() if m > 1)
    assert data["lower_bound"] == 6 and data["repeats"] == 6
    assert data["zero_possible"] is False and data["bound_reason"] == "few_tables"


def test_csv_with_semicolons_cp1252_and_all_columns(tmp_path, capsys):
    path = tmp_path / "deltagare.csv"
    path.write_bytes(
        "name;organisation;host;stays;table;languages\n"
        "Åsa;Kommunen;ja;;1;sv\n"
        "Örjan;Kommunen;;;;sv|en\n"
        "Fatima;Skolan;;;;ar|sv\n"
        "Omar;;;;;ar\n"
        "Lena;Röda korset;;ja;2;sv|ar\n"
        "Per;Skolan;;;;\n"
        "Maja;;;;;\n"
        "Nils;Kommunen;;;;sv\n"
        .encode("cp1252"))
    data = run_json(capsys, str(path), "--tables", "2", "--rounds", "3")
    for rnd in data["rounds"]:
        assert "Åsa" in rnd[0] and "Lena" in rnd[1]
        assert sorted(n for t in rnd for n in t) == sorted(
            ["Åsa", "Örjan", "Fatima", "Omar", "Lena", "Per", "Maja", "Nils"])
    assert data["language_conflicts"] == 0


def test_csv_with_commas_utf8_bom_and_swedish_headers(tmp_path, capsys):
    path = tmp_path / "lista.csv"
    path.write_text("\ufeffNamn,Organisation,Värd,Bord\nA,x,ja,3\nB,x,,\nC,y,,\nD,y,,\nE,,,\nF,,,\n", encoding="utf-8")
    data = run_json(capsys, str(path), "--tables", "3", "--rounds", "2")
    assert all("A" in rnd[2] for rnd in data["rounds"])


def test_text_output_is_readable(capsys):
    assert main(["rotation", "--people", "12", "--tables", "3", "--rounds", "3", *BUDGET]) == 0
    out = capsys.readouterr().out
    assert "Round 1" in out and "  Table 3: " in out
    assert "Repeated meetings: 6 (the best possible); proven lower bound: 6" in out
    assert "Pairs who meet more than once: " in out
    assert "Zero repeats is impossible: the tables have up to 4 people but there are only 3 tables" in out
    assert "Time: " in out


def test_json_explanation_is_translated_text(capsys):
    data = run_json(capsys, "--people", "12", "--tables", "3", "--rounds", "3")
    assert data["explanation"].startswith("Zero repeats is impossible: the tables have up to 4 people")
    assert run_json(capsys, "--people", "20", "--tables", "5", "--rounds", "3")["explanation"] == ""


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "saknas.csv"
    code = main(["rotation", str(path), "--tables", "2", "--rounds", "2"])
    assert code == 2
    assert capsys.readouterr().err == f"Error: the file {path} does not exist.\n"


def test_missing_file_is_in_swedish_by_default(tmp_path):
    path = tmp_path / "saknas.csv"
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "rotation", str(path), "--tables", "2", "--rounds", "2"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "FACILITATOR_LANG": "sv", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"Fel: filen {path} finns inte." in result.stderr.splitlines()


def test_folder_instead_of_a_file(tmp_path, capsys):
    assert main(["rotation", str(tmp_path), "--tables", "2", "--rounds", "2"]) == 2
    assert capsys.readouterr().err == f"Error: {tmp_path} is a folder, not a file.\n"


def test_missing_name_column(tmp_path, capsys):
    path = tmp_path / "fel.csv"
    path.write_text("organisation,host\nx,ja\n", encoding="utf-8")
    assert main(["rotation", str(path), "--tables", "2", "--rounds", "2"]) == 2
    assert capsys.readouterr().err == "Error: the file has no column 'name'.\n"


@pytest.mark.parametrize("content, message", [
    ("", "Error: the file is empty."),
    ("name,table\n\n", "Error: the file contains no participants."),
    ("name,organisation\nA,x\n,y\n", "Error: row 3 has no name."),
    ("name,table\nA,två\n", "Error: row 2: the table 'två' is not a number."),
    ("name,host,table\nA,ja,5\nB,,\n", "Error: row 2: table 5 does not exist (the tables are 1–2)."),
])
def test_bad_files(tmp_path, capsys, content, message):
    path = tmp_path / "lista.csv"
    path.write_text(content, encoding="utf-8")
    assert main(["rotation", str(path), "--tables", "2", "--rounds", "2"]) == 2
    assert capsys.readouterr().err == message + "\n"


def test_more_people_than_seats(capsys):
    assert main(["rotation", "--people", "13", "--tables", "3", "--rounds", "2", "--seats", "4"]) == 2
    assert capsys.readouterr().err == (
        "Error: 13 participants but the tables only have room for 12 (round 1). Add tables or seats.\n")


def test_too_few_people_for_the_hosts_counts_them(capsys):
    assert main(["rotation", "--people", "1", "--hosts", "--tables", "3", "--rounds", "2"]) == 2
    # English is the source text: Qt fills in %n, and "(s)" stays without an English catalogue.
    assert capsys.readouterr().err == "Error: 3 tables need 3 hosts but there are only 1 participant(s).\n"


def test_help_is_translatable(capsys):
    with pytest.raises(SystemExit):
        main(["rotation", "--help"])
    out = capsys.readouterr().out
    assert "number of tables" in out and "write the result as one JSON object" in out


@pytest.mark.parametrize("argv", [
    ["--tables", "2", "--rounds", "2"],  # neither file nor --people
    ["--people", "4", "--rounds", "2"],  # no --tables
    ["--people", "4", "--tables", "0", "--rounds", "2"],
    ["--people", "2", "--hosts", "--tables", "3", "--rounds", "2"],  # too few for the hosts
    ["--people", "6", "--tables", "2", "--rounds", "3", "--question-per-table"],  # 3 rounds, 2 tables
])
def test_other_bad_arguments(argv, capsys):
    assert main(["rotation", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1


@pytest.mark.parametrize("argv, message", [
    (["--tables", "2", "--rounds", "2"], "Error: give either a participant file or --people N."),
    (["--people", "4", "--rounds", "2"], "Error: give both --tables and --rounds."),
    (["--people", "4", "--tables", "0", "--rounds", "2"],
     "Error: at least one table and at least one round are needed."),
    (["--people", "4", "--tables", "2", "--rounds", "2", "--seats", "0"], "Error: --seats must be at least 1."),
    (["--people", "0", "--tables", "2", "--rounds", "2"], "Error: --people must be at least 1."),
    (["lista.csv", "--hosts", "--tables", "2", "--rounds", "2"],
     "Error: --hosts only works with --people; mark the hosts in the file's column 'host'."),
    (["--people", "6", "--tables", "2", "--rounds", "3", "--question-per-table"],
     "Error: with one question per table no guest can take part in more rounds (3) than there are tables (2)."),
])
def test_bad_arguments_messages(argv, message, capsys):
    assert main(["rotation", *argv]) == 2
    assert capsys.readouterr().err == message + "\n"


def test_same_seed_same_output(capsys):
    first = run_json(capsys, "--people", "30", "--tables", "6", "--rounds", "6", "--seed", "3")
    second = run_json(capsys, "--people", "30", "--tables", "6", "--rounds", "6", "--seed", "3")
    assert first["rounds"] == second["rounds"]


def test_module_needs_only_qtcore_and_makes_no_application_on_import():
    code = (
        "import sys\n"
        "import facilitator.cli.rotation\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(QCoreApplication.instance() is None,"
        " sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True ['PySide6.QtCore']"
    assert "facilitator.domain.rotation" in sys.modules
    assert rotation_command.run is run
