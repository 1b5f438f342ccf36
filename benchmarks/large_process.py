"""A large process for benchmarks: 200 participants, 5,000 contributions, 300 measures."""

from __future__ import annotations

import random
from pathlib import Path

from facilitator.domain.entities import (
    AttendanceEntry,
    CafeTable,
    Contribution,
    Measure,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Organisation,
    Participant,
    Question,
    Round,
)
from facilitator.storage.process_store import ProcessStore

KINDS = ("idea", "note", "question", "quote", "risk", "obstacle")
WORDS = "bostäder skola rekrytering stöd information språk förtroende anmälan utbildning fritid".split()


def build_large_process(path: Path, participants=200, contributions=5000, measures=300, seed=1) -> Path:
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    store = ProcessStore.create(path, "Stor process", "Benchmark kommun")
    with store.db.atomic():
        orgs = store.insert_many(Organisation(name=f"Organisation {i}") for i in range(30))
        people = store.insert_many(
            Participant(name=f"Deltagare {i:03d} Åberg", organisation_id=rng.choice(orgs).id, category="resident")
            for i in range(participants)
        )
        meetings = store.insert_many(
            Meeting(format="world_cafe", title=f"Café {i}", date=f"2027-0{1 + i}-10", start_time="16:00", end_time="18:00")
            for i in range(5)
        )
        for meeting in meetings:
            tables = store.insert_many(CafeTable(meeting_id=meeting.id, name=f"Bord {t + 1}", position=t) for t in range(10))
            rounds = store.insert_many(Round(meeting_id=meeting.id, number=n) for n in (1, 2, 3))
            questions = store.insert_many(Question(meeting_id=meeting.id, text=f"Fråga {n}", position=n) for n in range(3))
            store.insert_many(AttendanceEntry(meeting_id=meeting.id, participant_id=p.id) for p in people[:50])
            per_meeting = contributions // len(meetings)
            store.insert_many(
                Contribution(
                    meeting_id=meeting.id,
                    kind=rng.choice(KINDS),
                    text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30))),
                    round_id=rng.choice(rounds).id,
                    table_id=rng.choice(tables).id,
                    question_id=rng.choice(questions).id,
                    position=i,
                )
                for i in range(per_meeting)
            )
        contribution_ids = [row[0] for row in store.db.execute("SELECT id FROM contribution")]
        for i in range(measures):
            measure = store.insert(
                Measure(
                    title=f"Åtgärd {i}",
                    owner=f"Ansvarig {i % 40}",
                    department=f"Förvaltning {i % 8}",
                    eccar_point=1 + i % 10,
                    track=1 + i % 4,
                    due_date="2027-12-31",
                    origin_meeting_id=rng.choice(meetings).id,
                )
            )
            store.insert(MeasureStatusChange(measure_id=measure.id, status="proposed", date="2027-01-01"))
            store.insert(MeasureSource(measure_id=measure.id, contribution_id=rng.choice(contribution_ids)))
    store.close()
    return path
