"""Command line: start the window, or run headless commands on the same domain and storage.

    facilitator [FILE]                 open the window (on FILE, the last file, or the demo)
    facilitator demo FILE [--force]    write the demo process
    facilitator info FILE [--json]     describe a process
    facilitator rotation ...           a World Café seating plan
    facilitator export ...             minutes, the action-plan catalogue, printables, CSV,
                                       the departments' follow-up forms
    facilitator import followup ...    the departments' filled follow-up forms back in
    facilitator plan FILE ...          the plan's stage and history; --stage records a new one
    facilitator serve ...              the phone pages of a meeting, without the window
    facilitator clean FILE --out NEW   a cleaned copy of a file refused for foreign objects
    facilitator --smoke-test           build the window on a temporary process and exit
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_NAME

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2



def _core_app():
    """A QCoreApplication with the Swedish (or English) catalogue, for messages only."""
    from .headless import core_app

    return core_app()


def cmd_demo(args) -> int:
    from ..demo.builder import build_demo
    from ..messages import describe_file_error
    from ..storage.errors import ProcessFileError

    app, _switcher = _core_app()
    path = Path(args.file)
    try:
        build_demo(path, overwrite=args.force)
    except ProcessFileError as error:
        print(describe_file_error(error), file=sys.stderr)
        return EXIT_ERROR
    print(path)
    return EXIT_OK


def describe_process(path: Path) -> dict:
    from ..export.assessment_data import describe_assessments
    from ..storage import meetings as meeting_repo
    from ..storage.process_store import open_read_only

    # Read-only: open without migrating or writing.
    store = open_read_only(path)
    try:
        process = store.process()
        meetings = meeting_repo.by_date(store)
        counts = store.counts()
        waiting = _waiting_from_phones(store)
        return {
            "file": str(path),
            "title": process.title,
            "municipality": process.municipality,
            "plan_stage": process.plan_stage,
            "schema": store.schema_version(),
            "meetings": [
                {"id": m.id, "format": m.format, "title": m.title, "date": m.date, "start_time": m.start_time,
                 "waiting_from_phones": waiting.get(m.id, 0)}
                for m in meetings
            ],
            "waiting_from_phones": sum(waiting.values()),
            "participants": counts["participant"],
            "organisations": counts["organisation"],
            "contributions": counts["contribution"],
            "measures": counts["measure"],
            "assessments": describe_assessments(store),
        }
    finally:
        store.close()


def _waiting_from_phones(store) -> dict[int, int]:
    """Meeting id -> submissions from phones waiting for review (none in a file older than
    phone input)."""
    from ..storage import phone_input

    return phone_input.waiting_counts(store)


def cmd_info(args) -> int:
    from PySide6.QtCore import QCoreApplication

    from ..domain import vocabulary as v
    from ..messages import describe_file_error
    from ..storage.errors import ProcessFileError

    app, _switcher = _core_app()
    try:
        info = describe_process(Path(args.file))
    except ProcessFileError as error:
        print(describe_file_error(error), file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        import json

        print(json.dumps(info, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(info["title"])
    if info["municipality"]:
        print(info["municipality"])
    print()
    print(QCoreApplication.translate("Cli", "Meetings:"))
    for meeting in info["meetings"]:
        kind = QCoreApplication.translate("Vocabulary", v.MEETING_FORMAT_LABELS.get(meeting["format"], meeting["format"]))
        print(f"  [{meeting['id']}] {meeting['date']} {meeting['start_time']}  {kind}: {meeting['title']}")
        waiting = meeting["waiting_from_phones"]
        if waiting:
            # Marked with Plural so that the catalogue gets the plural forms.
            marked = v.Plural.translate("Cli", "%n waiting from phones", "", -1)
            print("      " + QCoreApplication.translate("Cli", marked, "", waiting))
    if info["assessments"]:
        from ..domain.assessment import RATING_LABELS, rating_of

        print()
        print(QCoreApplication.translate("Cli", "Self-assessments:"))
        for assessment in info["assessments"]:
            title = next((m["title"] for m in info["meetings"] if m["id"] == assessment["meeting_id"]), "")
            print(f"  [{assessment['meeting_id']}] {title}")
            for factor in assessment["ratings"]:
                rating = QCoreApplication.translate("Assessment", RATING_LABELS[rating_of(factor["rating"])])
                if factor["preliminary"]:
                    rating += " " + QCoreApplication.translate("Cli", "(preliminary)")
                print(f"    {factor['theme']:02d} {factor['title']}: {rating}")
    print()
    print(QCoreApplication.translate("Cli", "Participants: %1").replace("%1", str(info["participants"])))
    print(QCoreApplication.translate("Cli", "Contributions: %1").replace("%1", str(info["contributions"])))
    print(QCoreApplication.translate("Cli", "Measures: %1").replace("%1", str(info["measures"])))
    return EXIT_OK


def smoke_test() -> int:
    """Tries what a coordinator will hit first in a temporary folder (facilitator/smoke.py)."""
    from .smoke import run

    return run()


def build_parser():
    import argparse

    parser = argparse.ArgumentParser(prog="facilitator", description=__doc__.splitlines()[0])
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--smoke-test", action="store_true", help="build the window offscreen and exit")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="write the demo process to FILE")
    demo.add_argument("file")
    demo.add_argument("--force", action="store_true", help="replace FILE if it exists")
    demo.set_defaults(func=cmd_demo)
    info = sub.add_parser("info", help="describe a process file")
    info.add_argument("file")
    info.add_argument("--json", action="store_true")
    info.set_defaults(func=cmd_info)
    from . import clean as clean_command, export as export_command, rotation as rotation_command  # noqa: I001
    from . import followup as followup_command, plan as plan_command, serve as serve_command

    for command in (rotation_command, export_command, followup_command, plan_command, serve_command, clean_command):
        command.add_parser(sub)
    return parser


def attach_console() -> None:
    """The Windows build is a windowed program (no console window opens with the app), so it
    has no standard output; run from a console (``facilitator.exe --version``), it prints
    there. Started from the Start menu or a double-click there is none, and nothing changes."""
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes

    ATTACH_PARENT_PROCESS = -1
    if not ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return
    # "CONOUT$" opens as a Windows console stream, which takes any Unicode text.
    if sys.stdout is None:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 - lives with the process
    if sys.stderr is None:
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def utf8_locale() -> None:
    """A shell without LANG (a bare system, a service) leaves the "C" locale; Qt would switch
    to UTF-8 itself, with a four-line warning on every command. Python's own start does the
    same quietly; a frozen build does not, so it is done here, before Qt starts."""
    if sys.platform == "win32":
        return
    import locale

    if locale.setlocale(locale.LC_CTYPE) in ("C", "POSIX"):
        try:
            locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
        except locale.Error:
            return
        os.environ["LC_CTYPE"] = "C.UTF-8"


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # The frozen app is its own Python: a child process it spawns (a registration list
        # is read in one, importers/list_process.py) starts this executable again, and
        # freeze_support runs the child's work there and exits, before anything else.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    utf8_locale()
    if argv:
        attach_console()
    commands = {"demo", "info", "rotation", "export", "import", "plan", "serve", "clean", "-h", "--help", "--version", "--smoke-test"}
    if not argv or argv[0] not in commands:
        if argv and argv[0].startswith("-") and argv[0] not in commands:
            build_parser().parse_args(argv)  # prints usage for unknown options
        from ..app import run

        return run([sys.argv[0]], argv[0] if argv else None)
    args = build_parser().parse_args(argv)
    if args.smoke_test:
        return smoke_test()
    return args.func(args)
