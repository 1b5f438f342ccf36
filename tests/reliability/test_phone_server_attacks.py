"""The phone server under hostile clients (raw sockets, from another process): malformed
requests, slowloris, oversized heads, thousands of wrong tokens. While each attack runs, a
real phone's polls still succeed within a bound, a live phone still gets a publish, and the
GUI thread's timers stay on time."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QElapsedTimer, QTimer

from facilitator.share import server as server_module
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import build_snapshot
from facilitator.storage.process_store import ProcessStore

from ..share import EventStream, demo_file, request
from ..share.server_helpers import sharing
from . import scaled

ATTACKER = Path(__file__).with_name("attacker.py")
#: A phone's poll must be answered within this, whatever else is going on.
GOOD_CLIENT_BOUND = 1.0


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = ProcessStore.open(demo_file(tmp_path_factory.mktemp("attacks")))
    yield store
    store.close()


@pytest.fixture
def shared(demo):
    with sharing(demo) as shared_server:
        yield shared_server


class GoodPhone(threading.Thread):
    """Polls the state the way the phone page does, on a fresh connection each time."""

    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url = url
        self.results: list[tuple[int, float]] = []
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                status = request(self.url, timeout=5)[0]
            except OSError:
                status = 0
            self.results.append((status, time.monotonic() - started))
            self.stop.wait(0.1)

    def check(self):
        assert len(self.results) >= 5, "the good phone barely got to ask"
        failed = [r for r in self.results if r[0] != 200]
        assert not failed, f"{len(failed)} of {len(self.results)} polls failed: {failed[:5]}"
        slowest = max(seconds for _, seconds in self.results)
        assert slowest < GOOD_CLIENT_BOUND, f"slowest poll {slowest:.2f} s"


class GuiLag:
    """A 20 ms timer in the GUI thread; the largest delay past its due time."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.worst = 0
        self.last = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def start(self):
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self):
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last - 20)
        self.last = now


def attack(qtbot, server, snapshot, *args) -> dict:
    """Runs the attacker process while a good phone polls, a live phone waits for a publish
    and the GUI timer ticks; returns the attacker's report."""
    phone = GoodPhone(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state")
    live = EventStream(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/events")
    assert live.next_event()["event"] == "state"
    lag = GuiLag()
    process = subprocess.Popen([sys.executable, str(ATTACKER), args[0], str(server.port), *map(str, args[1:])],
                               stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(0.3)  # let the attack get going
        phone.start()
        lag.start()
        qtbot.wait(700)
        # A publish in the middle of the attack reaches the live phone within a second.
        fresh = type(snapshot).from_data(snapshot.token, {**snapshot.data, "title": "Ny titel under attack"})
        published = time.monotonic()
        server.publish(fresh)
        event = live.next_event()
        assert event["event"] == "state" and json.loads(event["data"])["rev"] == fresh.rev
        assert time.monotonic() - published < 1.0
        while process.poll() is None:
            qtbot.wait(100)
    finally:
        phone.stop.set()
        lag.timer.stop()
        live.close()
        if process.poll() is None:
            process.kill()
        output = process.communicate(timeout=30)[0]
        server.publish(snapshot)
    phone.join(10)
    phone.check()
    assert lag.worst < 250, f"the GUI thread was held up {lag.worst} ms"
    assert server.running
    return json.loads(output.strip().splitlines()[-1])


def test_slowloris_does_not_starve_real_phones(qtbot, shared):
    server, snapshot = shared
    report = attack(qtbot, server, snapshot, "slowloris", scaled(200, 900), scaled(3, 25))
    assert report["opened"] >= scaled(200, 900)
    if scaled(False, True):  # long enough for the head deadline: the server drops them
        assert report["closed_by_server"] > 0


@pytest.mark.skipif(sys.platform != "linux", reason="needs a second loopback address (127.0.0.2)")
@pytest.mark.parametrize("address_limit", [None, server_module.DEFAULT_ADDRESS_LIMIT], ids=["unlimited", "limited"])
def test_one_device_cannot_use_up_the_connection_cap(qtbot, demo, address_limit):
    """A single attacking device opens more slow connections than the whole server allows.
    Only with the per-address cap do the other phones still get answers."""
    server = ShareServer(connection_limit=150, address_limit=address_limit, trusted_addresses=())
    server.start("127.0.0.1", 0)
    snapshot = build_snapshot(demo, 1)
    server.publish(snapshot)
    try:
        if address_limit is None:
            with pytest.raises(AssertionError, match="polls failed"):
                attack(qtbot, server, snapshot, "slowloris", 300, 2, "127.0.0.2")
        else:
            report = attack(qtbot, server, snapshot, "slowloris", 300, scaled(2, 10), "127.0.0.2")
            assert report["closed_by_server"] > 0
    finally:
        server.stop()


def test_thousands_of_wrong_tokens(qtbot, shared):
    server, snapshot = shared
    report = attack(qtbot, server, snapshot, "tokens", scaled(2000, 20000), 4)
    assert set(report) == {"404"}, report
    assert report["404"] == scaled(2000, 20000)


def test_oversized_heads(qtbot, shared):
    server, snapshot = shared
    report = attack(qtbot, server, snapshot, "headers", scaled(40, 400), scaled(3, 20))
    assert set(report) <= {"400", "431", "closed"}, report


MALFORMED = [
    b"\x00\xff\xfe" * 300,
    b"GET / HTTP/9.9\r\n\r\n",
    b"GET /check HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",  # header without a colon
    b"GET /check HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n",
    b"GET /check HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n",
    b"GET /check HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    b"GET /check HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffff\r\n",
    b"GET /check HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
    b"POST /check HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000000\r\n\r\n",
    b"GET /m/%00%ff/../../etc/passwd HTTP/1.1\r\nHost: a\r\n\r\n",
    "GET /m/åäö/ HTTP/1.1\r\nHost: a\r\n\r\n".encode(),
    b"GET /check\r\n\r\n",  # HTTP/0.9
    b"G" * 20_000 + b" / HTTP/1.1\r\n\r\n",
    b"GET /check HTTP/1.1\r\nHost: a\r\nX: \x00\x01\x7f\r\n\r\n",
    b"\r\n\r\n\r\n",
    b"GET /check?" + b"%" * 300 + b" HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET /m/" + b"0" * 32 + b"/api/state?since=\xff\xfe HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET /m/" + b"0" * 32 + b"/api/events HTTP/1.1\r\nHost: a\r\nLast-Event-ID: \xff\r\n\r\n",
]


#: Old-fashioned but harmless forms that h11 accepts: an answer, or a client error, is fine.
TOLERATED = [
    b"GET /check HTTP/1.1\r\nHost: a\r\n\tfolded: yes\r\n\r\n",  # a folded header line
    b"GET /check HTTP/1.1\nHost: a\n\n",  # bare line feeds
]


def first_answer(port: int, data: bytes, timeout: float = 1.0) -> bytes:
    """The start of the server's answer to ``data`` (b"" if it closes or says nothing)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        try:
            sock.sendall(data)
            return sock.recv(64)
        except OSError:  # reset or timed out
            return b""


def status_of(answer: bytes) -> int | None:
    if not answer.startswith(b"HTTP/1."):
        return None  # closed without a word: also fine
    return int(answer.split(b" ", 2)[1])


@pytest.mark.parametrize("data", MALFORMED, ids=range(len(MALFORMED)))
def test_malformed_requests_get_a_client_error_and_the_server_goes_on(shared, data):
    server, snapshot = shared
    status = status_of(first_answer(server.port, data))
    assert status is None or 400 <= status < 500
    assert request(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state")[0] == 200


@pytest.mark.parametrize("data", TOLERATED, ids=range(len(TOLERATED)))
def test_lenient_forms_are_answered_or_refused_but_never_a_server_error(shared, data):
    server, snapshot = shared
    status = status_of(first_answer(server.port, data))
    assert status is None or status in (200, 400)
    assert request(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state")[0] == 200


@settings(max_examples=scaled(25, 400), deadline=None, suppress_health_check=list(HealthCheck))
@given(junk=st.binary(min_size=1, max_size=3000), mangle=st.sampled_from(["raw", "as-path", "as-header"]))
def test_random_bytes_never_cause_a_server_error(shared, junk, mangle):
    server, snapshot = shared
    if mangle == "as-path":
        data = b"GET /" + junk.replace(b" ", b"") + b" HTTP/1.1\r\nHost: a\r\n\r\n"
    elif mangle == "as-header":
        data = b"GET /check HTTP/1.1\r\nHost: a\r\nX-Junk: " + junk + b"\r\n\r\n"
    else:
        data = junk + b"\r\n\r\n"
    status = status_of(first_answer(server.port, data))
    assert status is None or status < 500, (status, data[:200])


def test_a_client_that_never_reads_does_not_block_others(shared):
    """Pipelines requests for large pages and never reads the answers: the server's writes
    back up for that connection only."""
    server, snapshot = shared
    hogs = []
    try:
        for _ in range(20):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.sendall(f"GET /m/{snapshot.token}/api/state HTTP/1.1\r\nHost: a\r\n\r\n".encode() * 200)
            hogs.append(sock)
        started = time.monotonic()
        assert request(f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state")[0] == 200
        assert time.monotonic() - started < GOOD_CLIENT_BOUND
    finally:
        for sock in hogs:
            sock.close()


def test_kept_alive_connections_answer_without_delay(shared):
    """A phone that keeps its connection gets each answer at once: no 40 ms wait for a
    delayed ACK between an answer's head and body (TCP_NODELAY)."""
    import http.client

    server, snapshot = shared
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        started = time.monotonic()
        for _ in range(50):
            connection.request("GET", f"/m/{snapshot.token}/api/state")
            response = connection.getresponse()
            response.read()
            assert response.status == 200
        per_request = (time.monotonic() - started) / 50
    finally:
        connection.close()
    assert per_request < 0.02, f"{per_request * 1000:.0f} ms per request"
