"""The action plan's catalogue at scale: 500 measures and 5,000 contributions in one process.

Timed: one filter change in the real page (the combo box or check box changed, the proxy
filtered, the view's row count read back), for each filter the coordinator has, as the
median over several changes. Also the page's first load. Goal: a filter change < 50 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_S = 0.050
WORDS = ("bostäder skola rekrytering stöd information språk förtroende anmälan utbildning fritid diskriminering "
         "föreningar kommunen förvaltningen bordsvärd uppföljning åtgärd ansvarig").split()
DEPARTMENTS = ("Socialförvaltningen", "Utbildningsförvaltningen", "Kultur- och fritidsförvaltningen",
               "Kommunledningskontoret", "Stadsbyggnadsförvaltningen", "Arbetsmarknadsförvaltningen",
               "HR-avdelningen", "Miljöförvaltningen")
STATUSES = ("proposed", "decided", "ongoing", "done", "cancelled")


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def build_process(path: Path, measures: int = 500, contributions: int = 5000, seed: int = 11) -> Path:
    """A process of 12 meetings, ``contributions`` contributions and ``measures`` measures
    spread over every point, track, status, department and 60 owners, each linked to two
    contributions, all written with ``store.insert_many``."""
    from facilitator.domain.entities import Contribution, Measure, MeasureSource, MeasureStatusChange, Meeting, Theme
    from facilitator.storage.process_store import ProcessStore

    rng = random.Random(seed)
    store = ProcessStore.create(path, "Stor handlingsplan", "Benchmark kommun")
    with store.transaction():
        meetings = store.insert_many(
            Meeting(format="workshop", title=f"Träff {i + 1}", date=f"2027-{1 + i:02d}-{10 + i:02d}", position=i)
            for i in range(12)
        )
        themes = store.insert_many(
            Theme(meeting_id=rng.choice(meetings).id, title=_text(rng, 2, 4), position=i) for i in range(40)
        )
        stored = store.insert_many(
            Contribution(meeting_id=rng.choice(meetings).id, kind="idea", text=_text(rng, 5, 30),
                         theme_id=rng.choice(themes).id if rng.random() < 0.5 else None, position=i)
            for i in range(contributions)
        )
        plan = []
        for i in range(measures):
            status = STATUSES[i % len(STATUSES)]
            plan.append(Measure(
                title=_text(rng, 3, 8), description=_text(rng, 10, 30), goal=_text(rng, 5, 12),
                owner=f"Ansvarig {i % 60}", department=DEPARTMENTS[i % len(DEPARTMENTS)],
                due_date=f"{2026 + i % 3}-{1 + i % 12:02d}-28", time_frame="2026–2028",
                eccar_point=1 + i % 10, track=1 + (i // 10) % 4, status=status,
                origin_meeting_id=meetings[i % len(meetings)].id, position=i,
            ))
        plan = store.insert_many(plan)
        store.insert_many(MeasureStatusChange(measure_id=m.id, status=m.status, date="2027-02-04") for m in plan)
        store.insert_many(
            MeasureSource(measure_id=m.id, contribution_id=c.id) for m in plan for c in rng.sample(stored, 2)
        )
    store.close()
    return path


def _median(samples: list[float]) -> float:
    return statistics.median(samples) if samples else 0.0


def run(repeats: int = 5, measures: int = 500, contributions: int = 5000) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.document import ProcessDocument
    from facilitator.ui.plan.action_plan_page import ActionPlanPage

    app = QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = build_process(Path(folder) / "plan.facilitator", measures, contributions)
        store = ProcessStore.open(path)
        document = ProcessDocument(store)
        loads = []
        page = None
        for _ in range(max(1, repeats // 2)):
            if page is not None:
                page.deleteLater()
            start = time.perf_counter()
            page = ActionPlanPage(document)
            page.resize(1200, 760)
            page.show()
            app.processEvents()
            loads.append(time.perf_counter() - start)
        rows.append({"benchmark": f"action plan page: open with {measures} measures", "median_s": _median(loads),
                     "detail": f"catalogue, grid and filter lists; {contributions} contributions in the file"})

        def change(widget, value) -> int:
            if hasattr(widget, "setChecked"):
                widget.setChecked(value)
            elif hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value) if value is not None else 0)
            else:
                widget.setText(value)
            app.processEvents()
            return page.view.model().rowCount()

        from facilitator.domain.entities import Meeting

        meeting_ids = [m.id for m in store.list(Meeting)][:3]
        filters = (
            ("ECCAR point", page.point_filter, [3, 7, 10, None]),
            ("track", page.track_filter, [2, 4, None]),
            ("status", page.status_filter, ["ongoing", "open", None]),
            ("department", page.department_filter, ["Socialförvaltningen", "Miljöförvaltningen", None]),
            ("responsible person", page.owner_filter, ["Ansvarig 7", "Ansvarig 42", None]),
            ("meeting of origin", page.meeting_filter, [*meeting_ids, None]),
            ("overdue only", page.overdue_filter, [True, False]),
            ("text search", page.text_filter, ["skola", "förvaltningen stöd", ""]),
        )
        for name, widget, values in filters:
            samples, shown = [], []
            for _ in range(repeats):
                for value in values:
                    start = time.perf_counter()
                    shown.append(change(widget, value))
                    samples.append(time.perf_counter() - start)
            median = _median(samples)
            rows.append({
                "benchmark": f"catalogue filter change: {name} ({measures} measures)",
                "median_s": median,
                "detail": f"{'ok' if median < GOAL_S else 'SLOW'} (goal < 50 ms); "
                          f"rows shown {min(shown)}–{max(shown)}; median of {len(samples)}",
            })
        page.close()
        page.deleteLater()
        app.processEvents()
        store.close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['benchmark']:<72} {row['median_s'] * 1000:7.1f} ms  {row['detail']}")
