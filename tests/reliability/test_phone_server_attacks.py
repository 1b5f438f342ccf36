"""The phone server under hostile clients (raw sockets, from another process): malformed
requests, slowloris, oversized heads, thousands of wrong tokens. While each attack runs, a
real phone's polls are all answered, a live phone still gets a publish, and the GUI thread
never freezes. How fast all that is: benchmarks/bench_attacks.py (the same attacks)."""

from __future__ import annotations

import json
import socket
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.bench_attacks import kept_alive, poll_while_hogged, under_attack
from facilitator.share import server as server_module
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import build_snapshot
from facilitator.storage.process_store import ProcessStore

from ..share import demo_file, request
from ..share.server_helpers import sharing
from . import scaled


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = ProcessStore.open(demo_file(tmp_path_factory.mktemp("attacks")))
    yield store
    store.close()


@pytest.fixture
def shared(demo):
    with sharing(demo) as shared_server:
        yield shared_server


def attack(qtbot, server, snapshot, *args) -> dict:
    """Runs the attacker process while a good phone polls, a live phone waits for a publish
    and the GUI timer ticks (benchmarks/bench_attacks.py, which measures how fast); returns the
    attacker's report after checking what must hold whatever the machine's load."""
    done = under_attack(server, snapshot, qtbot.wait, *args)
    # A publish in the middle of the attack reaches the live phone (pushed: its stream's socket
    # would give up long before a heartbeat).
    assert done.event["event"] == "state" and json.loads(done.event["data"])["rev"] == done.fresh_rev
    # Every poll of the good phone was answered (each gives up after 5 s: a starved phone fails).
    assert len(done.phone.results) >= 5, "the good phone barely got to ask"
    failed = done.phone.failed
    assert not failed, f"{len(failed)} of {len(done.phone.results)} polls failed: {failed[:5]}"
    # The GUI thread never froze (a hang guard: how late its timer ran is the benchmark's figure).
    assert done.gui_lag_ms < 5000, f"the GUI thread was held up {done.gui_lag_ms} ms"
    assert server.running
    return done.report


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
    back up for that connection only, and another phone is answered (a blocked server would
    leave it waiting past its 30 s timeout)."""
    server, snapshot = shared
    status, _ = poll_while_hogged(server, snapshot)
    assert status == 200


def test_kept_alive_connections_answer_without_delay(shared, monkeypatch):
    """A phone that keeps its connection gets each answer at once: every connection is set to
    send each write at once (TCP_NODELAY), so an answer's body never waits for a delayed ACK
    after its head (about 40 ms a request; benchmarks/bench_attacks.py measures it)."""
    server, snapshot = shared
    seen: list[int] = []
    original = server_module._answer_without_delay

    def recorded(transport):
        original(transport)
        sock = transport.get_extra_info("socket")
        seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    monkeypatch.setattr(server_module, "_answer_without_delay", recorded)
    statuses, _ = kept_alive(server, snapshot)
    assert statuses == [200] * 50
    assert len(seen) == 1 and seen[0] != 0, seen  # one connection kept alive, with TCP_NODELAY on
