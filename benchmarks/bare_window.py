"""The bare PySide6 window that start-up benchmarks compare Facilitator against (issue 11).

The same program as `BARE` in benchmarks/startup.py, as a file so that PyInstaller can
bundle it (benchmarks/bare_window.spec): a main window of Facilitator's size with a label;
once the event loop has shown it, it prints "ready" and quits.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1180, 760)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
