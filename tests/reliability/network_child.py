"""Opens a process on a network drive in the real window, makes one edit and waits to be
killed before the edit is saved back (issue 14: crash recovery of a working copy).

    python network_child.py PROCESS_FILE NAME

FACILITATOR_HOME and FACILITATOR_NETWORK_FOLDERS come from the parent. Prints ``ACK`` once
the edit is committed to the local copy, then never saves back (the pause before writing
back is made an hour).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(path: str, name: str) -> int:
    from PySide6.QtWidgets import QApplication

    from facilitator.ui import session
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.meeting import meeting_edits as edits
    from facilitator.ui.settings import Settings

    session.WRITE_BACK_MS = 3_600_000
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(Settings.at(folder / "settings.ini"), None, folder / "backups")
    window.show()
    if not window.open_process(path) or window.session.network is None:
        print("FAILED to open on the network drive", flush=True)
        return 3
    if not edits.add_participant(window.document, name):
        print("FAILED to edit", flush=True)
        return 3
    print("ACK", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
