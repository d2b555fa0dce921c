"""discover files -> parse -> run the selected rules -> findings (and scores).

The per-file work is a pure function of the file and the settings, so it can
run in any process (and be cached); results come back in path order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import marshal
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lintkit import __version__, readability
from lintkit.cache import (
    Analysis,
    Packed,
    ResultsCache,
    file_key,
    findings_from_record,
    findings_record,
    pack,
    printable,
    related_paths,
)
from lintkit.config import Config, ConfigError
from lintkit.corpus import (
    BULK_TARGETS,
    CorpusIndex,
    CorpusView,
    Dirty,
    FileState,
    Fingerprinted,
    Prints,
    digest_bytes,
    fingerprint,
)
from lintkit.model import Article, Finding, Severity
from lintkit.parsing import MAX_FILE_BYTES, parse_bytes, read_article
from lintkit.rules import Context, Hit, Rule, registry
from lintkit.rules.facts import image_records
from lintkit.rules.images import url_problem
from lintkit.scoring import (
    ScoreInputs,
    Scores,
    finish_scores,
    score_inputs,
)
from lintkit.selection import glob_match, ignored_for

if TYPE_CHECKING:
    from lintkit.urls import UrlResult


@dataclass(frozen=True)
class UrlView:
    """What IMG006 sees: an article's image urls and the answers of the run's check."""

    article_urls: tuple[tuple[int, str], ...]
    results: Mapping[str, UrlResult]


TEXT_SUFFIX = ".txt"


@dataclass(frozen=True)
class Target:
    """A file to lint: the path to report and the path to open, and its size
    and modification time as discovery saw them (-1: unknown, or unreadable),
    which the caches compare without another system call."""

    display: str
    path: str
    size: int = -1
    mtime_ns: int = -1

    @property
    def file(self) -> Path:
        # Made on demand: a Path per corpus file costs more than the walk itself.
        return Path(self.path)

    @functools.cached_property
    def key(self) -> str:
        """The file's name in the caches (`cache.file_key`), made once: a run asks for it often."""
        return file_key(self.path)


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
    if not config.exclude:
        return False
    if is_dir:
        return any(glob_match(rel, p.rstrip("/")) for p in config.exclude)
    return any(glob_match(rel, p) for p in config.exclude)


def _relative_to_root(path: str, root: Path) -> str:
    """A path as given, made relative to the config root when below it (no
    system call: a link, even one that loops, is not followed)."""
    absolute = file_key(path)
    prefix = root.as_posix().rstrip("/") + "/"
    return absolute[len(prefix) :] if absolute.startswith(prefix) else path


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: Sequence[str], config: Config, folders: list[tuple[str, int]] | None = None) -> list[Target]:
    """Files to lint, sorted by reported path. A folder yields every `*.txt`
    below it, skipping hidden and excluded folders and entering no folder
    twice (so a link loop ends); a file named here is always linted.
    `folders` collects each folder walked with its modification time."""
    # file identity -> the target kept for it: the same file reached by two
    # paths (a link, a folder named twice) is linted once, under the path
    # that sorts first, whatever order the walk found them in.
    targets: dict[object, Target] = {}
    seen_dirs: set[tuple[int, int]] = set()

    def add(display: str, file: str, entry: os.DirEntry[str] | None = None) -> None:
        display = printable(display)
        try:
            st = entry.stat() if entry is not None else os.stat(file)  # DirEntry keeps its stat
            key: object = (st.st_dev, st.st_ino)
            # Not a regular file (a pipe, a device): its size says nothing and reading
            # it may never end; STR001 reports it, nothing reads it.
            regular = stat.S_ISREG(st.st_mode)
            target = Target(display, file, st.st_size, st.st_mtime_ns) if regular else Target(display, file)
        except OSError:
            key = display  # unreadable (a dangling or looping link): STR001 says why
            target = Target(display, file)
        kept = targets.get(key)
        if kept is None or display < kept.display:
            targets[key] = target

    for given in paths:
        path = Path(given)
        if not given or (not path.exists() and not path.is_symlink()):
            raise ConfigError(f"path does not exist: {printable(given)!r}")
        if not path.is_dir():
            add(given, given)
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
                if folders is not None:
                    folders.append((file_key(folder), st.st_mtime_ns))
            except OSError:
                continue
            for entry in entries:
                child_shown = os.path.join(shown, entry.name)
                # Resolving costs system calls: only worth it when there is something to exclude.
                rel = _relative(Path(entry.path), config.root) if config.exclude else ""
                if _is_dir(entry):
                    if not entry.name.startswith(".") and not _excluded(rel, config, is_dir=True):
                        stack.append((Path(entry.path), child_shown))
                elif entry.name.endswith(TEXT_SUFFIX) and not _excluded(rel, config):
                    add(os.path.normpath(child_shown), entry.path, entry)
    return sorted(targets.values(), key=lambda t: t.display)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # the directory listing's own type; a stat only for links
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
    # Keep every intermediate value of the scores (FileResult.breakdown): `score --explain`.
    breakdown: bool = False


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
    # per-file-ignores patterns are relative to the folder of the config file, as ruff's are
    # (the path as given, links not followed).
    ignores = config.per_file_ignores
    relative = _relative_to_root(article.path, config.root) if ignores else ""
    make = Finding.from_values
    for r in rules:
        if not article.readable and not r.on_unreadable:
            continue
        if ignores and ignored_for(relative, ignores, r.code):
            continue
        severity = config.severity.get(r.code, r.severity)
        try:
            for hit in r.check(article, ctx):
                # Finding's fields in order (Finding.from_values: the frozen __init__ costs twice as much).
                findings.append(
                    make(
                        (
                            r.code,
                            r.name,
                            r.category.value,
                            severity,
                            hit.message,
                            article.path,
                            hit.line,
                            hit.column,
                            hit.end_line,
                            hit.related,
                            _anchor(article, hit),
                        )
                    )
                )
        except Exception as exc:  # a bug in a rule must not stop the run
            errors.append(f"{article.path}: internal error in {r.code}: {exc!r}")
    return findings, errors


# -- the two stages of a file ------------------------------------------------
#
# Stage A (`analyse`) depends on the file alone: parse, the article rules,
# what the scores need, the corpus fingerprints. It runs in worker processes
# and its result is cached by content. Stage B (`finish`) needs the corpus:
# DUP004/DUP006, depth without boilerplate, quality, and the rules on scores.
# It is cheap and runs in the main process, in target order.


def _stage_rules(rules: Iterable[Rule]) -> tuple[list[Rule], list[Rule], list[Rule]]:
    """(article rules, rules on the corpus or the url check, rules on scores)"""
    rules = list(rules)
    return (
        [r for r in rules if not (r.needs_corpus or r.needs_scores or r.needs_urls)],
        [r for r in rules if r.needs_corpus or r.needs_urls],
        [r for r in rules if r.needs_scores],
    )


def _wants_scores(rules: Iterable[Rule], settings: Settings) -> bool:
    return not settings.no_scores and (settings.want_scores or any(r.needs_scores for r in rules))


def image_urls(article: Article) -> tuple[tuple[int, str], ...]:
    """(line, url) of the article's well-formed image urls: what the online check asks."""
    out = []
    for record in image_records(article):
        item = record.get("url")
        if item is not None and item.value and url_problem(item.value.strip()) is None:
            out.append((item.line, item.value.strip()))
    return tuple(out)


def analyse_article(
    article: Article, rules: Sequence[Rule], settings: Settings, corpus: bool = False
) -> tuple[list[Finding], list[str], ScoreInputs | None, Prints | None]:
    config = settings.config
    article_rules, _, _ = _stage_rules(rules)
    ctx = Context(as_of=settings.as_of, options=config.options)
    findings, errors = _run_rules(article, article_rules, ctx, settings)
    inputs = prints = None
    if article.readable and _wants_scores(rules, settings):
        inputs = score_inputs(article, config.scoring, config.options, settings.as_of, settings.cache_dir)
    if article.readable and corpus:
        prints = fingerprint(article, config.options["near_duplicate_min_chars"])
    return findings, errors, inputs, prints


def analyse(target: Target, settings: Settings, rules: Sequence[Rule], corpus: bool) -> Analysis:
    """Stage A for one file."""
    key = target.key
    size, mtime = target.size, target.mtime_ns
    if size < 0:
        try:
            st = target.file.stat()
            if stat.S_ISREG(st.st_mode):
                size, mtime = st.st_size, st.st_mtime_ns
        except OSError:
            pass  # unreadable, or not a regular file: STR001 says why; the key stays the path
    data = b""
    if 0 <= size <= MAX_FILE_BYTES:
        with contextlib.suppress(OSError):
            data = target.file.read_bytes()
    article = read_article(target.file, target.display) if size > MAX_FILE_BYTES or not data else None
    if article is None:
        article = parse_bytes(data, target.display)
    return _analysis(article, key, rules, settings, corpus, digest_bytes(data), size, mtime)


def _analysis(
    article: Article,
    key: str,
    rules: Sequence[Rule],
    settings: Settings,
    corpus: bool,
    digest: str = "",
    size: int = -1,
    mtime: int = -1,
) -> Analysis:
    findings, errors, inputs, prints = analyse_article(article, rules, settings, corpus)
    urls = image_urls(article) if article.readable and any(r.needs_urls for r in rules) else ()
    return Analysis(
        article.path,
        key,
        article.format,
        article.readable,
        tuple(findings),
        tuple(errors),
        inputs,
        prints,
        digest,
        size,
        mtime,
        urls,
    )


def finish(
    analysis: Analysis,
    rules: Sequence[Rule],
    settings: Settings,
    index: CorpusIndex | None,
    url_results: Mapping[str, UrlResult] | None = None,
) -> FileResult:
    """Stage B for one file: the corpus rules and the url check, the scores and
    the rules on them."""
    config = settings.config
    _, corpus_rules, score_rules = _stage_rules(rules)
    findings, errors = list(analysis.findings), list(analysis.errors)
    if not analysis.readable:
        return FileResult(
            analysis.display, analysis.format, tuple(sorted(findings, key=Finding.sort_key)), None, tuple(errors)
        )
    stub = Article(path=analysis.display)  # corpus and score rules read the context, not the text
    view = None
    if index is not None and analysis.prints is not None:
        view = CorpusView(index, index.file_id_of(analysis.key), analysis.prints)
    urls = UrlView(analysis.urls, url_results) if url_results is not None else None
    ctx = Context(as_of=settings.as_of, options=config.options, corpus=view, urls=urls)
    more, more_errors = _run_rules(stub, corpus_rules, ctx, settings)
    findings += more
    errors += more_errors
    scores: dict[str, Any] | None = None
    computed: Scores | None = None
    if analysis.inputs is not None and _wants_scores(rules, settings):
        boilerplate = view.boilerplate_lines(config.options["boilerplate_min_articles"]) if view else ()
        computed = finish_scores(analysis.inputs, findings, config.scoring, boilerplate)
        scores = {"computed": computed.computed(), "declared": computed.declared_values()}
        if not settings.no_scores:
            more, more_errors = _run_rules(stub, score_rules, replace(ctx, scores=computed), settings)
            findings += more
            errors += more_errors
    findings.sort(key=Finding.sort_key)
    return FileResult(analysis.display, analysis.format, tuple(findings), scores, tuple(errors), computed)


def check_article(
    article: Article, rules: Iterable[Rule], settings: Settings, index: CorpusIndex | None = None
) -> FileResult:
    """Both stages for an article already parsed (the tests' entry point)."""
    rules = list(rules)
    analysis = _analysis(article, article.path, rules, settings, corpus=index is not None)
    return finish(analysis, rules, settings, index)


# -- worker processes --------------------------------------------------------


@dataclass
class _Worker:
    """Per-process state, set once by the pool initializer (not pickled per file)."""

    settings: Settings
    rules: list[Rule]
    corpus: bool


_WORKER: _Worker | None = None


def _init_worker(settings: Settings, corpus: bool, in_pool: bool = False) -> None:
    global _WORKER
    if in_pool:
        _ignore_interrupts()
    _WORKER = _Worker(settings, enabled_rules(settings.config), corpus)


def _analyse(target: Target) -> Packed:
    assert _WORKER is not None
    return pack(analyse(target, _WORKER.settings, _WORKER.rules, _WORKER.corpus))


def _fingerprint(item: tuple[str, FileState, str | None]) -> Fingerprinted:
    """Read a corpus file; parse and fingerprint it only if its content changed."""
    assert _WORKER is not None
    file, state, old_digest = item
    data = b""
    if state.size <= MAX_FILE_BYTES:
        with contextlib.suppress(OSError), open(file, "rb") as fh:
            data = fh.read()
    digest = digest_bytes(data)
    if digest == old_digest:
        return Fingerprinted(state, digest, None)
    article = parse_bytes(data, file)
    min_chars = _WORKER.settings.config.options["near_duplicate_min_chars"]
    prints = fingerprint(article, min_chars) if article.readable else Prints((), ())
    return Fingerprinted(state, digest, prints)


# Below this many files a pool costs more than it saves.
MIN_FILES_PER_JOB = 50

Progress = Callable[[str, int, int], None]


def _map(fn: Callable[[Any], Any], items: Sequence[Any], settings: Settings, jobs: int, corpus: bool) -> Iterator[Any]:
    """fn over items in order, in worker processes when there are enough items."""
    jobs = max(1, min(jobs, len(items) // MIN_FILES_PER_JOB))
    if jobs == 1:
        _init_worker(settings, corpus)
        yield from map(fn, items)
        return
    import multiprocessing  # only runs with workers pay for it

    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(settings, corpus, True)) as pool:
        yield from pool.imap(fn, items, chunksize=chunk)


@dataclass
class CorpusFiles:
    """The files of the configured corpus, as far as a run needs to know them:
    all of them after a walk; when the walk was skipped (`unchanged_below`
    names the corpus roots), only those changed since the index read them."""

    targets: list[Target]
    unchanged_below: tuple[str, ...] = ()
    # (resolved root, the name a walk gives it), for CorpusIndex.roots
    roots: tuple[tuple[str, str], ...] = ()
    # The walk to remember once the index holds its files: (scan key, folders)
    walk: tuple[str, list[tuple[str, int]]] | None = None


def corpus_files(config: Config, index: CorpusIndex | None = None) -> CorpusFiles:
    """The files of the configured `corpus` (none when none is configured).

    Walking a large corpus costs more than a pre-commit run should: when the
    index remembers the folders of the last walk and none of them changed
    (a folder's modification time changes when an entry is added, removed or
    renamed in it), the corpus is the files the index knows below it, each
    only `stat`-ed to catch an edit, and only the edited ones are returned."""
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
    if not paths:
        return CorpusFiles([])
    # A walk names a file below a folder `folder/rest`, and a file given as a root as given.
    roots = tuple((file_key(p), os.path.normpath(p) if os.path.isdir(p) else p) for p in paths)
    scan_key = repr((sorted(file_key(p) for p in paths), config.exclude))
    if index is not None and (changed := _changed_since_walk(index, roots, scan_key, config)) is not None:
        return CorpusFiles(changed, tuple(root for root, _ in roots), roots)
    folders: list[tuple[str, int]] = []
    found = discover(paths, config, folders)
    return CorpusFiles(found, (), roots, (scan_key, folders) if index is not None else None)


def _changed_since_walk(
    index: CorpusIndex, roots: tuple[tuple[str, str], ...], scan_key: str, config: Config
) -> list[Target] | None:
    """The indexed corpus files whose size or modification time changed, when
    no corpus folder changed since the last walk; None when a walk is needed."""
    folders = index.last_walk(scan_key)
    if folders is None:
        return None
    for folder, mtime in folders:
        try:
            if os.stat(folder).st_mtime_ns != mtime:
                return None
        except OSError:
            return None
    out = []
    stat = os.stat
    for root, shown in roots:
        cut = len(root) + 1
        prefix = "" if shown == "." else shown + os.sep
        for key, size, mtime in index.files_below(root):
            if config.exclude and key != root and _excluded_below(_relative_to_root(key, config.root), config):
                return None  # an excluded file, indexed when named on its own: a walk drops it
            try:
                st = stat(key)
            except OSError:
                return None  # vanished without its folder changing: walk to be sure
            if st.st_size != size or st.st_mtime_ns != mtime:
                out.append(Target(shown if key == root else prefix + key[cut:], key, st.st_size, st.st_mtime_ns))
    return out


def _excluded_below(rel: str, config: Config) -> bool:
    """Whether a walk leaves out this file: it, or one of its folders, is excluded."""
    parts = rel.split("/")
    return _excluded(rel, config) or any(
        _excluded("/".join(parts[:i]), config, is_dir=True) for i in range(1, len(parts))
    )


@contextlib.contextmanager
def open_index(settings: Settings) -> Iterator[CorpusIndex]:
    options = settings.config.options
    index = CorpusIndex.open(
        settings.cache_dir, options["near_duplicate_threshold"], options["near_duplicate_min_chars"]
    )
    try:
        yield index
    finally:
        index.close()


@functools.cache
def _code_fingerprint() -> str:
    """lintkit's own source files, by size and modification time: an edited rule
    invalidates cached results even before the version number changes."""
    package = Path(__file__).resolve().parent
    stats = []
    for path in sorted(package.rglob("*.py")):
        with contextlib.suppress(OSError):
            st = path.stat()
            stats.append((path.relative_to(package).as_posix(), st.st_size, st.st_mtime_ns))
    return hashlib.blake2b(repr(stats).encode(), digest_size=8).hexdigest()


def _settings_key(settings: Settings, rules: Sequence[Rule], corpus: bool) -> str:
    """What a cached analysis depends on besides the file's bytes."""
    config = settings.config
    parts = (
        __version__,
        _code_fingerprint(),
        settings.as_of.isoformat(),
        sorted(r.code for r in rules),
        sorted(config.options.items(), key=lambda kv: kv[0]),
        sorted((c, s.label) for c, s in config.severity.items()),
        [(p.pattern, p.codes) for p in config.per_file_ignores],
        repr(config.scoring),
        _wants_scores(rules, settings),
        corpus,
    )
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def _analyses(
    targets: Sequence[Target],
    settings: Settings,
    rules: Sequence[Rule],
    jobs: int,
    corpus: bool,
    progress: Progress | None,
    cache: ResultsCache,
    load_hits: bool = True,
    findings: bool = True,
) -> Iterator[Analysis | None]:
    """Stage A for every target, in order: from the results cache when a file's
    size and modification time are those of a cached analysis made with the
    same settings, in worker processes otherwise (and then cached). With
    `load_hits` false, a cached analysis is not loaded: None stands for it.
    With `findings` false, a fresh analysis comes without its findings and
    score inputs (stage B reads them back from the cache)."""
    # Which are cached is decided first (cheaply: no payload is read), so that
    # the misses can go to the workers; the hits are loaded one at a time.
    cached = [cache.has(t) for t in targets]
    misses = [t for t, hit in zip(targets, cached, strict=True) if not hit]
    if misses and _wants_scores(rules, settings):
        readability.prepare(settings.cache_dir, len(misses))  # before the workers fork: they share it
    fresh = _map(_analyse, misses, settings, jobs, corpus)
    for done, (target, hit) in enumerate(zip(targets, cached, strict=True), 1):
        analysis = None
        if hit and load_hits:
            analysis = cache.get(target)
            if analysis is None:  # damaged in the meantime: analyse it here
                analysis = analyse(target, settings, rules, corpus)
                cache.put(analysis)
        elif not hit:
            packed = next(fresh)
            cache.put(packed)
            analysis = packed.unpack(findings)
        if progress is not None:
            progress("checking", done, len(targets))
        yield analysis
    cache.flush()
    readability.save_learned(settings.cache_dir)


def run(
    targets: Sequence[Target],
    settings: Settings,
    jobs: int = 1,
    progress: Progress | None = None,
    with_index: Callable[[CorpusIndex], None] | None = None,
) -> Iterator[FileResult]:
    """Lint the targets, yielding each file's result in target order as soon
    as it is done. With jobs > 1, files are analysed in worker processes; the
    results are the same as with one.

    When a corpus rule runs, every target is analysed first (and each analysis
    fed to the corpus index and to the results cache as it comes, so memory
    does not grow with the corpus), the index is brought up to date, then each
    analysis is read back and finished against it; `with_index` then gets the
    index before it closes."""
    rules = enabled_rules(settings.config)
    corpus = any(r.needs_corpus for r in rules)
    check_online = any(r.needs_urls for r in rules)
    key = _settings_key(settings, rules, corpus)
    with contextlib.ExitStack() as stack:
        if not corpus and not check_online:
            cache = stack.enter_context(ResultsCache.open(settings.cache_dir, key))
            for analysis in _analyses(targets, settings, rules, jobs, corpus, progress, cache):
                assert analysis is not None
                yield finish(analysis, rules, settings, None)
            return
        # Analyses wait for the whole corpus in the results cache: the real one,
        # or a temporary one (--no-cache, or a cache folder that cannot be written).
        cache_folder = settings.cache_dir
        cache = stack.enter_context(ResultsCache.open(cache_folder, key))
        if not cache.usable:
            cache_folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lintkit-")))
            cache = stack.enter_context(ResultsCache.open(cache_folder, key))
        index = stack.enter_context(open_index(settings)) if corpus else None
        if index is None:  # the url check alone: analyse everything, check, finish
            urls: set[str] = set()
            for analysis in _analyses(targets, settings, rules, jobs, corpus, progress, cache):
                assert analysis is not None
                urls.update(u for _, u in analysis.urls)
            results = _check_urls(urls, settings, progress)
            for target in targets:
                yield finish(_stored(cache, target, settings, rules, corpus), rules, settings, None, results)
            return
        keys = {t.key for t in targets}
        found = corpus_files(settings.config, index)
        others = [(k, t) for t in found.targets if (k := t.key) not in keys]
        # Files the index knows and this run does not name are named as a walk
        # of the corpus names them (CorpusIndex._default_name).
        index.roots = found.roots
        index.names = {t.key: t.display for t in targets} | {k: t.display for k, t in others}
        update = index.begin_update(
            [(t.key, t.path, t.size, t.mtime_ns) for t in targets]
            + [(k, t.path, t.size, t.mtime_ns) for k, t in others],
            found.unchanged_below,
        )
        online: set[str] = set()
        # A cached analysis has no paragraph texts to give the index (an
        # unchanged file is indexed already), so it is not even loaded here
        # unless its urls are wanted.
        for analysis in _analyses(
            targets, settings, rules, jobs, corpus, progress, cache, load_hits=check_online, findings=False
        ):
            if analysis is None:
                continue
            online.update(u for _, u in analysis.urls)
            prints = analysis.prints
            if update.wants(analysis.key) and prints is not None and all(p.text for p in prints.paragraphs):
                state = FileState(analysis.key, analysis.size, analysis.mtime_ns)
                update.store(Fingerprinted(state, analysis.digest, prints))
        rest = update.todo()  # corpus files that are not targets, or cached without their texts
        for done in _tracked(_map(_fingerprint, rest, settings, jobs, corpus), "indexing", len(rest), progress):
            update.store(done)
        update.finish()
        if found.walk is not None:  # remembered only now: an interrupted run must not skip the next walk
            index.save_walk(*found.walk)
        url_results = _check_urls(online, settings, progress) if check_online else None
        # A file's result is the last run's while nothing it depends on changed
        # (not with the url check, whose answers change with the network).
        replay = None
        if settings.cache_dir is not None and not check_online and not settings.breakdown:
            replay = _replay_key(key, index.epoch, index.unusual_names())
        seq = index.seq
        dirty: dict[int, Dirty | None] = {}  # change number -> what changed since (None: anything)
        bulk = len(targets) > BULK_TARGETS
        # Files with no stored result at all (a cold cache, other settings) are
        # finished in worker processes when there are many; the others here.
        finished: Iterator[tuple[bytes, FileResult | None]] = iter(())
        fresh_keys: set[str] = set()  # the files finished in workers
        if bulk and jobs > 1:
            stored = cache.finished_paths(replay) if replay else set()
            fresh = [t for t in targets if t.key not in stored]
            finisher = _Finisher(settings, rules, corpus, index, cache_folder, key, url_results)
            if len(fresh) >= 2 * MIN_FILES_PER_JOB and finisher.can_fork():
                finished = _finish_in_workers(fresh, finisher, jobs)
                fresh_keys = {t.key for t in fresh}
        for target in targets:
            if fresh_keys and target.key in fresh_keys:
                record, result = next(finished)
                if replay:
                    cache.put_finished(target, replay, seq, record)
                result = result or _result_from_record(marshal.loads(record), target.display)
                assert result is not None  # made just now, not read from a damaged cache
                yield result
                continue
            if replay and (replayed := _replayed(cache, index, target, replay, seq, dirty)) is not None:
                yield replayed
                continue
            if bulk and not index.bulk:
                index.prepare_bulk()
            result = finish(_stored(cache, target, settings, rules, corpus), rules, settings, index, url_results)
            if replay:
                cache.put_finished(target, replay, seq, marshal.dumps(_result_record(result)))
            yield result
        if with_index is not None:  # the audit reads the boilerplate clusters
            with_index(index)


@dataclass
class _Finisher:
    """What stage B needs in a worker process: forked from the main process
    once the index is complete, each worker opens its own connections to the
    index and the results cache (a SQLite connection must not cross a fork)
    and loads the index's sharing maps for itself."""

    settings: Settings
    rules: Sequence[Rule]
    corpus: bool
    index: CorpusIndex
    cache_folder: Path | None
    cache_key: str
    url_results: Mapping[str, UrlResult] | None
    index_file: str | None = None
    cache: ResultsCache | None = None

    def can_fork(self) -> bool:
        """Workers share the index by reopening its file (not an index in memory), forked (not spawned)."""
        self.index_file = self.index.file
        return sys.platform == "linux" and self.index_file is not None and self.cache_folder is not None

    def start(self) -> None:
        """In the worker, at its first file (not in the pool's initializer, where
        an error would make the pool fork replacement workers for ever)."""
        assert self.index_file is not None
        self.index.reopen(self.index_file)
        self.cache = ResultsCache.open(self.cache_folder, self.cache_key)

    def finish(self, target: Target) -> tuple[bytes, FileResult | None]:
        """The result's record, marshalled, as the results cache keeps it: it
        crosses to the main process several times faster than the pickled
        result. The result itself crosses only for `score --explain`, which
        wants its score breakdown."""
        if self.cache is None:
            self.start()
        assert self.cache is not None
        if not self.index.bulk:
            self.index.prepare_bulk()
        analysis = _stored(self.cache, target, self.settings, self.rules, self.corpus)
        result = finish(analysis, self.rules, self.settings, self.index, self.url_results)
        return marshal.dumps(_result_record(result)), result if self.settings.breakdown else None


_FINISHER: _Finisher | None = None


def _ignore_interrupts() -> None:
    """Pool initializer: Ctrl-C is the main process's to handle (it stops the
    pool); a worker killed by it half-way through sending a result would leave
    the pool waiting for the rest for ever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _finish_one(target: Target) -> tuple[bytes, FileResult | None]:
    assert _FINISHER is not None
    return _FINISHER.finish(target)


def _finish_in_workers(
    targets: Sequence[Target], finisher: _Finisher, jobs: int
) -> Iterator[tuple[bytes, FileResult | None]]:
    """Stage B of these targets, in order, in forked worker processes that inherit `finisher`."""
    global _FINISHER
    import multiprocessing

    _FINISHER = finisher
    try:
        jobs = max(1, min(jobs, len(targets) // MIN_FILES_PER_JOB))
        chunk = max(1, min(32, len(targets) // (jobs * 8)))
        with multiprocessing.get_context("fork").Pool(jobs, initializer=_ignore_interrupts) as pool:
            yield from pool.imap(_finish_one, targets, chunksize=chunk)
    finally:
        _FINISHER = None


# Bump when FileResult (or its record) changes shape.
FINISHED_FORMAT = 1


def _replay_key(settings_key: str, epoch: str, names: list[tuple[str, str]]) -> str:
    """What a file's final result depends on besides its own analysis and the
    corpus content: the settings, the index incarnation, and how this run
    names the files (the example paths of DUP004 and DUP006): the current
    folder and CorpusIndex.unusual_names."""
    parts = repr((FINISHED_FORMAT, settings_key, epoch, os.getcwd(), names))
    return hashlib.blake2b(parts.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


def _replayed(
    cache: ResultsCache, index: CorpusIndex, target: Target, key: str, seq: int, dirty: dict[int, Dirty | None]
) -> FileResult | None:
    """The stored result of a target, if no corpus change since it was
    computed can have changed it: the file holds nothing a change touched,
    and names no changed file as an example."""
    found = cache.finished(target, key)
    if found is None:
        return None
    record, at = found
    if at != seq:
        if at > seq:  # computed by a run that saw a newer index than this one
            return None
        if at not in dirty:
            dirty[at] = index.dirty_since(at)
        since = dirty[at]
        if since is None or target.key in since.holders:
            return None
        with contextlib.suppress(TypeError, ValueError, IndexError):  # damaged: decided below
            if any(path in since.changed for path in related_paths(record[1])):
                return None
    return _result_from_record(record, target.display)


def _result_record(result: FileResult) -> tuple[Any, ...]:
    return (result.format, findings_record(result.findings), result.scores, result.errors)


def _result_from_record(record: tuple[Any, ...], display: str) -> FileResult | None:
    try:
        fmt, findings, scores, errors = record
        return FileResult(display, fmt, findings_from_record(findings, display), scores, errors)
    except (TypeError, ValueError, KeyError):  # damaged: a miss, never a crash
        return None


def _stored(cache: ResultsCache, target: Target, settings: Settings, rules: Sequence[Rule], corpus: bool) -> Analysis:
    """A target's analysis as stage A stored it, or made again when another run
    sharing the cache (with other settings) replaced it meanwhile."""
    analysis = cache.load(target)
    if analysis is None:
        analysis = analyse(target, settings, rules, corpus)
    return analysis


def _check_urls(urls: Iterable[str], settings: Settings, progress: Progress | None) -> Mapping[str, UrlResult]:
    from lintkit.urls import UrlOptions, check_urls  # only an online run imports the HTTP client

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress("urls", done, total)

    return check_urls(urls, UrlOptions.from_options(settings.config.options), settings.cache_dir, report)


def _tracked(items: Iterator[Any], phase: str, total: int, progress: Progress | None) -> Iterator[Any]:
    for done, item in enumerate(items, 1):
        if progress is not None:
            progress(phase, done, total)
        yield item
