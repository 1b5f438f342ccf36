"""The planner's engine: constructive starts and a tabu search (pure Python, no Qt).

Starts
------
People who must sit still come first: hosts and people who stay (the planner chooses a table
for those who stay without one, spreading them and avoiding shared organisations and missing
common languages). Then several starts are built and the cheapest is searched further:

* *grid*: the movable people are laid out row by row on a grid of ``T`` columns, grouped by
  organisation (people in one row never meet), and person ``(j, c)`` sits at table
  ``c + offsets[j][r]`` in round ``r`` (see :mod:`.fields`: GF(T) when T is a prime
  power, the affine plane; else offsets over Z_T found by a small search). When the offsets
  are clash-free this alone has no repeat, keeps row 0 (the hosts) in place and never sends a
  guest to the same table twice: 20 people at 5 tables of 4 for 3 rounds, 32 at 8x4 for 8
  rounds, 30 at 6x5 for 5 rounds, 150 at 30x5 are all solved before any search.
* *prefix* (for long rotations): the largest number of rounds with clash-free offsets, then
  the remaining rounds greedily; the search first works on the later rounds alone (the prefix
  has no repeat among its own rounds), then on everything.
* *language*: every table of a round gets a language label and people are matched to labels
  they speak (a flow, relabelling tables until everybody fits, then spreading people who speak
  one language only over as many tables as stay feasible), so the start has no language
  conflict whenever the matching finds one.
* *greedy*: round by round, most constrained people first (for late arrivals, early leavers
  and pins).

Absences, pins and capacities are then repaired by moving the cheapest people from tables
above their size to tables below it.

Search
------
Tabu search on the rounds' seatings. The state keeps a pair-count matrix ``C[p][q]`` (rounds
together), per-table organisation counts, language status, per-guest table visits and, when
re-planning, each person's old table, so a move's change of cost is computed from the two
tables involved only. A step picks a "hot" person (in a repeated pair, at a table without a
common language, sharing a table with a colleague, revisiting a table, or moved away from their
old seat) and tries every swap with a movable person at another table of the same round, and
every shift to a table that may take one more person (keeping the sizes even); in
question-per-table mode also every *tour swap* (two guests exchange their tables in two rounds,
so neither visits a new table twice) and every *tour shift* (a guest alone exchanges their
tables of two rounds, where the even sizes leave a free seat at each: with as many rounds as
tables any single shift would make the guest revisit a table). The best of the moves of a few
hot people is made, even when it is worse (a move back to the table just left is tabu for a
few steps unless it beats the best cost so far). After a while without progress the search
restarts from the best schedule found, perturbed by a few random swaps (or shifts). Only rounds
where some move is possible are searched, also a round with a single movable person who may
shift; when there is none the search reports "fixed". It stops at once when every term is at
its lower bound, or when the work budget is used up.

Cost = w_language * language_conflicts + w_revisit * revisits + w_moved * moved
       + w_repeat * repeats + w_organisation * organisation_conflicts.

The search counts its work (move evaluations); the budget is a number of evaluations derived
from the time budget with a fixed rate, so the same input and seed give the same plan on any
machine. A wall-clock limit (four times the time budget plus 0.5 s) only guards against very
slow machines (when it stops a search, the result may depend on the machine).
"""

from __future__ import annotations

import random
import time

from .fields import offsets, perfect_prefix
from .model import FIXED, FREE_STAYER, ErrorCode, Instance, RotationError, Weights, compatible

#: (language conflicts, revisits, moved, repeats, organisation conflicts): the cost terms.
Terms = tuple[int, int, int, int, int]

#: Work units per second of time budget. A move evaluation costs 2 units, plus 1 with
#: organisations, 1 with languages, 1 with question-per-table visits, 1 when re-planning; a
#: step costs 20 more, a tour swap or shift (question per table) 15 evaluations. Calibrated on the
#: 2-core development machine (about 1 000 000 plain evaluations per second).
WORK_PER_SECOND = 1_800_000


class _Bag:
    """A set with O(1) add, discard and random choice."""

    __slots__ = ("items", "pos")

    def __init__(self) -> None:
        self.items: list[int] = []
        self.pos: dict[int, int] = {}

    def add(self, x: int) -> None:
        if x not in self.pos:
            self.pos[x] = len(self.items)
            self.items.append(x)

    def discard(self, x: int) -> None:
        i = self.pos.pop(x, None)
        if i is None:
            return
        last = self.items.pop()
        if i < len(self.items):
            self.items[i] = last
            self.pos[last] = i

    def __len__(self) -> int:
        return len(self.items)

    def clear(self) -> None:
        self.items.clear()
        self.pos.clear()


def _language_ok(members: list[int], lang: list[int]) -> bool:
    common = -1
    for x in members:
        m = lang[x]
        if m:
            common &= m
            if not common:
                return False
    return True


class State:
    """A complete seating of every round plus the incremental bookkeeping of its cost."""

    def __init__(self, inst: Instance, tab: list[list[int]], movable: list[list[bool]], weights: Weights,
                 anchors: list[list[int]] | None = None):
        self.inst = inst
        self.n, self.R, self.T = inst.n, inst.rounds, inst.tables
        self.tab = [list(row) for row in tab]
        self.movable = movable
        self.mov_lists = [[i for i in range(self.n) if movable[r][i]] for r in range(self.R)]
        self.has_movable = [any(movable[r][i] for r in range(self.R)) for i in range(self.n)]
        self.use_org = inst.spread and inst.organisations > 0
        self.use_lang = inst.any_language
        self.use_rev = inst.qpt
        self.guest = [inst.guest(i) for i in range(self.n)]
        self.anchors = anchors
        self.w_lang = weights.language
        self.w_rev = weights.revisit
        self.w_moved = weights.moved
        self.w_rep = weights.repeat
        self.w_org = weights.organisation if self.use_org else 0
        self.rebuild()

    # ----------------------------------------------------------------- bookkeeping
    def rebuild(self) -> None:
        n, R, T = self.n, self.R, self.T
        inst = self.inst
        self.mem: list[list[list[int]]] = [[[] for _ in range(T)] for _ in range(R)]
        for r in range(R):
            row = self.tab[r]
            for i in range(n):
                if row[i] >= 0:
                    self.mem[r][row[i]].append(i)
        self.C = [[0] * n for _ in range(n)]
        self.rep = 0
        self.hot_pairs = _Bag()
        C = self.C
        for r in range(R):
            for members in self.mem[r]:
                for a in range(len(members)):
                    p = members[a]
                    Cp = C[p]
                    for b in range(a + 1, len(members)):
                        q = members[b]
                        Cp[q] += 1
                        C[q][p] += 1
        for p in range(n):
            Cp = C[p]
            for q in range(p + 1, n):
                if Cp[q] >= 2:
                    self.rep += Cp[q] - 1
                    if self.has_movable[p] or self.has_movable[q]:
                        self.hot_pairs.add(p * n + q)
        # organisations
        self.orgc: list[list[dict[int, int]]] = [[{} for _ in range(T)] for _ in range(R)]
        self.org_pairs = [[0] * T for _ in range(R)]
        self.org_bad = _Bag()
        self.org = 0
        if self.use_org:
            for r in range(R):
                for t in range(T):
                    counts = self.orgc[r][t]
                    for x in self.mem[r][t]:
                        o = inst.org[x]
                        if o >= 0:
                            counts[o] = counts.get(o, 0) + 1
                    pairs = sum(k * (k - 1) // 2 for k in counts.values())
                    self.org_pairs[r][t] = pairs
                    self.org += pairs
                    if pairs:
                        self.org_bad.add(r * T + t)
        # languages
        self.lang_bad = _Bag()
        if self.use_lang:
            for r in range(R):
                for t in range(T):
                    if not _language_ok(self.mem[r][t], inst.lang):
                        self.lang_bad.add(r * T + t)
        # table visits (question per table); a guest's row is filled in below, the others
        # stay empty and are never read (every use checks use_rev and guest[p] first)
        self.visits: list[list[int]] = [[] for _ in range(n)]
        self.rev = 0
        self.rev_bad = _Bag()
        if self.use_rev:
            for i in range(n):
                if self.guest[i]:
                    v = [0] * T
                    for r in range(R):
                        if self.tab[r][i] >= 0:
                            v[self.tab[r][i]] += 1
                    self.visits[i] = v
                    for t in range(T):
                        if v[t] >= 2:
                            self.rev += v[t] - 1
                            self.rev_bad.add(i * T + t)
        # old seats (re-planning)
        self.moved_bag = _Bag()
        if self.anchors is not None:
            for r in range(R):
                for i in range(n):
                    a = self.anchors[r][i]
                    if a >= 0 and self.tab[r][i] != a:
                        self.moved_bag.add(r * n + i)

    def cost(self) -> int:
        return (self.w_lang * len(self.lang_bad) + self.w_rev * self.rev + self.w_moved * len(self.moved_bag)
                + self.w_rep * self.rep + self.w_org * self.org)

    def terms(self) -> Terms:
        return len(self.lang_bad), self.rev, len(self.moved_bag), self.rep, self.org

    # ----------------------------------------------------------------- deltas
    def delta_swap(self, r: int, p: int, q: int) -> int:
        a = self.tab[r][p]
        b = self.tab[r][q]
        Ma = self.mem[r][a]
        Mb = self.mem[r][b]
        Cp = self.C[p]
        Cq = self.C[q]
        drep = 0
        for x in Ma:
            if x != p:
                if Cp[x] >= 2:
                    drep -= 1
                if Cq[x] >= 1:
                    drep += 1
        for y in Mb:
            if y != q:
                if Cq[y] >= 2:
                    drep -= 1
                if Cp[y] >= 1:
                    drep += 1
        return self.w_rep * drep + self._extra_swap(r, p, q, a, b)

    def _extra_swap(self, r: int, p: int, q: int, a: int, b: int) -> int:
        d = 0
        inst = self.inst
        if self.w_org:
            op, oq = inst.org[p], inst.org[q]
            if op != oq:
                ca = self.orgc[r][a]
                cb = self.orgc[r][b]
                if op >= 0:
                    d += cb.get(op, 0) - ca[op] + 1
                if oq >= 0:
                    d += ca.get(oq, 0) - cb[oq] + 1
                d *= self.w_org
        if self.use_lang:
            lang = inst.lang
            if lang[p] != lang[q]:
                T = self.T
                old = (r * T + a in self.lang_bad.pos) + (r * T + b in self.lang_bad.pos)
                new_a = [x for x in self.mem[r][a] if x != p]
                new_a.append(q)
                new_b = [y for y in self.mem[r][b] if y != q]
                new_b.append(p)
                new = (not _language_ok(new_a, lang)) + (not _language_ok(new_b, lang))
                d += self.w_lang * (new - old)
        if self.use_rev or self.anchors is not None:
            d += self._rare_terms(r, p, q, a, b)
        return d

    def _rare_terms(self, r: int, p: int, q: int, a: int, b: int) -> int:
        """Revisit and old-seat changes of swapping p (table a) and q (table b) in round r."""
        d = 0
        if self.use_rev:
            dv = 0
            if self.guest[p]:
                v = self.visits[p]
                dv += (v[b] >= 1) - (v[a] >= 2)
            if self.guest[q]:
                v = self.visits[q]
                dv += (v[a] >= 1) - (v[b] >= 2)
            d += self.w_rev * dv
        if self.anchors is not None:
            anc = self.anchors[r]
            dm = 0
            x = anc[p]
            if x >= 0:
                dm += (b != x) - (a != x)
            x = anc[q]
            if x >= 0:
                dm += (a != x) - (b != x)
            d += self.w_moved * dm
        return d

    def delta_shift(self, r: int, p: int, b: int) -> int:
        a = self.tab[r][p]
        Cp = self.C[p]
        drep = 0
        for x in self.mem[r][a]:
            if x != p and Cp[x] >= 2:
                drep -= 1
        for y in self.mem[r][b]:
            if Cp[y] >= 1:
                drep += 1
        d = self.w_rep * drep
        inst = self.inst
        if self.w_org:
            op = inst.org[p]
            if op >= 0:
                d += self.w_org * (self.orgc[r][b].get(op, 0) - self.orgc[r][a][op] + 1)
        if self.use_lang and inst.lang[p]:
            T = self.T
            lang = inst.lang
            old = (r * T + a in self.lang_bad.pos) + (r * T + b in self.lang_bad.pos)
            new_a = [x for x in self.mem[r][a] if x != p]
            new_b = self.mem[r][b] + [p]
            new = (not _language_ok(new_a, lang)) + (not _language_ok(new_b, lang))
            d += self.w_lang * (new - old)
        if self.use_rev and self.guest[p]:
            v = self.visits[p]
            d += self.w_rev * ((v[b] >= 1) - (v[a] >= 2))
        if self.anchors is not None:
            x = self.anchors[r][p]
            if x >= 0:
                d += self.w_moved * ((b != x) - (a != x))
        return d

    def delta_join(self, r: int, p: int, b: int) -> int:
        """Cost change of seating the (unseated) ``p`` at table ``b``."""
        Cp = self.C[p]
        members = self.mem[r][b]
        d = self.w_rep * sum(1 for y in members if Cp[y] >= 1)
        inst = self.inst
        if self.w_org and inst.org[p] >= 0:
            d += self.w_org * self.orgc[r][b].get(inst.org[p], 0)
        if self.use_lang and inst.lang[p]:
            bad = r * self.T + b in self.lang_bad.pos
            d += self.w_lang * ((not _language_ok(members + [p], inst.lang)) - bad)
        if self.use_rev and self.guest[p]:
            d += self.w_rev * (self.visits[p][b] >= 1)
        return d

    def seat(self, r: int, p: int, b: int) -> None:
        """Seats the unseated ``p`` at table ``b``."""
        self._join(r, p, b)
        if self.use_lang:
            self._language_refresh(r, b)

    # ----------------------------------------------------------------- moves
    def _inc(self, p: int, x: int) -> None:
        C = self.C
        c = C[p][x] + 1
        C[p][x] = c
        C[x][p] = c
        if c >= 2:
            self.rep += 1
            if c == 2 and (self.has_movable[p] or self.has_movable[x]):
                self.hot_pairs.add(p * self.n + x if p < x else x * self.n + p)

    def _dec(self, p: int, x: int) -> None:
        C = self.C
        c = C[p][x]
        if c >= 2:
            self.rep -= 1
            if c == 2:
                self.hot_pairs.discard(p * self.n + x if p < x else x * self.n + p)
        C[p][x] = c - 1
        C[x][p] = c - 1

    def _leave(self, r: int, p: int, a: int) -> None:
        members = self.mem[r][a]
        members.remove(p)
        for x in members:
            self._dec(p, x)
        if self.w_org:
            o = self.inst.org[p]
            if o >= 0:
                counts = self.orgc[r][a]
                k = counts[o]
                if k == 1:
                    del counts[o]
                else:
                    counts[o] = k - 1
                self._org_pairs_add(r, a, -(k - 1))
        if self.use_rev and self.guest[p]:
            v = self.visits[p]
            if v[a] >= 2:
                self.rev -= 1
                if v[a] == 2:
                    self.rev_bad.discard(p * self.T + a)
            v[a] -= 1

    def _join(self, r: int, p: int, b: int) -> None:
        members = self.mem[r][b]
        for x in members:
            self._inc(p, x)
        members.append(p)
        self.tab[r][p] = b
        if self.w_org:
            o = self.inst.org[p]
            if o >= 0:
                counts = self.orgc[r][b]
                k = counts.get(o, 0)
                counts[o] = k + 1
                self._org_pairs_add(r, b, k)
        if self.use_rev and self.guest[p]:
            v = self.visits[p]
            v[b] += 1
            if v[b] >= 2:
                self.rev += 1
                if v[b] == 2:
                    self.rev_bad.add(p * self.T + b)
        if self.anchors is not None:
            x = self.anchors[r][p]
            if x >= 0:
                if x == b:
                    self.moved_bag.discard(r * self.n + p)
                else:
                    self.moved_bag.add(r * self.n + p)

    def _org_pairs_add(self, r: int, t: int, delta: int) -> None:
        if delta:
            before = self.org_pairs[r][t]
            after = before + delta
            self.org_pairs[r][t] = after
            self.org += delta
            if before == 0 and after:
                self.org_bad.add(r * self.T + t)
            elif after == 0:
                self.org_bad.discard(r * self.T + t)

    def _language_refresh(self, r: int, t: int) -> None:
        if _language_ok(self.mem[r][t], self.inst.lang):
            self.lang_bad.discard(r * self.T + t)
        else:
            self.lang_bad.add(r * self.T + t)

    def swap(self, r: int, p: int, q: int) -> None:
        a = self.tab[r][p]
        b = self.tab[r][q]
        self._leave(r, p, a)
        self._leave(r, q, b)
        self._join(r, p, b)
        self._join(r, q, a)
        if self.use_lang:
            self._language_refresh(r, a)
            self._language_refresh(r, b)

    def shift(self, r: int, p: int, b: int) -> None:
        a = self.tab[r][p]
        self._leave(r, p, a)
        self._join(r, p, b)
        if self.use_lang:
            self._language_refresh(r, a)
            self._language_refresh(r, b)

    def snapshot(self) -> list[list[int]]:
        return [list(row) for row in self.tab]

    def restore(self, tab: list[list[int]]) -> None:
        self.tab = [list(row) for row in tab]
        self.rebuild()


# --------------------------------------------------------------------------- start
def place_free_stayers(inst: Instance) -> list[list[int]]:
    """Pins for every round: the set-up's pins plus a table for each person who stays without
    one (the same in all their rounds), chosen so that sizes stay even and as few repeats,
    colleagues and language clashes as possible are forced."""
    R, T = inst.rounds, inst.tables
    pins = [list(row) for row in inst.pin]
    count = [[0] * T for _ in range(R)]
    for r in range(R):
        for i in inst.present[r]:
            if pins[r][i] >= 0:
                count[r][pins[r][i]] += 1
    forced_hi = [sum(1 for t in range(T) if count[r][t] > inst.lo[r][t]) for r in range(R)]
    stayers = [i for i in range(inst.n) if inst.kind[i] == FREE_STAYER]
    stayers.sort(key=lambda i: (-(inst.last[i] - inst.first[i]), i))
    sitting: list[list[int]] = [[] for _ in range(T)]
    for i in range(inst.n):
        if inst.kind[i] == FIXED:
            sitting[inst.fixed_table[i]].append(i)
    for s in stayers:
        rounds = range(inst.first[s], inst.last[s] + 1)
        best = None
        for t in range(T):
            ok = True
            uses_hi = 0
            for r in rounds:
                c = count[r][t] + 1
                if c > inst.hi[r][t]:
                    ok = False
                    break
                if c > inst.lo[r][t] and count[r][t] <= inst.lo[r][t]:
                    if forced_hi[r] + 1 > inst.extra[r]:
                        ok = False
                        break
                    uses_hi += 1
            if not ok:
                continue
            together = sum(
                max(0, min(inst.last[x], inst.last[s]) - max(inst.first[x], inst.first[s]))
                for x in sitting[t]
            )
            colleagues = sum(1 for x in sitting[t] if inst.org[x] >= 0 and inst.org[x] == inst.org[s])
            clashes = sum(1 for x in sitting[t] if not compatible(inst.lang[x], inst.lang[s]))
            score = (clashes, together, colleagues, uses_hi, len(sitting[t]), t)
            if best is None or score < best[0]:
                best = (score, t)
        if best is None:
            raise RotationError(
                ErrorCode.STAYERS_DO_NOT_FIT,
                f"{inst.keys[s]} stays at one table but no table has a seat for them in every round",
                key=inst.keys[s],
            )
        t = best[1]
        sitting[t].append(s)
        for r in rounds:
            if count[r][t] + 1 > inst.lo[r][t] and count[r][t] <= inst.lo[r][t]:
                forced_hi[r] += 1
            count[r][t] += 1
            pins[r][s] = t
    return pins


def grid_start(inst: Instance, pins: list[list[int]], rng: random.Random | None,
               prefix: bool = False, effort: int = 4000) -> tuple[list[list[int]], int, int]:
    """The grid pattern of the module docstring (shuffled order when ``rng`` is given).
    Sizes are not yet repaired. Returns (seating, k, nodes): with ``prefix`` only the first
    ``k`` rounds follow the pattern (rounds that are provably free of repeats among
    themselves, searched for with ``effort`` nodes; ``nodes`` were used) and the others are left
    empty (-1) for :func:`greedy_start` to fill; else k = 0."""
    R, T, n = inst.rounds, inst.tables, inst.n
    anchored = [False] * T  # tables where a host or somebody who stays sits
    for i in range(n):
        if inst.kind[i] != 0:
            anchored[pins[inst.first[i]][i]] = True
    movers = [i for i in range(n) if inst.kind[i] == 0]
    if rng is None:
        sizes: dict[int, int] = {}
        for i in movers:
            sizes[inst.org[i]] = sizes.get(inst.org[i], 0) + 1
        movers.sort(key=lambda i: (inst.org[i] < 0, -sizes[inst.org[i]], inst.org[i], inst.lang[i], i))
    else:
        rng.shuffle(movers)
    positions: list[tuple[int, int]] = []
    use_row0 = not inst.qpt
    row = 0
    while len(positions) < len(movers):
        for c in range(T):
            if row == 0 and (not use_row0 or anchored[c]):
                continue
            positions.append((row, c))
        row += 1
    nodes = 0
    if prefix:
        shift, add, k, nodes = perfect_prefix(T, row, R, effort)
    else:
        shift, add = offsets(T, row, R)
        k = 0
    tab = [[-1] * n for _ in range(R)]
    for r in range(k if prefix else R):
        for i in range(n):
            if inst.first[i] <= r <= inst.last[i] and pins[r][i] >= 0:
                tab[r][i] = pins[r][i]
        for slot, i in enumerate(movers):
            if not (inst.first[i] <= r <= inst.last[i]) or pins[r][i] >= 0:
                continue
            j, c = positions[slot]
            tab[r][i] = add[c][shift[j][r]]
    return tab, k, nodes


def greedy_start(inst: Instance, pins: list[list[int]], rng: random.Random,
                 given: list[list[int]] | None = None, given_rounds: int = 0) -> list[list[int]]:
    """Round by round, most constrained people first (fewest people they share a language
    with), each at the table that keeps a common language, adds the fewest repeats and
    colleagues and is least full; sizes are kept within the even-size targets. The first
    ``given_rounds`` rounds may be taken from ``given``."""
    R, T, n = inst.rounds, inst.tables, inst.n
    lang, org = inst.lang, inst.org
    met = [[0] * n for _ in range(n)]
    partners = [0] * n
    if inst.any_language:
        for i in range(n):
            partners[i] = sum(1 for j in range(n) if j != i and compatible(lang[i], lang[j]))
    tab = [[-1] * n for _ in range(R)]
    guest = [inst.guest(i) for i in range(n)]
    visited: list[set[int]] = [set() for _ in range(n)]
    for r in range(given_rounds):
        assert given is not None  # given_rounds > 0 comes with the rounds given
        tab[r] = list(given[r])
        for i, t in enumerate(tab[r]):
            if t >= 0:
                visited[i].add(t)
        members: list[list[int]] = [[] for _ in range(T)]
        for i, t in enumerate(tab[r]):
            if t >= 0:
                members[t].append(i)
        for ms in members:
            for a in range(len(ms)):
                for b in range(a + 1, len(ms)):
                    met[ms[a]][ms[b]] += 1
                    met[ms[b]][ms[a]] += 1
    for r in range(given_rounds, R):
        lo, hi = inst.lo[r], inst.hi[r]
        members = [[] for _ in range(T)]
        common = [-1] * T
        big = 0  # tables already above their small size
        for i in inst.present[r]:
            t = pins[r][i]
            if t >= 0:
                tab[r][i] = t
                members[t].append(i)
                if lang[i]:
                    common[t] &= lang[i]
        for t in range(T):
            if len(members[t]) > lo[t]:
                big += 1
        order = [i for i in inst.present[r] if pins[r][i] < 0]
        keys = {i: (partners[i] if inst.any_language else 0, rng.random()) for i in order}
        order.sort(key=keys.__getitem__)
        for i in order:
            best = None
            for t in range(T):
                size = len(members[t])
                if size >= hi[t] or (size >= lo[t] and big >= inst.extra[r]):
                    continue
                clash = 1 if lang[i] and not (common[t] & lang[i]) else 0
                if guest[i] and t in visited[i]:
                    clash += 2
                seen = sum(1 for x in members[t] if met[i][x])
                mates = sum(1 for x in members[t] if org[x] >= 0 and org[x] == org[i]) if inst.spread else 0
                key = (clash, seen, mates, size - lo[t], rng.random())
                if best is None or key < best[0]:
                    best = (key, t)
            assert best is not None  # the size targets leave a table for everyone present
            t = best[1]
            if len(members[t]) >= lo[t]:
                big += 1
            for x in members[t]:
                met[i][x] += 1
                met[x][i] += 1
            members[t].append(i)
            tab[r][i] = t
            visited[i].add(t)
            if lang[i]:
                common[t] &= lang[i]
        # pinned pairs met too
        for t in range(T):
            ms = members[t]
            for a in range(len(ms)):
                for b in range(a + 1, len(ms)):
                    x, y = ms[a], ms[b]
                    if pins[r][x] >= 0 and pins[r][y] >= 0:
                        met[x][y] += 1
                        met[y][x] += 1
    return tab


def _assign_labels(people: list[int], options: dict[int, list[int]], cap: dict[int, int]) -> dict[int, int]:
    """Kuhn's augmenting paths with capacities: person -> label (some may stay unassigned)."""
    holders: dict[int, list[int]] = {L: [] for L in cap}
    where: dict[int, int] = {}

    def augment(u: int, seen: set[int]) -> bool:
        for L in options[u]:
            if L in seen:
                continue
            seen.add(L)
            if len(holders[L]) < cap[L]:
                holders[L].append(u)
                where[u] = L
                return True
            for v in list(holders[L]):
                if augment(v, seen):
                    holders[L].remove(v)
                    holders[L].append(u)
                    where[u] = L
                    return True
        return False

    for u in people:
        augment(u, set())
    return where


def language_start(inst: Instance, pins: list[list[int]], rng: random.Random) -> list[list[int]]:
    """A start that keeps the language rule wherever possible. In each round every table gets
    a *language label*; people are matched to labels they speak (a flow: Kuhn's augmenting
    paths with the labels' seats as capacities), relabelling tables until everybody fits; then
    each label's people are seated at its tables, fewest earlier meetings and colleagues
    first."""
    R, T, n = inst.rounds, inst.tables, inst.n
    lang, org = inst.lang, inst.org
    union = 0
    for m in lang:
        union |= m
    labels = [1 << b for b in range(union.bit_length()) if union >> b & 1]
    met = [[0] * n for _ in range(n)]
    tab = [[-1] * n for _ in range(R)]
    previous = [0] * T
    for r in range(R):
        lo, hi = inst.lo[r], inst.hi[r]
        members: list[list[int]] = [[] for _ in range(T)]
        common = [-1] * T
        for i in inst.present[r]:
            t = pins[r][i]
            if t >= 0:
                tab[r][i] = t
                members[t].append(i)
                if lang[i]:
                    common[t] &= lang[i]
        target = list(lo)
        flexible = [t for t in range(T) if hi[t] > lo[t]]
        flexible.sort(key=lambda t: ((t - r) % T))
        for t in flexible[: inst.extra[r]]:
            target[t] = hi[t]
        free = [max(0, target[t] - len(members[t])) for t in range(T)]
        movers = [i for i in inst.present[r] if pins[r][i] < 0]
        rng.shuffle(movers)
        allowed = [[L for L in labels if common[t] == -1 or not common[t] or common[t] & L] for t in range(T)]
        speakers = {L: sum(1 for i in movers if not lang[i] or lang[i] & L) for L in labels}
        label = []
        for t in range(T):
            choice = max(allowed[t], key=lambda L: (speakers[L], -L))
            label.append(choice)
        options = {i: [L for L in labels if not lang[i] or lang[i] & L] for i in movers}
        for _ in range(2 * T + 2):
            cap = dict.fromkeys(labels, 0)
            for t in range(T):
                cap[label[t]] += free[t]
            where = _assign_labels(movers, options, cap)
            missing = [i for i in movers if i not in where]
            if not missing:
                break
            u = missing[0]
            used = {L: sum(1 for i in where if where[i] == L) for L in labels}
            relabel = None
            for t in range(T):
                if not free[t] or label[t] & lang[u]:
                    continue
                for L in options[u]:
                    if L not in allowed[t]:
                        continue
                    slack = cap[label[t]] - used[label[t]] - free[t]
                    fit = (-slack, (t - r) % T)
                    if relabel is None or fit < relabel[0]:
                        relabel = (fit, t, L)
            if relabel is None:
                break
            label[relabel[1]] = relabel[2]
        # spread people who speak one language only over as many tables as stay feasible
        exclusive = {L: sum(1 for i in movers if options[i] == [L]) for L in labels}
        for L in sorted(labels, key=lambda L: (-exclusive[L], L)):
            while exclusive[L] > sum(1 for t in range(T) if label[t] == L):
                candidates = [t for t in range(T) if label[t] != L and L in allowed[t] and free[t]]
                candidates.sort(key=lambda t: (previous[t] == L, exclusive[label[t]] > 0, (t - r) % T))
                changed = False
                for t in candidates[:3]:
                    old_label = label[t]
                    label[t] = L
                    cap = dict.fromkeys(labels, 0)
                    for u in range(T):
                        cap[label[u]] += free[u]
                    trial = _assign_labels(movers, options, cap)
                    if len(trial) == len(movers):
                        changed = True
                        break
                    label[t] = old_label
                if not changed:
                    break
        cap = dict.fromkeys(labels, 0)
        for t in range(T):
            cap[label[t]] += free[t]
        where = _assign_labels(movers, options, cap)
        previous = label
        groups: dict[int, list[int]] = {L: [] for L in labels}
        leftovers = []
        for i in movers:
            if i in where:
                groups[where[i]].append(i)
            else:
                leftovers.append(i)
        for L, people in list(groups.items()) + [(0, leftovers)]:
            for i in people:
                best = None
                for t in range(T):
                    if L and label[t] != L:
                        continue
                    if len(members[t]) >= target[t]:
                        continue
                    seen = sum(1 for x in members[t] if met[i][x])
                    mates = sum(1 for x in members[t] if org[x] >= 0 and org[x] == org[i]) if inst.spread else 0
                    key = (seen, mates, len(members[t]) - target[t], rng.random())
                    if best is None or key < best[0]:
                        best = (key, t)
                if best is None:  # no room left under the targets: the least full table
                    t = min(range(T), key=lambda t: (len(members[t]) - hi[t], t))
                else:
                    t = best[1]
                members[t].append(i)
                tab[r][i] = t
        for t in range(T):
            ms = members[t]
            for a in range(len(ms)):
                for b in range(a + 1, len(ms)):
                    met[ms[a]][ms[b]] += 1
                    met[ms[b]][ms[a]] += 1
    return tab


def shift_to_targets(state: State, r: int, target: list[int]) -> None:
    """Moves movable people from tables above their target size to tables below it, each
    time the cheapest shift, until every table of round ``r`` has its target size."""
    T = state.T
    while True:
        over = [t for t in range(T) if len(state.mem[r][t]) > target[t]]
        under = [t for t in range(T) if len(state.mem[r][t]) < target[t]]
        if not over:
            return
        best = None
        for a in over:
            for p in state.mem[r][a]:
                if not state.movable[r][p]:
                    continue
                for b in under:
                    d = state.delta_shift(r, p, b)
                    if best is None or d < best[0]:
                        best = (d, p, b)
        if best is None:
            raise RotationError(
                ErrorCode.STAYERS_DO_NOT_FIT,
                f"round {r}: the tables cannot be balanced around the people who stay",
                round=r,
            )
        state.shift(r, best[1], best[2])


def repair_sizes(state: State, rng: random.Random) -> None:
    """Moves movable people from tables above their size to tables below it, each time the
    cheapest shift; also seats movable present people who have no table yet."""
    inst = state.inst
    T = state.T
    for r in range(state.R):
        lo, hi = inst.lo[r], inst.hi[r]
        for i in inst.present[r]:
            if state.tab[r][i] < 0:  # unseated: join the smallest table for now
                t = min(range(T), key=lambda t: (len(state.mem[r][t]) - hi[t], t))
                state.seat(r, i, t)
        sizes = [len(m) for m in state.mem[r]]
        flexible = [t for t in range(T) if hi[t] > lo[t]]
        flexible.sort(key=lambda t: (-sizes[t], t))
        target = list(lo)
        for t in flexible[: inst.extra[r]]:
            target[t] = hi[t]
        shift_to_targets(state, r, target)
        if state.use_lang:
            for t in range(T):
                state._language_refresh(r, t)


# --------------------------------------------------------------------------- search
class _BestMove:
    """The best move found in one step so far: its cost change, the move (round, p, q or -1,
    table b[, second round for a tour swap or shift]) and how many moves tie with it."""

    __slots__ = ("delta", "move", "ties")

    def __init__(self) -> None:
        self.delta: int | None = None
        self.move: tuple[int, ...] | None = None
        self.ties = 0


class Result:
    def __init__(self, tab: list[list[int]], terms: Terms, iterations: int, work: int,
                 stopped: str):
        self.tab = tab
        self.terms = terms
        self.iterations = iterations
        self.work = work
        self.stopped = stopped


def tabu_search(state: State, rng: random.Random, *, targets: Terms,
                work_budget: int, wall_limit: float, picks: int = 8, stall: float = 1.0,
                tenure_scale: float = 1.0) -> Result:
    """Improves ``state`` in place; returns the best schedule found.

    ``targets`` = lower bounds of (language, revisits, moved, repeats, organisations): the
    search stops as soon as all are met. Each step scans the moves of up to ``picks`` hot
    people and makes the best one."""
    R, T, n = state.R, state.T, state.n
    start = time.perf_counter()
    rounds_with_moves = [r for r in range(R) if _round_has_move(state, r)]
    best_cost = state.cost()
    best_tab = state.snapshot()
    best_terms = state.terms()

    def at_targets(terms: Terms) -> bool:
        return all(v <= t for v, t in zip(terms, targets))

    if at_targets(best_terms) or not rounds_with_moves:
        return Result(best_tab, best_terms, 0, 0, "bound" if at_targets(best_terms) else "fixed")
    primary_targets = targets[:4]

    tabu = [0] * (R * n * T)
    it = 0
    work = 0
    last_best = 0
    n_active = max(len(m) for m in state.mov_lists)
    stall_limit = int((150 + 4 * n_active) * stall)
    sample = 24 if T > 24 else 0
    stopped = "budget"
    polish_since = None
    extra_terms = bool(state.w_org or state.use_lang or state.use_rev or state.anchors is not None)
    tours = state.use_rev
    unit = 2 + (1 if state.w_org else 0) + (1 if state.use_lang else 0) + (1 if state.use_rev else 0) \
        + (1 if state.anchors is not None else 0)
    while True:
        if work >= work_budget:
            stopped = "budget"
            break
        if (it & 15) == 0 and time.perf_counter() - start > wall_limit:
            stopped = "time"
            break
        it += 1
        work += 20
        cost = state.cost()
        best = _BestMove()
        seen = set()
        for _ in range(picks):
            r, p = _pick_hot(state, rng, rounds_with_moves)
            if (r, p) in seen:
                continue
            seen.add((r, p))
            work += unit * _scan(state, rng, r, p, tabu, it, cost, best_cost, best, sample, extra_terms)
            if tours and state.guest[p]:
                work += 15 * unit * _scan_tours(state, rng, r, p, tabu, it, cost, best_cost, best)
        move = best.move
        if move is None:
            continue
        r, p, q, b = move[:4]
        a = state.tab[r][p]
        tenure = 2 + rng.randrange(int((3 + n_active // 6) * tenure_scale) + 1)
        tabu[(r * n + p) * T + a] = it + tenure
        if len(move) == 5:  # p (and q) leave b in round r2
            r2 = move[4]
            tabu[(r2 * n + p) * T + b] = it + tenure
            if q >= 0:
                tabu[(r * n + q) * T + b] = it + tenure
                tabu[(r2 * n + q) * T + a] = it + tenure
        elif q >= 0:
            tabu[(r * n + q) * T + b] = it + tenure
        make_move(state, move)
        new_cost = state.cost()
        if new_cost < best_cost:
            best_cost = new_cost
            best_tab = state.snapshot()
            best_terms = state.terms()
            last_best = it
            if at_targets(best_terms):
                stopped = "bound"
                break
        elif it - last_best > stall_limit:
            state.restore(best_tab)
            _perturb(state, rng, rounds_with_moves)
            last_best = it
        # once the main goals are reached, organisation spread gets a limited polish
        if all(v <= t for v, t in zip(best_terms[:4], primary_targets)):
            if polish_since is None:
                polish_since = it
            elif it - polish_since > 20 * stall_limit:
                stopped = "polished"
                break
    return Result(best_tab, best_terms, it, work, stopped)


def make_move(state: State, move: tuple[int, ...]) -> None:
    """Makes a move as :func:`_scan` and :func:`_scan_tours` describe it: (r, p, q, b) swaps
    p and q in round r, (r, p, -1, b) shifts p to table b; with a fifth entry r2 the same
    happens in round r2 the other way round (a tour swap, or a tour shift of p alone)."""
    r, p, q, b = move[:4]
    a = state.tab[r][p]
    if len(move) == 5:
        r2 = move[4]
        if q >= 0:
            state.swap(r, p, q)
            state.swap(r2, p, q)
        else:
            state.shift(r, p, b)
            state.shift(r2, p, a)
    elif q >= 0:
        state.swap(r, p, q)
    else:
        state.shift(r, p, b)


def _scan(state: State, rng: random.Random, r: int, p: int, tabu: list[int], it: int, cost: int,
          best_cost: int, best: _BestMove, sample: int, extra_terms: bool) -> int:
    """Evaluates every swap of ``p`` with a movable person at another table of round ``r``
    and every allowed shift of ``p``; keeps the best non-tabu move in ``best``. Returns the
    number of evaluations.

    Repeat change of swapping ``p`` (table a) and ``q`` (table b), using ``C[x][x] == 0``:
    ``+ #{y in b: C[p][y] >= 1} - #{x in a: C[p][x] >= 2} - #{y in b: C[q][y] >= 2}
    + #{x in a: C[q][x] >= 1} - 2 [C[p][q] >= 1]`` (p and q never sit together, before or
    after)."""
    n, T = state.n, state.T
    a = state.tab[r][p]
    mem_r = state.mem[r]
    mov_r = state.movable[r]
    Ma = mem_r[a]
    C = state.C
    Cp = C[p]
    leave_p = 0
    for x in Ma:
        if Cp[x] >= 2:
            leave_p += 1
    lo_r, hi_r = state.inst.lo[r], state.inst.hi[r]
    can_shift_out = lo_r[a] < hi_r[a] and len(Ma) == hi_r[a]
    base_p = (r * n + p) * T
    tabu_q_base = r * n * T + a  # + q * T
    w_rep = state.w_rep
    tables = rng.sample(range(T), sample) if sample else range(T)
    work = 0
    best_d, best_move, ties = best.delta, best.move, best.ties
    limit = best_cost - cost  # a tabu move is allowed when d < limit (aspiration)
    inst = state.inst
    # organisations and languages are evaluated inline (they are the common extra terms);
    # revisits and old seats through State._rare_terms
    w_org = state.w_org
    if w_org:
        org = inst.org
        op = org[p]
        orgc_r = state.orgc[r]
        ca = orgc_r[a]
    use_lang = state.use_lang
    if use_lang:
        w_lang = state.w_lang
        lang = inst.lang
        bad_tables = state.lang_bad.pos
        lp = lang[p] or -1
        and_a = -1  # common languages of table a without p (-1: anything goes)
        for x in Ma:
            if x != p:
                and_a &= lang[x] or -1
        bad_a = (r * T + a) in bad_tables
    rare = state.use_rev or state.anchors is not None
    for b in tables:
        if b == a:
            continue
        Mb = mem_r[b]
        join_pb = 0
        for y in Mb:
            if Cp[y] >= 1:
                join_pb += 1
        base = join_pb - leave_p
        tabu_p = tabu[base_p + b] > it
        if w_org:
            cb = orgc_r[b]
        if use_lang:
            bad_ab = bad_a + ((r * T + b) in bad_tables)
            masks = [lang[y] or -1 for y in Mb]
            without = []  # common languages of table b without its k-th person
            acc = -1
            for m in masks:
                without.append(acc)
                acc &= m
            acc = -1
            for k in range(len(masks) - 1, -1, -1):
                without[k] &= acc
                acc &= masks[k]
        for k_q, q in enumerate(Mb):
            if not mov_r[q]:
                continue
            work += 1
            Cq = C[q]
            drep = base
            if Cp[q] >= 1:
                drep -= 2
            for y in Mb:
                if Cq[y] >= 2:
                    drep -= 1
            for x in Ma:
                if Cq[x] >= 1:
                    drep += 1
            d = w_rep * drep
            if extra_terms:
                if w_org:
                    oq = org[q]
                    if op != oq:
                        if op >= 0:
                            d += w_org * (cb.get(op, 0) - ca[op] + 1)
                        if oq >= 0:
                            d += w_org * (ca.get(oq, 0) - cb[oq] + 1)
                if use_lang:
                    lq = lang[q] or -1
                    if lq != lp:
                        d += w_lang * (((and_a & lq) == 0) + ((without[k_q] & lp) == 0) - bad_ab)
                if rare:
                    d += state._rare_terms(r, p, q, a, b)
            if best_d is not None and d > best_d:
                continue
            if (tabu_p or tabu[tabu_q_base + q * T] > it) and d >= limit:
                continue
            if best_d is None or d < best_d:
                best_d, best_move, ties = d, (r, p, q, b), 1
            else:
                ties += 1
                if rng.randrange(ties) == 0:
                    best_move = (r, p, q, b)
        if can_shift_out and lo_r[b] < hi_r[b] and len(Mb) == lo_r[b]:
            work += 1
            d = state.delta_shift(r, p, b)
            if best_d is not None and d > best_d:
                continue
            if tabu_p and d >= limit:
                continue
            if best_d is None or d < best_d:
                best_d, best_move, ties = d, (r, p, -1, b), 1
            else:
                ties += 1
                if rng.randrange(ties) == 0:
                    best_move = (r, p, -1, b)
    best.delta, best.move, best.ties = best_d, best_move, ties
    return work


def _scan_tours(state: State, rng: random.Random, r: int, p: int, tabu: list[int], it: int, cost: int,
                best_cost: int, best: _BestMove) -> int:
    """Question per table: guest ``p`` (table a in round r, table b in round r2) and a guest
    ``q`` at b in round r and at a in round r2 exchange their tables in both rounds. Both keep
    the set of tables they visit, so no revisit appears (single swaps nearly always create
    one when every guest visits every table). When the even sizes leave room, ``p`` may also
    exchange its own tables of rounds r and r2 alone (a *tour shift*: a at its larger size and
    b at its smaller one in round r, the other way round in r2), the single-person move that
    keeps a guest's tour when tables have free seats."""
    a = state.tab[r][p]
    n, T = state.n, state.T
    best_d, best_move, ties = best.delta, best.move, best.ties
    limit = best_cost - cost
    work = 0
    for r2 in range(state.R):
        if r2 == r or not state.movable[r2][p]:
            continue
        b = state.tab[r2][p]
        if b < 0 or b == a:
            continue
        if _can_shift(state, r, a, b) and _can_shift(state, r2, b, a):
            work += 1
            d1 = state.delta_shift(r, p, b)
            state.shift(r, p, b)
            d = d1 + state.delta_shift(r2, p, a)
            state.shift(r, p, a)  # undo
            if best_d is None or d <= best_d:
                is_tabu = tabu[(r * n + p) * T + b] > it or tabu[(r2 * n + p) * T + a] > it
                if not (is_tabu and d >= limit):
                    if best_d is None or d < best_d:
                        best_d, best_move, ties = d, (r, p, -1, b, r2), 1
                    else:
                        ties += 1
                        if rng.randrange(ties) == 0:
                            best_move = (r, p, -1, b, r2)
        for q in state.mem[r][b]:
            if q == p or state.tab[r2][q] != a or not state.movable[r][q] or not state.movable[r2][q]:
                continue
            work += 1
            d1 = state.delta_swap(r, p, q)
            state.swap(r, p, q)
            d = d1 + state.delta_swap(r2, p, q)
            state.swap(r, p, q)  # undo
            if best_d is not None and d > best_d:
                continue
            is_tabu = (tabu[(r * n + p) * T + b] > it or tabu[(r * n + q) * T + a] > it
                       or tabu[(r2 * n + p) * T + a] > it or tabu[(r2 * n + q) * T + b] > it)
            if is_tabu and d >= limit:
                continue
            if best_d is None or d < best_d:
                best_d, best_move, ties = d, (r, p, q, b, r2), 1
            else:
                ties += 1
                if rng.randrange(ties) == 0:
                    best_move = (r, p, q, b, r2)
    best.delta, best.move, best.ties = best_d, best_move, ties
    return work


def _can_shift(state: State, r: int, a: int, b: int) -> bool:
    """Round ``r`` stays balanced when somebody moves from table ``a`` to table ``b``: ``a``
    has its larger size and may shrink, ``b`` its smaller size and may grow (the water-filling
    sizes of :mod:`.model`; a seat beyond them would make the tables uneven)."""
    lo, hi = state.inst.lo[r], state.inst.hi[r]
    mem = state.mem[r]
    return a != b and lo[a] < hi[a] and len(mem[a]) == hi[a] and lo[b] < hi[b] and len(mem[b]) == lo[b]


def _round_has_move(state: State, r: int) -> bool:
    """Some swap or shift is possible in round ``r``: two movable people sit at different
    tables, or a movable person may shift to another table. Moves keep this true or false for
    good (a round whose movers all sit at one table that may not shrink never changes), so the
    search works on exactly these rounds, also when a round has a single movable person."""
    row = state.tab[r]
    tables = {row[i] for i in state.mov_lists[r] if row[i] >= 0}
    if len(tables) >= 2:
        return True
    return any(_can_shift(state, r, a, b) for a in tables for b in range(state.T))


def _pick_hot(state: State, rng: random.Random, rounds_with_moves: list[int]) -> tuple[int, int]:
    """A (round, movable person) that takes part in some cost term, else a random one."""
    n, T = state.n, state.T
    for _ in range(8):
        choices = []
        if len(state.lang_bad):
            choices.append(0)
        if state.rev:
            choices.append(1)
        if len(state.moved_bag):
            choices.append(2)
        if len(state.hot_pairs):
            choices.extend((3, 3))
        if state.w_org and len(state.org_bad):
            choices.append(4)
        if not choices or rng.random() < 0.03:
            break
        kind = choices[rng.randrange(len(choices))]
        if kind == 0:
            key = state.lang_bad.items[rng.randrange(len(state.lang_bad))]
            r, t = divmod(key, T)
            options = [x for x in state.mem[r][t] if state.movable[r][x]]
        elif kind == 1:
            key = state.rev_bad.items[rng.randrange(len(state.rev_bad))]
            i, t = divmod(key, T)
            seats = [(r, i) for r in range(state.R) if state.tab[r][i] == t and state.movable[r][i]]
            if seats:
                return seats[rng.randrange(len(seats))]
            continue
        elif kind == 2:
            key = state.moved_bag.items[rng.randrange(len(state.moved_bag))]
            r, i = divmod(key, n)
            if state.movable[r][i]:
                return r, i
            continue
        elif kind == 3:
            key = state.hot_pairs.items[rng.randrange(len(state.hot_pairs))]
            p, q = divmod(key, n)
            seats = []
            for r in range(state.R):
                t = state.tab[r][p]
                if t >= 0 and t == state.tab[r][q]:
                    if state.movable[r][p]:
                        seats.append((r, p))
                    if state.movable[r][q]:
                        seats.append((r, q))
            if seats:
                return seats[rng.randrange(len(seats))]
            continue
        else:
            key = state.org_bad.items[rng.randrange(len(state.org_bad))]
            r, t = divmod(key, T)
            counts = state.orgc[r][t]
            org = state.inst.org
            options = [x for x in state.mem[r][t] if state.movable[r][x] and org[x] >= 0 and counts[org[x]] >= 2]
        if options:
            return r, options[rng.randrange(len(options))]
    r = rounds_with_moves[rng.randrange(len(rounds_with_moves))]
    movers = state.mov_lists[r]
    return r, movers[rng.randrange(len(movers))]


def _perturb(state: State, rng: random.Random, rounds_with_moves: list[int]) -> None:
    steps = 1 + rng.randrange(2 + max(len(m) for m in state.mov_lists) // 12)
    for _ in range(steps):
        r = rounds_with_moves[rng.randrange(len(rounds_with_moves))]
        movers = state.mov_lists[r]
        p = movers[rng.randrange(len(movers))]
        q = movers[rng.randrange(len(movers))]
        a = state.tab[r][p]
        if a != state.tab[r][q]:
            state.swap(r, p, q)
        else:  # same table (or the round's only mover): a shift to a table with room, if any
            tables = [b for b in range(state.T) if _can_shift(state, r, a, b)]
            if tables:
                state.shift(r, p, tables[rng.randrange(len(tables))])
