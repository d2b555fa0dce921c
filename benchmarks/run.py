"""lintkit side by side with proselint and a floor, in one interleaved run.

    .venv/bin/python benchmarks/run.py [--count 10000] [--rounds 3]

1. Generates (or reuses) `--count` articles with benchmarks/make_corpus.py
   under benchmarks/corpus/<count>/ (git-ignored).
2. Runs, round after round so that machine noise hits all alike:
   - the floor: one Python process that reads every file as text and splits it
     into lines;
   - lintkit: `lintkit check --format json` over every article, all rules,
     scores and corpus rules on (and, to price the scores, once more with
     `--no-scores`);
   - proselint 0.16 (`pip install -e '.[bench]'`): `proselint check` over
     the first `--proselint-files` (300) of the same articles.
3. Times one file alone (median of 5): `lintkit check FILE` and
   `proselint check FILE`.
4. Prints articles per second, lintkit's per-article speed as a multiple of
   proselint's, lintkit's per-article time as a multiple of the floor's, the
   one-file latencies, and lintkit's peak memory (the resident memory of its
   whole process tree, sampled every 20 ms), and writes them as JSON to
   benchmarks/out/results-<count>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
AS_OF = "2026-11-24"

FLOOR = r"""
import os, sys
lines = 0
for folder, dirs, files in os.walk(sys.argv[1]):
    for name in files:
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as fh:
                lines += len(fh.read().splitlines())
print(lines)
"""


@dataclass
class Measure:
    seconds: float
    peak_rss_mb: float
    returncode: int


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(cmd: list[str], cwd: Path | None = None) -> Measure:
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    return Measure(elapsed, peak / 1024, code)


def ensure_corpus(count: int, seed: int) -> Path:
    folder = HERE / "corpus" / str(count)
    manifest = folder / "manifest.json"
    if manifest.exists():
        head = json.loads(manifest.read_text(encoding="utf-8"))
        if head.get("count") == count and head.get("seed") == seed:
            return folder
    print(f"generating {count} articles in {folder} ...", file=sys.stderr)
    make_corpus.write_corpus(folder, count, seed=seed)
    return folder


def median(values: list[float]) -> float:
    return statistics.median(values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="lintkit vs proselint vs a floor")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--proselint-files", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    corpus = ensure_corpus(args.count, args.seed)
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    if proselint is None:
        print("proselint is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    n = len(files)
    sample = files[: args.proselint_files]
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset"
        subset.mkdir()
        for f in sample:
            shutil.copy(f, subset / f.name)
        lintkit = [str(BIN / "lintkit"), "check", "--format", "json", "--as-of", AS_OF, "--jobs", str(args.jobs)]
        runs: dict[str, list[Measure]] = {"floor": [], "lintkit": [], "lintkit_no_scores": [], "proselint": []}
        for r in range(args.rounds):
            print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
            runs["floor"].append(measure([sys.executable, "-c", FLOOR, str(corpus)]))
            runs["lintkit"].append(measure([*lintkit, str(corpus)]))
            runs["lintkit_no_scores"].append(measure([*lintkit, "--no-scores", str(corpus)]))
            runs["proselint"].append(measure([proselint, "check", str(subset)]))
        one = files[len(files) // 2]
        latency = {
            "lintkit": median([measure([*lintkit[:2], "--as-of", AS_OF, str(one)]).seconds for _ in range(5)]),
            "proselint": median([measure([proselint, "check", str(one)]).seconds for _ in range(5)]),
        }

    t = {k: median([m.seconds for m in v]) for k, v in runs.items()}
    per = {
        "floor": t["floor"] / n,
        "lintkit": t["lintkit"] / n,
        "lintkit_no_scores": t["lintkit_no_scores"] / n,
        "proselint": t["proselint"] / len(sample),
    }
    results = {
        "articles": n,
        "proselint_articles": len(sample),
        "jobs": args.jobs,
        "rounds": args.rounds,
        "seconds": t,
        "articles_per_second": {k: 1 / v for k, v in per.items()},
        "lintkit_speed_vs_proselint": per["proselint"] / per["lintkit"],
        "lintkit_time_vs_floor": per["lintkit"] / per["floor"],
        "scoring_ms_per_article": 1000 * (per["lintkit"] - per["lintkit_no_scores"]),
        "one_file_seconds": latency,
        "one_file_lintkit_vs_proselint": latency["lintkit"] / latency["proselint"],
        "lintkit_peak_rss_mb": max(m.peak_rss_mb for m in runs["lintkit"]),
        "exit_codes": {k: sorted({m.returncode for m in v}) for k, v in runs.items()},
        "all_runs": {k: [asdict(m) for m in v] for k, v in runs.items()},
    }
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / f"results-{n}.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")

    aps = results["articles_per_second"]
    print(f"articles: {n} (proselint: {len(sample)}), jobs: {args.jobs}, median of {args.rounds} rounds")
    print("| run | seconds | articles/s |")
    print("|---|---:|---:|")
    for k in ("floor", "lintkit", "lintkit_no_scores", "proselint"):
        count = len(sample) if k == "proselint" else n
        print(f"| {k} ({count} files) | {t[k]:.2f} | {aps[k]:,.0f} |")
    print()
    print(f"lintkit per-article speed vs proselint: {results['lintkit_speed_vs_proselint']:.1f}x (target >= 25x)")
    print(f"lintkit per-article time vs the floor: {results['lintkit_time_vs_floor']:.1f}x (target <= 12x)")
    print(f"scoring cost: {results['scoring_ms_per_article']:.3f} ms per article")
    print(
        f"one file: lintkit {latency['lintkit']:.3f} s, proselint {latency['proselint']:.3f} s "
        f"({results['one_file_lintkit_vs_proselint']:.2f}x, target <= 2x)"
    )
    print(f"lintkit peak memory: {results['lintkit_peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
