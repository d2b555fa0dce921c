"""The corpus index: which paragraphs, image urls and titles the articles of the corpus hold.

A paragraph is boilerplate because many other articles carry it too, so
DUP004, DUP006 and META017 need the whole corpus, even in a pre-commit run
handed two files. The index keeps, for every corpus file, the fingerprints of
its prose paragraphs, its image urls and its title (lintkit.corpus.sketch), in SQLite under
`.lintkit_cache/corpus.sqlite3` (in memory with `--no-cache`), in WAL mode with
a busy timeout so that two runs can share it.

This module is the database: opening it, its schema, its change log, and the
queries both sides use. lintkit.corpus.update writes it (a file at a time, in
batches, linking near duplicates); lintkit.corpus.view answers the corpus
rules' questions from it. Its format number is derived from the schema and
the sketch's source: changing either rebuilds the index.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from lintkit import facts as facts_module
from lintkit import text as text_module
from lintkit.corpus import sketch
from lintkit.corpus.sketch import BANDS, NUM_PERM
from lintkit.db import BUSY_TIMEOUT, open_cache_db, rollback
from lintkit.structs import dataclass

_SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, digest TEXT NOT NULL)",
    "CREATE TABLE occurrences (file_id INTEGER NOT NULL, line INTEGER NOT NULL, exact INTEGER NOT NULL)",
    "CREATE INDEX occurrences_file ON occurrences (file_id)",
    "CREATE TABLE reps (exact INTEGER PRIMARY KEY, text TEXT NOT NULL"
    + "".join(f", b{i} INTEGER" for i in range(BANDS))
    + ")",
    # Verified near-duplicate pairs of distinct paragraphs (a < b), kept up to date as reps come and go.
    "CREATE TABLE neighbours (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID",
    "CREATE INDEX neighbours_b ON neighbours (b)",
    "CREATE TABLE images (file_id INTEGER NOT NULL, line INTEGER NOT NULL, url TEXT NOT NULL)",
    # The folders of the last walk of the configured corpus, with their mtimes.
    "CREATE TABLE walks (key TEXT PRIMARY KEY, folders BLOB NOT NULL)",
    "CREATE INDEX images_file ON images (file_id)",
    # Each file's title (META017): its line and the digest of its folded text.
    "CREATE TABLE titles (file_id INTEGER PRIMARY KEY, line INTEGER NOT NULL, key INTEGER NOT NULL)",
    # What each content change touched (paragraph digests, image urls, titles), by
    # change number: results computed before a change stay valid for the files
    # that hold none of it (see dirty_since).
    "CREATE TABLE changed_exacts (seq INTEGER NOT NULL, exact INTEGER NOT NULL)",
    "CREATE INDEX changed_exacts_seq ON changed_exacts (seq)",
    "CREATE TABLE changed_urls (seq INTEGER NOT NULL, url TEXT NOT NULL)",
    "CREATE INDEX changed_urls_seq ON changed_urls (seq)",
    "CREATE TABLE changed_titles (seq INTEGER NOT NULL, key INTEGER NOT NULL)",
    "CREATE INDEX changed_titles_seq ON changed_titles (seq)",
    # Paragraphs stored but not linked to their near duplicates yet (a run
    # interrupted between its two transactions leaves them for the next one).
    "CREATE TABLE pending_links (exact INTEGER PRIMARY KEY)",
    "CREATE TABLE changed_files (seq INTEGER NOT NULL, path TEXT NOT NULL)",
    "CREATE INDEX changed_files_seq ON changed_files (seq)",
]

# The indexes by content (a paragraph's digest and band values, an image's url, a
# title's digest): what finds the other holders of a paragraph, url or title. A
# first fill leaves them out while it stores the corpus and makes them before it
# links (`CorpusIndex.drop_lookups` / `make_lookups`): eight of them take every
# paragraph in no order, and inserting under them was most of the main process's
# work in a cold run (1,000 generated posts: 0.35 s of CPU, against 0.03 s to
# make them once at the end). Every opening makes those that are missing, so an
# index a first fill left without them when it was killed gets them back.
LOOKUPS = {
    "occurrences_exact": "occurrences (exact)",
    **{f"reps_b{i}": f"reps (b{i})" for i in range(BANDS)},
    "images_url": "images (url)",
    "titles_key": "titles (key)",
}
_SCHEMA += [f"CREATE INDEX IF NOT EXISTS {name} ON {on}" for name, on in LOOKUPS.items()]


# The tables of the change log (see dirty_since), trimmed together.
CHANGE_LOG = ("changed_exacts", "changed_urls", "changed_titles", "changed_files")


def _format_version() -> str:
    """The index's shape: its schema and how fingerprints are made (the source
    of the sketch, and of the facts and folding it reads titles and urls with)."""
    digest = hashlib.blake2b(repr(_SCHEMA).encode(), digest_size=8)
    for module in (sketch, facts_module, text_module):
        with contextlib.suppress(OSError):
            digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


FORMAT_VERSION = _format_version()

# The pages of the index file SQLite keeps in memory, at most (its default: 2 MB).
# A first fill linked batch by batch (and any later update) inserts its paragraphs
# under eight band indexes, in no order: with 2 MB, past a few hundred posts most
# inserts read their page back from the file (1,000 generated posts, measured
# before a fill linked at the end made its indexes once: 0.1 s less system time,
# 2 to 3 % less wall with 16 MB). The main process holds up to 16 MB more,
# whatever the corpus's size; making LOOKUPS sorts beyond it in SQLite's
# temporary files.
PAGE_CACHE_KIB = 16 * 1024


@dataclass(frozen=True)
class Dirty:
    """Since some change: the files holding something it touched, and the
    files it changed or removed (both by file key)."""

    holders: set[str]
    changed: set[str]


class CorpusIndex:
    """The SQLite database of the corpus index and its queries.

    Every transaction that changes indexed content takes the next change
    number (`seq`) and logs the paragraph digests, image urls and title
    digests it added or removed, both ends of every near-duplicate pair it made or dropped, and
    the files it changed (lintkit.corpus.update). `epoch` names this
    incarnation of the index (a rebuild draws a new one)."""

    def __init__(self, db: sqlite3.Connection, threshold: int, min_chars: int) -> None:
        self.db = db
        self.threshold = threshold
        self.min_chars = min_chars
        self._ids: dict[str, int] = {}

    @classmethod
    def open(cls, cache_dir: Path | None, threshold: int, min_chars: int, min_words: int = 0) -> CorpusIndex:
        """Open (or create, or rebuild) the index; in memory when cache_dir is None
        or cannot be written. The settings the fingerprints were made with are
        part of it: other settings rebuild it."""
        settings = f"{FORMAT_VERSION}:{NUM_PERM}:{BANDS}:{min_chars}:{threshold}:{min_words}"
        db = open_cache_db(cache_dir, "corpus.sqlite3") if cache_dir is not None else None
        if db is None:
            db = sqlite3.connect(":memory:", isolation_level=None)
        else:
            db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        index = cls(db, threshold, min_chars)
        index._ensure_schema(settings)
        return index

    def _ensure_schema(self, settings: str) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            try:
                meta = dict(db.execute("SELECT key, value FROM meta"))
            except sqlite3.Error:
                meta = {}
            sound = all(str(meta.get(k, "")).isdigit() for k in ("seq", "oldest")) and bool(meta.get("epoch"))
            if meta.get("settings") != settings or not sound:  # another format, or damaged: rebuilt
                for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                    db.execute(f'DROP TABLE IF EXISTS "{name}"')
                for statement in _SCHEMA:
                    db.execute(statement)
                db.execute("INSERT INTO meta VALUES ('settings', ?)", (settings,))
                db.executemany(
                    "INSERT INTO meta VALUES (?, ?)", [("epoch", os.urandom(16).hex()), ("seq", "0"), ("oldest", "0")]
                )
            else:
                # Those a first fill killed before its end left out; an index file
                # that cannot be written (read-only) does without them, slower.
                with contextlib.suppress(sqlite3.OperationalError):
                    self._make_lookups()
            db.execute("COMMIT")
        except BaseException:
            rollback(db)
            raise

    def close(self) -> None:
        self.db.close()

    def drop_lookups(self) -> None:
        """Inside a write transaction: drop the indexes by content (`LOOKUPS`),
        which a first fill makes once it has stored the corpus."""
        for name in LOOKUPS:
            self.db.execute(f"DROP INDEX IF EXISTS {name}")

    def make_lookups(self) -> None:
        """Make the indexes by content that are missing, in a transaction of its
        own: what it makes is committed for the processes that read the index."""
        if self.db.execute(
            f"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ({','.join('?' * len(LOOKUPS))})",
            list(LOOKUPS),
        ).fetchone()[0] == len(LOOKUPS):
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self._make_lookups()
            self.db.execute("COMMIT")
        except BaseException:
            rollback(self.db)
            raise

    def _make_lookups(self) -> None:
        for name, on in LOOKUPS.items():
            self.db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")

    @property
    def file(self) -> str | None:
        """The index's database file; None for an index in memory."""
        for _, name, file in self.db.execute("PRAGMA database_list"):
            if name == "main":
                return file or None
        return None

    def reopen(self, file: str) -> None:
        """In a process forked from the one that opened the index (whose `file`
        it is): a connection of its own, for reading. The inherited connection
        is left alone, never used or closed here."""
        self.db = sqlite3.connect(file, timeout=BUSY_TIMEOUT, isolation_level=None)

    def meta(self, key: str) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else ""

    @property
    def epoch(self) -> str:
        return self.meta("epoch")

    @property
    def seq(self) -> int:
        return int(self.meta("seq") or 0)

    def dirty_since(self, seq: int) -> Dirty | None:
        """What may make a file's corpus answers (DUP004, DUP006, META017, the
        boilerplate share) differ from what they were at change `seq`: None
        when the log no longer reaches back to `seq` (then anything may).
        A title touched makes only the files with that title dirty: titles are
        not paragraphs, and no paragraph's or url's answer depends on them."""
        if seq < int(self.meta("oldest") or 0):
            return None
        changed = {path for (path,) in self.db.execute("SELECT DISTINCT path FROM changed_files WHERE seq > ?", (seq,))}
        rows = self.db.execute(
            "WITH d(exact) AS (SELECT exact FROM changed_exacts WHERE seq > :s),"
            " fam(exact) AS (SELECT exact FROM d UNION SELECT b FROM neighbours WHERE a IN d"
            " UNION SELECT a FROM neighbours WHERE b IN d)"
            " SELECT f.path FROM occurrences o JOIN files f ON f.id = o.file_id WHERE o.exact IN fam"
            " UNION SELECT f.path FROM images i JOIN files f ON f.id = i.file_id"
            " WHERE i.url IN (SELECT url FROM changed_urls WHERE seq > :s)"
            " UNION SELECT f.path FROM titles t JOIN files f ON f.id = t.file_id"
            " WHERE t.key IN (SELECT key FROM changed_titles WHERE seq > :s)",
            {"s": seq},
        )
        return Dirty({path for (path,) in rows}, changed)

    def file_items(self, fid: int) -> tuple[list[int], list[str], list[int]]:
        """The paragraph digests, image urls and title digest (none or one) a file holds."""
        exacts = [e for (e,) in self.db.execute("SELECT exact FROM occurrences WHERE file_id = ?", (fid,))]
        urls = [u for (u,) in self.db.execute("SELECT url FROM images WHERE file_id = ?", (fid,))]
        titles = [k for (k,) in self.db.execute("SELECT key FROM titles WHERE file_id = ?", (fid,))]
        return exacts, urls, titles

    def file_id(self, key: str) -> int | None:
        """The id of a file by its key (files.file_key); None when not indexed."""
        if key not in self._ids:
            row = self.db.execute("SELECT id FROM files WHERE path = ?", (key,)).fetchone()
            self._ids[key] = row[0] if row else -1
        fid = self._ids[key]
        return None if fid < 0 else fid

    def path_of(self, fid: int) -> str | None:
        """A file's key by its id."""
        row = self.db.execute("SELECT path FROM files WHERE id = ?", (fid,)).fetchone()
        return row[0] if row else None

    def neighbours_of(self, exact: int) -> list[int]:
        """The verified near duplicates of a paragraph."""
        return [
            other
            for (other,) in self.db.execute(
                "SELECT b FROM neighbours WHERE a = ? UNION SELECT a FROM neighbours WHERE b = ?", (exact, exact)
            )
        ]

    def occurrences(self, exacts: Iterable[int]) -> list[tuple[int, int, int]]:
        """(exact, file id, line) of every occurrence of these paragraphs."""
        rows: list[tuple[int, int, int]] = []
        for exact in exacts:
            rows += self.db.execute("SELECT exact, file_id, line FROM occurrences WHERE exact = ?", (exact,)).fetchall()
        return rows

    def texts(self, exacts: Iterable[int]) -> dict[int, str]:
        """The folded texts of these paragraphs."""
        out: dict[int, str] = {}
        for chunk in chunks(sorted(exacts), 500):
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT exact, text FROM reps WHERE exact IN ({marks})", chunk))
        return out

    # -- the corpus walk -------------------------------------------------------

    def last_walk(self, key: str) -> list[tuple[str, int]] | None:
        row = self.db.execute("SELECT folders FROM walks WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        with contextlib.suppress(ValueError, EOFError, TypeError):
            return list(marshal.loads(row[0]))
        return None

    def save_walk(self, key: str, folders: list[tuple[str, int]]) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("INSERT OR REPLACE INTO walks VALUES (?, ?)", (key, marshal.dumps(folders)))

    def files_below(self, root: str) -> list[tuple[str, int, int]]:
        """(path, size, mtime) of the indexed files below a folder, or of the
        file itself when `root` is one (by absolute path)."""
        lo, hi = below(root)
        return self.db.execute(
            "SELECT path, size, mtime_ns FROM files WHERE (path >= ? AND path < ?) OR path = ?", (lo, hi, root)
        ).fetchall()


def below(folder: str) -> tuple[str, str]:
    """The range of paths below a folder: path >= lo and path < hi."""
    prefix = folder.rstrip("/") + "/"
    return prefix, prefix[:-1] + "0"  # "0" follows "/"


def chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
