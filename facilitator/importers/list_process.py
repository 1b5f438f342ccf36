"""A registration list (or another file a reader function reads, such as a reporting round's
filled form) read in a child process of its own, so that the window stays
responsive however long openpyxl holds the interpreter, and Cancel ends the reading at once
(the child is terminated; nothing of it was written anywhere).

The child is started with multiprocessing's ``spawn`` (a fresh interpreter, as on Windows
and in the frozen app, where ``cli/main.py`` calls ``multiprocessing.freeze_support``). It
imports only this module and the reader, and sends back plain data over a pipe:

    ("rows", n)            rows read so far (every PROGRESS_EVERY rows)
    ("preview", preview)   the ImportPreview (frozen dataclasses of str, int and tuples)
    ("refused", code, detail)  a RegistrationListError: the same codes, so the same messages
    ("failed", text)       anything else (logged by the parent; shown as "unreadable")

Peak memory is the child's, exactly as when the list is read in the window's own process
(benchmarks/bench_inputs.py measures a reader in a child process too).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .registration_list import RegistrationListError, read_registration_list

Reader = Callable[..., Any]


def _read(path: str, pipe: Connection, reader: Reader = read_registration_list) -> None:  # in the child
    def progress(rows: int) -> None:
        pipe.send(("rows", rows))

    try:
        preview = reader(path, progress=progress)
    except RegistrationListError as error:
        pipe.send(("refused", error.code, error.detail))
    except BaseException as error:  # MemoryError, a bug: said once, never a hang
        pipe.send(("failed", f"{type(error).__name__}: {error}"))
    else:
        pipe.send(("preview", preview))
    finally:
        pipe.close()


class ListInChild:
    """One reading of a list in a child process; the parent polls it, never blocks.

        reading = ListInChild(path); reading.start()
        message = reading.poll()   # None, or one message (above); ("ended", None) when the
                                   # child is gone without a word
        reading.cancel()           # terminates the child at once
    """

    def __init__(self, path: str | os.PathLike, reader: Reader = read_registration_list):
        """``reader`` is a module-level function (the child imports it by name) taking the
        path and ``progress=`` and raising RegistrationListError for a list it refuses: the
        participant list's reader, or the mapping of existing efforts'."""
        self.path = Path(path)
        context = multiprocessing.get_context("spawn")
        self._receive, send = context.Pipe(duplex=False)
        self._send = send
        self.process = context.Process(target=_read, args=(str(self.path), send, reader), daemon=True,
                                       name="facilitator-list-reader")

    def start(self) -> None:
        self.process.start()
        self._send.close()  # the child holds its own end: the pipe ends when the child does

    def poll(self) -> tuple | None:
        try:
            if self._receive.poll():
                return self._receive.recv()
        except (EOFError, OSError):  # the child ended (or was ended) without another word
            return ("ended", None)
        if not self.process.is_alive() and self.process.exitcode is not None:
            try:  # its last message may have arrived just before it exited
                if self._receive.poll():
                    return self._receive.recv()
            except (EOFError, OSError):
                pass
            return ("ended", self.process.exitcode)
        return None

    def cancel(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.close()

    def close(self) -> None:
        if self.process.pid is None:  # never started (the dialog closed before reading began)
            self._send.close()
            self._receive.close()
            return
        self.process.join(timeout=2)
        if self.process.is_alive():  # pragma: no cover - a child that ignores SIGTERM
            self.process.kill()
            self.process.join(timeout=2)
        self._receive.close()
