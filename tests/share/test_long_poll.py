"""The polling fallback as long polling: a phone that asks ``?since=REV&wait=1`` is answered
as soon as something is published (well within a second), or told "unchanged" after a while."""

import json
import threading
import time

from facilitator.share import server as server_module
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import Snapshot

from . import request

TOKEN = "ab" * 16


def snapshot(text: str) -> Snapshot:
    return Snapshot.from_data(TOKEN, {"token": TOKEN, "meeting": {"title": text}, "tables": []})


def test_a_long_poll_is_answered_when_something_is_published(monkeypatch):
    server = ShareServer()
    server.start("127.0.0.1", 0)
    try:
        first = snapshot("Första")
        server.publish(first)
        url = f"http://127.0.0.1:{server.port}/m/{TOKEN}/api/state?since={first.rev}&wait=1"
        answer = {}

        def ask():
            started = time.monotonic()
            answer["reply"] = request(url, timeout=15)
            answer["at"] = time.monotonic()
            answer["started"] = started

        thread = threading.Thread(target=ask)
        thread.start()
        time.sleep(0.5)
        assert thread.is_alive()  # held: nothing has changed
        second = snapshot("Andra")
        published = time.monotonic()
        server.publish(second)
        thread.join(5)
        status, _, body = answer["reply"]
        message = json.loads(body)
        assert status == 200 and message["rev"] == second.rev and message["snapshot"]["meeting"]["title"] == "Andra"
        assert answer["at"] - published < 0.5
        # Without wait, or with an older revision, the answer comes at once.
        started = time.monotonic()
        body = request(url.replace(first.rev, second.rev).replace("&wait=1", ""))[2]
        assert json.loads(body)["unchanged"] is True and time.monotonic() - started < 1  # no wait asked: at once
        started = time.monotonic()
        status, _, body = request(url)  # an older revision: the new state at once
        assert json.loads(body)["rev"] == second.rev and time.monotonic() - started < 1
        # Nothing published: "unchanged" after the long-poll time.
        monkeypatch.setattr(server_module, "LONG_POLL", 0.3)
        started = time.monotonic()
        status, _, body = request(url.replace(first.rev, second.rev))
        assert json.loads(body)["unchanged"] is True and 0.25 < time.monotonic() - started < 2
        # Withdrawn while held: a 404, and the phone knows the meeting is gone.
        monkeypatch.setattr(server_module, "LONG_POLL", 5.0)
        held = {}
        thread = threading.Thread(target=lambda: held.setdefault("reply", request(url.replace(first.rev, second.rev))))
        thread.start()
        time.sleep(0.3)
        server.withdraw(TOKEN)
        thread.join(5)
        assert held["reply"][0] == 404
    finally:
        server.stop()
