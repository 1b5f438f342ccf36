"""Many phones at once (benchmarks/bench_share.py): no errors, live phones within a second."""

import pytest

from benchmarks import bench_share


def figures(rows):
    return {row["benchmark"].split(" (")[0]: row for row in rows}


def check(rows):
    by_name = figures(rows)
    errors = [row for row in rows if row["benchmark"].endswith("errors")][0]
    assert errors["detail"].startswith("0 errors"), errors["detail"]
    assert " 0 not seen by every live phone" in errors["detail"]
    live = by_name["phones: publish → every live phone"]
    p95 = float(live["detail"].split("p95 ")[1].split(" ms")[0])
    assert p95 < 1000
    lag = by_name["phones: GUI thread timer lag"]
    assert float(lag["detail"].split("p99 ")[1].split(" ms")[0]) < 50


def test_sixty_phones_for_two_seconds(qapp):
    check(bench_share.run(seconds=2, phones=60))


@pytest.mark.slow
def test_three_hundred_phones_for_ten_seconds(qapp):
    check(bench_share.run(seconds=10, phones=300))
