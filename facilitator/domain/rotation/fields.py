"""Small finite rings for the planner's starting schedules (pure Python, no Qt).

The planner places people on a grid of ``q`` columns (``q`` = number of tables) and gives
the person in row ``j`` and column ``c`` the table ``c + m_r * j`` in round ``r`` (more
generally ``c + offsets[j][r]``, see :func:`offsets`). Two people
``(j1, a)`` and ``(j2, b)`` then share a table in round ``r`` exactly when
``a - b = m_r * (j2 - j1)``. When ``q`` is a prime power the arithmetic is that of the field
GF(q): for ``j1 != j2`` at most one ``m_r`` solves the equation, so with distinct multipliers
no pair ever meets twice (the affine plane AG(2, q)), people in the same row never meet at all,
and row 0 never moves (hosts). For other ``q`` a small depth-first search over Z_q
finds offsets with the same property when they exist (e.g. 6 tables of 5 for 5 rounds).
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # random is imported where it is used (start-up time)
    import random


def prime_power(q: int) -> tuple[int, int] | None:
    """(p, k) with q = p**k, or None."""
    if q < 2:
        return None
    for p in range(2, q + 1):
        if q % p == 0:
            k, rest = 0, q
            while rest % p == 0:
                rest //= p
                k += 1
            return (p, k) if rest == 1 else None
    return None  # pragma: no cover


def _poly_mod(a: list[int], m: list[int], p: int) -> list[int]:
    a = a[:]
    while len(a) >= len(m):
        coef = a[-1] % p
        shift = len(a) - len(m)
        if coef:
            for i, c in enumerate(m):
                a[shift + i] = (a[shift + i] - coef * c) % p
        a.pop()
    return a


def _irreducible(p: int, k: int) -> list[int]:
    """A monic irreducible polynomial of degree k over Z_p (coefficients low to high)."""
    for tail in itertools.product(range(p), repeat=k):
        poly = list(tail) + [1]
        if poly[0] == 0:
            continue
        ok = True
        for deg in range(1, k // 2 + 1):
            for low in itertools.product(range(p), repeat=deg):
                divisor = list(low) + [1]
                if not any(_poly_mod(poly, divisor, p)):
                    ok = False
                    break
            if not ok:
                break
        if ok:
            return poly
    raise AssertionError("no irreducible polynomial")  # pragma: no cover


@functools.lru_cache(maxsize=32)
def ring(q: int) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...], bool]:
    """(add, mul, is_field) tables for GF(q) when q is a prime power, else for Z_q."""
    pk = prime_power(q)
    if pk is None or pk[1] == 1:
        add = tuple(tuple((a + b) % q for b in range(q)) for a in range(q))
        mul = tuple(tuple((a * b) % q for b in range(q)) for a in range(q))
        return add, mul, pk is not None
    p, k = pk
    modulus = _irreducible(p, k)

    def digits(x: int) -> list[int]:
        return [(x // p**i) % p for i in range(k)]

    def number(ds: list[int]) -> int:
        return sum(d * p**i for i, d in enumerate(ds))

    add = tuple(tuple(number([(x + y) % p for x, y in zip(digits(a), digits(b))]) for b in range(q)) for a in range(q))
    mul_rows = []
    for a in range(q):
        row = []
        da = digits(a)
        for b in range(q):
            db = digits(b)
            prod = [0] * (2 * k - 1)
            for i, x in enumerate(da):
                for j, y in enumerate(db):
                    prod[i + j] = (prod[i + j] + x * y) % p
            rest = _poly_mod(prod, modulus, p) if len(prod) >= len(modulus) else prod
            rest = (rest + [0] * k)[:k]
            row.append(number(rest))
        mul_rows.append(tuple(row))
    return add, tuple(mul_rows), True


def _field_offsets(q: int, rows: int, rounds: int) -> list[list[int]]:
    add, mul, _ = ring(q)
    return [[mul[r][j] for r in range(rounds)] for j in range(rows)]


def _backtrack(
    T: int, rows: int, rounds: int, limit: int, rng: random.Random | None = None
) -> tuple[list[list[int]] | None, int, bool]:
    """Offsets with all pairwise differences distinct over the rounds, by depth-first search
    (``limit`` nodes at most; values in random order when ``rng`` is given). Row 0 and round
    0 are 0 (no loss of generality). Returns (offsets or None, nodes used, whether the search
    was complete, i.e. None means that no such offsets exist)."""
    f = [[0] * rounds for _ in range(rows)]
    cells = [(j, r) for j in range(1, rows) for r in range(1, rounds)]
    nodes = 0

    def fits(j: int, r: int, v: int) -> bool:
        mine = f[j]
        for jj in range(j):
            row = f[jj]
            d = (v - row[r]) % T
            for rr in range(r):
                if (mine[rr] - row[rr]) % T == d:
                    return False
        return True

    def place(k: int) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > limit:
            raise TimeoutError
        if k == len(cells):
            return True
        j, r = cells[k]
        values = list(range(1, T))
        if rng is not None:
            rng.shuffle(values)
        for v in values:
            if fits(j, r, v):
                f[j][r] = v
                if place(k + 1):
                    return True
        f[j][r] = 0
        return False

    try:
        return (f if place(0) else None), nodes, True
    except TimeoutError:
        return None, nodes, False


def _local_search(T: int, rows: int, rounds: int, start: list[list[int]], steps: int,
                  seed: int = 1) -> tuple[list[list[int]], int]:
    """Min-conflicts tabu search on the offsets (a tiny problem: (rows-1) x (rounds-1) cells).
    A *clash* is a pair of rows whose differences agree in two rounds; returns the best
    offsets and their number of clashes."""
    import random

    rng = random.Random(seed)
    f = [list(row) for row in start]
    # count[j1][j2][d]: rounds where row j2 minus row j1 equals d (j1 < j2)
    count = [[[0] * T for _ in range(rows)] for _ in range(rows)]
    clashes = 0
    for j1 in range(rows):
        for j2 in range(j1 + 1, rows):
            c = count[j1][j2]
            for r in range(rounds):
                d = (f[j2][r] - f[j1][r]) % T
                clashes += c[d]
                c[d] += 1
    best, best_f = clashes, [list(row) for row in f]
    cells = [(j, r) for j in range(1, rows) for r in range(1, rounds)]
    tabu: dict[tuple[int, int, int], int] = {}

    def delta(j: int, r: int, v: int) -> int:
        old = f[j][r]
        d_total = 0
        for jj in range(rows):
            if jj == j:
                continue
            if jj < j:
                c = count[jj][j]
                a, b = (old - f[jj][r]) % T, (v - f[jj][r]) % T
            else:
                c = count[j][jj]
                a, b = (f[jj][r] - old) % T, (f[jj][r] - v) % T
            if a != b:
                d_total += c[b] - (c[a] - 1)
        return d_total

    def apply(j: int, r: int, v: int) -> None:
        old = f[j][r]
        for jj in range(rows):
            if jj == j:
                continue
            if jj < j:
                c = count[jj][j]
                a, b = (old - f[jj][r]) % T, (v - f[jj][r]) % T
            else:
                c = count[j][jj]
                a, b = (f[jj][r] - old) % T, (f[jj][r] - v) % T
            c[a] -= 1
            c[b] += 1
        f[j][r] = v

    for step in range(steps):
        if best == 0 or not cells:
            break
        hot: set[tuple[int, int]] = set()
        for j1 in range(rows):
            row1 = f[j1]
            for j2 in range(j1 + 1, rows):
                c = count[j1][j2]
                row2 = f[j2]
                for r in range(1, rounds):
                    if c[(row2[r] - row1[r]) % T] > 1:
                        if j1:
                            hot.add((j1, r))
                        hot.add((j2, r))
        if not hot:
            break
        hot_cells = sorted(hot)
        moves = []
        best_d = None
        for (j, r) in (hot_cells if len(hot_cells) <= 4 else rng.sample(hot_cells, 4)):
            for v in range(T):
                if v == f[j][r]:
                    continue
                d = delta(j, r, v)
                if tabu.get((j, r, v), -1) >= step and clashes + d >= best:
                    continue
                if best_d is None or d < best_d:
                    best_d, moves = d, [(j, r, v)]
                elif d == best_d:
                    moves.append((j, r, v))
        if not moves:
            continue
        assert best_d is not None  # set with the first move
        j, r, v = moves[rng.randrange(len(moves))]
        tabu[(j, r, f[j][r])] = step + 2 + rng.randrange(6)
        apply(j, r, v)
        clashes += best_d
        if clashes < best:
            best, best_f = clashes, [list(row) for row in f]
    return best_f, best


@functools.lru_cache(maxsize=128)
def offsets(T: int, rows: int, rounds: int) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]]:
    """(``offsets``, ``add``): person ``(j, c)`` of the grid sits at table
    ``add[c][offsets[j][r]]`` in round ``r`` (``add`` is the addition of GF(T) for a prime
    power ``T``, else of Z_T). Two people ``(j1, a)``, ``(j2, b)`` meet in round ``r`` iff
    ``a - b = offsets[j2][r] - offsets[j1][r]``, so when the differences between any two rows
    are distinct over the rounds nobody meets twice (a partial difference matrix over Z_T; for
    a prime power GF(T) gives one directly: the affine plane). Row 0 is always 0 (it never
    moves), so its positions suit hosts, and in every other row the tables differ from round
    to round. Otherwise a short depth-first search, then a small tabu search on the offsets
    themselves, look for such a matrix; failing that the offsets with the fewest clashes are
    returned (the planner's search takes it from there). Deterministic."""
    rows = max(1, rows)
    pk = prime_power(T)
    if pk is not None and rows <= T and rounds <= T:
        add = ring(T)[0]
        return tuple(tuple(row) for row in _field_offsets(T, rows, rounds)), add
    z_add = tuple(tuple((a + b) % T for b in range(T)) for a in range(T))
    if T == 1 or rounds == 1:
        return tuple(tuple(0 for _ in range(rounds)) for _ in range(rows)), z_add
    f = None
    if rounds <= T and rows <= T:
        f = _backtrack(T, rows, rounds, 1500)[0]
    if f is None:
        start = [[(r * j) % T for r in range(rounds)] for j in range(rows)]
        f, _ = _local_search(T, rows, rounds, start, steps=600)
    return tuple(tuple(row) for row in f), z_add


@functools.lru_cache(maxsize=128)
def perfect_prefix(T: int, rows: int, rounds: int, effort: int = 4000) -> tuple[
        tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...], int, int]:
    """(``offsets``, ``add``, ``k``, nodes): offsets for the first ``k`` rounds with no clash
    at all, ``k <= rounds`` as large as a search of about ``effort`` nodes finds (complete
    depth-first search first, then randomised restarts; deterministic). With ``T`` even and
    ``T`` rounds no such offsets exist for three rows or more (they would give an
    orthomorphism of Z_T), so at most ``T - 1`` rounds are tried."""
    import random

    rows = max(1, rows)
    pk = prime_power(T)
    top = min(rounds, T)
    if pk is not None and rows <= T:
        return tuple(tuple(row) for row in _field_offsets(T, rows, top)), ring(T)[0], top, 0
    z_add = tuple(tuple((a + b) % T for b in range(T)) for a in range(T))
    if pk is None and T % 2 == 0 and top == T and rows >= 3:
        top = T - 1
    rng = random.Random(T * 10007 + rows * 101 + rounds)
    used = 0
    for k in range(top, 1, -1):
        f, nodes, complete = _backtrack(T, rows, k, 1500 if k == top else 400)
        used += nodes
        while f is None and not complete and k == top and used < effort:
            f, nodes, _ = _backtrack(T, rows, k, 300, rng)
            used += nodes
        if f is not None:
            return tuple(tuple(row) for row in f), z_add, k, used
    return tuple((0,) for _ in range(rows)), z_add, 1, used
