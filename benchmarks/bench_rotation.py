"""Benchmark of the World Café rotation planner.

Run from the repository root: ``python benchmarks/bench_rotation.py`` (add ``--budget 2`` to
give every instance a larger time budget). ``run()`` returns one row per instance with the keys
instance, people, tables, rounds, seats, repeats, lower_bound, seconds and optimal
(``repeats == lower_bound``: the plan is proven optimal). A row that is not optimal is either a
plan the search could not improve in time or an instance whose bound is not tight (e.g. 36
people at 6 tables of 6 for 4 rounds: zero would need two orthogonal Latin squares of order 6,
which do not exist, but the counting bounds cannot see that).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.domain.rotation import CafeSetup, Person, plan_rotation  # noqa: E402


def people(n: int, *, hosts: int = 0, orgs: tuple[int, ...] = (), languages: tuple[tuple[str, int], ...] = (),
           late: int = 0, leave: int = 0, rounds: int = 1, stay: int = 0) -> tuple[Person, ...]:
    """``n`` people; the first ``hosts`` host tables 0..hosts-1; organisations in blocks of the
    given sizes; languages as (spec, count) blocks, e.g. ("ar", 8) or ("sv|ar", 6), the rest
    say nothing; the last ``late`` arrive in round 1, the ``leave`` before them leave after
    round ``rounds - 2``; the ``stay`` after the hosts stay at a table the planner chooses."""
    org_of: list[str] = []
    for k, size in enumerate(orgs):
        org_of += [f"Org {k + 1}"] * size
    lang_of: list[frozenset[str]] = []
    for spec, count in languages:
        lang_of += [frozenset(spec.split("|"))] * count
    out = []
    for i in range(n):
        first = 1 if i >= n - late else 0
        last = rounds - 2 if n - late - leave <= i < n - late else None
        out.append(Person(
            key=f"p{i + 1}", name=f"Person {i + 1}",
            organisation=org_of[i] if i < len(org_of) else "",
            languages=lang_of[i] if i < len(lang_of) else frozenset(),
            host_table=i if i < hosts else None, stays=hosts <= i < hosts + stay, first_round=first,
            last_round=last,
        ))
    return tuple(out)


def instances() -> list[tuple[str, CafeSetup]]:
    def cafe(name, n, tables, rounds, seats=None, **kw):
        qpt = kw.pop("qpt", False)
        return name, CafeSetup(people=people(n, rounds=rounds, **kw), tables=tables, rounds=rounds, seats=seats,
                               question_per_table=qpt)

    return [
        cafe("12 at 3x4, 3 rounds (few tables)", 12, 3, 3),
        cafe("12 at 3x4, 5 rounds (pigeonhole)", 12, 3, 5),
        cafe("16 at 4x4, 5 rounds (all meet once)", 16, 4, 5),
        cafe("20 at 5x4, 3 rounds", 20, 5, 3),
        cafe("20 at 4x5, 4 rounds (few tables)", 20, 4, 4),
        cafe("23 at 5 tables, 4 rounds (uneven)", 23, 5, 4),
        cafe("24 at 6x4, 8 rounds (long, pigeonhole)", 24, 6, 8),
        cafe("25 at 5x5, 5 rounds, hosts, question/table", 25, 5, 5, hosts=5, qpt=True),
        cafe("27 at 5x6, 5 rounds, hosts, question/table (free seats)", 27, 5, 5, seats=6, hosts=5, qpt=True),
        cafe("30 at 6x5, 5 rounds", 30, 6, 5),
        cafe("30 at 6x5, 6 rounds, hosts, question/table", 30, 6, 6, hosts=6, qpt=True),
        cafe("32 at 8x4, 4 rounds", 32, 8, 4),
        cafe("32 at 8x4, 8 rounds (long)", 32, 8, 8),
        cafe("36 at 6x6, 3 rounds", 36, 6, 3),
        cafe("36 at 6x6, 4 rounds (no 2 MOLS(6))", 36, 6, 4),
        cafe("40 at 8x5, 4 rounds, languages", 40, 8, 4,
             languages=(("ar", 8), ("sv|ar", 8), ("sv", 24))),
        cafe("40 at 8x5, 4 rounds, 4 big organisations", 40, 8, 4, orgs=(12, 12, 8, 8)),
        cafe("42 at 7x6, 6 rounds, hosts", 42, 7, 6, hosts=7),
        cafe("45 at 9x5, 4 rounds, late and leaving", 45, 9, 4, late=4, leave=3),
        cafe("35 at 7x5, 4 rounds, 4 who stay, organisations", 35, 7, 4, stay=4, orgs=(7,) * 5),
        cafe("48 at 8x6, 6 rounds, hosts, organisations", 48, 8, 6, hosts=8, orgs=(8,) * 6),
        cafe("60 at 12x5, 4 rounds, organisations", 60, 12, 4, orgs=(10,) * 6),
        cafe("60 at 10x6, 8 rounds (long)", 60, 10, 8),
        cafe("75 at 15x5, 4 rounds, hosts, languages", 75, 15, 4, hosts=15,
             languages=(("sv|so", 4), ("sv|en", 11), ("so|sv", 10), ("so", 5), ("en", 10))),
        cafe("100 at 20x5, 4 rounds, hosts", 100, 20, 4, hosts=20),
        cafe("118 at 20 tables of 6-7, 3 rounds", 118, 20, 3, seats=(7,) * 4 + (6,) * 16),
        cafe("150 at 30x5, 4 rounds", 150, 30, 4),
        cafe("150 at 25x6, 4 rounds, orgs, languages, hosts", 150, 25, 4, hosts=25,
             orgs=(15,) * 8, languages=(("sv|ar", 5), ("sv", 20), ("sv|ar", 20), ("ar", 6))),
        cafe("150 at 30x5, 8 rounds (long)", 150, 30, 8),
    ]


def run(budget: float = 0.4, seed: int = 0) -> list[dict]:
    rows = []
    for name, setup in instances():
        started = time.perf_counter()
        plan, quality = plan_rotation(setup, seed=seed, time_budget=budget)
        seconds = time.perf_counter() - started
        caps = setup.seats if setup.seats is not None else math.ceil(len(setup.people) / setup.tables)
        rows.append({
            "instance": name,
            "people": len(setup.people),
            "tables": setup.tables,
            "rounds": setup.rounds,
            "seats": caps if isinstance(caps, int) else "/".join(str(c) for c in sorted(set(caps))),
            "repeats": quality.repeats,
            "lower_bound": quality.lower_bound,
            "seconds": round(seconds, 3),
            "optimal": quality.repeats == quality.lower_bound,
            "reason": quality.bound_reason,
            "organisation": f"{quality.organisation_conflicts}/{quality.organisation_lower_bound}",
            "language": quality.language_conflicts,
            "valid": quality.valid,
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=0.4, help="time budget per instance (s)")
    parser.add_argument("--seed", type=int, default=0)
    args, _ = parser.parse_known_args(argv)  # also callable from benchmarks/run.py
    rows = run(args.budget, args.seed)
    headers = list(rows[0])
    widths = [max(len(h), *(len(str(r[h])) for r in rows)) for h in headers]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    for r in rows:
        print("  ".join(str(r[h]).ljust(w) for h, w in zip(headers, widths)))
    optimal = sum(r["optimal"] for r in rows)
    print(f"\n{optimal}/{len(rows)} proven optimal; total {sum(r['seconds'] for r in rows):.2f} s")
    for line in goals(rows, args.budget):
        print(line)
    return 0


def _verdict(seconds: float, goal: float) -> str:
    return f"goal < {goal * 1000:g} ms ({'met' if seconds < goal else 'NOT met'})"


def goals(rows: list[dict], budget: float) -> list[str]:
    """The planner's speed goals (the unit tests prove what it does, not how fast):
    a set-up where zero repeats exist is planned within 1 s, a typical café (150 people,
    25 hosts, 15 organisations, 4 rounds) within 0.5 s, and evaluate (what the rotation
    view runs after every edit) of such a plan within 5 ms."""
    from facilitator.domain.rotation import evaluate, swap

    lines = []
    zero = [r for r in rows if r["lower_bound"] == 0 and r["repeats"] == 0]
    if zero:
        slowest = max(zero, key=lambda r: r["seconds"])
        lines.append(f"slowest plan of a set-up without repeats: {slowest['seconds'] * 1000:.0f} ms "
                     f"({slowest['instance']}); {_verdict(slowest['seconds'], 1.0)}")
    typical = CafeSetup(people=tuple(Person(key=f"p{i}", organisation=f"org{i % 15}",
                                            host_table=i if i < 25 else None) for i in range(150)),
                        tables=25, rounds=4)
    started = time.perf_counter()
    plan, _ = plan_rotation(typical, time_budget=budget)
    seconds = time.perf_counter() - started
    lines.append(f"typical café (150 people, 25 hosts, 15 organisations, 4 rounds): {seconds * 1000:.0f} ms; "
                 f"{_verdict(seconds, 0.5)}")
    setup = CafeSetup(people=tuple(Person(key=f"p{i}", organisation=f"o{i % 12}",
                                          languages=frozenset({"sv"}) if i % 3 else frozenset({"sv", "en"}))
                                   for i in range(150)), tables=30, rounds=4)
    plan, _ = plan_rotation(setup, time_budget=0.05)
    edited = swap(plan, 2, plan.rounds[2][0][0], plan.rounds[2][1][0])
    evaluate(edited)  # warm: the bound of a set-up is computed once
    timings = []
    for _ in range(15):
        started = time.perf_counter()
        evaluate(edited)
        timings.append(time.perf_counter() - started)
    lines.append(f"evaluate an edited plan (150 people, 30 tables, 4 rounds): min {min(timings) * 1000:.2f} ms "
                 f"of 15; {_verdict(min(timings), 0.005)}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
