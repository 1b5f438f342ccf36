"""A World Café as stored (tables, rounds, attendance, seats) and as the rotation planner
sees it (people, table and round numbers from 0, plans). Pure: no Qt, no SQL.

Who is seated: participants and table hosts who are not marked absent. Coordinators,
moderators of the whole meeting, note-takers and trainers run the room and get no seat.
Hosts (the table's host, or a table host given a table) stay at their table every round,
whether the room calls them bordsvärd or moderator.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .entities import AttendanceEntry, CafeTable, Participant, Round, Seat, stored_id
from .headcount import TAKING_PART_ROLES
from .vocabulary import Attendance, Role

if TYPE_CHECKING:  # the planner is loaded when a plan is needed, not when the app starts
    from .rotation import CafeSetup, RotationPlan

SEATED_ROLES = TAKING_PART_ROLES  # those who take part are those who get a seat


@dataclass(frozen=True)
class Cafe:
    """Stored café data in table and round order."""

    tables: tuple[CafeTable, ...]
    rounds: tuple[Round, ...]
    attendance: tuple[AttendanceEntry, ...]
    participants: dict[int, Participant]
    organisations: dict[int, str]
    question_per_table: bool = False
    spread_organisations: bool = True

    @classmethod
    def of(
        cls,
        tables: Iterable[CafeTable],
        rounds: Iterable[Round],
        attendance: Iterable[AttendanceEntry],
        participants: Iterable[Participant],
        organisations: Mapping[int, str],
        question_per_table: bool = False,
        spread: bool = True,
    ) -> Cafe:
        return cls(
            tuple(sorted(tables, key=lambda t: (t.position, stored_id(t)))),
            tuple(sorted(rounds, key=lambda r: r.number)),
            tuple(attendance),
            {stored_id(p): p for p in participants},
            dict(organisations),
            question_per_table,
            spread,
        )

    def table_index(self) -> dict[int, int]:
        return {stored_id(table): index for index, table in enumerate(self.tables)}

    def seated(self) -> list[AttendanceEntry]:
        return [
            entry
            for entry in self.attendance
            if entry.status != Attendance.ABSENT and entry.role in SEATED_ROLES and entry.participant_id in self.participants
        ]

    def hosts(self) -> dict[int, int]:
        """participant id -> table index, for the people who host a table."""
        index = self.table_index()
        hosts = {
            table.host_participant_id: index[stored_id(table)] for table in self.tables if table.host_participant_id
        }
        for entry in self.seated():
            if (
                entry.role == Role.TABLE_HOST
                and entry.table_id is not None
                and entry.table_id in index
                and entry.participant_id not in hosts
            ):
                hosts[entry.participant_id] = index[entry.table_id]
        return hosts

    def seating_blocker(self) -> tuple[str, int, int] | None:
        """Why no seating can be made yet, or None: (reason, needed, have) with reason one of
        "no_tables", "no_rounds", "no_people", "too_few_seats" (the people who come in the
        busiest round against the seats of all tables)."""
        if not self.tables:
            return ("no_tables", 1, 0)
        if not self.rounds:
            return ("no_rounds", 1, 0)
        seated = self.seated()
        if not seated:
            return ("no_people", 1, 0)
        seats = sum(table.seats for table in self.tables)
        busiest = max(
            sum(1 for entry in seated if (entry.first_round or 1) <= number <= (entry.last_round or len(self.rounds)))
            for number in range(1, len(self.rounds) + 1)
        )
        if busiest > seats:
            return ("too_few_seats", busiest, seats)
        return None

    def host_names(self) -> list[tuple[str, str]]:
        """(table name, host name) for each table whose host stays, in table order; a table
        without one has "" as the host's name."""
        by_table = {table_index: person_id for person_id, table_index in self.hosts().items()}
        return [
            (table.name, self.participants[by_table[index]].name if index in by_table else "")
            for index, table in enumerate(self.tables)
        ]

    def setup(self) -> CafeSetup:
        from .rotation import CafeSetup, Person

        index = self.table_index()
        hosts = self.hosts()
        rounds = len(self.rounds)
        people = []
        for entry in self.seated():
            person = self.participants[entry.participant_id]
            person_id = stored_id(person)
            table = index.get(entry.table_id) if entry.table_id is not None else None
            first = max(0, (entry.first_round or 1) - 1)
            last = None if entry.last_round is None else max(first, min(rounds, entry.last_round) - 1)
            people.append(
                Person(
                    key=str(person_id),
                    name=person.name,
                    organisation=self.organisations.get(person.organisation_id, "") if person.organisation_id else "",
                    languages=person.language_set,
                    host_table=hosts.get(person_id),
                    stays=entry.cannot_move and person_id not in hosts,
                    table=table if entry.cannot_move and person_id not in hosts else None,
                    first_round=min(first, max(0, rounds - 1)),
                    last_round=last,
                )
            )
        return CafeSetup(
            people=tuple(people),
            tables=len(self.tables),
            rounds=rounds,
            seats=tuple(table.seats for table in self.tables),
            question_per_table=self.question_per_table,
            spread_organisations=self.spread_organisations,
        )

    def plan_from_seats(self, seats: list[Seat], setup: CafeSetup | None = None) -> RotationPlan | None:
        """The stored seating as a plan, or None if it does not cover everyone seated."""
        from .rotation import RotationPlan

        setup = setup or self.setup()
        round_index = {stored_id(r): i for i, r in enumerate(self.rounds)}
        table_index = self.table_index()
        grid: list[list[list[str]]] = [[[] for _ in self.tables] for _ in self.rounds]
        keys = {p.key for p in setup.people}
        placed: set[tuple[int, str]] = set()
        for seat in seats:
            r, t, key = round_index.get(seat.round_id), table_index.get(seat.table_id), str(seat.participant_id)
            if r is None or t is None or key not in keys:
                continue
            grid[r][t].append(key)
            placed.add((r, key))
        for person in setup.people:
            for r in range(len(self.rounds)):
                if person.present_in(r, len(self.rounds)) and (r, person.key) not in placed:
                    return None
        if not placed:
            return None
        return RotationPlan(setup, tuple(tuple(tuple(sorted(keys_, key=int)) for keys_ in rnd) for rnd in grid))

    def seated_plan(self, seats: list[Seat], setup: CafeSetup | None = None) -> RotationPlan | None:
        """The stored seating as it is, even when people have since been added or marked
        absent: everyone with a seat, present in the rounds they have seats in. This is the
        "old plan" that re-planning keeps as close to as it can."""
        from .rotation import Person, RotationPlan

        setup = setup or self.setup()
        current = {p.key: p for p in setup.people}
        round_index = {stored_id(r): i for i, r in enumerate(self.rounds)}
        table_index = self.table_index()
        grid: list[list[list[str]]] = [[[] for _ in self.tables] for _ in self.rounds]
        rounds_of: dict[str, list[int]] = {}
        for seat in seats:
            r, t = round_index.get(seat.round_id), table_index.get(seat.table_id)
            if r is None or t is None:
                continue
            key = str(seat.participant_id)
            grid[r][t].append(key)
            rounds_of.setdefault(key, []).append(r)
        if not rounds_of:
            return None
        people = []
        for key, held in sorted(rounds_of.items(), key=lambda item: int(item[0])):
            known = current.get(key)
            participant = self.participants.get(int(key))
            base = known or Person(key=key, name=participant.name if participant else key)
            people.append(replace(base, first_round=min(held), last_round=max(held), stays=False, table=None)
                          if base.host_table is None else replace(base, first_round=min(held), last_round=max(held)))
        old_setup = replace(setup, people=tuple(people))
        return RotationPlan(old_setup, tuple(tuple(tuple(sorted(k, key=int)) for k in rnd) for rnd in grid))

    def replan_setup(self, seats: list[Seat], from_round: int) -> CafeSetup:
        """Today's set-up, made consistent with the rounds that are kept (before
        ``from_round``, 0-based): someone who has left keeps their seats in those rounds and
        leaves after them; someone new, who has no seat in them, arrives at ``from_round``."""
        setup = self.setup()
        old = self.seated_plan(seats, setup)
        kept_rounds: dict[str, set[int]] = {}
        if old is not None:
            for r, tables in enumerate(old.rounds[:from_round]):
                for keys in tables:
                    for key in keys:
                        kept_rounds.setdefault(key, set()).add(r)
        people = []
        for person in setup.people:
            held = kept_rounds.get(person.key, set())
            if not held and person.first_round < from_round:
                person = replace(person, first_round=from_round)
            people.append(person)
        current = {p.key for p in people}
        if old is not None:
            for person in old.setup.people:
                kept = kept_rounds.get(person.key)
                if person.key not in current and kept:
                    people.append(replace(person, first_round=min(kept), last_round=from_round - 1, stays=False, table=None))
        return replace(setup, people=tuple(people))

    def seats_for(self, plan: RotationPlan, from_round: int = 0) -> list[Seat]:
        """The Seat rows of a plan, for rounds ``from_round`` and later."""
        seats: list[Seat] = []
        for r, tables in enumerate(plan.rounds):
            if r < from_round:
                continue
            for t, keys in enumerate(tables):
                seats.extend(
                    Seat(round_id=stored_id(self.rounds[r]), table_id=stored_id(self.tables[t]), participant_id=int(key))
                    for key in keys
                )
        return seats

    def held_rounds(self) -> int:
        """Rounds already held (started): they never change when re-planning."""
        held = 0
        for number, round_ in enumerate(self.rounds, start=1):
            if round_.started_at:
                held = number
        return held
