"""The results cache: each file's stage-A analysis, kept between runs.

`.lintkit_cache/results.sqlite3` maps a file (its absolute path) to its
analysis, valid while the file's size and modification time and the run's
settings are unchanged (ruff's cache works the same way). A corpus run also
spills its analyses here (a temporary cache with --no-cache) and reads them
back once the corpus index is complete, so memory does not grow with the
corpus. Analyses are stored as plain tuples for marshal, several times
faster to load than pickled dataclasses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import marshal
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lintkit.corpus import ParagraphPrint, Prints
from lintkit.db import open_cache_db
from lintkit.model import Finding, Location, Severity
from lintkit.scoring import Clarity, DepthBasis, Freshness, ScoreInputs

if TYPE_CHECKING:
    from lintkit.engine import Target


def file_key(path: Path | str) -> str:
    """A file's name in the caches: its absolute path. Not resolved, which
    would cost a system call per path component: discovery already lints a
    file reached through two links once."""
    text = os.fspath(path)
    # A name that is not UTF-8 cannot go into SQLite: such a key names the file, it does not open it.
    return printable(os.path.normpath(text) if text.startswith("/") else os.path.normpath(os.path.join(_cwd(), text)))


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def printable(path: str) -> str:
    """A path as text that can be printed and stored: the bytes of a name that
    is not UTF-8 (which Python keeps as surrogates) and control characters (a
    line break, an escape) written as escapes (`\\xff`, `\\n`)."""
    if path.isprintable():
        return path
    if not path.isascii():
        path = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], path)


@functools.cache
def _cwd() -> str:
    # os.path.abspath asks the system for the current folder on every call;
    # lintkit never changes folder during a run.
    return os.getcwd()


def forget_cwd() -> None:
    """Ask for the current folder again (at the start of a command)."""
    _cwd.cache_clear()


@dataclass(frozen=True)
class Analysis:
    display: str
    key: str  # the resolved path: the corpus index's name for the file
    format: str
    readable: bool
    findings: tuple[Finding, ...]
    errors: tuple[str, ...]
    inputs: ScoreInputs | None
    prints: Prints | None
    digest: str
    size: int
    mtime_ns: int
    # (line, url) of each well-formed image url, when the online check runs
    urls: tuple[tuple[int, str], ...] = ()


class ResultsCache:
    """Stage A results by file, in `.lintkit_cache/results.sqlite3`, valid
    while the file's size, modification time and the settings are unchanged
    (ruff's cache works the same way). Without a cache folder it does nothing."""

    def __init__(self, db: sqlite3.Connection | None, key: str) -> None:
        self.db, self.key = db, key
        self.pending: list[tuple[str, int, int, str, str, bytes]] = []
        self.pending_finished: list[tuple[str, int, int, str, int, bytes]] = []

    @classmethod
    def open(cls, cache_dir: Path | None, key: str) -> ResultsCache:
        """The cache in `cache_dir`; a cache that does nothing without one, or
        when it cannot be opened (see `usable`)."""
        if cache_dir is None:
            return cls(None, key)
        schema = (
            "CREATE TABLE IF NOT EXISTS analyses (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,"
            " settings TEXT, format INTEGER, payload BLOB)",
            "CREATE TABLE IF NOT EXISTS finished_v2 (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,"
            " key TEXT, seq INTEGER, payload BLOB)",
        )
        return cls(open_cache_db(cache_dir, "results.sqlite3", *schema), key)

    @property
    def usable(self) -> bool:
        return self.db is not None

    def __enter__(self) -> ResultsCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def load(self, target: Target) -> Analysis | None:
        """The analysis this run stored (or found) for a target; None when
        another run sharing the cache replaced it meanwhile (other settings)."""
        if self.db is None:
            return None
        row = self.db.execute(
            "SELECT payload FROM analyses WHERE path = ? AND settings = ?", (target.key, self.key)
        ).fetchone()
        if row is None:
            return None
        try:
            return _from_record(marshal.loads(row[0]), target.display)
        except Exception:  # damaged: analysed again, never a crash
            return None

    def has(self, target: Target) -> bool:
        """Whether a valid analysis of this file is cached (without loading it)."""
        if self.db is None or target.size < 0:
            return False
        row = self.db.execute(
            "SELECT 1 FROM analyses WHERE path = ? AND size = ? AND mtime_ns = ? AND settings = ? AND format = ?",
            (target.key, target.size, target.mtime_ns, self.key, RESULTS_FORMAT),
        ).fetchone()
        return row is not None

    def get(self, target: Target) -> Analysis | None:
        if self.db is None:
            return None
        if target.size < 0:
            return None
        row = self.db.execute(
            "SELECT payload FROM analyses WHERE path = ? AND size = ? AND mtime_ns = ? AND settings = ? AND format = ?",
            (target.key, target.size, target.mtime_ns, self.key, RESULTS_FORMAT),
        ).fetchone()
        if row is None:
            return None
        try:
            return _from_record(marshal.loads(row[0]), target.display)
        except Exception:  # a damaged entry is a miss, never a crash
            return None

    def put(self, analysis: Analysis | Packed) -> None:
        if self.db is not None:
            packed = analysis if isinstance(analysis, Packed) else pack(analysis)
            self.pending.append((packed.key, packed.size, packed.mtime_ns, self.key, RESULTS_FORMAT, packed.payload))
            if len(self.pending) >= 500:
                self.flush()

    def flush(self) -> None:
        if self.db is None or not (self.pending or self.pending_finished):
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?)", self.pending)
            self.db.executemany("INSERT OR REPLACE INTO finished_v2 VALUES (?, ?, ?, ?, ?, ?)", self.pending_finished)
            self.db.execute("COMMIT")
        except sqlite3.Error:  # a cache that cannot be written is no reason to fail; the lock is not kept
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
        self.pending, self.pending_finished = [], []

    # -- finished results ----------------------------------------------------
    #
    # A file's final result (stage B: corpus rules, scores, the rules on them)
    # depends on its analysis, the settings and the corpus. The engine stores it
    # under a key of the settings, the corpus index's epoch and the names of the
    # linted files, with the index's change number (`seq`) it was computed at;
    # a later run replays it unless a change since touched the file's paragraphs
    # or images (CorpusIndex.dirty_since).

    def finished(self, target: Target, key: str) -> tuple[tuple[Any, ...], int] | None:
        """(record, change number) of a result stored under `key` for this very file, or None."""
        if self.db is None or target.size < 0:
            return None
        row = self.db.execute(
            "SELECT payload, seq FROM finished_v2 WHERE path = ? AND size = ? AND mtime_ns = ? AND key = ?",
            (target.key, target.size, target.mtime_ns, key),
        ).fetchone()
        if row is None:
            return None
        try:
            record = marshal.loads(row[0])
        except (EOFError, ValueError, TypeError):  # damaged: a miss, never a crash
            return None
        return (record, row[1]) if isinstance(record, tuple) and isinstance(row[1], int) else None

    def finished_paths(self, key: str) -> set[str]:
        """The files (by file_key) with a result stored under `key`, whatever their size and time."""
        if self.db is None:
            return set()
        return {path for (path,) in self.db.execute("SELECT path FROM finished_v2 WHERE key = ?", (key,))}

    def put_finished(self, target: Target, key: str, seq: int, record: bytes) -> None:
        """Store a result's record, marshalled (workers marshal it, to spare the main process)."""
        if self.db is not None and target.size >= 0:
            row = (target.key, target.size, target.mtime_ns, key, seq, record)
            self.pending_finished.append(row)
            if len(self.pending_finished) >= 500:
                self.flush()

    def close(self) -> None:
        if self.db is not None:
            self.flush()
            self.db.close()


# Bump when Analysis (or anything in its record) changes shape.
RESULTS_FORMAT = 4


# An analysis as plain tuples for marshal, several times faster to load than
# pickled dataclasses; the display path is not stored (a run may name the
# file differently) and is given back on load.


def findings_record(findings: tuple[Finding, ...]) -> tuple[Any, ...]:
    """Findings of one file as plain tuples (their path is the file's, given back on load)."""
    return tuple(
        (
            f.code,
            f.name,
            f.category,
            int(f.severity),
            f.message,
            f.line,
            f.column,
            f.end_line,
            # A place in the file itself is stored without its name: the next run may name it otherwise.
            tuple((None if r.path == f.path else r.path, r.line, r.column) for r in f.related),
            f.anchor,
        )
        for f in findings
    )


def related_paths(record: tuple[Any, ...]) -> Iterator[str | None]:
    """The paths of the places a findings record relates to (None: the file itself)."""
    for finding in record:
        for path, *_ in finding[8]:
            yield path


def findings_from_record(record: tuple[Any, ...], display: str) -> tuple[Finding, ...]:
    make = Finding.from_values
    return tuple(
        make(
            (
                code,
                name,
                cat,
                _SEVERITY[sev],
                msg,
                display,
                line,
                col,
                end,
                tuple([Location(display if path is None else path, line, col) for path, line, col in related]),
                anchor,
            )
        )
        for code, name, cat, sev, msg, line, col, end, related, anchor in record
    )


def _to_record(a: Analysis) -> tuple[Any, ...]:
    findings = findings_record(a.findings)
    inputs = None
    if a.inputs is not None:
        i = a.inputs
        c, fr, d = i.clarity, i.freshness, i.depth
        inputs = (
            (
                c.prose_words,
                c.sentences,
                c.flesch,
                c.long_sentences,
                c.long_share,
                c.long_sentence_penalty,
                c.long_paragraphs,
                c.long_sections,
                c.same_start_runs,
                c.structure_penalty,
                c.score,
            ),
            (fr.last_reviewed.toordinal() if fr.last_reviewed else None, fr.age_days, fr.status, fr.factor, fr.score),
            (d.paragraphs, d.repeated_paragraphs, d.sections_with_content, d.code_examples, d.checklist_items),
            tuple((name, value, line) for name, (value, line) in i.declared.items()),
            i.title_line,
        )
    prints = None
    if a.prints is not None:
        prints = (tuple((p.line, p.exact, p.bands) for p in a.prints.paragraphs), a.prints.images)
    return (a.key, a.format, a.readable, findings, a.errors, inputs, prints, a.digest, a.size, a.mtime_ns, a.urls)


_SEVERITY = {int(s): s for s in Severity}


@dataclass(frozen=True)
class Packed:
    """An analysis as a worker process sends it back: its cache record,
    marshalled, and the paragraph texts the record leaves out. Several times
    cheaper to receive than the pickled Analysis, and the main process stores
    the record as it is."""

    display: str
    key: str
    size: int
    mtime_ns: int
    payload: bytes
    texts: tuple[str | None, ...]

    def unpack(self, findings: bool = True) -> Analysis:
        """The analysis; without its findings and score inputs when `findings`
        is false (what the corpus index needs, for a tenth of the cost)."""
        analysis = _from_record(marshal.loads(self.payload), self.display, findings)
        if analysis.prints is None:
            return analysis
        paragraphs = tuple(
            ParagraphPrint(p.line, p.exact, text, p.bands)
            for p, text in zip(analysis.prints.paragraphs, self.texts, strict=True)
        )
        return replace(analysis, prints=Prints(paragraphs, analysis.prints.images))


def pack(analysis: Analysis) -> Packed:
    texts = tuple(p.text for p in analysis.prints.paragraphs) if analysis.prints is not None else ()
    payload = marshal.dumps(_to_record(analysis))
    return Packed(analysis.display, analysis.key, analysis.size, analysis.mtime_ns, payload, texts)


def _from_record(r: tuple[Any, ...], display: str, findings: bool = True) -> Analysis:
    key, fmt, readable, found, errors, inputs, prints, digest, size, mtime, urls = r
    found = findings_from_record(found, display) if findings else ()
    score = None
    if inputs is not None and findings:
        c, fr, d, declared, title_line = inputs
        reviewed = dt.date.fromordinal(fr[0]) if fr[0] is not None else None
        score = ScoreInputs(
            Clarity(*c),
            Freshness(reviewed, *fr[1:]),
            DepthBasis(*d),
            {name: (value, line) for name, value, line in declared},
            title_line,
        )
    pr = None
    if prints is not None:
        pr = Prints(tuple(ParagraphPrint(line, exact, None, bands) for line, exact, bands in prints[0]), prints[1])
    return Analysis(display, key, fmt, readable, found, errors, score, pr, digest, size, mtime, urls)
