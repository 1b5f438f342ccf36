from __future__ import annotations

import pytest

from facilitator.i18n import LanguageSwitcher


@pytest.fixture
def english(qapp):
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("en")
    yield switcher
    switcher.set_language("en")


@pytest.fixture
def swedish(qapp):
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("sv")
    yield switcher
    switcher.set_language("en")


@pytest.fixture
def store(demo_file):
    """A read-only store on the demo (shadows the writable one of tests/conftest.py)."""
    from facilitator.storage.process_store import open_read_only

    opened = open_read_only(demo_file)
    yield opened
    opened.close()



@pytest.fixture(scope="module")
def gathered(tmp_path_factory):
    """The data of a small process, as the writers take it (see ``small_process``)."""
    from facilitator.export.report_data import gather_catalogue, gather_contributions, gather_minutes, gather_printables

    from . import small_process

    store, meeting = small_process(tmp_path_factory.mktemp("liten") / "liten.facilitator")
    try:
        return (gather_minutes(store, meeting, names=True), gather_catalogue(store),
                gather_printables(store, meeting, "http://10.0.0.1:8765"), gather_contributions(store))
    finally:
        store.close()
