"""Full-text search over what was said and decided in a process (SQLite FTS5).

Searched: contributions (their text), mitigations, themes (title, description), measures
(title; description, goal, owner, department, indicators) and harvest items. The index is
the ``search_index`` table of migration ``0003_contribution_search``, written by triggers,
with ``unicode61 remove_diacritics 0``: case is ignored, but å, ä and ö are letters of
their own ("öga" does not find "oga").

A delete leaves the index entry behind: searches join every hit to its source row, so a
deleted row is never found, and the row restored by undo finds its entry waiting, so a
delete and its undo leave the file exactly as it was. ``purge_search_index`` drops such
leftovers (the app can call it when undo can no longer bring them back, e.g. on closing).

User input is never passed to FTS5 as it is: ``build_query`` turns it into quoted terms, so
quotes, brackets, AND/OR/NOT/NEAR, colons and stars cannot raise or change the meaning.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class ProcessStore(Protocol):
    """What the index needs of a store (the store tidies the index when it closes, so this
    module does not import it back)."""

    conn: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[object]: ...

TABLE = "search_index"


class SearchKind(StrEnum):
    CONTRIBUTION = "contribution"
    MITIGATION = "mitigation"
    THEME = "theme"
    MEASURE = "measure"
    HARVEST_ITEM = "harvest_item"


#: kind → (code in the rowid, source table, title expression, body expression); the same
#: text the triggers of migration 0003 write. ``{r}`` is the source row.
SOURCES: dict[SearchKind, tuple[int, str, str, str]] = {
    SearchKind.CONTRIBUTION: (1, "contribution", "''", "{r}.text"),
    SearchKind.MITIGATION: (2, "mitigation", "''", "{r}.text"),
    SearchKind.THEME: (3, "theme", "{r}.title", "{r}.description"),
    SearchKind.MEASURE: (
        4,
        "measure",
        "{r}.title",
        "{r}.description || char(10) || {r}.goal || char(10) || {r}.owner || char(10) || "
        "{r}.department || char(10) || {r}.indicators",
    ),
    SearchKind.HARVEST_ITEM: (5, "harvest_item", "''", "{r}.text"),
}
KIND_BY_CODE = {code: kind for kind, (code, *_rest) in SOURCES.items()}
ROWID_FACTOR = 8

#: Marks around the matched words in a snippet: private-use characters, which typed text
#: does not contain, so the UI can split safely (``SearchHit.parts``).
MARK_START = "\ue000"
MARK_END = "\ue001"

TITLE_WEIGHT = 3.0  # a match in a title or a measure's title counts more than in the body


@dataclass(frozen=True)
class SearchHit:
    kind: SearchKind
    id: int
    meeting_id: int | None  # for a measure its meeting of origin; a theme may have none
    snippet: str  # matched words between MARK_START and MARK_END
    score: float  # higher is better
    contribution_id: int | None = None  # a contribution's own id, or a mitigation's risk

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is a match) pieces, for highlighting."""
        pieces: list[tuple[str, bool]] = []
        for index, chunk in enumerate(re.split(f"[{MARK_START}{MARK_END}]", self.snippet)):
            if chunk:
                pieces.append((chunk, index % 2 == 1))
        return pieces

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MARK_START, "").replace(MARK_END, "")


# -- the query builder --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_SEGMENT = re.compile(r'"([^"]*)"(\*?)|([^\s"]+)|"')


def build_query(text: str, *, prefix_last: bool = False) -> str | None:
    """An FTS5 query for what a person typed, or None when there is nothing to search for.

    Words are ANDed. "quoted words" are a phrase; a word ending in * is a prefix ("bost*"
    finds bostad, bostäder). ``prefix_last`` treats the last word as a prefix too, for
    search as you type. Everything else is taken literally: every term is quoted, so FTS5
    operators and syntax in the input are just words, and unbalanced quotes are ignored.
    """
    text = unicodedata.normalize("NFC", text or "")
    terms: list[str] = []
    last_bare = -1
    for match in _SEGMENT.finditer(text):
        phrase, phrase_star, bare = match.group(1), match.group(2), match.group(3)
        if phrase is not None:
            words = _WORD.findall(phrase)
            star = bool(phrase_star)
        elif bare is not None:
            words = _WORD.findall(bare)
            star = bare.endswith("*")
        else:
            continue  # a lone quote
        if not words:
            continue
        terms.append('"' + " ".join(words) + '"' + ("*" if star else ""))
        if bare is not None:
            last_bare = len(terms) - 1
    if not terms:
        return None
    if prefix_last and last_bare == len(terms) - 1 and not terms[-1].endswith("*"):
        terms[-1] += "*"
    return " ".join(terms)


# -- searching -----------------------------------------------------------------------------------


def _case(pattern: str) -> str:
    """A CASE over the kind code, with ``pattern`` formatted per source ({table}, {code})."""
    whens = " ".join(
        f"WHEN {code} THEN {pattern.format(table=table, code=code)}" for code, table, _t, _b in SOURCES.values()
    )
    return f"CASE code {whens} END"


_ALIVE = _case("EXISTS (SELECT 1 FROM [{table}] WHERE id = ref)")
_MEETING = (
    "CASE code "
    "WHEN 1 THEN (SELECT meeting_id FROM contribution WHERE id = ref) "
    "WHEN 2 THEN (SELECT c.meeting_id FROM mitigation m JOIN contribution c ON c.id = m.contribution_id "
    "WHERE m.id = ref) "
    "WHEN 3 THEN (SELECT meeting_id FROM theme WHERE id = ref) "
    "WHEN 4 THEN (SELECT origin_meeting_id FROM measure WHERE id = ref) "
    "WHEN 5 THEN (SELECT meeting_id FROM harvest_item WHERE id = ref) END"
)
_CONTRIBUTION = "CASE code WHEN 1 THEN ref WHEN 2 THEN (SELECT contribution_id FROM mitigation WHERE id = ref) END"


def search(
    store: ProcessStore,
    text: str,
    *,
    kinds: Iterable[SearchKind | str] | None = None,
    meeting_ids: Iterable[int] | None = None,
    limit: int = 50,
    prefix_last: bool = False,
    snippet_words: int = 12,
) -> list[SearchHit]:
    """The best matches for what was typed, best first. Never raises on odd input."""
    query = build_query(text, prefix_last=prefix_last)
    if query is None or limit <= 0:
        return []
    conditions, params = ["alive"], {"query": query, "limit": int(limit)}
    if kinds is not None:
        codes = sorted({SOURCES[SearchKind(kind)][0] for kind in kinds})
        if not codes:
            return []
        conditions.append(f"code IN ({', '.join(str(c) for c in codes)})")
    if meeting_ids is not None:
        wanted = sorted({int(m) for m in meeting_ids})
        if not wanted:
            return []
        conditions.append(f"meeting_id IN ({', '.join(str(m) for m in wanted)})")
    sql = f"""
        WITH hits AS (
            SELECT rowid AS key, rowid / {ROWID_FACTOR} AS ref, rowid % {ROWID_FACTOR} AS code,
                   bm25({TABLE}, {TITLE_WEIGHT}, 1.0) AS score
            FROM {TABLE} WHERE {TABLE} MATCH :query
        ),
        described AS (
            SELECT key, ref, code, score, {_ALIVE} AS alive, {_MEETING} AS meeting_id,
                   {_CONTRIBUTION} AS contribution_id
            FROM hits
        )
        SELECT key, ref, code, score, meeting_id, contribution_id FROM described
        WHERE {' AND '.join(conditions)}
        ORDER BY score, key LIMIT :limit
    """
    try:
        rows = store.conn.execute(sql, params).fetchall()
        if not rows:
            return []
        snippets = dict(
            store.conn.execute(
                f"SELECT rowid, snippet({TABLE}, -1, ?, ?, '…', ?) FROM {TABLE} "
                f"WHERE {TABLE} MATCH ? AND rowid IN ({', '.join(str(r[0]) for r in rows)})",
                [MARK_START, MARK_END, max(1, min(int(snippet_words), 64)), query],
            ).fetchall()
        )
    except sqlite3.OperationalError:
        # build_query only produces quoted terms, so this is not expected; a search box
        # must still never crash the window.
        return []
    return [
        SearchHit(KIND_BY_CODE[code], ref, meeting_id, _one_line(snippets.get(key, "")), -score, contribution_id)
        for key, ref, code, score, meeting_id, contribution_id in rows
    ]


def _one_line(snippet: str) -> str:
    """A measure's fields are indexed one per line; a snippet shows them as one line."""
    return " · ".join(line.strip() for line in snippet.splitlines() if line.strip())


# -- upkeep ---------------------------------------------------------------------------------------


def purge_search_index(store: ProcessStore) -> int:
    """Drops the entries of deleted rows; returns how many. Undo's restore of such a row
    afterwards still works: its insert trigger writes the entry again."""
    with store.transaction():
        before = store.conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
        store.conn.execute(
            f"DELETE FROM {TABLE} WHERE rowid IN ("
            f"SELECT key FROM (SELECT rowid AS key, rowid / {ROWID_FACTOR} AS ref, "
            f"rowid % {ROWID_FACTOR} AS code FROM {TABLE}) WHERE NOT coalesce({_ALIVE}, 0))"
        )
        after = store.conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
    return before - after


def rebuild_search_index(store: ProcessStore) -> None:
    """Writes the whole index again from the source rows (a repair; never needed normally)."""
    with store.transaction():
        store.conn.execute(f"DELETE FROM {TABLE}")
        for code, table, title, body in SOURCES.values():
            store.conn.execute(
                f"INSERT INTO {TABLE}(rowid, title, body) SELECT id * {ROWID_FACTOR} + {code}, "
                f"{title.format(r=table)}, {body.format(r=table)} FROM [{table}]"
            )


def search_index_problems(store: ProcessStore) -> list[tuple[SearchKind, int]]:
    """Source rows whose index entry is missing or has other text (empty when in sync)."""
    problems: list[tuple[SearchKind, int]] = []
    for kind, (code, table, title, body) in SOURCES.items():
        rows = store.conn.execute(
            f"SELECT s.id FROM [{table}] s LEFT JOIN {TABLE} i ON i.rowid = s.id * {ROWID_FACTOR} + {code} "
            f"WHERE i.rowid IS NULL OR i.title IS NOT {title.format(r='s')} OR i.body IS NOT {body.format(r='s')}"
        ).fetchall()
        problems.extend((kind, row[0]) for row in rows)
    return problems
