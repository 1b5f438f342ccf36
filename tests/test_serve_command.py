"""``facilitator serve``: the same server without the window, following the file as it changes.
The messages are translatable: these tests read the English source texts (FACILITATOR_LANG=en)."""

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facilitator.cli import serve as serve_command
from facilitator.domain.entities import Contribution, Meeting
from facilitator.storage.process_store import ProcessStore
from tests.share import demo_file, leaks, personal_data, request

ROOT = Path(__file__).resolve().parents[1]
TITLE = "World Café: Lika rätt i Ekbacka"

# In-process runs create a QCoreApplication if there is none; the GUI tests that follow need a
# QApplication, so make sure that one exists first.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("FACILITATOR_LANG", "en")


def start(path: Path, *extra: str) -> tuple[subprocess.Popen, list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator.cli.serve", str(path), "--meeting", "1", "--host", "127.0.0.1",
         "--port", "0", *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "FACILITATOR_LANG": "en", "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = []
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Stop with Ctrl+C."):
            return process, lines
    process.kill()
    raise AssertionError(f"serve did not start: {lines} {process.stderr.read()}")


def finish(process: subprocess.Popen) -> tuple[str, str]:
    """Waits for the stopped server; kills it (and fails) if it does not end by itself."""
    try:
        return process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate(timeout=10)
        raise AssertionError("serve did not stop within 10 s") from None


def test_serves_follows_the_file_and_stops_on_sigterm(tmp_path):
    path = demo_file(tmp_path)
    process, lines = start(path)
    try:
        assert lines[0] == f"Sharing “{TITLE}” with phones:"
        join = lines[1].strip()
        assert join.startswith("http://127.0.0.1:") and join.endswith("/")
        assert lines[2].startswith("Live page: http://127.0.0.1:")
        assert lines[3].startswith("Check page for your phone: http://127.0.0.1:")
        assert lines[-1] == "Stop with Ctrl+C."
        status, _, body = request(join)
        assert status == 200 and b"/s/app.js" in body
        state_url = join + "api/state"
        first = json.loads(request(state_url)[2])
        store = ProcessStore.open(path)
        assert leaks(request(state_url)[2], personal_data(store)) == []
        # The coordinator (or the app) writes to the file: the phones get it.
        store.insert(Contribution(meeting_id=1, kind="idea", text="Från en annan process", published=True))
        store.close()
        deadline = time.monotonic() + 30  # a hang guard only
        while time.monotonic() < deadline:
            message = json.loads(request(f"{state_url}?since={first['rev']}")[2])
            if not message.get("unchanged"):
                break
            time.sleep(0.1)
        assert any(c["text"] == "Från en annan process" for c in message["snapshot"]["contributions"])
        assert process.stdout.readline().startswith("Updated (")
        assert request(join.replace("/m/", "/m/0"), method="POST")[0] == 405
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = finish(process)
    assert process.returncode == 0, err
    assert "The sharing has ended." in out.splitlines()
    assert "Traceback" not in err


def test_ctrl_c_stops_it_too(tmp_path):
    process, lines = start(demo_file(tmp_path), "--qr")
    process.send_signal(signal.SIGINT)
    out, err = finish(process)
    assert process.returncode == 0, err
    assert "█" in "\n".join(lines)  # the QR code in the terminal


def test_errors_are_one_line_and_exit_code_1(tmp_path, capsys):
    missing = tmp_path / "saknas.facilitator"
    assert serve_command.main([str(missing), "--meeting", "1"]) == 1
    # The same words as the window (facilitator.messages.describe_file_error).
    assert capsys.readouterr().err == f"Error: The file {missing} does not exist.\n"
    path = demo_file(tmp_path)
    assert serve_command.main(["serve", str(path), "--meeting", "999", "--host", "127.0.0.1", "--port", "0"]) == 1
    assert capsys.readouterr().err == (
        f"Error: there is no meeting with id 999 in {path.name}. See 'facilitator info {path}'.\n")
    not_a_process = tmp_path / "text.facilitator"
    not_a_process.write_text("hej")
    assert serve_command.main([str(not_a_process), "--meeting", "1"]) == 1
    assert capsys.readouterr().err == (
        f"Error: {not_a_process} is not a Facilitator process file. It was not changed.\n")


def test_busy_port_is_reported(tmp_path, capsys):
    from facilitator.share.server import ShareServer

    other = ShareServer()
    other.start("127.0.0.1", 0)
    try:
        path = demo_file(tmp_path)
        code = serve_command.main([str(path), "--meeting", "1", "--host", "127.0.0.1", "--port", str(other.port)])
        assert code == 1
        err = capsys.readouterr().err
        assert err.startswith(f"Error: cannot listen on 127.0.0.1:{other.port} (") and err.endswith(").\n")
        assert err.count("\n") == 1
    finally:
        other.stop()


def test_run_in_a_thread_withdraws_a_deleted_meeting(tmp_path, capsys):
    path = demo_file(tmp_path)
    stop = threading.Event()
    args = argparse.Namespace(file=str(path), meeting=5, host="127.0.0.1", port=0, qr=False)
    # In another thread run() leaves the catalogue to the application: install it here.
    _app, _switcher = serve_command._core_app()
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("code", serve_command.run(args, stop)))
    thread.start()
    try:
        out = ""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "Stop with Ctrl+C." not in out:
            out += capsys.readouterr().out
            time.sleep(0.05)
        url = [line.strip() for line in out.splitlines() if line.startswith("  http://")][0]
        assert request(url)[0] == 200
        store = ProcessStore.open(path)
        store.delete(Meeting, 5)
        store.close()
        deadline = time.monotonic() + 30  # a hang guard only
        while request(url)[0] == 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert request(url)[0] == 404
    finally:
        stop.set()
        thread.join(10)
    assert result["code"] == 0
    out += capsys.readouterr().out
    assert "The meeting is no longer in the file; the pages show that the sharing has ended." in out.splitlines()
    assert out.splitlines()[-1] == "The sharing has ended."


def test_add_parser_gives_the_serve_subcommand():
    parser = argparse.ArgumentParser(prog="facilitator")
    serve_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve", "fil.facilitator", "--meeting", "3", "--port", "9000"])
    assert args.func is serve_command.run and args.meeting == 3 and args.port == 9000 and args.host == "0.0.0.0"
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "fil.facilitator"])  # --meeting is required


def test_reachable_through_the_cli(tmp_path, capsys):
    from facilitator.cli.main import main as cli_main

    missing = tmp_path / "saknas.facilitator"
    assert cli_main(["serve", str(missing), "--meeting", "1"]) == 1
    assert capsys.readouterr().err == f"Error: The file {missing} does not exist.\n"


@pytest.mark.parametrize("argv", [["serve", "--help"], ["--help"]])
def test_help_is_translatable(argv, capsys):
    with pytest.raises(SystemExit):
        serve_command.main(argv)
    out = capsys.readouterr().out
    assert "the process file (.facilitator)" in out and "draw the QR code in the terminal" in out
    assert "the meeting's id (see 'facilitator info FILE')" in out


def test_help_through_the_cli_is_translatable(capsys):
    from facilitator.cli.main import main as cli_main

    with pytest.raises(SystemExit):
        cli_main(["serve", "--help"])
    out = capsys.readouterr().out
    assert "Shows the meeting's pages to phones on the local network" in out
    assert "the address to listen on (default: all networks, 0.0.0.0)" in out


def test_module_needs_only_qtcore_and_makes_no_application_on_import():
    code = (
        "import sys\n"
        "import facilitator.cli.serve\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(QCoreApplication.instance() is None,"
        " sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True ['PySide6.QtCore']"


def test_input_without_the_window_waits_for_review_and_info_counts_it(tmp_path):
    """``serve --input``: phones send through the command, which writes what they send as
    waiting for review; ``info --json`` counts it per meeting; input is off again after."""
    from tests.share.phones import Phone

    path = demo_file(tmp_path)
    process, lines = start(path, "--input")
    try:
        assert "Phones may send ideas, questions and dots; they wait in the file for your review." in lines
        join = lines[1].strip()
        port, token = int(join.split(":")[2].split("/")[0]), join.rstrip("/").rsplit("/", 1)[1]
        phone = Phone(port, token)
        status, headers, _ = phone.send("Läxhjälp på biblioteket", table=1)
        assert status == 303, headers
        assert "Tack!" in phone.notice(phone.follow(headers)[2])
        status, headers, _ = phone.send("Vem bestämmer om lokalerna?", kind="question")
        assert status == 303
        _, _, vote_page = phone.get("vote")
        status, headers, _ = phone.dot(phone.released_ids(vote_page)[0])
        assert status == 303 and "left=2" in headers["location"]
        info = subprocess.run([sys.executable, "-m", "facilitator", "info", str(path), "--json"], cwd=ROOT,
                              capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        described = json.loads(info.stdout)
        assert described["waiting_from_phones"] == 2
        assert [m["waiting_from_phones"] for m in described["meetings"] if m["id"] == 1] == [2]
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = finish(process)
    assert "Received 1 submission(s) from phones." in out, (out, err)
    store = ProcessStore.open(path)
    try:
        assert store.get(Meeting, 1).phone_input is False  # switched on only while it ran
        assert store.count(Contribution, "text = ?", ("Läxhjälp på biblioteket",)) == 0  # not before review
    finally:
        store.close()


def test_input_while_the_window_has_the_file_is_refused_in_one_line(tmp_path):
    path = demo_file(tmp_path)
    store = ProcessStore.open(path)  # as the window holds it
    try:
        result = subprocess.run(
            [sys.executable, "-m", "facilitator.cli.serve", str(path), "--meeting", "1", "--host", "127.0.0.1",
             "--port", "0", "--input"], cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={**os.environ, "FACILITATOR_LANG": "en", "QT_QPA_PLATFORM": "offscreen"})
    finally:
        store.close()
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
