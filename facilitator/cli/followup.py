"""A reporting round with the departments from the command line.

    facilitator export followup-forms PROCESS_FILE --out FOLDER [--round NAME]
    facilitator import followup PROCESS_FILE FORM.xlsx... [--dry-run]

``export followup-forms`` writes one ``.xlsx`` form per department with open measures into
FOLDER (the process file is only read); the round's name defaults to "Uppföljning <month>
<year>". ``import followup`` reads the filled forms, prints every change per measure (and
"already read in" for what is already there), and applies them through the window's own
action, as one step. With any problem in any form it prints each one
(file and row) on stderr, exits 1 and writes nothing; ``--dry-run`` prints the changes and
writes nothing. The import takes the file's one-writer lock, so a process open in a window
is refused.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain.vocabulary import Plural
from .headless import core_app

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# Messages with a count, marked so that the catalogue gets their plural forms (see Plural).
_DRY_RUN = Plural.translate("FollowUpCommand", "Nothing was written (%n change(s) to read in).", "", -1)
_READ_IN = Plural.translate(
    "FollowUpCommand", "%n change(s) read in, each in the measure's status history with its round and department.",
    "", -1)



def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help=QCoreApplication.translate("FollowUpCommand", "read the departments' filled follow-up forms back"),
        description=QCoreApplication.translate(
            "FollowUpCommand", "Reads filled follow-up forms of a reporting round and records their changes."),
    )
    kinds = parser.add_subparsers(dest="kind", required=True)
    followup = kinds.add_parser("followup", help=QCoreApplication.translate(
        "FollowUpCommand", "the forms of a reporting round (.xlsx)"))
    followup.add_argument("file", help=QCoreApplication.translate("FollowUpCommand", "the process file"))
    followup.add_argument("forms", nargs="+", metavar="FORM.xlsx",
                          help=QCoreApplication.translate("FollowUpCommand", "the filled forms"))
    followup.add_argument("--dry-run", action="store_true", help=QCoreApplication.translate(
        "FollowUpCommand", "print the changes and write nothing"))
    followup.set_defaults(func=run_import)


def main(argv: list[str] | None = None) -> int:
    core_app()
    parser = argparse.ArgumentParser(prog="facilitator")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


class _Refused(Exception):
    """The lines to print on stderr."""


def _file_error(error) -> _Refused:
    from ..messages import describe_file_error

    return _Refused(describe_file_error(error))


def export_forms(args: argparse.Namespace, out=None) -> int:
    """``facilitator export followup-forms``."""
    from ..export.followup_forms import write_followup_forms
    from ..platform import paths
    from ..round_messages import round_name_for
    from ..storage import outputs
    from ..storage.errors import ProcessFileError
    from ..storage.process_store import open_read_only

    out = out or sys.stdout
    core_app(getattr(args, "language", None))
    folder = Path(args.out)
    if outputs.inside(folder, paths.backups_dir(create=False)) or (folder.exists() and not folder.is_dir()):
        print(QCoreApplication.translate("FollowUpCommand", "%1 cannot hold the forms: choose a folder of your own.").replace("%1", str(folder)),
              file=sys.stderr)
        return EXIT_ERROR
    try:
        store = open_read_only(Path(args.file))
    except ProcessFileError as error:
        print(_file_error(error), file=sys.stderr)
        return EXIT_ERROR
    round_name = " ".join((args.round or "").split()) or round_name_for(date.today(), store.process())
    try:
        written = write_followup_forms(store, folder, round_name)
    except OSError as error:
        print(QCoreApplication.translate("FollowUpCommand", "The forms could not be written in %1: %2").replace("%1", str(folder)).replace(
            "%2", error.strerror or str(error)), file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
    if not written:
        print(QCoreApplication.translate("FollowUpCommand", "No open measure names a responsible department: there is no form to write."), file=sys.stderr)
        return EXIT_ERROR
    for path in written:
        print(path, file=out)
    return EXIT_OK


def run_import(args: argparse.Namespace, out=None) -> int:
    out = out or sys.stdout
    _app, _switcher = core_app()
    try:
        import_forms(Path(args.file), [Path(f) for f in args.forms], dry_run=args.dry_run, out=out)
    except _Refused as refused:
        print(str(refused), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def import_forms(path: Path, forms: list[Path], *, dry_run: bool = False, out=None) -> None:
    from .. import actions
    from ..actions.reporting_rounds import apply_round_import, plan_round_import
    from ..importers.followup_form import read_followup_form
    from ..platform import paths
    from ..round_messages import already_text, describe_change, describe_problem
    from ..storage import backups
    from ..storage.errors import ProcessFileError
    from ..storage.process_store import ProcessStore, open_read_only

    out = out or sys.stdout
    filled = [read_followup_form(form) for form in forms]
    try:
        reader = open_read_only(path)
    except ProcessFileError as error:
        raise _file_error(error) from None
    try:
        plan = plan_round_import(reader, filled)
    finally:
        reader.close()
    if not plan.ok:
        lines = [describe_problem(p) for p in plan.problems]
        lines.append(QCoreApplication.translate("FollowUpCommand", "Nothing was read in: correct the forms and read them all in again."))
        raise _Refused("\n".join(lines))
    for change in plan.changes:
        what = already_text() if change.already else describe_change(change)
        print(QCoreApplication.translate("FollowUpCommand", "Measure %1 “%2” (%3, %4 row %5): %6").replace("%1", str(change.measure_id))
              .replace("%2", change.title).replace("%3", change.department).replace("%4", change.file)
              .replace("%5", str(change.row)).replace("%6", what), file=out)
    count = len(plan.to_apply)
    if dry_run or not count:
        print(QCoreApplication.translate("FollowUpCommand", _DRY_RUN, "", count) if dry_run
              else QCoreApplication.translate("FollowUpCommand", "Nothing new to read in: every change is already recorded."), file=out)
        return
    try:
        store = ProcessStore.open(path, before_migrating=lambda old: backups.make_backup(old, paths.backups_dir()))
    except ProcessFileError as error:
        raise _file_error(error) from None
    try:
        action = apply_round_import(store, filled)
        if action is None:  # the file changed between the two looks
            raise _Refused("\n".join(describe_problem(p) for p in plan_round_import(store, filled).problems))
        actions.perform(store, action)
    except actions.NothingToChange:
        print(QCoreApplication.translate("FollowUpCommand", "Nothing new to read in: every change is already recorded."), file=out)
        return
    except ProcessFileError as error:
        raise _file_error(error) from None
    finally:
        store.close()
    print(QCoreApplication.translate("FollowUpCommand", _READ_IN, "", count), file=out)
