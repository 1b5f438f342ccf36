"""Where the phone server hands what phones send to the application layer.

The server never writes: it puts each submission into the ``Inbox`` with a future and waits
(without blocking its event loop) for the answer. The thread that owns the process store
(the window's GUI thread, or the ``serve`` command's) is woken, takes everything waiting
(``drain``), runs ``actions.phone_input.take_in`` through its own ``perform`` in one
transaction, and only after the commit sets each future: a phone is told "received" only
for what is in the file. A failed write answers every future with the error, and the phone
is told to try again.

No Qt here: the window wakes through a queued signal, the command through an Event.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future

from ..actions import phone_input
from ..domain.phone_input import Outcome, PhoneSubmissionRequest

log = logging.getLogger("facilitator.share")

#: Submissions held at most before new ones are refused (the phone is told to try again).
MAX_PENDING = 5000
#: Submissions written in one transaction at most: a batch stays a few milliseconds of the
#: GUI thread's time; the rest go in the next one, at once.
BATCH = 100


class InboxFull(Exception):
    pass


class Inbox:
    """A thread-safe queue of (submission, future). ``wake`` is called (from the putting
    thread) when the queue goes from empty to not empty."""

    def __init__(self, wake: Callable[[], None] | None = None, limit: int = MAX_PENDING):
        self._items: deque[tuple[PhoneSubmissionRequest, Future]] = deque()
        self._lock = threading.Lock()
        self._wake = wake
        self.limit = limit
        self.closed = False

    def set_wake(self, wake: Callable[[], None] | None) -> None:
        self._wake = wake

    def put(self, request: PhoneSubmissionRequest) -> Future:
        future: Future = Future()
        with self._lock:
            if self.closed or len(self._items) >= self.limit:
                raise InboxFull
            first = not self._items
            self._items.append((request, future))
        if first and self._wake is not None:
            try:
                self._wake()
            except Exception:  # pragma: no cover - the owner is going away
                log.exception("waking the inbox's owner failed")
        return future

    def take(self, most: int = BATCH) -> list[tuple[PhoneSubmissionRequest, Future]]:
        with self._lock:
            taken = []
            while self._items and len(taken) < most:
                request, future = self._items.popleft()
                if future.set_running_or_notify_cancel():
                    taken.append((request, future))
            return taken

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def close(self) -> None:
        """No more submissions; those waiting are answered with an error (try again)."""
        with self._lock:
            self.closed = True
            items, self._items = list(self._items), deque()
        for _request, future in items:
            if future.set_running_or_notify_cancel():
                future.set_exception(InboxFull())


def drain(inbox: Inbox, store, perform: Callable, most: int = BATCH,
          committed: Callable[[], object] | None = None) -> int:
    """Takes up to ``most`` submissions, writes them with ``perform(action)`` (one
    transaction), calls ``committed()`` (the owner publishes a fresh snapshot, so the page a
    phone is sent back to shows its dot), then answers each. Returns how many were
    answered; call again while the inbox is not empty."""
    taken = inbox.take(most)
    if not taken:
        return 0
    try:
        action, outcomes = phone_input.take_in(store, [request for request, _ in taken])
        if action is not None:
            perform(action)
            if committed is not None:
                try:
                    committed()
                except Exception:  # the answer is true all the same: the write has committed
                    log.exception("publishing after taking in from phones failed")
        answered: list[Outcome] = phone_input.answers(outcomes, action)
    except Exception as error:
        log.error("could not take in %d submissions from phones: %s", len(taken), error)
        for _request, future in taken:
            future.set_exception(error)
        return len(taken)
    for (_request, future), outcome in zip(taken, answered):
        future.set_result(outcome)
    return len(taken)
