"""``facilitator --smoke-test``: what a coordinator will hit first, tried in a temporary folder.

Each step is named; the test goes on after a failed step (so one run shows every problem),
prints one line per step and exits 0 only if every step worked:

    catalogue   the Swedish catalogue and Qt's own load
    window      the main window opens a new process (a path with spaces and å/ä/ö), adds a
                meeting, undoes it, and its menus speak Swedish
    demo        the demo process is written
    minutes, catalogue-doc, printables
                Word documents from the bundled template, reopened and checked
    phones      the phone server starts on a free loopback port; the join page and one
                asset are fetched over HTTP
    cleanup     every window, file, log handler and server is closed and the temporary
                folder is removed (Windows refuses to delete a file that is still open)

It runs on the installed package or the frozen bundle as they are: nothing is read from a
source checkout.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

from .. import APP_NAME

EXIT_OK, EXIT_ERROR = 0, 1


class SmokeFailure(Exception):
    """A step that ran but did not give what it must."""


class SmokeTest:
    def __init__(self, folder: Path, out=None):
        self.folder = folder
        self.out = out or sys.stdout
        self.failed: list[str] = []
        self.app = None
        self.window = None
        self.server = None
        self.demo: Path | None = None

    # -- running --------------------------------------------------------------------------

    def step(self, name: str, action: Callable[[], str | None]) -> bool:
        try:
            detail = action()
        except Exception as error:  # every failure is reported, with where it came from
            reason = str(error) if isinstance(error, SmokeFailure) else "".join(
                traceback.format_exception_only(type(error), error)).strip()
            print(f"smoke test: {name}: FAILED: {reason}", file=self.out, flush=True)
            if not isinstance(error, SmokeFailure):
                traceback.print_exc(file=sys.stderr)
            self.failed.append(name)
            return False
        print(f"smoke test: {name}: ok" + (f" ({detail})" if detail else ""), file=self.out, flush=True)
        return True

    # -- the steps ------------------------------------------------------------------------

    def catalogue(self) -> str:
        from PySide6.QtWidgets import QApplication

        from ..i18n import LanguageSwitcher, i18n_dir

        self.app = QApplication.instance() or QApplication([APP_NAME, "-platform", os.environ["QT_QPA_PLATFORM"]])
        self.switcher = LanguageSwitcher(self.app)
        if not self.switcher.set_language("sv"):
            raise SmokeFailure(f"the Swedish catalogue is missing in {i18n_dir()}")
        if self.app.translate("MainWindow", "&File") != "&Arkiv":
            raise SmokeFailure("the Swedish catalogue does not translate the menus")
        return str(i18n_dir())

    def window_step(self) -> None:
        from ..domain.entities import Meeting
        from ..ui.main_window import MainWindow
        from ..ui.settings import Settings

        self.window = MainWindow(Settings.at(self.folder / "settings.ini"), self.switcher, self.folder / "backups")
        self.window.show()
        path = self.folder / "Röktest med å och mellanslag.facilitator"
        if not self.window.create_process(path, "Röktest"):
            raise SmokeFailure(f"could not create the process {path}")
        meeting_id = self.window.add_meeting("world_cafe", "Röktest", "2027-03-03")
        if meeting_id is None or self.window.document.store.get(Meeting, meeting_id) is None:
            raise SmokeFailure("could not add a meeting")
        self.window.undo()
        if self.window.document.store.count(Meeting) != 0:
            raise SmokeFailure("undo did not remove the meeting")
        if self.window.file_menu.title() != "&Arkiv":
            raise SmokeFailure(f"the menu is not in Swedish: {self.window.file_menu.title()!r}")
        self.app.processEvents()

    def demo_step(self) -> None:
        from ..demo.builder import build_demo

        self.demo = build_demo(self.folder / "Ekbacka demo.facilitator")

    def export(self, kind_name: str) -> str:
        from ..export.docx_base import builtin_template
        from ..export.job import ExportJob, Kind, run_job

        if self.demo is None:
            raise SmokeFailure("no demo process to export from")
        template = builtin_template()
        if not template.is_file():
            raise SmokeFailure(f"the bundled Word template is missing: {template}")
        kind = Kind(kind_name)
        meeting_id = self._cafe_id() if kind in (Kind.MINUTES, Kind.PRINTABLES) else None
        out = self.folder / f"{kind_name}.docx"
        job = ExportJob(kind=kind, process_path=self.demo, out_path=out, meeting_id=meeting_id,
                        base_url="http://127.0.0.1:8765")
        written = run_job(job)
        return _check_word_document(written)

    def list_in_child(self) -> str:
        """A registration list read in a child process, as the window reads one: in the
        frozen app this proves the child starts (multiprocessing.freeze_support)."""
        import time

        from ..importers.list_process import ListInChild

        path = self.folder / "anmälda.csv"
        path.write_text("Namn;Organisation\nÅsa Öberg;Vision\nمرحبا Ali;Integrationsrådet\n", encoding="utf-8")
        reading = ListInChild(path)
        reading.start()
        deadline = time.monotonic() + 60
        try:
            while time.monotonic() < deadline:
                message = reading.poll()
                if message is None or message[0] == "rows":
                    time.sleep(0.02)
                    continue
                if message[0] != "preview":
                    raise SmokeFailure(f"the list was not read in its child process: {message}")
                return f"{len(message[1].drafts)} participants"
            raise SmokeFailure("the child process reading a list did not answer within 60 s")
        finally:
            reading.cancel()

    def phones(self) -> str:
        from ..share import links
        from ..share.server import ShareServer
        from ..share.snapshot import build_snapshot
        from ..storage.process_store import open_read_only

        if self.demo is None:
            raise SmokeFailure("no demo process to share")
        store = open_read_only(self.demo)
        try:
            snapshot = build_snapshot(store, self._cafe_id())
        finally:
            store.close()
        if snapshot is None:
            raise SmokeFailure("the demo café gives no snapshot")
        self.server = ShareServer()
        self.server.start("127.0.0.1", 0)
        self.server.publish(snapshot)
        base = links.base_url("127.0.0.1", self.server.port)
        fetched = []
        for url, must_hold in ((links.join_url(base, snapshot.token), b"<html"), (base + "/s/style.css", b"{")):
            with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - our own loopback server
                body = answer.read()
                if answer.status != 200 or must_hold not in body:
                    raise SmokeFailure(f"{url} answered {answer.status} with {len(body)} bytes")
            fetched.append(f"{url.removeprefix(base)} {len(body)} B")
        return f"port {self.server.port}: " + ", ".join(fetched)

    def close(self) -> None:
        """Closes everything that holds a file in the temporary folder."""
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.app is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.app.processEvents()
        from ..logs import shutdown_logging

        shutdown_logging()

    def _cafe_id(self) -> int:
        from ..domain.formats import has_cafe
        from ..storage import meetings
        from ..storage.process_store import open_read_only

        store = open_read_only(self.demo)
        try:
            for meeting in meetings.by_date(store):
                if has_cafe(meeting):
                    return meeting.id
        finally:
            store.close()
        raise SmokeFailure("the demo has no World Café")


def _check_word_document(path: Path) -> str:
    """A real Word document: a zip with a main part that python-docx reads back."""
    from docx import Document

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise SmokeFailure(f"{path.name} was not written")
    with zipfile.ZipFile(path) as archive:
        if "word/document.xml" not in archive.namelist():
            raise SmokeFailure(f"{path.name} is not a Word document")
    paragraphs = [p.text for p in Document(str(path)).paragraphs if p.text.strip()]
    if not paragraphs:
        raise SmokeFailure(f"{path.name} has no text")
    return f"{path.stat().st_size // 1024} kB, {len(paragraphs)} paragraphs"


def run(out=None) -> int:
    """The smoke test; 0 only if every step worked."""
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed: list[str] = []
    scratch = tempfile.mkdtemp(prefix="facilitator-smoke-")
    previous_home = os.environ.get("FACILITATOR_HOME")
    os.environ["FACILITATOR_HOME"] = scratch
    try:
        from ..logs import route_qt_messages, setup_logging

        setup_logging()
        route_qt_messages()
        test = SmokeTest(Path(scratch), out)
        if test.step("catalogue", test.catalogue):
            test.step("window", test.window_step)
        test.step("demo", test.demo_step)
        test.step("minutes", lambda: test.export("minutes"))
        test.step("catalogue-doc", lambda: test.export("catalogue"))
        test.step("printables", lambda: test.export("printables"))
        test.step("list", test.list_in_child)
        test.step("phones", test.phones)
        failed = test.failed
        try:
            test.close()
        except Exception:
            traceback.print_exc(file=sys.stderr)
            failed.append("cleanup")
    finally:
        if previous_home is None:
            os.environ.pop("FACILITATOR_HOME", None)
        else:
            os.environ["FACILITATOR_HOME"] = previous_home
    # Not ignore_errors: a file still open here is exactly the Windows bug this must catch.
    test_cleanup = SmokeTest(Path(scratch), out)
    if not test_cleanup.step("cleanup", lambda: _remove(Path(scratch))):
        failed.append("cleanup")
    if failed:
        print("smoke test: FAILED: " + ", ".join(dict.fromkeys(failed)), file=out, flush=True)
        return EXIT_ERROR
    print("smoke test: ok", file=out, flush=True)
    return EXIT_OK


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder)
    if folder.exists():
        raise SmokeFailure(f"{folder} is still there")
