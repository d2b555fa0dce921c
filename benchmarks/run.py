"""lintkit side by side with proselint and a floor, in one interleaved run.

    .venv/bin/python benchmarks/run.py [--count 10000] [--rounds 3]

1. Generates (or reuses) `--count` articles with benchmarks/make_corpus.py
   under benchmarks/corpus/<count>/ (git-ignored).
2. Copies them into a temporary content repository whose lintkit.toml names
   them as the corpus, and runs, round after round so that machine noise hits
   all alike:
   - the floor: one Python process that reads every file as text and splits it
     into lines;
   - lintkit `check --format json` over every article, all rules, scores and
     corpus rules on: with a cold cache (no .lintkit_cache), cold again with
     `--no-scores` (to price the scores), with the warm cache the cold run
     left (nothing changed since), and warm again after one article of the
     corpus was edited (a CI run on a pull request with the cache restored);
   - lintkit `check --format sarif` with the same warm cache, to price the
     SARIF report against the JSON one (the target: within 1.5x);
   - proselint 0.16 (`pip install -e '.[bench]'`): `proselint check` over
     the first `--proselint-files` (300) of the same articles.
3. Times a pre-commit run (median of 5): one file of the corpus changed,
   `lintkit check FILE` with the corpus index warm; and `proselint check FILE`.
4. Prints articles per second, lintkit's per-article speed as a multiple of
   proselint's and its per-article time as a multiple of the floor's (cold and
   warm), the one-file latencies, and peak memory (the resident memory of the
   whole process tree, sampled every 20 ms), and writes them as JSON to
   benchmarks/out/results-<count>.json.

    .venv/bin/python benchmarks/run.py --ref 6791bed [--count 10000] [--rounds 3]

With `--ref REV`, this checkout's lintkit and the one of commit REV (its
package extracted with `git archive`, first on PYTHONPATH) are timed side by
side instead, round after round in turn, each in its own copy of the content
repository: cold, warm, warm with one article edited, and the pre-commit run
on one file; it prints each figure for both and their ratio, and writes
benchmarks/out/versus-<count>.json. A refactoring must keep every ratio
within 10 %.

    .venv/bin/python benchmarks/run.py --one-file [--count 300] [--rounds 9] [--ref REV]

With `--one-file`, only the pre-commit run, side by side, quickly: in a
content repository of `--count` articles (the corpus configured, the cache
warm), one article edited before each run (`lintkit check FILE` as the hook
runs it, the entry point installed in the venv), the same article unchanged
(its result read back from the cache), `lintkit check` on a Markdown post of
the same repository (edited each time, the only change since the run
before), and `proselint check` on the same article and the same post; round
after round, medians of the wall time and of the CPU time (user + system,
which a loaded machine inflates less). With `--ref REV`, the lintkit of
commit REV is timed too, on the same files in its own copy (both that one
and this checkout then also run as `python -S` with the package first on
sys.path, so that the two are started alike). Writes
benchmarks/out/one-file-<count>.json.

    .venv/bin/python benchmarks/run.py --markdown [--count 1000] [--rounds 3] [--real DIR]

With `--markdown`, the Markdown side: benchmarks/make_markdown.py generates
(or reuses) a Hugo-style site of `--count` posts under
benchmarks/corpus/md-<count>/ (from the real docs of DIR with `--real`, e.g.
benchmarks/corpus/real-md-src/ as benchmarks/fetch_markdown_docs.py fills
it), copied into a temporary content repository, and round after round:
the floor (read and split every post), `lintkit check --format json` with
every rule on (`--select ALL`) with `--no-cache`, cold (an empty cache it
then writes) and warm (the cache the cold run left), and markdownlint-cli2
(every rule of its default config) over the same files. markdownlint-cli2 is
pinned in benchmarks/package.json and installed with `npm ci` into
benchmarks/node_modules/ (git-ignored) on first use; without node or npm it
is skipped with a note. Prints posts per second, lintkit's speed as a
multiple of markdownlint-cli2's (cold and warm), each tool's finding count,
and writes benchmarks/out/markdown-<count>.json.
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
    cpu_seconds: float = 0.0  # user + system time of the process and the children it waited for


def write_figures(name: str, figures: object) -> None:
    """benchmarks/out/NAME, the figures of a run as JSON."""
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / name).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


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


def measure(
    cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None, output: Path | None = None
) -> Measure:
    """Run `cmd`, its output discarded (or written to `output`, stdout then stderr)."""
    peak = 0
    sink = output.open("wb") if output else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.STDOUT if output else sink, cwd=cwd, env=env)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # os.wait4 instead of proc.wait(): the process's CPU time too, which a loaded machine inflates less than wall time.
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if output:
        sink.close()  # type: ignore[union-attr]
    return Measure(elapsed, peak / 1024, code, usage.ru_utime + usage.ru_stime)


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


def versus(ref: str, count: int, seed: int, rounds: int, jobs: int) -> int:
    """This checkout against commit `ref`, figure by figure, in one interleaved run."""
    import io
    import tarfile

    source = ensure_corpus(count, seed)
    figures = ("cold", "warm", "warm_one_edit", "one_file")
    times: dict[str, dict[str, list[float]]] = {side: {f: [] for f in figures} for side in ("new", "ref")}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        archive = subprocess.run(["git", "archive", ref, "lintkit"], cwd=ROOT, capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(work / "ref-src", filter="data")
        sides = {"new": ROOT, "ref": work / "ref-src"}
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        repos = {}
        for side, src in sides.items():
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "lintkit")], check=True)
            repo = work / side
            shutil.copytree(source, repo / "content", ignore=shutil.ignore_patterns("manifest.json"))
            (repo / "lintkit.toml").write_text('corpus = ["content/"]\n', encoding="utf-8")
            repos[side] = repo
        files = sorted(p.name for p in (repos["new"] / "content").iterdir() if p.suffix == ".txt")
        edited, one = files[len(files) // 3], files[len(files) // 2]
        check = [sys.executable, "-m", "lintkit", "check", "--as-of", AS_OF]
        for r in range(rounds):
            print(f"round {r + 1}/{rounds}", file=sys.stderr)
            for side, src in sides.items():
                repo, side_env = repos[side], {**env, "PYTHONPATH": str(src)}
                run = [*check, "--format", "json", "--jobs", str(jobs), "content"]
                shutil.rmtree(repo / ".lintkit_cache", ignore_errors=True)
                times[side]["cold"].append(measure(run, repo, side_env).seconds)
                times[side]["warm"].append(measure(run, repo, side_env).seconds)
                path = repo / "content" / edited
                text = path.read_text(encoding="utf-8")
                path.write_text(text.replace("final notes\n", f"final notes\n\nround {r} edit.\n\n", 1))
                times[side]["warm_one_edit"].append(measure(run, repo, side_env).seconds)
                path.write_text(text, encoding="utf-8")
                path = repo / "content" / one
                text = path.read_text(encoding="utf-8")
                for i in range(3):
                    path.write_text(text.replace("final notes\n", f"final notes\n\nedit {r}.{i}.\n\n", 1))
                    times[side]["one_file"].append(measure([*check, f"content/{one}"], repo, side_env).seconds)
                path.write_text(text, encoding="utf-8")
    t = {side: {f: median(v) for f, v in per.items()} for side, per in times.items()}
    write_figures(f"versus-{count}.json", {"ref": ref, "seconds": t, "all": times})
    print(f"articles: {count}, jobs: {jobs}, median of {rounds} rounds (one file: of {3 * rounds} runs)")
    print(f"| figure | this checkout | {ref} | ratio |")
    print("|---|---:|---:|---:|")
    for f in figures:
        print(
            f"| {f.replace('_', ' ')} | {t['new'][f]:.3f} s | {t['ref'][f]:.3f} s | {t['new'][f] / t['ref'][f]:.3f} |"
        )
    return 0


def _launcher(src: Path) -> list[str]:
    """`lintkit` from the package under `src`, started as `python -S` with it first on sys.path
    (PYTHONPATH would not win over an editable install's finder) and the venv's packages after it,
    through the entry point the installed script calls (lintkit.__main__)."""
    site = next(p for p in sys.path if p.endswith("site-packages"))
    code = f"import sys; sys.path[:0] = [{str(src)!r}, {site!r}]; sys.argv[0] = 'lintkit'; "
    return [sys.executable, "-S", "-c", code + "from lintkit.__main__ import main; main()"]


def one_file(args: argparse.Namespace) -> int:
    """The pre-commit run on one file, side by side (see the module docstring)."""
    import io
    import tarfile

    source = ensure_corpus(args.count, args.seed)
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    post = (ROOT / "examples" / "markdown" / "content" / "posts" / "faster-builds" / "index.md").read_text("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sides = {"lintkit": ROOT}
        if args.ref:
            archive = subprocess.run(["git", "archive", args.ref, "lintkit"], cwd=ROOT, capture_output=True, check=True)
            with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
                tar.extractall(work / "ref-src", filter="data")
            sides.update({"this checkout (python -S)": ROOT, f"{args.ref} (python -S)": work / "ref-src"})
        repos: dict[str, Path] = {}
        for side, src in sides.items():  # each side in its own copy of the repository
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "lintkit")], check=True)
            repo = repos[side] = work / f"repo{len(repos)}"
            shutil.copytree(source, repo / "content", ignore=shutil.ignore_patterns("manifest.json"))
            (repo / "content" / "post.md").write_text(post, encoding="utf-8")
            (repo / "lintkit.toml").write_text('corpus = ["content/"]\n', encoding="utf-8")
        names = sorted(p.name for p in (repos["lintkit"] / "content").iterdir() if p.suffix == ".txt")
        one = names[len(names) // 2]
        starts = {side: [str(BIN / "lintkit")] if side == "lintkit" else _launcher(src) for side, src in sides.items()}
        # The hook's command line (.pre-commit-hooks.yaml): no --as-of, which only this benchmark's other runs
        # pass (click parses it with strptime, an import the hook never pays).
        check = ["check", "--force-exclude"]
        for side, repo in repos.items():  # warm the cache and the index
            measure([*starts[side], *check, "--jobs", str(args.jobs), "content"], repo)
        figures = [(side, what) for side in sides for what in ("edited", "unchanged", "markdown")]
        runs: dict[str, list[Measure]] = {f"{side}: {what}": [] for side, what in figures}
        if proselint:
            runs.update({"proselint": [], "proselint: markdown": []})
        originals = {side: (repos[side] / "content" / one).read_text("utf-8") for side in sides}
        for r in range(args.rounds):
            print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
            for side in sides:
                repo, text = repos[side], originals[side]
                article, markdown = repo / "content" / one, repo / "content" / "post.md"
                article.write_text(text.replace("final notes\n", f"final notes\n\nedit {r}.\n\n", 1), "utf-8")
                runs[f"{side}: edited"].append(measure([*starts[side], *check, f"content/{one}"], repo))
                runs[f"{side}: unchanged"].append(measure([*starts[side], *check, f"content/{one}"], repo))
                # The article keeps its edit until the next round's: the post is then the only change since
                # the last run (restoring the article here made this run parse the export's article too).
                markdown.write_text(post.replace("\n## ", f"\nEdit {r}.\n\n## ", 1), encoding="utf-8")
                runs[f"{side}: markdown"].append(measure([*starts[side], *check, "content/post.md"], repo))
            if proselint:
                content = repos["lintkit"] / "content"
                runs["proselint"].append(measure([proselint, "check", str(content / one)]))
                runs["proselint: markdown"].append(measure([proselint, "check", str(content / "post.md")]))
    t = {k: median([m.seconds for m in v]) for k, v in runs.items()}
    cpu = {k: median([m.cpu_seconds for m in v]) for k, v in runs.items()}
    every = {k: [m.seconds for m in v] for k, v in runs.items()}
    every_cpu = {k: [m.cpu_seconds for m in v] for k, v in runs.items()}
    write_figures(
        f"one-file-{args.count}.json",
        {"ref": args.ref, "file": one, "seconds": t, "cpu_seconds": cpu, "all": every, "all_cpu": every_cpu},
    )
    print(f"one file in a content repository of {len(names)} articles, median of {args.rounds} rounds")
    print("| run | wall seconds | vs proselint | CPU seconds | vs proselint |")
    print("|---|---:|---:|---:|---:|")
    for k in t:
        against = "proselint: markdown" if k.endswith("markdown") else "proselint"
        ratios = [f"{f[k] / f[against]:.2f}x" if against in f else "" for f in (t, cpu)]
        print(f"| {k} | {t[k]:.3f} | {ratios[0]} | {cpu[k]:.3f} | {ratios[1]} |")
    if "proselint" in t:
        print(
            f"one changed file: lintkit {t['lintkit: edited']:.3f} s, proselint {t['proselint']:.3f} s "
            f"({t['lintkit: edited'] / t['proselint']:.2f}x; CPU {cpu['lintkit: edited'] / cpu['proselint']:.2f}x; "
            "target <= 1x: no slower than proselint, issue 16)"
        )
    else:
        print("proselint is not installed (pip install -e '.[bench]'): lintkit alone")
    return 0


MD_FLOOR = FLOOR.replace('name.endswith(".txt")', 'name.endswith((".md", ".markdown", ".mdx"))')
MARKDOWNLINT = HERE / "node_modules" / ".bin" / "markdownlint-cli2"


def ensure_markdown_corpus(count: int, seed: int, real: Path | None) -> Path:
    import make_markdown

    folder = HERE / "corpus" / (f"md-{count}" if real is None else f"md-real-{count}")
    manifest = folder / make_markdown.MANIFEST_NAME
    if manifest.exists():
        head = json.loads(manifest.read_text(encoding="utf-8"))
        same_real = real is None or (head.get("real") or {}).get("sha256") == make_markdown.load_real(real).digest
        wanted = (make_markdown.GENERATOR, make_markdown.MANIFEST_VERSION, count, seed)
        if (head.get("generator"), head.get("version"), head.get("count"), head.get("seed")) == wanted and same_real:
            return folder
    print(f"generating {count} Markdown posts in {folder} ...", file=sys.stderr)
    make_markdown.write_site(folder, count, seed=seed, real_dir=real)
    return folder


def ensure_markdownlint() -> tuple[list[str] | None, str]:
    """The markdownlint-cli2 command (installed from benchmarks/package.json
    on first use), or None and why not."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None:
        return None, "node is not installed: markdownlint-cli2 skipped"
    if not MARKDOWNLINT.exists():
        if npm is None:
            return None, "npm is not installed: markdownlint-cli2 skipped"
        print("installing markdownlint-cli2 (npm ci in benchmarks/) ...", file=sys.stderr)
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE, capture_output=True, text=True)
        if done.returncode != 0 or not MARKDOWNLINT.exists():
            return None, f"npm ci failed, markdownlint-cli2 skipped: {done.stderr.strip()[-300:]}"
    version = subprocess.run([node, str(MARKDOWNLINT), "--help"], capture_output=True, text=True).stdout
    return [node, str(MARKDOWNLINT)], version.split("\n", 1)[0].strip()


def _lintkit_findings(report: Path) -> int | None:
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return sum(len(f["findings"]) for f in data["files"])


def _markdownlint_findings(report: Path) -> int | None:
    try:
        text = report.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("Summary: "):
            return int(line.split()[1])
    return None


def markdown(args: argparse.Namespace) -> int:
    """lintkit on Markdown side by side with markdownlint-cli2, in one interleaved run."""
    source = ensure_markdown_corpus(args.count, args.seed, args.real)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "lintkit")], check=True)
    mdl, note = ensure_markdownlint()
    print(f"markdownlint-cli2: {note}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for part in ("content", "static"):
            shutil.copytree(source / part, work / part)
        (work / "lintkit.toml").write_text('corpus = ["content/"]\n', encoding="utf-8")
        # Every rule of markdownlint's default config, on the same files.
        (work / ".markdownlint-cli2.jsonc").write_text('{"config": {"default": true}}\n', encoding="utf-8")
        n = sum(1 for p in (work / "content").rglob("*") if p.suffix in (".md", ".markdown", ".mdx"))
        cache = work / ".lintkit_cache"
        lintkit = [str(BIN / "lintkit"), "check", "--format", "json", "--as-of", AS_OF, "--select", "ALL"]
        lintkit += ["--jobs", str(args.jobs)]
        reports = {"lintkit": work / "lintkit.json", "markdownlint": work / "markdownlint.txt"}
        names = ("floor", "lintkit_no_cache", "lintkit_cold", "lintkit_warm", "markdownlint")
        runs: dict[str, list[Measure]] = {k: [] for k in names}
        for r in range(args.rounds):
            print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
            runs["floor"].append(measure([sys.executable, "-c", MD_FLOOR, str(work / "content")]))
            runs["lintkit_no_cache"].append(measure([*lintkit, "--no-cache", "content"], cwd=work))
            shutil.rmtree(cache, ignore_errors=True)
            runs["lintkit_cold"].append(measure([*lintkit, "content"], cwd=work))
            runs["lintkit_warm"].append(measure([*lintkit, "content"], cwd=work, output=reports["lintkit"]))
            if mdl:
                glob = "content/**/*.{md,markdown,mdx}"
                runs["markdownlint"].append(measure([*mdl, glob], cwd=work, output=reports["markdownlint"]))
        findings = {"lintkit": _lintkit_findings(reports["lintkit"])}
        if mdl:
            findings["markdownlint"] = _markdownlint_findings(reports["markdownlint"])

    t = {k: median([m.seconds for m in v]) for k, v in runs.items() if v}
    results: dict[str, object] = {
        "posts": n,
        "jobs": args.jobs,
        "rounds": args.rounds,
        "real": str(args.real) if args.real else None,
        "markdownlint_cli2": note if mdl else None,
        "skipped": None if mdl else note,
        "seconds": t,
        "posts_per_second": {k: n / v for k, v in t.items()},
        "findings": findings,
        "peak_rss_mb": {k: max(m.peak_rss_mb for m in v) for k, v in runs.items() if v and k != "floor"},
        "exit_codes": {k: sorted({m.returncode for m in v}) for k, v in runs.items() if v},
        "all_runs": {k: [asdict(m) for m in v] for k, v in runs.items()},
    }
    if "markdownlint" in t:
        for k in ("lintkit_no_cache", "lintkit_cold", "lintkit_warm"):
            results[f"{k}_speed_vs_markdownlint"] = t["markdownlint"] / t[k]
    write_figures(f"markdown-{n}.json", results)

    print(f"posts: {n}, lintkit jobs: {args.jobs}, median of {args.rounds} rounds")
    print("| run | seconds | posts/s | vs markdownlint-cli2 | peak memory | findings |")
    print("|---|---:|---:|---:|---:|---:|")
    rss = results["peak_rss_mb"]
    assert isinstance(rss, dict)
    labels = {
        "floor": ("floor: read and split every post", None),
        "lintkit_no_cache": ("lintkit check --no-cache", None),
        "lintkit_cold": ("lintkit check, cold cache", None),
        "lintkit_warm": ("lintkit check, warm cache", "lintkit"),
        "markdownlint": ("markdownlint-cli2 (one process)", "markdownlint"),
    }
    for k, (label, report) in labels.items():
        if k not in t:
            continue
        ratio = f"{t['markdownlint'] / t[k]:.2f}x" if "markdownlint" in t and k.startswith("lintkit") else ""
        mem = f"{rss[k]:.0f} MB" if k in rss else ""
        count = findings.get(report) if report else None
        print(f"| {label} | {t[k]:.2f} | {n / t[k]:,.1f} | {ratio} | {mem} | {'' if count is None else count} |")
    if not mdl:
        print(f"markdownlint-cli2 skipped: {note}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="lintkit vs proselint vs a floor")
    parser.add_argument("--count", type=int, help="articles (default 10,000), or posts with --markdown (1,000)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--proselint-files", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-proselint", action="store_true", help="lintkit and the floor only (large corpora)")
    parser.add_argument("--ref", help="time this checkout against the lintkit of this commit instead")
    parser.add_argument("--markdown", action="store_true", help="Markdown posts: lintkit vs markdownlint-cli2")
    parser.add_argument("--real", type=Path, help="with --markdown: build the posts from these real Markdown docs")
    parser.add_argument("--one-file", action="store_true", help="only the pre-commit run on one file, side by side")
    args = parser.parse_args(argv)
    if args.real and not args.markdown:
        parser.error("--real needs --markdown")
    if args.count is None:
        args.count = 1_000 if args.markdown else 300 if args.one_file else 10_000
    if args.markdown:
        return markdown(args)
    if args.one_file:
        if args.rounds == 3:  # the default: one file is quick, and noisy
            args.rounds = 9
        return one_file(args)
    if args.ref:
        return versus(args.ref, args.count, args.seed, args.rounds, args.jobs)

    source = ensure_corpus(args.count, args.seed)
    # lintkit as an installation runs it: pip compiles the .pyc files when it
    # installs a package (proselint's are), an editable checkout compiles them on
    # first import, unless PYTHONDONTWRITEBYTECODE is set (then every run would
    # compile lintkit's source again, about 60 ms).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "lintkit")], check=True)
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    if proselint is None and not args.no_proselint:
        print("proselint is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # The corpus is configured, as in a content repository: the pre-commit
        # latency below is then measured against the whole corpus's index.
        corpus = work / "content"
        shutil.copytree(source, corpus, ignore=shutil.ignore_patterns("manifest.json"))
        (work / "lintkit.toml").write_text('corpus = ["content/"]\n', encoding="utf-8")
        files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
        n = len(files)
        sample = files[: args.proselint_files]
        subset = work / "subset"
        subset.mkdir()
        for f in sample:
            shutil.copy(f, subset / f.name)
        cache = work / ".lintkit_cache"
        base = [str(BIN / "lintkit"), "check", "--as-of", AS_OF, "--jobs", str(args.jobs)]
        lintkit, sarif = [*base, "--format", "json"], [*base, "--format", "sarif"]

        def cold(*extra: str) -> Measure:
            shutil.rmtree(cache, ignore_errors=True)
            return measure([*lintkit, *extra, "content"], cwd=work)

        # A CI run on a pull request: the cache restored, one article of the corpus edited.
        edited = files[len(files) // 3]
        edited_text = edited.read_text(encoding="utf-8")

        names = ("floor", "cold", "warm", "warm_sarif", "warm_one_edit", "cold_no_scores", "proselint")
        runs: dict[str, list[Measure]] = {k: [] for k in names}
        for r in range(args.rounds):
            print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
            runs["floor"].append(measure([sys.executable, "-c", FLOOR, str(corpus)]))
            runs["cold_no_scores"].append(cold("--no-scores"))
            runs["cold"].append(cold())
            runs["warm"].append(measure([*lintkit, "content"], cwd=work))
            runs["warm_sarif"].append(measure([*sarif, "content"], cwd=work))
            edited.write_text(edited_text.replace("final notes\n", f"final notes\n\nround {r} edit.\n\n", 1))
            runs["warm_one_edit"].append(measure([*lintkit, "content"], cwd=work))
            edited.write_text(edited_text, encoding="utf-8")
            if not args.no_proselint:
                runs["proselint"].append(measure([proselint, "check", str(subset)]))

        # A pre-commit run: one changed file, the index of the whole corpus warm.
        one = files[len(files) // 2]
        original = one.read_text(encoding="utf-8")
        pre_commit = [str(BIN / "lintkit"), "check", "--as-of", AS_OF, f"content/{one.name}"]
        lint_one = []
        for i in range(5):
            one.write_text(original.replace("final notes\n", f"final notes\n\nedit number {i}.\n\n", 1))
            lint_one.append(measure(pre_commit, cwd=work).seconds)
        one.write_text(original, encoding="utf-8")
        latency = {"lintkit": median(lint_one)}
        if not args.no_proselint:
            latency["proselint"] = median([measure([proselint, "check", str(one)]).seconds for _ in range(5)])

    t = {k: median([m.seconds for m in v]) for k, v in runs.items() if v}
    per = {k: t[k] / (len(sample) if k == "proselint" else n) for k in t}
    results: dict[str, object] = {
        "articles": n,
        "proselint_articles": len(sample),
        "jobs": args.jobs,
        "rounds": args.rounds,
        "seconds": t,
        "articles_per_second": {k: 1 / v for k, v in per.items()},
        "cold_time_vs_floor": per["cold"] / per["floor"],
        "warm_time_vs_floor": per["warm"] / per["floor"],
        "warm_one_edit_time_vs_floor": per["warm_one_edit"] / per["floor"],
        "scoring_ms_per_article": 1000 * (per["cold"] - per["cold_no_scores"]),
        "warm_sarif_time_vs_json": t["warm_sarif"] / t["warm"],
        "one_file_seconds": latency,
        "peak_rss_mb": {k: max(m.peak_rss_mb for m in v) for k, v in runs.items() if v and k != "floor"},
        "exit_codes": {k: sorted({m.returncode for m in v}) for k, v in runs.items() if v},
        "all_runs": {k: [asdict(m) for m in v] for k, v in runs.items()},
    }
    if "proselint" in per:
        results["cold_speed_vs_proselint"] = per["proselint"] / per["cold"]
        results["warm_speed_vs_proselint"] = per["proselint"] / per["warm"]
        results["warm_one_edit_speed_vs_proselint"] = per["proselint"] / per["warm_one_edit"]
        results["one_file_lintkit_vs_proselint"] = latency["lintkit"] / latency["proselint"]
    write_figures(f"results-{n}.json", results)

    aps = results["articles_per_second"]
    assert isinstance(aps, dict)
    print(f"articles: {n} (proselint: {len(sample)}), jobs: {args.jobs}, median of {args.rounds} rounds")
    print("| run | files | seconds | articles/s | peak memory |")
    print("|---|---:|---:|---:|---:|")
    rss = results["peak_rss_mb"]
    assert isinstance(rss, dict)
    labels = {
        "floor": "floor: read and split every file",
        "cold": "lintkit check, cold cache",
        "cold_no_scores": "lintkit check --no-scores, cold cache",
        "warm": "lintkit check, warm cache",
        "warm_sarif": "lintkit check --format sarif, warm cache",
        "warm_one_edit": "lintkit check, warm cache, one article edited",
        "proselint": "proselint check",
    }
    for k, label in labels.items():
        if k in t:
            mem = f"{rss[k]:.0f} MB" if k in rss else ""
            print(f"| {label} | {len(sample) if k == 'proselint' else n} | {t[k]:.2f} | {aps[k]:,.0f} | {mem} |")
    print()
    if "proselint" in per:
        print(
            f"per-article speed vs proselint: cold {results['cold_speed_vs_proselint']:.1f}x, "
            f"warm {results['warm_speed_vs_proselint']:.1f}x, "
            f"warm with one edit {results['warm_one_edit_speed_vs_proselint']:.1f}x (target >= 25x)"
        )
    print(
        f"per-article time vs the floor: cold {results['cold_time_vs_floor']:.1f}x, "
        f"warm {results['warm_time_vs_floor']:.1f}x, "
        f"warm with one edit {results['warm_one_edit_time_vs_floor']:.1f}x (target <= 12x)"
    )
    print(f"scoring cost (cold): {results['scoring_ms_per_article']:.3f} ms per article")
    print(
        f"SARIF vs JSON, warm cache: {t['warm_sarif']:.2f} s vs {t['warm']:.2f} s "
        f"({results['warm_sarif_time_vs_json']:.2f}x, target <= 1.5x)"
    )
    line = f"one changed file, warm index of {n}: lintkit {latency['lintkit']:.3f} s"
    if "proselint" in latency:
        line += (
            f", proselint {latency['proselint']:.3f} s ({results['one_file_lintkit_vs_proselint']:.2f}x, target <= 1x)"
        )
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
