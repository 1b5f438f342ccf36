"""``facilitator rotation``: who sits at which table in each round of a World Café.

    facilitator rotation (PARTICIPANTS.csv | --people N [--hosts]) --tables T --rounds R
                         [--seats S] [--question-per-table] [--seed S] [--time-budget SEK] [--json]

The CSV (comma or semicolon; UTF-8, UTF-8 with BOM or Windows-1252) has a header with ``name``
and optionally ``organisation``, ``host`` (yes/ja/1: hosts one table and stays there),
``stays`` (yes/ja/1: does not move), ``table`` (1..T: the table of a host or of someone who
stays; for anyone else the table of their first round; empty: the planner chooses) and
``languages`` (separated by ``|``, e.g. ``sv|ar``). Swedish headers (namn, organisation, värd,
stannar, bord, språk) work too. With ``--people N --hosts`` people 1..T host tables 1..T.

Messages are in Swedish (the product's default language). Bad input gives one line on stderr
and exit code 2. This module imports no Qt.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from pathlib import Path

from .domain.rotation import (
    CafeSetup,
    ErrorCode,
    Person,
    Quality,
    RotationError,
    RotationPlan,
    plan_rotation,
)

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
    """Bad input; the message is the Swedish line shown to the user."""


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "rotation",
        help="planera vem som sitter vid vilket bord i varje omgång (World Café)",
        description="Planerar bordsbyten så att deltagarna träffar så många nya som möjligt.",
    )
    parser.add_argument("participants", nargs="?", help="CSV-fil med deltagare (kolumnen name krävs)")
    parser.add_argument("--people", type=int, help="planera för N numrerade deltagare i stället för en fil")
    parser.add_argument("--hosts", action="store_true", help="med --people: deltagare 1..T är värdar för bord 1..T")
    parser.add_argument("--tables", type=int, help="antal bord")
    parser.add_argument("--rounds", type=int, help="antal omgångar")
    parser.add_argument("--seats", type=int, help="platser per bord (standard: så få som räcker)")
    parser.add_argument("--question-per-table", action="store_true",
                        help="en fråga per bord: ingen gäst besöker samma bord två gånger")
    parser.add_argument("--seed", type=int, default=0, help="slumpfrö (samma frö ger samma plan)")
    parser.add_argument("--time-budget", type=float, default=0.4, help="längsta söktid i sekunder")
    parser.add_argument("--json", action="store_true", help="skriv resultatet som ett JSON-objekt")
    parser.set_defaults(func=run)


def main(argv: list[str] | None = None) -> int:
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
        raise InputError(f"Fel: filen {path} finns inte.") from None
    except IsADirectoryError:
        raise InputError(f"Fel: {path} är en mapp, inte en fil.") from None
    except OSError as error:
        raise InputError(f"Fel: filen {path} kan inte läsas ({error.strerror}).") from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"Fel: filen {path} har en okänd teckenkodning.")  # pragma: no cover


def read_participants(path: Path, tables: int) -> list[Person]:
    """People from the CSV file (see the module docstring); raises InputError."""
    text = _read_text(path)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise InputError("Fel: filen är tom.")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [row for row in reader]
    header_index = next(i for i, row in enumerate(rows) if any(cell.strip() for cell in row))
    header = [HEADER_ALIASES.get(cell.strip().casefold(), cell.strip().casefold()) for cell in rows[header_index]]
    if "name" not in header:
        raise InputError("Fel: filen saknar kolumnen 'name'.")
    col = {name: header.index(name) for name in set(HEADER_ALIASES.values()) if name in header}
    people: list[Person] = []
    for number, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str) -> str:
            i = col.get(name)
            return row[i].strip() if i is not None and i < len(row) else ""

        name = cell("name")
        if not name:
            raise InputError(f"Fel: rad {number} saknar namn.")
        table = None
        if cell("table"):
            try:
                table = int(cell("table"))
            except ValueError:
                raise InputError(f"Fel: rad {number}: bordet '{cell('table')}' är inte ett nummer.") from None
            if not 1 <= table <= tables:
                raise InputError(f"Fel: rad {number}: bord {table} finns inte (borden är 1–{tables}).")
            table -= 1
        host, stays = _yes(cell("host")), _yes(cell("stays"))
        languages = frozenset(part.strip().casefold() for part in cell("languages").split("|") if part.strip())
        people.append(Person(
            key=f"row{number}", name=name, organisation=cell("organisation"), languages=languages,
            host_table=table if host else None, stays=stays or (host and table is None),
            table=table if not host else None,
        ))
    if not people:
        raise InputError("Fel: filen innehåller inga deltagare.")
    return people


def numbered_people(count: int, tables: int, hosts: bool) -> list[Person]:
    if count < 1:
        raise InputError("Fel: --people måste vara minst 1.")
    if hosts and count < tables:
        raise InputError(f"Fel: {tables} bord behöver {tables} värdar men det finns bara {count} deltagare.")
    return [Person(key=str(i), name=str(i), host_table=(i - 1 if hosts and i <= tables else None))
            for i in range(1, count + 1)]


def _error_text(error: RotationError) -> str:
    d = error.details
    code = error.code
    if code == ErrorCode.TOO_MANY_PEOPLE:
        return (f"Fel: {d['people']} deltagare men bara {d['seats']} platser vid borden"
                f" (omgång {d['round'] + 1}). Lägg till bord eller platser.")
    if code == ErrorCode.PINNED_OVER_CAPACITY:
        return f"Fel: {d['people']} personer måste sitta vid bord {d['table'] + 1}, som bara har {d['seats']} platser."
    if code == ErrorCode.TABLE_OUT_OF_RANGE:
        return f"Fel: bord {d['table'] + 1} finns inte (borden är 1–{d['tables']})."
    if code == ErrorCode.TOO_MANY_ROUNDS_FOR_QUESTIONS:
        return (f"Fel: med en fråga per bord kan ingen gäst delta i fler omgångar ({d['rounds']}) "
                f"än det finns bord ({d['tables']}).")
    if code in (ErrorCode.NO_TABLES, ErrorCode.NO_ROUNDS):
        return "Fel: det behövs minst ett bord och minst en omgång."
    if code == ErrorCode.BAD_SEATS:
        return "Fel: varje bord måste ha minst en plats."
    if code == ErrorCode.STAYERS_DO_NOT_FIT:
        return "Fel: de som stannar vid ett bord får inte plats så att borden blir jämnstora."
    if code == ErrorCode.CONFLICTING_TABLES:
        return f"Fel: {d.get('name') or d.get('key')} har två olika bord."
    return f"Fel: {error}."


def explain_sv(quality: Quality) -> str:
    """Why zero repeats is impossible, in Swedish ('' when it may be possible)."""
    if quality.zero_possible is not False:
        return ""
    f = quality.bound_facts
    reason = quality.bound_reason
    if reason == "pigeonhole":
        return ("Noll upprepningar är omöjligt (lådprincipen): en deltagare sitter med minst "
                f"{f.get('neighbours', 0)} bordsgrannar under {f.get('rounds', 0)} omgångar men det finns bara "
                f"{f.get('others', 0)} andra att träffa.")
    if reason == "few_tables":
        return (f"Noll upprepningar är omöjligt: borden har upp till {f.get('largest_table', 0)} personer men det "
                f"finns bara {f.get('tables', 0)} bord, så i varje omgång efter den första sitter några vid samma "
                "bord som i omgången före.")
    if reason == "fixed_together":
        return (f"Noll upprepningar är omöjligt: {f.get('fixed_pairs', 0)} par av värdar eller personer som "
                "stannar sitter vid samma bord i varje omgång.")
    if reason == "languages":
        return ("Noll upprepningar är omöjligt när alla vid ett bord ska ha ett gemensamt språk: några delar "
                f"språk med bara {f.get('languages_others', 0)} andra men har {f.get('languages_neighbours', 0)} "
                "bordsgrannar under omgångarna.")
    return "Noll upprepningar är omöjligt."


# --------------------------------------------------------------------------- run
def run(args: argparse.Namespace) -> int:
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
        raise InputError("Fel: ange både --tables och --rounds.")
    if args.tables < 1 or args.rounds < 1:
        raise InputError("Fel: det behövs minst ett bord och minst en omgång.")
    if args.seats is not None and args.seats < 1:
        raise InputError("Fel: --seats måste vara minst 1.")
    if (args.participants is None) == (args.people is None):
        raise InputError("Fel: ange antingen en deltagarfil eller --people N.")
    if args.participants is not None:
        if args.hosts:
            raise InputError("Fel: --hosts gäller bara med --people; ange värdar i filens kolumn 'host'.")
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
        "explanation": explain_sv(quality),
    }


def _as_text(plan: RotationPlan, quality: Quality, seconds: float) -> str:
    lines = []
    for r, rnd in enumerate(_labels(plan, False)):
        lines.append(f"Omgång {r + 1}")
        for t, names in enumerate(rnd):
            lines.append(f"  Bord {t + 1}: {', '.join(str(x) for x in names) if names else '(tomt)'}")
        lines.append("")
    best = " (bästa möjliga)" if quality.optimal else ""
    lines.append(f"Upprepade möten: {quality.repeats}{best}; bevisad undre gräns: {quality.lower_bound}")
    lines.append(f"Par som möts mer än en gång: {quality.repeated_pairs}")
    lines.append(f"Par från samma organisation vid samma bord: {quality.organisation_conflicts}")
    lines.append(f"Bord utan gemensamt språk: {quality.language_conflicts}")
    if quality.revisits:
        lines.append(f"Gäster som kommer tillbaka till ett bord (går inte att undvika här): {quality.revisits}")
    why = explain_sv(quality)
    if why:
        lines.append(why)
    lines.append(f"Tid: {seconds:.2f} s")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
