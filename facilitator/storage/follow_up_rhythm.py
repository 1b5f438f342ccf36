"""What the follow-up calendar is made from: the process's rhythm settings, its meetings and
measures, and the day the plan was adopted; and the calendar itself (``follow_up_calendar``,
computed by ``domain/follow_up_rhythm.py``).

A file from before migration 0013 (read without migrating, as exports read) has no settings:
it reads with the toolkit's defaults and no key of its own (``process_key`` then derives
one from the day the process was created, which never changes).
"""

from __future__ import annotations

from datetime import date

from ..domain.entities import Process
from ..domain.follow_up_rhythm import FollowUpCalendar, RhythmSettings, follow_up_calendar
from ..domain.measures import parse_iso_date
from ..domain.vocabulary import PlanStage
from . import measures_repo, meetings, schema
from . import plan as plan_repo
from .process_store import ProcessStore


def settings(store: ProcessStore) -> RhythmSettings:
    return RhythmSettings.of(store.process())


def adopted_on(store: ProcessStore, process: Process | None = None) -> date | None:
    """The day the plan was last adopted (its latest step to "antagen"), or None."""
    process = process or store.process()
    adopted = [change.date for change in plan_repo.stage_history(store) if change.stage == PlanStage.ADOPTED]
    if adopted:
        return parse_iso_date(adopted[-1])
    if process.plan_stage == PlanStage.ADOPTED:
        return parse_iso_date(process.plan_stage_date)
    return None


def process_key(process: Process) -> str:
    """The process's identity in calendar UIDs and on its reporting forms: its random
    ``process_key``, or for a file written before there was one and read as it is, the key
    the migration will give it (``schema.key_of_older_process``)."""
    return process.process_key or schema.key_of_older_process(process.created_at)


def calendar(store: ProcessStore, today: date, until: date | None = None) -> FollowUpCalendar:
    """The follow-up calendar of the process as it is now, seen on ``today``."""
    process = store.process()
    return follow_up_calendar(
        RhythmSettings.of(process), today=today, until=until, meetings=meetings.all_meetings(store),
        measures=measures_repo.list_measures(store), adopted_on=adopted_on(store, process),
    )


def revision_counts(store: ProcessStore, measure_ids: list[int]) -> dict[int, int]:
    """How many dated revisions each measure has: it grows with every change, so it serves
    as the calendar's SEQUENCE."""
    counts: dict[int, int] = {}
    for revision in measures_repo.revisions_of_measures(store, measure_ids):
        counts[revision.measure_id] = counts.get(revision.measure_id, 0) + 1
    return counts
