"""Issue 11: start-up of the Linux bundle to a usable window with the large benchmark process,
next to a bare PySide6 window bundled the same way (goal: at most 2x the bare bundle).

    python benchmarks/bench_bundle.py [--bundle PATH] [--repeats N]

The Facilitator bundle is PATH, or $FACILITATOR_BUNDLE, or dist/pyinstaller/facilitator/facilitator;
when it is missing it is built with packaging/facilitator.spec (as `make package` would).
The bare bundle is benchmarks/bare_window.py built with benchmarks/bare_window.spec (onedir,
strip, no UPX, the product's excludes and dropped Qt libraries) into build/bench-bundle/bare/;
it is kept, and built again when the venv's PySide6 or PyInstaller, or either recipe, changes.

"Usable window" is what benchmarks/startup.py means by it: each run is a fresh process, and
the clock stops when the program prints "ready" from inside its event loop, once the main
window has been shown and painted (the next click would be handled); shutting down is not
counted. Facilitator does that itself when FACILITATOR_EXIT_WHEN_READY is set (facilitator/
app.py, `run`), frozen or not, so the bundle is timed as shipped, with nothing injected.

A first run of each is discarded (warm file cache); then the two alternate, first one then the
other first, so that a busy moment on the machine slows both alike. Reported: medians, the
spread (min-max and interquartile range), and the median of the ratio within each pair.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "pyinstaller" / "facilitator" / "facilitator"
OUT = ROOT / "build" / "bench-bundle"
BARE_SPEC = ROOT / "benchmarks" / "bare_window.spec"
BARE_SCRIPT = ROOT / "benchmarks" / "bare_window.py"
PRODUCT_SPEC = ROOT / "packaging" / "facilitator.spec"
GOAL = 2.0


def venv_python() -> str:
    """The Python that has PySide6, PyInstaller and Facilitator: the project's venv."""
    candidate = ROOT / ".venv" / "bin" / "python"
    return str(candidate) if candidate.exists() else sys.executable


def toolchain(python: str) -> dict:
    code = (
        "import json, sys, importlib.metadata as m; import PySide6, PyInstaller;"
        "print(json.dumps({'python': sys.version.split()[0], 'pyside6': PySide6.__version__,"
        " 'shiboken6': m.version('shiboken6'), 'pyinstaller': PyInstaller.__version__}))"
    )
    return json.loads(subprocess.run([python, "-c", code], check=True, capture_output=True, text=True).stdout)


def build_facilitator(bundle: Path) -> None:
    """The product bundle, by the documented command; only when it is missing."""
    python = venv_python()
    print(f"bench_bundle: {bundle} is missing, building it (packaging/facilitator.spec)", file=sys.stderr)
    subprocess.run([python, str(ROOT / "packaging" / "icons.py"), "build/icons"], cwd=ROOT, check=True)
    subprocess.run(
        [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist/pyinstaller",
         "--workpath", "build/pyinstaller", "packaging/facilitator.spec"],
        cwd=ROOT, check=True,
    )
    if not bundle.exists():
        raise SystemExit(f"bench_bundle: the build did not produce {bundle}; pass --bundle PATH")


def stale_sources(bundle: Path) -> int:
    """How many of Facilitator's files changed after the bundle was built (0: it is current)."""
    built = bundle.stat().st_mtime
    return sum(1 for f in (ROOT / "facilitator").rglob("*") if f.is_file() and "__pycache__" not in f.parts
               and f.suffix != ".pyc" and f.stat().st_mtime > built)


def product_options() -> dict:
    """The product recipe's module excludes and dropped Qt libraries, which the bare recipe
    reads too: the bare bundle is built again when they change, not for other edits."""
    import ast

    found = {}
    for node in ast.parse(PRODUCT_SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if getattr(target, "id", None) in ("excludes", "UNUSED"):
                    found[target.id] = list(ast.literal_eval(node.value))
    return found


def bare_bundle() -> Path:
    """benchmarks/bare_window.spec built into build/bench-bundle/bare/, reused while the toolchain
    and the recipes are unchanged."""
    python = venv_python()
    folder = OUT / "bare"
    executable = folder / "dist" / "bare_window" / "bare_window"
    stamp_path = folder / "stamp.json"
    recipes = hashlib.sha256(b"".join(p.read_bytes() for p in (BARE_SPEC, BARE_SCRIPT))).hexdigest()
    stamp = {**toolchain(python), "recipes": recipes, "product": product_options()}
    try:
        if executable.exists() and json.loads(stamp_path.read_text()) == stamp:
            return executable
    except (OSError, ValueError):
        pass
    print(f"bench_bundle: building the bare PySide6 bundle (PySide6 {stamp['pyside6']})", file=sys.stderr)
    stamp_path.unlink(missing_ok=True)
    subprocess.run(
        [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(folder / "dist"),
         "--workpath", str(folder / "work"), str(BARE_SPEC)],
        cwd=ROOT, check=True,
    )
    stamp_path.write_text(json.dumps(stamp, indent=1))
    return executable


def time_to_ready(args: list[str], env: dict, cwd: Path) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=cwd, text=True)
    # A program that never gets ready (an error dialog waiting for a click) is killed, not waited for.
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.wait(timeout=60)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
    if line.strip() != "ready":
        raise RuntimeError(f"{args[0]} did not report ready (exit {process.returncode}): {line!r}")
    return elapsed


def spread(values: list[float]) -> str:
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f"{min(values) * 1000:.0f}–{max(values) * 1000:.0f} ms, IQR {q1 * 1000:.0f}–{q3 * 1000:.0f}"


def measure(bundle: Path, repeats: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from benchmarks.large_process import build_large_process

    bare = bare_bundle()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FACILITATOR_HOME": folder,
            "FACILITATOR_EXIT_WHEN_READY": "1",
        }
        path = build_large_process(Path(folder) / "stor.facilitator")
        # Started from a neutral folder, not the checkout: nothing can be picked up from the source tree.
        runs = {"bare": ([str(bare)], []), "app": ([str(bundle), str(path)], [])}
        for args, _ in runs.values():
            time_to_ready(args, env, Path(folder))  # discarded: warms the file cache
        for i in range(repeats):
            order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
            for name in order:
                args, times = runs[name]
                times.append(time_to_ready(args, env, Path(folder)))
    bare_times, app_times = runs["bare"][1], runs["app"][1]
    return {
        "bare": bare_times,
        "app": app_times,
        "pair_ratios": [a / b for a, b in zip(app_times, bare_times)],
    }


def run(repeats: int = 21, bundle: str | os.PathLike | None = None) -> list[dict]:
    bundle = Path(bundle or os.environ.get("FACILITATOR_BUNDLE") or DEFAULT_BUNDLE).resolve()
    if not bundle.exists():
        if bundle != DEFAULT_BUNDLE.resolve():
            raise SystemExit(f"bench_bundle: no bundle at {bundle}")
        build_facilitator(bundle)
    stale = stale_sources(bundle)
    if stale:
        print(f"bench_bundle: warning: {stale} file(s) under facilitator/ are newer than {bundle}; "
              "figures are for the bundle as built", file=sys.stderr)
    result = measure(bundle, repeats)
    bare_median, app_median = statistics.median(result["bare"]), statistics.median(result["app"])
    ratio = app_median / bare_median
    pair_ratio = statistics.median(result["pair_ratios"])
    verdict = "meets" if ratio <= GOAL else "MISSES"
    return [
        {
            "benchmark": "bundle start-up to usable window: bare PySide6 (same PyInstaller recipe)",
            "median_s": bare_median,
            "detail": f"median of {repeats}; {spread(result['bare'])}",
        },
        {
            "benchmark": "bundle start-up to usable window: Facilitator, large process open",
            "median_s": app_median,
            "detail": (
                f"{ratio:.2f}× bare, {verdict} goal ≤ {GOAL:g}× (paired median {pair_ratio:.2f}×, "
                f"pairs {min(result['pair_ratios']):.2f}–{max(result['pair_ratios']):.2f}×); "
                f"median of {repeats}; {spread(result['app'])}"
                + (f"; bundle older than {stale} source file(s)" if stale else "")
            ),
        },
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", help="the Facilitator executable of the onedir bundle "
                        "(default: $FACILITATOR_BUNDLE or dist/pyinstaller/facilitator/facilitator)")
    parser.add_argument("--repeats", type=int, default=21, help="measured runs of each (default 21)")
    args = parser.parse_args(argv)
    rows = run(args.repeats, args.bundle)
    for row in rows:
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
