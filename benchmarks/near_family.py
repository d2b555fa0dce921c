"""A family of templated paragraphs against a plain corpus of the same size
(issue 17, defect 8): near-duplicate linking must stay near-linear.

    .venv/bin/python benchmarks/near_family.py [--count 2000] [--paragraphs 4000] [--rounds 1] [--jobs 2]

Release posts and status updates repeat one paragraph with a number changed
(`status update 1234: the nightly pipeline finished ...`). Such paragraphs
share every LSH band, so the corpus index used to compare each with every
other: quadratic in the family's size. This script generates, under a
temporary folder:

- **family, `--count` articles**: benchmarks/make_corpus.py's articles
  (no injected defect, no noise), each with one more paragraph before its
  final notes: the templated paragraph with the article's own number;
- **plain, `--count` articles**: the same articles, the extra paragraph
  instead made of words drawn at random (no two alike), of the same length;
- **family, one file**: one article with `--paragraphs` templated
  paragraphs (numbers 1 to N) before its final notes;
- **plain, one file**: the same article with as many random paragraphs.

Each goes into a content repository whose lintkit.toml names it as the
corpus, and `lintkit check --format json --as-of 2026-11-24` runs on it
with a cold cache (none), under `/usr/bin/time -v` when it exists (else
the process tree's memory is sampled as benchmarks/run.py does), round
after round, family and plain in turn. Printed side by side: wall-clock
seconds, CPU seconds (user and system, lintkit and its workers: what a
machine shared with other work still measures fairly), maximum resident
memory, the size of the corpus index left in
`.lintkit_cache/`, and the DUP002 and DUP004 findings of each report (the
family's extra paragraphs differ only in numbers: none of them may be
reported). The target: family within 2x of plain, in time and memory.

    .venv/bin/python benchmarks/near_family.py --ref main~3 [--count 2000] ...

With `--ref REV`, the lintkit of commit REV (its package extracted with
`git archive`, first on PYTHONPATH) runs instead of this checkout's: the
figures before a change.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402
import run as bench  # noqa: E402

AS_OF = "2026-11-24"
TEMPLATE = (
    "status update {n}: the nightly pipeline finished on every supported platform, the deployment to the "
    "staging cluster went through without manual steps, and the engineer on call reported no incident that "
    "needed a rollback or a follow-up ticket."
)
_VOCABULARY = sorted(
    {w for p in make_corpus.PARAGRAPHS for w in re.findall(r"[a-z]+", p) if len(w) > 2}
    | {w for p in make_corpus.INTRO_TEMPLATES for w in re.findall(r"[a-z]+", p) if len(w) > 2}
)


def templated(n: int) -> str:
    return TEMPLATE.format(n=n)


def random_paragraph(rng: random.Random, length: int) -> str:
    """Words drawn at random until the paragraph is `length` characters long (or just over)."""
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(_VOCABULARY)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[: length - 1].rstrip() + "."


def _with_paragraphs(text: str, paragraphs: list[str]) -> str:
    """An article's text with these paragraphs inserted before its final notes."""
    extra = "".join(p + "\n\n" for p in paragraphs)
    head, sep, tail = text.partition("\nfinal notes\n")
    return head + "\n" + extra + sep.lstrip("\n") + tail if sep else text + "\n\n" + extra


def write_corpora(out: Path, count: int, paragraphs: int, seed: int = 0) -> dict[str, Path]:
    """The four corpora under `out`; returns name -> its folder."""
    rng = random.Random(seed)
    folders = {name: out / name / "content" for name in ("family", "plain", "family-file", "plain-file")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    first = ""
    for i, article in enumerate(make_corpus.generate(count or 1, seed=seed, defect_rate=0.0, noise_rate=0.0)):
        text = article.data.decode("utf-8")
        first = first or text
        if i >= count:
            break
        family = templated(1000 + i)
        (folders["family"] / article.name).write_text(_with_paragraphs(text, [family]), encoding="utf-8")
        plain = random_paragraph(rng, len(family))
        (folders["plain"] / article.name).write_text(_with_paragraphs(text, [plain]), encoding="utf-8")
    family_list = [templated(n) for n in range(1, paragraphs + 1)]
    plain_list = [random_paragraph(rng, len(p)) for p in family_list]
    (folders["family-file"] / "00000_family.txt").write_text(_with_paragraphs(first, family_list), encoding="utf-8")
    (folders["plain-file"] / "00000_family.txt").write_text(_with_paragraphs(first, plain_list), encoding="utf-8")
    for folder in folders.values():
        (folder.parent / "lintkit.toml").write_text('corpus = ["content/"]\n', encoding="utf-8")
    return folders


_TIME_V = re.compile(
    r"^\s*(Elapsed \(wall clock\) time.*|Maximum resident set size \(kbytes\)|User time.*|System time.*): (\S+)$", re.M
)


def _seconds(clock: str) -> float:
    total = 0.0
    for part in clock.split(":"):
        total = total * 60 + float(part)
    return total


def run_once(repo: Path, jobs: int, env: dict[str, str] | None = None) -> dict[str, float | dict[str, int]]:
    """One cold run of lintkit on a content repository: seconds, peak MB, index MB, DUP counts."""
    shutil.rmtree(repo / ".lintkit_cache", ignore_errors=True)
    check = [sys.executable, "-m", "lintkit", "check", "--format", "json", "--as-of", AS_OF, "--jobs", str(jobs)]
    report = repo / "report.json"
    cmd = [*check, "-o", str(report), "content"]
    if Path("/usr/bin/time").exists():
        done = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=repo, capture_output=True, text=True, env=env)
        if done.returncode not in (0, 1):
            raise SystemExit(f"lintkit failed in {repo}:\n{done.stderr[-2000:]}")
        found = dict(m.groups() for m in _TIME_V.finditer(done.stderr))
        seconds = _seconds(next(v for k, v in found.items() if k.startswith("Elapsed")))
        cpu = sum(float(v) for k, v in found.items() if k.startswith(("User", "System")))
        peak_mb = int(found["Maximum resident set size (kbytes)"]) / 1024
    else:
        measured = bench.measure(cmd, cwd=repo, env=env)
        seconds, peak_mb, cpu = measured.seconds, measured.peak_rss_mb, float("nan")
    index_mb = sum(f.stat().st_size for f in (repo / ".lintkit_cache").glob("corpus.sqlite3*")) / 2**20
    codes: Counter[str] = Counter()
    for line in report.read_text(encoding="utf-8").splitlines():
        line = line.strip().rstrip(",")
        if line.startswith("{") and '"findings"' in line:
            codes.update(f["code"] for f in json.loads(line)["findings"] if f["code"] in ("DUP002", "DUP004"))
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb, "index_mb": index_mb, "codes": dict(codes)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="articles of the two corpora (default 2000)")
    parser.add_argument("--paragraphs", type=int, default=4000, help="paragraphs of the one-file cases (4000)")
    parser.add_argument("--rounds", type=int, default=1, help="cold runs of each (the median is printed)")
    parser.add_argument("--jobs", type=int, default=2, help="lintkit --jobs (default 2)")
    parser.add_argument("--ref", help="run the lintkit of this commit instead of this checkout's")
    parser.add_argument("--keep", type=Path, help="generate the corpora here and keep them (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="near-family-") as tmp:
        out = args.keep or Path(tmp)
        folders = write_corpora(out, args.count, args.paragraphs)
        env = None
        if args.ref:
            archive = subprocess.run(
                ["git", "archive", args.ref, "lintkit"], cwd=HERE.parent, capture_output=True, check=True
            ).stdout
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(Path(tmp) / "ref-src", filter="data")
            env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "ref-src")}
        runs: dict[str, list[dict]] = {name: [] for name in folders}
        for r in range(args.rounds):
            for name, folder in folders.items():
                print(f"round {r + 1}/{args.rounds}: {name}", file=sys.stderr, end=" ", flush=True)
                runs[name].append(run_once(folder.parent, args.jobs, env))
                done = runs[name][-1]
                print(f"{done['seconds']:.1f} s, {done['cpu']:.1f} s CPU, {done['peak_mb']:.0f} MB", file=sys.stderr)
    which = f"lintkit of {args.ref}" if args.ref else "this checkout"
    print(f"{which}: cold runs, --jobs {args.jobs}, median of {args.rounds}; memory: maximum resident set size")
    print("| corpus | seconds | CPU seconds | peak MB | index MB | DUP002 | DUP004 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    med = {}
    for name, results in runs.items():
        med[name] = {k: statistics.median(r[k] for r in results) for k in ("seconds", "cpu", "peak_mb", "index_mb")}
        codes = results[-1]["codes"]
        size = f"{args.count} articles" if "file" not in name else f"1 file, {args.paragraphs} paragraphs"
        print(
            f"| {name} ({size}) | {med[name]['seconds']:.1f} | {med[name]['cpu']:.1f} | {med[name]['peak_mb']:.0f} | "
            f"{med[name]['index_mb']:.1f} | {codes.get('DUP002', 0)} | {codes.get('DUP004', 0)} |"
        )
    print("| ratio | time | CPU time | memory | index |")
    print("|---|---:|---:|---:|---:|")
    for family, plain in (("family", "plain"), ("family-file", "plain-file")):
        f, p = med[family], med[plain]
        print(
            f"| {family} / {plain} | {f['seconds'] / p['seconds']:.2f}x | {f['cpu'] / p['cpu']:.2f}x | "
            f"{f['peak_mb'] / p['peak_mb']:.2f}x | "
            f"{f['index_mb'] / max(p['index_mb'], 1e-9):.2f}x |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
