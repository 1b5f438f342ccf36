"""Issue 7: nothing lost under crashes, full disks, bad files and hostile input.

Every test here has a short version (the default suite, `make test`) and a long randomized one
(`make reliability`, which sets FACILITATOR_RELIABILITY_FULL=1): more kills, more hypothesis
examples, longer attacks.
"""

from __future__ import annotations

import os

FULL = os.environ.get("FACILITATOR_RELIABILITY_FULL", "") == "1"


def scaled(short, full):
    """``full`` under `make reliability`, ``short`` in the default suite."""
    return full if FULL else short
