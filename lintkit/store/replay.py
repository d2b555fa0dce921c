"""Replaying final results: a file's last result, while nothing it depends on changed.

A file's final result (stage B) depends on its own analysis, the settings,
how the run names files (DUP004, DUP006 and META017 quote example paths) and the
corpus. It is stored under a key of the first three (`replay_key`) with the
corpus index's change number it was computed at. `Replayer.replayed` gives
it back when the file itself is unchanged, the index logged no change since
that touched one of its paragraphs (or a near duplicate of one), image
urls or title, and none of its findings names a file changed since as an example
(that file's line numbers may have moved). See docs/architecture.md.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from typing import Any

from lintkit.corpus.index import CorpusIndex, Dirty
from lintkit.files import Naming, Target
from lintkit.model import Finding, Location
from lintkit.results import FileResult
from lintkit.store.results import FILE_RESULT, ResultsCache

_FINDINGS = FILE_RESULT.position("findings")
_RELATED = FILE_RESULT.position("related", Finding)
_PATH = FILE_RESULT.position("path", Location)


def replay_key(settings_key: str, epoch: str, cwd: str, names: list[tuple[str, str]]) -> str:
    """What a file's final result depends on besides its own analysis and the
    corpus content: the settings, the index incarnation, and how this run
    names the files (the example paths of DUP004, DUP006 and META017): the current
    folder and Naming.unusual."""
    parts = repr((FILE_RESULT.version, settings_key, epoch, cwd, names))
    return hashlib.blake2b(parts.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


def result_record(result: FileResult) -> bytes:
    return FILE_RESULT.dumps(result, result.path)


def result_from_record(record: tuple[Any, ...], display: str) -> FileResult | None:
    try:
        return FILE_RESULT.decode(record, display)
    except (TypeError, ValueError, KeyError, IndexError):  # damaged: a miss, never a crash
        return None


def result_from_bytes(record: bytes, display: str) -> FileResult:
    """A result a worker made just now (not read from a cache that may be damaged)."""
    return FILE_RESULT.loads(record, display)


def related_paths(record: tuple[Any, ...]) -> Iterator[str | None]:
    """The paths of the places a result's findings relate to (None: the file itself)."""
    for finding in record[_FINDINGS]:
        for location in finding[_RELATED]:
            yield location[_PATH]


class Replayer:
    """Decides, file by file, whether a stored final result still holds."""

    def __init__(self, cache: ResultsCache, index: CorpusIndex, naming: Naming, key: str) -> None:
        self.cache, self.index, self.naming, self.key = cache, index, naming, key
        self.seq = index.seq
        # change number -> what changed since, the changed files as this run names them (None: anything)
        self._dirty: dict[int, tuple[Dirty, set[str]] | None] = {}

    def _since(self, at: int) -> tuple[Dirty, set[str]] | None:
        if at not in self._dirty:
            dirty = self.index.dirty_since(at)
            self._dirty[at] = None if dirty is None else (dirty, {self.naming.shown(p) for p in dirty.changed})
        return self._dirty[at]

    def replayed(self, target: Target) -> FileResult | None:
        """The stored result of a target, if no corpus change since it was
        computed can have changed it: the file holds nothing a change touched,
        and names no changed file as an example."""
        found = self.cache.finished(target, self.key)
        if found is None:
            return None
        record, at = found
        if at != self.seq:
            if at > self.seq:  # computed by a run that saw a newer index than this one
                return None
            since = self._since(at)
            if since is None or target.key in since[0].holders:
                return None
            with contextlib.suppress(TypeError, ValueError, IndexError):  # damaged: decided below
                if any(path in since[1] for path in related_paths(record)):
                    return None
        return result_from_record(record, target.display)

    def store(self, target: Target, record: bytes) -> None:
        self.cache.put_finished(target, self.key, self.seq, record)
