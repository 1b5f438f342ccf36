"""The wheel: it carries the Swedish catalogue compiled from the .ts (and nothing of the
source tree's), and installed in a fresh virtual environment it passes the smoke test in
Swedish from a folder outside the checkout."""

from __future__ import annotations

import sys
import venv
import xml.etree.ElementTree as ElementTree
import zipfile

import pytest

from facilitator.share.phone_texts import LANGUAGES

from .conftest import DIST, ROOT, built, clean_env, megabytes, run, version

TS = ROOT / "facilitator" / "resources" / "i18n" / "facilitator_sv.ts"
QM_IN_WHEEL = "facilitator/resources/i18n/facilitator_sv.qm"


@pytest.fixture(scope="module")
def wheel():
    return built(DIST / f"facilitator-{version()}-py3-none-any.whl")


def test_the_wheel_carries_what_the_app_reads(wheel, figure):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (QM_IN_WHEEL, "facilitator/resources/templates/facilitator.docx",
                   "facilitator/resources/web/join.html", "facilitator/resources/web/style.css",
                   "facilitator/resources/web/app.js", "facilitator/resources/icons/facilitator.svg",
                   "facilitator/resources/help/guide_sv.html", "facilitator/resources/help/guide_en.html",
                   "facilitator/resources/frameworks/integrating_cities.json",
                   "facilitator/resources/web/texts/check.json",
                   *(f"facilitator/resources/web/texts/{code}.json" for code in LANGUAGES)):
        assert needed in names, needed
    assert not [n for n in names if n.endswith(".ts") or "/tests/" in n or n.startswith("tests/")]
    figure("wheel", megabytes(wheel.stat().st_size))


def ts_messages():
    """(context, source, translations) of every finished message in the .ts."""
    for context in ElementTree.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield name, message.findtext("source"), message.get("numerus") == "yes", forms or [translation.text or ""]


def test_the_catalogue_in_the_wheel_matches_the_ts(wheel, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "facilitator_sv.qm"
    qm.write_bytes(zipfile.ZipFile(wheel).read(QM_IN_WHEEL))
    QCoreApplication.instance() or QCoreApplication([])
    translator = QTranslator()
    assert translator.load(str(qm))
    checked = 0
    for context, source, numerus, forms in ts_messages():
        if numerus:  # Swedish: the first form for one, the second for the rest (%n is filled in later)
            assert translator.translate(context, source, None, 1) == forms[0], (context, source)
            assert translator.translate(context, source, None, 5) == forms[1], (context, source)
        else:
            assert translator.translate(context, source) == forms[0], (context, source)
        checked += 1
    assert checked > 1000


def test_the_installed_wheel_passes_the_smoke_test_in_swedish(wheel, tmp_path, figure):
    environment = tmp_path / "venv med å"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    # The dependencies come from the package index (or pip's cache); the app from the wheel only.
    installed = run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], cwd=tmp_path,
                    env=clean_env(tmp_path, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    assert installed.returncode == 0, installed.stderr
    figure("wheel: install into a fresh venv", f"{installed.seconds:.0f} s")
    elsewhere = tmp_path / "anywhere"
    elsewhere.mkdir()
    command = environment / "bin" / "facilitator"
    smoke = run([str(command), "--smoke-test"], cwd=elsewhere, env=clean_env(tmp_path))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test: ok" in smoke.stdout
    # It read the catalogue from the installed package, not from a checkout.
    site = str(environment / "lib")
    catalogue_line = next(line for line in smoke.stdout.splitlines() if line.startswith("smoke test: catalogue: ok"))
    assert site in catalogue_line and str(ROOT) not in catalogue_line, catalogue_line
    figure("wheel: smoke test", f"{smoke.seconds:.1f} s")
    shown = run([str(command), "--version"], cwd=elsewhere, env=clean_env(tmp_path))
    assert shown.stdout.strip() == f"Facilitator {version()}"
    assert sys.prefix != str(environment)
