"""Crash: a process capturing contributions through the real capture page is killed with
SIGKILL at random moments; after each kill every acknowledged contribution is in the file
and the file passes PRAGMA integrity_check. 5 kills in the default suite, 50 under
`make reliability`."""

from __future__ import annotations

import http.client
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from facilitator.domain.entities import Contribution
from facilitator.storage.process_store import ProcessStore, check_process_file

from . import scaled

CHILD = Path(__file__).with_name("capture_child.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")


class Child:
    """The capturing process, with its output read as it comes."""

    def __init__(self, path: Path, meeting_id: int, run: int):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(meeting_id), str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=ROOT,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                self.ready.set()
        self.ready.set()

    def kill(self) -> str:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self.reader.join(10)
        return self.process.stderr.read()

    def acknowledged(self) -> dict[int, str]:
        found = {}
        for line in self.lines:
            if line.startswith("ACK "):
                _, number, text = line.split(" ", 2)
                found[int(number)] = text
        return found


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)  # recovers the write-ahead log, as the app would
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def test_nothing_acknowledged_is_lost_when_the_app_is_killed(tmp_path):
    from facilitator.demo.builder import build_demo

    path = build_demo(tmp_path / "Krasch i rummet.facilitator")
    seed = random.randrange(1 << 30)
    chance = random.Random(seed)
    kills = scaled(5, 50)
    acknowledged: dict[int, str] = {}
    for run in range(kills):
        child = Child(path, 1, run)
        if run % 5 == 4:  # now and then while it is still opening the file
            time.sleep(chance.uniform(0.0, 1.0))
        else:
            assert child.ready.wait(60), "the capture process did not start"
            time.sleep(chance.uniform(0.05, 1.2))
        errors = child.kill()
        assert not any(line.startswith("FAILED") for line in child.lines), (child.lines[-3:], errors)
        acknowledged.update(child.acknowledged())

        assert integrity(path) == "ok", f"seed {seed}, run {run}"
        check_process_file(path)
        store = ProcessStore.open(path)
        try:
            stored = {c.id: c.text for c in store.list(Contribution, "meeting_id = 1")}
        finally:
            store.close()
        lost = {i: t for i, t in acknowledged.items() if stored.get(i) != t}
        assert not lost, f"seed {seed}, run {run}: acknowledged but not in the file: {list(lost.items())[:3]}"
    print(f"{kills} kills, {len(acknowledged)} acknowledged contributions, seed {seed}")
    assert len(acknowledged) >= kills, f"too few contributions were captured to mean anything (seed {seed})"


PHONE_CHILD = Path(__file__).with_name("phone_input_child.py")


def test_nothing_a_phone_was_told_was_received_is_lost_when_the_app_is_killed(tmp_path):
    """Phones send ideas and dots, and table hosts capture notes through their links, to the
    app's real sharing path (the GUI thread writes what the server hands over); the app is
    killed at a random moment, again and again. Every idea a phone was told was received is in
    the file, every dot it was told counted, and every host's note it was told was saved."""
    import json as _json

    from facilitator.demo.builder import build_demo
    from facilitator.domain.entities import PhoneSubmission, PhoneVote
    from facilitator.share.server import device_key

    from ..share.phones import HostPhone, Phone

    path = build_demo(tmp_path / "Telefoner och krasch.facilitator")
    seed = random.randrange(1 << 30)
    chance = random.Random(seed)
    kills = scaled(3, 20)
    told_ideas: set[str] = set()
    told_dots: dict[str, int] = {}  # device hash -> dots the phone was told counted
    told_notes: set[str] = set()  # what the hosts' phones were told was saved
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    store = ProcessStore.open(path)
    released = [c.id for c in store.list(Contribution, "meeting_id = 1 AND published = 1")]
    store.close()
    for run in range(kills):
        child = subprocess.Popen([sys.executable, str(PHONE_CHILD), str(path), "1"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        ready = child.stdout.readline().split()
        assert ready and ready[0] == "READY", (ready, child.stderr.read() if child.poll() is not None else "")
        port, token, hosts = int(ready[1]), ready[2], ready[3].split(",")
        stop = threading.Event()
        lock = threading.Lock()

        def phone_loop(number: int, port=port, token=token, stop=stop, run=run, lock=lock) -> None:
            phone = Phone(port, token, json_answers=True)
            sent = 0
            while not stop.is_set():
                sent += 1
                text = f"körning {run} telefon {number} idé {sent}: Åsa vill ha läxhjälp"
                try:
                    if sent % 3:
                        status, _, body = phone.send(text)
                        if status == 200 and _json.loads(body)["ok"]:
                            with lock:
                                told_ideas.add(text)
                    else:
                        status, _, body = phone.dot(released[sent % len(released)])
                        if status == 200 and _json.loads(body)["ok"]:
                            with lock:
                                key = device_key(phone.cookies["fd"])
                                told_dots[key] = told_dots.get(key, 0) + 1
                except (OSError, ValueError, AssertionError, http.client.HTTPException):
                    return  # the app is gone (mid-answer, too): this phone stops

        def host_loop(number: int, port=port, hosts=hosts, stop=stop, run=run, lock=lock) -> None:
            phone = HostPhone(port, hosts[number % len(hosts)], json_answers=True)
            sent = 0
            while not stop.is_set():
                sent += 1
                text = f"körning {run} värd {number} anteckning {sent}"
                try:
                    status, _, body = phone.capture(text, kind=("note", "quote", "risk")[sent % 3],
                                                    mitigations="Ett sätt att minska risken")
                    if status == 200 and _json.loads(body)["ok"]:
                        with lock:
                            told_notes.add(text)
                    elif status == 429:
                        time.sleep(0.5)
                except (OSError, ValueError, AssertionError, http.client.HTTPException):
                    return

        phones = [threading.Thread(target=phone_loop, args=(n,), daemon=True) for n in range(6)]
        phones += [threading.Thread(target=host_loop, args=(n,), daemon=True) for n in range(2)]
        for thread in phones:
            thread.start()
        time.sleep(chance.uniform(0.2, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        stop.set()
        for thread in phones:
            thread.join(10)

        assert integrity(path) == "ok", f"seed {seed}, run {run}"
        store = ProcessStore.open(path)
        try:
            stored = {s.text for s in store.list(PhoneSubmission, "meeting_id = 1")}
            notes = {c.text for c in store.list(Contribution, "meeting_id = 1 AND host_link_id IS NOT NULL")}
            dots: dict[str, int] = {}
            for vote in store.list(PhoneVote, "meeting_id = 1"):
                dots[vote.device] = dots.get(vote.device, 0) + 1
        finally:
            store.close()
        lost = told_ideas - stored
        assert not lost, f"seed {seed}, run {run}: told received but not in the file: {sorted(lost)[:3]}"
        lost_notes = told_notes - notes
        assert not lost_notes, f"seed {seed}, run {run}: host notes told saved but not in the file: {sorted(lost_notes)[:3]}"
        short = {d: n for d, n in told_dots.items() if dots.get(d, 0) < n}
        assert not short, f"seed {seed}, run {run}: dots told counted but not in the file"
    print(f"{kills} kills, {len(told_ideas)} ideas, {sum(told_dots.values())} dots and {len(told_notes)} host notes "
          f"acknowledged, seed {seed}")
    assert len(told_ideas) >= kills, f"too few ideas were sent to mean anything (seed {seed})"
    assert len(told_notes) >= kills, f"too few host notes were sent to mean anything (seed {seed})"
