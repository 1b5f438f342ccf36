"""How many take part in a meeting: one definition, shown the same on every page.

The participants of a meeting are the people on its list in the roles that take part
(participants and table hosts), not those who run it (coordinator, moderator, note-taker,
trainer). Before the meeting they are everyone not marked absent; once attendance is taken
(anyone marked as attended), those who attended. The attendance tab, the group-size warning,
the number of voters in the harvest and the minutes all read this number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .entities import AttendanceEntry
from .vocabulary import Attendance, Role

TAKING_PART_ROLES = frozenset({Role.PARTICIPANT, Role.TABLE_HOST})


@dataclass(frozen=True)
class Headcount:
    taking_part: int  # the meeting's participants (see above)
    running: int  # coordinator, moderators, note-takers, trainers who are not absent
    absent: int  # marked absent, in any role
    on_list: int  # everyone on the meeting's list
    attendance_taken: bool  # someone is marked as attended


def headcount(attendance: Iterable[AttendanceEntry]) -> Headcount:
    entries = list(attendance)
    taken = any(entry.status == Attendance.ATTENDED for entry in entries)
    here = [e for e in entries if (e.status == Attendance.ATTENDED if taken else e.status != Attendance.ABSENT)]
    return Headcount(
        taking_part=sum(1 for e in here if e.role in TAKING_PART_ROLES),
        running=sum(1 for e in here if e.role not in TAKING_PART_ROLES),
        absent=sum(1 for e in entries if e.status == Attendance.ABSENT),
        on_list=len(entries),
        attendance_taken=taken,
    )
