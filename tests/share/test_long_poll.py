"""The polling fallback is held until something changes, so a phone without live streams sees
a change within a second too; held polls share the live streams' cap, so the cost is bounded."""

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


def held(url: str, answers: list, timeout: float = 12.0) -> threading.Thread:
    def ask():
        started = time.monotonic()
        try:
            status, _, body = request(url, timeout=timeout)
        except OSError as error:  # the server went away
            status, body = 0, str(error).encode()
        answers.append((time.monotonic() - started, status, body))

    thread = threading.Thread(target=ask)
    thread.start()
    return thread


def test_a_held_poll_answers_as_soon_as_something_is_published(demo):
    server, snapshot = serving(demo)
    try:
        url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
        answers: list = []
        thread = held(url, answers)
        time.sleep(0.6)
        assert answers == [] and server.stats()["streams"] == 1  # held, and counted with the streams
        published = time.monotonic()
        server.publish(fewer(snapshot, 2))
        thread.join(5)
        seconds, status, body = answers[0]
        assert status == 200 and len(json.loads(body)["snapshot"]["contributions"]) == 2
        assert seconds >= 0.5 and time.monotonic() - published < 0.5
        assert server.stats()["streams"] == 0
        # A poll that is behind is answered at once, held or not.
        started = time.monotonic()
        assert "snapshot" in json.loads(request(url)[2]) and time.monotonic() - started < 0.5
    finally:
        server.stop()


def test_a_held_poll_ends_unchanged_after_a_while_and_at_once_when_the_meeting_goes(demo, monkeypatch):
    monkeypatch.setattr(server_module, "LONG_POLL", 0.4)
    server, snapshot = serving(demo)
    try:
        url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
        started = time.monotonic()
        assert json.loads(request(url)[2])["unchanged"] is True
        assert 0.35 < time.monotonic() - started < 2.0
        monkeypatch.setattr(server_module, "LONG_POLL", 8.0)
        answers: list = []
        thread = held(url, answers)
        time.sleep(0.3)
        server.withdraw(snapshot.token)
        thread.join(5)
        assert answers[0][1] == 404 and answers[0][0] < 1.5  # the page says the meeting is gone
    finally:
        server.stop()


def test_past_the_cap_a_poll_is_answered_at_once(demo):
    server, snapshot = serving(demo, stream_limit=0)
    try:
        url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
        started = time.monotonic()
        assert json.loads(request(url)[2])["unchanged"] is True
        assert time.monotonic() - started < 0.5  # the page asks again a second later
    finally:
        server.stop()


def test_stopping_the_server_releases_held_polls(demo):
    server, snapshot = serving(demo)
    url = f"http://127.0.0.1:{server.port}/m/{snapshot.token}/api/state?since={snapshot.rev}&wait=1"
    answers: list = []
    thread = held(url, answers)
    time.sleep(0.3)
    started = time.monotonic()
    server.stop()
    thread.join(8)
    assert not thread.is_alive() and time.monotonic() - started < 6
