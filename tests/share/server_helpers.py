"""A phone server on 127.0.0.1 sharing one meeting of a process, for the tests' fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from facilitator.share.server import ShareServer
from facilitator.share.snapshot import Snapshot, build_snapshot


@contextmanager
def sharing(store, meeting_id: int = 1) -> Iterator[tuple[ShareServer, Snapshot]]:
    """Starts a ShareServer on a free loopback port, publishes the meeting's snapshot, yields
    (server, snapshot) and stops the server afterwards."""
    server = ShareServer()
    server.start("127.0.0.1", 0)
    snapshot = build_snapshot(store, meeting_id)
    server.publish(snapshot)
    try:
        yield server, snapshot
    finally:
        server.stop()
