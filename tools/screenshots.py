"""Screenshots of every page and the main dialogs, to look at after a change of a screen.

    python tools/screenshots.py <folder> [--language sv] [--sizes 1280x720,1920x1080]
    python tools/screenshots.py --readme docs/screenshot.png


Opens the real main window offscreen, in Swedish by default: the start page, the first steps of
an empty process, then the demo process (facilitator/demo) with every tab and every page of its
World Café (and the pages only other meetings have), the projector, and every dialog that
tests/ui/test_windows_fit_small_screens.py knows how to open. Saves one PNG per page and size,
named <size>-<what>.png. Needs the repository (it borrows the test's list of dialogs).
--readme saves the README's picture instead: the demo café's harvest at 1280×720 with a
contribution read whole, as a small 256-colour PNG.
"""

from __future__ import annotations

import argparse
import os
import re
import struct
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TASKBAR = 40  # what a laptop's taskbar takes of the screen's height
TITLE_BAR = 32


def _name(text: str) -> str:
    return re.sub(r"[^0-9A-Za-zÅÄÖåäöéÉ]+", "-", text.replace("&", "")).strip("-").lower() or "page"


def small_png(image, path: Path, colours: int = 256) -> None:
    """Saves a QImage as an 8-bit palette PNG of its most used colours, each other colour (the
    edges of letters, mostly) drawn in its nearest: a screenshot at a third of its size."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, line = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    rows = [data[y * line:y * line + 3 * width] for y in range(height)]
    counts = Counter(row[x:x + 3] for row in rows for x in range(0, 3 * width, 3))
    palette = [colour for colour, _ in counts.most_common(colours)]
    index = {colour: n for n, colour in enumerate(palette)}

    def nearest(colour: bytes) -> int:
        if colour not in index:
            index[colour] = min(range(len(palette)), key=lambda n: sum((a - b) ** 2 for a, b in zip(colour, palette[n])))
        return index[colour]

    raw = b"".join(b"\0" + bytes(nearest(row[x:x + 3]) for x in range(0, 3 * width, 3)) for row in rows)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
                     + chunk(b"PLTE", b"".join(palette)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def readme_picture(window, path: Path, demo: Path) -> None:
    """The demo café's harvest at 1280×720, its first contribution read whole."""
    from PySide6.QtWidgets import QApplication

    from facilitator.storage import meetings

    window.resize(1280, 720)
    assert window.open_process(demo)
    cafe = next(m for m in meetings.all_meetings(window.document.store) if m.format == "world_cafe")
    window.view.select_meeting(cafe.id)
    window.show_meeting_page(window.view.meeting_pages.index(window.view.harvest))
    harvest = window.view.harvest.page()
    for _ in range(8):
        QApplication.processEvents()
    harvest.view.setCurrentIndex(harvest.proxy.index(0, 0))
    for _ in range(8):
        QApplication.processEvents()
    small_png(window.grab().toImage(), path)
    print(f"{path}: {path.stat().st_size // 1024} kB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--readme", type=Path, help="save the README's picture to this file instead")
    parser.add_argument("--language", default="sv")
    parser.add_argument("--sizes", default="1280x720,1920x1080")
    parser.add_argument("--no-dialogs", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path[:0] = [str(ROOT)]
    work = Path(tempfile.mkdtemp(prefix="facilitator-shots-"))
    os.environ["FACILITATOR_HOME"] = str(work / "home")

    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtWidgets import QApplication, QTabWidget

    from facilitator.app import make_application, set_application_icon
    from facilitator.demo.builder import build_demo
    from facilitator.i18n import LanguageSwitcher
    from facilitator.storage import meetings
    from facilitator.ui.common.screen_fit import fit_to_screen
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.settings import Settings

    app = make_application(["facilitator"])
    set_application_icon(app)
    switcher = LanguageSwitcher(app)
    switcher.set_language(args.language)
    window = MainWindow(Settings.at(work / "settings.ini"), switcher, work / "backups")
    window.show()
    demo = build_demo(work / "Demo.facilitator")
    if args.readme:
        readme_picture(window, args.readme, demo)
        window.close_process()
        return 0
    if args.folder is None:
        parser.error("give a folder for the screenshots, or --readme FILE")
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [QSize(*map(int, size.split("x"))) for size in args.sizes.split(",")]
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(6):  # each level of layouts asks its parent again through an event
            QApplication.processEvents()

    def save(widget, size: QSize, what: str) -> None:
        settle()
        path = folder / f"{size.width()}x{size.height()}-{_name(what)}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for size in sizes:
        client = QSize(size.width(), size.height() - TASKBAR - TITLE_BAR)
        window.showNormal()
        window.resize(client)
        window.close_process()
        window.start_page.show_recent([])
        save(window, size, "00-startsida")
        assert window.create_process(work / f"Tom {size.width()}.facilitator", "Vår process", "Ekbacka")
        save(window, size, "01-första-stegen")
        window.close_process()
        assert window.open_process(demo)
        view = window.view
        store = window.document.store
        cafe = next(m for m in meetings.all_meetings(store) if m.format == "world_cafe")
        view.select_meeting(cafe.id)
        shown = set()
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)
            if tab != 0:
                save(window, size, f"{10 + tab}-{view.tabs.tabText(tab)}")
                continue
            for page in range(view.meeting_tabs.count()):
                if view.meeting_tabs.isTabEnabled(page) and view.meeting_tabs.isTabVisible(page):
                    view.meeting_tabs.setCurrentIndex(page)
                    shown.add(page)
                    save(window, size, f"02-{page:02d}-{view.meeting_tabs.tabText(page)}")
        # The pages only other meetings have (a self-assessment's page, say).
        for meeting in meetings.all_meetings(store):
            view.tabs.setCurrentIndex(0)
            view.select_meeting(meeting.id)
            settle()
            for page in range(view.meeting_tabs.count()):
                if page not in shown and view.meeting_tabs.isTabEnabled(page) and view.meeting_tabs.isTabVisible(page):
                    view.meeting_tabs.setCurrentIndex(page)
                    shown.add(page)
                    save(window, size, f"03-{page:02d}-{view.meeting_tabs.tabText(page)}-{meeting.title[:30]}")
        view.tabs.setCurrentIndex(0)
        view.select_meeting(cafe.id)
        window.show_meeting_page(view.meeting_pages.index(view.run))
        run = view.run.page()
        run.full_screen.setChecked(False)
        projector = run.open_projector()
        projector.sound_enabled = False
        projector.showNormal()
        projector.resize(size)
        save(projector, size, "04-projektor")
        run.close_projector()

        if not args.no_dialogs:
            from tests.ui.test_windows_fit_small_screens import OPENERS

            for name in sorted(OPENERS):
                dialog = OPENERS[name](window, work)
                if dialog is None:
                    continue
                dialog.show()
                default = getattr(dialog, "DEFAULT_SIZE", None)
                if default is not None:
                    fit_to_screen(dialog, default, QRect(QPoint(0, 0), client))
                dialog.resize(dialog.size().boundedTo(client))
                save(dialog, size, f"05-{name.rsplit('.', 1)[1]}")
                # A dialog's other tabs too (the sharing window's host links, its results).
                for number, tabs in enumerate(dialog.findChildren(QTabWidget)):
                    if not tabs.isVisible():
                        continue
                    for tab in range(1, tabs.count()):
                        tabs.setCurrentIndex(tab)
                        save(dialog, size, f"05-{name.rsplit('.', 1)[1]}-{number}-{tabs.tabText(tab).replace('&', '')}")
                    tabs.setCurrentIndex(0)
                dialog.close()
                dialog.deleteLater()
        window.close_process()
    window.close()
    print("\n".join(str(path) for path in saved))
    print(f"{len(saved)} screenshots in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
