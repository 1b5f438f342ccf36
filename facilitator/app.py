"""Wiring for the desktop app: logging, crash handling, language, settings, the window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path

# Storage first: modules imported after PySide6 pass through its import hook, which reads
# each module's source; importing these before Qt makes start-up noticeably faster.
from .storage import process_store  # noqa: F401  isort: skip
from .logs import (  # isort: skip
    enable_faulthandler,
    previous_crash_path,
    previous_native_crash,
    route_qt_messages,
    setup_logging,
    shutdown_logging,
)

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME
from .i18n import LanguageSwitcher
from .platform import paths
from .ui.main_window import MainWindow
from .ui.settings import LANGUAGE, LAST_FILE, Settings

log = logging.getLogger("facilitator.app")


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # Desktops match the window to the installed se.facilitator.Facilitator.desktop (its icon, its name).
    app.setDesktopFileName("se.facilitator.Facilitator")
    follow_dark_mode(app)
    return app


def follow_dark_mode(app: QApplication) -> None:
    """The system's light or dark palette is followed. Qt gives every style the system's
    palette except Windows 10's native style, which stays light in dark mode: there the app
    uses Qt's Fusion style, which draws with the (dark) system palette."""
    from PySide6.QtCore import Qt

    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark and app.style().name().lower() == "windowsvista":
        app.setStyle("Fusion")


def set_application_icon(app: QApplication) -> None:
    """The app's icon on every window. Drawn from the SVG by Qt's icon engine when first shown;
    set once the window is up, so loading the engine costs the start nothing."""
    from PySide6.QtGui import QIcon

    from .package_data import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "facilitator.svg"))))


#: Object names, so tests (and accessibility tools) can find the two crash dialogs.
ERROR_DIALOG = "unexpectedErrorDialog"
CRASH_DIALOG = "previousCrashDialog"


def install_excepthook(log_file: Path) -> None:
    """An exception nobody caught (in a slot, a timer, a thread) is logged in full; in the
    GUI thread the coordinator is told where the log is. Every write has already been
    committed, so nothing typed before is lost, and the app goes on running."""
    showing = False

    def hook(kind, value, tb):
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unexpected error\n%s", text)
        app = QApplication.instance()
        # One dialog at a time (an error while it shows is logged only), and only from the
        # GUI thread: widgets must not be made anywhere else.
        if not isinstance(app, QApplication) or showing or QThread.currentThread() is not app.thread():
            return
        showing = True
        try:
            show_unexpected_error(log_file)
        finally:
            showing = False

    def thread_hook(args):
        if args.exc_type is SystemExit:
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def _log_folder_button(box: QMessageBox) -> None:
    button = box.addButton(
        QCoreApplication.translate("App", "Open the log folder"), QMessageBox.ButtonRole.ActionRole
    )
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir()))))


def show_unexpected_error(log_file: Path) -> None:
    """The dialog after an unexpected error; its text goes to the log too."""
    text = QCoreApplication.translate(
        "App",
        "Something unexpected went wrong. Your work is saved. The details are in the log file:\n%1",
    ).replace("%1", str(log_file))
    log.info("told the user: %s", text)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setObjectName(ERROR_DIALOG)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    _log_folder_button(box)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    # With a second button QMessageBox knows no escape button and then refuses to close,
    # by Esc, by the title bar or when the app quits.
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    box.exec()
    box.deleteLater()


def offer_crash_report(parent, report: str, report_path: Path) -> QMessageBox:
    """After a native crash last time: says so, shows the report (to send on) and where it
    is kept. Not modal-blocking, so the window opens the process meanwhile."""
    text = QCoreApplication.translate(
        "App", "Facilitator stopped unexpectedly last time. The report was saved in %1."
    ).replace("%1", str(report_path))
    log.warning("offered the report of the previous crash: %s", text)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(CRASH_DIALOG)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDetailedText(report[-20_000:])
    _log_folder_button(box)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    # With a second button QMessageBox knows no escape button and then refuses to close,
    # by Esc, by the title bar or when the app quits.
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run(argv: list[str], file: str | None = None) -> int:
    log_file = setup_logging()
    route_qt_messages()
    from .storage import schema

    schema.cache_dir = paths.data_dir() / "cache"  # the expected schema, kept between starts
    app = make_application(argv)
    settings = Settings.at(paths.config_dir() / "settings.ini")
    switcher = LanguageSwitcher(app)
    switcher.set_language(settings.get(LANGUAGE))
    install_excepthook(log_file)
    crash = previous_native_crash()
    enable_faulthandler()
    window = MainWindow(settings, switcher)
    window.show()
    QTimer.singleShot(0, lambda: set_application_icon(app))
    if crash:
        offer_crash_report(window, crash, previous_crash_path())
    if file:  # asked for explicitly: open it, or say why not (then the start page shows)
        window.open_process(file)
    elif settings.get(LAST_FILE) and Path(settings.get(LAST_FILE)).exists():
        window.open_process(settings.get(LAST_FILE))
    else:
        window.open_demo()  # first start: never an empty screen
    if os.environ.get("FACILITATOR_EXIT_WHEN_READY"):
        # For start-up benchmarks: once the loop has shown and painted the window, say so.
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        shutdown_logging()  # the log and the crash file closed, so the folder can be moved or removed
