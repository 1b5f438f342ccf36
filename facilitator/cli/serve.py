"""``facilitator serve``: the phone server without the window.

    facilitator serve PROCESS_FILE --meeting ID [--host H] [--port P] [--qr] [--input]

Serves the meeting's join, live and table pages exactly as the app does, printing the
addresses. The file is opened read-only on a connection of its own; every half second
SQLite's data version (``storage.process_store.data_version``) tells whether another program (the app) has committed a change, and
then a new snapshot is published. Ctrl+C or SIGTERM stops it.

With ``--input`` phones may also send ideas, questions and dots: the file is opened for
writing instead (so not while the window has it), the meeting's input is switched on for
as long as the command runs, and what phones send is written by this command's thread
through the same action as in the window (``actions.phone_input.take_in``), waiting for
the coordinator's review; ``facilitator info FILE --json`` shows how many wait.

Messages are translatable (context ``ServeCommand``, English source texts) and shown in
Swedish unless ``FACILITATOR_LANG=en``: :func:`main`, and :func:`run` in the main thread, get a
QCoreApplication with the catalogue from :func:`facilitator.cli.main._core_app`; :func:`run` in another
thread uses whatever catalogue the application has installed. Problems opening the file are
described with :func:`facilitator.messages.describe_file_error`, in the same words as the window.
Only QtCore is used, for the translations.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import actions
from ..actions import phone_input
from ..domain.vocabulary import Plural
from ..share import links, network
from ..share.inbox import Inbox, drain
from ..share.server import ShareServer
from ..share.snapshot import build_snapshot
from .headless import core_app, translate_help_later

POLL_SECONDS = 0.5
PUBLISH_GAP = 0.15  # seconds between snapshots of the command's own writes
# A message with a count, marked so that the catalogue gets its plural forms (see Plural).
RECEIVED = Plural.translate("ServeCommand", "Received %n submission(s) from phones.", "", -1)


class ServeError(Exception):
    """A problem to report in one (translated) line with exit code 1."""


def _core_app():
    """The QCoreApplication with the Swedish (or, with FACILITATOR_LANG=en, English) catalogue."""
    return core_app()


def _help_texts() -> dict[str, str]:
    """The texts of ``facilitator serve --help`` in the current language."""
    return {
        "command": QCoreApplication.translate(
            "ServeCommand", "share a meeting's pages with the participants' phones, without the window"),
        "description": QCoreApplication.translate(
            "ServeCommand",
            "Shows the meeting's pages to phones on the local network and updates them when the file changes."),
        "file": QCoreApplication.translate("ServeCommand", "the process file (.facilitator)"),
        "meeting": QCoreApplication.translate("ServeCommand", "the meeting's id (see 'facilitator info FILE')"),
        "host": QCoreApplication.translate(
            "ServeCommand", "the address to listen on (default: all networks, 0.0.0.0)"),
        "port": QCoreApplication.translate("ServeCommand", "the port (default: %1; 0 picks a free one)")
        .replace("%1", str(links.DEFAULT_PORT)),
        "qr": QCoreApplication.translate("ServeCommand", "draw the QR code in the terminal"),
        "input": QCoreApplication.translate(
            "ServeCommand", "let phones send ideas, questions and dots; they wait in the file for review"),
    }


def add_parser(subparsers) -> None:
    texts = _help_texts()
    parser = subparsers.add_parser("serve", help=texts["command"], description=texts["description"])
    actions = [
        parser.add_argument("file", metavar="PROCESS_FILE", help=texts["file"]),
        parser.add_argument("--meeting", type=int, required=True, metavar="ID", help=texts["meeting"]),
        parser.add_argument("--host", default="0.0.0.0", help=texts["host"]),
        parser.add_argument("--port", type=int, default=links.DEFAULT_PORT, help=texts["port"]),
        parser.add_argument("--qr", action="store_true", help=texts["qr"]),
        parser.add_argument("--input", action="store_true", help=texts["input"]),
    ]
    parser.set_defaults(func=run)
    translate_help_later(parser, actions, _help_texts)


def main(argv: list[str] | None = None) -> int:
    app, _switcher = _core_app()  # before the parser, so that its texts are translated too
    parser = argparse.ArgumentParser(prog="facilitator")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_parser(subparsers)
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] != "serve":  # "serve" may be left out: python -m facilitator.cli.serve FILE ...
        argv = ["serve", *argv]
    args = parser.parse_args(argv)
    return args.func(args)


def run(args: argparse.Namespace, stop: threading.Event | None = None) -> int:
    """Serves until Ctrl+C, SIGTERM or ``stop`` is set; 0 when stopped, 1 on an error."""
    stop = stop or threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        # Qt objects belong to the main thread: in another thread the application that
        # started it has already installed its catalogue.
        app, _switcher = _core_app()  # kept alive while the messages are made
        # The handler only raises a flag: calling stop.set() here could deadlock on the lock
        # that stop.wait() holds in this same thread when the signal arrives.
        flag = _SignalFlag(stop)
        stop = flag
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, flag.raise_flag)
    try:
        return serve(Path(args.file), args.meeting, args.host, args.port, stop, qr_code=args.qr,
                     take_input=getattr(args, "input", False))
    except ServeError as error:
        print(str(error), file=sys.stderr, flush=True)
        return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class _SignalFlag:
    """Looks like an Event to ``serve``: set by a signal (a plain attribute) or by ``event``."""

    def __init__(self, event: threading.Event):
        self.event = event
        self.raised = False

    def raise_flag(self, *_):
        self.raised = True

    def is_set(self) -> bool:
        return self.raised or self.event.is_set()

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(0.05, left))
        return True


def _open(path: Path, for_writing: bool = False):
    """The process on a read-only connection of its own (never migrates or writes), or, to
    take input, opened for writing (its lock taken, an older file backed up and brought up
    to date); a file that cannot be opened is a ServeError in the window's words."""
    from ..messages import describe_file_error
    from ..storage.errors import ProcessFileError
    from ..storage.process_store import ProcessStore, open_read_only

    try:
        if for_writing:
            from ..platform import paths
            from ..storage import backups

            return ProcessStore.open(path, before_migrating=lambda old: backups.make_backup(old, paths.backups_dir()))
        return open_read_only(path)
    except ProcessFileError as error:
        raise ServeError(QCoreApplication.translate("ServeCommand", "Error: %1")
                         .replace("%1", describe_file_error(error))) from None


def serve(path: Path, meeting_id: int, host: str, port: int, stop: threading.Event,
          out=None, qr_code: bool = False, take_input: bool = False) -> int:
    out = out or sys.stdout
    from ..storage.process_store import data_version

    store = _open(path, for_writing=take_input)
    arrived = threading.Event()
    inbox = Inbox(wake=arrived.set) if take_input else None
    server = ShareServer(inbox=inbox)
    switched_on = False
    try:
        if take_input:
            switched_on = _switch_input(store, meeting_id, True)
        snapshot = build_snapshot(store, meeting_id)
        if snapshot is None:
            raise ServeError(QCoreApplication.translate(
                "ServeCommand", "Error: there is no meeting with id %1 in %2. See 'facilitator info %3'.")
                .replace("%1", str(meeting_id)).replace("%2", path.name).replace("%3", str(path)))
        try:
            server.start(host, port)
        except OSError as error:
            raise ServeError(QCoreApplication.translate("ServeCommand", "Error: cannot listen on %1:%2 (%3).")
                             .replace("%3", str(error.strerror or error))
                             .replace("%1", host).replace("%2", str(port))) from None
        server.publish(snapshot)
        title = snapshot.data["meeting"]["title"]
        addresses = _shown_addresses(host)
        print(QCoreApplication.translate("ServeCommand", "Sharing “%1” with phones:").replace("%1", title),
              file=out)
        for address in addresses:
            print("  " + links.join_url(links.base_url(address, server.port), snapshot.token), file=out)
        first = links.base_url(addresses[0], server.port)
        print(QCoreApplication.translate("ServeCommand", "Live page: %1")
              .replace("%1", links.live_url(first, snapshot.token)), file=out)
        print(QCoreApplication.translate("ServeCommand", "Check page for your phone: %1")
              .replace("%1", links.check_url(first)), file=out)
        if qr_code:
            from ..share import qr

            print(qr.to_text(links.join_url(first, snapshot.token)), file=out)
        if take_input:
            print(QCoreApplication.translate(
                "ServeCommand", "Phones may send ideas, questions and dots; they wait in the file for your review."),
                file=out)
        print(QCoreApplication.translate("ServeCommand", "Stop with Ctrl+C."), file=out, flush=True)
        version = data_version(store)
        token = snapshot.token

        own = {"dirty": False, "at": 0.0}

        def publish_own() -> None:
            """Our own writes do not change the data version: publish them, at most every
            PUBLISH_GAP seconds (a room voting at once is one snapshot, not hundreds)."""
            if time.monotonic() - own["at"] < PUBLISH_GAP:
                own["dirty"] = True
                return
            own["dirty"], own["at"] = False, time.monotonic()
            fresh = build_snapshot(store, meeting_id)
            if fresh is not None:
                server.publish(fresh)

        while not stop.is_set():
            if inbox is not None:
                arrived.wait(PUBLISH_GAP if own["dirty"] else POLL_SECONDS)
                if stop.is_set():
                    break
                if own["dirty"]:
                    publish_own()
                if arrived.is_set():
                    arrived.clear()
                    taken = 0
                    while count := drain(inbox, store, lambda action: actions.perform(store, action),
                                         committed=publish_own):
                        taken += count
                    if taken:
                        version = data_version(store)
                        print(QCoreApplication.translate("ServeCommand", RECEIVED, "", taken), file=out, flush=True)
                        continue
            elif stop.wait(POLL_SECONDS):
                break
            try:
                current = data_version(store)
            except sqlite3.Error:
                continue  # the app is writing or checkpointing; look again shortly
            if current == version:
                continue
            version = current
            try:
                snapshot = build_snapshot(store, meeting_id)
            except sqlite3.Error:
                version = None  # try again at the next poll
                continue
            if snapshot is None:
                server.withdraw(token)
                print(QCoreApplication.translate(
                    "ServeCommand",
                    "The meeting is no longer in the file; the pages show that the sharing has ended."),
                    file=out, flush=True)
                continue
            if snapshot.token != token:
                server.withdraw(token)
                token = snapshot.token
            if server.publish(snapshot):
                print(QCoreApplication.translate("ServeCommand", "Updated (%1).").replace("%1", str(snapshot.rev)),
                      file=out, flush=True)
        print(QCoreApplication.translate("ServeCommand", "The sharing has ended."), file=out, flush=True)
        return 0
    finally:
        if inbox is not None:
            inbox.close()
        server.stop()
        if switched_on:
            try:
                _switch_input(store, meeting_id, False)
            except Exception:  # the file went away: nothing left to switch off
                pass
        store.close()


def _switch_input(store, meeting_id: int, on: bool) -> bool:
    """Switches the meeting's phone input; True if it changed."""
    from ..domain.entities import Meeting

    if store.get(Meeting, meeting_id) is None:
        return False
    try:
        actions.perform(store, phone_input.set_phone_input(store, meeting_id, on))
    except actions.NothingToChange:
        return False
    return True


def _shown_addresses(host: str) -> list[str]:
    if host not in ("0.0.0.0", "", "::"):
        return [host]
    found = [i.address for i in network.list_interfaces(include_loopback=False)]
    return found or ["127.0.0.1"]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
