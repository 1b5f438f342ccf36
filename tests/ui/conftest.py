from pathlib import Path

import pytest

from facilitator.i18n import LanguageSwitcher
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.document import ProcessDocument
from facilitator.ui.main_window import MainWindow
from facilitator.ui.settings import Settings


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
