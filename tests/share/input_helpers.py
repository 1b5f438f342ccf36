"""A phone server that takes input, with a writer thread that owns the process file the way
the window's GUI thread (or the serve command's thread) does: it drains the inbox through
``share.inbox.drain`` and runs anything else a test asks of the store (``run``)."""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from pathlib import Path

from facilitator import actions
from facilitator.actions import phone_input
from facilitator.share.inbox import Inbox, drain
from facilitator.share.server import ShareServer
from facilitator.share.snapshot import build_snapshot
from facilitator.storage.process_store import ProcessStore


class InputServer:
    def __init__(self, path: Path, meeting_id: int = 1, input_on: bool = True, draining: bool = True, **server_options):
        self.path = path
        self.meeting_id = meeting_id
        self.input_on = input_on
        self.draining = threading.Event()
        if draining:
            self.draining.set()
        self.wake = threading.Event()
        self.inbox = Inbox(wake=self.wake.set)
        self.server = ShareServer(inbox=self.inbox, **server_options)
        self.tasks: queue.Queue = queue.Queue()
        self.stopping = threading.Event()
        self.ready = threading.Event()
        self.token = ""
        self.committed_at: list[float] = []
        self.thread = threading.Thread(target=self._run, name="writer", daemon=True)

    def __enter__(self) -> InputServer:
        self.server.start("127.0.0.1", 0)
        self.thread.start()
        assert self.ready.wait(30), "the writer thread did not start"
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.wake.set()
        self.thread.join(10)
        self.inbox.close()
        self.server.stop()

    @property
    def port(self) -> int:
        return self.server.port

    def publish(self, store) -> None:
        snapshot = build_snapshot(store, self.meeting_id)
        if snapshot is not None:
            self.server.publish(snapshot)
        else:
            self.server.withdraw_all()

    def run(self, function):
        """``function(store)`` on the writer thread; its result."""
        future: Future = Future()
        self.tasks.put((function, future))
        self.wake.set()
        return future.result(30)

    def perform(self, build) -> None:
        """Runs the action ``build(store)`` makes (the coordinator's edit) and publishes."""
        def step(store):
            actions.perform(store, build(store))
            self.publish(store)
        self.run(step)

    def _run(self) -> None:
        store = ProcessStore.open(self.path)
        try:
            if self.input_on:
                try:
                    actions.perform(store, phone_input.set_phone_input(store, self.meeting_id, True))
                except actions.NothingToChange:
                    pass
            snapshot = build_snapshot(store, self.meeting_id)
            self.token = snapshot.token
            self.server.publish(snapshot)
            self.ready.set()
            while not self.stopping.is_set():
                self.wake.wait(0.05)
                self.wake.clear()
                while not self.tasks.empty():
                    function, future = self.tasks.get()
                    try:
                        future.set_result(function(store))
                    except BaseException as error:  # handed to the test
                        future.set_exception(error)
                if self.draining.is_set():
                    while drain(self.inbox, store, lambda action: actions.perform(store, action),
                                committed=lambda: self.publish(store)):
                        pass
        finally:
            store.close()
