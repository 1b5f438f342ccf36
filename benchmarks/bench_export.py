"""Word exports on a large process: the minutes of a World Café with 500 contributions and the
catalogue of 300 measures, each timed end to end (read from the process file, write, save)
next to the floor: python-docx writing the same paragraphs and table rows with no formatting.

Goal: each export under 3 s and within 3× of its floor.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("idea", "note", "question", "quote", "risk", "obstacle")
WORDS = ("bostäder skola rekrytering stöd information språk förtroende anmälan utbildning fritid diskriminering "
         "föreningar kommunen förvaltningen bordsvärd uppföljning åtgärd ansvarig").split()


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def build_process(path: Path, contributions: int = 500, measures: int = 300, seed: int = 7) -> tuple[Path, int]:
    """A process with one big café (10 tables, 5 rounds) and ``measures`` fully filled-in measures."""
    from facilitator.domain.entities import (
        AttendanceEntry,
        CafeTable,
        Contribution,
        HarvestItem,
        Measure,
        MeasureSource,
        MeasureStatusChange,
        Meeting,
        Mitigation,
        Organisation,
        Participant,
        Question,
        Round,
        Theme,
        Vote,
    )
    from facilitator.storage.process_store import ProcessStore

    rng = random.Random(seed)
    store = ProcessStore.create(path, "Stor process", "Benchmark kommun")
    with store.transaction():
        orgs = store.insert_many(Organisation(name=f"Organisation {i}") for i in range(25))
        people = store.insert_many(Participant(name=f"Deltagare {i:03d} Åberg", organisation_id=rng.choice(orgs).id)
                                   for i in range(60))
        meeting = store.insert(Meeting(format="world_cafe", title="Stort café", date="2027-02-04", start_time="16:00",
                                       end_time="19:00", place="Stora salen", moderator="Moderator",
                                       coordinator="Samordnare",
                                       purpose=_text(rng, 20, 40), frame_statement=_text(rng, 20, 40),
                                       selection_reasons=_text(rng, 20, 40), next_steps=_text(rng, 10, 30),
                                       feedback_method=_text(rng, 10, 30)))
        tables = store.insert_many(CafeTable(meeting_id=meeting.id, name=f"Bord {t + 1}", position=t,
                                             host_participant_id=people[t].id) for t in range(10))
        rounds = store.insert_many(Round(meeting_id=meeting.id, number=n) for n in range(1, 6))
        store.insert_many(Question(meeting_id=meeting.id, round_number=n, position=n, text=_text(rng, 8, 15))
                          for n in range(1, 6))
        store.insert_many(AttendanceEntry(meeting_id=meeting.id, participant_id=p.id, status="attended",
                                          role="table_host" if i < 10 else "participant",
                                          table_id=tables[i].id if i < 10 else None)
                          for i, p in enumerate(people))
        themes = store.insert_many(Theme(meeting_id=meeting.id, title=_text(rng, 2, 4), position=i) for i in range(8))
        stored = store.insert_many(
            Contribution(meeting_id=meeting.id, kind=rng.choice(KINDS), text=_text(rng, 5, 40),
                         round_id=rng.choice(rounds).id, table_id=rng.choice(tables).id,
                         theme_id=rng.choice(themes).id, position=i)
            for i in range(contributions))
        store.insert_many(Mitigation(contribution_id=c.id, position=k, text=_text(rng, 5, 20))
                          for c in stored if c.kind == "risk" for k in range(rng.randint(1, 3)))
        store.insert_many(Vote(meeting_id=meeting.id, contribution_id=c.id, dots=rng.randint(1, 9))
                          for c in rng.sample(stored, 40))
        store.insert_many(HarvestItem(meeting_id=meeting.id, table_id=t.id, position=i, text=_text(rng, 8, 20))
                          for i, t in enumerate(tables))
        for i in range(measures):
            measure = store.insert(Measure(
                title=_text(rng, 3, 8), description=_text(rng, 20, 50), goal=_text(rng, 8, 20),
                owner=f"Ansvarig {i % 40}", owner_contact=f"ansvarig{i % 40}@kommun.example",
                department=f"Förvaltning {i % 8}", due_date=f"2028-{1 + i % 12:02d}-28", time_frame="2027–2028",
                completion_criterion=_text(rng, 8, 15), indicators=_text(rng, 8, 15), baseline=_text(rng, 3, 8),
                target=_text(rng, 3, 8), resources=_text(rng, 5, 10), follow_up_method=_text(rng, 5, 12),
                eccar_point=1 + i % 10, track=1 + (i // 10) % 4, aimed_at="both", target_groups=_text(rng, 3, 8),
                status="decided", origin_meeting_id=meeting.id, position=i))
            store.insert_many(MeasureStatusChange(measure_id=measure.id, status=s, date=d, note=_text(rng, 4, 10))
                              for s, d in (("proposed", "2027-02-04"), ("decided", "2027-06-14")))
            store.insert_many(MeasureSource(measure_id=measure.id, contribution_id=c.id) for c in rng.sample(stored, 2))
    store.close()
    return path, meeting.id


def structure(path: Path) -> list:
    """The document's paragraphs and tables, in order: ("p", text) or ("t", columns, [row texts])."""
    from docx import Document

    document = Document(str(path))
    items = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            items.append(("t", len(block.columns), rows))
        else:
            items.append(("p", block.text))
    return items


def floor(items: list) -> None:
    """python-docx writing the same paragraphs and table rows, with no formatting."""
    from docx import Document

    document = Document()
    for item in items:
        if item[0] == "p":
            document.add_paragraph(item[1])
        else:
            table = document.add_table(rows=0, cols=item[1])
            for values in item[2]:
                for cell, text in zip(table.add_row().cells, values):
                    cell.text = text
    document.save(BytesIO())


def _median(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(repeats: int = 5) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication

    from facilitator.export import ExportJob, Kind, run_job
    from facilitator.i18n import LanguageSwitcher

    app = QCoreApplication.instance() or QCoreApplication([])
    LanguageSwitcher(app).set_language("sv")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        process, meeting = build_process(Path(folder) / "stor.facilitator")
        jobs = [
            ("minutes, World Café with 500 contributions and its 300 measures",
             ExportJob(Kind.MINUTES, process, Path(folder) / "m.docx", meeting)),
            ("catalogue of 300 measures", ExportJob(Kind.CATALOGUE, process, Path(folder) / "k.docx")),
        ]
        for name, job in jobs:
            run_job(job)  # warm up, and the document the floor copies
            items = structure(job.out_path)
            paragraphs = sum(1 for item in items if item[0] == "p")
            table_rows = sum(len(item[2]) for item in items if item[0] == "t")
            ours = _median(lambda job=job: run_job(job), repeats)
            bare = _median(lambda items=items: floor(items), repeats)
            rows.append({"benchmark": f"export {name}: python-docx floor", "median_s": bare,
                         "detail": f"{paragraphs} paragraphs, {table_rows} table rows, no formatting"})
            rows.append({"benchmark": f"export {name}", "median_s": ours,
                         "detail": f"{ours / bare:.2f}× floor (goal ≤ 3×, < 3 s); median of {repeats}"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['benchmark']:<72} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
