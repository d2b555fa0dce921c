"""Memory per finding: one article whose checklist has 500,000 bullets, 499,000
of them repeats (CHK004 each, with its fix), linted with --no-cache.

Usage:
    python benchmarks/finding_memory.py [--bullets 500000] [--distinct 1000] [--max-findings-per-code N] [--keep DIR]

Prints the run's wall and CPU time and maximum resident set size as
`/usr/bin/time -v` reports them, the findings listed and those counted but
not listed (`max_findings_per_code`, default 1,000; 0 lists every one), and
the maximum RSS per finding. Issue 17 measured 812 MB on its own such file;
the figures before and after slotted findings (Finding and Fix without a
field dict per object) and the cap are in docs/benchmarks.md. To measure
another lintkit, put its checkout first: `PYTHONPATH=/path/to/checkout`
(without `--max-findings-per-code` for one that has no such option).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "tests" / "data" / "seeds").glob("000_*.txt"))


def write_article(path: Path, bullets: int, distinct: int = 1000) -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip().lower().endswith("checklist"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().lower() == "final notes")
    items = [f"  \u2022 run check number {n % distinct}" for n in range(bullets)]
    path.write_text("\n".join([*lines[: start + 2], *items, "", *lines[end:]]), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bullets", type=int, default=500_000)
    parser.add_argument("--distinct", type=int, default=1000, help="distinct bullets (as many as --bullets: no CHK004)")
    parser.add_argument("--max-findings-per-code", type=int, help="passed to lintkit check [default: its own]")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="lintkit-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    article, report = folder / "bullets.txt", folder / "report.json"
    write_article(article, args.bullets, args.distinct)
    command = [sys.executable, "-m", "lintkit", "check", "--no-cache", "--format", "json", "-o", str(report)]
    if args.max_findings_per_code is not None:
        command += ["--max-findings-per-code", str(args.max_findings_per_code)]
    done = subprocess.run(["/usr/bin/time", "-v", *command, str(article)], capture_output=True, text=True)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))  # type: ignore[union-attr]
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", done.stderr).group(1)  # type: ignore[union-attr]
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr))
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    listed = sum(len(f["findings"]) for f in files)
    omitted = sum(sum(f.get("omitted", {}).values()) for f in files)
    findings = listed + omitted
    print(
        f"exit {done.returncode}; {findings} findings ({listed} listed, {omitted} counted only); "
        f"wall {wall}; CPU {cpu:.1f} s; max RSS {rss_kb / 1024:.0f} MB"
    )
    print(f"max RSS per finding: {rss_kb * 1024 / max(findings, 1):.0f} bytes")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if done.returncode in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
