"""How many candidate pairs the corpus index's LSH makes, and how many near
duplicates it finds, for the shipped sketch and other shapes, on an index a
run left behind (`.lintkit_cache/corpus.sqlite3`).

    .venv/bin/python benchmarks/lsh_candidates.py PATH/.lintkit_cache/corpus.sqlite3 [--shapes 16x2 24x3 32x4]

A shape NxR is N one-permutation bins cut into N/R bands of R
(lintkit.corpus.sketch.sketch_bands; the shipped sketch is 24x3). For each shape: the candidate pairs
(paragraphs sharing a band; each costs a rapidfuzz comparison when the
index links near duplicates), and the pairs among them at least as similar
as the index's threshold. A candidate pair is what linking costs; a
verified pair is what DUP004 and DUP006 can see. The index's paragraphs are
read as stored (folded text); nothing is written.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sqlite3
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lintkit.corpus.sketch import NUM_PERM, ROWS, band_keys, sketch_bands
from lintkit.rules.duplication import NEAR_THRESHOLD


def measure(texts: dict[int, str], sketch, threshold: int) -> tuple[int, int, float]:
    start = time.perf_counter()
    sketches = {e: sketch(t) for e, t in texts.items()}
    width = len(next(iter(sketches.values())))
    candidates: set[tuple[int, int]] = set()
    for i in range(width):
        bucket: dict[int, list[int]] = collections.defaultdict(list)
        for e, s in sketches.items():
            bucket[s[i]].append(e)
        for members in bucket.values():
            if len(members) > 1:
                candidates.update(itertools.combinations(sorted(members), 2))
    verified = sum(1 for a, b in candidates if fuzz.ratio(texts[a], texts[b], score_cutoff=threshold))
    return len(candidates), verified, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument(
        "--shapes", nargs="*", default=["16x2", "32x4"], help="other shapes, BINSxROWS (16 bins or more)"
    )
    parser.add_argument("--threshold", type=int, default=NEAR_THRESHOLD.default, help="the near-duplicate ratio")
    args = parser.parse_args(argv)
    db = sqlite3.connect(f"file:{args.index}?mode=ro", uri=True)
    texts = dict(db.execute("SELECT exact, text FROM reps WHERE b0 IS NOT NULL"))
    threshold = args.threshold
    print(f"{len(texts)} paragraphs long enough to compare, threshold {threshold}")
    print("| sketch | candidate pairs | pairs found | seconds |")
    print("|---|---:|---:|---:|")
    shapes = [(f"{NUM_PERM}x{ROWS} (shipped)", band_keys)]
    for shape in args.shapes:
        bins, rows = map(int, shape.split("x"))
        shapes.append((shape, lambda t, bins=bins, rows=rows: sketch_bands(t, bins, rows)))
    for name, sketch in shapes:
        n, found, seconds = measure(texts, sketch, threshold)
        print(f"| {name} | {n:,} | {found:,} | {seconds:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
