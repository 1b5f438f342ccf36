"""``facilitator export``: the Word documents and spreadsheets, without the window.

    facilitator export minutes|catalogue|printables|csv|self-assessment|follow-up PROCESS_FILE [--meeting ID] --out PATH
                       [--contributions] [--template DOCX] [--names] [--base-url URL]
                       [--language sv|en]

``self-assessment`` writes the report of a self-assessment meeting's assessment, ``follow-up``
a peer review's recommendations as its follow-up report. ``minutes``, ``printables``,
``self-assessment`` and ``follow-up`` need ``--meeting`` (``facilitator info FILE`` lists the ids).
``csv`` writes the measures, or the contributions with ``--contributions`` (of one meeting
with ``--meeting``). Documents are Swedish unless ``--language en`` (or FACILITATOR_LANG=en).
The process file is only read, and no input is ever written over: ``--out`` may not be the
process, any other process file, the template, or lie in the app's folder of backups. A problem gives one translated line on stderr and exit
code 1; bad usage exits with 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .headless import core_app

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
DOCUMENTS = ("minutes", "catalogue", "printables", "csv", "self-assessment", "follow-up")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help=QCoreApplication.translate("ExportCommand", "write minutes, the catalogue of measures, "
                                                         "printables or a spreadsheet"),
        description=QCoreApplication.translate(
            "ExportCommand", "Writes a Word document or a CSV file from a process. The process file is only read."),
    )
    parser.add_argument("document", choices=DOCUMENTS)
    parser.add_argument("file", help=QCoreApplication.translate("ExportCommand", "the process file"))
    parser.add_argument("--meeting", type=int, metavar="ID",
                        help=QCoreApplication.translate(
                            "ExportCommand", "the meeting (minutes, printables, self-assessment, follow-up)"))
    parser.add_argument("--out", required=True, metavar="PATH",
                        help=QCoreApplication.translate("ExportCommand", "the file to write"))
    parser.add_argument("--contributions", action="store_true",
                        help=QCoreApplication.translate(
                            "ExportCommand", "csv: the contributions instead of the measures"))
    parser.add_argument("--template", metavar="DOCX",
                        help=QCoreApplication.translate(
                            "ExportCommand", "a Word template (.docx or .dotx) to take the styles from"))
    parser.add_argument("--names", action="store_true",
                        help=QCoreApplication.translate("ExportCommand", "minutes: list the participants by name"))
    parser.add_argument("--base-url", metavar="URL",
                        help=QCoreApplication.translate("ExportCommand", "printables: the address phones use, "
                                                                         "e.g. http://10.42.0.1:8765"))
    parser.add_argument("--language", choices=("sv", "en"),
                        help=QCoreApplication.translate("ExportCommand", "the language of the document (default sv)"))
    parser.set_defaults(func=run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="facilitator")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def run(args: argparse.Namespace) -> int:
    _core_app(args.language or os.environ.get("FACILITATOR_LANG", "sv"))
    from ..export.job import NEEDS_MEETING, ExportError, ExportJob, Kind, describe_error, run_job
    from ..platform import paths
    from ..storage.errors import ProcessFileError

    kind = {"minutes": Kind.MINUTES, "catalogue": Kind.CATALOGUE, "printables": Kind.PRINTABLES,
            "self-assessment": Kind.SELF_ASSESSMENT, "follow-up": Kind.PEER_REVIEW_FOLLOW_UP}.get(
        args.document, Kind.CONTRIBUTIONS_CSV if args.contributions else Kind.MEASURES_CSV)
    if kind in NEEDS_MEETING and args.meeting is None:
        print(QCoreApplication.translate(
            "ExportCommand", "%1 needs --meeting ID; `facilitator info %2` lists the meetings.").replace(
            "%1", args.document).replace("%2", args.file), file=sys.stderr)
        return EXIT_USAGE
    job = ExportJob(
        kind=kind,
        process_path=Path(args.file),
        out_path=Path(args.out),
        meeting_id=args.meeting,
        names=args.names,
        template=Path(args.template) if args.template else None,
        base_url=(args.base_url or "").strip(),
        backups_root=paths.backups_dir(create=False),
    )
    try:
        path = run_job(job)
    except (ExportError, ProcessFileError) as error:
        print(describe_error(error), file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # never a traceback for the coordinator; the log has it
        print(describe_error(error), file=sys.stderr)
        return EXIT_ERROR
    print(path)
    return EXIT_OK


def _core_app(language: str):
    """A QCoreApplication with the catalogue of ``language``."""
    return core_app(language)[0]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
