"""Helpers for the phone-server tests: HTTP on loopback, a demo process, headless Chromium.

All traffic goes to 127.0.0.1. Chromium is driven over the DevTools protocol with a small
websocket client written here (the stdlib has none), so a test can watch a page change live.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ZBARIMG = shutil.which("zbarimg")


# --------------------------------------------------------------------------- HTTP
def request(url: str, method: str = "GET", headers: dict | None = None, body: bytes | None = None,
            timeout: float = 5.0):
    """(status, headers with lower-case names, body) for one request on a fresh connection."""
    parts = urlsplit(url)
    assert parts.hostname in ("127.0.0.1", "::1", "localhost"), "tests talk to loopback only"
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request(method, path or "/", body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data
    finally:
        connection.close()


def raw_request(port: int, data: bytes, timeout: float = 5.0) -> bytes:
    """Sends bytes as they are and returns everything the server answers until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


class EventStream:
    """A server-sent-events reader on a raw socket (what a phone's EventSource does)."""

    def __init__(self, url: str, last_event_id: str = "", timeout: float = 5.0):
        parts = urlsplit(url)
        assert parts.hostname == "127.0.0.1"
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        extra = f"Last-Event-ID: {last_event_id}\r\n" if last_event_id else ""
        self.sock.sendall(
            f"GET {parts.path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n{extra}\r\n".encode()
        )
        self.buffer = b""
        head = self._until(b"\r\n\r\n")
        self.status = int(head.split(b" ", 2)[1])
        self.headers = {
            line.split(b":", 1)[0].strip().lower().decode(): line.split(b":", 1)[1].strip().decode()
            for line in head.split(b"\r\n")[1:]
            if b":" in line
        }
        self.chunked = self.headers.get("transfer-encoding") == "chunked"
        self.text = b""

    def _until(self, marker: bytes) -> bytes:
        while marker not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(marker, 1)
        return head

    def _fill(self) -> None:
        if not self.chunked:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.text += chunk
            return
        size_line = self._until(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            raise ConnectionError("stream ended")
        while len(self.buffer) < size + 2:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self.buffer += chunk
        self.text += self.buffer[:size]
        self.buffer = self.buffer[size + 2 :]

    def next_event(self) -> dict:
        """The next event as {"event", "id", "data"}; comments are skipped."""
        while True:
            while b"\n\n" not in self.text:
                self._fill()
            block, self.text = self.text.split(b"\n\n", 1)
            event = {"event": "message", "id": None, "data": ""}
            lines = [line for line in block.decode().split("\n") if line and not line.startswith(":")]
            if not lines or all(line.startswith("retry:") for line in lines):
                continue
            data = []
            for line in lines:
                name, _, value = line.partition(":")
                value = value[1:] if value.startswith(" ") else value
                if name == "data":
                    data.append(value)
                elif name in ("event", "id"):
                    event[name] = value
            event["data"] = "\n".join(data)
            return event

    def close(self) -> None:
        self.sock.close()


# --------------------------------------------------------------------------- data
def demo_file(folder: Path) -> Path:
    from facilitator.demo.builder import build_demo

    return build_demo(folder / "demo.facilitator")


def personal_data(store) -> list[str]:
    """Every participant's name, e-mail and phone, and the names of moderators, coordinators
    and measure owners: none may appear in anything a phone receives."""
    from facilitator.domain.entities import Measure, Meeting, Participant

    found = []
    for p in store.list(Participant):
        found += [p.name, p.email, p.phone]
    for m in store.list(Meeting):
        found += [m.moderator, m.coordinator]
    for m in store.list(Measure):
        found += [m.owner, m.owner_contact]
    return sorted({value for value in found if value and len(value) >= 4})


def leaks(body: bytes, values: list[str]) -> list[str]:
    text = body.decode("utf-8", "replace")
    decoded = text
    try:  # JSON escapes non-ASCII characters only if asked to; look at both forms anyway
        decoded = json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        pass
    return [value for value in values if value in text or value in decoded]


# --------------------------------------------------------------------------- Chromium
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
]


class DevTools:
    """A minimal client for the Chrome DevTools protocol over a websocket (RFC 6455)."""

    def __init__(self, ws_url: str, timeout: float = 10.0):
        parts = urlsplit(ws_url)
        assert parts.hostname == "127.0.0.1"
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {parts.path} HTTP/1.1\r\nHost: 127.0.0.1:{parts.port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(head.decode(errors="replace"))
        self.next_id = 0
        self.events: list[dict] = []

    def _read(self, count: int) -> bytes:
        while len(self.buffer) < count:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", length)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _receive(self) -> dict:
        message = b""
        while True:
            first, second = self._read(2)
            opcode, length = first & 0x0F, second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(length)
            if opcode == 0x9:  # ping
                self._send_frame(0xA, payload)
                continue
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the websocket")
            message += payload
            if first & 0x80:
                return json.loads(message)

    def call(self, method: str, params: dict | None = None, timeout: float = 10.0) -> dict:
        self.next_id += 1
        wanted = self.next_id
        self._send_frame(0x1, json.dumps({"id": wanted, "method": method, "params": params or {}}).encode())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self._receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)
        raise TimeoutError(method)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 5.0, interval: float = 0.02):
        """Polls a JavaScript expression until it is truthy; returns (value, seconds)."""
        started = time.monotonic()
        while True:
            try:
                value = self.evaluate(expression)
            except RuntimeError:  # the page is still loading
                value = None
            if value:
                return value, time.monotonic() - started
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"{expression!r} stayed false for {timeout} s")
            time.sleep(interval)

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


@contextmanager
def chromium(language: str = "sv-SE,sv", width: int = 360, height: int = 800):
    """A headless Chromium with a fresh profile, and a DevTools client on its first tab."""
    if CHROMIUM is None:
        import pytest

        pytest.skip("chromium is not installed")
    profile = Path(tempfile.mkdtemp(prefix="facilitator-chromium-"))
    process = subprocess.Popen(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--lang={language.split(',')[0]}",
         f"--accept-lang={language}", f"--window-size={width},{height}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = None
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 20
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("chromium did not start")
            time.sleep(0.05)
        port = int(port_file.read_text().splitlines()[0])
        status, _headers, body = request(f"http://127.0.0.1:{port}/json/list")
        pages = [t for t in json.loads(body) if t.get("type") == "page"]
        client = DevTools(pages[0]["webSocketDebuggerUrl"])
        client.call("Page.enable")
        client.call("Runtime.enable")
        client.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True},
        )
        yield client
    finally:
        if client is not None:
            try:
                client.call("Browser.close", timeout=3)
            except Exception:
                pass
            client.close()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        shutil.rmtree(profile, ignore_errors=True)
