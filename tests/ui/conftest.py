from pathlib import Path

import pytest

from facilitator.i18n import LanguageSwitcher
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.document import ProcessDocument
from facilitator.ui.main_window import MainWindow
from facilitator.ui.settings import Settings


@pytest.fixture(autouse=True)
def delete_closed_widgets(qapp):
    """After each test (and after pytest-qt closed its widgets with deleteLater), delete them
    for real: a page left alive on a closed process must not get the next test's events."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def switcher(qapp):
    languages = LanguageSwitcher(qapp)
    languages.set_language("en")
    yield languages
    languages.set_language("en")


@pytest.fixture
def window(qtbot, tmp_path, switcher):
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), switcher, tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close_process()


@pytest.fixture
def opened(window, tmp_path):
    assert window.create_process(tmp_path / "Vår process.facilitator", "Vår process", "Ekbacka")
    return window


@pytest.fixture
def document(qapp, tmp_path):
    store = ProcessStore.create(tmp_path / "modell.facilitator", "Modell")
    doc = ProcessDocument(store)
    yield doc
    store.close()


@pytest.fixture
def demo_path(tmp_path) -> Path:
    from facilitator.demo.builder import build_demo

    return build_demo(tmp_path / "demo.facilitator")


@pytest.fixture
def demo(qapp, demo_path):
    """The demo process opened as a document; closed after the test."""
    store = ProcessStore.open(demo_path)
    document = ProcessDocument(store)
    yield document
    store.close()


def show_page(qtbot, widget, width: int = 1200, height: int = 760):
    """Hands a page to qtbot, sizes it, shows it and waits until it is visible; returns it."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitUntil(widget.isVisible)
    return widget


def type_text(widget, text: str) -> None:
    """Types text key by key, including å, ä, ö (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def open_editor(view, index):
    """Starts editing a cell as a double-click would (unless it is already being edited),
    and returns the editor widget."""
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

    def editors():
        return [
            w for w in view.viewport().findChildren(QWidget) if isinstance(w, (QLineEdit, QComboBox)) and w.isVisible()
        ]

    view.window().activateWindow()
    QApplication.processEvents()
    if not editors():
        view.setCurrentIndex(index)
        view.edit(index)
        QApplication.processEvents()
    found = editors()
    assert found, "no cell editor opened"
    return found[0]


def press_return(widget) -> None:
    """Return in a cell editor commits the edit (the delegate does it on a queued call)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.keyClick(widget, Qt.Key.Key_Return)
    QApplication.processEvents()
