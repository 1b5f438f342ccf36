"""``facilitator export``: the Word documents and spreadsheets, without the window.

    facilitator export minutes|catalogue|printables|csv|remiss-summary|self-assessment|follow-up|eccar-report|calendar|followup-forms|results-site
                       PROCESS_FILE [--meeting ID] --out PATH
                       [--contributions] [--template DOCX] [--names] [--base-url URL]
                       [--language sv|en] [--version signed|current|N] [--stage STAGE]
                       [--from YYYY-MM-DD] [--to YYYY-MM-DD]

``--version signed`` writes the minutes exactly as they were last signed (``N``: signed version
N); ``current`` (the default) writes them from the data as it is now.
``catalogue --stage remiss`` (or utkast, godkänd, antagen; the English words work too) writes
the plan as it was stored when it reached that stage (``facilitator plan FILE`` lists them).
``remiss-summary`` writes the remissammanställning of the latest remiss round.
``self-assessment`` writes the report of a self-assessment meeting's assessment, ``follow-up``
a peer review's recommendations as its follow-up report. ``eccar-report`` writes the two-yearly
report to ECCAR for the period ``--from``–``--to`` (default: the last two years up to today). ``minutes``, ``printables``,
``self-assessment`` and ``follow-up`` need ``--meeting`` (``facilitator info FILE`` lists the ids).
``calendar`` writes the follow-up calendar as reminders (an .ics file that Outlook and other
calendars import: the measures' deadlines, committee meetings, reporting rounds; re-importing
updates the same events). ``followup-forms`` writes one .xlsx form per department into the folder ``--out`` for a
reporting round named ``--round`` (cli/followup.py reads them back). ``results-site`` writes the results as web pages the municipality can publish, in a new or
empty folder, or in a zip when ``--out`` ends in ``.zip`` (one meeting's with ``--meeting``).
``csv`` writes the measures, or the contributions with ``--contributions`` (of one meeting
with ``--meeting``). Documents are Swedish unless ``--language en`` (or FACILITATOR_LANG=en).
The process file is only read, and no input is ever written over: ``--out`` may not be the
process, any other process file, the template, or lie in the app's folder of backups. A problem gives one translated line on stderr and exit
code 1; bad usage exits with 2. A document written is noted in the app's settings, as the
window notes its own, so erasing a person names it among the files that may hold them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .headless import core_app

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
DOCUMENTS = ("minutes", "catalogue", "printables", "csv", "remiss-summary", "self-assessment", "follow-up",
             "eccar-report", "calendar", "followup-forms", "results-site")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help=QCoreApplication.translate("ExportCommand", "write minutes, the catalogue of measures, "
                                                         "printables, a spreadsheet or reminders (.ics)"),
        description=QCoreApplication.translate(
            "ExportCommand", "Writes a Word document, a CSV file or the results' web pages from a process. The process "
                             "file is only read."),
    )
    parser.add_argument("document", choices=DOCUMENTS)
    parser.add_argument("file", help=QCoreApplication.translate("ExportCommand", "the process file"))
    parser.add_argument("--meeting", type=int, metavar="ID",
                        help=QCoreApplication.translate(
                            "ExportCommand", "the meeting (minutes, printables, self-assessment, follow-up; "
                                             "results-site: only this meeting)"))
    parser.add_argument("--out", required=True, metavar="PATH",
                        help=QCoreApplication.translate(
                            "ExportCommand", "the file to write (results-site: a new folder, or a .zip)"))
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
    parser.add_argument("--version", default="current", metavar="signed|current|N",
                        help=QCoreApplication.translate(
                            "ExportCommand", "minutes: the latest signed version (signed), signed version N, "
                                             "or the minutes from the data now (current, the default)"))
    parser.add_argument("--stage", metavar="STAGE",
                        help=QCoreApplication.translate(
                            "ExportCommand", "catalogue: the version stored when the plan reached this stage "
                                             "(utkast, remiss, godkänd, antagen)"))
    parser.add_argument("--from", dest="period_start", metavar="YYYY-MM-DD",
                        help=QCoreApplication.translate(
                            "ExportCommand", "eccar-report: the first day of the reporting period "
                                             "(default: two years before its last day)"))
    parser.add_argument("--to", dest="period_end", metavar="YYYY-MM-DD",
                        help=QCoreApplication.translate(
                            "ExportCommand", "eccar-report: the last day of the reporting period (default: today)"))
    parser.add_argument("--round", metavar="NAME",
                        help=QCoreApplication.translate(
                            "ExportCommand", "followup-forms: the reporting round's name (default: "
                                             "Uppföljning <month> <year>)"))
    parser.set_defaults(func=run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="facilitator")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def run(args: argparse.Namespace) -> int:
    _core_app(args.language or os.environ.get("FACILITATOR_LANG", "sv"))
    if args.document == "followup-forms":  # a folder of forms, one per department (cli/followup.py)
        from .followup import export_forms

        return export_forms(args)
    from ..export.job import NEEDS_MEETING, ExportError, ExportJob, Kind, describe_error, run_job
    from ..platform import paths
    from ..storage.errors import ProcessFileError

    if _version(args.version) is None:
        print(QCoreApplication.translate(
            "ExportCommand", "--version must be signed, current or the number of a signed version, not %1.").replace(
            "%1", args.version), file=sys.stderr)
        return EXIT_USAGE
    kind = {"minutes": Kind.MINUTES, "catalogue": Kind.CATALOGUE, "printables": Kind.PRINTABLES,
            "remiss-summary": Kind.REMISS_SUMMARY, "self-assessment": Kind.SELF_ASSESSMENT,
            "follow-up": Kind.PEER_REVIEW_FOLLOW_UP, "eccar-report": Kind.ECCAR_REPORT,
            "calendar": Kind.CALENDAR, "results-site": Kind.RESULTS_SITE}.get(
        args.document, Kind.CONTRIBUTIONS_CSV if args.contributions else Kind.MEASURES_CSV)
    if kind in NEEDS_MEETING and args.meeting is None:
        print(QCoreApplication.translate(
            "ExportCommand", "%1 needs --meeting ID; `facilitator info %2` lists the meetings.").replace(
            "%1", args.document).replace("%2", args.file), file=sys.stderr)
        return EXIT_USAGE
    if (args.period_start or args.period_end) and kind != Kind.ECCAR_REPORT:
        print(QCoreApplication.translate("ExportCommand", "--from and --to are for the ECCAR report only."),
              file=sys.stderr)
        return EXIT_USAGE
    stage = ""
    if args.stage is not None:
        from ..domain.plan import parse_stage

        if kind != Kind.CATALOGUE:
            print(QCoreApplication.translate("ExportCommand", "--stage is for the catalogue only."), file=sys.stderr)
            return EXIT_USAGE
        parsed = parse_stage(args.stage)
        if parsed is None:
            print(QCoreApplication.translate(
                "ExportCommand", "Unknown stage “%1”. Give one of: utkast, remiss, godkänd, antagen.").replace(
                "%1", args.stage), file=sys.stderr)
            return EXIT_ERROR
        stage = str(parsed)
    job = ExportJob(
        kind=kind,
        process_path=Path(args.file),
        out_path=Path(args.out),
        meeting_id=args.meeting,
        names=args.names,
        template=Path(args.template) if args.template else None,
        base_url=(args.base_url or "").strip(),
        backups_root=paths.backups_dir(create=False),
        version=_version(args.version),
        plan_stage=stage,
        period_start=(args.period_start or "").strip(),
        period_end=(args.period_end or "").strip(),
    )
    try:
        path = run_job(job)
    except (ExportError, ProcessFileError) as error:
        print(describe_error(error), file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # never a traceback for the coordinator; the log has it
        print(describe_error(error), file=sys.stderr)
        return EXIT_ERROR
    _remember(job.process_path, path)
    print(path)
    return EXIT_OK


def _version(text: str) -> str | None:
    text = (text or "").strip().casefold()
    if text in ("signed", "current", "justerad", "aktuell"):
        return {"justerad": "signed", "aktuell": "current"}.get(text, text)
    return text if text.isdigit() and int(text) > 0 else None


def _remember(process_path: Path, written) -> None:
    """Notes the document in the app's settings, where the window notes its own exports, so
    that erasing a person later names it among the files that may still hold them.

    The settings, not the process file: the file is only read here (it may be open in the
    window, or read-only), and the list is about files on this computer anyway. QSettings
    locks and merges the settings file, so a window open meanwhile keeps its own entries.
    """
    from ..platform import paths
    from ..ui.settings import Settings

    try:
        Settings.at(paths.config_dir() / "settings.ini").remember_export(process_path, written)
    except Exception as error:  # the document is written; a list we cannot update must not undo that
        import logging

        logging.getLogger("facilitator.cli").warning("could not note the export %s: %s", written, error)


def _core_app(language: str):
    """A QCoreApplication with the catalogue of ``language``."""
    return core_app(language)[0]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
