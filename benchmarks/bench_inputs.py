"""Issue 14, bounded inputs: peak memory and time for registration lists and Word templates
at the limits and past them, each read in a fresh child process (benchmarks/input_samples.py;
peak memory is the child's own high-water mark, the interpreter and libraries included).

    python benchmarks/bench_inputs.py

Goal: every input up to the limits, and every bomb, stays under 300 MB; bombs are refused.
Bombs are refused within 2 s and a million rows within 6 s (the figures the unit tests
used to time; tests/reliability/test_input_bombs.py proves the refusals themselves).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_MB = 300
#: The time goals of refusals, by outcome (inputs read whole have none: they show their time).
GOAL_SECONDS = {"unpacks_too_large": 2.0, "too_many_rows": 6.0}


def cases(folder: Path) -> list[tuple[str, str, Path, str]]:
    """(name, kind, path, expected outcome) for each input."""
    from benchmarks import input_samples as samples
    from facilitator.export.template_package import TEMPLATE_LIMITS
    from facilitator.importers.registration_list import MAX_FILE_BYTES, MAX_ROWS
    from facilitator.importers.zip_guard import MB

    body_mb = TEMPLATE_LIMITS.part_limits["word/document*.xml"] / MB - 5
    return [
        (f"xlsx at the row limit ({MAX_ROWS} rows)", "list",
         samples.xlsx_list(folder / "limit.xlsx", MAX_ROWS), "ok"),
        (f"csv at the row and size limits ({MAX_ROWS} rows, {MAX_FILE_BYTES // MB} MB)", "list",
         samples.csv_list(folder / "limit.csv", MAX_ROWS, MAX_FILE_BYTES - 200_000), "ok"),
        ("xlsx of a million rows (refused)", "list",
         samples.xlsx_list(folder / "million.xlsx", 1_000_000, names_only=True), "too_many_rows"),
        ("csv of a million rows (refused)", "list",
         samples.csv_list(folder / "million.csv", 1_000_000, names_only=True), "too_many_rows"),
        ("xlsx bomb, 400 MB packed in ~1 MB (refused)", "list",
         samples.xlsx_bomb(folder / "bomb.xlsx"), "unpacks_too_large"),
        (f"template at the limit ({body_mb:.0f} MB of sample body)", "template",
         samples.template_with_body(folder / "limit.docx", body_mb), "ok"),
        ("template padded with 8 MB of unused parts", "template",
         samples.padded_template(folder / "padded.docx"), "ok"),
        ("template bomb, 400 MB packed in ~1 MB (refused)", "template",
         samples.template_bomb(folder / "bomb.docx"), "unpacks_too_large"),
    ]


def run(repeats: int = 3) -> list[dict]:
    from benchmarks.input_samples import measure

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-inputs-") as name:
        folder = Path(name)
        for title, kind, path, expected in cases(folder):
            runs = [measure(kind, path, folder / "ut.docx") for _ in range(repeats)]
            outcome = runs[-1]["outcome"]
            peak = max(r["peak_mb"] for r in runs)
            extra = ""
            if kind == "template" and outcome == "ok":
                extra = f", export {(folder / 'ut.docx').stat().st_size // 1024} KB"
            median = statistics.median(r["seconds"] for r in runs)
            goal_s = GOAL_SECONDS.get(expected)
            in_time = goal_s is None or median < goal_s
            if goal_s is not None:
                extra += f", goal < {goal_s:g} s"
            verdict = "ok" if outcome == expected and peak < GOAL_MB and in_time else "FAILS"
            rows.append({
                "benchmark": f"input: {title}",
                "median_s": median,
                "detail": (f"{outcome}, peak {peak:.0f} MB (goal < {GOAL_MB} MB), "
                           f"file {path.stat().st_size // 1024} KB{extra}: {verdict}"),
            })
    return rows


def main() -> int:
    rows = run()
    for row in rows:
        print(f"{row['benchmark']:<82} {row['median_s'] * 1000:7.0f} ms  {row['detail']}")
    return 0 if all(row["detail"].endswith(": ok") for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
