"""``facilitator plan``: the plan's stage, its history and its stored versions, and a new step.

    facilitator plan FILE [--json]
    facilitator plan FILE --stage utkast|remiss|godkänd|antagen --date YYYY-MM-DD
                          [--body TEXT] [--dnr TEXT] [--note TEXT]
    facilitator plan FILE --compare A B

Without ``--stage`` the file is only read. ``--stage`` (the English words draft, consultation,
approved, adopted work too) records a step through the same action as the window, with a
copy of the catalogue as it then stands; it takes the file's one-writer lock, so a process
open in a window is refused. ``--compare`` lists the measures added, removed and changed
between two stored versions: each is a stage word (its latest version), a version number, or
``nu``/``now`` for the plan as it is.

A problem (an unknown stage, a bad date, a step the rules refuse, a file that cannot be
opened) gives one translated line on stderr and exit code 1, and the file is not changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .headless import core_app

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
NOW_WORDS = ("nu", "now")


class PlanCommandError(Exception):
    """A problem, as the translated line shown on stderr."""


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "plan",
        help=QCoreApplication.translate("PlanCommand", "show the plan's stage and history, or record a new stage"),
        description=QCoreApplication.translate(
            "PlanCommand", "Shows the plan's stage, its history and its stored versions. With --stage, records a "
                           "new stage and keeps the catalogue as it then stands."),
    )
    parser.add_argument("file", help=QCoreApplication.translate("PlanCommand", "the process file"))
    parser.add_argument("--stage", metavar="STAGE", help=QCoreApplication.translate(
        "PlanCommand", "the new stage: utkast, remiss, godkänd or antagen"))
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=QCoreApplication.translate(
        "PlanCommand", "the day of the decision"))
    parser.add_argument("--body", default="", metavar="TEXT", help=QCoreApplication.translate(
        "PlanCommand", "who decided, e.g. Kommunfullmäktige"))
    parser.add_argument("--dnr", default="", metavar="TEXT", help=QCoreApplication.translate(
        "PlanCommand", "the decision's registration number (diarienummer)"))
    parser.add_argument("--note", default="", metavar="TEXT", help=QCoreApplication.translate(
        "PlanCommand", "a note on the step"))
    parser.add_argument("--compare", nargs=2, metavar=("A", "B"), help=QCoreApplication.translate(
        "PlanCommand", "list what changed between two versions (a stage, a version number, or nu)"))
    parser.add_argument("--json", action="store_true", help=QCoreApplication.translate(
        "PlanCommand", "write the stage, history and versions as JSON"))
    parser.set_defaults(func=run)


def main(argv: list[str] | None = None) -> int:
    core_app()
    parser = argparse.ArgumentParser(prog="facilitator")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def run(args: argparse.Namespace, out=None) -> int:
    out = out or sys.stdout
    app, _switcher = core_app()  # kept alive while the messages are made
    path = Path(args.file)
    try:
        if args.stage is not None or args.date is not None:
            record_step(path, args.stage, args.date, body=args.body, dnr=args.dnr, note=args.note, out=out)
        elif args.compare:
            compare(path, *args.compare, out=out)
        else:
            show(path, as_json=args.json, out=out)
    except PlanCommandError as error:
        print(str(error), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


# -- reading -------------------------------------------------------------------------------------------


def _file_error(error) -> PlanCommandError:
    from ..messages import describe_file_error

    return PlanCommandError(describe_file_error(error))


def _read_only(path: Path):
    from ..storage.errors import ProcessFileError
    from ..storage.process_store import open_read_only

    try:
        return open_read_only(path)
    except ProcessFileError as error:
        raise _file_error(error) from None


def stage_name(stage: str) -> str:
    from ..domain import vocabulary as v

    return QCoreApplication.translate("Vocabulary", v.PLAN_STAGE_LABELS.get(stage, stage))


def describe(store) -> dict:
    """The plan's texts, stage, history and versions as plain values (``--json``)."""
    from ..domain.plan import PLAN_TEXT_FIELDS, timeline
    from ..storage import plan as repo

    process = store.process()
    return {
        "file": str(store.path),
        "title": process.title,
        **{name: getattr(process, name) for name in PLAN_TEXT_FIELDS},
        "stage": process.plan_stage,
        "stage_date": process.plan_stage_date,
        "history": [
            {"id": step.change.id, "stage": step.change.stage, "date": step.change.date, "from": step.previous,
             "direction": str(step.direction), "body": step.change.body, "dnr": step.change.dnr,
             "note": step.change.note}
            for step in timeline(repo.stage_history(store))
        ],
        "versions": [
            {"number": number, "id": version.id, "stage": version.stage, "date": version.date,
             "stored_at": version.created_at}
            for number, version in enumerate(repo.versions(store), start=1)
        ],
    }


def show(path: Path, as_json: bool = False, out=None) -> None:
    out = out or sys.stdout
    store = _read_only(path)
    try:
        info = describe(store)
    finally:
        store.close()
    if as_json:
        print(json.dumps(info, ensure_ascii=False, indent=2), file=out)
        return
    print(info["plan_title"] or info["title"], file=out)
    facts = [info["municipality"], info["plan_period"]]
    if info["plan_dnr"]:
        facts.append(QCoreApplication.translate("PlanCommand", "dnr %1").replace("%1", info["plan_dnr"]))
    print(" · ".join(fact for fact in facts if fact), file=out)
    print(file=out)
    stage = stage_name(info["stage"])
    if info["stage_date"]:
        stage = QCoreApplication.translate("PlanCommand", "%1 (%2)").replace("%1", stage).replace("%2", info["stage_date"])
    print(QCoreApplication.translate("PlanCommand", "Stage: %1").replace("%1", stage), file=out)
    print(file=out)
    print(QCoreApplication.translate("PlanCommand", "History:"), file=out)
    if not info["history"]:
        print("  " + QCoreApplication.translate("PlanCommand", "No stage has been recorded yet."), file=out)
    for step in info["history"]:
        moved = stage_name(step["stage"]) if step["from"] is None else f"{stage_name(step['from'])} → {stage_name(step['stage'])}"
        if step["direction"] == "back":
            moved += " " + QCoreApplication.translate("PlanCommand", "(back)")
        parts = [step["date"], moved, step["body"]]
        if step["dnr"]:
            parts.append(QCoreApplication.translate("PlanCommand", "dnr %1").replace("%1", step["dnr"]))
        print("  " + "  ".join(part for part in parts if part), file=out)
        if step["note"]:
            for line in step["note"].splitlines():
                print("      " + line, file=out)
    print(file=out)
    print(QCoreApplication.translate("PlanCommand", "Stored versions:"), file=out)
    if not info["versions"]:
        print("  " + QCoreApplication.translate("PlanCommand", "None yet: a version is kept each time a stage is recorded."), file=out)
    for version in info["versions"]:
        print(f"  [{version['number']}] {version['date']}  {stage_name(version['stage'])}", file=out)


# -- a new step ----------------------------------------------------------------------------------------


def _check_words(stage_word: str | None, day: str | None):
    from ..domain.plan import parse_day, parse_stage

    if stage_word is None:
        raise PlanCommandError(QCoreApplication.translate("PlanCommand", "Give the new stage with --stage (utkast, remiss, godkänd or antagen)."))
    stage = parse_stage(stage_word)
    if stage is None:
        raise PlanCommandError(QCoreApplication.translate(
            "PlanCommand", "Unknown stage “%1”. Give one of: utkast, remiss, godkänd, antagen.").replace("%1", stage_word))
    if day is None:
        raise PlanCommandError(QCoreApplication.translate("PlanCommand", "Give the day of the decision with --date YYYY-MM-DD."))
    if parse_day(day) is None:
        raise PlanCommandError(QCoreApplication.translate(
            "PlanCommand", "“%1” is not a date. Write the day as YYYY-MM-DD, e.g. 2027-06-14.").replace("%1", day))
    return stage


def refusal(check, stage: str) -> str:
    """The sentence for a step the rules refuse (``domain.plan.StageCheck``)."""
    from ..domain.plan import StageProblem

    if check.problem == StageProblem.SAME_STAGE:
        return QCoreApplication.translate("PlanCommand", "The plan is already at the stage “%1”. Nothing was changed.").replace(
            "%1", stage_name(stage))
    if check.problem == StageProblem.BEFORE_LAST:
        return QCoreApplication.translate("PlanCommand", "The latest step is dated %1; a new step cannot be dated before it. "
                                 "Nothing was changed.").replace("%1", check.last_date)
    if check.problem == StageProblem.BAD_DATE:
        return QCoreApplication.translate("PlanCommand", "Write the day as YYYY-MM-DD, e.g. 2027-06-14.")
    return QCoreApplication.translate("PlanCommand", "Give one of: utkast, remiss, godkänd, antagen.")


def record_step(path: Path, stage_word: str | None, day: str | None, *, body: str = "", dnr: str = "",
                note: str = "", out=None) -> None:
    """Records the step through the window's own action; raises PlanCommandError (and
    changes nothing) when the words, the rules or the file refuse it."""
    from .. import actions
    from ..actions import plan as edit
    from ..export.plan_versions import catalogue_snapshot
    from ..platform import paths
    from ..storage import backups
    from ..storage.errors import ProcessFileError
    from ..storage.process_store import ProcessStore

    out = out or sys.stdout
    stage = _check_words(stage_word, day)
    assert day is not None
    # The rules are asked first on a read-only connection, so a refused step leaves the file
    # exactly as it was (opening for writing would bring an older file up to date).
    reader = _read_only(path)
    try:
        check = edit.stage_check(reader, stage, day)
    finally:
        reader.close()
    if not check.allowed:
        raise PlanCommandError(refusal(check, stage))
    try:
        store = ProcessStore.open(path, before_migrating=lambda old: backups.make_backup(old, paths.backups_dir()))
    except ProcessFileError as error:
        raise _file_error(error) from None
    try:
        action = edit.change_stage(store, stage, day, snapshot=catalogue_snapshot, body=body, dnr=dnr, note=note)
        if action is None:  # the file changed between the two looks
            raise PlanCommandError(refusal(edit.stage_check(store, stage, day), stage))
        actions.perform(store, action)
    except ProcessFileError as error:
        raise _file_error(error) from None
    finally:
        store.close()
    print(QCoreApplication.translate("PlanCommand", "The plan is now at the stage “%1” (%2); the catalogue as it "
                                                    "stands is kept as version %3.")
          .replace("%1", stage_name(stage)).replace("%2", day.strip())
          .replace("%3", str(_version_number(path, action))), file=out)


def _version_number(path: Path, action) -> int:
    from ..storage import plan as repo

    store = _read_only(path)
    try:
        ids = [version.id for version in repo.versions(store)]
    finally:
        store.close()
    version = action.version
    return ids.index(version.id) + 1 if version is not None and version.id in ids else len(ids)


# -- comparing two versions ----------------------------------------------------------------------------


def _pick(store, word: str):
    """(label, process, measures, numbers) of a version named by a stage, a number or "nu"."""
    from ..domain.plan import parse_stage
    from ..export.plan_versions import StoredVersionError, version_contents
    from ..export.report_data import gather_catalogue
    from ..storage import plan as repo

    if word.strip().casefold() in NOW_WORDS:
        data = gather_catalogue(store)
        return (QCoreApplication.translate("PlanCommand", "the plan as it is now"), data.process, [e.measure for e in data.measures],
                {e.measure.id: e.number for e in data.measures})
    listed = repo.versions(store)
    chosen = None
    if word.strip().isdigit():
        number = int(word)
        if 1 <= number <= len(listed):
            chosen = listed[number - 1]
    else:
        stage = parse_stage(word)
        if stage is None:
            raise PlanCommandError(QCoreApplication.translate(
                "PlanCommand", "“%1” names no version: give a stage (utkast, remiss, godkänd, antagen), a version "
                               "number or nu.").replace("%1", word))
        of_stage = [version for version in listed if version.stage == stage]
        chosen = of_stage[-1] if of_stage else None
    if chosen is None:
        raise PlanCommandError(QCoreApplication.translate("PlanCommand", "The plan has no stored version “%1”. `facilitator plan FILE` "
                                                 "lists them.").replace("%1", word))
    number = listed.index(chosen) + 1
    version = repo.version(store, chosen.id)
    assert version is not None
    try:
        process, measures, numbers = version_contents(version.content)
    except StoredVersionError as error:
        raise PlanCommandError(QCoreApplication.translate("PlanCommand", "Version %1 cannot be read (%2).").replace("%1", str(number))
                               .replace("%2", str(error))) from None
    label = QCoreApplication.translate("PlanCommand", "version %1 (%2, %3)").replace("%1", str(number)).replace(
        "%2", stage_name(version.stage)).replace("%3", version.date)
    return label, process, measures, numbers


def compare(path: Path, first: str, second: str, out=None) -> None:
    from ..domain.plan import PLAN_TEXT_LABELS, diff_versions
    from ..export.labels import field_label

    out = out or sys.stdout
    store = _read_only(path)
    try:
        before = _pick(store, first)
        after = _pick(store, second)
    finally:
        store.close()
    diff = diff_versions((before[1], before[2]), (after[1], after[2]))
    print(QCoreApplication.translate("PlanCommand", "From %1 to %2:").replace("%1", before[0]).replace("%2", after[0]), file=out)
    if diff.empty:
        print("  " + QCoreApplication.translate("PlanCommand", "No differences."), file=out)
        return

    def name(measure, numbers) -> str:
        return f"{numbers.get(measure.id, '')} {measure.title}".strip()

    print(QCoreApplication.translate("PlanCommand", "Measures added: %1").replace("%1", str(len(diff.added))), file=out)
    for measure in diff.added:
        print("  + " + name(measure, after[3]), file=out)
    print(QCoreApplication.translate("PlanCommand", "Measures removed: %1").replace("%1", str(len(diff.removed))), file=out)
    for measure in diff.removed:
        print("  − " + name(measure, before[3]), file=out)
    print(QCoreApplication.translate("PlanCommand", "Measures changed: %1").replace("%1", str(len(diff.changed))), file=out)
    for change in diff.changed:
        fields = ", ".join(field_label(field) if field != "title" else QCoreApplication.translate("PlanCommand", "Title")
                           for field in change.fields)
        print(f"  ~ {name(change.after, after[3])}: {fields}", file=out)
    if diff.texts:
        texts = ", ".join(QCoreApplication.translate("PlanTexts", PLAN_TEXT_LABELS[name]) for name in diff.texts)
        print(QCoreApplication.translate("PlanCommand", "The plan's texts changed: %1").replace("%1", texts), file=out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
