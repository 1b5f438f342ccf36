"""The normalised form of a World Café set-up that the rotation planner, its lower bounds and
its evaluation share (an implementation detail of :mod:`facilitator.domain.rotation`).

People become indices ``0..n-1``; organisations small integers; languages bit masks. Every
check of a set-up lives here, so every entry point raises the same :class:`RotationError`.
This module imports no Qt and nothing from ``rotation`` (it works on any object with the
fields of ``CafeSetup``/``Person``).

Table sizes ("tables differ by at most one seat")
-------------------------------------------------
In round ``r`` with ``n_r`` people present, table ``t`` has a capacity ``cap_t`` (an upper
limit) and ``f_t`` people pinned to it by the set-up (a lower limit). The most even sizes are
found by water-filling: the level ``L`` with ``sum clamp_t(L) <= n_r <= sum clamp_t(L + 1)``
where ``clamp_t(x) = min(cap_t, max(f_t, x))``. Table ``t`` then seats ``lo_t = clamp_t(L)``
or ``hi_t = clamp_t(L + 1)`` people (``hi_t - lo_t`` is 0 or 1), and exactly
``extra = n_r - sum lo_t`` of the *flexible* tables (``hi_t > lo_t``) get the larger size.
When no capacity or pin gets in the way this is "sizes differ by at most one"; a table whose
capacity is below the level stays full, and a table with more pinned people than the level
keeps exactly those. Every plan the planner makes, and every plan the lower bounds reason
about, has these sizes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    NO_TABLES = "no_tables"
    NO_ROUNDS = "no_rounds"
    BAD_SEATS = "bad_seats"
    DUPLICATE_KEY = "duplicate_key"
    EMPTY_KEY = "empty_key"
    TABLE_OUT_OF_RANGE = "table_out_of_range"
    CONFLICTING_TABLES = "conflicting_tables"
    BAD_ROUNDS_FOR_PERSON = "bad_rounds_for_person"
    TOO_MANY_PEOPLE = "too_many_people"
    PINNED_OVER_CAPACITY = "pinned_over_capacity"
    TOO_MANY_ROUNDS_FOR_QUESTIONS = "too_many_rounds_for_questions"
    STAYERS_DO_NOT_FIT = "stayers_do_not_fit"
    UNKNOWN_PERSON = "unknown_person"
    BAD_PLAN = "bad_plan"
    FIXED_PERSON = "fixed_person"
    BAD_ROUND = "bad_round"


class RotationError(ValueError):
    """A set-up or plan the planner cannot work with. ``code`` is an :class:`ErrorCode`,
    ``details`` the numbers and names a user interface needs to word the problem itself."""

    def __init__(self, code: ErrorCode, message: str, **details: object):
        super().__init__(message)
        self.code = code
        self.details = details


# -- what the planner is given --------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """One participant. ``key`` is unique. Tables and rounds are 0-based.

    ``host_table``: hosts stay at this table in every round. ``stays``: cannot move; sits at
    ``table`` in every round, or at one table the planner chooses when ``table`` is None.
    ``table`` without ``stays``: sits there in the first round they attend, then rotates.
    ``first_round``/``last_round``: present only in these rounds (inclusive; None = last).
    ``languages``: the person can take part at a table in any of these; empty = any table.
    """

    key: str
    name: str = ""
    organisation: str = ""
    languages: frozenset[str] = frozenset()
    host_table: int | None = None
    stays: bool = False
    table: int | None = None
    first_round: int = 0
    last_round: int | None = None

    def __post_init__(self) -> None:
        languages = self.languages
        if isinstance(languages, str):
            languages = [languages]
        if not isinstance(languages, frozenset):
            object.__setattr__(self, "languages", frozenset(languages))

    def present_in(self, round_: int, rounds: int) -> bool:
        last = rounds - 1 if self.last_round is None else self.last_round
        return self.first_round <= round_ <= last


@dataclass(frozen=True)
class CafeSetup:
    """A café: people, ``tables`` tables, ``rounds`` rounds. ``seats`` is the capacity of each
    table (one number for all, or one per table; None = just enough for the busiest round,
    i.e. ceil(people / tables) each)."""

    people: tuple[Person, ...]
    tables: int
    rounds: int
    seats: tuple[int, ...] | int | None = None
    question_per_table: bool = False
    spread_organisations: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.people, tuple):
            object.__setattr__(self, "people", tuple(self.people))
        if isinstance(self.seats, list):
            object.__setattr__(self, "seats", tuple(self.seats))

    def person(self, key: str) -> Person:
        for p in self.people:
            if p.key == key:
                return p
        raise RotationError(ErrorCode.UNKNOWN_PERSON, f"nobody has the key {key!r}", key=key)


@dataclass(frozen=True)
class Weights:
    """Cost of one unit of each term (see the module docstring)."""

    language: int = 1_000_000
    revisit: int = 1_000_000
    moved: int = 10_000
    repeat: int = 100
    organisation: int = 1



# Person kinds
MOVABLE = 0  # chosen table every round (may be pinned in its first round only)
FIXED = 1  # host, or stays at a table given by the set-up: same table in every round
FREE_STAYER = 2  # stays, but the planner chooses the table (the same one in every round)


def language_masks(people: Iterable[Person]) -> tuple[list[int], dict[str, int]]:
    bits: dict[str, int] = {}
    masks = []
    for person in people:
        mask = 0
        for language in sorted(person.languages):
            mask |= 1 << bits.setdefault(language, len(bits))
        masks.append(mask)
    return masks, bits


def compatible(mask_a: int, mask_b: int) -> bool:
    """Two people can share a table (they have a language in common, or one gave none)."""
    return not mask_a or not mask_b or bool(mask_a & mask_b)


def table_language_ok(masks: Iterable[int]) -> bool:
    """A table is fine when everybody who gave languages shares at least one of them."""
    common = -1
    for mask in masks:
        if mask:
            common &= mask
            if not common:
                return False
    return True


def water_fill(present: int, pinned: list[int], caps: list[int]) -> tuple[list[int], list[int], int]:
    """(lo, hi, extra) for one round; see the module docstring."""
    tables = len(caps)
    if present == 0 and not any(pinned):
        return [0] * tables, [0] * tables, 0

    def total(level: int) -> int:
        return sum(min(c, max(f, level)) for f, c in zip(pinned, caps))

    level = 0
    top = max(caps)
    while level < top and total(level + 1) <= present:
        level += 1
    lo = [min(c, max(f, level)) for f, c in zip(pinned, caps)]
    hi = [min(c, max(f, level + 1)) for f, c in zip(pinned, caps)]
    extra = present - sum(lo)
    if extra < 0 or extra > sum(high - low for high, low in zip(hi, lo)):  # pragma: no cover - guarded
        raise AssertionError("water filling failed")
    return lo, hi, extra


@dataclass
class Instance:
    setup: object
    n: int
    tables: int
    rounds: int
    keys: list[str]
    index: dict[str, int]
    first: list[int]
    last: list[int]
    present: list[list[int]]  # present[r] = people present in round r
    caps: list[int]
    kind: list[int]
    fixed_table: list[int]  # for FIXED people, else -1
    pin: list[list[int]]  # pin[r][i]: table given by the set-up in round r, or -1
    lo: list[list[int]]
    hi: list[list[int]]
    extra: list[int]
    fixed_count: list[list[int]]  # FIXED people present per round and table
    org: list[int]  # organisation id or -1
    organisations: int
    lang: list[int]
    any_language: bool
    qpt: bool
    spread: bool

    def is_present(self, i: int, r: int) -> bool:
        return self.first[i] <= r <= self.last[i]

    def guest(self, i: int) -> bool:
        """Bound by "never the same table twice" (question-per-table mode)."""
        return self.qpt and self.kind[i] == MOVABLE


def capacities(setup: CafeSetup) -> list[int]:
    tables = setup.tables
    seats = setup.seats
    if seats is None:
        busiest = 0
        for r in range(setup.rounds):
            present = 0
            for p in setup.people:
                last = setup.rounds - 1 if p.last_round is None else p.last_round
                present += p.first_round <= r <= last
            busiest = max(busiest, present)
        return [max(1, math.ceil(busiest / tables))] * tables
    if isinstance(seats, int):
        if seats < 1:
            raise RotationError(ErrorCode.BAD_SEATS, f"seats must be at least 1, not {seats}", seats=seats)
        return [seats] * tables
    per_table = list(seats)
    if len(per_table) != tables or any((not isinstance(s, int)) or s < 0 for s in per_table):
        raise RotationError(
            ErrorCode.BAD_SEATS, f"seats must give one capacity (>= 0) for each of the {tables} tables",
            seats=tuple(per_table),
        )
    return per_table


@functools.lru_cache(maxsize=64)
def build_instance(setup: CafeSetup) -> Instance:
    """Checks ``setup`` and returns its normalised form (cached: set-ups are immutable)."""
    tables, rounds = setup.tables, setup.rounds
    if not isinstance(tables, int) or tables < 1:
        raise RotationError(ErrorCode.NO_TABLES, "a café needs at least one table", tables=tables)
    if not isinstance(rounds, int) or rounds < 1:
        raise RotationError(ErrorCode.NO_ROUNDS, "a café needs at least one round", rounds=rounds)
    people = setup.people
    n = len(people)
    keys = [p.key for p in people]
    index: dict[str, int] = {}
    for i, key in enumerate(keys):
        if not key:
            raise RotationError(ErrorCode.EMPTY_KEY, "every person needs a key", name=people[i].name)
        if key in index:
            raise RotationError(ErrorCode.DUPLICATE_KEY, f"the key {key!r} is used twice", key=key)
        index[key] = i
    caps = capacities(setup)

    first, last, kind, fixed_table = [], [], [], []
    first_pin = []
    for p in people:
        lr = rounds - 1 if p.last_round is None else p.last_round
        if not (0 <= p.first_round <= lr <= rounds - 1):
            raise RotationError(
                ErrorCode.BAD_ROUNDS_FOR_PERSON,
                f"{p.key}: rounds {p.first_round}..{lr} are not within 0..{rounds - 1}",
                key=p.key, name=p.name, first_round=p.first_round, last_round=lr, rounds=rounds,
            )
        for value in (p.host_table, p.table):
            if value is not None and not (0 <= value < tables):
                raise RotationError(
                    ErrorCode.TABLE_OUT_OF_RANGE,
                    f"{p.key}: table {value} does not exist (tables are 0..{tables - 1})",
                    key=p.key, name=p.name, table=value, tables=tables,
                )
        if p.host_table is not None and p.table is not None and p.table != p.host_table:
            raise RotationError(
                ErrorCode.CONFLICTING_TABLES,
                f"{p.key}: hosts table {p.host_table} but is placed at table {p.table}",
                key=p.key, name=p.name, host_table=p.host_table, table=p.table,
            )
        first.append(p.first_round)
        last.append(lr)
        start_pin = -1
        if p.host_table is not None:
            kind.append(FIXED)
            fixed_table.append(p.host_table)
        elif p.stays and p.table is not None:
            kind.append(FIXED)
            fixed_table.append(p.table)
        elif p.stays:
            kind.append(FREE_STAYER)
            fixed_table.append(-1)
        else:
            kind.append(MOVABLE)
            fixed_table.append(-1)
            if p.table is not None:
                start_pin = p.table  # placed there in the first round they attend
        first_pin.append(start_pin)

    present = [[i for i in range(n) if first[i] <= r <= last[i]] for r in range(rounds)]
    pin = [[-1] * n for _ in range(rounds)]
    for i in range(n):
        for r in range(first[i], last[i] + 1):
            if kind[i] == FIXED:
                pin[r][i] = fixed_table[i]
        if first_pin[i] >= 0:
            pin[first[i]][i] = first_pin[i]

    lo, hi, extra, fixed_count = [], [], [], []
    for r in range(rounds):
        if len(present[r]) > sum(caps):
            raise RotationError(
                ErrorCode.TOO_MANY_PEOPLE,
                f"round {r}: {len(present[r])} people but only {sum(caps)} seats",
                round=r, people=len(present[r]), seats=sum(caps),
            )
        pinned = [0] * tables
        fixed = [0] * tables
        for i in present[r]:
            if pin[r][i] >= 0:
                pinned[pin[r][i]] += 1
            if kind[i] == FIXED:
                fixed[fixed_table[i]] += 1
        for t in range(tables):
            if pinned[t] > caps[t]:
                raise RotationError(
                    ErrorCode.PINNED_OVER_CAPACITY,
                    f"round {r}: {pinned[t]} people must sit at table {t}, which has {caps[t]} seats",
                    round=r, table=t, people=pinned[t], seats=caps[t],
                )
        round_lo, round_hi, round_extra = water_fill(len(present[r]), pinned, caps)
        lo.append(round_lo)
        hi.append(round_hi)
        extra.append(round_extra)
        fixed_count.append(fixed)

    qpt = bool(setup.question_per_table)
    if qpt:
        for i in range(n):
            if kind[i] == MOVABLE and last[i] - first[i] + 1 > tables:
                raise RotationError(
                    ErrorCode.TOO_MANY_ROUNDS_FOR_QUESTIONS,
                    f"{keys[i]} attends {last[i] - first[i] + 1} rounds but there are only {tables} tables to visit",
                    key=keys[i], name=people[i].name, rounds=last[i] - first[i] + 1, tables=tables,
                )

    orgs: dict[str, int] = {}
    org = []
    for p in people:
        name = (p.organisation or "").strip().casefold()
        org.append(orgs.setdefault(name, len(orgs)) if name else -1)
    lang, bits = language_masks(people)
    return Instance(
        setup=setup, n=n, tables=tables, rounds=rounds, keys=keys, index=index, first=first, last=last,
        present=present, caps=caps, kind=kind, fixed_table=fixed_table, pin=pin, lo=lo, hi=hi, extra=extra,
        fixed_count=fixed_count, org=org, organisations=len(orgs), lang=lang, any_language=bool(bits),
        qpt=qpt, spread=bool(setup.spread_organisations),
    )
