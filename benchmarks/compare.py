"""Are lintkit's reports byte-identical to another commit's? Every command, format and cache state.

    .venv/bin/python benchmarks/compare.py --ref 6791bed [--count 10000] [--skip-large]

A refactoring must not change a byte a user sees. This runs the same list of
commands (below, `SCENARIOS`) with this checkout's lintkit and with the one of
`--ref` (extracted with `git archive` into a temporary folder and put first on
PYTHONPATH), over three corpora: the five seeds, `examples/`, and `--count`
generated articles (benchmarks/make_corpus.py, reused from benchmarks/corpus/
as benchmarks/run.py makes it). Each side runs in the same folder, one after
the other, so that paths in the reports are the same; the cache folder starts
empty for each side. It compares every report, standard output and error, and
exit code, and prints the first lines of each difference. Exit 0 when all are
identical, 1 otherwise.

Scenarios: `check` in every `--format`, cold and warm, `--jobs 1` and `2`,
`--no-cache`, `--no-scores`, `--select`; one article edited on a warm cache;
a configured corpus with one file linted (a pre-commit run); baselines;
`score` in every format and `--explain`; `audit` and `--html`; Rich's
terminal output (FORCE_COLOR) on the small corpora.
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

AS_OF = "2026-11-24"
FORMATS = ("rich", "json", "sarif", "github", "markdown", "junit")


@dataclass(frozen=True)
class Step:
    """One command of a scenario: lintkit's arguments (`{c}` is the corpus
    folder, `{one}` one of its files, `{out}` the output folder) or an action
    on the files (`@edit`, `@restore`, `@wipe` the cache, `@config` a
    lintkit.toml naming the corpus)."""

    name: str
    args: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()
    small_only: bool = False


def _check(name: str, *args: str, **kw: object) -> Step:
    return Step(name, ("check", "--as-of", AS_OF, *args, "{c}"), **kw)  # type: ignore[arg-type]


SCENARIOS: tuple[Step, ...] = (
    Step("wipe-0", ("@wipe",)),
    _check("check-json-cold-j2", "--format", "json", "-j", "2"),
    _check("check-json-warm-j2", "--format", "json", "-j", "2"),
    *(_check(f"check-{fmt}-warm-j2", "--format", fmt, "-j", "2") for fmt in FORMATS),
    _check("check-rich-quiet", "-q", "-j", "2"),
    _check("check-json-warm-j1", "--format", "json", "-j", "1"),
    _check("check-json-no-scores", "--format", "json", "--no-scores", "-j", "2"),
    # Not IMG006 (a prefix selects it): the url check would go online.
    _check("check-json-select", "--format", "json", "--select", "DUP,IMG001,IMG002,META00", "-j", "2"),
    _check("check-json-fail-on-info", "--format", "json", "--fail-on", "info", "--ignore", "META012", "-j", "2"),
    _check("check-json-min-score", "--format", "json", "--min-score", "quality=40", "-j", "2"),
    _check("check-json-nocache-j1", "--format", "json", "--no-cache", "-j", "1"),
    _check("check-json-nocache-j2", "--format", "json", "--no-cache", "-j", "2"),
    _check("check-sarif-nocache", "--format", "sarif", "--no-cache", "-j", "2"),
    _check("check-write-baseline", "-j", "2", "--write-baseline", "{out}/baseline.json"),
    Step("edit-1", ("@edit",)),
    _check("check-json-one-edit-j2", "--format", "json", "-j", "2"),
    _check("check-json-one-edit-j1", "--format", "json", "-j", "1"),
    _check("check-baseline-after-edit", "--format", "json", "-j", "2", "--baseline", "{out}/baseline.json"),
    Step("restore-1", ("@restore",)),
    _check("check-json-restored", "--format", "json", "-j", "2"),
    Step("wipe-1", ("@wipe",)),
    _check("check-json-cold-j1", "--format", "json", "-j", "1"),
    _check("check-github-cold-j1", "--format", "github", "-j", "1"),
    Step("score-rich", ("score", "--as-of", AS_OF, "-j", "2", "{c}")),
    Step("score-json", ("score", "--as-of", AS_OF, "--format", "json", "-j", "2", "{c}")),
    Step("score-csv", ("score", "--as-of", AS_OF, "--format", "csv", "--sort", "clarity", "-j", "2", "{c}")),
    Step("score-explain", ("score", "--as-of", AS_OF, "--explain", "-j", "2", "{c}")),
    Step("score-csv-nocache", ("score", "--as-of", AS_OF, "--format", "csv", "--no-cache", "-j", "1", "{c}")),
    Step("audit-html", ("audit", "--as-of", AS_OF, "-j", "2", "--html", "{out}/audit.html", "{c}")),
    Step("audit-nocache", ("audit", "--as-of", AS_OF, "--no-cache", "-j", "1", "{c}")),
    # A content repository whose config names the corpus: a pre-commit run on one file.
    Step("wipe-2", ("@wipe",)),
    Step("config", ("@config",)),
    _check("corpus-cold-all", "--format", "json", "-j", "2"),
    Step("precommit-one", ("check", "--as-of", AS_OF, "{one}")),
    Step("edit-2", ("@edit",)),
    Step("precommit-one-edited", ("check", "--as-of", AS_OF, "--format", "json", "{one}")),
    _check("corpus-warm-after-edit", "--format", "json", "-j", "2"),
    Step("restore-2", ("@restore",)),
    Step("precommit-one-nocache", ("check", "--as-of", AS_OF, "--no-cache", "--format", "sarif", "{one}")),
    Step("unconfig", ("@unconfig",)),
    # Rich on a terminal (colour codes, tables), on the small corpora only.
    _check("check-rich-color", "-j", "1", env=(("FORCE_COLOR", "1"), ("COLUMNS", "120")), small_only=True),
    Step(
        "score-rich-color",
        ("score", "--as-of", AS_OF, "-j", "1", "{c}"),
        env=(("FORCE_COLOR", "1"), ("COLUMNS", "120")),
        small_only=True,
    ),
    Step(
        "audit-rich-color",
        ("audit", "--as-of", AS_OF, "-j", "1", "{c}"),
        env=(("FORCE_COLOR", "1"), ("COLUMNS", "120")),
        small_only=True,
    ),
)


def _edit(text: str) -> str:
    """An edit that moves lines and changes a shared paragraph: a new paragraph
    after `final notes`, and a word changed in the first body paragraph."""
    text = text.replace("final notes\n", "final notes\n\nan edit made by the comparison, long enough to count.\n\n", 1)
    return text.replace(" the ", " one ", 1)


def run_side(src: Path, corpora: dict[str, Path], work: Path, out: Path, large: set[str]) -> None:
    """Every scenario over every corpus with the lintkit in `src`; outputs under `out`."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    # PYTHONDONTWRITEBYTECODE would compile lintkit again in every one of the hundreds of runs.
    for name in (
        "FORCE_COLOR",
        "NO_COLOR",
        "COLUMNS",
        "LINES",
        "TTY_COMPATIBLE",
        "TTY_INTERACTIVE",
        "PYTHONDONTWRITEBYTECODE",
    ):
        env.pop(name, None)
    where = subprocess.run(
        [sys.executable, "-c", "import lintkit, sys; sys.stdout.write(lintkit.__file__)"],
        env=env,
        cwd="/",  # not a folder holding another lintkit (`-c` puts the current folder first)
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if not where.startswith(str(src)):
        raise SystemExit(f"PYTHONPATH={src} imports lintkit from {where}: is lintkit installed otherwise?")
    for corpus_name, source in corpora.items():
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        folder = work / corpus_name
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns("manifest.json"))
        files = sorted(p for p in folder.rglob("*.txt"))
        one = files[len(files) // 2]
        edited = files[len(files) // 3]
        original = edited.read_bytes()
        dest = out / corpus_name
        dest.mkdir(parents=True)
        outputs = work / "out"
        outputs.mkdir()
        for n, step in enumerate(SCENARIOS):
            if step.small_only and corpus_name in large:
                continue
            action = step.args[0]
            if action == "@wipe":
                shutil.rmtree(work / ".lintkit_cache", ignore_errors=True)
                continue
            if action == "@edit":
                edited.write_bytes(_edit(original.decode("utf-8")).encode("utf-8"))
                continue
            if action == "@restore":
                edited.write_bytes(original)
                continue
            if action == "@config":
                (work / "lintkit.toml").write_text(f'corpus = ["{corpus_name}/"]\n', encoding="utf-8")
                continue
            if action == "@unconfig":
                (work / "lintkit.toml").unlink()
                continue
            args = [
                a.replace("{c}", corpus_name).replace("{one}", one.relative_to(work).as_posix()).replace("{out}", "out")
                for a in step.args
            ]
            proc = subprocess.run(
                [sys.executable, "-m", "lintkit", *args],
                cwd=work,
                env={**env, **dict(step.env)},
                capture_output=True,
            )
            prefix = f"{n:02d}-{step.name}"
            (dest / f"{prefix}.stdout").write_bytes(proc.stdout)
            (dest / f"{prefix}.stderr").write_bytes(proc.stderr)
            (dest / f"{prefix}.rc").write_text(f"{proc.returncode}\n")
            for made in sorted(outputs.iterdir()):
                shutil.move(str(made), dest / f"{prefix}.{made.name}")
        shutil.rmtree(work)


def extract(ref: str, into: Path) -> Path:
    """The lintkit package of a commit, in a folder of its own."""
    data = subprocess.run(["git", "archive", ref, "lintkit"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def compare(a: Path, b: Path, context: int = 12) -> int:
    """Print the differences between two output trees; return how many files differ."""
    names = sorted(
        {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
        | {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    )
    differ = 0
    for name in names:
        x, y = a / name, b / name
        if x.exists() and y.exists() and x.read_bytes() == y.read_bytes():
            continue
        differ += 1
        print(f"--- differs: {name}")
        if not x.exists() or not y.exists():
            print(f"    only in {'ref' if x.exists() else 'this checkout'}")
            continue
        left = x.read_bytes().decode("utf-8", "replace").splitlines()
        right = y.read_bytes().decode("utf-8", "replace").splitlines()
        diff = list(difflib.unified_diff(left, right, "ref", "new", lineterm="", n=1))
        for line in diff[:context]:
            print("    " + line[:300])
        if len(diff) > context:
            print(f"    ... {len(diff) - context} more diff lines")
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="compare lintkit's reports with another commit's")
    parser.add_argument("--ref", required=True, help="the commit to compare with (e.g. the one before a refactoring)")
    parser.add_argument("--count", type=int, default=10_000, help="generated articles (0: none)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--corpora", default="seeds,examples,generated", help="which corpora (comma-separated; default all three)"
    )
    parser.add_argument("--keep", type=Path, help="keep both output trees in this folder")
    parser.add_argument(
        "--reuse-ref", action="store_true", help="with --keep: reuse the ref outputs kept there by an earlier run"
    )
    parser.add_argument("--ref-only", action="store_true", help="with --keep: record the ref outputs only")
    args = parser.parse_args(argv)

    wanted = set(args.corpora.split(","))
    corpora = {"seeds": ROOT / "tests" / "data" / "seeds", "examples": ROOT / "examples"}
    corpora = {name: path for name, path in corpora.items() if name in wanted}
    large: set[str] = set()
    if args.count and "generated" in wanted:
        import run as bench  # benchmarks/run.py: the same generated corpus

        corpora["generated"] = bench.ensure_corpus(args.count, args.seed)
        large.add("generated")
    with tempfile.TemporaryDirectory(prefix="lintkit-compare-") as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        reuse = bool(args.keep and args.reuse_ref and (base / "ref").is_dir())
        if args.keep and base.exists():
            shutil.rmtree(base / "new", ignore_errors=True)
            if not reuse:
                shutil.rmtree(base)
        work = Path(tmp) / "work"
        ref_src = extract(args.ref, Path(tmp) / "ref-src")
        sides = [("new", ROOT)] if reuse else [("ref", ref_src), ("new", ROOT)]
        if args.ref_only:
            sides = [("ref", ref_src)]
        for side, src in sides:
            print(f"running {side} ({src}) ...", file=sys.stderr)
            run_side(src, corpora, work, base / side, large)
        if args.ref_only:
            return 0
        differ = compare(base / "ref", base / "new")
        total = sum(1 for p in (base / "ref").rglob("*") if p.is_file())
        print(f"{total - differ} of {total} outputs identical; {differ} differ")
        return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
