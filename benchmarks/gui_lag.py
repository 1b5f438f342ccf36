"""How late the GUI thread gets to its events while something else runs: a precise timer in the
GUI thread and, for each tick, how long past its due time it came. Shared by the benchmarks
that load the window from outside (phones, phone input, attacks on the server)."""

from __future__ import annotations


class GuiLag:
    """``start()``/``stop()`` around the measured time; ``lags`` (seconds, one per tick) and
    ``worst_ms`` afterwards. Runs in the thread with the Qt event loop."""

    def __init__(self, interval_ms: int = 10):
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.interval_ms = interval_ms
        self.lags: list[float] = []
        self.clock = QElapsedTimer()
        self._last = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.lags.append(max(0.0, (now - self._last) / 1e9 - self.interval_ms / 1000))
        self._last = now

    @property
    def worst_ms(self) -> float:
        return max(self.lags, default=0.0) * 1000
