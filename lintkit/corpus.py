"""The corpus index: which paragraphs and image urls other articles share.

A paragraph is boilerplate because many other articles carry it too, so
DUP004 and DUP006 need the whole corpus, even in a pre-commit run handed two
files. The index keeps, for every corpus file, the fingerprints of its prose
paragraphs and its image urls, in SQLite under `.lintkit_cache/`:

- **exact matches**: a 64-bit BLAKE2 digest of the paragraph's folded text
  (case folded, whitespace collapsed);
- **near matches** without comparing every pair: a MinHash sketch (one-
  permutation hashing, 16 bins) over the word bigrams of the folded text,
  cut into 8 bands of 2 (locality sensitive hashing): two paragraphs become
  candidates when a band agrees, which for a Jaccard similarity of 0.65
  (what a few changed words leave) happens with probability about 0.97. Candidates are then checked with the
  same rapidfuzz ratio and threshold as DUP002, so LSH only decides which
  pairs are compared. Its cost grows linearly with the number of distinct
  paragraphs. See docs/architecture.md for why this is not datasketch.

The index is updated incrementally: a file whose size and modification time
are unchanged is not read; one whose content digest is unchanged is not
re-parsed. Writes happen in one transaction, in WAL mode with a busy
timeout, so two runs can share the cache. A change of FORMAT_VERSION (or of
the options fingerprints depend on) rebuilds it; `--no-cache` keeps the whole
index in memory for the run.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import heapq
import itertools
import marshal
import os
import sqlite3
import uuid
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from lintkit.db import BUSY_TIMEOUT, open_cache_db
from lintkit.model import TEXT_MEMO, Article
from lintkit.rules.facts import image_records

FORMAT_VERSION = 7
NUM_PERM = 16
BANDS = 8
ROWS = NUM_PERM // BANDS
_BIN_SHIFT = 60  # 64-bit hash: top 4 bits pick one of NUM_PERM = 16 bins
_LOW = (1 << _BIN_SHIFT) - 1
_MASK63 = (1 << 63) - 1
# When more files than this are linted, shared paragraphs are resolved for the
# whole corpus at once; fewer are looked up one paragraph at a time.
BULK_TARGETS = 200


@functools.lru_cache(maxsize=TEXT_MEMO)  # a corpus repeats its paragraphs: see model.TEXT_MEMO
def exact_key(folded: str) -> int:
    """A paragraph's identity as a signed 64-bit integer (SQLite's INTEGER)."""
    return int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=8).digest(), "big", signed=True)


@functools.lru_cache(maxsize=TEXT_MEMO)
def band_keys(folded: str) -> tuple[int, ...]:
    """The LSH band values of a paragraph: a MinHash sketch over word bigrams.

    One-permutation hashing (Li, Owen and Zhang, 2012): each bigram is hashed
    once to 64 bits (two CRC-32s); the top 4 bits pick one of 16 bins and each
    bin keeps its smallest value, so one pass gives 16 minimums that agree
    between two paragraphs with probability close to their Jaccard similarity.
    Empty bins borrow the next non-empty bin's value, marked with the distance
    (rotation densification). Each band combines 2 bins into one 63-bit value.
    """
    words = folded.split()
    grams = [f"{a} {b}".encode() for a, b in itertools.pairwise(words)] or [folded.encode()]
    empty = _LOW + 1
    bins = [empty] * NUM_PERM
    for gram in grams:
        h = zlib.crc32(gram) << 32 | zlib.crc32(gram, 0x5BD1E995)
        b, v = h >> _BIN_SHIFT, h & _LOW
        if v < bins[b]:
            bins[b] = v
    mins = []
    for i in range(NUM_PERM):
        j, distance = i, 0
        while bins[j] == empty and distance < NUM_PERM:
            j, distance = (j + 1) % NUM_PERM, distance + 1
        mins.append(bins[j] | distance << 60)
    return tuple(((mins[i * ROWS] * 0x9E3779B97F4A7C15) ^ mins[i * ROWS + 1]) & _MASK63 for i in range(BANDS))


@dataclass(frozen=True)
class ParagraphPrint:
    line: int
    exact: int
    text: str | None  # folded; None in a cached analysis (the index keeps it)
    bands: tuple[int, ...]  # empty for paragraphs too short to compare


@dataclass(frozen=True)
class Prints:
    paragraphs: tuple[ParagraphPrint, ...]
    images: tuple[tuple[int, str], ...]  # (line, url)


def fingerprint(article: Article, min_chars: int, bands: bool = True) -> Prints:
    """The article's paragraph and image fingerprints (`bands=False` skips the
    MinHash, which a lookup in bulk mode does not need)."""
    paragraphs = []
    for block in article.prose():
        folded = block.folded
        keys = band_keys(folded) if bands and len(folded) >= min_chars else ()
        paragraphs.append(ParagraphPrint(block.line, exact_key(folded), folded, keys))
    images = []
    for record in image_records(article):
        item = record.get("url")
        if item is not None and item.value:
            images.append((item.line, item.value.strip()))
    return Prints(tuple(paragraphs), tuple(images))


@dataclass(frozen=True)
class FileState:
    """What the index needs to know about a corpus file to decide whether to re-read it."""

    key: str  # the resolved path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Fingerprinted:
    state: FileState
    digest: str
    prints: Prints | None  # None: the content is unchanged, keep the stored prints


@dataclass(frozen=True)
class _Group:
    """The files carrying a paragraph (or url), and the first few by path."""

    size: int  # distinct files
    members: tuple[dict[int, int], ...]  # each member's file id -> line (shared, not copied)
    examples: tuple[tuple[str, int, int], ...]  # (path, line, file id)

    def shared_with(self, fid: int, holds: bool | None = None) -> Shared:
        """The files other than `fid` (`holds`: whether fid is one of them, when known)."""
        if holds is None:
            holds = any(fid in m for m in self.members)
        if all(f != fid for _, _, f in self.examples):  # the usual case: the same answer for most files
            return self._common[holds]
        return Shared(self.size - holds, tuple((p, line) for p, line, f in self.examples if f != fid)[:3])

    @functools.cached_property
    def _common(self) -> tuple[Shared, Shared]:
        """The answer for a file that is not among the examples: (it does not hold it, it does)."""
        examples = tuple((p, line) for p, line, _ in self.examples[:3])
        return Shared(self.size, examples), Shared(self.size - 1, examples)


@dataclass(frozen=True)
class Shared:
    """Other articles that carry a paragraph (or an image url)."""

    count: int
    examples: tuple[tuple[str, int], ...]  # (path, line), up to 3


_SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, digest TEXT NOT NULL)",
    "CREATE TABLE occurrences (file_id INTEGER NOT NULL, line INTEGER NOT NULL, exact INTEGER NOT NULL)",
    "CREATE INDEX occurrences_exact ON occurrences (exact)",
    "CREATE INDEX occurrences_file ON occurrences (file_id)",
    "CREATE TABLE reps (exact INTEGER PRIMARY KEY, text TEXT NOT NULL"
    + "".join(f", b{i} INTEGER" for i in range(BANDS))
    + ")",
    *(f"CREATE INDEX reps_b{i} ON reps (b{i})" for i in range(BANDS)),
    # Verified near-duplicate pairs of distinct paragraphs (a < b), kept up to date as reps come and go.
    "CREATE TABLE neighbours (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID",
    "CREATE INDEX neighbours_b ON neighbours (b)",
    "CREATE TABLE images (file_id INTEGER NOT NULL, line INTEGER NOT NULL, url TEXT NOT NULL)",
    # The folders of the last walk of the configured corpus, with their mtimes.
    "CREATE TABLE walks (key TEXT PRIMARY KEY, folders BLOB NOT NULL)",
    "CREATE INDEX images_url ON images (url)",
    "CREATE INDEX images_file ON images (file_id)",
    # What each content change touched (paragraph digests, image urls), by
    # change number: results computed before a change stay valid for the files
    # that hold none of it (see dirty_since).
    "CREATE TABLE changed_exacts (seq INTEGER NOT NULL, exact INTEGER NOT NULL)",
    "CREATE INDEX changed_exacts_seq ON changed_exacts (seq)",
    "CREATE TABLE changed_urls (seq INTEGER NOT NULL, url TEXT NOT NULL)",
    "CREATE INDEX changed_urls_seq ON changed_urls (seq)",
    # Paragraphs stored but not linked to their near duplicates yet (a run
    # interrupted between its two transactions leaves them for the next one).
    "CREATE TABLE pending_links (exact INTEGER PRIMARY KEY)",
    "CREATE TABLE changed_files (seq INTEGER NOT NULL, path TEXT NOT NULL)",
    "CREATE INDEX changed_files_seq ON changed_files (seq)",
]
# Changes kept in the log: a result older than this many changes is redone.
KEEP_CHANGES = 32


class CorpusIndex:
    """The SQLite-backed index, plus the lookups DUP004, DUP006 and depth use."""

    def __init__(self, db: sqlite3.Connection, threshold: int, min_chars: int, cwd: Path) -> None:
        self.db = db
        self.threshold = threshold
        self.min_chars = min_chars
        self.cwd = cwd
        self._paths: dict[int, str] = {}
        # resolved path -> the path this run shows for it (set by the engine)
        self.names: dict[str, str] = {}
        # The configured corpus: (resolved root, the name a walk gives it); a
        # file below a root is named as the walk from it would name it.
        self.roots: tuple[tuple[str, str], ...] = ()
        self._ids: dict[str, int] = {}
        # Bulk mode (prepare_bulk): for everything shared at all, each paragraph
        # digest's (and url's) own files, file id -> first line; and the
        # verified near-duplicate pairs.
        self._own: dict[int, dict[int, int]] | None = None
        self._own_images: dict[str, dict[int, int]] | None = None
        self._nbrs: dict[int, set[int]] = {}
        self._groups: dict[int, _Group] = {}
        self._families: dict[frozenset[int], _Group] = {}
        self._rank: tuple[dict[int, int], list[int]] | None = None
        self._image_groups: dict[str, _Group] = {}

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, cache_dir: Path | None, threshold: int, min_chars: int, cwd: Path | None = None) -> CorpusIndex:
        """Open (or create, or rebuild) the index; in memory when cache_dir is None
        or cannot be written."""
        settings = f"{FORMAT_VERSION}:{NUM_PERM}:{BANDS}:{min_chars}:{threshold}"
        db = open_cache_db(cache_dir, "corpus.sqlite3") if cache_dir is not None else None
        if db is None:
            db = sqlite3.connect(":memory:", isolation_level=None)
        index = cls(db, threshold, min_chars, (cwd or Path.cwd()).resolve())
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
                    "INSERT INTO meta VALUES (?, ?)", [("epoch", uuid.uuid4().hex), ("seq", "0"), ("oldest", "0")]
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

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

    # -- what changed --------------------------------------------------------
    #
    # Every transaction that changes indexed content takes the next change
    # number (`seq`) and logs the paragraph digests and image urls it added or
    # removed, and both ends of every near-duplicate pair it made or dropped.
    # `epoch` names this incarnation of the index (a rebuild draws a new one).

    def _meta(self, key: str) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else ""

    @property
    def epoch(self) -> str:
        return self._meta("epoch")

    @property
    def seq(self) -> int:
        return int(self._meta("seq") or 0)

    def _log_change(self, touched: Touched | None) -> None:
        """Inside a write transaction: take the next change number and log what
        it touched (None: not worth logging, then no earlier result is kept)."""
        db = self.db
        seq = self.seq + 1
        db.execute("UPDATE meta SET value = ? WHERE key = 'seq'", (str(seq),))
        if touched is None:
            for table in ("changed_exacts", "changed_urls", "changed_files"):
                db.execute(f"DELETE FROM {table}")
            db.execute("UPDATE meta SET value = ? WHERE key = 'oldest'", (str(seq),))
            return
        db.executemany("INSERT INTO changed_exacts VALUES (?, ?)", [(seq, e) for e in touched.exacts])
        db.executemany("INSERT INTO changed_urls VALUES (?, ?)", [(seq, u) for u in touched.urls])
        db.executemany("INSERT INTO changed_files VALUES (?, ?)", [(seq, f) for f in touched.files])
        if seq - KEEP_CHANGES > int(self._meta("oldest") or 0):
            oldest = seq - KEEP_CHANGES
            for table in ("changed_exacts", "changed_urls", "changed_files"):
                db.execute(f"DELETE FROM {table} WHERE seq <= ?", (oldest,))
            db.execute("UPDATE meta SET value = ? WHERE key = 'oldest'", (str(oldest),))

    def dirty_since(self, seq: int) -> Dirty | None:
        """What may make a file's corpus answers (DUP004, DUP006, the
        boilerplate share) differ from what they were at change `seq`: None
        when the log no longer reaches back to `seq` (then anything may)."""
        if seq < int(self._meta("oldest") or 0):
            return None
        changed = {
            self._shown(path)
            for (path,) in self.db.execute("SELECT DISTINCT path FROM changed_files WHERE seq > ?", (seq,))
        }
        rows = self.db.execute(
            "WITH d(exact) AS (SELECT exact FROM changed_exacts WHERE seq > :s),"
            " fam(exact) AS (SELECT exact FROM d UNION SELECT b FROM neighbours WHERE a IN d"
            " UNION SELECT a FROM neighbours WHERE b IN d)"
            " SELECT f.path FROM occurrences o JOIN files f ON f.id = o.file_id WHERE o.exact IN fam"
            " UNION SELECT f.path FROM images i JOIN files f ON f.id = i.file_id"
            " WHERE i.url IN (SELECT url FROM changed_urls WHERE seq > :s)",
            {"s": seq},
        )
        return Dirty({path for (path,) in rows}, changed)

    def _file_items(self, fid: int) -> tuple[list[int], list[str]]:
        """The paragraph digests and image urls a file holds."""
        exacts = [e for (e,) in self.db.execute("SELECT exact FROM occurrences WHERE file_id = ?", (fid,))]
        urls = [u for (u,) in self.db.execute("SELECT url FROM images WHERE file_id = ?", (fid,))]
        return exacts, urls

    # -- updating ----------------------------------------------------------

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
        lo, hi = _below(root)
        return self.db.execute(
            "SELECT path, size, mtime_ns FROM files WHERE (path >= ? AND path < ?) OR path = ?", (lo, hi, root)
        ).fetchall()

    def begin_update(
        self, files: Sequence[tuple[str, str, int, int]], unchanged_below: Sequence[str] = ()
    ) -> IndexUpdate:
        """An update to these files (key, path, size, mtime). A file the index
        holds and `files` lacks has vanished, unless it is below one of the
        folders of `unchanged_below` (known to hold the same files as before),
        or is one of its files."""
        return IndexUpdate(self, files, unchanged_below)

    def _delete_file(self, fid: int) -> None:
        for table in ("occurrences", "images"):
            self.db.execute(f"DELETE FROM {table} WHERE file_id = ?", (fid,))
        self.db.execute("DELETE FROM files WHERE id = ?", (fid,))

    def _store(self, done: Fingerprinted, touched: Touched, rows: _Rows) -> list[ParagraphPrint]:
        """Write one file's rows; return its paragraphs that were new to the
        index, and note in `touched` the file, and the digests and urls it
        gained or lost (not those that only moved: a line that moved shows in
        other files' results only as an example, which the engine checks).

        The file's row is read again here, inside the write transaction:
        another run sharing the index may have stored the file since this
        update began. Its paragraph and image rows wait in `rows` (one
        statement each for the whole transaction)."""
        db, st = self.db, done.state
        row = db.execute("SELECT id, digest FROM files WHERE path = ?", (st.key,)).fetchone()
        if row is not None and (done.prints is None or row[1] == done.digest):
            db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (st.size, st.mtime_ns, row[0]))
            return []  # the content is the one indexed: only its modification time is new
        if done.prints is None:
            return []  # unchanged, but removed by another run meanwhile: the next run reads it again
        prints = done.prints
        if row is not None:
            rows.write(db)  # what is read and deleted below must be written first
        exacts, urls = self._file_items(row[0]) if row is not None else ((), ())
        touched.exacts.update(set(exacts).symmetric_difference(p.exact for p in prints.paragraphs))
        touched.urls.update(set(urls).symmetric_difference(url for _, url in prints.images))
        touched.files.add(st.key)
        if row is not None:
            self._delete_file(row[0])
        cur = db.execute(
            "INSERT INTO files (path, size, mtime_ns, digest) VALUES (?, ?, ?, ?)",
            (st.key, st.size, st.mtime_ns, done.digest),
        )
        fid = cur.lastrowid
        rows.occurrences += [(fid, p.line, p.exact) for p in prints.paragraphs]
        new = []
        for p in prints.paragraphs:
            if p.exact in rows.reps:
                continue  # stored in this transaction already: inserting it again would change nothing
            rows.reps.add(p.exact)
            cur = db.execute(
                f"INSERT OR IGNORE INTO reps VALUES (?, ?{', ?' * BANDS})",
                (p.exact, p.text, *(p.bands or (None,) * BANDS)),
            )
            if cur.rowcount and p.bands:
                new.append(p)
        rows.images += [(fid, line, url) for line, url in prints.images]
        return new

    # New paragraphs are linked this many at a time (bounds the texts held).
    LINK_CHUNK = 5000

    def _link(self, new: list[int]) -> list[int]:
        """Find and verify the near duplicates of paragraphs new to the index
        (LSH candidates, then the rapidfuzz ratio), so that no later run has to.

        Per band, one query finds every paragraph that shares it with a new
        one; each candidate pair is then compared once, however many bands it
        shares (a cold corpus used to cost a query per new paragraph).
        Returns both ends of every pair made."""
        db = self.db
        pairs = []
        linked: set[int] = set()  # the new paragraphs of earlier chunks: paired with this chunk's already
        for new_chunk in _chunks(sorted(set(new)), self.LINK_CHUNK):
            new_bands: dict[int, tuple[int, ...]] = {}
            columns = ", ".join(f"b{i}" for i in range(BANDS))
            for chunk in _chunks(new_chunk, 500):
                marks = ",".join("?" * len(chunk))
                for exact, *bands in db.execute(
                    f"SELECT exact, {columns} FROM reps WHERE exact IN ({marks}) AND b0 IS NOT NULL", chunk
                ):
                    new_bands[exact] = tuple(bands)
            candidates: set[tuple[int, int]] = set()
            for i in range(BANDS):
                bucket: dict[int, list[int]] = defaultdict(list)  # band value -> the new paragraphs with it
                for exact, bands in new_bands.items():
                    bucket[bands[i]].append(exact)
                old: dict[int, list[int]] = defaultdict(list)  # band value -> the other paragraphs with it
                for chunk in _chunks(list(bucket), 500):
                    marks = ",".join("?" * len(chunk))
                    for other, value in db.execute(f"SELECT exact, b{i} FROM reps WHERE b{i} IN ({marks})", chunk):
                        if other not in new_bands and other not in linked:
                            old[value].append(other)
                for value, fresh in bucket.items():
                    if len(fresh) > 1:
                        candidates.update(itertools.combinations(sorted(fresh), 2))
                    candidates.update((min(e, o), max(e, o)) for e in fresh for o in old.get(value, ()))
            texts = self._texts({e for pair in candidates for e in pair})
            # Each paragraph against all its candidates in one call: rapidfuzz loops in C.
            partners: dict[int, list[int]] = defaultdict(list)
            for a, b in candidates:
                partners[a].append(b)
            for a, others in partners.items():
                found = process.extract(
                    texts[a],
                    [texts[b] for b in others],
                    scorer=fuzz.ratio,
                    processor=None,
                    score_cutoff=self.threshold,
                    limit=None,
                )
                pairs += [(a, others[i]) for _, score, i in found if score]
            linked.update(new_bands)
        db.executemany("INSERT OR IGNORE INTO neighbours VALUES (?, ?)", sorted(pairs))
        return [e for pair in pairs for e in pair]

    def _texts(self, exacts: Iterable[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in _chunks(sorted(exacts), 500):
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT exact, text FROM reps WHERE exact IN ({marks})", chunk))
        return out

    # -- looking up --------------------------------------------------------

    @property
    def bulk(self) -> bool:
        return self._own is not None

    def file_id_of(self, key: str) -> int | None:
        """The id of a file by its resolved path."""
        if key not in self._ids:
            row = self.db.execute("SELECT id FROM files WHERE path = ?", (key,)).fetchone()
            self._ids[key] = row[0] if row else -1
        fid = self._ids[key]
        return None if fid < 0 else fid

    def display(self, fid: int) -> str:
        if fid not in self._paths:
            row = self.db.execute("SELECT path FROM files WHERE id = ?", (fid,)).fetchone()
            self._paths[fid] = self._shown(row[0] if row else "?")
        return self._paths[fid]

    def unusual_names(self) -> list[tuple[str, str]]:
        """How this run names files, as far as it is not the default: the
        corpus roots, and the files named otherwise than `_default_name`
        would (a path given as `./a.txt`)."""
        unusual = sorted((key, shown) for key, shown in self.names.items() if shown != self._default_name(key))
        return [*self.roots, *unusual]

    def _shown(self, resolved: str) -> str:
        """A file as this run names it: as given or found."""
        return self.names.get(resolved) or self._default_name(resolved)

    def _default_name(self, resolved: str) -> str:
        """The name a walk of the configured corpus gives a file below it; else
        the path relative to the current folder when below it, else absolute."""
        for root, shown in self.roots:
            if resolved == root:
                return shown
            if resolved.startswith(root + "/"):
                rest = resolved[len(root) + 1 :]
                return rest if shown == "." else os.path.join(shown, rest)
        prefix = self.cwd.as_posix().rstrip("/") + "/"
        return resolved[len(prefix) :] if resolved.startswith(prefix) else resolved

    def _neighbours_of(self, exact: int) -> list[int]:
        return [
            other
            for (other,) in self.db.execute(
                "SELECT b FROM neighbours WHERE a = ? UNION SELECT a FROM neighbours WHERE b = ?", (exact, exact)
            )
        ]

    def _occurrences(self, exacts: Iterable[int]) -> list[tuple[int, int, int]]:
        """(exact, file id, line) of every occurrence of these paragraphs."""
        rows: list[tuple[int, int, int]] = []
        for exact in exacts:
            rows += self.db.execute("SELECT exact, file_id, line FROM occurrences WHERE exact = ?", (exact,)).fetchall()
        return rows

    def paragraph(self, fid: int, p: ParagraphPrint) -> Shared:
        """How many other articles carry this paragraph, identical or near."""
        if self._own is None:  # a few targets: ask SQLite, which counts in C
            return self._shared_sql(fid, [p.exact, *self._neighbours_of(p.exact)])
        group = self._groups.get(p.exact)
        if group is None:
            # Paraphrase variants tend to be each other's neighbours, so many
            # paragraphs have the same family: its union is made once.
            family = frozenset((p.exact, *self._nbrs.get(p.exact, ())))
            group = self._families.get(family)
            if group is None:
                group = self._families[family] = self._group([self._own[e] for e in sorted(family) if e in self._own])
            self._groups[p.exact] = group
        if fid in self._own.get(p.exact, ()):  # the usual case: the asker holds the paragraph itself
            return group.shared_with(fid, holds=True)
        return group.shared_with(fid)

    def image(self, fid: int, url: str) -> Shared:
        if self._own_images is None:
            return self._shared_sql(fid, [url], table="images", column="url")
        group = self._image_groups.get(url)
        if group is None:
            own = self._own_images.get(url)
            group = self._image_groups[url] = self._group([own] if own else [])
        return group.shared_with(fid)

    def _shared_sql(self, fid: int, keys: list[Any], table: str = "occurrences", column: str = "exact") -> Shared:
        marks = ",".join("?" * len(keys))
        where = f"{column} IN ({marks}) AND file_id != ?"
        (count,) = self.db.execute(
            f"SELECT count(DISTINCT file_id) FROM {table} WHERE {where}", (*keys, fid)
        ).fetchone()
        if not count:
            return Shared(0, ())
        rows = self.db.execute(
            f"SELECT f.path, min(o.line) FROM {table} o JOIN files f ON f.id = o.file_id WHERE o.{column} IN ({marks})"
            " AND o.file_id != ? GROUP BY o.file_id ORDER BY f.path LIMIT 3",
            (*keys, fid),
        ).fetchall()
        return Shared(count, tuple((self._shown(path), line) for path, line in rows))

    def _group(self, members: list[dict[int, int]]) -> _Group:
        """The union of some paragraphs' (or a url's) files, and the first four by path."""
        # The union is only counted and ranked, then dropped: a group keeps its
        # members (the index's own maps), not a copy of their files.
        files = set().union(*members) if len(members) > 1 else (members[0].keys() if members else set())
        rank, by_rank = self._path_rank()
        chosen = [by_rank[r] for r in heapq.nsmallest(4, map(rank.__getitem__, files))]
        examples = tuple((self.display(f), min(m[f] for m in members if f in m), f) for f in chosen)
        return _Group(len(files), tuple(members), examples)

    def _path_rank(self) -> tuple[dict[int, int], list[int]]:
        """file id -> its position in path order (and back), so examples are the first by path."""
        if self._rank is None:
            by_rank = [fid for (fid,) in self.db.execute("SELECT id FROM files ORDER BY path")]
            self._rank = ({fid: i for i, fid in enumerate(by_rank)}, by_rank)
        return self._rank

    def prepare_bulk(self) -> None:
        """Load the sharing of the whole corpus at once: only paragraphs whose
        digest is in several files, or that have a near duplicate (the
        `neighbours` table), can be boilerplate; SQLite finds those with GROUP BY.
        Each keeps its own files; a group is the union of its and its
        neighbours' files, made when first asked."""
        db = self.db
        for fid, path in db.execute("SELECT id, path FROM files"):
            self._ids[path] = fid
            if fid not in self._paths:
                self._paths[fid] = self._shown(path)
        neighbours: dict[int, set[int]] = defaultdict(set)
        for a, b in db.execute("SELECT a, b FROM neighbours"):
            neighbours[a].add(b)
            neighbours[b].add(a)
        wanted = set(neighbours)
        wanted.update(
            exact
            for (exact,) in db.execute(
                "SELECT exact FROM occurrences GROUP BY exact HAVING count(DISTINCT file_id) > 1"
            )
        )
        own: dict[int, dict[int, int]] = defaultdict(dict)
        for chunk in _chunks(sorted(wanted), 500):
            marks = ",".join("?" * len(chunk))
            for exact, fid, line in db.execute(
                f"SELECT exact, file_id, min(line) FROM occurrences WHERE exact IN ({marks}) GROUP BY exact, file_id",
                chunk,
            ):
                own[exact][fid] = line
        images: dict[str, dict[int, int]] = defaultdict(dict)
        for url, fid, line in db.execute(
            "SELECT url, file_id, min(line) FROM images WHERE url IN "
            "(SELECT url FROM images GROUP BY url HAVING count(DISTINCT file_id) > 1) GROUP BY url, file_id"
        ):
            images[url][fid] = line
        self._nbrs, self._own, self._own_images = dict(neighbours), dict(own), dict(images)


class IndexUpdate:
    """One update of the index, fed a file at a time and committed in batches,
    so that a cold corpus is never held in memory whole and the write lock is
    never held for long (another run sharing the cache waits for one batch)."""

    BATCH = 500

    def __init__(
        self, index: CorpusIndex, files: Sequence[tuple[str, str, int, int]], unchanged_below: Sequence[str] = ()
    ) -> None:
        self.index = index
        columns = "SELECT path, id, size, mtime_ns, digest FROM files"
        if unchanged_below:
            # A pre-commit run: only the files named here and those outside the
            # unchanged folders (which may have vanished) are looked at.
            wanted = [key for key, *_ in files]
            rows = [
                row
                for chunk in _chunks(wanted, 500)
                for row in index.db.execute(f"{columns} WHERE path IN ({','.join('?' * len(chunk))})", chunk)
            ]
            bounds = [(*_below(root), root) for root in unchanged_below]
            outside = " AND ".join("NOT ((path >= ? AND path < ?) OR path = ?)" for _ in bounds)
            rows += index.db.execute(f"{columns} WHERE {outside}", [b for row in bounds for b in row]).fetchall()
        else:
            rows = index.db.execute(columns).fetchall()
        self.known = {path: (fid, size, mtime, digest) for path, fid, size, mtime, digest in rows}
        current: set[str] = set()
        self.pending_keys: dict[str, tuple[str, FileState, str | None]] = {}
        for key, file, size, mtime in files:
            if size < 0 or key in current:
                continue
            current.add(key)
            old = self.known.get(key)
            if old is not None and old[1] == size and old[2] == mtime:
                continue
            self.pending_keys[key] = (file, FileState(key, size, mtime), old[3] if old else None)
        self.gone = [self.known[k][0] for k in self.known.keys() - current]
        self.batch: list[Fingerprinted] = []
        self.changed = False
        # Results computed against an empty index are not worth keeping: a
        # first fill logs nothing (and so invalidates whatever was computed).
        self.log = bool(self.known) or index.db.execute("SELECT 1 FROM files LIMIT 1").fetchone() is not None

    def wants(self, key: str) -> bool:
        return key in self.pending_keys

    def todo(self) -> list[tuple[str, FileState, str | None]]:
        """The files still to fingerprint (those not stored yet)."""
        return list(self.pending_keys.values())

    def store(self, done: Fingerprinted) -> None:
        pending = self.pending_keys.pop(done.state.key, None)
        if pending is not None and done.prints is not None and pending[2] == done.digest:
            done = Fingerprinted(done.state, done.digest, None)  # the same content, only a new modification time
        self.changed = self.changed or done.prints is not None  # not only a new modification time
        self.batch.append(done)
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.batch:
            return
        db = self.index.db
        db.execute("BEGIN IMMEDIATE")
        try:
            touched = Touched()
            rows = _Rows()
            for done in self.batch:
                new = [(p.exact,) for p in self.index._store(done, touched, rows)]
                db.executemany("INSERT OR IGNORE INTO pending_links VALUES (?)", new)
            rows.write(db)
            if touched.files:
                self.index._log_change(touched if self.log else None)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self.batch = []

    def finish(self) -> None:
        """Store what is left, drop vanished files, and link new paragraphs to
        their near duplicates."""
        self._flush()
        unlinked = self.index.db.execute("SELECT 1 FROM pending_links LIMIT 1").fetchone() is not None
        if not self.gone and not self.changed and not unlinked:
            return  # nothing, or only new modification times: no change to log
        index, db = self.index, self.index.db
        db.execute("BEGIN IMMEDIATE")
        try:
            touched = Touched()
            paths = {fid: path for path, (fid, *_) in self.known.items()}
            for fid in self.gone:
                if self.log:
                    gone_exacts, gone_urls = index._file_items(fid)
                    touched.exacts.update(gone_exacts)
                    touched.urls.update(gone_urls)
                    touched.files.add(paths[fid])
                index._delete_file(fid)
            # Paragraphs no file holds any more (a file vanished or changed) go, with their pairs.
            db.execute("DELETE FROM reps WHERE exact NOT IN (SELECT exact FROM occurrences)")
            orphans = "a NOT IN (SELECT exact FROM reps) OR b NOT IN (SELECT exact FROM reps)"
            if self.log:
                touched.exacts.update(
                    e for pair in db.execute(f"SELECT a, b FROM neighbours WHERE {orphans}") for e in pair
                )
            db.execute(f"DELETE FROM neighbours WHERE {orphans}")
            pending = [exact for (exact,) in db.execute("SELECT exact FROM pending_links")]
            db.execute("DELETE FROM pending_links")
            linked = index._link(pending)
            if self.log:
                touched.exacts.update(linked)
            index._log_change(touched if self.log else None)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


@dataclass
class _Rows:
    """Rows of one write transaction of the index, written together; and the
    paragraphs it stored in `reps` (a paragraph shared by many files of a
    batch is inserted once, not once per file)."""

    occurrences: list[tuple[int, int, int]] = field(default_factory=list)
    images: list[tuple[int, int, str]] = field(default_factory=list)
    reps: set[int] = field(default_factory=set)

    def write(self, db: sqlite3.Connection) -> None:
        db.executemany("INSERT INTO occurrences VALUES (?, ?, ?)", self.occurrences)
        db.executemany("INSERT INTO images VALUES (?, ?, ?)", self.images)
        self.occurrences, self.images = [], []


@dataclass
class Touched:
    """What one change to the index touched."""

    exacts: set[int] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)  # resolved paths


@dataclass(frozen=True)
class Dirty:
    """Since some change: the files holding something it touched, by
    resolved path; and the files it changed or removed, as this run names them."""

    holders: set[str]
    changed: set[str]


@dataclass(frozen=True)
class Cluster:
    """A paragraph (with its near duplicates) and the articles that carry it."""

    text: str
    articles: int
    examples: tuple[tuple[str, int], ...]


def clusters(index: CorpusIndex, limit: int = 10, min_articles: int = 2) -> list[Cluster]:
    """The paragraphs most articles share, largest first, each with its near
    duplicates folded in (for the audit report)."""
    db = index.db
    top = db.execute(
        "SELECT exact, count(DISTINCT file_id) AS n FROM occurrences GROUP BY exact"
        " HAVING n >= ? ORDER BY n DESC, exact LIMIT ?",
        (min_articles, limit * 4),
    ).fetchall()
    seen: set[int] = set()
    out = []
    for exact, _ in top:
        if exact in seen:
            continue
        family = [exact, *index._neighbours_of(exact)]
        seen.update(family)
        members: dict[int, dict[int, int]] = defaultdict(dict)
        for e, fid, line in index._occurrences(family):
            if fid not in members[e] or line < members[e][fid]:
                members[e][fid] = line
        group = index._group(list(members.values()))
        text = db.execute("SELECT text FROM reps WHERE exact = ?", (exact,)).fetchone()
        out.append(Cluster(text[0] if text else "", group.size, tuple((p, line) for p, line, _ in group.examples[:3])))
    out.sort(key=lambda c: (-c.articles, c.text))
    return out[:limit]


class CorpusView:
    """What the corpus rules see of the index, for one article."""

    def __init__(self, index: CorpusIndex, fid: int | None, prints: Prints) -> None:
        self.index, self.fid, self.prints = index, fid, prints
        self._paragraphs: list[tuple[ParagraphPrint, Shared]] | None = None

    def paragraphs(self) -> list[tuple[ParagraphPrint, Shared]]:
        if self._paragraphs is None:
            if self.fid is None:
                self._paragraphs = [(p, Shared(0, ())) for p in self.prints.paragraphs]
            else:
                self._paragraphs = [(p, self.index.paragraph(self.fid, p)) for p in self.prints.paragraphs]
        return self._paragraphs

    def images(self) -> list[tuple[int, str, Shared]]:
        if self.fid is None:
            return []
        return [(line, url, self.index.image(self.fid, url)) for line, url in self.prints.images]

    def boilerplate_lines(self, minimum: int) -> set[int]:
        return {p.line for p, shared in self.paragraphs() if shared.count >= minimum}


def _below(folder: str) -> tuple[str, str]:
    """The range of paths below a folder: path >= lo and path < hi."""
    prefix = folder.rstrip("/") + "/"
    return prefix, prefix[:-1] + "0"  # "0" follows "/"


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def digest_bytes(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()
