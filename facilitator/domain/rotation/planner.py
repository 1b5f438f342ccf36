"""World Café rotation planner: who sits at which table in each round (pure Python, no Qt).

The goal is that people meet as many new people as possible. For each pair of people, every
meeting at a table beyond their first is one *repeat*; the planner minimises repeats while

* hosts stay at their table, people who stay do not move (at the table given to them, or one
  the planner chooses for all their rounds), and a person given a ``table`` without staying
  sits there in the first round they attend;
* in question-per-table mode a guest never visits a table twice (so with as many rounds as
  tables every guest visits every table, and meets every host, exactly once);
* table sizes are as even as possible in every round: they differ by at most one seat unless
  a capacity or the people pinned to a table forbid it (see :mod:`.model`);
* people at a table share a language (soft but weighted far above everything else); people
  with no languages given fit everywhere;
* people of the same organisation are spread over the tables (a setting, on by default);
* people present only in some rounds (late arrivals, early leavers) are seated only then.

Weighting (:class:`Weights`, exposed): language conflicts and table revisits are almost hard
(1 000 000 each); when re-planning, every changed seat costs 10 000; one repeat costs 100 and a
same-organisation pair at a table 1. So repeats come first (the product's main goal): the
planner never accepts a repeat to separate fewer than a hundred pairs of colleagues, and among
schedules with equally few repeats it looks for the best spread of organisations. A rule that
cannot be kept at all (e.g. "no revisits" when the even table sizes make it impossible) is
broken as little as possible and reported in :class:`Quality` (``revisits``, ``valid``).

Every plan comes with :class:`Quality`: the repeats, the number of pairs meeting more than
once, a *proven* lower bound for this size and these constraints (:mod:`.bounds`
documents the mathematics), the organisation and language conflicts, and whether zero repeats
is possible, with a reason code and the numbers behind it when it is not.

The same input and seed always give the same plan: the search budget is counted in work, not
time (see :mod:`.search`).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field, replace

from .bounds import BoundReason, BoundReport, compute_bounds
from .model import (
    FIXED,
    FREE_STAYER,
    CafeSetup,
    ErrorCode,
    Instance,
    Person,
    RotationError,
    Weights,
    build_instance,
    table_language_ok,
)
from .search import (
    WORK_PER_SECOND,
    State,
    Terms,
    greedy_start,
    grid_start,
    language_start,
    place_free_stayers,
    repair_sizes,
    shift_to_targets,
    tabu_search,
)

__all__ = [
    "BoundReason",
    "BoundReport",
    "CafeSetup",
    "ErrorCode",
    "Person",
    "Quality",
    "RotationError",
    "RotationPlan",
    "SearchInfo",
    "Weights",
    "bound_report",
    "evaluate",
    "lower_bound",
    "move",
    "plan_rotation",
    "replan_from_round",
    "swap",
    "with_person",
    "without_person",
]


@dataclass(frozen=True)
class RotationPlan:
    """``rounds[r][t]`` = keys of the people at table ``t`` in round ``r``."""

    setup: CafeSetup
    rounds: tuple[tuple[tuple[str, ...], ...], ...]

    def table_of(self, round: int, key: str) -> int | None:
        for t, keys in enumerate(self.rounds[round]):
            if key in keys:
                return t
        return None

    def names(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """The same structure with people's names instead of keys."""
        by_key = {p.key: (p.name or p.key) for p in self.setup.people}
        return tuple(tuple(tuple(by_key[k] for k in keys) for keys in rnd) for rnd in self.rounds)


@dataclass(frozen=True)
class SearchInfo:
    seconds: float
    iterations: int
    work: int
    stopped: str  # "bound" (every term at its lower bound), "budget", "time", "polished", "fixed"
    seed: int


@dataclass(frozen=True)
class Quality:
    """How good a plan is, computed from scratch by :func:`evaluate`.

    ``lower_bound`` is proven for this set-up: no plan that keeps the table sizes and the
    fixed seats (``valid`` apart from revisits) has fewer repeats; for plans without language
    conflicts it also uses the language rule, for plans without revisits the "no revisits" rule.
    (A manual edit that unbalances tables can go below it; such a plan is not ``valid``.)
    ``zero_possible`` is True when the plan has no repeat, False when the bound proves repeats
    unavoidable (``bound_reason`` says why, ``bound_facts`` gives the numbers) and None when
    neither is known."""

    repeats: int
    repeated_pairs: int
    lower_bound: int
    organisation_conflicts: int
    language_conflicts: int
    zero_possible: bool | None
    bound_reason: str
    explanation: str
    bound_facts: dict = field(default_factory=dict, compare=False)
    max_meetings: int = 0  # most rounds any pair spends together
    revisits: int = 0  # question per table: a guest at a table again (should be 0)
    unbalanced_tables: int = 0  # (round, table) whose size breaks the even-size rule
    misplaced_people: int = 0  # host/stayer away from their table, pin not kept
    organisation_lower_bound: int = 0
    search: SearchInfo | None = field(default=None, compare=False)

    @property
    def optimal(self) -> bool:
        """Repeats equal the proven lower bound (and so cannot be fewer)."""
        return self.repeats == self.lower_bound

    @property
    def valid(self) -> bool:
        """All hard rules kept (sizes, fixed people, no revisits)."""
        return not (self.revisits or self.unbalanced_tables or self.misplaced_people)


# --------------------------------------------------------------------------- bounds
_BOUND_CACHE: dict[int, tuple[object, BoundReport]] = {}


def _report(inst: Instance) -> BoundReport:
    cached = _BOUND_CACHE.get(id(inst))
    if cached is not None and cached[0] is inst:
        return cached[1]
    report = compute_bounds(inst)
    if len(_BOUND_CACHE) > 64:
        _BOUND_CACHE.clear()
    _BOUND_CACHE[id(inst)] = (inst, report)
    return report


def bound_report(setup: CafeSetup) -> BoundReport:
    """Every lower bound with its components and facts (see :mod:`.bounds`)."""
    return _report(build_instance(setup))


def lower_bound(setup: CafeSetup) -> tuple[int, str]:
    """(a proven lower bound on the repeats of any schedule for ``setup``, reason code)."""
    report = bound_report(setup)
    return report.value, str(report.reason)


def _explain(reason: BoundReason, value: int, facts: dict) -> str:
    if reason == BoundReason.NONE:
        return "No repeat is forced: a schedule without repeats may exist."
    if reason == BoundReason.PIGEONHOLE:
        return (
            f"At least {value} repeats are unavoidable (pigeonhole): a person sits with at least "
            f"{facts.get('neighbours', 0)} seat-neighbours over {facts.get('rounds', 0)} rounds but only "
            f"{facts.get('others', 0)} others can be met."
        )
    if reason == BoundReason.FIXED_TOGETHER:
        return (
            f"At least {value} repeats are unavoidable: {facts.get('fixed_pairs', 0)} pairs of hosts or people "
            "who stay share a table and meet in every round."
        )
    if reason == BoundReason.FEW_TABLES:
        return (
            f"At least {value} repeats are unavoidable: tables of up to {facts.get('largest_table', 0)} people "
            f"but only {facts.get('tables', 0)} tables, so in every round after the first some people at a table "
            "sat together in the round before."
        )
    return (
        f"At least {value} repeats are unavoidable: some people share a language with only "
        f"{facts.get('languages_others', 0)} others but sit with {facts.get('languages_neighbours', 0)} "
        "seat-neighbours over the rounds."
    )


# --------------------------------------------------------------------------- evaluate
def evaluate(plan: RotationPlan) -> Quality:
    """Recomputes every quality figure of ``plan`` from scratch (fast: for the UI)."""
    setup = plan.setup
    inst = build_instance(setup)
    report = _report(inst)
    n, T, R = inst.n, inst.tables, inst.rounds
    if len(plan.rounds) != R or any(len(rnd) != T for rnd in plan.rounds):
        raise RotationError(ErrorCode.BAD_PLAN, f"a plan needs {R} rounds of {T} tables", rounds=R, tables=T)
    index = inst.index
    counts: dict[int, int] = {}
    org_conflicts = language = unbalanced = misplaced = 0
    orgs, langs, pin = inst.org, inst.lang, inst.pin
    first, last = inst.first, inst.last
    visits: dict[int, int] = {}
    stayer_table: dict[int, int] = {}
    for r, rnd in enumerate(plan.rounds):
        seated = 0
        seen: set[int] = set()
        lo, hi = inst.lo[r], inst.hi[r]
        pin_r = pin[r]
        for t, keys in enumerate(rnd):
            try:
                idx = sorted(index[k] for k in keys)
            except KeyError as error:
                raise RotationError(ErrorCode.UNKNOWN_PERSON, f"round {r}: unknown person {error.args[0]!r}",
                                    key=error.args[0], round=r) from None
            size = len(idx)
            if size < lo[t] or size > hi[t]:
                unbalanced += 1
            for a in range(size):
                i = idx[a]
                if i in seen or not (first[i] <= r <= last[i]):
                    raise RotationError(
                        ErrorCode.BAD_PLAN,
                        f"round {r}: {inst.keys[i]} is seated twice or is not there in this round",
                        key=inst.keys[i], round=r,
                    )
                seen.add(i)
                if pin_r[i] >= 0 and pin_r[i] != t:
                    misplaced += 1
                elif inst.kind[i] == FREE_STAYER:
                    if stayer_table.setdefault(i, t) != t:
                        misplaced += 1
                if inst.qpt and inst.kind[i] == 0:
                    v = i * T + t
                    visits[v] = visits.get(v, 0) + 1
                base = i * n
                for b in range(a + 1, size):
                    key = base + idx[b]
                    counts[key] = counts.get(key, 0) + 1
            seated += size
            if inst.spread and inst.organisations:
                per: dict[int, int] = {}
                for i in idx:
                    o = orgs[i]
                    if o >= 0:
                        k = per.get(o, 0)
                        org_conflicts += k
                        per[o] = k + 1
            if inst.any_language and not table_language_ok(langs[i] for i in idx):
                language += 1
        if seated != len(inst.present[r]):
            raise RotationError(
                ErrorCode.BAD_PLAN, f"round {r}: {len(inst.present[r]) - seated} people present have no seat",
                round=r,
            )
    repeats = repeated = 0
    top = 1 if counts else 0
    for c in counts.values():
        if c >= 2:
            repeats += c - 1
            repeated += 1
            if c > top:
                top = c
    revisits = sum(v - 1 for v in visits.values() if v > 1)
    value, reason = report.for_plan(language, revisits)
    zero = True if repeats == 0 else (False if value > 0 else None)
    return Quality(
        repeats=repeats, repeated_pairs=repeated, lower_bound=value, organisation_conflicts=org_conflicts,
        language_conflicts=language, zero_possible=zero, bound_reason=str(reason),
        explanation=_explain(reason, value, report.facts), bound_facts=dict(report.facts, **report.components),
        max_meetings=top, revisits=revisits, unbalanced_tables=unbalanced, misplaced_people=misplaced,
        organisation_lower_bound=report.organisation_bound,
    )


# --------------------------------------------------------------------------- planning
def _plan_from_tab(setup: CafeSetup, inst: Instance, tab: list[list[int]]) -> RotationPlan:
    rounds = []
    for r in range(inst.rounds):
        tables: list[list[str]] = [[] for _ in range(inst.tables)]
        for i, t in enumerate(tab[r]):
            if t >= 0:
                tables[t].append(inst.keys[i])
        rounds.append(tuple(tuple(keys) for keys in tables))
    return RotationPlan(setup=setup, rounds=tuple(rounds))


def _movable(inst: Instance, pins: list[list[int]]) -> list[list[bool]]:
    return [
        [inst.first[i] <= r <= inst.last[i] and pins[r][i] < 0 for i in range(inst.n)]
        for r in range(inst.rounds)
    ]


#: Depth-first search nodes (looking for a repeat-free prefix of rounds) per second of time
#: budget, and what one node costs in the search's work units.
NODES_PER_SECOND = 40_000
WORK_PER_NODE = 25


def plan_rotation(
    setup: CafeSetup, *, seed: int = 0, time_budget: float = 0.4, weights: Weights | None = None
) -> tuple[RotationPlan, Quality]:
    """Plans all rounds. ``time_budget`` (seconds) bounds the search; it stops earlier as soon
    as the plan provably cannot be improved. Raises :class:`RotationError` for impossible
    set-ups (e.g. more people than seats)."""
    started = time.perf_counter()
    weights = weights or Weights()
    inst = build_instance(setup)
    report = _report(inst)
    pins = place_free_stayers(inst)
    movable = _movable(inst, pins)
    rng = random.Random(seed)
    best_state: State | None = None
    best_frozen = 0
    prefix_state: tuple[State, int] | None = None
    prefix_work = 0
    starts = ["grid"]
    if inst.any_language:
        starts.append("language")
    if _irregular(inst):
        starts.append("greedy")
    if not inst.qpt:  # with one question per table the last rounds of a prefix are forced
        starts.append("prefix")
    starts.append("shuffled")
    for variant in starts:
        frozen = 0
        if variant == "grid":
            tab, _, _ = grid_start(inst, pins, None)
        elif variant == "language":
            tab = language_start(inst, pins, random.Random(seed * 7919 + 5))
        elif variant == "greedy":
            tab = greedy_start(inst, pins, random.Random(seed * 7919 + 3))
        elif variant == "prefix":
            tab, frozen, nodes = grid_start(inst, pins, None, prefix=True,
                                            effort=int(time_budget * NODES_PER_SECOND))
            prefix_work = nodes * WORK_PER_NODE
            if frozen < 2:
                continue
            if frozen >= inst.rounds:  # the whole schedule is free of repeats
                frozen = 0
            else:
                tab = greedy_start(inst, pins, random.Random(seed * 7919 + 11), given=tab, given_rounds=frozen)
        else:
            tab, _, _ = grid_start(inst, pins, random.Random(seed * 7919 + 17))
        state = State(inst, tab, movable, weights)
        repair_sizes(state, rng)
        if _at_targets(state.terms(), report):
            best_state, best_frozen = state, 0
            break
        if variant == "prefix":
            prefix_state = (state, frozen)
        if best_state is None or state.cost() < best_state.cost():
            best_state = state
    else:
        assert best_state is not None  # the grid start comes first and is never skipped
        # a repeat-free prefix leads further than a cheaper start (its later rounds are
        # searched first on their own), unless the cheaper one breaks fewer hard rules
        if prefix_state is not None and prefix_state[0].terms()[:3] <= best_state.terms()[:3]:
            best_state, best_frozen = prefix_state
    targets = (0, 0, 0, report.value_languages, report.organisation_bound)
    work_budget = int(time_budget * WORK_PER_SECOND) - prefix_work
    iterations = work = 0
    if best_frozen:
        # first improve only the rounds after the repeat-free prefix, then everything
        frozen_movable = [[m and r >= best_frozen for m in row] for r, row in enumerate(movable)]
        part = State(inst, best_state.snapshot(), frozen_movable, weights)
        elapsed = time.perf_counter() - started
        result = tabu_search(part, rng, targets=targets, work_budget=work_budget // 2,
                             wall_limit=2 * time_budget + 0.25 - elapsed)
        iterations, work = result.iterations, result.work
        best_state = State(inst, result.tab, movable, weights)
    elapsed = time.perf_counter() - started
    result = tabu_search(
        best_state, rng, targets=targets, work_budget=max(0, work_budget - work),
        wall_limit=4 * time_budget + 0.5 - elapsed,
    )
    result.iterations += iterations
    result.work += work
    plan = _plan_from_tab(setup, inst, result.tab)
    quality = evaluate(plan)
    info = SearchInfo(seconds=time.perf_counter() - started, iterations=result.iterations, work=result.work,
                      stopped=result.stopped, seed=seed)
    return plan, replace(quality, search=info)


def _irregular(inst: Instance) -> bool:
    """People who come late or leave early, or pins beyond hosts and stayers."""
    return any(first or last != inst.rounds - 1 for first, last in zip(inst.first, inst.last)) or any(
        inst.kind[i] == 0 and inst.pin[inst.first[i]][i] >= 0 for i in range(inst.n))


def _at_targets(terms: Terms, report: BoundReport) -> bool:
    lang, rev, moved, rep, org = terms
    return not lang and not rev and not moved and rep <= report.value_languages and org <= report.organisation_bound


# --------------------------------------------------------------------------- mid-session changes
def without_person(setup: CafeSetup, key: str, from_round: int) -> CafeSetup:
    """The set-up after a no-show or early leave: ``key`` is absent from ``from_round`` on
    (removed altogether when that is before they arrive)."""
    people = []
    for p in setup.people:
        if p.key == key:
            if from_round <= p.first_round:
                continue
            last = setup.rounds - 1 if p.last_round is None else p.last_round
            p = replace(p, last_round=min(last, from_round - 1))
        people.append(p)
    if len(people) == len(setup.people) and all(p.key != key for p in setup.people):
        raise RotationError(ErrorCode.UNKNOWN_PERSON, f"nobody has the key {key!r}", key=key)
    return replace(setup, people=tuple(people))


def with_person(setup: CafeSetup, person: Person, from_round: int) -> CafeSetup:
    """The set-up after a late arrival: ``person`` is present from ``from_round`` on."""
    return replace(setup, people=setup.people + (replace(person, first_round=from_round),))


def replan_from_round(
    plan: RotationPlan, setup_changed: CafeSetup, from_round: int, *, seed: int = 0,
    time_budget: float = 0.4, weights: Weights | None = None,
) -> tuple[RotationPlan, Quality, int]:
    """Re-plans rounds ``from_round..`` for ``setup_changed`` (e.g. from :func:`without_person`
    or :func:`with_person`). Rounds before ``from_round`` are kept exactly; later rounds change
    as few seats as possible (changed seats are weighted above repeats), then minimise repeats.
    Returns (plan, quality, number of changed seats: people present in the old and the new
    plan whose table in a round changed)."""
    started = time.perf_counter()
    weights = weights or Weights()
    inst = build_instance(setup_changed)
    old = plan.setup
    R, T, n = inst.rounds, inst.tables, inst.n
    if old.rounds != R or old.tables != T:
        raise RotationError(ErrorCode.BAD_PLAN, "the changed set-up must keep the tables and rounds",
                            rounds=R, tables=T)
    if not (0 <= from_round <= R):
        raise RotationError(ErrorCode.BAD_ROUND, f"round {from_round} is not within 0..{R}", round=from_round)
    old_tab = [[-1] * n for _ in range(R)]
    for r, rnd in enumerate(plan.rounds):
        for t, keys in enumerate(rnd):
            for k in keys:
                i = inst.index.get(k)
                if i is not None:
                    old_tab[r][i] = t
                elif r < from_round:
                    raise RotationError(
                        ErrorCode.BAD_PLAN,
                        f"{k} sits in round {r}, which is kept: keep them in the set-up until then "
                        "(see without_person)",
                        key=k, round=r,
                    )
    for r in range(from_round):
        for i in range(n):
            if (old_tab[r][i] >= 0) != inst.is_present(i, r):
                raise RotationError(
                    ErrorCode.BAD_PLAN,
                    f"round {r} is kept, but {inst.keys[i]} is there in one plan and not in the other",
                    key=inst.keys[i], round=r,
                )
    report = _report(inst)
    pins = place_free_stayers(inst)
    for i in range(n):
        if inst.kind[i] == FREE_STAYER:
            kept = next((old_tab[r][i] for r in range(R) if old_tab[r][i] >= 0), -1)
            if kept >= 0:
                for r in range(inst.first[i], inst.last[i] + 1):
                    pins[r][i] = kept
    for r in range(from_round):
        for i in inst.present[r]:
            pins[r][i] = old_tab[r][i]
    movable = _movable(inst, pins)
    anchors = [[-1] * n for _ in range(R)]
    tab = [[-1] * n for _ in range(R)]
    for r in range(R):
        for i in inst.present[r]:
            if r >= from_round:
                anchors[r][i] = old_tab[r][i]
            tab[r][i] = pins[r][i] if pins[r][i] >= 0 else old_tab[r][i]
    state = State(inst, tab, movable, weights, anchors=anchors)
    rng = random.Random(seed)
    for r in range(from_round, R):
        _repair_round(state, r)
    moved_min = _moved_lower_bound(inst, pins, anchors, from_round)
    targets = (0, 0, moved_min, report.value_languages, report.organisation_bound)
    elapsed = time.perf_counter() - started
    result = tabu_search(
        state, rng, targets=targets, work_budget=int(time_budget * WORK_PER_SECOND),
        wall_limit=4 * time_budget + 0.5 - elapsed,
    )
    new_plan = _plan_from_tab(setup_changed, inst, result.tab)
    moved = sum(
        1 for r in range(from_round, R) for i in inst.present[r]
        if anchors[r][i] >= 0 and result.tab[r][i] != anchors[r][i]
    )
    quality = evaluate(new_plan)
    info = SearchInfo(seconds=time.perf_counter() - started, iterations=result.iterations, work=result.work,
                      stopped=result.stopped, seed=seed)
    return new_plan, replace(quality, search=info), moved


def _repair_round(state: State, r: int) -> None:
    """Seats newcomers and re-balances round ``r`` of a re-plan with the fewest changed seats:
    the tables that keep most of their old people get the extra seats, newcomers fill the gaps
    first, and only then are people moved (each time the cheapest move)."""
    inst = state.inst
    T = state.T
    lo, hi = inst.lo[r], inst.hi[r]
    kept = [0] * T
    for i in inst.present[r]:
        if state.tab[r][i] >= 0:
            kept[state.tab[r][i]] += 1
    flexible = sorted((t for t in range(T) if hi[t] > lo[t]), key=lambda t: (-kept[t], t))
    target = list(lo)
    for t in flexible[: inst.extra[r]]:
        target[t] = hi[t]
    for i in inst.present[r]:
        if state.tab[r][i] < 0:
            t = min(range(T), key=lambda t: (len(state.mem[r][t]) >= target[t], state.delta_join(r, i, t), t))
            state.seat(r, i, t)
    shift_to_targets(state, r, target)


def _moved_lower_bound(inst: Instance, pins: list[list[int]], anchors: list[list[int]], from_round: int) -> int:
    """Seats that must change in any re-plan: pinned people away from their old table, and
    old table-mates beyond what their table may seat (given the most favourable choice of
    tables with the extra seat)."""
    total = 0
    for r in range(from_round, inst.rounds):
        anchored = [0] * inst.tables
        pinned = [0] * inst.tables
        for i in inst.present[r]:
            a = anchors[r][i]
            if pins[r][i] >= 0:
                pinned[pins[r][i]] += 1
                total += a >= 0 and pins[r][i] != a
            elif a >= 0:
                anchored[a] += 1
        lo, hi = inst.lo[r], inst.hi[r]
        flexible = sorted((t for t in range(inst.tables) if hi[t] > lo[t]), key=lambda t: -(anchored[t] + pinned[t]))
        target = list(lo)
        for t in flexible[: inst.extra[r]]:
            target[t] = hi[t]
        total += sum(max(0, anchored[t] - max(0, target[t] - pinned[t])) for t in range(inst.tables))
    return total


# --------------------------------------------------------------------------- manual edits
def _check_edit(plan: RotationPlan, round_: int, key: str) -> tuple[Instance, int]:
    inst = build_instance(plan.setup)
    if not (0 <= round_ < inst.rounds):
        raise RotationError(ErrorCode.BAD_ROUND, f"round {round_} is not within 0..{inst.rounds - 1}", round=round_)
    i = inst.index.get(key)
    if i is None:
        raise RotationError(ErrorCode.UNKNOWN_PERSON, f"nobody has the key {key!r}", key=key)
    if inst.kind[i] in (FIXED, FREE_STAYER):
        raise RotationError(ErrorCode.FIXED_PERSON, f"{key} hosts a table or stays and cannot be moved",
                            key=key)
    t = plan.table_of(round_, key)
    if t is None:
        raise RotationError(ErrorCode.BAD_PLAN, f"{key} has no seat in round {round_}", key=key, round=round_)
    return inst, t


def _with_round(plan: RotationPlan, round_: int, tables: list[list[str]]) -> RotationPlan:
    rounds = list(plan.rounds)
    rounds[round_] = tuple(tuple(keys) for keys in tables)
    return RotationPlan(setup=plan.setup, rounds=tuple(rounds))


def swap(plan: RotationPlan, round: int, key_a: str, key_b: str) -> RotationPlan:
    """A new plan where ``key_a`` and ``key_b`` exchange seats in round ``round``."""
    _, ta = _check_edit(plan, round, key_a)
    _, tb = _check_edit(plan, round, key_b)
    if ta == tb:
        return plan
    tables = [list(keys) for keys in plan.rounds[round]]
    tables[ta][tables[ta].index(key_a)] = key_b
    tables[tb][tables[tb].index(key_b)] = key_a
    return _with_round(plan, round, tables)


def move(plan: RotationPlan, round: int, key: str, table: int) -> RotationPlan:
    """A new plan where ``key`` sits at ``table`` in round ``round`` (sizes may then be
    uneven: :func:`evaluate` reports it)."""
    inst, t = _check_edit(plan, round, key)
    if not (0 <= table < inst.tables):
        raise RotationError(ErrorCode.TABLE_OUT_OF_RANGE, f"table {table} does not exist", table=table,
                            tables=inst.tables)
    if table == t:
        return plan
    tables = [list(keys) for keys in plan.rounds[round]]
    tables[t].remove(key)
    tables[table].append(key)
    return _with_round(plan, round, tables)
