"""A room of phones sending ideas and dots while the meeting is live, on loopback.

300 simulated phones, each opening the "say" and "vote" pages (its cookie and page tokens),
then sending 3 ideas and 5 dots at random moments within ``seconds`` (60 by default: the
brief's minute, not compressed), as the page's script does (a form post asking for JSON).
The laptop side is the app's own path: the ``SharingController`` on this process's Qt
thread takes in what the server's inbox holds (``share.inbox.drain`` through
``ProcessDocument.perform``, one transaction per batch), publishes, then answers; the
moderation queue's model (``ui/sharing/moderation_page.ModerationModel``) shows each
submission as it is committed. A 10 ms ``QTimer`` on the same thread measures how late it
gets to its events.

The phones run in a child process (asyncio, raw sockets), so their work does not compete for
this process's interpreter lock; the server runs in its own thread here, as in the app.

Figures: lost (acknowledged but not in the file), errors (anything but "received"),
acknowledgement → visible in the coordinator's queue (p95, goal ≤ 1 s; negative when the row
was there before the phone had its answer), the phones' answer time, GUI timer lag p99
(goal < 50 ms).

    python benchmarks/bench_phone_input.py --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # also when run by path as the phones' own process
from benchmarks.bench_share import percentile, raise_open_file_limit  # noqa: E402

PHONES = 300
IDEAS = 3
DOTS = 5
TICK_MS = 10


# --------------------------------------------------------------------------- the phones
async def _http(port: int, method: str, path: str, cookie: str = "", body: bytes = b"") -> tuple[int, str, bytes]:
    """(status, the fd cookie set, body) of one request on a fresh connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
        if cookie:
            head.append(f"Cookie: fd={cookie}")
        if method == "POST":
            head += ["Content-Type: application/x-www-form-urlencoded", "Accept: application/json",
                     f"Origin: http://127.0.0.1:{port}", "Sec-Fetch-Site: same-origin", f"Content-Length: {len(body)}"]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await writer.drain()
        data = await reader.read()
    finally:
        writer.close()
    head_bytes, _, content = data.partition(b"\r\n\r\n")
    status = int(head_bytes.split(b" ", 2)[1])
    found = re.search(rb"set-cookie: fd=([0-9a-f]{32})", head_bytes, re.IGNORECASE)
    return status, found.group(1).decode() if found else "", content


async def _phones(port: int, token: str, seconds: float, phones: int, released: list[int]) -> dict:
    acks: list[list] = []  # [kind, text or contribution, sent at, answered at, status, ok]
    errors: list[str] = []
    chance = random.Random(7)
    base = f"/m/{token}/"

    async def phone(number: int, start: float) -> None:
        try:
            status, cookie, page = await _http(port, "GET", base + "say")
            assert status == 200, status
            say_token = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
            status, _, page = await _http(port, "GET", base + "vote", cookie)
            assert status == 200, status
            vote_token = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
        except Exception as error:  # noqa: BLE001 - every failure is a figure
            errors.append(f"page: {type(error).__name__} {error}")
            return
        sends = [("idea", k) for k in range(IDEAS)] + [("dot", k) for k in range(DOTS)]
        moments = sorted(chance.uniform(0, seconds) for _ in sends)
        chance.shuffle(sends)
        for (kind, k), moment in zip(sends, moments):
            await asyncio.sleep(max(0.0, start + moment - time.time()))
            if kind == "idea":
                what = f"telefon {number} idé {k}: fler mötesplatser för unga i Ekbacka"
                body = urlencode({"csrf": say_token, "kind": "idea", "text": what}).encode()
                path = base + "say"
            else:
                what = chance.choice(released)
                body = urlencode({"csrf": vote_token, "contribution": what, "op": "dot"}).encode()
                path = base + "vote"
            sent = time.time()
            try:
                status, _, answer = await _http(port, "POST", path, cookie, body)
                ok = status == 200 and json.loads(answer).get("ok") is True
            except Exception as error:  # noqa: BLE001
                errors.append(f"{kind}: {type(error).__name__} {error}")
                continue
            acks.append([kind, what, sent, time.time(), status, ok, cookie])
            if not ok:
                errors.append(f"{kind}: {status} {answer[:80]!r}")

    start = time.time() + 1.0
    print("connected", flush=True)
    await asyncio.gather(*(phone(n, start) for n in range(phones)))
    return {"acks": acks, "errors": errors}


def _phones_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--phones", type=int, default=PHONES)
    parser.add_argument("--released", required=True)
    args = parser.parse_args(argv)
    raise_open_file_limit()
    released = [int(x) for x in args.released.split(",")]
    result = asyncio.run(_phones(args.port, args.token, args.seconds, args.phones, released))
    print(json.dumps(result), flush=True)
    return 0


# --------------------------------------------------------------------------- the laptop
def run(seconds: float = 60, phones: int = PHONES) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer

    from benchmarks.gui_lag import GuiLag
    from facilitator.actions import Update
    from facilitator.actions import phone_input as phone_actions
    from facilitator.demo.builder import build_demo
    from facilitator.domain.entities import Contribution, Meeting, PhoneSubmission, PhoneVote
    from facilitator.share.controller import SharingController
    from facilitator.share.server import device_key
    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.document import ProcessDocument
    from facilitator.ui.sharing.moderation_page import ModerationModel

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-input-") as folder:
        path = Path(folder) / "demo.facilitator"
        store = ProcessStore.open(build_demo(path))
        document = ProcessDocument(store)
        document.perform(phone_actions.set_phone_input(store, 1, True))
        document.perform(Update(Meeting, 1, {"dot_budget": DOTS}))
        queue = ModerationModel(document)
        queue.show_meeting(1)
        seen: dict[str, float] = {}  # text -> when its row appeared in the queue

        def arrived(_parent: QModelIndex, first: int, last: int) -> None:
            now = time.time()
            for row in range(first, last + 1):
                seen.setdefault(queue.entity(row).text, now)
        queue.rowsInserted.connect(arrived)
        sharing = SharingController(document)
        if not sharing.start(1, "127.0.0.1", 0):
            raise RuntimeError("the phone server did not start")
        released = [c.id for c in store.list(Contribution, "meeting_id = 1 AND published = 1")]
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--phones-process", "--port", str(sharing.port),
             "--token", sharing.token, "--seconds", str(seconds), "--phones", str(phones),
             "--released", ",".join(map(str, released))],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )
        try:
            line = child.stdout.readline()
            if line.strip() != "connected":
                raise RuntimeError(f"the phones did not start: {line!r} {child.stderr.read()[-2000:]}")
            lag = GuiLag(TICK_MS)
            lags = lag.lags
            lag.start()
            done = QTimer()
            done.setInterval(100)
            done.timeout.connect(lambda: child.poll() is not None and app.quit())
            done.start()
            QTimer.singleShot(int((seconds + 90) * 1000), app.quit)
            app.exec()
            lag.stop()
            done.stop()
            output, errors_text = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            sharing.stop()
        stored_texts = {s.text for s in store.list(PhoneSubmission, "meeting_id = 1")}
        stored_dots: dict[str, int] = {}
        for vote in store.list(PhoneVote, "meeting_id = 1"):
            stored_dots[vote.device] = stored_dots.get(vote.device, 0) + 1
        store.close()
    result = json.loads(output.strip().splitlines()[-1])
    acks = result["acks"]
    errors = result["errors"]
    ideas = [a for a in acks if a[0] == "idea" and a[5]]
    dots = [a for a in acks if a[0] == "dot" and a[5]]
    lost_ideas = sum(1 for a in ideas if a[1] not in stored_texts)
    told: dict[str, int] = {}
    for a in dots:
        key = device_key(a[6])
        told[key] = told.get(key, 0) + 1
    lost_dots = sum(max(0, n - stored_dots.get(d, 0)) for d, n in told.items())
    to_queue = [seen[a[1]] - a[3] for a in ideas if a[1] in seen]
    not_in_queue = sum(1 for a in ideas if a[1] not in seen)
    answer = [a[3] - a[2] for a in acks]
    expected = phones * (IDEAS + DOTS)
    spread = (max(a[2] for a in acks) - min(a[2] for a in acks)) if acks else 0.0
    rows = [
        {
            "benchmark": f"phone input: {phones} phones × {IDEAS} ideas + {DOTS} dots in {seconds:g} s, lost / errors",
            "median_s": 0.0,
            "detail": f"{lost_ideas + lost_dots} lost, {len(errors)} errors"
                      f"{(' (' + '; '.join(sorted(set(errors))[:3]) + ')') if errors else ''}; "
                      f"{len(ideas)} ideas and {len(dots)} dots received of {expected} sent over {spread:.0f} s",
        },
        {
            "benchmark": "phone input: acknowledged → in the coordinator's queue (goal p95 ≤ 1 s)",
            "median_s": statistics.median(to_queue) if to_queue else float("nan"),
            "detail": f"p95 {percentile(to_queue, 0.95) * 1000:.0f} ms, max {max(to_queue, default=0) * 1000:.0f} ms "
                      f"(negative: in the queue before the phone had its answer); {not_in_queue} never seen",
        },
        {
            "benchmark": "phone input: a phone's answer (post → committed → answered)",
            "median_s": statistics.median(answer) if answer else float("nan"),
            "detail": f"p95 {percentile(answer, 0.95) * 1000:.0f} ms, p99 {percentile(answer, 0.99) * 1000:.0f} ms",
        },
        {
            "benchmark": "phone input: GUI timer lag while taking it in (goal p99 < 50 ms)",
            "median_s": statistics.median(lags) if lags else float("nan"),
            "detail": f"p99 {percentile(lags, 0.99) * 1000:.1f} ms, max {max(lags, default=0) * 1000:.0f} ms "
                      f"over {len(lags)} ticks",
        },
    ]
    if errors_text.strip():
        rows[0]["detail"] += f" [phones' stderr: {errors_text.strip()[-200:]}]"
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--phones-process":
        return _phones_main(argv[1:])
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--phones", type=int, default=PHONES)
    args = parser.parse_args(argv)
    for row in run(args.seconds, args.phones):
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
