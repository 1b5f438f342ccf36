"""Hostile phone-network clients, run as a separate process so they do not share the test's
interpreter lock with the server and the GUI thread (a real attacker is another device).

    python attacker.py slowloris PORT CONNECTIONS SECONDS [SOURCE_ADDRESS]
    python attacker.py tokens PORT REQUESTS THREADS
    python attacker.py headers PORT CONNECTIONS SECONDS

Prints one JSON line with what happened, then exits.
"""

from __future__ import annotations

import http.client
import json
import secrets
import socket
import sys
import threading
import time
from collections import Counter


def _open(port: int, source: str = "") -> socket.socket | None:
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=2, source_address=(source, 0) if source else None)
        sock.setblocking(False)
        return sock
    except OSError:
        return None


def _poke(sock: socket.socket, action, argument) -> bool:
    """Does one non-blocking read or write on sock (``action(argument)``, e.g. ``sock.recv``).
    False, with the socket closed, once the server has closed the connection (an error, or a
    read that returns nothing)."""
    try:
        if action(argument) == b"":
            raise ConnectionError
    except BlockingIOError:
        pass
    except OSError:
        sock.close()
        return False
    return True


def slowloris(port: int, connections: int, seconds: float, source: str = "") -> dict:
    """Many connections that send a request head one header line at a time and never end it;
    every connection the server closes is opened again at once."""
    opened = closed = 0
    sockets: list[socket.socket] = []
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        while len(sockets) < connections and time.monotonic() < ends:
            sock = _open(port, source)
            if sock is None:
                break
            try:
                sock.send(f"GET /m/{secrets.token_hex(16)}/api/state HTTP/1.1\r\nHost: x\r\n".encode())
            except OSError:
                sock.close()
                continue
            sockets.append(sock)
            opened += 1
        alive = []
        for sock in sockets:
            if _poke(sock, sock.recv, 1024) and _poke(
                sock, sock.send, b"X-Slow: " + secrets.token_hex(2).encode() + b"\r\n"
            ):
                alive.append(sock)
            else:
                closed += 1
        sockets = alive
        time.sleep(0.5)
    for sock in sockets:
        sock.close()
    return {"opened": opened, "closed_by_server": closed}


def wrong_tokens(port: int, requests: int, threads: int) -> dict:
    """Guesses meeting addresses as fast as it can, on keep-alive connections."""
    statuses: Counter = Counter()
    lock = threading.Lock()
    per_thread = requests // threads

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine: Counter = Counter()
        for _ in range(per_thread):
            path = f"/m/{secrets.token_hex(16)}/api/state"
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                mine[response.status] += 1
                if response.getheader("connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException):
                mine["error"] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.close()
        with lock:
            statuses.update(mine)

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return {str(k): v for k, v in statuses.items()}


def oversized_headers(port: int, connections: int, seconds: float) -> dict:
    """Request heads far beyond the limits: one huge header, or thousands of small ones."""
    answers: Counter = Counter()
    ends = time.monotonic() + seconds
    sent = 0
    while time.monotonic() < ends and sent < connections:
        many = sent % 2 == 0
        head = b"GET /check HTTP/1.1\r\nHost: x\r\n"
        head += b"".join(b"X-%d: y\r\n" % i for i in range(5000)) if many else b"X-Big: " + b"a" * 200_000 + b"\r\n"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                try:
                    sock.sendall(head + b"\r\n")
                except OSError:
                    pass  # the server may close before reading it all
                answer = sock.recv(64)
                answers[answer.split(b" ", 2)[1].decode() if answer.startswith(b"HTTP/") else "closed"] += 1
        except OSError:
            answers["closed"] += 1
        sent += 1
    return dict(answers)


def main(argv: list[str]) -> int:
    kind, port = argv[1], int(argv[2])
    if kind == "slowloris":
        result = slowloris(port, int(argv[3]), float(argv[4]), argv[5] if len(argv) > 5 else "")
    elif kind == "tokens":
        result = wrong_tokens(port, int(argv[3]), int(argv[4]))
    elif kind == "headers":
        result = oversized_headers(port, int(argv[3]), float(argv[4]))
    else:
        raise SystemExit(f"unknown attack {kind}")
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
