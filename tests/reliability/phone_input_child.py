"""Takes in what phones send through the app's real path until it is killed.

    python phone_input_child.py PROCESS_FILE MEETING_ID

Opens the process as the window does (ProcessStore.open, ProcessDocument), switches the
meeting's phone input on through the sharing panel's action, starts the sharing
(SharingController, whose GUI thread writes what the server's inbox holds) on a free
loopback port, and prints ``READY <port> <token>``. The parent plays the phones.
"""

from __future__ import annotations

import sys


def main(path: str, meeting_id: int) -> int:
    from PySide6.QtCore import QCoreApplication

    from facilitator.actions import NothingToChange, phone_input
    from facilitator.share.controller import SharingController
    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.document import ProcessDocument, run_action

    app = QCoreApplication(sys.argv[:1])
    store = ProcessStore.open(path)
    document = ProcessDocument(store)
    try:
        run_action(document, phone_input.set_phone_input(store, meeting_id, True))
    except NothingToChange:
        pass
    sharing = SharingController(document)
    if not sharing.start(meeting_id, "127.0.0.1", 0):
        print("FAILED sharing did not start", flush=True)
        return 3
    print(f"READY {sharing.port} {sharing.token}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
