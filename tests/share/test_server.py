"""The phone server over real HTTP on 127.0.0.1: tokens, methods, headers, limits, live updates."""

import json
import socket
import threading
import time

import pytest

from facilitator.domain.entities import Contribution
from facilitator.share import phone_texts
from facilitator.share import server as server_module
from facilitator.share.server import CSP, ShareServer
from facilitator.share.snapshot import Snapshot, build_snapshot
from facilitator.storage.process_store import ProcessStore

from . import EventStream, demo_file, leaks, personal_data, raw_request, request
from .server_helpers import sharing

WRONG = "0" * 32


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = ProcessStore.open(demo_file(tmp_path_factory.mktemp("demo")))
    store.insert(Contribution(meeting_id=1, kind="idea", text="<script>alert('x')</script><img src=x onerror=alert(1)>",
                              round_id=1, table_id=1, question_id=1, published=True))
    yield store
    store.close()


@pytest.fixture(scope="module")
def shared(demo):
    with sharing(demo) as shared_server:
        yield shared_server


def base(server) -> str:
    return f"http://127.0.0.1:{server.port}"


def pages(server, token) -> list[str]:
    root = base(server)
    return [f"{root}/m/{token}/", f"{root}/m/{token}/live", f"{root}/m/{token}/table/1",
            f"{root}/m/{token}/table/6", f"{root}/check"]


def test_pages_and_files_are_served(shared):
    server, snapshot = shared
    for url in pages(server, snapshot.token):
        status, headers, body = request(url)
        assert status == 200, url
        assert headers["content-type"].startswith("text/html")
        assert b'<script src="/s/app.js" defer></script>' in body
    for name, kind in (("app.js", "text/javascript"), ("style.css", "text/css"), ("icon.svg", "image/svg+xml")):
        status, headers, body = request(f"{base(server)}/s/{name}")
        assert status == 200 and headers["content-type"].startswith(kind) and body


def test_url_names_the_address_phones_use(shared):
    server, _ = shared
    assert server.url == f"http://127.0.0.1:{server.port}"


def test_wrong_or_malformed_tokens_and_unknown_paths_are_404(shared):
    server, snapshot = shared
    root = base(server)
    for path in (f"/m/{WRONG}/", f"/m/{WRONG}/live", f"/m/{WRONG}/api/state", f"/m/{WRONG}/api/events",
                 f"/m/{snapshot.token.upper()}/", f"/m/{snapshot.token[:-1]}/", f"/m/{snapshot.token}x/",
                 f"/m/{snapshot.token}/table/0", f"/m/{snapshot.token}/table/7", f"/m/{snapshot.token}/table/x",
                 "/", "/m/", "/admin", "/s/", "/s/join.html", "/s/missing.js", "/favicon.ico"):
        status, headers, body = request(root + path)
        assert status == 404, path
        assert headers["content-security-policy"] == CSP
        assert snapshot.token.encode() not in body


def test_join_without_slash_redirects_only_for_a_known_token(shared):
    server, snapshot = shared
    status, headers, _ = request(f"{base(server)}/m/{snapshot.token}")
    assert status == 308 and headers["location"] == f"/m/{snapshot.token}/"
    assert request(f"{base(server)}/m/{WRONG}")[0] == 404


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"])
def test_only_get_and_head(shared, method):
    server, snapshot = shared
    for url in (f"{base(server)}/m/{snapshot.token}/api/state", f"{base(server)}/check", f"{base(server)}/nowhere"):
        status, headers, _ = request(url, method=method, body=b"x" if method in ("POST", "PUT", "PATCH") else None)
        assert status == 405, (method, url)
        assert headers["allow"] == "GET, HEAD"


def test_head_answers_without_a_body(shared):
    server, snapshot = shared
    for url in (f"{base(server)}/m/{snapshot.token}/live", f"{base(server)}/m/{snapshot.token}/api/state",
                f"{base(server)}/m/{snapshot.token}/api/events"):
        status, headers, body = request(url, method="HEAD")
        assert status == 200 and body == b"", url


def test_security_headers_everywhere(shared):
    server, snapshot = shared
    urls = pages(server, snapshot.token) + [f"{base(server)}/m/{snapshot.token}/api/state", f"{base(server)}/s/app.js"]
    for url in urls:
        _, headers, _ = request(url)
        assert headers["content-security-policy"] == CSP
        assert "default-src 'self'" in CSP and "script-src 'self'" in CSP and "unsafe-inline" not in CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-frame-options"] == "DENY"
        assert "server" not in headers
    for url in pages(server, snapshot.token) + [f"{base(server)}/m/{snapshot.token}/api/state"]:
        assert request(url)[1]["cache-control"] == "no-store", url


def test_state_and_the_unchanged_answer(shared):
    server, snapshot = shared
    url = f"{base(server)}/m/{snapshot.token}/api/state"
    status, headers, body = request(url)
    message = json.loads(body)
    assert status == 200 and headers["content-type"] == "application/json"
    assert message["rev"] == snapshot.rev and message["snapshot"]["meeting"]["title"]
    assert abs(message["now"] - time.time()) < 5
    status, _, small = request(f"{url}?since={snapshot.rev}")
    assert json.loads(small) == {"now": json.loads(small)["now"], "rev": snapshot.rev, "unchanged": True}
    assert len(small) < 100
    status, _, body = request(f"{url}?since=older")
    assert "snapshot" in json.loads(body)
    assert request(f"{url}?since=../../etc")[0] == 400


def test_markup_in_a_contribution_arrives_as_text(shared):
    server, snapshot = shared
    _, _, body = request(f"{base(server)}/m/{snapshot.token}/api/state")
    texts = [c["text"] for c in json.loads(body)["snapshot"]["contributions"]]
    assert "<script>alert('x')</script><img src=x onerror=alert(1)>" in texts
    for url in pages(server, snapshot.token):  # the pages are static: data never enters HTML
        assert b"alert(" not in request(url)[2]
    app = request(f"{base(server)}/s/app.js")[2].decode()
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app


def test_no_personal_data_in_any_response(shared, demo):
    server, snapshot = shared
    values = personal_data(demo)
    root = base(server)
    urls = pages(server, snapshot.token) + [
        f"{root}/m/{snapshot.token}/api/state",
        f"{root}/m/{snapshot.token}/api/state?since={snapshot.rev}",
        f"{root}/s/app.js", f"{root}/s/style.css", f"{root}/check/ping",
    ]
    for url in urls:
        assert leaks(request(url)[2], values) == [], url
    stream = EventStream(f"{root}/m/{snapshot.token}/api/events")
    try:
        event = stream.next_event()
        assert event["event"] == "state" and leaks(event["data"].encode(), values) == []
    finally:
        stream.close()
    # The pages where phones send ideas and dots, while input is on (issue 16).
    from facilitator import actions
    from facilitator.actions import host_links, phone_input
    from facilitator.share.inbox import Inbox
    from facilitator.storage import host_links as links_repo

    action = phone_input.set_phone_input(demo, 1, True)
    actions.perform(demo, action)
    # The table hosts' pages and the rotation cards' pages too (every card's).
    prepared = host_links.prepare_room(demo, 1)
    actions.perform(demo, prepared)
    taking = ShareServer(inbox=Inbox())
    taking.start("127.0.0.1", 0)
    try:
        taking.publish(build_snapshot(demo, 1))
        root = base(taking)
        for path in ("say", "table/1/say", "table/6/say", "vote", "say?lang=en", "vote?sent=dot&left=1", "live", ""):
            status, _, body = request(f"{root}/m/{snapshot.token}/{path}")
            assert status == 200 and leaks(body, values) == [], path
        paths = [f"/h/{link.token}{query}" for link in links_repo.links_of(demo, 1) for query in ("", "?lang=en")]
        # Every card's page in every language of the participant pages.
        paths += [f"/p/{code}?lang={lang}" for code in links_repo.codes_of(demo, 1).values()
                  for lang in phone_texts.LANGUAGES]
        assert len(paths) > 20
        for path in paths:
            status, _, body = request(f"{root}{path}")
            assert status == 200 and leaks(body, values) == [], path
    finally:
        taking.stop()
        actions.revert(demo, prepared)
        actions.revert(demo, action)


@pytest.mark.parametrize(
    "path",
    [
        "/s/../share/server.py", "/s/..%2f..%2ffacilitator%2fshare%2fserver.py", "/s/%2e%2e/%2e%2e/pyproject.toml",
        "/s/..\\..\\pyproject.toml", "/s/app.js/../../../etc/passwd", "/m/TOKEN/../../../etc/passwd",
        "/m/TOKEN/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd", "/s/%00app.js", "/s//etc/passwd",
        "/m/TOKEN/table/1/../../../../pyproject.toml", "//etc/passwd",
    ],
)
def test_no_path_traversal(shared, path):
    server, snapshot = shared
    path = path.replace("TOKEN", snapshot.token)
    answer = raw_request(server.port, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    status = int(answer.split(b" ", 2)[1])
    assert status in (400, 404), (path, answer[:80])
    assert b"root:" not in answer and b"[project]" not in answer and b"import " not in answer


def test_request_size_limits(shared):
    server, snapshot = shared
    root = base(server)
    assert request(f"{root}/m/{snapshot.token}/" + "a" * 600)[0] == 414
    assert request(f"{root}/m/{snapshot.token}/api/state?since=" + "a" * 300)[0] == 414
    status, _, _ = request(f"{root}/check", headers={"Content-Length": "5"}, body=b"hello")
    assert status == 413
    huge = "x" * 20_000
    answer = raw_request(server.port, f"GET /check HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {huge}\r\n\r\n".encode())
    assert answer.split(b" ", 2)[1] in (b"400", b"431")
    answer = raw_request(server.port, b"NONSENSE\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400")


def test_server_sent_events_deliver_a_publish_when_it_is_published(demo):
    server = ShareServer()
    server.start("127.0.0.1", 0)
    try:
        snapshot = build_snapshot(demo, 1)
        server.publish(snapshot)
        stream = EventStream(f"{base(server)}/m/{snapshot.token}/api/events")
        assert stream.status == 200 and stream.headers["content-type"].startswith("text/event-stream")
        first = stream.next_event()
        assert first["event"] == "state" and first["id"] == snapshot.rev
        data = snapshot.data
        data["meeting"]["title"] = "Ändrad titel"
        changed = Snapshot.from_data(snapshot.token, data)
        assert server.publish(changed)
        # Pushed when published, not on the stream's next heartbeat: the stream's socket gives up
        # (socket.timeout) long before a heartbeat would come. How fast: benchmarks/bench_share.py.
        assert stream.sock.gettimeout() < server_module.HEARTBEAT
        event = stream.next_event()
        assert event["id"] == changed.rev
        assert json.loads(event["data"])["snapshot"]["meeting"]["title"] == "Ändrad titel"
        assert not server.publish(Snapshot.from_data(snapshot.token, data))  # same content: nothing sent
        stream.close()
        # Reconnecting with the current revision gets a small "same" event, not everything again.
        again = EventStream(f"{base(server)}/m/{snapshot.token}/api/events", last_event_id=changed.rev)
        event = again.next_event()
        assert event["event"] == "same" and json.loads(event["data"])["unchanged"] is True
        server.withdraw(snapshot.token)
        assert again.next_event()["event"] == "gone"
        again.close()
        assert request(f"{base(server)}/m/{snapshot.token}/api/state")[0] == 404
    finally:
        server.stop()


def test_polling_sees_a_publish_at_once(demo):
    server = ShareServer()
    server.start("127.0.0.1", 0)
    try:
        snapshot = build_snapshot(demo, 1)
        server.publish(snapshot)
        url = f"{base(server)}/m/{snapshot.token}/api/state?since={snapshot.rev}"
        assert json.loads(request(url)[2])["unchanged"]
        data = snapshot.data
        data["contributions"] = data["contributions"][:3]
        server.publish(Snapshot.from_data(snapshot.token, data))
        message = json.loads(request(url)[2])
        assert len(message["snapshot"]["contributions"]) == 3
    finally:
        server.stop()


def test_stop_closes_live_connections_and_frees_the_port(demo):
    server = ShareServer()
    server.start("127.0.0.1", 0)
    port = server.port
    snapshot = build_snapshot(demo, 1)
    server.publish(snapshot)
    streams = [EventStream(f"{base(server)}/m/{snapshot.token}/api/events") for _ in range(5)]
    for stream in streams:
        stream.next_event()
    stopping = threading.Thread(target=server.stop)
    stopping.start()
    stopping.join(timeout=60)  # a hang guard only: stop does not wait for the streams to end
    assert not stopping.is_alive()
    assert not server.running and server.url == ""
    for stream in streams:
        with pytest.raises((ConnectionError, OSError)):
            while True:
                stream.next_event()
        stream.close()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    server.stop()  # twice is fine
    again = ShareServer()
    again.start("127.0.0.1", port)  # the port can be used again at once
    again.stop()


def test_busy_port_raises(shared):
    server, _ = shared
    other = ShareServer()
    with pytest.raises(OSError):
        other.start("127.0.0.1", server.port)
    assert not other.running


def test_connection_cap_answers_503(demo):
    server = ShareServer(connection_limit=4)
    server.start("127.0.0.1", 0)
    held = []
    try:
        snapshot = build_snapshot(demo, 1)
        server.publish(snapshot)
        for _ in range(4):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            held.append(sock)
        time.sleep(0.1)
        status, _, _ = request(f"{base(server)}/check")
        assert status == 503
    finally:
        for sock in held:
            sock.close()
        server.stop()


def test_stream_cap_answers_503_so_pages_poll(demo):
    server = ShareServer(stream_limit=2)
    server.start("127.0.0.1", 0)
    try:
        snapshot = build_snapshot(demo, 1)
        server.publish(snapshot)
        streams = [EventStream(f"{base(server)}/m/{snapshot.token}/api/events") for _ in range(2)]
        for stream in streams:
            stream.next_event()
        status, headers, _ = request(f"{base(server)}/m/{snapshot.token}/api/events")
        assert status == 503 and headers["retry-after"]
        assert request(f"{base(server)}/m/{snapshot.token}/api/state")[0] == 200
        assert server.stats()["streams"] == 2
        for stream in streams:
            stream.close()
    finally:
        server.stop()


def test_a_connection_that_never_finishes_its_request_is_closed(demo, monkeypatch):
    monkeypatch.setattr(server_module, "REQUEST_HEAD_TIMEOUT", 0.3)
    server = ShareServer()
    server.start("127.0.0.1", 0)
    try:
        # The client waits far longer than the (patched) head timeout, far less than the real one:
        # an empty read, not socket.timeout, means the server closed it at REQUEST_HEAD_TIMEOUT.
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
        sock.sendall(b"GET /check HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the blank line
        assert sock.recv(100) == b""  # closed by the server
        sock.close()
    finally:
        server.stop()


def test_check_page_tells_the_app(demo):
    seen = []
    server = ShareServer(on_check=seen.append)
    server.start("127.0.0.1", 0)
    try:
        status, _, body = request(f"{base(server)}/check/ping")
        assert status == 200 and json.loads(body)["ok"] is True
        assert seen == ["127.0.0.1"]
        stream = EventStream(f"{base(server)}/check/events")
        assert stream.next_event()["event"] == "hello"
        assert stream.next_event()["event"] == "tick"
        stream.close()
    finally:
        server.stop()


def test_publish_from_another_thread_and_snapshot_validation(demo):
    server = ShareServer()
    server.start("127.0.0.1", 0)
    try:
        snapshot = build_snapshot(demo, 1)
        thread = threading.Thread(target=server.publish, args=(snapshot,))
        thread.start()
        thread.join()
        assert request(f"{base(server)}/m/{snapshot.token}/")[0] == 200
        with pytest.raises(ValueError):
            server.publish(Snapshot.from_data("not-a-token", {}))
    finally:
        server.stop()
