"""Wiring for the desktop app: logging, crash handling, language, settings, the window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

# Storage first: modules imported after PySide6 pass through its import hook, which reads
# each module's source; importing these before Qt makes start-up noticeably faster.
from .storage import process_store  # noqa: F401  isort: skip
from .logs import enable_faulthandler, previous_native_crash, route_qt_messages, setup_logging  # isort: skip

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, __version__
from .i18n import LanguageSwitcher
from .platform import paths
from .ui.main_window import MainWindow
from .ui.settings import LANGUAGE, LAST_FILE, Settings

log = logging.getLogger("facilitator.app")


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


def install_excepthook(log_file: Path) -> None:
    def hook(kind, value, tb):
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unexpected error\n%s", text)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                APP_NAME,
                QCoreApplication.translate(
                    "App",
                    "Something unexpected went wrong. Your work is saved. The details are in the log file:\n%1",
                ).replace("%1", str(log_file)),
            )

    sys.excepthook = hook


def run(argv: list[str], file: str | None = None) -> int:
    log_file = setup_logging()
    route_qt_messages()
    app = make_application(argv)
    settings = Settings.at(paths.config_dir() / "settings.ini")
    switcher = LanguageSwitcher(app)
    switcher.set_language(settings.get(LANGUAGE))
    install_excepthook(log_file)
    crash = previous_native_crash()
    enable_faulthandler()
    window = MainWindow(settings, switcher)
    window.show()
    if crash:
        QMessageBox.warning(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "App", "Facilitator stopped unexpectedly last time. The report was saved in %1."
            ).replace("%1", str(paths.log_dir())),
        )
    if file:  # asked for explicitly: open it, or say why not (then the start page shows)
        window.open_process(file)
    elif settings.get(LAST_FILE) and Path(settings.get(LAST_FILE)).exists():
        window.open_process(settings.get(LAST_FILE))
    else:
        window.open_demo()  # first start: never an empty screen
    if os.environ.get("FACILITATOR_EXIT_WHEN_READY"):
        # For start-up benchmarks: once the loop has shown and painted the window, say so.
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    return app.exec()
