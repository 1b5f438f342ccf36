"""``facilitator clean``: a cleaned copy of a process file that was refused for what another
program put in it (views, triggers, extra tables, a structure that does not match).

    facilitator clean PROCESS_FILE --out NEW_FILE

The original is only read and never changed; nothing stored in it runs (storage/cleaning.py).
The copy holds what Facilitator's own tables hold; what was left out is named. A problem gives
one translated line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

EXIT_OK, EXIT_ERROR = 0, 1


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "clean",
        help=QCoreApplication.translate("CleanCommand", "save a cleaned copy of a refused process file"),
        description=QCoreApplication.translate(
            "CleanCommand", "Saves a copy of a process file with only what Facilitator makes: views, triggers and "
                            "tables of other programs are left out. The original is not changed."),
    )
    parser.add_argument("file", help=QCoreApplication.translate("CleanCommand", "the process file"))
    parser.add_argument("--out", required=True, metavar="NEW_FILE",
                        help=QCoreApplication.translate("CleanCommand", "where to save the copy"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..messages import describe_cleaned_copy, describe_cleaning_refused, describe_file_error
    from ..platform import paths
    from ..storage.cleaning import CleaningRefused, clean_copy
    from ..storage.errors import ProcessFileError
    from .headless import core_app

    core_app()
    try:
        made = clean_copy(Path(args.file), Path(args.out), backups_root=paths.backups_dir(create=False))
    except CleaningRefused as error:
        print(describe_cleaning_refused(error), file=sys.stderr)
        return EXIT_ERROR
    except ProcessFileError as error:
        print(describe_file_error(error), file=sys.stderr)
        return EXIT_ERROR
    print(describe_cleaned_copy(made))
    return EXIT_OK
