"""The phone server under hostile clients: how well real phones are served meanwhile.

    python benchmarks/bench_attacks.py

Each attack (tests/reliability/attacker.py, a process of its own, as a real attacker is another
device) runs while a good phone polls the state on fresh connections, a live phone waits on its
event stream for a publish made mid-attack, and a 20 ms timer ticks in the GUI thread. Figures,
with their goals: the good phone's slowest poll (< 1 s), publish → the live phone (< 1 s), the
GUI timer's worst delay (< 250 ms); then a poll while 20 clients never read their answers
(< 1 s) and a request on a kept-alive connection (< 20 ms: no delayed-ACK stall).

tests/reliability/test_phone_server_attacks.py runs the same attacks (this module's
``under_attack``) and proves what must hold whatever the machine's load: every poll answered,
the publish delivered, the server still running, attackers refused.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.gui_lag import GuiLag  # noqa: E402

ATTACKER = ROOT / "tests" / "reliability" / "attacker.py"

GOOD_POLL_GOAL = 1.0
PUBLISH_GOAL = 1.0
GUI_LAG_GOAL_MS = 250
PER_REQUEST_GOAL = 0.02


class GoodPhone(threading.Thread):
    """Polls the state the way the phone page does, on a fresh connection each time; keeps
    (status, seconds) of every poll (status 0: no answer before its 5 s timeout)."""

    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url = url
        self.results: list[tuple[int, float]] = []
        self.stop = threading.Event()

    def run(self):
        from tests.share import request

        while not self.stop.is_set():
            started = time.monotonic()
            try:
                status = request(self.url, timeout=5)[0]
            except OSError:
                status = 0
            self.results.append((status, time.monotonic() - started))
            self.stop.wait(0.1)

    @property
    def failed(self) -> list[tuple[int, float]]:
        return [r for r in self.results if r[0] != 200]

    @property
    def slowest(self) -> float:
        return max((seconds for _, seconds in self.results), default=float("nan"))


@dataclass
class Attacked:
    """What happened during one attack."""

    report: dict  # the attacker's own report
    phone: GoodPhone
    event: dict  # what the live phone got after the mid-attack publish
    fresh_rev: str  # the revision published mid-attack
    publish_seconds: float  # publish → the live phone
    gui_lag_ms: int
    extra: dict = field(default_factory=dict)


def under_attack(server, snapshot, wait, kind: str, *args) -> Attacked:
    """Runs the attacker process ``kind`` with ``args`` against ``server`` while a good phone
    polls, a live phone waits for a publish and the GUI timer ticks. ``wait(ms)`` runs the
    Qt event loop (qtbot.wait in tests)."""
    from tests.share import EventStream

    phone = GoodPhone(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state")
    live = EventStream(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/events")
    assert live.next_event()["event"] == "state"
    lag = GuiLag(interval_ms=20)
    process = subprocess.Popen([sys.executable, str(ATTACKER), kind, str(server.port), *map(str, args)],
                               stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(0.3)  # let the attack get going
        phone.start()
        lag.start()
        wait(700)
        fresh = type(snapshot).from_data(snapshot.token, {**snapshot.data, "title": "Ny titel under attack"})
        published = time.monotonic()
        server.publish(fresh)
        event = live.next_event()
        publish_seconds = time.monotonic() - published
        while process.poll() is None:
            wait(100)
    finally:
        phone.stop.set()
        lag.stop()
        live.close()
        if process.poll() is None:
            process.kill()
        output = process.communicate(timeout=30)[0]
        server.publish(snapshot)
    phone.join(10)
    return Attacked(json.loads(output.strip().splitlines()[-1]), phone, event, fresh.rev, publish_seconds,
                    lag.worst_ms)


def poll_while_hogged(server, snapshot, hogs: int = 20) -> tuple[int, float]:
    """(status, seconds) of one poll while ``hogs`` clients pipeline requests for the state and
    never read the answers."""
    import socket

    from tests.share import request

    sockets = []
    try:
        for _ in range(hogs):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.sendall(f"GET /m/{snapshot.token}/api/state HTTP/1.1\r\nHost: a\r\n\r\n".encode() * 200)
            sockets.append(sock)
        started = time.monotonic()
        status = request(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state", timeout=30)[0]
        return status, time.monotonic() - started
    finally:
        for sock in sockets:
            sock.close()


def kept_alive(server, snapshot, requests: int = 50) -> tuple[list[int], float]:
    """(statuses, seconds per request) of ``requests`` polls on one kept-alive connection."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    statuses = []
    try:
        started = time.monotonic()
        for _ in range(requests):
            connection.request("GET", f"/m/{snapshot.token}/api/state")
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
        return statuses, (time.monotonic() - started) / requests
    finally:
        connection.close()


def _verdict(value: float, goal: float, unit: str) -> str:
    return f"goal < {goal:g} {unit} ({'met' if value < goal else 'NOT met'})"


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.demo.builder import build_demo
    from facilitator.share.server import ShareServer
    from facilitator.share.snapshot import build_snapshot
    from facilitator.storage.process_store import ProcessStore

    QApplication.instance() or QApplication([sys.argv[0]])
    logging.getLogger("uvicorn.error").setLevel(logging.ERROR)  # not a warning per malformed request
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-attacks-") as folder:
        store = ProcessStore.open(build_demo(Path(folder) / "demo.facilitator"))
        server = ShareServer()
        server.start("127.0.0.1", 0)
        try:
            snapshot = build_snapshot(store, 1)
            server.publish(snapshot)
            for title, args in (("slowloris, 900 connections for 10 s", ("slowloris", 900, 10)),
                                ("20,000 wrong tokens", ("tokens", 20000, 4)),
                                ("oversized heads, 400 connections for 10 s", ("headers", 400, 10))):
                done = under_attack(server, snapshot, QTest.qWait, *args)
                answered = len(done.phone.results) - len(done.phone.failed)
                rows += [
                    {"benchmark": f"attack: {title}: a good phone's slowest poll", "median_s": done.phone.slowest,
                     "detail": f"{answered}/{len(done.phone.results)} polls answered; "
                               f"{_verdict(done.phone.slowest, GOOD_POLL_GOAL, 's')}"},
                    {"benchmark": f"attack: {title}: publish → live phone", "median_s": done.publish_seconds,
                     "detail": _verdict(done.publish_seconds, PUBLISH_GOAL, "s")},
                    {"benchmark": f"attack: {title}: GUI timer worst delay", "median_s": done.gui_lag_ms / 1000,
                     "detail": _verdict(done.gui_lag_ms, GUI_LAG_GOAL_MS, "ms")},
                ]
            status, seconds = poll_while_hogged(server, snapshot)
            rows.append({"benchmark": "attack: a poll while 20 clients never read their answers", "median_s": seconds,
                         "detail": f"status {status}; {_verdict(seconds, GOOD_POLL_GOAL, 's')}"})
            statuses, per_request = kept_alive(server, snapshot)
            rows.append({"benchmark": "phones: a poll on a kept-alive connection (50 in a row)",
                         "median_s": per_request,
                         "detail": f"{statuses.count(200)}/50 answered; "
                                   f"{_verdict(per_request * 1000, PER_REQUEST_GOAL * 1000, 'ms')}"})
        finally:
            server.stop()
            store.close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
