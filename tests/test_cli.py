"""The headless commands, run as a coordinator or a script would run them."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

from facilitator.cli.main import main

# In-process commands create a QCoreApplication if there is none; the GUI tests that follow
# need a QApplication, so make sure that one exists first.
pytestmark = pytest.mark.usefixtures("qapp")


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_demo_then_info_json(tmp_path, capsys):
    path = tmp_path / "demo.facilitator"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["title"].startswith("Handlingsplan")
    formats = {m["format"] for m in info["meetings"]}
    assert {"world_cafe", "workshop", "focus_group", "committee"} <= formats
    assert all(isinstance(m["id"], int) for m in info["meetings"])
    assert info["participants"] >= 40 and info["contributions"] >= 50 and info["measures"] >= 10


def test_demo_creates_missing_folders(tmp_path):
    path = tmp_path / "build" / "ny mapp" / "demo.facilitator"
    assert main(["demo", str(path)]) == 0
    assert path.exists()


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    path = tmp_path / "demo.facilitator"
    assert main(["demo", str(path)]) == 0
    assert main(["demo", str(path)]) == 1
    assert "finns redan" in capsys.readouterr().err
    assert main(["demo", str(path), "--force"]) == 0


def test_info_readable_text_in_swedish(tmp_path):
    path = tmp_path / "demo.facilitator"
    assert main(["demo", str(path)]) == 0
    result = run("info", str(path), env={"FACILITATOR_LANG": "sv"})
    assert result.returncode == 0
    assert "Möten:" in result.stdout and "Åtgärder:" in result.stdout


@pytest.mark.parametrize("content", [b"", b"hej hopp", b"SQLite format 3\x00" + b"\x00" * 200])
def test_info_on_a_bad_file_fails_clearly_and_leaves_it_alone(tmp_path, content):
    path = tmp_path / "trasig fil.facilitator"
    path.write_bytes(content)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("info", str(path), env={"FACILITATOR_LANG": "sv"})
    assert result.returncode == 1
    assert str(path) in result.stderr and "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_info_does_not_modify_a_good_file(tmp_path):
    path = tmp_path / "demo.facilitator"
    assert main(["demo", str(path)]) == 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert run("info", str(path)).returncode == 0
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_info_on_a_missing_file(tmp_path):
    result = run("info", str(tmp_path / "finns inte.facilitator"))
    assert result.returncode == 1 and "finns inte" in result.stderr


def test_smoke_test():
    result = run("--smoke-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stdout


def test_module_entry_point_version():
    result = run("--version")
    assert result.returncode == 0 and "Facilitator" in result.stdout


def test_first_start_opens_the_demo_and_remembers_it(tmp_path):
    home = tmp_path / "home"
    env = {"QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(home), "FACILITATOR_EXIT_WHEN_READY": "1"}
    first = run(env=env)
    assert first.returncode == 0 and first.stdout.strip() == "ready", first.stderr
    demo = home / "data" / "Ekbacka-demo.facilitator"
    assert demo.exists()
    settings = (home / "config" / "settings.ini").read_text(encoding="utf-8")
    assert "Ekbacka-demo.facilitator" in settings
    assert (home / "logs" / "facilitator.log").exists()
    # The next start opens the last file again, without rebuilding the demo.
    before = demo.stat().st_mtime_ns
    second = run(env=env)
    assert second.returncode == 0 and second.stdout.strip() == "ready"
    assert demo.stat().st_mtime_ns >= before


def test_opening_a_bad_file_from_the_command_line_shows_the_start_page(tmp_path):
    bad = tmp_path / "inte en process.facilitator"
    bad.write_text("hej", encoding="utf-8")
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_HOME": str(tmp_path / "home"),
        "FACILITATOR_EXIT_WHEN_READY": "1",
    }
    result = run(str(bad), env=env)
    assert result.returncode == 0 and result.stdout.strip() == "ready"
    assert bad.read_text(encoding="utf-8") == "hej"
    log = (tmp_path / "home" / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert "cannot open" in log and "shown to the coordinator" in log
