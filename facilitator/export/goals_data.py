"""The read model of the plan's goals and of the mapping of existing work, as the catalogue
(and the plan versions kept of it) hold them: plain data, no Word. ``goals_section`` and
``mapping_appendix`` write them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import vocabulary as v
from ..domain.entities import ExistingEffort, Goal, Measure
from ..storage import efforts as efforts_repo
from ..storage import goals as goals_repo
from ..storage.process_store import ProcessStore


@dataclass(frozen=True)
class GoalEntry:
    goal: Goal
    measures: tuple[tuple[str, Measure], ...]  # (number in the plan, measure)


@dataclass(frozen=True)
class GoalsData:
    goals: tuple[GoalEntry, ...]
    measures_without_goal: tuple[tuple[str, Measure], ...]


def gather_goals(store: ProcessStore, numbers: dict[int, str] | None = None, only: set[int] | None = None) -> GoalsData:
    """Every goal in order with its (not cancelled) measures, and the measures without a
    goal; ``numbers`` are the catalogue's measure numbers ("3.1"); ``only`` the measures the
    catalogue holds, when it is not all of them (the plan as it stood on a day)."""
    numbers = numbers or {}
    measures = {m.id: m for m in store.list(Measure)}
    live = {i: m for i, m in measures.items()
            if m.status != v.MeasureStatus.CANCELLED and (only is None or i in only)}
    gaps = goals_repo.gaps(store)
    by_goal: dict[int, list[int]] = {}
    for goal_id, measure_id in goals_repo.links(store):
        by_goal.setdefault(goal_id, []).append(measure_id)

    def numbered(ids) -> tuple[tuple[str, Measure], ...]:
        found = [(numbers.get(i, ""), live[i]) for i in ids if i in live]
        return tuple(sorted(found, key=lambda pair: _number_key(pair[0])))

    return GoalsData(
        tuple(GoalEntry(goal, numbered(by_goal.get(goal.id, []))) for goal in goals_repo.list_goals(store)),
        numbered(gaps.measures_without_goal),
    )


def _number_key(number: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in number.split(".")) if number else (999,)


@dataclass(frozen=True)
class EffortEntry:
    effort: ExistingEffort
    measures: tuple[str, ...]  # "3.1 Gemensam mottagning …" of the measures that build on it


@dataclass(frozen=True)
class MappingData:
    efforts: tuple[EffortEntry, ...]


def gather_mapping(store: ProcessStore, numbers: dict[int, str] | None = None,
                   only: set[int] | None = None) -> MappingData:
    numbers = numbers or {}
    titles = {m.id: f"{numbers.get(m.id, '')} {m.title}".strip() for m in store.list(Measure)
              if only is None or m.id in only}
    by_effort: dict[int, list[str]] = {}
    for measure_id, effort_id in efforts_repo.links(store):
        if measure_id in titles:
            by_effort.setdefault(effort_id, []).append(titles[measure_id])
    return MappingData(tuple(EffortEntry(e, tuple(by_effort.get(e.id, []))) for e in efforts_repo.list_efforts(store)))
