"""discover files -> parse -> run the selected rules -> findings (and scores).

The per-file work (`lint_file`) is a pure function of the file and the
settings, so it can run in any process; results come back in path order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lintkit.config import Config, ConfigError
from lintkit.corpus import (
    BULK_TARGETS,
    CorpusIndex,
    CorpusView,
    FileState,
    Fingerprinted,
    Prints,
    digest_bytes,
    fingerprint,
)
from lintkit.model import Article, Finding, Severity
from lintkit.parsing import MAX_FILE_BYTES, parse_bytes, read_article
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


def check_article(
    article: Article, rules: Iterable[Rule], settings: Settings, corpus: CorpusView | None = None
) -> FileResult:
    """Run the rules, then (when wanted) the scores and the rules on them;
    a crashing rule costs its own findings only."""
    config = settings.config
    rules = list(rules)
    ctx = Context(as_of=settings.as_of, options=config.options, corpus=corpus)
    findings, errors = _run_rules(article, [r for r in rules if not r.needs_scores], ctx, settings)
    score_rules = [] if settings.no_scores else [r for r in rules if r.needs_scores]
    scores: dict[str, Any] | None = None
    computed: Scores | None = None
    if article.readable and not settings.no_scores and (score_rules or settings.want_scores):
        boilerplate = corpus.boilerplate_lines(config.options["boilerplate_min_articles"]) if corpus else ()
        computed = compute_scores(
            article,
            findings,
            config.scoring,
            config.options,
            settings.as_of,
            boilerplate=boilerplate,
            cache_dir=settings.cache_dir,
        )
        scores = {"computed": computed.computed(), "declared": declared_scores(article)}
        more, more_errors = _run_rules(article, score_rules, replace(ctx, scores=computed), settings)
        findings += more
        errors += more_errors
    findings.sort(key=Finding.sort_key)
    return FileResult(
        article.path, article.format, tuple(findings), scores, tuple(errors), computed if scores else None
    )


@dataclass
class _Worker:
    """Per-process state, set once by the pool initializer (not pickled per file)."""

    settings: Settings
    rules: list[Rule]
    index: CorpusIndex | None = None


_WORKER: _Worker | None = None


def _init_worker(settings: Settings, index: CorpusIndex | None = None, reconnect: bool = False) -> None:
    global _WORKER
    if index is not None and reconnect:
        index.reconnect()
    _WORKER = _Worker(settings, enabled_rules(settings.config), index)


def _work(target: Target) -> FileResult:
    assert _WORKER is not None
    w = _WORKER
    article = read_article(target.file, target.display)
    view = None
    if w.index is not None and article.readable:
        min_chars = w.settings.config.options["near_duplicate_min_chars"]
        prints = fingerprint(article, min_chars, bands=not w.index.bulk)
        view = CorpusView(w.index, w.index.file_id(target.file), prints)
    return check_article(article, w.rules, w.settings, view)


def _fingerprint(item: tuple[Path, FileState, str | None]) -> Fingerprinted:
    """Read a corpus file; parse and fingerprint it only if its content changed."""
    assert _WORKER is not None
    file, state, old_digest = item
    try:
        data = file.read_bytes() if state.size <= MAX_FILE_BYTES else b""
    except OSError:
        data = b""
    digest = digest_bytes(data)
    if digest == old_digest:
        return Fingerprinted(state, digest, None)
    article = parse_bytes(data, str(file))
    min_chars = _WORKER.settings.config.options["near_duplicate_min_chars"]
    prints = fingerprint(article, min_chars) if article.readable else Prints((), ())
    return Fingerprinted(state, digest, prints)


# Below this many files a pool costs more than it saves.
MIN_FILES_PER_JOB = 50

Progress = Callable[[str, int, int], None]


def _map(
    fn: Callable[[Any], Any],
    items: Sequence[Any],
    settings: Settings,
    jobs: int,
    index: CorpusIndex | None = None,
) -> Iterator[Any]:
    """fn over items in order, in worker processes when there are enough items."""
    jobs = max(1, min(jobs, len(items) // MIN_FILES_PER_JOB))
    if jobs == 1:
        _init_worker(settings, index)
        yield from map(fn, items)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(settings, index, True)) as pool:
        yield from pool.imap(fn, items, chunksize=chunk)


def corpus_targets(config: Config) -> list[Target]:
    """The files of the configured `corpus` (empty when none is configured)."""
    paths = []
    for entry in config.corpus:
        path = config.root / entry
        if not path.exists():
            where = config.source or "config"
            raise ConfigError(f"{where}: corpus path {entry!r} does not exist (relative to {config.root})")
        # Shown relative to the current folder when below it, as a path typed there would be.
        cwd = Path.cwd()
        resolved = path.resolve()
        paths.append(resolved.relative_to(cwd).as_posix() if resolved.is_relative_to(cwd) else str(path))
    return discover(paths, config) if paths else []


@contextlib.contextmanager
def open_index(settings: Settings) -> Iterator[CorpusIndex]:
    """The corpus index in the cache folder, or in a temporary folder for the
    run when there is no cache (worker processes need a file to open)."""
    options = settings.config.options
    with contextlib.ExitStack() as stack:
        folder = settings.cache_dir
        if folder is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lintkit-")))
        index = CorpusIndex.open(folder, options["near_duplicate_threshold"], options["near_duplicate_min_chars"])
        stack.callback(index.close)
        yield index


def run(
    targets: Sequence[Target], settings: Settings, jobs: int = 1, progress: Progress | None = None
) -> Iterator[FileResult]:
    """Lint the targets, yielding each file's result in target order as soon
    as it is done. With jobs > 1, files are parsed and checked in worker
    processes; the results are the same as with one. When a corpus rule runs,
    the corpus index is brought up to date first."""
    rules = enabled_rules(settings.config)
    if not any(r.needs_corpus for r in rules):
        yield from _tracked(_map(_work, targets, settings, jobs), "checking", len(targets), progress)
        return
    with open_index(settings) as index:
        corpus = {str(t.file.resolve()): t for t in (*corpus_targets(settings.config), *targets)}
        index.names = {key: t.display for key, t in corpus.items()}
        files = [t.file for t in corpus.values()]

        def fingerprint_files(todo: list[tuple[Path, FileState, str | None]]) -> Iterator[Fingerprinted]:
            return _tracked(_map(_fingerprint, todo, settings, jobs), "indexing", len(todo), progress)

        index.update(files, fingerprint_files)
        if len(targets) > BULK_TARGETS:
            index.prepare_bulk()
        yield from _tracked(_map(_work, targets, settings, jobs, index), "checking", len(targets), progress)


def _tracked(items: Iterator[Any], phase: str, total: int, progress: Progress | None) -> Iterator[Any]:
    for done, item in enumerate(items, 1):
        if progress is not None:
            progress(phase, done, total)
        yield item
