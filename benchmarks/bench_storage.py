"""Storage at scale: writing and searching 5,000 contributions, creating and listing 500
measures over them, and importing a registration list of 10,000 people as one undoable step.

    python benchmarks/bench_storage.py

These are the figures the unit tests used to time (tests/storage/test_search.py,
tests/storage/test_measures_repo.py, tests/reliability/test_bad_imports.py); the tests now
prove what happens at that scale, this measures how fast. Goals: insert 5,000 contributions
< 1 s, 7 searches < 0.5 s, create 500 measures < 2 s, list and filter them < 1 s, import
10,000 people < 10 s, its undo and redo < 10 s each. The store is used without Qt except for
the import, which runs through the document's undo stack as the app does.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = "bostäder unga skola lärare rasism park belysning trygghet kvinnor hatbrott språk tolk".split()
QUERIES = ("bostäder", "unga skola", "förs*", "nummer 4999", "trygghet", '"förslag nummer"', "saknas")


def _row(name: str, seconds: float, goal: float, detail: str = "") -> dict:
    verdict = "met" if seconds < goal else "NOT met"
    return {"benchmark": f"storage: {name}", "median_s": seconds,
            "detail": f"{detail}{'; ' if detail else ''}goal < {goal:g} s ({verdict})"}


def _timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _search_rows(folder: Path) -> list[dict]:
    from facilitator.domain.entities import Contribution, Meeting
    from facilitator.storage.process_store import ProcessStore
    from facilitator.storage.search import search

    store = ProcessStore.create(folder / "sök.facilitator", "Sök")
    try:
        meeting = store.insert(Meeting(title="Stor"))
        rows = [Contribution(meeting_id=meeting.id, text=f"{WORDS[i % 12]} {WORDS[(i * 7) % 12]} förslag nummer {i}")
                for i in range(5000)]
        inserted, _ = _timed(lambda: store.insert_many(rows))
        searches = [_timed(lambda: [search(store, text) for text in QUERIES])[0] for _ in range(3)]
    finally:
        store.close()
    return [_row("insert 5,000 contributions (one insert_many)", inserted, 1.0),
            _row(f"{len(QUERIES)} searches over 5,000 contributions", statistics.median(searches), 0.5,
                 "median of 3")]


def _measure_rows(folder: Path) -> list[dict]:
    from facilitator.domain.entities import Contribution, Measure, Meeting, Theme
    from facilitator.storage.measures_repo import (
        MeasureFilter,
        create_measure,
        list_measures,
        measure_ids_by_contribution,
    )
    from facilitator.storage.process_store import ProcessStore

    rng = random.Random(5)
    store = ProcessStore.create(folder / "plan.facilitator", "Plan")
    try:
        meetings = store.insert_many([Meeting(title=f"M{i}", date=f"2027-0{1 + i % 9}-10") for i in range(10)])
        themes = store.insert_many([Theme(meeting_id=meetings[i % 10].id, title=f"T{i}") for i in range(50)])
        contributions = store.insert_many(
            Contribution(meeting_id=meetings[i % 10].id, text=f"Idé {i}", theme_id=themes[i % 50].id if i % 3 else None)
            for i in range(5000))

        def create() -> None:
            with store.transaction():
                for i in range(500):
                    create_measure(
                        store,
                        Measure(title=f"Åtgärd {i}", owner="Åsa Öberg", eccar_point=1 + i % 10, track=1 + i % 4,
                                department=f"F{i % 7}", due_date=f"2027-{1 + i % 12:02d}-01"),
                        contribution_ids=[c.id for c in rng.sample(contributions, 3)],
                        theme_ids=[themes[i % 50].id],
                    )

        def listing() -> None:
            list_measures(store)
            list_measures(store, MeasureFilter(eccar_points=frozenset({3}), tracks=frozenset({1, 2, 3, 4})))
            list_measures(store, MeasureFilter(overdue_on=date(2027, 6, 15)))
            list_measures(store, MeasureFilter(meeting_ids=frozenset({meetings[0].id}), departments=frozenset({"f1"})))
            measure_ids_by_contribution(store)

        created, _ = _timed(create)
        listed = statistics.median(_timed(listing)[0] for _ in range(3))
    finally:
        store.close()
    return [_row("create 500 measures linked to 5,000 contributions", created, 2.0),
            _row("list and filter 500 measures (4 lists and the contribution map)", listed, 1.0, "median of 3")]


def _import_rows(folder: Path) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from facilitator.importers.registration_list import read_registration_list
    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.document import ProcessDocument
    from facilitator.ui.meeting import meeting_edits as edits

    QApplication.instance() or QApplication([])
    lines = ["Förnamn;Efternamn;Organisation;Kategori;E-post"]
    lines += [f"Åsa{i};Öberg{i};Förening {i % 50};Förening;asa{i}@example.se" for i in range(10_000)]
    path = folder / "stor.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    preview = read_registration_list(path)
    store = ProcessStore.create(folder / "register.facilitator", "Register")
    try:
        document = ProcessDocument(store)
        imported, count = _timed(lambda: edits.import_participants(document, preview))
        undone, _ = _timed(document.undo_stack.undo)
        redone, _ = _timed(document.undo_stack.redo)
        document.undo_stack.clear()
    finally:
        store.close()
    return [_row("import a list of 10,000 people (one step)", imported, 10.0, f"{count} imported"),
            _row("undo that import", undone, 10.0),
            _row("redo it", redone, 10.0)]


def _measure() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bench-storage-") as name:
        folder = Path(name)
        return _search_rows(folder) + _measure_rows(folder) + _import_rows(folder)


def run() -> list[dict]:
    """The figures, measured in a child process of its own (the import needs a QApplication)."""
    result = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--json"], capture_output=True,
                            text=True, cwd=ROOT, check=True, timeout=600)
    return json.loads(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1:2] == ["--json"]:
        print(json.dumps(_measure()))
        sys.exit(0)
    for row in _measure():
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
