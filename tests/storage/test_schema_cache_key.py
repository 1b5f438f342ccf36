"""The expected schema is kept between starts under a key made from the migrations' code: the
key must be the same in every run, or every start rebuilds it (issue 14's start-up figure)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = "from facilitator.storage import schema; print(schema._cache_file(tuple(schema._steps())).name)"


def test_the_cache_key_is_the_same_in_every_run(tmp_path):
    names = set()
    for seed in ("1", "2", "3"):  # string hashes, and so set orders, differ per seed
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        code = f"from facilitator.storage import schema; schema.cache_dir = {str(tmp_path)!r}; " + PROBE.split("; ", 1)[1]
        names.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                 check=True).stdout.strip())
    assert len(names) == 1 and next(iter(names)).startswith("schema-")
