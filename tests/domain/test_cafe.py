from facilitator.domain.cafe import Cafe
from facilitator.domain.entities import AttendanceEntry, CafeTable, Participant, Round, Seat
from facilitator.domain.rotation import evaluate, plan_rotation


def cafe(people=20, tables=5, rounds=3, **changes):
    participants = [Participant(id=i, name=f"P{i}", organisation_id=1 + i % 3, languages="sv") for i in range(1, people + 1)]
    attendance = [AttendanceEntry(id=i, meeting_id=1, participant_id=i) for i in range(1, people + 1)]
    for entry_id, change in changes.items():
        index = int(entry_id[1:]) - 1
        attendance[index] = attendance[index].with_changes(**change)
    return Cafe.of(
        [CafeTable(id=10 + t, meeting_id=1, position=t, name=f"Bord {t + 1}", seats=4) for t in range(tables)],
        [Round(id=100 + r, meeting_id=1, number=r + 1) for r in range(rounds)],
        attendance,
        participants,
        {1: "A", 2: "B", 3: "C"},
    )


def test_setup_from_stored_data():
    setup = cafe(p1={"role": "table_host", "table_id": 10}, p2={"status": "absent"}, p3={"role": "moderator"},
                 p4={"cannot_move": True, "table_id": 12}, p5={"first_round": 2}).setup()
    keys = {p.key: p for p in setup.people}
    assert "2" not in keys and "3" not in keys, "absent people and moderators get no seat"
    assert keys["1"].host_table == 0
    assert keys["4"].stays and keys["4"].table == 2
    assert keys["5"].first_round == 1
    assert keys["6"].organisation == "A" and keys["6"].languages == frozenset({"sv"})
    assert setup.seats == (4, 4, 4, 4, 4) and setup.rounds == 3


def test_seats_round_trip_through_a_plan():
    stored = cafe()
    plan, quality = plan_rotation(stored.setup(), seed=1, time_budget=0.2)
    assert quality.repeats == 0
    seats = [s.with_changes(id=i) for i, s in enumerate(stored.seats_for(plan))]
    assert len(seats) == 60
    again = stored.plan_from_seats(seats)
    assert evaluate(again).repeats == 0
    assert {frozenset(t) for r in again.rounds for t in r} == {frozenset(t) for r in plan.rounds for t in r}


def test_incomplete_seating_is_not_a_plan():
    stored = cafe()
    assert stored.plan_from_seats([]) is None
    plan, _ = plan_rotation(stored.setup(), seed=1, time_budget=0.1)
    seats = stored.seats_for(plan)[:-1]
    assert stored.plan_from_seats(seats) is None


def test_held_rounds():
    stored = cafe()
    assert stored.held_rounds() == 0
    started = Cafe.of(stored.tables, [stored.rounds[0].with_changes(started_at="2027-02-04T16:10"), *stored.rounds[1:]],
                      stored.attendance, stored.participants.values(), stored.organisations)
    assert started.held_rounds() == 1
    _ = Seat


def test_why_no_seating_can_be_made_yet():
    assert cafe(tables=0).seating_blocker() == ("no_tables", 1, 0)
    assert cafe(rounds=0).seating_blocker() == ("no_rounds", 1, 0)
    assert cafe(people=0).seating_blocker() == ("no_people", 1, 0)
    assert cafe(people=21).seating_blocker() == ("too_few_seats", 21, 20)
    # Someone who leaves after round 1 frees a seat for someone who comes from round 2.
    assert cafe(people=21, p1={"last_round": 1}, p21={"first_round": 2}).seating_blocker() is None
    assert cafe(people=21, p1={"status": "absent"}).seating_blocker() is None
    assert cafe().seating_blocker() is None


def test_who_hosts_which_table():
    stored = cafe(tables=3, p1={"role": "table_host", "table_id": 10}, p2={"role": "table_host", "table_id": 12})
    assert stored.host_names() == [("Bord 1", "P1"), ("Bord 2", ""), ("Bord 3", "P2")]
