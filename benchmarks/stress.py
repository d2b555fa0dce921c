"""Concurrent runs sharing one cache beside an editor, with random kills.

Usage:
    python benchmarks/stress.py [--seconds 180] [--articles 300] [--runners 3] [--seed 1] [--keep DIR]

Generates a corpus (benchmarks/make_corpus.py) in a temporary folder whose
lintkit.toml names it the corpus, then for `--seconds`:

- an editor rewrites, adds and deletes articles at random, some edits keeping
  the size and modification time (as `cp -p` and `rsync -a` do);
- `--runners` loops each start `lintkit check` (JSON, `-o` a report of their
  own, sharing `.lintkit_cache/`), and `lintkit audit` now and then; a run is
  killed at a random moment one time in three (SIGKILL or SIGTERM, or SIGINT
  within its first quarter second).

A run that finishes must exit 0 or 1, a stopped one 130 or 143 (or die by
SIGKILL), and none may print a traceback or say the cache cannot be used.
A SIGINT that lands while Python itself starts (its `site` module, runpy,
the imports before lintkit's first statement installs its handler) is
counted apart, as "stopped starting".
Then the editor stops, every runner runs once more to the end, and each
report must equal a `--no-cache` run's byte for byte; no temporary report
(`*.tmp`) may be left beside the reports. Exit status 0 when all of it
holds, 1 otherwise (what failed is printed).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINTKIT = [sys.executable, "-m", "lintkit"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
AS_OF = ["--as-of", "2026-11-24"]
# A stopped run: 128 + the signal, once lintkit's handlers are installed; before
# that (the interpreter still starting) the signal's default, death.
STOPPED = {130, 143, -signal.SIGKILL, -signal.SIGTERM, -signal.SIGINT}
# What Python prints when SIGINT lands while it imports its `site` module, before any program code.
PYTHON_STARTING = "Fatal Python error: init_import_site"
# The only frames of lintkit's a traceback from before its handler can hold: `__main__`'s first import
# (`lintkit.interrupts`, which imports only `os` and `signal`) and that module's own imports.
_BEFORE_HANDLER = re.compile(r'File "[^"]*lintkit/(__main__|interrupts)\.py", line \d+, in <module>')


def starting(err: str) -> bool:
    """Whether a SIGINT's traceback is Python's start-up's (its `site` module, runpy, or the imports
    before lintkit's first statement installs its handler), not lintkit's."""
    if PYTHON_STARTING in err:
        return True
    frames = [line for line in err.splitlines() if line.lstrip().startswith('File "') and "/lintkit/" in line]
    return "KeyboardInterrupt" in err and all(_BEFORE_HANDLER.search(line) for line in frames)


def make_corpus(folder: Path, articles: int, seed: int) -> Path:
    content = folder / "content"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "make_corpus.py"),
            str(content),
            "--count",
            str(articles),
            "--seed",
            str(seed),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    (content / "manifest.json").unlink()
    (folder / "lintkit.toml").write_text('corpus = ["content/"]\n')
    return content


class Editor(threading.Thread):
    """Edits, adds and deletes articles until stopped."""

    def __init__(self, content: Path, rng: random.Random) -> None:
        super().__init__(daemon=True)
        self.content, self.rng, self.stop = content, rng, threading.Event()
        self.pool = {p.name: p.read_text(encoding="utf-8", errors="surrogateescape") for p in content.glob("*.txt")}
        self.edits = 0

    def run(self) -> None:
        while not self.stop.is_set():
            self.edit_once()
            self.edits += 1
            self.stop.wait(self.rng.uniform(0.01, 0.3))

    def edit_once(self) -> None:
        rng = self.rng
        files = sorted(self.content.glob("*.txt"))
        action = rng.random()
        if action < 0.1 and len(files) > 10:
            rng.choice(files).unlink(missing_ok=True)
        elif action < 0.2:
            name = f"added_{rng.randrange(10**6):06d}.txt"
            (self.content / name).write_text(
                rng.choice(list(self.pool.values())), encoding="utf-8", errors="surrogateescape"
            )
        elif files:
            path = rng.choice(files)
            try:
                text, st = path.read_text(encoding="utf-8", errors="surrogateescape"), path.stat()
            except OSError:
                return
            lines = text.split("\n")
            if action < 0.45:  # keep the size and the modification time (cp -p)
                i = rng.randrange(len(lines))
                lines[i] = lines[i][::-1]
                path.write_text("\n".join(lines), encoding="utf-8", errors="surrogateescape")
                os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
            elif action < 0.7:  # a paragraph from another article: boilerplate comes and goes
                other = rng.choice(list(self.pool.values())).split("\n")
                lines[rng.randrange(len(lines))] = rng.choice(other)
                path.write_text("\n".join(lines), encoding="utf-8", errors="surrogateescape")
            else:  # a line dropped
                del lines[rng.randrange(len(lines))]
                path.write_text("\n".join(lines), encoding="utf-8", errors="surrogateescape")


def command(folder: Path, report: str, audit: bool = False, cache: bool = True) -> list[str]:
    if audit:
        return [*LINTKIT, "audit", *AS_OF, "content"]
    return [*LINTKIT, "check", "--format", "json", *AS_OF, "-o", report, *([] if cache else ["--no-cache"]), "content"]


class Runner(threading.Thread):
    """Runs lintkit in a loop, killing a third of the runs at a random moment."""

    def __init__(self, folder: Path, n: int, rng: random.Random, until: float, failures: list[str]) -> None:
        super().__init__(daemon=True)
        self.folder, self.report, self.rng, self.until, self.failures = folder, f"report-{n}.json", rng, until, failures
        self.counts: dict[str, int] = {}

    def run(self) -> None:
        while time.monotonic() < self.until:
            audit = self.rng.random() < 0.15
            kill = self.rng.random() < 1 / 3
            how = self.rng.choice([signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
            proc = subprocess.Popen(
                command(self.folder, self.report, audit),
                cwd=self.folder,
                env=ENV,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            if kill:
                delay = self.rng.uniform(0, 0.25) if how == signal.SIGINT else self.rng.uniform(0, 8)
                try:
                    proc.wait(delay)
                except subprocess.TimeoutExpired:
                    proc.send_signal(how)
            _, err = proc.communicate()
            if kill and how == signal.SIGINT and starting(err):
                # Python's own start-up was interrupted, before lintkit's first statement could install its
                # handler: nothing of lintkit's to check, and a stopped run.
                self.counts["stopped starting"] = self.counts.get("stopped starting", 0) + 1
                continue
            allowed = {0, 1} | (STOPPED if kill else set())
            key = "stopped" if proc.returncode in STOPPED else f"exit {proc.returncode}"
            self.counts[key] = self.counts.get(key, 0) + 1
            if proc.returncode not in allowed or "Traceback" in err or "cannot be used" in err:
                self.failures.append(f"{'audit' if audit else 'check'} exit {proc.returncode}:\n{err[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runners", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="lintkit-stress-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    content = make_corpus(folder, args.articles, args.seed)
    failures: list[str] = []
    editor = Editor(content, random.Random(rng.random()))
    until = time.monotonic() + args.seconds
    runners = [Runner(folder, n, random.Random(rng.random()), until, failures) for n in range(args.runners)]
    editor.start()
    for r in runners:
        r.start()
    for r in runners:
        r.join()
    editor.stop.set()
    editor.join()
    print(f"{editor.edits} edits; runs: " + ", ".join(f"{k} {v}" for r in runners for k, v in sorted(r.counts.items())))
    # The end: every runner once more to the end, against a run without the cache.
    subprocess.run(command(folder, "expected.json", cache=False), cwd=folder, env=ENV, capture_output=True)
    expected = (folder / "expected.json").read_bytes()
    for r in runners:
        done = subprocess.run(command(folder, r.report), cwd=folder, env=ENV, capture_output=True, text=True)
        if done.returncode not in (0, 1) or "Traceback" in done.stderr:
            failures.append(f"final run exit {done.returncode}:\n{done.stderr[-3000:]}")
        elif (folder / r.report).read_bytes() != expected:
            failures.append(f"{r.report} differs from the --no-cache report (kept in {folder})")
            args.keep = args.keep or folder
    left = [p.name for p in folder.glob("*.tmp")] + [p.name for p in folder.glob(".*.tmp")]
    if left:
        failures.append(f"temporary reports left: {left}")
    for failure in failures:
        print("FAILED:", failure)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    print("ok: every report equals the --no-cache run" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
