"""Worker processes: the pools, and the state each worker keeps (flake8 keeps its
worker globals in one module, checker.py, as this does).

What crosses between processes is kept small, because the main process is
the one part that does not run in parallel: a stage A worker sends back the
analysis as its record (`store.results.Packed`), a corpus worker a file's
fingerprints as their record, a stage B worker the final result's record;
the main process stores the bytes as they are and decodes what it needs.
Ctrl-C is the main process's to handle: workers ignore it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lintkit.corpus.index import CorpusIndex
from lintkit.corpus.sketch import BANDS, ParagraphPrint, Prints, digest_bytes
from lintkit.corpus.update import FileState, Fingerprinted, IndexUpdate, Linker
from lintkit.corpus.view import Lookup
from lintkit.files import Naming, Target
from lintkit.formats import MAX_FILE_BYTES, parse_bytes
from lintkit.interrupts import default_in_worker
from lintkit.pipeline.stages import Stages
from lintkit.records import Codec
from lintkit.store.replay import result_record
from lintkit.store.results import Packed, ResultsCache, pack
from lintkit.structs import dataclass

if TYPE_CHECKING:
    from lintkit.urls import UrlResult

# Below this many files a pool costs more than it saves.
MIN_FILES_PER_JOB = 50
# Stage B is cheap (0.06 to 0.14 ms a file): below this many files to finish, a
# pool of forked workers, each opening the index and loading its sharing maps,
# costs more than it saves (300 Markdown posts: 20 to 30 ms more, cold; 1,000:
# even).
MIN_FILES_TO_FINISH = 1000
# From this many files, a first fill of the corpus index is linked at the end, a share
# of the bands in each worker process (`link_by_band`). Linked batch by batch in
# the main process, a corpus written from shared sentences had it busy long after
# the workers were done (each batch has more to compare with than the one before):
# 1,000 generated posts 2.95 -> 2.75 s, 2,955 posts 15.2 -> 11.7 s; 300 generated
# and 983 real-text posts even.
LINK_BY_BAND_FROM = 300
# Items handed to the workers and not yet taken by the caller, at most (map_jobs).
IN_FLIGHT = 256

PRINTS: Codec[Prints] = Codec(Prints)

# The stages of the run, in a worker process (set by the pool initializer, not pickled per file).
_STAGES: Stages | None = None


def _ignore_interrupts() -> None:
    """Pool initializer: Ctrl-C is the main process's to handle (it stops the
    pool); a worker killed by it half-way through sending a result would leave
    the pool waiting for the rest for ever. SIGTERM, which the pool stops its
    workers with, kills as by default (not the main process's Stopped)."""
    default_in_worker()


def _init_worker(stages: Stages, in_pool: bool = False) -> None:
    global _STAGES
    if in_pool:
        _ignore_interrupts()
    _STAGES = stages


def stages() -> Stages:
    """The stages of the run, in the process that works on its files."""
    assert _STAGES is not None
    return _STAGES


def analyse_packed(target: Target) -> Packed:
    """Stage A of one file, as a worker sends it back, with the words it
    counted with pyphen: a worker's own were lost when it ended (it saves them
    only a thousand at a time), so every run on new text loaded pyphen again
    in each worker (about 65 ms); the main process saves them at the end."""
    assert _STAGES is not None
    packed = pack(_STAGES.analyse(target))
    learned = _STAGES.syllables.learned
    if learned:
        packed = replace(packed, learned=tuple(learned.items()))
        learned.clear()
    return packed


# A corpus file's fingerprints as a worker sends them back: (key, size, stamp,
# digest, the prints' record or None when the content is unchanged, the texts).
PackedPrints = tuple[str, int, int, str, bytes | None, tuple[str | None, ...]]


def fingerprint_packed(item: tuple[str, FileState, str | None]) -> PackedPrints:
    """Read a corpus file; parse and fingerprint it only if its content changed."""
    assert _STAGES is not None
    file, state, old_digest = item
    data = b""
    if state.size <= MAX_FILE_BYTES:
        with contextlib.suppress(OSError), open(file, "rb") as fh:
            data = fh.read()
    digest = digest_bytes(data)
    if digest == old_digest:
        return (state.key, state.size, state.stamp, digest, None, ())
    prints = _STAGES.fingerprint(parse_bytes(data, file, _STAGES.format_of(file)))
    texts = tuple(p.text for p in prints.paragraphs)
    return (state.key, state.size, state.stamp, digest, PRINTS.dumps(prints), texts)


def unpack_prints(packed: PackedPrints) -> Fingerprinted:
    key, size, version, digest, record, texts = packed
    state = FileState(key, size, version)
    if record is None:
        return Fingerprinted(state, digest, None)
    prints = PRINTS.loads(record)
    paragraphs = tuple(
        ParagraphPrint(p.line, p.exact, text, p.bands) for p, text in zip(prints.paragraphs, texts, strict=True)
    )
    return Fingerprinted(state, digest, replace(prints, paragraphs=paragraphs))


def map_jobs(fn: Callable[[Any], Any], items: Sequence[Any], stages: Stages, jobs: int) -> Iterator[Any]:
    """fn over items in order, in worker processes when there are enough items."""
    jobs = max(1, min(jobs, len(items) // MIN_FILES_PER_JOB))
    if jobs == 1:
        _init_worker(stages)
        yield from map(fn, items)
        return
    import multiprocessing  # only runs with workers pay for it
    import threading

    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    # At most this many items are handed out and not yet taken back by the
    # caller: the pool feeds its workers as fast as they go, and when the
    # caller is the slower (the main process linking a large corpus), the
    # results waiting for it grew with the corpus.
    slots = threading.Semaphore(max(IN_FLIGHT, 2 * jobs * chunk))
    stop = threading.Event()

    def runs() -> Iterator[tuple[Callable[[Any], Any], list[Any]]]:  # read by the pool's task thread
        # Runs of items, one task each: the first small (an eighth of `chunk`,
        # then twice as many each time), so that the caller gets results to work
        # on at once (with whole chunks from the start, the main process waited
        # for 62 posts, 0.27 s of 1,000, before it could store or link any)...
        size, at = max(1, chunk // 8), 0
        while at < len(items) and not stop.is_set():
            # ...and the last ones small again (a share of what is left), so that
            # no worker is left with a whole chunk while the others are done.
            size = max(1, min(size, (len(items) - at) // (2 * jobs)))
            run = items[at : at + size]
            for _ in run:
                while not slots.acquire(timeout=0.05):
                    if stop.is_set():  # the caller has stopped: the pool's exit waits for this thread
                        return
            yield fn, list(run)
            at += len(run)
            size = min(chunk, 2 * size)

    def results(pool: Any) -> Iterator[Any]:
        for run in pool.imap(_apply, runs()):
            for result in run:
                slots.release()
                if isinstance(result, Failed):
                    stop.set()  # no run handed out after it; those out are waited for (_until_failed)
                yield result

    with ctx.Pool(jobs, initializer=_init_worker, initargs=(stages, True)) as pool:
        try:
            yield from _until_failed(results(pool))
        finally:
            stop.set()


def _apply(task: tuple[Callable[[Any], Any], list[Any]]) -> list[Any]:
    fn, run = task
    return [_caught(fn, item) for item in run]


@dataclass
class Finisher:
    """What stage B needs in a worker process: forked from the main process
    once the index is complete, each worker opens its own connections to the
    index and the results cache (a SQLite connection must not cross a fork)
    and loads the index's sharing maps for itself."""

    stages: Stages
    index: CorpusIndex
    naming: Naming
    cache_folder: Path | None
    cache_key: str
    url_results: Mapping[str, UrlResult] | None
    index_file: str | None = None
    cache: ResultsCache | None = None
    lookup: Lookup | None = None

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
        self.lookup = Lookup(self.index, self.naming)
        self.lookup.prepare_bulk()

    def finish(self, target: Target) -> bytes:
        """The result's record, marshalled, as the results cache keeps it: it
        crosses to the main process several times faster than the pickled result."""
        if self.cache is None:
            self.start()
        assert self.cache is not None
        analysis = self.cache.get(target) or self.stages.analyse(target)
        return result_record(self.stages.finish(analysis, self.lookup, self.url_results))


_FINISHER: Finisher | None = None
_UPDATE: IndexUpdate | None = None


def link_by_band(jobs: int) -> Linker:
    """A linker for `IndexUpdate.finish`: the pairs of each chunk of the pending
    paragraphs in each share of the bands (a task each), linked by `jobs`
    forked processes on connections of their own to the index (committed by
    then), given as each task ends."""

    def linker(update: IndexUpdate) -> Generator[list[tuple[int, int]], None, None]:
        global _UPDATE
        import multiprocessing

        file = update.index.file
        assert file is not None
        processes = min(jobs, BANDS)  # a share of no band would read a chunk for nothing
        shares = [range(k, BANDS, processes) for k in range(processes)]
        tasks = [(file, start, share) for start in update.pending_chunks() for share in shares]
        if not tasks:
            return
        _UPDATE = update
        try:
            with multiprocessing.get_context("fork").Pool(processes, initializer=_ignore_interrupts) as pool:
                yield from _until_failed(pool.imap_unordered(_link_share, tasks))
        finally:
            _UPDATE = None

    return linker


@dataclass(frozen=True)
class Failed:
    """An exception a worker caught, sent back as its result. Raised in a worker,
    it stopped the pool at once, with the other workers busy sending results:
    one killed while it held the result queue's lock left the pool's task
    thread waiting for that lock, and the run hung for minutes (a stage B or
    linking worker that cannot open the index, under load one time in ten)."""

    error: Exception


def _until_failed(results: Iterator[Any]) -> Iterator[Any]:
    """The workers' results until one is `Failed`; then every other task's is
    waited for (none is cut off in the middle of sending it), and the first
    failure raised once the pool has nothing left in flight."""
    failure: Exception | None = None
    for result in results:
        if isinstance(result, Failed):
            failure = failure or result.error
        elif failure is None:
            yield result
    if failure is not None:
        raise failure


def _caught(fn: Callable[[Any], Any], item: Any) -> Any:
    try:
        return fn(item)
    except Exception as exc:  # sent back as a value: see Failed
        return Failed(exc)


_OPENED: list[str] = []  # the index file this process has a connection of its own to


def _link_share(task: tuple[str, int, range]) -> list[tuple[int, int]] | Failed:
    return _caught(_pairs_of_share, task)  # type: ignore[no-any-return]


def _pairs_of_share(task: tuple[str, int, range]) -> list[tuple[int, int]]:
    assert _UPDATE is not None
    file, start, share = task
    if not _OPENED:
        _UPDATE.index.reopen(file)
        _OPENED.append(file)
    return sorted(_UPDATE.pending_pairs(start, share))


def _finish_one(target: Target) -> bytes | Failed:
    assert _FINISHER is not None
    return _caught(_FINISHER.finish, target)  # type: ignore[no-any-return]


def finish_in_workers(targets: Sequence[Target], finisher: Finisher, jobs: int) -> Iterator[bytes]:
    """Stage B of these targets, in order, in forked worker processes that inherit `finisher`."""
    global _FINISHER
    import multiprocessing

    _FINISHER = finisher
    try:
        jobs = max(1, min(jobs, len(targets) // MIN_FILES_PER_JOB))
        chunk = max(1, min(32, len(targets) // (jobs * 8)))
        with multiprocessing.get_context("fork").Pool(jobs, initializer=_ignore_interrupts) as pool:
            yield from _until_failed(pool.imap(_finish_one, targets, chunksize=chunk))
    finally:
        _FINISHER = None
