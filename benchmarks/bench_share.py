"""The phone server under a room full of phones, on loopback.

300 simulated phones for ``seconds``: half hold a live connection (server-sent events), half
poll ``/api/state?since=REV&wait=1`` on a kept-alive connection as the pages do: the server
holds the poll until something changes and the phone asks again at once (a second after
the previous poll started when the server had no room to hold it). Meanwhile the GUI
thread does what the coordinator's laptop does: every 0.5 s an edit is written through the
document (``ProcessDocument.update``), the ``SharingController`` rebuilds the snapshot after
its 150 ms debounce and publishes it. A 10 ms ``QTimer`` on the same thread measures how late
the GUI thread gets to its events.

The phones run in a child process (asyncio, raw sockets), so their work does not compete for
this process's interpreter lock as it would not on real phones; the server runs in its own
thread in this process, as in the app. Both processes share the machine's cores.

With ``--phones 1000 --long-poll`` (``make bench`` runs both): 1,000 phones, the polling half
on the app's fallback as it is now, long polling (``?since=REV&wait=1``, held until the next
publish); the goal is publish → every phone p95 ≤ 1 s, 0 errors.

Figures: errors (failed connections, non-200 answers, broken streams), polling latency
p50/p99, publish → every live phone (per revision, the last live phone's delay; goal p95 <
1 s), the coordinator's edit → every live phone, publish → polling phone (held polls: at once; at most the 1 s
poll interval when the server holds no more), and the GUI timer lag p99 (goal < 50 ms).

    python benchmarks/bench_share.py --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHONES = 300
POLL_SECONDS = 1.0
EDIT_SECONDS = 0.5
TICK_MS = 10


# --------------------------------------------------------------------------- the phones
async def _phones(port: int, token: str, seconds: float, live: int, polling: int, long_poll: bool = False) -> dict:
    loop = asyncio.get_running_loop()
    received: dict[str, list] = {"sse": [], "poll": []}  # [phone, rev, time] per delivery
    latencies: list[float] = []
    polls = [0]  # every poll answered, held or not
    errors: list[str] = []
    connected = asyncio.Event()
    ready = [0]
    end = [None]

    def count_ready():
        ready[0] += 1
        if ready[0] == live + polling:
            connected.set()

    async def sse(number: int):
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                f"GET /m/{token}/api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".encode()
            )
            head = await reader.readuntil(b"\r\n\r\n")
            if b" 200 " not in head.split(b"\r\n", 1)[0]:
                errors.append("sse status " + head.split(b"\r\n", 1)[0].decode())
                count_ready()
                return
            buffer = b""
            first = True
            while end[0] is None or loop.time() < end[0]:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    errors.append("sse stream ended")
                    return
                chunk = await reader.readexactly(size + 2)
                now = time.time()
                buffer += chunk[:-2]
                while b"\n\n" in buffer:
                    block, buffer = buffer.split(b"\n\n", 1)
                    if not block.startswith(b"event: state"):
                        continue
                    rev = block.split(b"\nid: ", 1)[1].split(b"\n", 1)[0].decode()
                    received["sse"].append((number, rev, now))
                    if first:
                        first = False
                        count_ready()
            writer.close()
        except Exception as error:  # noqa: BLE001 - every failure counts
            errors.append(f"sse {type(error).__name__}: {error}")
            if first:
                count_ready()

    async def poll(number: int):
        rev = ""
        reader = writer = None
        first = True
        try:
            await asyncio.sleep(random.uniform(0, POLL_SECONDS))
            next_at = loop.time()
            while end[0] is None or loop.time() < end[0]:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                query = (f"?since={rev}&wait=1" if long_poll else f"?since={rev}") if rev else ""
                started = time.perf_counter()
                writer.write(f"GET /m/{token}/api/state{query} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    writer.close()  # the server closed an idle keep-alive connection: reconnect
                    writer = None
                    continue
                status_line, *lines = head.split(b"\r\n")
                length = next(int(line.split(b":")[1]) for line in lines if line.lower().startswith(b"content-length"))
                body = await reader.readexactly(length)
                if not long_poll or not rev:  # a long poll is held on purpose: not a latency
                    latencies.append(time.perf_counter() - started)
                if b" 200 " not in status_line:
                    errors.append("poll status " + status_line.decode())
                else:
                    got = body.split(b'"rev":"', 1)[1].split(b'"', 1)[0].decode()
                    if b'"unchanged":true' not in body[:120]:
                        received["poll"].append((number, got, time.time()))
                    rev = got
                if first:
                    first = False
                    count_ready()
                if long_poll:  # as app.js: the next long poll at once
                    await asyncio.sleep(0.05)
                    continue
                next_at += POLL_SECONDS
                await asyncio.sleep(max(0.0, next_at - loop.time()))
        except Exception as error:  # noqa: BLE001
            errors.append(f"poll {type(error).__name__}: {error}")
            if first:
                count_ready()
        finally:
            if writer is not None:
                writer.close()

    tasks = [asyncio.ensure_future(sse(n)) for n in range(live)]
    tasks += [asyncio.ensure_future(poll(n)) for n in range(polling)]
    await asyncio.wait_for(connected.wait(), 30)
    print("connected", flush=True)
    started = time.time()
    end[0] = loop.time() + seconds
    await asyncio.sleep(seconds + 0.8)  # and the last deliveries
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return {"received": received, "latencies": latencies, "errors": errors, "started": started, "polls": polls[0]}


def raise_open_file_limit() -> None:
    """Room for hundreds of phones' connections in one process (where the system allows it)."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4096)), hard))
    except (ImportError, ValueError, OSError):
        pass


def _phones_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--live", type=int, default=PHONES // 2)
    parser.add_argument("--polling", type=int, default=PHONES - PHONES // 2)
    parser.add_argument("--long-poll", action="store_true")
    args = parser.parse_args(argv)
    raise_open_file_limit()
    result = asyncio.run(_phones(args.port, args.token, args.seconds, args.live, args.polling, args.long_poll))
    print(json.dumps(result), flush=True)
    return 0


# --------------------------------------------------------------------------- the laptop
def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(share * len(ordered) + 0.5)) - 1))]


def run(seconds: float = 10, phones: int = PHONES, long_poll: bool = False,
        edit_seconds: float = EDIT_SECONDS) -> list[dict]:
    """The figures of ``phones`` phones for ``seconds``; ``long_poll``: the polling half uses
    the app's fallback as it is now (``?since=REV&wait=1``, asked again at once) rather than
    the old fixed 2-second interval."""
    raise_open_file_limit()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QTimer

    from benchmarks.gui_lag import GuiLag
    from facilitator.actions import Update
    from facilitator.demo.builder import build_demo
    from facilitator.domain.entities import Contribution
    from facilitator.share.controller import SharingController
    from facilitator.storage.process_store import ProcessStore
    from facilitator.ui.document import ProcessDocument

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-share-") as folder:
        store = ProcessStore.open(build_demo(Path(folder) / "demo.facilitator"))
        document = ProcessDocument(store)
        sharing = SharingController(document)
        if not sharing.start(1, "127.0.0.1", 0):
            raise RuntimeError("the phone server did not start")
        edited = store.list(Contribution, "meeting_id = 1 AND published = 1")[0]
        published: dict[str, float] = {}  # rev -> when it was handed to the server
        edit_of: dict[str, float] = {}  # rev -> when the edit that caused it was written
        last_edit = [0.0]
        sharing.published.connect(lambda rev: (published.setdefault(rev, time.time()),
                                               edit_of.setdefault(rev, last_edit[0])))
        live = phones // 2
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--phones-process", "--port", str(sharing.port),
             "--token", sharing.token, "--seconds", str(seconds), "--live", str(live),
             "--polling", str(phones - live)] + (["--long-poll"] if long_poll else []),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )
        try:
            line = child.stdout.readline()
            if line.strip() != "connected":
                raise RuntimeError(f"the phones did not connect: {line!r} {child.stderr.read()[-2000:]}")
            lag = GuiLag(TICK_MS)
            lags = lag.lags
            counter = [0]

            def edit():
                counter[0] += 1
                last_edit[0] = time.time()
                text = f"Idé som ändras under mätningen, version {counter[0]}"
                document.perform(Update(Contribution, edited.id, {"text": text}))

            editor = QTimer()
            editor.setInterval(int(edit_seconds * 1000))
            editor.timeout.connect(edit)
            lag.start()
            editor.start()
            QTimer.singleShot(int(seconds * 1000), editor.stop)
            QTimer.singleShot(int(seconds * 1000) + 300, app.quit)
            app.exec()
            lag.stop()
            output, errors_text = child.communicate(timeout=seconds + 60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            sharing.stop()
            store.close()
        result = json.loads(output.strip().splitlines()[-1])

    def delays(kind: str) -> dict[str, list[float]]:
        per_rev: dict[str, list[float]] = {}
        for _phone, rev, when in result["received"][kind]:
            if rev in published:
                per_rev.setdefault(rev, []).append(when - published[rev])
        return per_rev

    # Every phone has a change once it holds that revision or a newer one (a polling phone
    # skips revisions that were replaced between two of its polls).
    holdings: dict[tuple[str, int], tuple[list[float], list[float]]] = {}
    for kind in ("sse", "poll"):
        for phone, rev, when in sorted(result["received"][kind], key=lambda r: r[2]):
            times, newest = holdings.setdefault((kind, phone), ([], []))
            times.append(when)
            newest.append(max(published.get(rev, 0.0), newest[-1] if newest else 0.0))
    horizon = max(published.values(), default=0.0) - (1.0 if long_poll else POLL_SECONDS + 0.5)
    every_phone = []
    for moment in published.values():
        if moment > horizon:
            continue
        worst = 0.0
        for times, newest in holdings.values():
            index = bisect.bisect_left(newest, moment)
            worst = max(worst, (times[index] - moment) if index < len(times) else float("inf"))
        every_phone.append(worst)

    sse = delays("sse")
    every_live = [max(values) for rev, values in sse.items() if len(values) >= live]
    missing = sum(1 for values in sse.values() if len(values) < live)
    edit_to_live = [max(values) + published[rev] - edit_of[rev] for rev, values in sse.items()
                    if len(values) >= live and edit_of.get(rev)]
    polled = [value for values in delays("poll").values() for value in values]
    latencies = result["latencies"]
    errors = result["errors"]
    requests = result.get("polls", len(latencies))
    revisions = len(published)
    rows = [
        {
            "benchmark": f"phones: {phones} on loopback for {seconds:g} s, errors",
            "median_s": 0.0,
            "detail": f"{len(errors)} errors{(' (' + '; '.join(sorted(set(errors))[:3]) + ')') if errors else ''}; "
                      f"{requests} polls, {revisions} revisions published, {missing} not seen by every live phone",
        },
        {
            "benchmark": f"phones: poll latency ({phones - live} polling "
                         f"{'by long polling, first answers' if long_poll else f'every {POLL_SECONDS:g} s'})",
            "median_s": statistics.median(latencies) if latencies else float("nan"),
            "detail": f"p99 {percentile(latencies, 0.99) * 1000:.1f} ms, "
                      f"max {max(latencies, default=0) * 1000:.1f} ms",
        },
        {
            "benchmark": f"phones: publish → every live phone ({live} with server-sent events)",
            "median_s": statistics.median(every_live) if every_live else float("nan"),
            "detail": f"p95 {percentile(every_live, 0.95) * 1000:.0f} ms (goal < 1000), "
                      f"p99 {percentile(every_live, 0.99) * 1000:.0f} ms, over {len(every_live)} revisions",
        },
        {
            "benchmark": "phones: publish → every phone, live and polling (has it or a newer one)",
            "median_s": statistics.median(every_phone) if every_phone else float("nan"),
            "detail": (f"p95 {percentile(every_phone, 0.95) * 1000:.0f} ms (goal ≤ 1000), "
                       f"p99 {percentile(every_phone, 0.99) * 1000:.0f} ms, over {len(every_phone)} revisions"
                       if long_poll else
                       f"p95 {percentile(every_phone, 0.95) * 1000:.0f} ms: polling phones ask every "
                       f"{POLL_SECONDS:g} s, so up to {POLL_SECONDS * 1000:.0f} ms by design"),
        },
        {
            "benchmark": "phones: coordinator's edit → every live phone (150 ms debounce included)",
            "median_s": statistics.median(edit_to_live) if edit_to_live else float("nan"),
            "detail": f"p95 {percentile(edit_to_live, 0.95) * 1000:.0f} ms",
        },
        {
            "benchmark": "phones: age of the newest change when a polling phone gets it",
            "median_s": statistics.median(polled) if polled else float("nan"),
            "detail": f"p95 {percentile(polled, 0.95) * 1000:.0f} ms, max {max(polled, default=0) * 1000:.0f} ms",
        },
        {
            "benchmark": f"phones: GUI thread timer lag ({TICK_MS} ms timer, edits every {edit_seconds:g} s)",
            "median_s": statistics.median(lags) if lags else float("nan"),
            "detail": f"p99 {percentile(lags, 0.99) * 1000:.1f} ms (goal < 50), "
                      f"max {max(lags, default=0) * 1000:.1f} ms, "
                      f"{len(lags)} ticks",
        },
    ]
    if errors_text.strip():
        rows[0]["detail"] += f"; phones' stderr: {errors_text.strip()[-200:]}"
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--phones-process":
        return _phones_main(argv[1:])
    parser = argparse.ArgumentParser(description="The phone server under 300 simulated phones on loopback.")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--phones", type=int, default=PHONES)
    parser.add_argument("--long-poll", action="store_true", help="the polling half long-polls, as app.js does")
    parser.add_argument("--edit-seconds", type=float, default=EDIT_SECONDS)
    args = parser.parse_args(argv)
    rows = run(args.seconds, args.phones, args.long_poll, args.edit_seconds)
    print(f"{'benchmark':<82} {'median':>9}  detail")
    for row in rows:
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.1f} ms  {row['detail']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
