"""Time from starting the program to a usable main window: Facilitator with a large process
(5,000 contributions, 300 measures, 200 participants), started as a coordinator starts it
(`python -m facilitator FILE`), next to a bare PySide6 window started the same way.

Each run is a fresh interpreter. The clock stops when the program reports, from inside its
event loop, that the window is shown and painted (so the next click would be handled);
shutting down is not counted, for either.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
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
"""


def time_to_ready(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError(f"{args[:3]} did not report ready: {line!r}")
    return elapsed


def run(repeats: int = 15) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.large_process import build_large_process

    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FACILITATOR_HOME": folder,
            "FACILITATOR_EXIT_WHEN_READY": "1",
        }
        path = build_large_process(Path(folder) / "stor.facilitator")
        bare_args = [sys.executable, "-c", BARE]
        app_args = [sys.executable, "-m", "facilitator", str(path)]
        time_to_ready(bare_args, env), time_to_ready(app_args, env)  # warm caches for both
        bare, app = [], []
        for _ in range(repeats):  # interleaved, so a busy moment slows both alike
            bare.append(time_to_ready(bare_args, env))
            app.append(time_to_ready(app_args, env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    return [
        {"benchmark": "start-up to usable window: bare PySide6", "median_s": bare_median, "detail": f"median of {repeats}"},
        {
            "benchmark": "start-up to usable window: Facilitator, large process open",
            "median_s": app_median,
            "detail": f"{app_median / bare_median:.2f}× bare (goal ≤ 2.5×)",
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['benchmark']:<62} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
