"""One run: targets in, each file's `FileResult` out, in target order.

Three shapes, by what the enabled rules need:

- **no corpus, no url check**: stage A (from the results cache, or in worker
  processes) then stage B, file by file;
- **the url check alone**: stage A for every target, the distinct urls
  checked once, then stage B;
- **the corpus**: stage A for every target, each analysis fed to the results
  cache and its fingerprints to the corpus index as it comes (so memory does
  not grow with the corpus), the corpus files that are not targets
  fingerprinted, near duplicates linked, then stage B for each target against
  the index: replayed from the last run when nothing it depends on changed,
  in worker processes when many have no stored result, here otherwise.

The run owns what used to be process-wide: the syllable table, the current
folder, and how files are named.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lintkit import memo, syllables
from lintkit.corpus.index import CorpusIndex
from lintkit.corpus.update import FileState, Fingerprinted, IndexUpdate
from lintkit.corpus.view import BULK_TARGETS, Lookup
from lintkit.db import disk_full, exclusive
from lintkit.files import Naming, Target
from lintkit.pipeline import workers
from lintkit.pipeline.discover import corpus_files
from lintkit.pipeline.settings import Settings, run_rules, settings_key
from lintkit.pipeline.stages import Stages, existing_files_checked
from lintkit.results import Analysis, FileResult
from lintkit.rules import Kind
from lintkit.store.replay import Replayer, replay_key, result_from_bytes, result_record
from lintkit.store.results import ResultsCache

if TYPE_CHECKING:
    from lintkit.urls import UrlResult

Progress = Callable[[str, int, int], None]


def run(
    targets: Sequence[Target],
    settings: Settings,
    jobs: int = 1,
    progress: Progress | None = None,
    with_index: Callable[[Lookup], None] | None = None,
    note: Callable[[str], None] | None = None,
) -> Iterator[FileResult]:
    """Lint the targets, yielding each file's result in target order as soon
    as it is done. With jobs > 1, files are analysed in worker processes; the
    results are the same as with one. `with_index` gets the corpus index's
    read side before it closes (the audit reads the boilerplate clusters).
    When the disk under the cache is full before the first result, the run
    says so (`note`) and starts again without the cache, as it runs when the
    cache cannot be opened at all."""
    exists = functools.cache(os.path.exists)  # a file asked for by many results is looked up once
    started = False
    try:
        try:
            for result in Run(settings, jobs, progress).results(targets, with_index):
                started = True
                yield existing_files_checked(result, exists)
        except (sqlite3.Error, OSError) as exc:
            if started or settings.cache_dir is None or not disk_full(exc):
                raise
            if note is not None:
                note(f"the disk under {settings.cache_dir} is full ({exc}): running without the cache")
            # The index in memory: a temporary one on the same disk would fill up as well.
            for result in Run(dataclasses.replace(settings, cache_dir=None), jobs, progress, on_disk=False).results(
                targets, with_index
            ):
                yield existing_files_checked(result, exists)
    finally:
        memo.clear()


class Run:
    def __init__(self, settings: Settings, jobs: int, progress: Progress | None, on_disk: bool = True) -> None:
        self.settings = settings
        self.jobs = jobs
        self.progress = progress
        # The corpus index in the cache folder, a temporary one without the cache
        # (False: in memory, after the disk under the cache was found full).
        self.on_disk = on_disk
        rules, reported = run_rules(settings)
        self.corpus = any(r.kind is Kind.CORPUS for r in rules)
        self.online = any(r.kind is Kind.URLS for r in rules)
        self.key = settings_key(settings, rules, self.corpus, reported)
        self.syllables = syllables.for_run(settings.cache_dir)
        self.stages = Stages(settings, rules, self.corpus, self.syllables, reported)

    def results(self, targets: Sequence[Target], with_index: Callable[[Lookup], None] | None) -> Iterator[FileResult]:
        with contextlib.ExitStack() as stack:
            if not self.corpus and not self.online:
                cache = stack.enter_context(ResultsCache.open(self.settings.cache_dir, self.key))
                for analysis in self.analyses(targets, cache):
                    assert analysis is not None
                    yield self.stages.finish(analysis, None)
                return
            # Analyses wait for the whole corpus in the results cache: the real one,
            # or a temporary one (--no-cache, or a cache folder that cannot be written).
            cache_folder = self.settings.cache_dir
            cache = stack.enter_context(ResultsCache.open(cache_folder, self.key))
            if not cache.usable:
                import tempfile  # --no-cache only

                cache_folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lintkit-")))
                cache = stack.enter_context(ResultsCache.open(cache_folder, self.key))
            if not self.corpus:  # the url check alone: analyse everything, check, finish
                urls: set[str] = set()
                for analysis in self.analyses(targets, cache):
                    assert analysis is not None
                    urls.update(u for _, u in analysis.urls)
                results = self.check_urls(urls)
                for target in targets:
                    yield self.stages.finish(self.stored(cache, target), None, results)
                return
            index_folder = cache_folder if self.on_disk else None
            index = stack.enter_context(contextlib.closing(self.open_index(stack, index_folder)))
            yield from self.with_corpus(targets, cache, cache_folder, index, with_index)

    # -- stage A ----------------------------------------------------------------

    def analyses(
        self, targets: Sequence[Target], cache: ResultsCache, load_hits: bool = True, findings: bool = True
    ) -> Iterator[Analysis | None]:
        """Stage A for every target, in order: from the results cache when a file's
        size and stamp are those of a cached analysis made with the
        same settings, in worker processes otherwise (and then cached). With
        `load_hits` false, a cached analysis is not loaded: None stands for it.
        With `findings` false, a fresh analysis comes without its findings and
        score inputs (stage B reads them back from the cache)."""
        # Which are cached is decided first (cheaply: no payload is read), so that
        # the misses can go to the workers; the hits are loaded one at a time.
        cached = [cache.has(t) for t in targets]
        misses = [t for t, hit in zip(targets, cached, strict=True) if not hit]
        if misses and self.stages.scores:
            self.syllables.prepare(len(misses))  # before the workers fork: they share it
        fresh = workers.map_jobs(workers.analyse_packed, misses, self.stages, self.jobs)
        for done, (target, hit) in enumerate(zip(targets, cached, strict=True), 1):
            analysis = None
            if hit and load_hits:
                analysis = cache.get(target)
                if analysis is None:  # damaged in the meantime: analyse it here
                    analysis = self.stages.analyse(target)
                    cache.put(analysis)
            elif not hit:
                packed = next(fresh)
                cache.put(packed)
                if packed.learned:
                    self.syllables.learn(packed.learned)
                analysis = packed.unpack(findings)
            self.report("checking", done, len(targets))
            yield analysis
        cache.flush()
        self.syllables.save_learned()

    def stored(self, cache: ResultsCache, target: Target) -> Analysis:
        """A target's analysis as stage A stored it, or made again when another run
        sharing the cache replaced it meanwhile (with other settings, or with its
        analysis of another version of the file: never used, see ResultsCache.get)."""
        return cache.get(target) or self.stages.analyse(target)

    # -- the corpus --------------------------------------------------------------

    def open_index(self, stack: contextlib.ExitStack, folder: Path | None) -> CorpusIndex:
        """The corpus index in the run's cache folder (`folder`: the cache's, or
        with --no-cache the run's temporary one, so that a large corpus is not
        held in memory, and can be linked and finished in workers), held by
        this run until it ends. The index is the corpus of one run: another run
        sharing the cache folder, with other files, would make it its own in the
        middle of this one. While another run holds it (after
        `db.EXCLUSIVE_WAIT` seconds), this run builds its own in memory."""
        options = self.settings.config.options
        cache_dir = folder
        if cache_dir is not None and not stack.enter_context(exclusive(cache_dir, "corpus.lock")):
            cache_dir = None
        return CorpusIndex.open(
            cache_dir,
            options["near_duplicate_threshold"],
            options["near_duplicate_min_chars"],
            options["duplicate_min_words"],
        )

    def with_corpus(
        self,
        targets: Sequence[Target],
        cache: ResultsCache,
        cache_folder: Path | None,
        index: CorpusIndex,
        with_index: Callable[[Lookup], None] | None,
    ) -> Iterator[FileResult]:
        settings = self.settings
        naming, online = self.index_corpus(targets, cache, index)
        lookup = Lookup(index, naming)
        url_results = self.check_urls(online) if self.online else None
        # A file's result is the last run's while nothing it depends on changed
        # (not with the url check, whose answers change with the network).
        replayer = None  # (not in a temporary cache: nothing would read its results again)
        real_cache = cache_folder is not None and cache_folder == settings.cache_dir
        if index.file is not None and real_cache and not self.online and not settings.breakdown:
            key = replay_key(self.key, index.epoch, settings.cwd, naming.unusual())
            replayer = Replayer(cache, index, naming, key)
        bulk = len(targets) > BULK_TARGETS
        # Files with no stored result at all (a cold cache, other settings) are
        # finished in worker processes when there are many; the others here.
        finished: Iterator[bytes] = iter(())
        fresh_keys: set[str] = set()  # the files finished in workers
        if bulk and self.jobs > 1:
            stored = cache.finished_paths(replayer.key) if replayer else set()
            fresh = [t for t in targets if t.key not in stored]
            finisher = workers.Finisher(self.stages, index, naming, cache_folder, self.key, url_results)
            if len(fresh) >= workers.MIN_FILES_TO_FINISH and finisher.can_fork():
                finished = workers.finish_in_workers(fresh, finisher, self.jobs)
                fresh_keys = {t.key for t in fresh}
        for target in targets:
            if fresh_keys and target.key in fresh_keys:
                record = next(finished)
                if replayer:
                    replayer.store(target, record)
                yield result_from_bytes(record, target.display)
                continue
            if replayer and (replayed := replayer.replayed(target)) is not None:
                yield replayed
                continue
            if bulk and not lookup.bulk:
                lookup.prepare_bulk()
            result = self.stages.finish(self.stored(cache, target), lookup, url_results)
            if replayer:
                replayer.store(target, result_record(result))
            yield result
        if with_index is not None:
            with_index(lookup)

    def index_corpus(
        self, targets: Sequence[Target], cache: ResultsCache, index: CorpusIndex
    ) -> tuple[Naming, set[str]]:
        """Stage A for every target, feeding the index as analyses come; then the
        corpus files that are not targets; then the near duplicates linked.
        Returns how this run names the files the index knows, and the targets'
        image urls when the url check runs."""
        settings = self.settings
        keys = {t.key for t in targets}
        found = corpus_files(settings.config, settings.cwd, index)
        others = [t for t in found.targets if t.key not in keys]
        # Files the index knows and this run does not name are named as a walk
        # of the corpus names them (Naming.default_name).
        naming = Naming(str(Path(settings.cwd).resolve()))
        naming.roots = found.roots
        naming.names = {t.key: t.display for t in targets} | {t.key: t.display for t in others}
        files = [(t.key, t.path, t.size, t.stamp) for t in (*targets, *others)]
        # A first fill of many files is linked at the end, its bands shared out to
        # worker processes (`link_by_band`), instead of batch by batch here.
        by_band = self.jobs > 1 and len(files) >= workers.LINK_BY_BAND_FROM and index.file is not None
        by_band = by_band and sys.platform == "linux"
        update = IndexUpdate(index, files, found.unchanged_below, link_later=by_band)
        online: set[str] = set()
        # A cached analysis has no paragraph texts to give the index (an
        # unchanged file is indexed already), so it is not even loaded here
        # unless its urls are wanted.
        for analysis in self.analyses(targets, cache, load_hits=self.online, findings=False):
            if analysis is None:
                continue
            online.update(u for _, u in analysis.urls)
            prints = analysis.prints
            if update.wants(analysis.key) and prints is not None and all(p.text for p in prints.paragraphs):
                state = FileState(analysis.key, analysis.size, analysis.stamp)
                update.store(Fingerprinted(state, analysis.digest, prints))
        rest = update.todo()  # corpus files that are not targets, or cached without their texts
        done = workers.map_jobs(workers.fingerprint_packed, rest, self.stages, self.jobs)
        for packed in self.tracked(done, "indexing", len(rest)):
            update.store(workers.unpack_prints(packed))
        update.finish(workers.link_by_band(self.jobs) if by_band else None)
        if found.walk is not None:  # remembered only now: an interrupted run must not skip the next walk
            index.save_walk(*found.walk)
        return naming, online

    # -- the url check ---------------------------------------------------------

    def check_urls(self, urls: Iterable[str]) -> Mapping[str, UrlResult]:
        from lintkit.urls import UrlOptions, check_urls  # only an online run imports the HTTP client

        def report(done: int, total: int) -> None:
            self.report("urls", done, total)

        return check_urls(urls, UrlOptions.from_options(self.settings.config.options), self.settings.cache_dir, report)

    # -- progress --------------------------------------------------------------

    def report(self, phase: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(phase, done, total)

    def tracked(self, items: Iterator[Any], phase: str, total: int) -> Iterator[Any]:
        for done, item in enumerate(items, 1):
            self.report(phase, done, total)
            yield item
