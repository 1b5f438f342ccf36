"""``facilitator export calendar FILE --out PATH.ics``: the demo's reminders, in Swedish."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from facilitator.cli.export import EXIT_ERROR, EXIT_OK, main
from facilitator.i18n import LanguageSwitcher

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    LanguageSwitcher(qapp).set_language("en")


@pytest.fixture(scope="module")
def demo(demo_file) -> Path:
    """The demo process, built once for the session; these commands only read it."""
    return demo_file


def test_the_command_writes_the_demos_reminders_in_swedish(capsys, demo, tmp_path):
    before = demo.read_bytes()
    out = tmp_path / "påminnelser.ics"
    code = main(["export", "calendar", str(demo), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == EXIT_OK, captured.err
    assert captured.out.strip() == str(out)
    parsed = icalendar.Calendar.from_ical(out.read_bytes())
    events = parsed.walk("VEVENT")
    summaries = [str(event["SUMMARY"]) for event in events]
    assert any(s.startswith("Klart senast: ") for s in summaries)
    assert any(": förvaltningarna rapporterar" in s for s in summaries)
    assert "Rapport till ECCAR" in summaries
    assert len({str(event["UID"]) for event in events}) == len(events)
    assert demo.read_bytes() == before  # the process is only read
    again = tmp_path / "igen.ics"
    assert main(["export", "calendar", str(demo), "--out", str(again)]) == EXIT_OK
    assert {str(e["UID"]) for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")} == {
        str(e["UID"]) for e in events}


def test_the_command_refuses_to_write_over_the_process(capsys, demo):
    before = demo.read_bytes()
    assert main(["export", "calendar", str(demo), "--out", str(demo)]) == EXIT_ERROR
    assert "processfilen" in capsys.readouterr().err
    assert demo.read_bytes() == before
