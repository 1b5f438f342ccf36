"""`make bench`: every benchmark, one table of figures."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from benchmarks import startup

    rows = startup.run()
    print(f"{'benchmark':<82} {'median':>9}  detail")
    for row in rows:
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    from benchmarks import bench_export

    for row in bench_export.run():
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    from benchmarks import bench_bundle

    # The installed app as users get it: the Linux bundle against a bare PySide6 window bundled
    # the same way (built first when missing).
    for row in bench_bundle.run():
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    from benchmarks import bench_inputs

    # Registration lists and Word templates up to their limits, and bombs: peak memory and time.
    for row in bench_inputs.run():
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    from benchmarks import bench_storage

    # 5,000 contributions searched, 500 measures listed, 10,000 people imported (a child process).
    for row in bench_storage.run():
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    from benchmarks import bench_share

    for row in bench_share.run(10):
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    # 1,000 live phones: half with event streams, half on the polling fallback as app.js does it
    # now (long polling); the coordinator publishes a change every half second, as for 300.
    for row in bench_share.run(20, 1000, long_poll=True):
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    from benchmarks import bench_attacks

    # Real phones while hostile clients attack the server (the reliability tests' attacks).
    for row in bench_attacks.run():
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    from benchmarks import bench_phone_input

    # A room of 300 phones sending 3 ideas and 5 dots each within a real minute (not compressed).
    for row in bench_phone_input.run(60):
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    # The capture and action-plan benchmarks show widgets: each in a process of its own, with
    # a QApplication, and without disturbing this one's event loop.
    import subprocess

    for script in ("bench_capture.py", "bench_catalogue.py"):
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / script)], check=True)
    print()
    from benchmarks import bench_rotation

    bench_rotation.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
