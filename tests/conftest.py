"""Shared fixtures. GUI tests run offscreen unless --onscreen is given; every test gets its
own FACILITATOR_HOME so settings, logs and backups never touch the real user folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def pytest_addoption(parser):
    parser.addoption("--onscreen", action="store_true", help="show windows while testing")


def pytest_configure(config):
    if not config.getoption("--onscreen"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def facilitator_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    return home


@pytest.fixture
def process_path(tmp_path):
    return tmp_path / "Process med å ä ö.facilitator"


@pytest.fixture
def store(process_path):
    from facilitator.storage.process_store import ProcessStore

    opened = ProcessStore.create(process_path, "Testprocess", "Testkommun")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo process, built once; tests only read it (or copy it to change it)."""
    from facilitator.demo.builder import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.facilitator")


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> Path:
    copy = tmp_path / "demo kopia.facilitator"
    shutil.copy(demo_file, copy)
    return copy
