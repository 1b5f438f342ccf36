"""Takes in what phones send through the app's real path until it is killed.

    python phone_input_child.py PROCESS_FILE MEETING_ID

Opens the process as the window does (ProcessStore.open, ProcessDocument), switches the
meeting's phone input on through the sharing panel's action, starts the sharing
(SharingController, whose GUI thread writes what the server's inbox holds) on a free
loopback port, makes the café's table hosts' links (the sharing panel's action) and prints
``READY <port> <token> <host tokens, comma-separated>``. The parent plays the phones.
"""

from __future__ import annotations

import sys


def main(path: str, meeting_id: int) -> int:
    from PySide6.QtCore import QCoreApplication

    from facilitator.actions import NothingToChange, host_links, phone_input
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
    try:
        run_action(document, host_links.create_links(store, meeting_id))
    except NothingToChange:
        pass
    from facilitator.storage import host_links as links_repo

    hosts = ",".join(link.token for link in links_repo.links_of(store, meeting_id))
    sharing = SharingController(document)
    if not sharing.start(meeting_id, "127.0.0.1", 0):
        print("FAILED sharing did not start", flush=True)
        return 3
    print(f"READY {sharing.port} {sharing.token} {hosts}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
