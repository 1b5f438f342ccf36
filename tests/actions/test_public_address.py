"""Setting the public address of the results: one undoable step, refused with its reason."""

import pytest

from facilitator.actions import Invalid, NothingToChange, perform, revert
from facilitator.actions.meetings import set_public_address
from facilitator.domain.entities import Process
from facilitator.storage.process_store import ProcessStore


@pytest.fixture
def store(tmp_path):
    opened = ProcessStore.create(tmp_path / "p.facilitator", "Processen")
    yield opened
    opened.close()


def test_set_undo_and_clear(store):
    action = set_public_address(store, " https://www.ekbacka.se/resultat ")
    perform(store, action)
    assert store.get(Process, 1).public_address == "https://www.ekbacka.se/resultat/"
    revert(store, action)
    assert store.get(Process, 1).public_address == ""
    perform(store, action)  # redo
    assert store.get(Process, 1).public_address == "https://www.ekbacka.se/resultat/"
    cleared = set_public_address(store, "")
    perform(store, cleared)
    assert store.get(Process, 1).public_address == ""


def test_the_same_address_changes_nothing(store):
    perform(store, set_public_address(store, "https://ekbacka.se/r/"))
    with pytest.raises(NothingToChange):
        set_public_address(store, "https://ekbacka.se/r")


def test_a_bad_address_is_refused_and_nothing_is_written(store):
    perform(store, set_public_address(store, "https://ekbacka.se/r/"))
    with pytest.raises(Invalid) as raised:
        set_public_address(store, "http://ekbacka.se/r/")
    assert raised.value.code == "public_address_not_https"
    assert store.get(Process, 1).public_address == "https://ekbacka.se/r/"
