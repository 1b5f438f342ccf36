"""The phone server: serves the snapshots the app publishes to participants' phones.

A component of its own with a small interface (ENGINEERING.md, principle 5)::

    server = ShareServer()
    server.start("192.168.1.20", 8765)     # its own thread and event loop
    server.publish(snapshot)                # from any thread; immutable snapshots only
    server.url                              # "http://192.168.1.20:8765"
    server.stop()                           # when sharing is turned off or the app closes

Starlette routes on uvicorn (h11), in a daemon thread with its own asyncio loop. It never
reads widgets or the database: all it knows is the last snapshot of each shared meeting.

Addresses (``share/links.py``): ``/m/{token}/`` join page, ``/m/{token}/live``,
``/m/{token}/table/{n}``, ``/check``; the pages read ``/m/{token}/api/state?since=REV``
(polling; a tiny ``unchanged`` answer when nothing changed; with ``&wait=1`` held until
the next publish, long polling) and ``/m/{token}/api/events`` (server-sent events). A table
host's capture page is ``/h/{host token}`` (while the meeting is shared and the link is
live), a rotation card's page ``/p/{personal code}``; both tokens are looked up in the
snapshots, never in the file. The pages come in the phone's language (``page_language``).
Static files come from an allow-list held in memory, so no path can
reach the file system.

Hardening: GET and HEAD only (405 otherwise, with ``Allow``); a wrong or unknown token is a
404 like any unknown path; no request bodies (413); short request lines and headers (414,
431, and h11's limit for a head that arrives in pieces); a deadline for a request's head
and for every non-streaming answer; a connection cap (uvicorn ``limit_concurrency``, 503
beyond) and a cap on live streams; a cap on connections from one address (so one device
cannot use up the shared cap); answers sent without Nagle delay; keep-alive timeout; every answer carries a strict
Content-Security-Policy (no inline script or style), ``X-Content-Type-Options: nosniff``,
``Referrer-Policy: no-referrer``, ``X-Frame-Options: DENY``; state and pages are
``Cache-Control: no-store``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import logging
import re
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..domain import host_capture, limits
from ..domain.host_capture import HostCaptureRequest
from ..domain.phone_input import (
    ADDRESS_RATE,
    DEVICE_RATE,
    MAX_FORM_BYTES,
    MAX_TEXT,
    PhoneKind,
    PhoneSubmissionRequest,
    TokenBucket,
)
from ..package_data import resource_path
from . import page_language, phone_pages, phone_texts
from .inbox import Inbox, InboxFull
from .links import DEFAULT_PORT, base_url
from .snapshot import Snapshot

log = logging.getLogger("facilitator.share")

TOKEN = re.compile(r"[0-9a-f]{32}")
REV = re.compile(r"[0-9a-zA-Z_-]{1,64}")

#: The pages and files phones may load: URL name -> (file in resources/web, content type).
STATIC_FILES = {
    "style.css": ("style.css", "text/css; charset=utf-8"),
    "app.js": ("app.js", "text/javascript; charset=utf-8"),
    "icon.svg": ("icon.svg", "image/svg+xml"),
    "input.js": ("input.js", "text/javascript; charset=utf-8"),
}
PAGES = ("join.html", "live.html", "table.html", "check.html")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
#: The pages with forms may post to themselves, and nowhere else.
CSP_FORMS = CSP.replace("form-action 'none'", "form-action 'self'")
NO_STORE = {"Cache-Control": "no-store"}

#: The only addresses that take a POST: a meeting's (or a table's) "say" page and its
#: "vote" page.
INPUT_PATH = re.compile(r"/m/[0-9a-f]{32}/(?:table/[0-9]{1,3}/)?say|/m/[0-9a-f]{32}/vote|/h/[a-z2-7]{16}")
#: A table host's page, which takes a longer note (a contribution's length) than a participant's.
HOST_PATH = re.compile(r"/h/[a-z2-7]{16}")
HOST_FORM_BYTES = 64 * 1024
DEVICE_COOKIE = "fd"  # a random code per phone and meeting; HttpOnly, SameSite=Strict
LANG_COOKIE = "lang"
DEVICE_MAX_AGE = 2 * 24 * 3600
ANSWER_TIMEOUT = 5.0  # seconds a phone waits for its submission to be committed
MAX_BUCKETS = 20_000  # devices and addresses remembered for rate limits at most
#: Where the join, live and table pages get the links to the input pages (while input is on).
INPUT_LINKS_MARK = b"<!--phone-input-->"
INPUT_JUMP_MARK = b"<!--phone-input-jump-->"

# Limits
MAX_PATH = 512  # characters of path; our longest real path is about 60
MAX_QUERY = 256
MAX_HEAD_BYTES = 16 * 1024  # request line and headers together (h11)
REQUEST_HEAD_TIMEOUT = 10.0  # seconds for a connection to send a complete request head
RESPONSE_TIMEOUT = 10.0  # seconds for any non-streaming answer
KEEP_ALIVE = 5  # seconds an idle keep-alive connection stays open
HEARTBEAT = 15.0  # seconds between comments on an idle event stream
STREAM_LIFETIME = 20 * 60.0  # an event stream is closed after this; the browser reconnects
RETRY_MS = 1000  # how soon a browser reconnects a closed event stream
DEFAULT_CONNECTION_LIMIT = 2500  # a room of 1,000 phones, each a stream or a long poll, and their pages
DEFAULT_STREAM_LIMIT = 1500
#: How long a polling phone's ``?since=REV&wait=1`` is held open when nothing changes (it is
#: answered at once when something does): the fallback reaches phones as fast as a stream.
LONG_POLL = 8.0
DEFAULT_ADDRESS_LIMIT = 64  # connections from one address; a phone's browser uses about six
#: The laptop itself (the app's own check, benchmarks that play hundreds of phones) is not
#: limited per address; a phone is never on loopback.
LOOPBACK = ("127.0.0.1", "::1")


def web_dir() -> Path:
    return resource_path("web")


# --------------------------------------------------------------------------- protocol
class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for the request head.

    uvicorn closes idle keep-alive connections, but a client that opens a connection and
    then trickles its headers (slowloris) would hold a slot for ever; this closes any
    connection that has not completed a request head within REQUEST_HEAD_TIMEOUT.
    """

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_watch = None
        if self._over_address_limit():
            log.debug("closing a connection: too many from %s", self.client[0])
            transport.close()
            return
        _answer_without_delay(transport)
        self._head_watch = self.loop.call_later(REQUEST_HEAD_TIMEOUT, self._check_head, None, 0)

    def _over_address_limit(self) -> bool:
        """One device holding many connections (slowloris from a single phone) must not use
        up the server-wide cap that every phone shares: past ``address_limit`` connections
        from one address, new ones are closed at once. A phone's browser needs a handful."""
        share_server = getattr(self.config.app, "server", None)
        limit = getattr(share_server, "address_limit", None)
        if not limit or not self.client or self.client[0] in share_server.trusted_addresses:
            return False
        address = self.client[0]
        return sum(1 for other in self.connections if other.client and other.client[0] == address) > limit

    def _check_head(self, seen, served: int) -> None:
        if self.transport.is_closing():
            return
        cycle = self.cycle
        idle = cycle is None or cycle.response_complete
        if idle and cycle is seen:
            log.debug("closing a connection that sent no complete request in time")
            self.transport.close()
            return
        self._head_watch = self.loop.call_later(REQUEST_HEAD_TIMEOUT, self._check_head, cycle, served + 1)

    def connection_lost(self, exc) -> None:
        watch = getattr(self, "_head_watch", None)
        if watch is not None:
            watch.cancel()
        super().connection_lost(exc)


def _answer_without_delay(transport) -> None:
    """Sends each write at once (TCP_NODELAY). uvicorn writes an answer's head and body
    separately; with Nagle's algorithm the body then waits for the phone's delayed ACK, about
    40 ms per request on a kept-alive connection (asyncio only sets this itself for sockets
    made with IPPROTO_TCP, and ours is made with protocol 0)."""
    sock = transport.get_extra_info("socket")
    if sock is None or sock.family not in (socket.AF_INET, socket.AF_INET6):
        return
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:  # pragma: no cover - a connection already gone
        pass


# --------------------------------------------------------------------------- guard
class Guard:
    """Outermost ASGI layer: methods, sizes, deadlines and the security headers."""

    def __init__(self, app, server: ShareServer):
        self.app = app
        self.server = server

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":  # lifespan is off; websockets are not served
            return
        headers = SECURITY_HEADERS

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = dict(message)
                own = list(message.get("headers", []))
                # A page with forms brings its own policy (form-action 'self'); one policy only.
                has_policy = any(name.lower() == b"content-security-policy" for name, _ in own)
                message["headers"] = own + [h for h in headers if not (has_policy and h[0] == b"content-security-policy")]
            await send(message)

        method = scope["method"]
        posting = method == "POST" and self.server.inbox is not None and INPUT_PATH.fullmatch(scope["path"])
        if method not in ("GET", "HEAD") and not posting:
            await _plain(send_with_headers, 405, b"Method Not Allowed", [(b"allow", b"GET, HEAD")])
            return
        if len(scope["path"]) > MAX_PATH or len(scope["query_string"]) > MAX_QUERY:
            await _plain(send_with_headers, 414, b"URI Too Long")
            return
        if sum(len(name) + len(value) + 4 for name, value in scope["headers"]) > MAX_HEAD_BYTES:
            await _plain(send_with_headers, 431, b"Request Header Fields Too Large", [(b"connection", b"close")])
            return
        if not _host_allowed(scope["headers"]):
            await _plain(send_with_headers, 400, b"Bad Request", [(b"connection", b"close")])
            return
        length = 0
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    length = int(value.strip() or b"0")
                except ValueError:
                    length = HOST_FORM_BYTES + 1
                most = HOST_FORM_BYTES if posting and HOST_PATH.fullmatch(scope["path"]) else MAX_FORM_BYTES
                if length < 0 or (length and not posting) or length > most:
                    await _plain(send_with_headers, 413, b"Content Too Large", [(b"connection", b"close")])
                    return
            if name == b"transfer-encoding":
                await _plain(send_with_headers, 413, b"Content Too Large", [(b"connection", b"close")])
                return
        self.server._saw_client(scope)
        if scope["path"].endswith("/events"):
            await self.app(scope, receive, send_with_headers)
            return
        try:
            await asyncio.wait_for(self.app(scope, receive, send_with_headers), RESPONSE_TIMEOUT)
        except TimeoutError:
            log.warning("an answer took longer than %.0f s and was abandoned", RESPONSE_TIMEOUT)


def _host_allowed(headers) -> bool:
    """The Host a request names must be an address (IPv4, [IPv6]) or localhost: phones reach
    the laptop by its address, so a name can only come from someone else's page (DNS
    rebinding), and no answer ever builds a link from it. No Host (HTTP/1.0) is accepted."""
    hosts = [value for name, value in headers if name == b"host"]
    if not hosts:
        return True
    if len(hosts) > 1:
        return False
    try:
        host = hosts[0].decode("ascii").strip().lower()
    except UnicodeDecodeError:
        return False
    if host.startswith("["):
        name, closed, rest = host[1:].partition("]")
        if not closed:
            return False
        port = rest[1:] if rest.startswith(":") else rest
        try:
            ipaddress.IPv6Address(name)
        except ValueError:
            return False
    else:
        name, _, port = host.partition(":")
        if name != "localhost":
            try:
                ipaddress.IPv4Address(name)
            except ValueError:
                return False
    return port == "" or (port.isdigit() and len(port) <= 5)


async def _plain(send, status: int, text: bytes, extra=()):
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(text)).encode()),
                (b"cache-control", b"no-store"),
                *extra,
            ],
        }
    )
    await send({"type": "http.response.body", "body": text})


# --------------------------------------------------------------------------- server
class ShareServer:
    """Serves published snapshots to phones. ``start``/``stop``/``publish`` may be called
    from any thread (the app calls them from the GUI thread)."""

    def __init__(
        self,
        *,
        connection_limit: int = DEFAULT_CONNECTION_LIMIT,
        stream_limit: int = DEFAULT_STREAM_LIMIT,
        on_check: Callable[[str], None] | None = None,
        web_root: Path | None = None,
        address_limit: int | None = DEFAULT_ADDRESS_LIMIT,
        trusted_addresses: tuple[str, ...] = LOOPBACK,
        inbox: Inbox | None = None,
        answer_timeout: float = ANSWER_TIMEOUT,
    ):
        #: where what phones send goes (None: the pages only show, and take no input)
        self.inbox = inbox
        self.answer_timeout = answer_timeout
        self._device_buckets: dict[str, TokenBucket] = {}
        #: device hash -> (when, its dots as last committed): newer than a snapshot published
        #: before that moment, so a phone sent back to its page sees its own dot at once
        self._own_dots: dict[str, tuple[float, dict[int, int]]] = {}
        self._published_at: dict[str, float] = {}
        self._address_buckets: dict[str, TokenBucket] = {}
        self.connection_limit = connection_limit
        self.stream_limit = stream_limit
        self.address_limit = address_limit
        self.trusted_addresses = trusted_addresses
        self.on_check = on_check  # called (in the server thread) when a phone opens /check
        self._snapshots: dict[str, Snapshot] = {}  # replaced whole on every publish
        self._files = self._load_files(web_root or web_dir())
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._uvicorn: uvicorn.Server | None = None
        self._socket: socket.socket | None = None
        self._changed: dict[str, asyncio.Event] = {}  # loop thread only
        self._closing: asyncio.Event | None = None
        self._streams = 0
        self._clients: dict[str, float] = {}
        self._clients_lock = threading.Lock()
        self._last_check = 0.0
        self.host = ""
        self.port = 0
        self.public_host = ""
        self.app = Guard(self._build_app(), self)

    # -- public interface -----------------------------------------------------------------

    def start(self, host: str = "0.0.0.0", port: int = DEFAULT_PORT, public_host: str | None = None) -> None:
        """Binds ``host:port`` (port 0: any free port) and serves in a new thread.

        Raises OSError when the address cannot be bound (in use, not this machine's).
        ``public_host`` is the address shown in ``url`` when listening on all interfaces.
        """
        if self.running:
            raise RuntimeError("the server is already running")
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if sys.platform != "win32":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            elif hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # pragma: no cover - Windows
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            sock.bind((host, port))
            sock.listen(256)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._socket = sock
        self.host, self.port = host, sock.getsockname()[1]
        self.public_host = public_host or ""
        config = uvicorn.Config(
            self.app,
            http=GuardedH11Protocol,
            ws="none",
            lifespan="off",
            loop="asyncio",
            log_config=None,
            log_level="warning",
            access_log=False,
            server_header=False,
            limit_concurrency=self.connection_limit,
            timeout_keep_alive=KEEP_ALIVE,
            timeout_graceful_shutdown=1,
            h11_max_incomplete_event_size=MAX_HEAD_BYTES,
        )
        self._uvicorn = uvicorn.Server(config)
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="share-server", daemon=True)
        self._thread.start()
        if not ready.wait(10) or not self._uvicorn.started:
            self.stop()
            raise OSError(f"the phone server did not start on {host}:{self.port}")
        log.info("phone server listening on %s:%d", host, self.port)

    def stop(self, timeout: float = 5.0) -> None:
        """Closes every connection and ends the thread. Safe to call twice."""
        server, thread, loop = self._uvicorn, self._thread, self._loop
        if server is not None:
            server.should_exit = True
            if loop is not None and not loop.is_closed():
                try:
                    loop.call_soon_threadsafe(self._close_streams)
                except RuntimeError:  # the loop has just closed
                    pass
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._uvicorn, self._thread, self._loop, self._socket = None, None, None, None
        if server is not None:
            log.info("phone server stopped")

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        """``http://HOST:PORT`` as phones reach it ('' when stopped)."""
        if not self.running:
            return ""
        host = self.public_host or self.host
        if host in ("0.0.0.0", "::", ""):
            from .network import propose_address

            host = propose_address() or "127.0.0.1"
        return base_url(host, self.port)

    def publish(self, snapshot: Snapshot) -> bool:
        """Serves ``snapshot`` from now on for its token; True if its content changed.

        Phones holding a live connection get it at once; polling phones at their next poll.
        """
        if not TOKEN.fullmatch(snapshot.token or ""):
            raise ValueError("a snapshot needs a 32-character hex token")
        current = self._snapshots.get(snapshot.token)
        if current is not None and current.rev == snapshot.rev:
            return False
        self._published_at[snapshot.token] = time.monotonic()
        self._snapshots = {**self._snapshots, snapshot.token: snapshot}
        self._wake(snapshot.token)
        return True

    def withdraw(self, token: str) -> None:
        """Stops serving a meeting: its addresses answer 404 and live pages are told."""
        if token in self._snapshots:
            self._snapshots = {k: v for k, v in self._snapshots.items() if k != token}
            self._wake(token)

    def withdraw_all(self) -> None:
        for token in list(self._snapshots):
            self.withdraw(token)

    def snapshot(self, token: str) -> Snapshot | None:
        return self._snapshots.get(token)

    def stats(self) -> dict:
        """How many phones: live streams now, and distinct addresses seen in the last minute."""
        now = time.monotonic()
        with self._clients_lock:
            for address, seen in list(self._clients.items()):
                if now - seen > 60:
                    del self._clients[address]
            recent = len(self._clients)
        return {"streams": self._streams, "recent_clients": recent}

    # -- thread -----------------------------------------------------------------------------

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._closing = asyncio.Event()
        server = self._uvicorn

        async def serve():
            task = asyncio.ensure_future(server.serve(sockets=[self._socket]))
            while not server.started and not task.done():
                await asyncio.sleep(0.01)
            ready.set()
            await task

        try:
            loop.run_until_complete(serve())
        except BaseException:  # pragma: no cover - logged, the app keeps running
            log.exception("the phone server stopped with an error")
        finally:
            ready.set()
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()

    def _wake(self, token: str) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self._notify, token)
        except RuntimeError:  # pragma: no cover - closing
            pass

    def _notify(self, token: str) -> None:  # loop thread
        event = self._changed.pop(token, None)
        if event is not None:
            event.set()

    def _close_streams(self) -> None:  # loop thread
        if self._closing is not None:
            self._closing.set()
        for token in list(self._changed):
            self._notify(token)

    def _change_event(self, token: str) -> asyncio.Event:  # loop thread
        event = self._changed.get(token)
        if event is None:
            event = self._changed[token] = asyncio.Event()
        return event

    def _saw_client(self, scope) -> None:
        client = scope.get("client")
        if client:
            with self._clients_lock:
                self._clients[client[0]] = time.monotonic()

    # -- files ------------------------------------------------------------------------------

    @staticmethod
    def _load_files(root: Path) -> dict[str, tuple[bytes, str, str]]:
        files = {}
        for name, (filename, kind) in STATIC_FILES.items():
            files[name] = (root / filename).read_bytes(), kind
        for page in PAGES:
            files[page] = (root / page).read_bytes(), "text/html; charset=utf-8"
        return {
            name: (body, kind, '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"')
            for name, (body, kind) in files.items()
        }

    def _file(self, request: Request, name: str, cache: str) -> Response:
        body, kind, etag = self._files[name]
        headers = {"ETag": etag, "Cache-Control": cache}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=kind, headers=headers)

    # -- routes -----------------------------------------------------------------------------

    def _meeting(self, request: Request) -> Snapshot | None:
        token = request.path_params.get("token", "")
        if not TOKEN.fullmatch(token):
            return None
        for known, snapshot in self._snapshots.items():
            if hmac.compare_digest(known, token):
                return snapshot
        return None

    def _build_app(self) -> Starlette:
        def not_found() -> Response:
            return PlainTextResponse("Hittades inte / Not found", status_code=404, headers=NO_STORE)

        async def static(request: Request) -> Response:
            name = request.path_params["name"]
            if name not in STATIC_FILES:
                return not_found()
            return self._file(request, name, "no-cache")

        def page(filename: str):
            async def endpoint(request: Request) -> Response:
                snapshot = self._meeting(request)
                if snapshot is None:
                    return not_found()
                number = request.path_params.get("number")
                if number is not None and not 1 <= number <= snapshot.table_count:
                    return not_found()
                return self._localized_page(request, filename, snapshot, number)

            return endpoint

        async def join_without_slash(request: Request) -> Response:
            if self._meeting(request) is None:
                return not_found()
            return RedirectResponse(f"/m/{request.path_params['token']}/", status_code=308, headers=NO_STORE)

        async def state(request: Request) -> Response:
            snapshot = self._meeting(request)
            if snapshot is None:
                return not_found()
            since = request.query_params.get("since", "")
            if since and not REV.fullmatch(since):
                return PlainTextResponse("Bad Request", status_code=400, headers=NO_STORE)
            if since == snapshot.rev and request.query_params.get("wait") == "1":
                snapshot = await self._long_poll(snapshot)
                if snapshot is None:
                    return not_found()
            return Response(
                _state_body(snapshot, unchanged=(since == snapshot.rev)),
                media_type="application/json",
                headers=NO_STORE,
            )

        async def events(request: Request) -> Response:
            snapshot = self._meeting(request)
            if snapshot is None:
                return not_found()
            headers = {**NO_STORE, "X-Accel-Buffering": "no"}
            if request.method == "HEAD":
                return Response(media_type="text/event-stream", headers=headers)
            if self._streams >= self.stream_limit:
                return PlainTextResponse(
                    "Service Unavailable", status_code=503, headers={**NO_STORE, "Retry-After": "10"}
                )
            last = request.headers.get("last-event-id", "")
            return StreamingResponse(
                self._stream(snapshot.token, last if REV.fullmatch(last or "") else ""),
                media_type="text/event-stream",
                headers=headers,
            )

        async def check(request: Request) -> Response:
            return self._localized_page(request, "check.html")

        async def ping(request: Request) -> Response:
            self._checked(request)
            body = json.dumps({"ok": True, "now": round(time.time(), 3)}).encode()
            return Response(body, media_type="application/json", headers=NO_STORE)

        async def check_events(request: Request) -> Response:
            headers = {**NO_STORE, "X-Accel-Buffering": "no"}
            if request.method == "HEAD" or self._streams >= self.stream_limit:
                return Response(media_type="text/event-stream", headers=headers)

            async def hello():
                self._streams += 1
                try:
                    yield b"retry: 60000\n\n"
                    yield b"event: hello\ndata: {}\n\n"
                    await asyncio.sleep(0.3)
                    yield b"event: tick\ndata: {}\n\n"
                    await asyncio.sleep(0.5)
                finally:
                    self._streams -= 1

            return StreamingResponse(hello(), media_type="text/event-stream", headers=headers)

        routes = [
            Route("/m/{token}/say", self._say, methods=["GET", "HEAD", "POST"]),
            Route("/m/{token}/table/{number:int}/say", self._say, methods=["GET", "HEAD", "POST"]),
            Route("/m/{token}/vote", self._vote, methods=["GET", "HEAD", "POST"]),
            Route("/h/{host}", self._host, methods=["GET", "HEAD", "POST"]),
            Route("/p/{code}", self._card),
            Route("/s/{name}", static),
            Route("/m/{token}", join_without_slash),
            Route("/m/{token}/", page("join.html")),
            Route("/m/{token}/live", page("live.html")),
            Route("/m/{token}/table/{number:int}", page("table.html")),
            Route("/m/{token}/api/state", state),
            Route("/m/{token}/api/events", events),
            Route("/check", check),
            Route("/check/ping", ping),
            Route("/check/events", check_events),
        ]

        async def on_not_found(request, exc):
            return not_found()

        app = Starlette(routes=routes, exception_handlers={404: on_not_found, 405: on_not_found})
        # A trailing slash is never "corrected" with a redirect: Starlette would build it from
        # the Host header, an open redirect. Unknown paths are 404.
        app.router.redirect_slashes = False
        return app

    # -- input from phones -----------------------------------------------------------------

    def _input_meeting(self, request: Request) -> Snapshot | None:
        """The meeting, if it exists and takes input now (else the page is a 404)."""
        snapshot = self._meeting(request)
        if snapshot is None or not snapshot.input_open or self.inbox is None:
            return None
        return snapshot

    @staticmethod
    def _language(request: Request) -> tuple[str, str | None]:
        """(the page's language, a language to remember in the cookie or None)."""
        asked = request.query_params.get("lang")
        lang = phone_texts.choose_language(asked, request.cookies.get(LANG_COOKIE),
                                           request.headers.get("accept-language"))
        return lang, (lang if asked == lang else None)

    @staticmethod
    def _device(request: Request) -> str | None:
        value = request.cookies.get(DEVICE_COOKIE, "")
        return value if TOKEN.fullmatch(value) else None

    @staticmethod
    def _csrf(device: str, token: str, path: str) -> str:
        """The per-page token a form carries: only a page read from here knows it (the
        cookie it is made from is HttpOnly and never sent by another site's page)."""
        return hmac.new(device.encode(), f"{token}|{path}".encode(), hashlib.sha256).hexdigest()[:32]

    def _input_page(self, request: Request, snapshot: Snapshot, render, notice=None, status: int = 200,
                    device: str | None = None, **kept) -> Response:
        lang, remember = self._language(request)
        device = device or self._device(request)
        new_device = device is None
        if new_device:
            device = secrets.token_hex(16)
        path = request.url.path
        host_token = request.path_params.get("host")
        # A host's page is its own place: its cookie and page token belong to the link.
        base = f"/h/{host_token}" if host_token else f"/m/{snapshot.token}/"
        html = render(snapshot, lang, path, base, self._csrf(device, host_token or snapshot.token, path), notice,
                      device, **kept)
        response = Response(html.encode("utf-8"), status_code=status, media_type="text/html; charset=utf-8",
                            headers={**NO_STORE, "Content-Security-Policy": CSP_FORMS})
        if new_device:
            response.set_cookie(DEVICE_COOKIE, device, max_age=DEVICE_MAX_AGE, path=base, httponly=True,
                                samesite="strict")
        if remember:
            response.set_cookie(LANG_COOKIE, remember, max_age=DEVICE_MAX_AGE, path="/", samesite="strict")
        return response

    def _notice_from_query(self, request: Request, lang: str) -> tuple[str, str] | None:
        sent = request.query_params.get("sent", "")
        if request.path_params.get("host"):
            if sent in host_capture.HOST_KINDS:
                host = phone_texts.host_language(lang)
                return "ok", phone_texts.host_text(host, "host_received", kind=phone_texts.text(host, f"kind_{sent}"))
            return None
        if sent in ("idea", "question"):
            return "ok", phone_texts.text(lang, f"received_{sent}")
        if sent in ("dot", "undot"):
            left = request.query_params.get("left", "")
            return "ok", phone_texts.text(lang, f"received_{sent}", n=int(left) if left.isdigit() else 0)
        return None

    async def _say(self, request: Request) -> Response:
        snapshot = self._input_meeting(request)
        number = request.path_params.get("number")
        if snapshot is None or (number is not None and not 1 <= number <= snapshot.table_count):
            return _not_found()

        def render(snap, lang, path, base, csrf, notice, device, text="", kind="idea"):
            return phone_pages.say_page(snap.data, lang, path=path, base=base, table=number, csrf=csrf,
                                        notice=notice, kept_text=text, kept_kind=kind)

        if request.method != "POST":
            lang, _ = self._language(request)
            return self._input_page(request, snapshot, render, self._notice_from_query(request, lang))
        return await self._post(request, snapshot, render, table=number)

    async def _vote(self, request: Request) -> Response:
        snapshot = self._input_meeting(request)
        if snapshot is None:
            return _not_found()

        def render(snap, lang, path, base, csrf, notice, device, **_kept):
            digest = device_key(device)
            mine = {int(k): v for k, v in snap.device_dots.get(digest, {}).items()}
            own = self._own_dots.get(digest)
            if own is not None and own[0] > self._published_at.get(snap.token, 0.0):
                mine = dict(own[1])
            return phone_pages.vote_page(snap.data, lang, path=path, base=base, csrf=csrf, mine=mine, notice=notice)

        if request.method != "POST":
            lang, _ = self._language(request)
            return self._input_page(request, snapshot, render, self._notice_from_query(request, lang))
        return await self._post(request, snapshot, render, table=None)

    def _host_link(self, request: Request) -> tuple[Snapshot, int] | None:
        """The shared meeting and the table number of a live host link (None: a 404)."""
        token = request.path_params.get("host", "")
        if not host_capture.TOKEN.fullmatch(token) or self.inbox is None:
            return None
        for snapshot in self._snapshots.values():
            for known, number in snapshot.host_links.items():
                if hmac.compare_digest(known, token):
                    return snapshot, number
        return None

    async def _host(self, request: Request) -> Response:
        found = self._host_link(request)
        if found is None:
            return _not_found()
        snapshot, number = found
        token = request.path_params["host"]

        def render(snap, lang, path, base, csrf, notice, device, text="", kind="note", mitigations=""):
            current = self._snapshots.get(snap.token, snap)
            return phone_pages.host_page(current.data, lang, path=path, table=current.host_links.get(token, number),
                                         csrf=csrf, notice=notice, kept_text=text, kept_kind=kind,
                                         kept_mitigations=mitigations)

        if request.method != "POST":
            lang, _ = self._language(request)
            return self._input_page(request, snapshot, render, self._notice_from_query(request, lang))
        return await self._post(request, snapshot, render, table=number, host_token=token)

    async def _card(self, request: Request) -> Response:
        """A rotation card's page: the holder's table this round and next, nothing else."""
        code = request.path_params.get("code", "")
        if not host_capture.TOKEN.fullmatch(code):
            return _not_found()
        for snapshot in self._snapshots.values():
            for known, tables in snapshot.personal.items():
                if hmac.compare_digest(known, code):
                    lang, remember = self._language(request)
                    html = phone_pages.card_page(snapshot.data, lang, path=request.url.path, tables=tables)
                    response = Response(html.encode("utf-8"), media_type="text/html; charset=utf-8", headers=NO_STORE)
                    if remember:
                        response.set_cookie(LANG_COOKIE, remember, max_age=DEVICE_MAX_AGE, path="/", samesite="strict")
                    return response
        return _not_found()

    def _rate_limited(self, request: Request, device: str) -> bool:
        now = time.monotonic()
        address = request.client.host if request.client else ""
        checks = [(self._device_buckets, device, DEVICE_RATE)]
        if address and address not in self.trusted_addresses:
            checks.append((self._address_buckets, address, ADDRESS_RATE))
        for buckets, key, (burst, rate) in checks:
            bucket = buckets.get(key)
            if bucket is None:
                if len(buckets) >= MAX_BUCKETS:  # forget the oldest half
                    for old in list(buckets)[: MAX_BUCKETS // 2]:
                        del buckets[old]
                bucket = buckets[key] = TokenBucket(burst, rate, now)
            if not bucket.take(now):
                return True
        return False

    async def _post(self, request: Request, snapshot: Snapshot, render, table: int | None,
                    host_token: str | None = None) -> Response:
        """A form sent from a phone: checked here (origin, page token, size, rate), then handed
        to the application layer, and answered once it is committed."""
        lang, _ = self._language(request)
        wants_json = "application/json" in request.headers.get("accept", "")
        origin = request.headers.get("origin")
        host = request.headers.get("host", "")
        site = request.headers.get("sec-fetch-site")
        if (origin not in (None, "null") and origin != f"http://{host}") or (site not in (None, "same-origin")) \
                or (origin == "null" and site is None):
            return PlainTextResponse("Forbidden", status_code=403, headers=NO_STORE)
        kind_of_body = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind_of_body != "application/x-www-form-urlencoded":
            return PlainTextResponse("Unsupported Media Type", status_code=415, headers=NO_STORE)
        body = await request.body()
        if len(body) > (HOST_FORM_BYTES if host_token else MAX_FORM_BYTES):
            return PlainTextResponse("Content Too Large", status_code=413, headers=NO_STORE)
        try:
            fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False,
                              max_num_fields=8)
        except (UnicodeDecodeError, ValueError):
            return PlainTextResponse("Bad Request", status_code=400, headers=NO_STORE)
        form = {name: values[0] for name, values in fields.items() if len(values) == 1}
        device = self._device(request)
        path = request.url.path
        kept = self._kept(form, host=host_token is not None)
        if device is None or not hmac.compare_digest(form.get("csrf", ""),
                                                     self._csrf(device, host_token or snapshot.token, path)):
            # An old page, or a page from somewhere else: shown afresh (with a new token).
            return self._answer(request, snapshot, render, wants_json, lang, False, "stale", 403, kept=kept)
        if self._rate_limited(request, device):
            response = self._answer(request, snapshot, render, wants_json, lang, False, "too_fast", 429, kept=kept)
            response.headers["Retry-After"] = "10"
            return response
        meeting_id = snapshot.meeting_id or None
        if host_token is not None:
            kind = form.get("kind", "note")
            text = form.get("text", "")
            if kind not in host_capture.HOST_KINDS:
                return PlainTextResponse("Bad Request", status_code=400, headers=NO_STORE)
            most = limits.limit("contribution", "text")
            if len(text) > most * 2:  # far over: refused here, the laptop never sees it
                return self._answer(request, snapshot, render, wants_json, lang, False, "refused_too_long", 422,
                                    kept=kept, n=most)
            mitigations = tuple(line for line in form.get("mitigations", "").splitlines() if line.strip())
            submission = HostCaptureRequest(host_token, device_key(device), kind, text=text,
                                            mitigations=mitigations[: host_capture.MAX_MITIGATIONS + 1])
        elif table is None and path.endswith("/vote"):
            op = form.get("op", "")
            contribution = form.get("contribution", "")
            if op not in ("dot", "undot") or not contribution.isdigit() or len(contribution) > 12:
                return PlainTextResponse("Bad Request", status_code=400, headers=NO_STORE)
            submission = PhoneSubmissionRequest(meeting_id or 0, device_key(device), op,
                                                contribution_id=int(contribution))
        else:
            kind = form.get("kind", "idea")
            text = form.get("text", "")
            if kind not in (PhoneKind.IDEA, PhoneKind.QUESTION):
                return PlainTextResponse("Bad Request", status_code=400, headers=NO_STORE)
            if len(text) > MAX_TEXT * 2:  # far over: refused here, the laptop never sees it
                return self._answer(request, snapshot, render, wants_json, lang, False, "refused_too_long", 422,
                                    kept={"text": text[:MAX_TEXT], "kind": kind})
            submission = PhoneSubmissionRequest(meeting_id or 0, device_key(device), kind, text=text, table=table)
        if meeting_id is None:
            return _not_found()
        try:
            future = self.inbox.put(submission)
        except InboxFull:
            return self._answer(request, snapshot, render, wants_json, lang, False, "try_again", 503, kept=kept)
        try:
            outcome = await asyncio.wait_for(asyncio.wrap_future(future), self.answer_timeout)
        except Exception as error:  # the timeout, or a write the file refused: nothing was promised
            log.warning("a submission from a phone was not confirmed: %s", error or type(error).__name__)
            return self._answer(request, snapshot, render, wants_json, lang, False, "try_again", 503, kept=kept)
        if not outcome.ok:
            if host_token is not None and outcome.refusal == "closed":  # revoked meanwhile: as if never there
                return _not_found()
            return self._answer(request, snapshot, render, wants_json, lang, False, f"refused_{outcome.refusal}",
                                409 if outcome.refusal != "too_long" else 422, kept=kept,
                                n=limits.limit("contribution", "text") if host_token else MAX_TEXT)
        sent = submission.kind
        if outcome.mine is not None:
            if len(self._own_dots) >= MAX_BUCKETS:
                self._own_dots.clear()
            self._own_dots[submission.device] = (time.monotonic(), dict(outcome.mine))
        if wants_json:
            key = f"received_{sent}"
            message = phone_texts.text(lang, key, n=outcome.dots_left if outcome.dots_left is not None else 0)
            if host_token is not None:
                host = phone_texts.host_language(lang)
                message = phone_texts.host_text(host, "host_received", kind=phone_texts.text(host, f"kind_{sent}"))
            return Response(json.dumps({"ok": True, "message": message, "dots_left": outcome.dots_left}).encode(),
                            media_type="application/json", headers=NO_STORE)
        location = f"{path}?sent={sent}" + (f"&left={outcome.dots_left}" if outcome.dots_left is not None else "")
        return Response(status_code=303, headers={**NO_STORE, "Location": location})

    @staticmethod
    def _kept(form: dict, host: bool = False) -> dict:
        """What the form held, to be shown again after a refusal."""
        if host:
            kind = form.get("kind", "note")
            most = limits.limit("contribution", "text")
            return {"text": form.get("text", "")[:most], "kind": kind if kind in host_capture.HOST_KINDS else "note",
                    "mitigations": form.get("mitigations", "")[:most]}
        kind = form.get("kind", "idea")
        return {"text": form.get("text", "")[:MAX_TEXT], "kind": kind if kind in ("idea", "question") else "idea"}

    def _answer(self, request, snapshot, render, wants_json: bool, lang: str, ok: bool, key: str, status: int,
                kept: dict | None = None, n: int = MAX_TEXT) -> Response:
        message = phone_texts.text(lang, key, n=n)
        if wants_json:
            return Response(json.dumps({"ok": ok, "message": message}).encode(), status_code=status,
                            media_type="application/json", headers=NO_STORE)
        fresh = self._snapshots.get(snapshot.token, snapshot)
        if request.url.path.endswith("/vote"):
            kept = {}
        return self._input_page(request, fresh, render, ("error", message), status=status, **(kept or {}))

    def _localized_page(self, request: Request, filename: str, snapshot: Snapshot | None = None,
                        number=None) -> Response:
        """A page of resources/web in the phone's language (``page_language``), with the links
        to the input pages while input is on; ``?lang=`` is remembered in a cookie."""
        body, kind, _etag = self._files[filename]
        lang, remember = self._language(request)
        if snapshot is not None and snapshot.input_open and self.inbox is not None:
            base = f"/m/{snapshot.token}/"
            body = body.replace(INPUT_LINKS_MARK, phone_pages.input_links(lang, base, number).encode("utf-8"))
            body = body.replace(INPUT_JUMP_MARK, phone_pages.input_jump_link(lang, base).encode("utf-8"))
        body = page_language.localize(body, lang, request.url.path, check=filename == "check.html")
        response = Response(body, media_type=kind, headers=NO_STORE)
        if remember:
            response.set_cookie(LANG_COOKIE, remember, max_age=DEVICE_MAX_AGE, path="/", samesite="strict")
        return response

    async def _long_poll(self, snapshot: Snapshot) -> Snapshot | None:
        """Holds a poll that already has the newest state until the state changes (or
        LONG_POLL seconds pass), so the polling fallback brings a change as soon as it is
        published. Held polls count with the live streams and share their cap; past it, the
        answer comes at once and the phone asks again after a second."""
        if self._streams >= self.stream_limit or self._closing is None or self._closing.is_set():
            return snapshot
        self._streams += 1
        try:
            changed = self._change_event(snapshot.token)
            if self._snapshots.get(snapshot.token) is snapshot:
                try:
                    await asyncio.wait_for(changed.wait(), LONG_POLL)
                except TimeoutError:
                    pass
        finally:
            self._streams -= 1
        return self._snapshots.get(snapshot.token)

    def _checked(self, request: Request) -> None:
        now = time.monotonic()
        if self.on_check is None or now - self._last_check < 0.5:
            return
        self._last_check = now
        client = request.client.host if request.client else ""
        try:
            self.on_check(client)
        except Exception:  # pragma: no cover - the callback belongs to the app
            log.exception("check callback failed")

    async def _stream(self, token: str, last_rev: str):
        """Server-sent events: the full state whenever it changes, comments while idle."""
        loop = asyncio.get_running_loop()
        self._streams += 1
        ends = loop.time() + STREAM_LIFETIME
        sent = last_rev
        try:
            yield f"retry: {RETRY_MS}\n\n".encode()
            while not self._closing.is_set():
                changed = self._change_event(token)
                snapshot = self._snapshots.get(token)
                if snapshot is None:
                    yield b"event: gone\ndata: {}\n\n"
                    return
                if snapshot.rev != sent:
                    yield b"event: state\nid: " + snapshot.rev.encode() + b"\ndata: " + _state_body(snapshot) + b"\n\n"
                    sent = snapshot.rev
                elif sent == last_rev and last_rev:
                    # Reconnected with the current revision: say so, with the clock.
                    yield b"event: same\nid: " + sent.encode() + b"\ndata: " + _state_body(snapshot, True) + b"\n\n"
                    last_rev = ""
                remaining = ends - loop.time()
                if remaining <= 0:
                    return
                try:
                    await asyncio.wait_for(changed.wait(), min(HEARTBEAT, remaining))
                except TimeoutError:
                    yield b": keep-alive\n\n"
        finally:
            self._streams -= 1


def device_key(device: str) -> str:
    """What the file keeps of a phone's cookie: a hash (the cookie itself stays on the phone)."""
    return hashlib.blake2b(device.encode(), digest_size=16, person=b"facilitator-dev").hexdigest()


def _not_found() -> Response:
    return PlainTextResponse("Hittades inte / Not found", status_code=404, headers=NO_STORE)


def _state_body(snapshot: Snapshot, unchanged: bool = False) -> bytes:
    """``{"now":…,"rev":…,"snapshot":{…}}``, or ``{"now":…,"rev":…,"unchanged":true}``.

    ``now`` is the laptop's clock at the moment of answering, so phones can count down a
    round correctly whatever their own clocks say.
    """
    head = b'{"now":' + f"{time.time():.3f}".encode() + b',"rev":"' + snapshot.rev.encode() + b'"'
    if unchanged:
        return head + b',"unchanged":true}'
    return head + b',"snapshot":' + snapshot.body + b"}"
