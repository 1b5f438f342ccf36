"""The ``facilitator rotation`` command: CSV input, JSON and text output, and bad input
(one Swedish line on stderr, exit code 2)."""

from __future__ import annotations

import argparse
import json
from itertools import combinations

import pytest

from facilitator import rotation_command
from facilitator.rotation_command import add_parser, main, run

BUDGET = ["--time-budget", "0.05"]


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


def test_text_output_is_readable_swedish(capsys):
    assert main(["rotation", "--people", "12", "--tables", "3", "--rounds", "3", *BUDGET]) == 0
    out = capsys.readouterr().out
    assert "Omgång 1" in out and "Bord 3:" in out
    assert "Upprepade möten: 6" in out
    assert "Noll upprepningar är omöjligt" in out  # and why


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    code = main(["rotation", str(tmp_path / "saknas.csv"), "--tables", "2", "--rounds", "2"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("Fel: filen") and err.count("\n") == 1


def test_missing_name_column(tmp_path, capsys):
    path = tmp_path / "fel.csv"
    path.write_text("organisation,host\nx,ja\n", encoding="utf-8")
    assert main(["rotation", str(path), "--tables", "2", "--rounds", "2"]) == 2
    assert capsys.readouterr().err == "Fel: filen saknar kolumnen 'name'.\n"


def test_table_out_of_range(tmp_path, capsys):
    path = tmp_path / "bord.csv"
    path.write_text("name,host,table\nA,ja,5\nB,,\n", encoding="utf-8")
    assert main(["rotation", str(path), "--tables", "2", "--rounds", "2"]) == 2
    err = capsys.readouterr().err
    assert "bord 5 finns inte" in err and err.count("\n") == 1


def test_more_people_than_seats(capsys):
    assert main(["rotation", "--people", "13", "--tables", "3", "--rounds", "2", "--seats", "4"]) == 2
    err = capsys.readouterr().err
    assert "13 deltagare men bara 12 platser" in err and err.count("\n") == 1


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
    assert err.startswith("Fel:") and err.count("\n") == 1


def test_same_seed_same_output(capsys):
    first = run_json(capsys, "--people", "30", "--tables", "6", "--rounds", "6", "--seed", "3")
    second = run_json(capsys, "--people", "30", "--tables", "6", "--rounds", "6", "--seed", "3")
    assert first["rounds"] == second["rounds"]


def test_module_is_free_of_qt():
    import sys

    source = open(rotation_command.__file__, encoding="utf-8").read()
    assert "PySide6" not in source and "QtCore" not in source
    assert "facilitator.domain.rotation" in sys.modules
