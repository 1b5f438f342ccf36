"""Guards against known binding bugs that would crash the app in the field."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(str, int, str)


def test_emitting_signals_keeps_reference_counts_of_true_and_false(qapp):
    emitter = Emitter()
    emitter.changed.connect(lambda *args: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.changed.emit("participant", 1, "updated")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert abs(after[0] - before[0]) < 20 and abs(after[1] - before[1]) < 20
