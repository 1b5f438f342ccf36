"""Captures contributions through the app's real capture path until it is killed.

    python capture_child.py PROCESS_FILE MEETING_ID RUN

Opens the process as the window does (ProcessStore.open, ProcessDocument), shows a
CapturePage on the meeting, and in a loop types a unique text into its entry and presses
Enter. After each ``captured`` signal (the contribution is committed and in the list) it
prints ``ACK <id> <text>`` and flushes, so the parent knows exactly what was acknowledged.
"""

from __future__ import annotations

import sys


def main(path: str, meeting_id: int, run: int) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.capture.capture_page import CapturePage
    from facilitator.ui.document import ProcessDocument

    app = QApplication(sys.argv[:1])
    store = ProcessStore.open(path)
    document = ProcessDocument(store)
    page = CapturePage(document)
    page.show_meeting(meeting_id)
    page.resize(1000, 700)
    page.show()
    counter = 0
    typed = {"text": ""}

    def acknowledged(contribution_id: int) -> None:
        print(f"ACK {contribution_id} {typed['text']}", flush=True)
        QTimer.singleShot(0, type_next)

    def type_next() -> None:
        nonlocal counter
        counter += 1
        typed["text"] = f"körning {run} bidrag {counter}: Åsa säger att fritidsgården behövs 🙂"
        page.entry.setPlainText(typed["text"])
        QTest.keyClick(page.entry, Qt.Key.Key_Return)
        if page.entry.toPlainText():  # not saved (it would say why): stop, the parent sees it
            print(f"FAILED {page.status.text()}", flush=True)
            app.exit(3)

    page.captured.connect(acknowledged)
    print("READY", flush=True)
    QTimer.singleShot(0, type_next)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
