"""Writes the demo process (Ekbacka kommun) from ``content.py`` through the storage layer."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from ..domain.entities import (
    AgendaItem,
    AttendanceEntry,
    CafeTable,
    Contribution,
    ExistingEffort,
    Goal,
    GoalMeasure,
    HarvestItem,
    Measure,
    MeasureEffort,
    MeasureRevision,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Mitigation,
    Organisation,
    Participant,
    Question,
    RemissRecipient,
    RemissRemark,
    RemissReply,
    RemissRound,
    Round,
    Theme,
    Vote,
)
from ..domain.goals import goal_from_gap
from ..domain.meeting_record import snapshot
from ..domain.rotation import plan_rotation
from ..storage import files, seating
from ..storage.errors import ProblemCode, ProcessFileError
from ..storage.process_store import ProcessStore, check_process_file, leave_write_ahead_log
from . import content as c
from .assessment import add_assessment


def build_demo(path: str | os.PathLike, overwrite: bool = False) -> Path:
    """Writes the demo to ``path``; with ``overwrite`` over a process that is there.

    The demo is built beside ``path`` and then put in its place, so a failure leaves the old
    file whole. A process that is open (in the window, in another Facilitator, in
    ``facilitator serve``) is not replaced: Windows would refuse, and elsewhere its open
    connection would go on writing to the old file and leave its write-ahead log beside the
    new one. ProcessFileError IN_USE says so instead.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if overwrite and path.exists():
        _take_over(path)
    elif path.exists():
        raise ProcessFileError(ProblemCode.EXISTS, str(path))
    building = path.with_name(f".~{path.name}.building")
    for suffix in ("", "-journal", "-wal", "-shm"):  # from a build that was interrupted
        files.remove(Path(str(building) + suffix))
    try:
        store = ProcessStore.create(building, c.PROCESS["title"], c.PROCESS["municipality"])
        try:
            with store.transaction():
                store.update(type(store.process()), 1, description=c.PROCESS["description"])
                _fill(store)
                _plan(store)
        finally:
            store.close()  # its -wal and -shm go with the last connection
        files.replace(building, path)
    except OSError as error:
        _tidy(building)
        if files.is_sharing_violation(error):
            raise ProcessFileError(ProblemCode.IN_USE, str(path), str(error)) from error
        raise ProcessFileError(ProblemCode.WRITE_FAILED, str(path), str(error)) from error
    except BaseException:
        _tidy(building)
        raise
    return path


def _take_over(path: Path) -> None:
    """Makes sure nobody has the process at ``path`` open, and folds in and removes its
    write-ahead log, so the file can be replaced. Raises ProcessFileError IN_USE if it is open.

    Leaving WAL mode needs the only connection to the file: SQLite answers "database is
    locked" while any other connection (of this or another program) has it open, on every
    platform. A file that is not a database is simply replaced. Leaving WAL mode folds the
    log in and marks the header; the content stays the same (opening sets WAL again).
    """
    if files.held_by_another_program(path):  # Windows: held without sharing, left as it is
        raise ProcessFileError(ProblemCode.IN_USE, str(path))
    leave_write_ahead_log(path, timeout=0.5)
    for suffix in ("-wal", "-shm"):  # left by a crash, or by a file that is not a database
        try:
            files.remove(Path(str(path) + suffix))
        except OSError as error:
            if files.is_sharing_violation(error):
                raise ProcessFileError(ProblemCode.IN_USE, str(path), str(error)) from error
            raise ProcessFileError(ProblemCode.WRITE_FAILED, str(path), str(error)) from error


def _tidy(building: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        side = Path(str(building) + suffix)
        if side.exists():
            files.remove_quietly(side)


def ensure_demo(path: str | os.PathLike) -> Path:
    """The demo at ``path``, written if missing (or rebuilt if it cannot be opened)."""
    path = Path(path)
    if path.exists():
        try:
            check_process_file(path)
            return path
        except ProcessFileError:
            pass
    path.parent.mkdir(parents=True, exist_ok=True)
    return build_demo(path, overwrite=True)


def _fill(store: ProcessStore) -> None:
    organisations = {
        o.name: o.id for o in store.insert_many(Organisation(name=name) for name in c.ORGANISATIONS)
    }
    people = {}
    for person in c.PARTICIPANTS:
        stored = store.insert(
            Participant(
                name=person["name"],
                organisation_id=organisations.get(person.get("organisation") or ""),
                category=person["category"],
                email=person.get("email", ""),
                phone=person.get("phone", ""),
                languages="|".join(person.get("languages", [])),
            )
        )
        people[person["name"]] = stored.id

    meetings, tables, rounds, questions = {}, {}, {}, {}
    for position, spec in enumerate(c.MEETINGS):
        meeting = store.insert(
            Meeting(
                format=spec["format"],
                title=spec["title"],
                date=spec["date"],
                start_time=spec["start_time"],
                end_time=spec["end_time"],
                place=spec["place"],
                moderator=spec["moderator"],
                coordinator=spec["coordinator"],
                purpose=spec["purpose"],
                frame_statement=spec["frame_statement"],
                selection_reasons=spec["selection_reasons"],
                food_served=spec["food_served"],
                next_steps=spec["next_steps"],
                feedback_method=spec["feedback_method"],
                series=spec.get("series", ""),
                position=position,
            )
        )
        key = spec["key"]
        meetings[key] = meeting.id
        for table_position, table in enumerate(spec.get("tables", [])):
            stored = store.insert(
                CafeTable(
                    meeting_id=meeting.id,
                    position=table_position,
                    name=table["name"],
                    seats=table["seats"],
                    host_participant_id=people.get(table["host"]) if table.get("host") else None,
                )
            )
            tables[(key, table["name"])] = stored.id
        round_numbers = sorted({i["round_number"] for i in _agenda(spec) if i["round_number"]})
        for number in round_numbers:
            rounds[(key, number)] = store.insert(
                Round(meeting_id=meeting.id, number=number, minutes=meeting.round_minutes)
            ).id
        for q_position, text in enumerate(spec["questions"]):
            is_cafe = spec["format"] == "world_cafe"
            questions[(key, q_position)] = store.insert(
                Question(
                    meeting_id=meeting.id,
                    position=q_position,
                    text=text,
                    round_number=q_position + 1 if is_cafe else None,
                )
            ).id
        store.insert_many(
            AgendaItem(
                meeting_id=meeting.id,
                position=i,
                title=item["title"],
                kind=item["kind"],
                minutes=item["minutes"],
                round_number=item["round_number"],
            )
            for i, item in enumerate(_agenda(spec))
        )
        host_tables = {t["host"]: tables[(key, t["name"])] for t in spec.get("tables", []) if t.get("host")}
        store.insert_many(
            AttendanceEntry(
                meeting_id=meeting.id,
                participant_id=people[entry["participant"]],
                role=entry["role"],
                status=entry["status"],
                table_id=host_tables.get(entry["participant"]),
            )
            for entry in spec["attendance"]
        )

    for spec in c.MEETINGS:
        if spec["format"] == "world_cafe":
            _seat_the_cafe(store, meetings[spec["key"]])

    themes = {}
    for position, theme in enumerate(c.THEMES):
        themes[(theme["meeting"], theme["title"])] = store.insert(
            Theme(
                meeting_id=meetings[theme["meeting"]],
                position=position,
                title=theme["title"],
                description=theme.get("description", ""),
            )
        ).id

    contributions: list[tuple[str, str, int]] = []  # (meeting key, text, id)
    for position, item in enumerate(c.CONTRIBUTIONS):
        key = item["meeting"]
        stored = store.insert(
            Contribution(
                meeting_id=meetings[key],
                kind=item["kind"],
                text=item["text"],
                round_id=rounds.get((key, item["round"])) if item.get("round") else None,
                table_id=tables.get((key, item["table"])) if item.get("table") else None,
                question_id=questions.get((key, item["question"])) if item.get("question") is not None else None,
                theme_id=themes.get((key, item["theme"])) if item.get("theme") else None,
                position=position,
                published=True,
            )
        )
        store.insert_many(
            Mitigation(contribution_id=stored.id, position=i, text=text)
            for i, text in enumerate(item.get("mitigations", []))
        )
        contributions.append((key, item["text"], stored.id))

    def contribution_id(key: str, prefix: str) -> int:
        return next(cid for k, text, cid in contributions if k == key and text.startswith(prefix))

    for vote in c.VOTES:
        key = vote["meeting"]
        store.insert(
            Vote(
                meeting_id=meetings[key],
                theme_id=themes[(key, vote["theme"])] if vote.get("theme") else None,
                contribution_id=contribution_id(key, vote["contribution_text_prefix"])
                if vote.get("contribution_text_prefix")
                else None,
                dots=vote["dots"],
            )
        )
    for position, item in enumerate(c.HARVEST):
        key = item["meeting"]
        store.insert(
            HarvestItem(
                meeting_id=meetings[key],
                table_id=tables.get((key, item["table"])) if item.get("table") else None,
                kind=item["kind"],
                position=position,
                text=item["text"],
            )
        )
    for position, spec in enumerate(c.MEASURES):
        history = spec["status_history"]
        measure = store.insert(
            Measure(
                title=spec["title"],
                description=spec["description"],
                goal=spec["goal"],
                owner=spec["owner"],
                department=spec["department"],
                due_date=spec["due_date"],
                time_frame=spec["time_frame"],
                completion_criterion=spec["completion_criterion"],
                indicators=spec["indicators"],
                baseline=spec["baseline"],
                target=spec["target"],
                result=spec["result"],
                resources=spec["resources"],
                follow_up_method=spec["follow_up_method"],
                eccar_point=spec["eccar_point"],
                track=spec["track"],
                aimed_at=spec["aimed_at"],
                target_groups=spec["target_groups"],
                is_new=spec["is_new"],
                term=spec["term"],
                quick_win=spec["title"] in c.QUICK_WINS,
                status=history[-1]["status"] if history else "proposed",
                origin_meeting_id=meetings.get(spec["origin_meeting"]),
                position=position,
                created_at=history[0]["date"] if history else "",
            )
        )
        held_on = {spec_["date"]: meetings[spec_["key"]] for spec_ in c.MEETINGS}
        store.insert_many(
            MeasureStatusChange(measure_id=measure.id, status=h["status"], date=h["date"], note=h["note"],
                                meeting_id=held_on.get(h["date"]))
            for h in history
        )
        store.insert_many(_revisions(measure, history, held_on))
        for source in spec.get("sources", []):
            key = source["meeting"]
            if "theme" in source:
                store.insert(MeasureSource(measure_id=measure.id, theme_id=themes[(key, source["theme"])]))
            else:
                store.insert(
                    MeasureSource(
                        measure_id=measure.id,
                        contribution_id=contribution_id(key, source["contribution_text_prefix"]),
                    )
                )
    add_assessment(store, meetings)
    _fill_remiss(store)
    _goals_and_efforts(store)


def _fill_remiss(store: ProcessStore) -> None:
    """The remiss of the draft plan (``remiss_content.py``), with replies and handled remarks."""
    from . import remiss_content as r

    organisations = {o.name: o.id for o in store.list(Organisation)}
    measures = {m.title: m.id for m in store.list(Measure)}
    round_ = store.insert(RemissRound(**r.ROUND))
    for position, spec in enumerate(r.RECIPIENTS):
        organisation_id = organisations[spec["organisation"]] if spec["organisation"] else None
        recipient = store.insert(RemissRecipient(
            round_id=round_.id, organisation_id=organisation_id, name=spec["organisation"] or spec["name"],
            kind=spec["kind"], position=position))
        reply = spec["reply"]
        if reply is None:
            continue
        stored = store.insert(RemissReply(recipient_id=recipient.id, outcome=reply["outcome"],
                                          received_date=reply["date"], summary=reply["summary"]))
        store.insert_many(
            RemissRemark(reply_id=stored.id, position=index, text=remark["text"],
                         measure_id=measures.get(remark["measure"]), measure_title=remark["measure"] or "",
                         handling=remark["handling"], motivation=remark["motivation"],
                         changed_measure_id=measures.get(remark["changed"]))
            for index, remark in enumerate(spec["remarks"])
        )


#: What a measure has when it is first proposed at a meeting; the rest (goal, owner, department,
#: deadline, resources, follow-up) is added when it is decided.
_PROPOSAL_FIELDS = ("title", "description", "eccar_point", "track", "aimed_at", "target_groups", "is_new", "term",
                    "origin_meeting_id", "position", "created_at")


def _revisions(measure: Measure, history: list[dict], held_on: dict[str, int]) -> list[MeasureRevision]:
    """The measure's fields after each dated change, as the window would have kept them: the
    proposal with its title and description only, the decision with everything but the result,
    and the result once it is done. A last edit (the day after the last change) brings the
    measure to what it is now, where that differs."""
    revisions = []
    blank = Measure()
    for index, change in enumerate(history):
        if index == 0 and change["status"] == "proposed":
            then = blank.with_changes(**{name: getattr(measure, name) for name in _PROPOSAL_FIELDS})
        else:
            then = measure.with_changes(result=measure.result if change["status"] == "done" else "")
        then = then.with_changes(id=measure.id, status=change["status"])
        revisions.append(MeasureRevision(measure_id=measure.id, date=change["date"],
                                         meeting_id=held_on.get(change["date"]), fields=snapshot(then)))
    if revisions and revisions[-1].fields != snapshot(measure):
        day = date.fromisoformat(history[-1]["date"]) + timedelta(days=1)
        revisions.append(MeasureRevision(measure_id=measure.id, date=day.isoformat(), fields=snapshot(measure)))
    return revisions


def _plan(store: ProcessStore) -> None:
    """The plan's texts and its steps utkast → remiss → godkänd → antagen, each through the
    same action as the window, keeping the catalogue as it stood on that day."""
    from .. import actions
    from ..actions.plan import change_stage, update_plan_texts

    actions.perform(store, update_plan_texts(store, **c.PLAN))
    for step in c.PLAN_HISTORY:
        action = change_stage(store, step["stage"], step["date"], body=step["body"], dnr=step["dnr"],
                              note=step["note"], snapshot=lambda s, day=step["date"]: _catalogue_on(s, day),
                              now=f"{step['date']}T17:00:00+02:00")
        if action is None:
            raise ValueError(f"demo plan step refused: {step}")
        actions.perform(store, action)


def _catalogue_on(store: ProcessStore, day: str) -> str:
    """The catalogue as it stood on ``day``: the demo is written in one go, so what happened
    after that day (later meetings, status changes and results, the changes made after the
    remiss and after the adoption) is taken out of the read model before it is kept."""
    from dataclasses import replace

    from ..export.goals_data import gather_goals, gather_mapping
    from ..export.plan_versions import catalogue_json
    from ..export.report_data import gather_catalogue, meeting_label, number_measures

    data = gather_catalogue(store)
    later = {key for key, meeting in data.meetings.items() if meeting.date > day}
    labels = {meeting_label(m) for key, m in data.meetings.items() if key in later}
    data.meetings = {key: meeting for key, meeting in data.meetings.items() if key not in later}
    before_revision = day < c.PLAN_REMISS["revised"]
    entries = []
    for entry in data.measures:
        history = [change for change in entry.history if change.date <= day]
        if not history or (before_revision and entry.measure.title in c.PLAN_REMISS["added_after"]):
            continue
        changes: dict = {"status": history[-1].status}
        if len(history) < len(entry.history):
            changes["result"] = ""  # results are reported later
        if before_revision:
            changes.update(c.PLAN_REMISS["changed_after"].get(entry.measure.title, {}))
        if day < c.PLAN_AFTER_ADOPTION["changed"]:
            changes.update(c.PLAN_AFTER_ADOPTION["as_adopted"].get(entry.measure.title, {}))
        sources = [source for source in entry.sources if source.meeting is None or source.meeting.id not in later]
        entries.append(replace(entry, measure=entry.measure.with_changes(**changes), history=history, sources=sources))
    numbers = number_measures([entry.measure for entry in entries])
    data.measures = [replace(entry, number=numbers[entry.measure.id]) for entry in entries]
    data.risks = [risk for risk in data.risks if risk.meeting not in labels]
    # The goals were set after the self-assessment in May (created_at); before that the plan
    # had none. The mapping of existing work was there, with the measures the plan then had.
    kept = {entry.measure.id for entry in data.measures}
    goals = gather_goals(store, numbers, only=kept)
    data.goals = replace(goals, goals=tuple(g for g in goals.goals if g.goal.created_at[:10] <= day))
    data.mapping = gather_mapping(store, numbers, only=kept)
    return catalogue_json(data)


def _goals_and_efforts(store: ProcessStore) -> None:
    """The plan's goals (two drawn from the self-assessment's gaps) linked to their measures,
    and the mapping of existing efforts with the measures that build on them."""
    measure_ids = {m.title: m.id for m in store.list(Measure)}
    for position, spec in enumerate(c.GOALS):
        fields = {name: spec[name] for name in ("indicator", "baseline", "target_value", "target_date")}
        if "key_factor_text" in spec:
            goal = goal_from_gap(spec["key_factor_text"], spec["rating"], framework=spec["framework"],
                                 key_factor=spec["key_factor"]).with_changes(**fields)
        else:
            goal = Goal(title=spec["title"], description=spec["description"], **fields)
        goal = store.insert(goal.with_changes(position=position, created_at="2027-05-20T18:00:00+02:00"))
        store.insert_many(GoalMeasure(goal_id=goal.id, measure_id=measure_ids[title]) for title in spec["measures"])
    for position, spec in enumerate(c.EFFORTS):
        values = {key: value for key, value in spec.items() if key != "builds_on_it"}
        effort = store.insert(ExistingEffort(**values, position=position))
        store.insert_many(MeasureEffort(measure_id=measure_ids[title], effort_id=effort.id)
                          for title in spec["builds_on_it"])


def _agenda(spec: dict) -> list[dict]:
    """Agenda rows with their round numbers (rounds are counted in the order they appear)."""
    rows, number = [], 0
    for item in spec.get("agenda", []):
        round_number = None
        if item["kind"] == "round":
            number += 1
            round_number = number
        rows.append({**item, "round_number": round_number})
    return rows


def _seat_the_cafe(store: ProcessStore, meeting_id: int) -> None:
    """The demo café comes with its rotation plan, as the coordinator would have made it."""
    meeting, cafe = seating.load_cafe(store, meeting_id)
    if cafe is not None and cafe.tables and cafe.rounds:
        plan, _quality = plan_rotation(cafe.setup(), seed=meeting.rotation_seed, time_budget=0.3)
        store.insert_many(cafe.seats_for(plan))
