"""The polling fallback is held until something changes, so a phone without live streams sees
a change when it is published too; held polls share the live streams' cap, so the cost is bounded.

No clock judges these: the server's hold (LONG_POLL) is made longer than the client's own
timeout, so an answer that came at all came from the event (a publish, a withdrawal, a stop),
and an answer's content tells a publish ("snapshot") from the hold running out ("unchanged").
How fast phones see a change: benchmarks/bench_share.py."""

from __future__ import annotations

import json
import threading
import time

import pytest

from facilitator.share import server as server_module
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import Snapshot, build_snapshot
from facilitator.storage.process_store import ProcessStore

from . import demo_file, request


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = ProcessStore.open(demo_file(tmp_path_factory.mktemp("long_poll")))
    yield store
    store.close()


def serving(demo, **options):
    server = ShareServer(**options)
    server.start("127.0.0.1", 0)
    snapshot = build_snapshot(demo, 1)
    server.publish(snapshot)
    return server, snapshot


def fewer(snapshot: Snapshot, count: int) -> Snapshot:
    data = snapshot.data
    data["contributions"] = data["contributions"][:count]
    return Snapshot.from_data(snapshot.token, data)


def held(url: str, answers: list, timeout: float = 30.0) -> threading.Thread:
    """Asks in a thread; appends (status, body, error) — error is the exception when the
    connection ended without an answer (a TimeoutError when the client gave up)."""
    def ask():
        try:
            status, _, body = request(url, timeout=timeout)
            answers.append((status, body, None))
        except OSError as error:  # the server went away, or the client gave up
            answers.append((0, str(error).encode(), error))

    thread = threading.Thread(target=ask)
    thread.start()
    return thread


def wait_until(condition, timeout: float = 30.0) -> None:
    """A hang guard only: waits for ``condition`` without judging how long it took."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "never happened"
        time.sleep(0.01)


@pytest.fixture
def long_hold(monkeypatch):
    """The server holds a poll longer than any client here waits (30 s)."""
    monkeypatch.setattr(server_module, "LONG_POLL", 120.0)


def test_a_held_poll_answers_when_something_is_published(demo, long_hold):
    server, snapshot = serving(demo)
    try:
        url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
        answers: list = []
        thread = held(url, answers)
        wait_until(lambda: server.stats()["streams"] == 1)  # held, and counted with the streams
        assert answers == []
        server.publish(fewer(snapshot, 2))
        thread.join(60)
        status, body, error = answers[0]
        # Answered by the publish: the hold (120 s) outlasts the client (30 s), and it brings the change.
        assert error is None and status == 200, answers[0]
        assert len(json.loads(body)["snapshot"]["contributions"]) == 2
        assert server.stats()["streams"] == 0
        # A poll that is behind is answered at once, held or not: a held one would outlast the client.
        assert "snapshot" in json.loads(request(url, timeout=30)[2])
    finally:
        server.stop()


def test_a_held_poll_ends_unchanged_after_a_while_and_when_the_meeting_goes(demo, monkeypatch):
    monkeypatch.setattr(server_module, "LONG_POLL", 1.0)
    server, snapshot = serving(demo)
    try:
        url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
        answers: list = []
        thread = held(url, answers)
        wait_until(lambda: server.stats()["streams"] == 1 or answers)
        thread.join(60)
        assert answers[0][2] is None and json.loads(answers[0][1])["unchanged"] is True, answers[0]
        assert server.stats()["streams"] == 0
        monkeypatch.setattr(server_module, "LONG_POLL", 120.0)
        answers = []
        thread = held(url, answers)
        wait_until(lambda: server.stats()["streams"] == 1)
        server.withdraw(snapshot.token)
        thread.join(60)
        assert answers[0][:1] == (404,), answers[0]  # the page says the meeting is gone
    finally:
        server.stop()


def test_past_the_cap_a_poll_is_answered_at_once(demo, long_hold):
    server, snapshot = serving(demo, stream_limit=0)
    try:
        url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
        # Not held (a held poll would outlast the client's 30 s): the page asks again a second later.
        assert json.loads(request(url, timeout=30)[2])["unchanged"] is True
        assert server.stats()["streams"] == 0
    finally:
        server.stop()


def test_stopping_the_server_releases_held_polls(demo, long_hold):
    server, snapshot = serving(demo)
    url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
    answers: list = []
    thread = held(url, answers)
    wait_until(lambda: server.stats()["streams"] == 1)
    server.stop()
    thread.join(60)
    assert not thread.is_alive()
    # Ended by the server, not by the client giving up.
    assert not isinstance(answers[0][2], TimeoutError), answers[0]
