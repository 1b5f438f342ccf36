"""Proven lower bounds on the number of repeats of a World Café rotation.

Definitions
-----------
A pair of people that sits at the same table in ``m`` rounds contributes ``max(0, m - 1)``
*repeats*. Every bound below holds for every schedule that keeps the set-up's hard rules:
who is present in which round, hosts and people who stay (with a given table) at their table,
people placed at a table in their first round, the table sizes of
:mod:`facilitator.domain.rotation.model` (most even sizes within the capacities) and, in
question-per-table mode, "a guest never sits at the same table twice". Organisations never
enter a repeat bound. A second variant of each counting bound also assumes that no table breaks
the language rule (everybody at a table shares a language); the planner reports it only for
plans that have no language conflict.

People are split into *fixed* people (hosts and people who stay at a table the set-up gives:
same table in every round they attend) and *movable* people (everyone else, including people
who stay at a table the planner chooses: treating them as movable only loosens the bound).
Pairs then fall into three disjoint classes, fixed-fixed (FF), movable-movable (MM) and
fixed-movable (FM), and the repeats of a schedule are the sum over the classes.

1. FF, fixed people at one table ("fixed_together")
   Two fixed people at the same table who are both present in ``k`` rounds meet in all of them:
   ``k - 1`` forced repeats. Fixed people at different tables never meet.

2. MM, pigeonhole per person ("pigeonhole")
   A movable person ``p`` at a table of size ``s`` with ``F`` fixed people sits with
   ``s - 1 - F`` movable others. Over their rounds that is ``e_p`` seat-neighbour encounters,
   with ``lo_p <= e_p <= hi_p`` (the smallest / largest possible size in each round). Only
   ``d_p`` distinct movable others can ever be met (present in a common round; in the language
   variant also sharing a language with ``p``). Since a neighbour met ``m`` times adds ``m``
   encounters but only one distinct person, ``sum_q max(0, m_pq - 1) >= max(0, e_p - d_p)``.
   Summed over all movable ``p`` the left side counts every MM pair twice, so
   ``MM repeats >= ceil(sum_p max(0, e_p - d_p) / 2)``. The ``e_p`` are unknown but
   ``sum_p e_p = sum over rounds and tables of m (m - 1)`` (``m`` = movable people at the
   table), which is at least the value for the cheapest choice of which flexible tables get the
   extra seat. Minimising ``sum_p max(0, e_p - d_p)`` subject to these facts is a relaxation
   solved exactly by filling every person's free room (``d_p - lo_p``) first: the result is
   ``sum_p max(0, lo_p - d_p) + max(0, X - free)``, where ``X`` is the total encounters above
   ``sum_p lo_p`` and ``free`` the room below the ``d_p`` (capped by ``hi_p - lo_p``).
   With tables of ``s`` people, ``R`` rounds and ``n`` people this is the familiar
   "each person meets ``R(s-1)`` seat-neighbours but only ``n-1`` others exist".

3. FM, pigeonhole between fixed and movable people (counted as "pigeonhole")
   The same argument for the encounters of each movable person with fixed people (``F`` per
   round at their table; at most ``d_p`` fixed people can be met) gives
   ``FM repeats >= sum_p max(0, e_p - d_p)`` (each FM pair is counted once, from its movable
   side, so no halving); the same count from the fixed side is a second valid bound, and the
   larger of the two is used.

   The counting bound is ``FF + MM + FM``.

4. Consecutive rounds ("few_tables")
   Let ``N_r`` be the number of pairs at a common table in round ``r`` that also sat together
   in round ``r - 1``. A pair meeting ``m`` times is counted in ``N_r`` at most ``m - 1``
   times, so ``repeats >= sum_r N_r``. The people at a table in round ``r`` who were present
   in round ``r - 1`` come from the ``T`` tables of that round; all who come from the same table
   sat together. Putting ``k`` people into ``T`` origin "bins" makes at least
   ``sum C(x_o, 2)`` such pairs, minimised by spreading them evenly; fixed people at the table
   start in the bin of their own table, and in question-per-table mode a guest cannot come from
   the table itself. Which table gets how many continuing people is minimised too (the costs are
   convex, so the greedy choice of the cheapest bin is optimal). Whenever tables hold more
   people than there are tables (e.g. 3 tables of 4), repeats are forced in every round after
   the first, however few rounds there are.

The reported bound is the largest of the counting bound and the consecutive-rounds bound. All
of them are checked against exhaustive search on small cafés in the test-suite. A plan that
breaks a rule a bound relies on (a language conflict, or a guest back at a table in
question-per-table mode) is only compared with the bounds that do not rely on it
(:meth:`BoundReport.for_plan`).

A separate, equally simple bound for organisations: in a round, ``k`` people of one
organisation at ``T`` tables include at least ``sum C(x_t, 2)`` same-organisation pairs for
the most even spread ``x_t`` (people pinned to a table start there).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from enum import StrEnum

from .model import FIXED, Instance, compatible


class BoundReason(StrEnum):
    NONE = "none"  # no repeat is forced by counting: zero may be possible
    PIGEONHOLE = "pigeonhole"  # people meet more seat-neighbours than there are others to meet
    FIXED_TOGETHER = "fixed_together"  # fixed people (hosts, people who stay) share a table
    FEW_TABLES = "few_tables"  # more people at a table than there are tables
    LANGUAGES = "languages"  # people who share a language with few others must meet again


@dataclass(frozen=True)
class BoundReport:
    """The bounds and the numbers behind them.

    ``value`` holds for every schedule that keeps the hard rules (including "no revisits" in
    question-per-table mode); ``value_languages`` (>= value) for those that also have no
    language conflict. :meth:`for_plan` picks the bound that applies to a given plan (a plan
    that breaks a rule is only bounded by what does not assume it)."""

    value: int
    reason: BoundReason
    value_languages: int
    reason_languages: BoundReason
    components: dict = field(default_factory=dict)  # name -> int
    facts: dict = field(default_factory=dict)  # numbers for the explanation
    organisation_bound: int = 0

    def for_plan(self, language_conflicts: int, revisits: int = 0) -> tuple[int, BoundReason]:
        c = self.components
        counting = c["counting"]
        languages = c.get("counting_languages", counting) if language_conflicts == 0 else counting
        few = c["few_tables"] if revisits == 0 else c["few_tables_any_visits"]
        value = max(counting, languages, few)
        if value == 0:
            return 0, BoundReason.NONE
        if languages > max(counting, few):
            return value, BoundReason.LANGUAGES
        return value, _reason(counting, c, few)


def _pairs(k: int) -> int:
    return k * (k - 1) // 2


def _relaxation(los: list[int], his: list[int], ds: list[int], total: int) -> int:
    """min sum max(0, e_p - d_p) s.t. lo_p <= e_p <= hi_p and sum e_p >= total."""
    base = sum(max(0, lo - d) for lo, d in zip(los, ds))
    extra = total - sum(los)
    if extra <= 0:
        return base
    free = sum(min(hi - lo, max(0, d - lo)) for lo, hi, d in zip(los, his, ds))
    return base + max(0, extra - free)


def _cheapest_extra(base: list[int], flexible: list[bool], extra: int) -> list[int]:
    """The flexible tables that get the extra seat, cheapest (smallest ``base``) first."""
    order = sorted((b, t) for t, (b, f) in enumerate(zip(base, flexible)) if f)
    return [t for _, t in order[:extra]]


def _groups(inst: Instance, members: list[int]) -> dict[tuple[int, int, int], int]:
    groups: dict[tuple[int, int, int], int] = {}
    for i in members:
        sig = (inst.first[i], inst.last[i], inst.lang[i])
        groups[sig] = groups.get(sig, 0) + 1
    return groups


def _reachable(inst: Instance, p: int, groups: dict, languages: bool, same_class: bool) -> int:
    first, last, mask = inst.first[p], inst.last[p], inst.lang[p]
    count = 0
    for (g_first, g_last, g_mask), k in groups.items():
        if g_first <= last and first <= g_last and (not languages or compatible(mask, g_mask)):
            count += k
    if same_class:
        count -= 1  # p itself is in its own group (compatible with itself)
    return count


def counting_bound(inst: Instance, languages: bool) -> tuple[int, dict, dict]:
    """FF + MM + FM (points 1-3 of the module docstring). Returns (value, components, facts)."""
    T, R = inst.tables, inst.rounds
    F = inst.fixed_count
    fixed = [i for i in range(inst.n) if inst.kind[i] == FIXED]
    movable = [i for i in range(inst.n) if inst.kind[i] != FIXED]

    # 1. FF
    ff = 0
    ff_pairs = 0
    by_table: dict[int, list[int]] = {}
    for i in fixed:
        by_table.setdefault(inst.fixed_table[i], []).append(i)
    for members in by_table.values():
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                i, j = members[a], members[b]
                overlap = min(inst.last[i], inst.last[j]) - max(inst.first[i], inst.first[j]) + 1
                if overlap >= 2:
                    ff += overlap - 1
                    ff_pairs += 1

    # per round: neighbour ranges for an unpinned movable person, and the cheapest totals
    round_mm = []  # (min, max) movable neighbours for an unpinned movable person
    round_fm = []
    total_mm = 0
    total_fm = 0
    for r in range(R):
        lo, hi = inst.lo[r], inst.hi[r]
        usable = [t for t in range(T) if hi[t] - F[r][t] >= 1]
        if usable:
            round_mm.append((
                min(max(lo[t], F[r][t] + 1) - F[r][t] - 1 for t in usable),
                max(hi[t] - F[r][t] - 1 for t in usable),
            ))
            round_fm.append((min(F[r][t] for t in usable), max(F[r][t] for t in usable)))
        else:
            round_mm.append((0, 0))
            round_fm.append((0, 0))
        flexible = [hi[t] > lo[t] for t in range(T)]
        base = [lo[t] - F[r][t] for t in range(T)]
        plus = set(_cheapest_extra(base, flexible, inst.extra[r]))
        total_mm += sum((b + (t in plus)) * (b + (t in plus) - 1) for t, b in enumerate(base))
        plus = set(_cheapest_extra(F[r], flexible, inst.extra[r]))
        total_fm += sum(F[r][t] * (base[t] + (t in plus)) for t in range(T))

    mov_groups = _groups(inst, movable)
    fix_groups = _groups(inst, fixed)
    lo_mm, hi_mm, d_mm, lo_fm, hi_fm, d_fm = [], [], [], [], [], []
    for p in movable:
        a = b = c = d = 0
        for r in range(inst.first[p], inst.last[p] + 1):
            t = inst.pin[r][p]
            if t >= 0:
                a += max(inst.lo[r][t], F[r][t] + 1) - F[r][t] - 1
                b += inst.hi[r][t] - F[r][t] - 1
                c += F[r][t]
                d += F[r][t]
            else:
                a += round_mm[r][0]
                b += round_mm[r][1]
                c += round_fm[r][0]
                d += round_fm[r][1]
        lo_mm.append(a)
        hi_mm.append(b)
        lo_fm.append(c)
        hi_fm.append(d)
        d_mm.append(_reachable(inst, p, mov_groups, languages, True))
        d_fm.append(_reachable(inst, p, fix_groups, languages, False))
    mm_cost = _relaxation(lo_mm, hi_mm, d_mm, total_mm)
    mm = (mm_cost + 1) // 2
    fm_mov = _relaxation(lo_fm, hi_fm, d_fm, total_fm)
    # FM from the fixed side
    lo_f, hi_f, d_f = [], [], []
    for f in fixed:
        t = inst.fixed_table[f]
        lo_f.append(sum(inst.lo[r][t] - F[r][t] for r in range(inst.first[f], inst.last[f] + 1)))
        hi_f.append(sum(inst.hi[r][t] - F[r][t] for r in range(inst.first[f], inst.last[f] + 1)))
        d_f.append(_reachable(inst, f, mov_groups, languages, False))
    fm_fix = _relaxation(lo_f, hi_f, d_f, total_fm)
    fm = max(fm_mov, fm_fix)

    # facts for an explanation: the movable person with the largest forced excess
    facts: dict = {}
    worst = None
    for k, p in enumerate(movable):
        excess = lo_mm[k] + lo_fm[k] - d_mm[k] - d_fm[k]
        if worst is None or excess > worst[0]:
            worst = (excess, lo_mm[k] + lo_fm[k], d_mm[k] + d_fm[k], p)
    if worst is not None:
        facts = {"neighbours": worst[1], "others": worst[2], "excess": max(0, worst[0]),
                 "rounds": inst.last[worst[3]] - inst.first[worst[3]] + 1}
    facts["fixed_pairs"] = ff_pairs
    facts["people"] = inst.n
    components = {"fixed_together": ff, "movable_pairs": mm, "fixed_movable_pairs": fm}
    return ff + mm + fm, components, facts


def consecutive_bound(inst: Instance, visits_rule: bool = True) -> int:
    """Point 4 of the module docstring: ``sum_r N_r`` for the cheapest possible ``N_r``
    (``visits_rule``: assume that question-per-table guests never revisit a table)."""
    T, R = inst.tables, inst.rounds
    total = 0
    for r in range(1, R):
        continuing = [i for i in inst.present[r] if inst.first[i] <= r - 1]
        fc = [0] * T
        movers = 0
        stayer_moving = False
        for i in continuing:
            if inst.kind[i] == FIXED:
                fc[inst.fixed_table[i]] += 1
            else:
                movers += 1
                if not inst.guest(i):
                    stayer_moving = True
        forbid_own = visits_rule and inst.qpt and not stayer_moving
        cost = sum(_pairs(k) for k in fc)
        room = [inst.hi[r][t] - inst.fixed_count[r][t] for t in range(T)]
        heap = []
        for t in range(T):
            if room[t] <= 0:
                continue
            for o in range(T):
                if o == t and forbid_own:
                    continue
                heap.append((fc[t] if o == t else 0, t, o))
        heapq.heapify(heap)
        while movers and heap:
            count, t, o = heapq.heappop(heap)
            if room[t] <= 0:
                continue
            cost += count
            room[t] -= 1
            movers -= 1
            heapq.heappush(heap, (count + 1, t, o))
        total += cost
    return total


def organisation_bound(inst: Instance) -> int:
    if not inst.spread or inst.organisations == 0:
        return 0
    total = 0
    T = inst.tables
    for r in range(inst.rounds):
        per_org: dict[int, tuple[list[int], int]] = {}
        for i in inst.present[r]:
            o = inst.org[i]
            if o < 0:
                continue
            bins, free = per_org.get(o, ([0] * T, 0))
            if inst.pin[r][i] >= 0:
                bins[inst.pin[r][i]] += 1
            else:
                free += 1
            per_org[o] = (bins, free)
        for bins, free in per_org.values():
            heap = list(bins)
            heapq.heapify(heap)
            for _ in range(free):
                heapq.heapreplace(heap, heap[0] + 1)
            total += sum(_pairs(k) for k in heap)
    return total


def _reason(counting: int, components: dict, consecutive: int) -> BoundReason:
    value = max(counting, consecutive)
    if value == 0:
        return BoundReason.NONE
    if consecutive > counting:
        return BoundReason.FEW_TABLES
    if components["fixed_together"] > components["movable_pairs"] + components["fixed_movable_pairs"]:
        return BoundReason.FIXED_TOGETHER
    return BoundReason.PIGEONHOLE


def compute_bounds(inst: Instance) -> BoundReport:
    counting, components, facts = counting_bound(inst, languages=False)
    consecutive = consecutive_bound(inst)
    components = dict(components, counting=counting, few_tables=consecutive,
                      few_tables_any_visits=consecutive_bound(inst, visits_rule=False) if inst.qpt else consecutive)
    value = max(counting, consecutive)
    reason = _reason(counting, components, consecutive)
    value_l, reason_l = value, reason
    if inst.any_language:
        counting_l, comp_l, facts_l = counting_bound(inst, languages=True)
        components["counting_languages"] = counting_l
        if counting_l > value:
            value_l, reason_l = counting_l, BoundReason.LANGUAGES
            facts = dict(facts, languages_neighbours=facts_l.get("neighbours", 0),
                         languages_others=facts_l.get("others", 0))
    facts = dict(facts, tables=inst.tables, rounds=inst.rounds,
                 largest_table=max((max(h) for h in inst.hi), default=0))
    return BoundReport(
        value=value, reason=reason, value_languages=value_l, reason_languages=reason_l,
        components=components, facts=facts, organisation_bound=organisation_bound(inst),
    )
