"""A tiny app for the crash-handling tests, run in its own process.

    python error_child.py slot PROCESS_FILE     an exception in a slot, then more work
    python error_child.py thread PROCESS_FILE   an exception in a worker thread
    python error_child.py segfault              a native crash with faulthandler on

Prints DIALOG <text> for each error dialog it sees (and closes it), CONTINUED once it has
written again after the error.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path


def segfault() -> None:
    import faulthandler

    from facilitator.logs import enable_faulthandler

    enable_faulthandler()
    faulthandler._sigsegv()


def main(kind: str, path: Path) -> int:
    from PySide6.QtCore import QTimer

    from facilitator.app import ERROR_DIALOG, install_excepthook, make_application
    from facilitator.domain.entities import Participant
    from facilitator.logs import setup_logging
    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.document import InsertCommand, ProcessDocument

    log_file = setup_logging()
    app = make_application(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # the error dialog is this tiny app's only window
    install_excepthook(log_file)
    store = ProcessStore.create(path, "Krasch")
    document = ProcessDocument(store)

    def add(name: str) -> None:
        assert document.execute(InsertCommand(document, "Lägg till", [Participant(name=name)]))

    add("Före felet")

    def close_dialogs():
        for widget in app.topLevelWidgets():
            if widget.objectName() == ERROR_DIALOG and widget.isVisible():
                print("DIALOG " + widget.text().replace("\n", " "), flush=True)
                widget.accept()

    watcher = QTimer()
    watcher.timeout.connect(close_dialogs)
    watcher.start(20)

    def fail_in_slot():
        raise RuntimeError("oväntat fel i en slot")

    def fail_in_thread():
        worker = threading.Thread(target=lambda: 1 / 0, name="arbetare")
        worker.start()
        worker.join()

    QTimer.singleShot(50, fail_in_slot if kind == "slot" else fail_in_thread)

    def carry_on():
        add("Efter felet")
        print("CONTINUED", flush=True)
        store.close()
        app.quit()

    QTimer.singleShot(800, carry_on)
    return app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "segfault":
        segfault()
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
