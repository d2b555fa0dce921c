"""discover files -> parse -> run the selected rules -> findings (and scores).

The per-file work (`lint_file`) is a pure function of the file and the
settings, so it can run in any process; results come back in path order.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lintkit.config import Config, ConfigError
from lintkit.model import Article, Finding, Severity
from lintkit.parsing import read_article
from lintkit.rules import Context, Hit, Rule, registry
from lintkit.scoring import Scores, compute_scores, declared_scores
from lintkit.selection import glob_match, ignored_for

TEXT_SUFFIX = ".txt"


@dataclass(frozen=True)
class Target:
    """A file to lint: the path to report and the path to open."""

    display: str
    file: Path


@dataclass(frozen=True)
class FileResult:
    path: str
    format: str
    findings: tuple[Finding, ...]
    scores: Mapping[str, Any] | None = None
    # Internal errors (a rule that crashed): reported on stderr, never fatal.
    errors: tuple[str, ...] = ()
    # The scores with every intermediate value, for `lintkit score --explain`.
    breakdown: Scores | None = field(default=None, compare=False, repr=False)


@dataclass
class Summary:
    files: int = 0
    counts: dict[Severity, int] = field(default_factory=lambda: dict.fromkeys(Severity, 0))
    # (code, severity as reported) -> count
    by_code: dict[tuple[str, Severity], int] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        self.files += 1
        for f in result.findings:
            self.counts[f.severity] += 1
            key = (f.code, f.severity)
            self.by_code[key] = self.by_code.get(key, 0) + 1

    def at_or_above(self, level: Severity) -> int:
        return sum(n for sev, n in self.counts.items() if sev >= level)


def _excluded(rel: str, config: Config, is_dir: bool = False) -> bool:
    """A file matches `exclude` by path or name; a folder also by a pattern
    ending in `/` (`drafts/`)."""
    if is_dir:
        return any(glob_match(rel, p.rstrip("/")) for p in config.exclude)
    return any(glob_match(rel, p) for p in config.exclude)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: Sequence[str], config: Config) -> list[Target]:
    """Files to lint, sorted by reported path. A folder yields every `*.txt`
    below it, skipping hidden and excluded folders and entering no folder
    twice (so a link loop ends); a file named here is always linted."""
    # file identity -> the target kept for it: the same file reached by two
    # paths (a link, a folder named twice) is linted once, under the path
    # that sorts first, whatever order the walk found them in.
    targets: dict[object, Target] = {}
    seen_dirs: set[tuple[int, int]] = set()

    def add(display: str, file: Path) -> None:
        try:
            st = file.stat()
            key: object = (st.st_dev, st.st_ino)
        except OSError:
            key = display  # unreadable (a dangling or looping link): STR001 says why
        kept = targets.get(key)
        if kept is None or display < kept.display:
            targets[key] = Target(display, file)

    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            raise ConfigError(f"path does not exist: {given!r}")
        if not path.is_dir():
            add(given, path)
            continue
        stack = [(path, given)]
        while stack:
            folder, shown = stack.pop()
            try:
                st = folder.stat()
                if (st.st_dev, st.st_ino) in seen_dirs:
                    continue
                seen_dirs.add((st.st_dev, st.st_ino))
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                child = Path(entry.path)
                child_shown = os.path.join(shown, entry.name)
                rel = _relative(child, config.root)
                if _is_dir(entry):
                    if not entry.name.startswith(".") and not _excluded(rel, config, is_dir=True):
                        stack.append((child, child_shown))
                elif entry.name.endswith(TEXT_SUFFIX) and not _excluded(rel, config):
                    add(os.path.normpath(child_shown), child)
    return sorted(targets.values(), key=lambda t: t.display)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISDIR(entry.stat(follow_symlinks=True).st_mode)
    except OSError:
        return False


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to lint a file, picklable."""

    config: Config
    as_of: dt.date
    # Compute scores even when no rule needs them (a report shows them).
    want_scores: bool = False
    # Never compute scores (and skip the rules on them): --no-scores.
    no_scores: bool = False
    # lintkit's cache folder (.lintkit_cache), or None with --no-cache.
    cache_dir: Path | None = None


def enabled_rules(config: Config) -> list[Rule]:
    def on(r: Rule) -> bool:
        by_option = r.enabled_by is not None and bool(config.options.get(r.enabled_by))
        return config.selection.enabled(r.code, r.default_enabled or by_option)

    return [r for r in registry().values() if on(r)]


def _anchor(article: Article, hit: Hit) -> str:
    if hit.anchor is not None:
        return hit.anchor
    if 1 <= hit.line <= len(article.lines):
        return article.lines[hit.line - 1].strip()
    return ""


def _run_rules(
    article: Article, rules: Iterable[Rule], ctx: Context, settings: Settings
) -> tuple[list[Finding], list[str]]:
    config = settings.config
    findings: list[Finding] = []
    errors: list[str] = []
    for r in rules:
        if not article.readable and not r.on_unreadable:
            continue
        if ignored_for(article.path, config.per_file_ignores, r.code):
            continue
        severity = config.severity.get(r.code, r.severity)
        try:
            for hit in r.check(article, ctx):
                findings.append(
                    Finding(
                        code=r.code,
                        name=r.name,
                        category=r.category.value,
                        severity=severity,
                        message=hit.message,
                        path=article.path,
                        line=hit.line,
                        column=hit.column,
                        end_line=hit.end_line,
                        related=hit.related,
                        anchor=_anchor(article, hit),
                    )
                )
        except Exception as exc:  # a bug in a rule must not stop the run
            errors.append(f"{article.path}: internal error in {r.code}: {exc!r}")
    return findings, errors


def check_article(article: Article, rules: Iterable[Rule], settings: Settings) -> FileResult:
    """Run the rules, then (when wanted) the scores and the rules on them;
    a crashing rule costs its own findings only."""
    config = settings.config
    rules = list(rules)
    ctx = Context(as_of=settings.as_of, options=config.options)
    findings, errors = _run_rules(article, [r for r in rules if not r.needs_scores], ctx, settings)
    score_rules = [] if settings.no_scores else [r for r in rules if r.needs_scores]
    scores: dict[str, Any] | None = None
    computed: Scores | None = None
    if article.readable and not settings.no_scores and (score_rules or settings.want_scores):
        computed = compute_scores(
            article, findings, config.scoring, config.options, settings.as_of, cache_dir=settings.cache_dir
        )
        scores = {"computed": computed.computed(), "declared": declared_scores(article)}
        more, more_errors = _run_rules(article, score_rules, replace(ctx, scores=computed), settings)
        findings += more
        errors += more_errors
    findings.sort(key=Finding.sort_key)
    return FileResult(
        article.path, article.format, tuple(findings), scores, tuple(errors), computed if scores else None
    )


def lint_file(target: Target, settings: Settings) -> FileResult:
    article = read_article(target.file, target.display)
    return check_article(article, enabled_rules(settings.config), settings)


# Per-worker state: set once by the pool initializer, not pickled per file.
_WORKER: tuple[Settings, list[Rule]] | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = (settings, enabled_rules(settings.config))


def _work(target: Target) -> FileResult:
    assert _WORKER is not None
    settings, rules = _WORKER
    return check_article(read_article(target.file, target.display), rules, settings)


# Below this many files a pool costs more than it saves.
MIN_FILES_PER_JOB = 50


def run(targets: Sequence[Target], settings: Settings, jobs: int = 1) -> Iterator[FileResult]:
    """Lint the targets, yielding each file's result in target order as soon
    as it is done. With jobs > 1, files are parsed and checked in worker
    processes; the results are the same as with one."""
    jobs = max(1, min(jobs, len(targets) // MIN_FILES_PER_JOB))
    if jobs == 1:
        _init_worker(settings)
        for target in targets:
            yield _work(target)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    chunk = max(1, min(64, len(targets) // (jobs * 8)))
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_work, targets, chunksize=chunk)
