"""The results cache: each file's stage-A analysis and final result, kept between runs.

`.lintkit_cache/results.sqlite3` maps a file (its key, the absolute path) to
its analysis, valid while the file's size and stamp (files.stamp), the run's
settings and the record's shape (the codec's version) are unchanged, as
ruff's cache is. A corpus run also spills its analyses here (a temporary
cache with --no-cache) and reads them back once the corpus index is
complete, so memory does not grow with the corpus.

It also keeps each file's final result (stage B), under a key of what it
depends on besides the corpus and with the index's change number it was
computed at: lintkit.store.replay decides when it may be replayed.
"""

from __future__ import annotations

import contextlib
import marshal
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

from lintkit.corpus.sketch import ParagraphPrint
from lintkit.db import open_cache_db, rollback
from lintkit.files import Target
from lintkit.records import Codec
from lintkit.results import Analysis, FileResult
from lintkit.structs import dataclass

ANALYSIS: Codec[Analysis] = Codec(Analysis)
FILE_RESULT: Codec[FileResult] = Codec(FileResult)
# What the corpus index needs of a fresh analysis, for a tenth of the cost of all of it.
_FOR_INDEX = ANALYSIS.decoder(findings=(), inputs=None)


@dataclass(frozen=True)
class Packed:
    """An analysis as a worker process sends it back: its record, marshalled,
    and the paragraph texts the record leaves out. Several times cheaper to
    receive than the pickled Analysis, and the main process stores the
    record as it is."""

    display: str
    key: str
    size: int
    stamp: int
    payload: bytes
    texts: tuple[str | None, ...]
    # The words the worker counted with pyphen while making it (the syllable
    # table lacked them): the main process keeps them for the next run.
    learned: tuple[tuple[str, int], ...] = ()

    def unpack(self, findings: bool = True) -> Analysis:
        """The analysis; without its findings and score inputs when `findings`
        is false (what the corpus index needs)."""
        record = marshal.loads(self.payload)
        analysis = ANALYSIS.decode(record, self.display) if findings else _FOR_INDEX(record, self.display)
        if analysis.prints is None:
            return analysis
        paragraphs = tuple(
            ParagraphPrint(p.line, p.exact, text, p.bands)
            for p, text in zip(analysis.prints.paragraphs, self.texts, strict=True)
        )
        return replace(analysis, prints=replace(analysis.prints, paragraphs=paragraphs))


def pack(analysis: Analysis) -> Packed:
    texts = tuple(p.text for p in analysis.prints.paragraphs) if analysis.prints is not None else ()
    payload = ANALYSIS.dumps(analysis, analysis.display)
    return Packed(analysis.display, analysis.key, analysis.size, analysis.stamp, payload, texts)


class ResultsCache:
    """Analyses and final results by file. Without a cache folder (or one that
    cannot be opened: see `usable`) it stores nothing and finds nothing."""

    def __init__(self, db: sqlite3.Connection | None, key: str) -> None:
        self.db, self.key = db, key
        self.pending: list[tuple[str, int, int, str, int, bytes]] = []
        self.pending_finished: list[tuple[str, int, int, str, int, bytes]] = []

    @classmethod
    def open(cls, cache_dir: Path | None, key: str) -> ResultsCache:
        """The cache in `cache_dir`, for the settings digest `key`."""
        if cache_dir is None:
            return cls(None, key)
        schema = (
            "CREATE TABLE IF NOT EXISTS analyses_v2 (path TEXT PRIMARY KEY, size INTEGER, stamp INTEGER,"
            " settings TEXT, format INTEGER, payload BLOB)",
            "CREATE TABLE IF NOT EXISTS finished_v3 (path TEXT PRIMARY KEY, size INTEGER, stamp INTEGER,"
            " key TEXT, seq INTEGER, payload BLOB)",
            # What lintkit kept before files had a stamp (files.stamp): never read again.
            "DROP TABLE IF EXISTS analyses",
            "DROP TABLE IF EXISTS finished_v2",
        )
        return cls(open_cache_db(cache_dir, "results.sqlite3", *schema), key)

    @property
    def usable(self) -> bool:
        return self.db is not None

    def __enter__(self) -> ResultsCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- analyses --------------------------------------------------------------

    def _current(self, target: Target, column: str) -> tuple[Any, ...] | None:
        """A column of the analysis of this file as the target saw it (same size and stamp)."""
        if self.db is None or target.size < 0:
            return None
        return self.db.execute(  # type: ignore[no-any-return]
            f"SELECT {column} FROM analyses_v2 WHERE path = ? AND size = ? AND stamp = ? AND settings = ?"
            " AND format = ?",
            (target.key, target.size, target.stamp, self.key, ANALYSIS.version),
        ).fetchone()

    def has(self, target: Target) -> bool:
        """Whether a valid analysis of this file is cached (without loading it)."""
        return self._current(target, "1") is not None

    def get(self, target: Target) -> Analysis | None:
        """The cached analysis of this file as the target saw it: never one
        another run sharing the cache made of another version (or with other
        settings), which may have replaced the one this run stored."""
        return self._decode(self._current(target, "payload"), target)

    @staticmethod
    def _decode(row: tuple[bytes] | None, target: Target) -> Analysis | None:
        if row is None:
            return None
        try:
            return ANALYSIS.loads(row[0], target.display)
        except Exception:  # a damaged entry is a miss, never a crash
            return None

    def put(self, analysis: Analysis | Packed) -> None:
        if self.db is not None:
            packed = analysis if isinstance(analysis, Packed) else pack(analysis)
            self.pending.append((packed.key, packed.size, packed.stamp, self.key, ANALYSIS.version, packed.payload))
            if len(self.pending) >= 500:
                self.flush()

    def flush(self) -> None:
        if self.db is None or not (self.pending or self.pending_finished):
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO analyses_v2 VALUES (?, ?, ?, ?, ?, ?)", self.pending)
            self.db.executemany("INSERT OR REPLACE INTO finished_v3 VALUES (?, ?, ?, ?, ?, ?)", self.pending_finished)
            self.db.execute("COMMIT")
        except sqlite3.Error:  # a cache that cannot be written is no reason to fail; the lock is not kept
            with contextlib.suppress(sqlite3.Error):
                rollback(self.db)
        self.pending, self.pending_finished = [], []

    # -- final results ---------------------------------------------------------

    def finished(self, target: Target, key: str) -> tuple[tuple[Any, ...], int] | None:
        """(record, change number) of a result stored under `key` for this very file, or None."""
        if self.db is None or target.size < 0:
            return None
        row = self.db.execute(
            "SELECT payload, seq FROM finished_v3 WHERE path = ? AND size = ? AND stamp = ? AND key = ?",
            (target.key, target.size, target.stamp, key),
        ).fetchone()
        if row is None:
            return None
        try:
            record = marshal.loads(row[0])
        except (EOFError, ValueError, TypeError):  # damaged: a miss, never a crash
            return None
        return (record, row[1]) if isinstance(record, tuple) and isinstance(row[1], int) else None

    def finished_paths(self, key: str) -> set[str]:
        """The files (by key) with a result stored under `key`, whatever their size and time."""
        if self.db is None:
            return set()
        return {path for (path,) in self.db.execute("SELECT path FROM finished_v3 WHERE key = ?", (key,))}

    def put_finished(self, target: Target, key: str, seq: int, record: bytes) -> None:
        """Store a result's record, marshalled (workers marshal it, to spare the main process)."""
        if self.db is not None and target.size >= 0:
            row = (target.key, target.size, target.stamp, key, seq, record)
            self.pending_finished.append(row)
            if len(self.pending_finished) >= 500:
                self.flush()

    def close(self) -> None:
        if self.db is not None:
            self.flush()
            self.db.close()
