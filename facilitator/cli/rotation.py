"""``facilitator rotation``: who sits at which table in each round of a World Café.

    facilitator rotation (PARTICIPANTS.csv | --people N [--hosts]) --tables T --rounds R
                         [--seats S] [--question-per-table] [--seed S] [--time-budget SEK] [--json]

The CSV (comma or semicolon; UTF-8, UTF-8 with BOM or Windows-1252) has a header with ``name``
and optionally ``organisation``, ``host`` (yes/ja/1: hosts one table and stays there),
``stays`` (yes/ja/1: does not move), ``table`` (1..T: the table of a host or of someone who
stays; for anyone else the table of their first round; empty: the planner chooses) and
``languages`` (separated by ``|``, e.g. ``sv|ar``). Swedish headers (namn, organisation, värd,
stannar, bord, språk) work too. With ``--people N --hosts`` people 1..T host tables 1..T.

Messages are translatable (context ``RotationCommand``, English source texts) and shown in
Swedish unless ``FACILITATOR_LANG=en``: :func:`run` gets a QCoreApplication with the catalogue
from :func:`facilitator.cli._core_app`. Bad input gives one line on stderr and exit code 2.
Only QtCore is used, for the translations.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain.rotation import CafeSetup, ErrorCode, Person, Quality, RotationError, RotationPlan, plan_rotation
from ..domain.vocabulary import Plural
from .headless import core_app, translate_help_later

YES = {"yes", "ja", "1", "true", "sant", "x", "j", "y"}
HEADER_ALIASES = {
    "name": "name", "namn": "name",
    "organisation": "organisation", "organization": "organisation", "org": "organisation",
    "host": "host", "värd": "host", "vard": "host",
    "stays": "stays", "stannar": "stays", "stay": "stays",
    "table": "table", "bord": "table",
    "languages": "languages", "language": "languages", "språk": "languages", "sprak": "languages",
}


class InputError(Exception):
    """Bad input; the message is the (translated) line shown to the user."""


def _core_app():
    """The QCoreApplication with the Swedish (or, with FACILITATOR_LANG=en, English) catalogue."""
    return core_app()


def _help_texts() -> dict[str, str]:
    """The texts of ``facilitator rotation --help`` in the current language."""
    return {
        "command": QCoreApplication.translate(
            "RotationCommand", "plan who sits at which table in each round (World Café)"),
        "description": QCoreApplication.translate(
            "RotationCommand", "Plans the table changes so that the participants meet as many new people as possible."),
        "participants": QCoreApplication.translate(
            "RotationCommand", "CSV file with the participants (the column name is required)"),
        "people": QCoreApplication.translate(
            "RotationCommand", "plan for N numbered participants instead of a file"),
        "hosts": QCoreApplication.translate(
            "RotationCommand", "with --people: participants 1..T host tables 1..T"),
        "tables": QCoreApplication.translate("RotationCommand", "number of tables"),
        "rounds": QCoreApplication.translate("RotationCommand", "number of rounds"),
        "seats": QCoreApplication.translate(
            "RotationCommand", "seats per table (default: as few as will do)"),
        "question_per_table": QCoreApplication.translate(
            "RotationCommand", "one question per table: no guest visits the same table twice"),
        "seed": QCoreApplication.translate(
            "RotationCommand", "random seed (the same seed gives the same plan)"),
        "time_budget": QCoreApplication.translate("RotationCommand", "longest search time in seconds"),
        "json": QCoreApplication.translate("RotationCommand", "write the result as one JSON object"),
    }


def add_parser(subparsers) -> None:
    texts = _help_texts()
    parser = subparsers.add_parser("rotation", help=texts["command"], description=texts["description"])
    actions = [
        parser.add_argument("participants", nargs="?", help=texts["participants"]),
        parser.add_argument("--people", type=int, help=texts["people"]),
        parser.add_argument("--hosts", action="store_true", help=texts["hosts"]),
        parser.add_argument("--tables", type=int, help=texts["tables"]),
        parser.add_argument("--rounds", type=int, help=texts["rounds"]),
        parser.add_argument("--seats", type=int, help=texts["seats"]),
        parser.add_argument("--question-per-table", action="store_true", help=texts["question_per_table"]),
        parser.add_argument("--seed", type=int, default=0, help=texts["seed"]),
        parser.add_argument("--time-budget", type=float, default=0.4, help=texts["time_budget"]),
        parser.add_argument("--json", action="store_true", help=texts["json"]),
    ]
    parser.set_defaults(func=run)
    translate_help_later(parser, actions, _help_texts)


def main(argv: list[str] | None = None) -> int:
    app, _switcher = _core_app()  # before the parser, so that its texts are translated too
    parser = argparse.ArgumentParser(prog="facilitator")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_parser(subparsers)
    args = parser.parse_args(argv)
    return args.func(args)


# --------------------------------------------------------------------------- input
def _yes(value: str) -> bool:
    return (value or "").strip().casefold() in YES


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(QCoreApplication.translate(
            "RotationCommand", "Error: the file %1 does not exist.").replace("%1", str(path))) from None
    except IsADirectoryError:
        raise InputError(QCoreApplication.translate(
            "RotationCommand", "Error: %1 is a folder, not a file.").replace("%1", str(path))) from None
    except OSError as error:
        raise InputError(QCoreApplication.translate(
            "RotationCommand", "Error: the file %1 cannot be read (%2).")
            .replace("%2", str(error.strerror)).replace("%1", str(path))) from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(QCoreApplication.translate(  # pragma: no cover
        "RotationCommand", "Error: the file %1 has an unknown character encoding.").replace("%1", str(path)))


def read_participants(path: Path, tables: int) -> list[Person]:
    """People from the CSV file (see the module docstring); raises InputError."""
    text = _read_text(path)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise InputError(QCoreApplication.translate("RotationCommand", "Error: the file is empty."))
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = list(reader)
    header_index = next(i for i, row in enumerate(rows) if any(cell.strip() for cell in row))
    header = [HEADER_ALIASES.get(cell.strip().casefold(), cell.strip().casefold()) for cell in rows[header_index]]
    if "name" not in header:
        raise InputError(QCoreApplication.translate("RotationCommand", "Error: the file has no column 'name'."))
    col = {name: header.index(name) for name in set(HEADER_ALIASES.values()) if name in header}
    people: list[Person] = []
    for number, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str, row: list[str] = row) -> str:
            i = col.get(name)
            return row[i].strip() if i is not None and i < len(row) else ""

        name = cell("name")
        if not name:
            raise InputError(QCoreApplication.translate(
                "RotationCommand", "Error: row %1 has no name.").replace("%1", str(number)))
        table = None
        if cell("table"):
            try:
                table = int(cell("table"))
            except ValueError:
                raise InputError(QCoreApplication.translate(
                    "RotationCommand", "Error: row %1: the table '%2' is not a number.")
                    .replace("%1", str(number)).replace("%2", cell("table"))) from None
            if not 1 <= table <= tables:
                raise InputError(QCoreApplication.translate(
                    "RotationCommand", "Error: row %1: table %2 does not exist (the tables are 1–%3).")
                    .replace("%1", str(number)).replace("%2", str(table)).replace("%3", str(tables)))
            table -= 1
        host, stays = _yes(cell("host")), _yes(cell("stays"))
        languages = frozenset(part.strip().casefold() for part in cell("languages").split("|") if part.strip())
        people.append(Person(
            key=f"row{number}", name=name, organisation=cell("organisation"), languages=languages,
            host_table=table if host else None, stays=stays or (host and table is None),
            table=table if not host else None,
        ))
    if not people:
        raise InputError(QCoreApplication.translate("RotationCommand", "Error: the file contains no participants."))
    return people


# Messages with a count, marked so that the catalogue gets their plural forms (see Plural).
_TOO_FEW_HOSTS = Plural.translate(
    "RotationCommand", "Error: %1 tables need %1 hosts but there are only %n participant(s).", "", -1)
_FIXED_TOGETHER = Plural.translate(
    "RotationCommand",
    "Zero repeats is impossible: %n pair(s) of hosts or people who stay sit at the same table in every round.", "", -1)


def numbered_people(count: int, tables: int, hosts: bool) -> list[Person]:
    if count < 1:
        raise InputError(QCoreApplication.translate("RotationCommand", "Error: --people must be at least 1."))
    if hosts and count < tables:
        raise InputError(QCoreApplication.translate("RotationCommand", _TOO_FEW_HOSTS, "", count)
                         .replace("%1", str(tables)))
    return [Person(key=str(i), name=str(i), host_table=(i - 1 if hosts and i <= tables else None))
            for i in range(1, count + 1)]


def _error_text(error: RotationError) -> str:
    d = error.details
    code = error.code
    if code == ErrorCode.TOO_MANY_PEOPLE:
        return (QCoreApplication.translate(
            "RotationCommand",
            "Error: %1 participants but the tables only have room for %2 (round %3). Add tables or seats.")
            .replace("%1", str(d["people"])).replace("%2", str(d["seats"])).replace("%3", str(d["round"] + 1)))
    if code == ErrorCode.PINNED_OVER_CAPACITY:
        return (QCoreApplication.translate(
            "RotationCommand", "Error: %1 people must sit at table %2, which only has room for %3.")
            .replace("%1", str(d["people"])).replace("%2", str(d["table"] + 1)).replace("%3", str(d["seats"])))
    if code == ErrorCode.TABLE_OUT_OF_RANGE:
        return (QCoreApplication.translate(
            "RotationCommand", "Error: table %1 does not exist (the tables are 1–%2).")
            .replace("%1", str(d["table"] + 1)).replace("%2", str(d["tables"])))
    if code == ErrorCode.TOO_MANY_ROUNDS_FOR_QUESTIONS:
        return (QCoreApplication.translate(
            "RotationCommand",
            "Error: with one question per table no guest can take part in more rounds (%1) "
            "than there are tables (%2).")
            .replace("%1", str(d["rounds"])).replace("%2", str(d["tables"])))
    if code in (ErrorCode.NO_TABLES, ErrorCode.NO_ROUNDS):
        return QCoreApplication.translate(
            "RotationCommand", "Error: at least one table and at least one round are needed.")
    if code == ErrorCode.BAD_SEATS:
        return QCoreApplication.translate("RotationCommand", "Error: every table must have at least one seat.")
    if code == ErrorCode.STAYERS_DO_NOT_FIT:
        return QCoreApplication.translate(
            "RotationCommand",
            "Error: the people who stay at a table do not fit if the tables are to have the same size.")
    if code == ErrorCode.CONFLICTING_TABLES:
        return (QCoreApplication.translate("RotationCommand", "Error: %1 has two different tables.")
                .replace("%1", str(d.get("name") or d.get("key"))))
    return QCoreApplication.translate("RotationCommand", "Error: %1.").replace("%1", str(error))


def explain(quality: Quality) -> str:
    """Why zero repeats is impossible, in the current language ('' when it may be possible)."""
    if quality.zero_possible is not False:
        return ""
    f = quality.bound_facts
    reason = quality.bound_reason
    if reason == "pigeonhole":
        return (QCoreApplication.translate(
            "RotationCommand",
            "Zero repeats is impossible (the pigeonhole principle): a participant sits with at least "
            "%1 table neighbours over %2 rounds but there are only %3 others to meet.")
            .replace("%1", str(f.get("neighbours", 0))).replace("%2", str(f.get("rounds", 0)))
            .replace("%3", str(f.get("others", 0))))
    if reason == "few_tables":
        return (QCoreApplication.translate(
            "RotationCommand",
            "Zero repeats is impossible: the tables have up to %1 people but there are only %2 tables, "
            "so in every round after the first some people sit at the same table as in the round before.")
            .replace("%1", str(f.get("largest_table", 0))).replace("%2", str(f.get("tables", 0))))
    if reason == "fixed_together":
        pairs = f.get("fixed_pairs", 0)
        return QCoreApplication.translate("RotationCommand", _FIXED_TOGETHER, "", pairs)
    if reason == "languages":
        return (QCoreApplication.translate(
            "RotationCommand",
            "Zero repeats is impossible when everyone at a table must share a language: some people share "
            "a language with only %1 others but have %2 table neighbours over the rounds.")
            .replace("%1", str(f.get("languages_others", 0))).replace("%2", str(f.get("languages_neighbours", 0))))
    return QCoreApplication.translate("RotationCommand", "Zero repeats is impossible.")


#: The old name, from when the explanation was always Swedish.
explain_sv = explain


# --------------------------------------------------------------------------- run
def run(args: argparse.Namespace) -> int:
    app, _switcher = _core_app()  # kept alive while the messages are made
    try:
        return _run(args)
    except InputError as error:
        print(str(error), file=sys.stderr)
        return 2
    except RotationError as error:
        print(_error_text(error), file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.tables is None or args.rounds is None:
        raise InputError(QCoreApplication.translate("RotationCommand", "Error: give both --tables and --rounds."))
    if args.tables < 1 or args.rounds < 1:
        raise InputError(QCoreApplication.translate(
            "RotationCommand", "Error: at least one table and at least one round are needed."))
    if args.seats is not None and args.seats < 1:
        raise InputError(QCoreApplication.translate("RotationCommand", "Error: --seats must be at least 1."))
    if (args.participants is None) == (args.people is None):
        raise InputError(QCoreApplication.translate(
            "RotationCommand", "Error: give either a participant file or --people N."))
    if args.participants is not None:
        if args.hosts:
            raise InputError(QCoreApplication.translate(
                "RotationCommand", "Error: --hosts only works with --people; mark the hosts in the file's column 'host'."))
        people = read_participants(Path(args.participants), args.tables)
    else:
        people = numbered_people(args.people, args.tables, args.hosts)
    setup = CafeSetup(people=tuple(people), tables=args.tables, rounds=args.rounds, seats=args.seats,
                      question_per_table=args.question_per_table)
    started = time.perf_counter()
    plan, quality = plan_rotation(setup, seed=args.seed, time_budget=args.time_budget)
    seconds = time.perf_counter() - started
    numbered = args.participants is None
    if args.json:
        print(json.dumps(_as_json(plan, quality, seconds, numbered), ensure_ascii=False))
    else:
        print(_as_text(plan, quality, seconds))
    return 0


def _labels(plan: RotationPlan, numbered: bool):
    names = {p.key: (int(p.key) if numbered else p.name) for p in plan.setup.people}
    return [[[names[k] for k in keys] for keys in rnd] for rnd in plan.rounds]


def _as_json(plan: RotationPlan, quality: Quality, seconds: float, numbered: bool) -> dict:
    return {
        "rounds": _labels(plan, numbered),
        "repeats": quality.repeats,
        "repeated_pairs": quality.repeated_pairs,
        "lower_bound": quality.lower_bound,
        "organisation_conflicts": quality.organisation_conflicts,
        "language_conflicts": quality.language_conflicts,
        "seconds": round(seconds, 4),
        "optimal": quality.optimal,
        "zero_possible": quality.zero_possible,
        "bound_reason": quality.bound_reason,
        "explanation": explain(quality),
    }


def _as_text(plan: RotationPlan, quality: Quality, seconds: float) -> str:
    lines = []
    for r, rnd in enumerate(_labels(plan, False)):
        lines.append(QCoreApplication.translate("RotationCommand", "Round %1").replace("%1", str(r + 1)))
        for t, names in enumerate(rnd):
            seated = (", ".join(str(x) for x in names) if names
                      else QCoreApplication.translate("RotationCommand", "(empty)"))
            lines.append("  " + QCoreApplication.translate("RotationCommand", "Table %1: %2")
                         .replace("%1", str(t + 1)).replace("%2", seated))
        lines.append("")
    if quality.optimal:
        repeats = QCoreApplication.translate(
            "RotationCommand", "Repeated meetings: %1 (the best possible); proven lower bound: %2")
    else:
        repeats = QCoreApplication.translate("RotationCommand", "Repeated meetings: %1; proven lower bound: %2")
    lines.append(repeats.replace("%1", str(quality.repeats)).replace("%2", str(quality.lower_bound)))
    lines.append(QCoreApplication.translate("RotationCommand", "Pairs who meet more than once: %1")
                 .replace("%1", str(quality.repeated_pairs)))
    lines.append(QCoreApplication.translate("RotationCommand", "Pairs from the same organisation at the same table: %1")
                 .replace("%1", str(quality.organisation_conflicts)))
    lines.append(QCoreApplication.translate("RotationCommand", "Tables without a shared language: %1")
                 .replace("%1", str(quality.language_conflicts)))
    if quality.revisits:
        lines.append(QCoreApplication.translate(
            "RotationCommand", "Guests who come back to a table (cannot be avoided here): %1")
            .replace("%1", str(quality.revisits)))
    why = explain(quality)
    if why:
        lines.append(why)
    lines.append(QCoreApplication.translate("RotationCommand", "Time: %1 s").replace("%1", f"{seconds:.2f}"))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
