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
    try:
        from benchmarks import bench_rotation
    except ImportError:
        return 0
    print()
    bench_rotation.main() if hasattr(bench_rotation, "main") else bench_rotation.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
