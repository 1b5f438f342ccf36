"""Capture during a meeting with 5,000 contributions: Enter to the row being in the list.

Times ~50 Enter presses on the real CapturePage (offscreen), from the key press to the new
contribution being committed to the file and its row being in the view's model; next to it,
the same insert through the shared EntityTableModel (which re-indexes every row on each
insert) for comparison. Goal: median under 50 ms. Then the harvest page on the same meeting:
opening it (goal < 3 s), putting 500 contributions in a theme and undoing it (< 2 s each).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("bostäder skola rekrytering stöd information språk förtroende anmälan utbildning fritid diskriminering "
         "föreningar kommunen förvaltningen bordsvärd uppföljning åtgärd ansvarig").split()
KINDS = ("idea", "note", "question", "quote", "risk", "obstacle")


def build_process(path: Path, contributions: int = 5000, seed: int = 11) -> tuple[Path, int]:
    """A World Café with 10 tables, 5 rounds and ``contributions`` contributions (bulk insert)."""
    from facilitator.domain.entities import CafeTable, Contribution, Meeting, Mitigation, Question, Round
    from facilitator.storage.process_store import ProcessStore

    rng = random.Random(seed)
    store = ProcessStore.create(path, "Stor process", "Benchmark kommun")
    with store.transaction():
        meeting = store.insert(Meeting(format="world_cafe", title="Stort café", date="2027-02-04"))
        tables = store.insert_many(CafeTable(meeting_id=meeting.id, name=f"Bord {t + 1}", position=t) for t in range(10))
        rounds = store.insert_many(Round(meeting_id=meeting.id, number=n) for n in range(1, 6))
        questions = store.insert_many(Question(meeting_id=meeting.id, round_number=n, position=n, text=f"Fråga {n}")
                                      for n in range(1, 6))

        def contribution(position: int) -> Contribution:
            number = rng.randrange(5)
            return Contribution(
                meeting_id=meeting.id, kind=rng.choice(KINDS),
                text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30))).capitalize() + ".",
                round_id=rounds[number].id, table_id=rng.choice(tables).id, question_id=questions[number].id,
                position=position)

        stored = store.insert_many(contribution(i) for i in range(contributions))
        store.insert_many(Mitigation(contribution_id=c.id, position=k, text="Åtgärd för att minska risken")
                          for c in stored if c.kind == "risk" for k in range(2))
    store.close()
    return path, meeting.id


def _enter_times(page, presses: int) -> list[float]:
    """Seconds from Enter to the committed row being in the view's model, per press."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times = []
    seen = []
    page.captured.connect(seen.append)
    view_model = page.view.model()
    for n in range(presses):
        page.entry.setPlainText(f"Bidrag nummer {n} om förtroende och bemötande")
        before = view_model.rowCount()
        start = time.perf_counter()
        QTest.keyClick(page.entry, Qt.Key.Key_Return)
        elapsed = time.perf_counter() - start
        assert seen and view_model.rowCount() == before + 1, "the row did not reach the view"
        times.append(elapsed)
        seen.clear()
        if n % 10 == 9:
            page.step_table(1)  # like a coordinator going round the tables
    return times


def _entity_model_times(document, meeting_id: int, presses: int) -> list[float]:
    """The same capture into the shared EntityTableModel over the meeting's contributions."""
    from facilitator.domain.entities import Contribution
    from facilitator.ui.capture import capture_edits
    from facilitator.ui.common.entity_model import Column, EntityTableModel

    model = EntityTableModel(document, Contribution, [Column("Text", lambda c: c.text)],
                             where="meeting_id = ?", params=(meeting_id,), order_by="position, id")
    times = []
    for n in range(presses):
        before = model.rowCount()
        start = time.perf_counter()
        capture_edits.add_contribution(document, meeting_id, f"Jämförelse {n}")
        times.append(time.perf_counter() - start)
        assert model.rowCount() == before + 1
    model.deleteLater()
    return times


def _harvest_rows(document, meeting_id: int, contributions: int, app) -> list[dict]:
    """The harvest page with the whole meeting: opening it, putting 500 contributions in a
    theme (one step) and undoing it, each until the page has handled its events. Goals: open
    < 3 s, the edit and its undo < 2 s each (tests/ui/test_harvest_page.py proves that they
    update rows rather than reload the meeting)."""
    from facilitator.domain.entities import Contribution, Theme
    from facilitator.ui.harvest import harvest_edits as he
    from facilitator.ui.harvest.harvest_page import HarvestPage

    store = document.store
    theme = store.insert(Theme(meeting_id=meeting_id, title="Allt"))
    ids = [c.id for c in store.list(Contribution, "meeting_id = ?", (meeting_id,))][:500]
    page = HarvestPage(document)
    page.resize(1200, 760)
    start = time.perf_counter()
    page.show_meeting(meeting_id)
    page.show()
    app.processEvents()
    opened = time.perf_counter() - start
    start = time.perf_counter()
    he.assign_theme(document, ids, theme.id)
    app.processEvents()
    assigned = time.perf_counter() - start
    start = time.perf_counter()
    document.undo_stack.undo()
    app.processEvents()
    undone = time.perf_counter() - start
    page.close()
    page.deleteLater()
    app.processEvents()

    def verdict(seconds: float, goal: float) -> str:
        return f"goal < {goal:g} s ({'met' if seconds < goal else 'NOT met'})"

    return [
        {"benchmark": f"harvest: open a meeting with {contributions} contributions", "median_s": opened,
         "detail": f"once; {verdict(opened, 3)}"},
        {"benchmark": "harvest: put 500 contributions in a theme", "median_s": assigned,
         "detail": f"one step, rows updated; {verdict(assigned, 2)}"},
        {"benchmark": "harvest: undo that", "median_s": undone, "detail": verdict(undone, 2)},
    ]


def run(presses: int = 50, contributions: int = 5000) -> list[dict]:
    """The figures; measured in a child process when this one already has a Qt application
    without widgets (``make bench`` runs the export benchmark first)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if existing is None or isinstance(existing, QApplication):
        return _measure(presses, contributions)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--json", str(presses), str(contributions)],
        capture_output=True, text=True, cwd=ROOT, env=env, check=True, timeout=600)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _measure(presses: int, contributions: int) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.capture.capture_page import CapturePage
    from facilitator.ui.document import ProcessDocument

    app = QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path, meeting_id = build_process(Path(folder) / "stor.facilitator", contributions)
        store = ProcessStore.open(path)
        try:
            document = ProcessDocument(store)
            page = CapturePage(document)
            page.resize(1200, 760)
            start = time.perf_counter()
            page.show_meeting(meeting_id)
            page.show()
            app.processEvents()
            opened = time.perf_counter() - start
            rows.append({"benchmark": f"capture: open a meeting with {contributions} contributions",
                         "median_s": opened, "detail": "list, counts and overview, once"})
            page.only_here.setChecked(False)  # the whole list: the worst case for the view
            _enter_times(page, 5)  # warm up
            times = _enter_times(page, presses)
            median = statistics.median(times)
            rows.append({"benchmark": f"capture: Enter to row shown, {contributions} contributions",
                         "median_s": median,
                         "detail": f"max {max(times) * 1000:.1f} ms over {presses} presses; goal < 50 ms "
                                   f"({'met' if median < 0.05 else 'NOT met'})"})
            page.close()
            page.deleteLater()
            app.processEvents()
            shared = statistics.median(_entity_model_times(document, meeting_id, presses))
            rows.append({"benchmark": "capture: same insert into the shared EntityTableModel (no page)",
                         "median_s": shared, "detail": "for comparison: it re-indexes all rows on each insert"})
            document.undo_stack.clear()
            rows += _harvest_rows(document, meeting_id, contributions, app)
            document.undo_stack.clear()
        finally:
            store.close()
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--json"]:
        print(json.dumps(_measure(int(sys.argv[2]), int(sys.argv[3]))))
        sys.exit(0)
    for row in run():
        print(f"{row['benchmark']:<72} {row['median_s'] * 1000:7.1f} ms  {row['detail']}")
