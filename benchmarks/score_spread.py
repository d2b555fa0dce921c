"""How the four scores spread over a corpus: do they tell articles apart?

    .venv/bin/python benchmarks/score_spread.py PATH [PATH ...] [--as-of YYYY-MM-DD] [--by-length]

Runs `lintkit score --format csv` on each PATH (a folder or a file) and prints,
for each score, over the readable articles: how many score exactly 0 and
exactly 100 (issue 14 asks for at most 5 % of each), the quartiles and the
interquartile range (at least 15 points), and the median by prose length
with `--by-length` (lengths from `lintkit score --format json`'s breakdown
are not in the csv, so it reads the words itself: whitespace-separated
tokens of the file, a rough but stable measure).

The sample corpus is `examples/`; a corpus of realistic articles of very
different lengths and ages is built by

    .venv/bin/python benchmarks/fetch_markdown_docs.py        # real docs, once
    .venv/bin/python benchmarks/make_markdown.py /tmp/md-real --count 600 --real benchmarks/corpus/real-md-src

(docs/scoring.md gives the figures and the commands that produced them).
Nothing here is a test: the figures are for a maintainer to read.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import subprocess
import sys
from pathlib import Path

SCORES = ("quality", "freshness", "depth", "clarity")
# Issue 14's acceptance: at most this share of readable articles at a bound, and at least this IQR.
MAX_AT_BOUND = 0.05
MIN_IQR = 15


def scores_of(paths: list[str], as_of: str, jobs: int) -> list[dict[str, str]]:
    command = [sys.executable, "-m", "lintkit", "score", "--format", "csv", "--as-of", as_of, "--no-cache"]
    command += ["--jobs", str(jobs), *paths]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"lintkit score failed ({done.returncode}): {done.stderr.strip()}")
    return [row for row in csv.DictReader(io.StringIO(done.stdout)) if row["quality"] != ""]


def quartiles(values: list[int]) -> tuple[float, float, float]:
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def words_of(path: str) -> int:
    try:
        return len(Path(path).read_text(encoding="utf-8", errors="replace").split())
    except OSError:
        return 0


def report(rows: list[dict[str, str]], by_length: bool) -> bool:
    """Print the table; True when every score meets the acceptance figures."""
    n = len(rows)
    print(f"{n} readable articles")
    print(f"{'score':<10} {'at 0':>7} {'at 100':>7} {'q1':>6} {'median':>6} {'q3':>6} {'IQR':>5}  ok")
    good = True
    for name in SCORES:
        values = [int(r[name]) for r in rows]
        zeros = sum(1 for v in values if v == 0) / n
        hundreds = sum(1 for v in values if v == 100) / n
        q1, q2, q3 = quartiles(values)
        ok = zeros <= MAX_AT_BOUND and hundreds <= MAX_AT_BOUND and q3 - q1 >= MIN_IQR
        good = good and ok
        print(
            f"{name:<10} {zeros:>7.1%} {hundreds:>7.1%} {q1:>6.1f} {q2:>6.1f} {q3:>6.1f} {q3 - q1:>5.1f}  "
            f"{'yes' if ok else 'NO'}"
        )
    if by_length:
        bands = ((0, 300), (300, 700), (700, 1500), (1500, 2500), (2500, 10**9))
        lengths = [words_of(r["path"]) for r in rows]
        print("\nmedian by length (words in the file)")
        print(f"{'words':<12} {'n':>5} " + " ".join(f"{s:>9}" for s in SCORES))
        for low, high in bands:
            band = [r for r, w in zip(rows, lengths, strict=True) if low <= w < high]
            if not band:
                continue
            medians = [statistics.median(int(r[s]) for r in band) for s in SCORES]
            label = f"{low}-{high}" if high < 10**9 else f"{low}+"
            print(f"{label:<12} {len(band):>5} " + " ".join(f"{m:>9.1f}" for m in medians))
    return good


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--as-of", default="2026-11-28", help="the date scores are computed at (fixed: reproducible)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--by-length", action="store_true")
    args = parser.parse_args()
    rows = scores_of(args.paths, args.as_of, args.jobs)
    if not rows:
        sys.exit("no readable article")
    return 0 if report(rows, args.by_length) else 1


if __name__ == "__main__":
    sys.exit(main())
