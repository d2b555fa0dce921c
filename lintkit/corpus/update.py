"""Writing the corpus index: a file at a time, in batches, then near duplicates linked.

A file whose size and stamp (files.stamp) are unchanged is not read; one whose
content digest is unchanged is not re-parsed. Every update happens in
`BEGIN IMMEDIATE` transactions of at most `IndexUpdate.BATCH` files, so that a
cold corpus is never held in memory whole and another run sharing the cache
waits for one batch at most. Each transaction that changes indexed content
logs what it touched (see lintkit.corpus.index), which decides whose final
results a later run may replay.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import field

from lintkit.corpus.buckets import Buckets
from lintkit.corpus.index import CHANGE_LOG, CorpusIndex, below, chunks
from lintkit.corpus.linking import Linking
from lintkit.corpus.sketch import BANDS, ParagraphPrint, Prints
from lintkit.db import rollback
from lintkit.structs import dataclass

# Changes kept in the log: a result older than this many changes is redone.
KEEP_CHANGES = 32


# What links an update's pending paragraphs elsewhere (lintkit.pipeline.workers.link_by_band):
# `IndexUpdate.pending_pairs` of each chunk of them (`pending_chunks`) and each share
# of the bands, whose pairs it gives as they come.
Linker = Callable[["IndexUpdate"], Generator[list[tuple[int, int]], None, None]]


@dataclass(frozen=True)
class FileState:
    """What the index needs to know about a corpus file to decide whether to re-read it."""

    key: str  # the resolved path
    size: int
    stamp: int  # files.stamp (the index's column keeps its first name, mtime_ns)


@dataclass(frozen=True)
class Fingerprinted:
    """A corpus file as the index stores it: its state, content digest and prints."""

    state: FileState
    digest: str
    prints: Prints | None  # None: the content is unchanged, keep the stored prints


class IndexUpdate:
    """One update of the index, fed a file at a time and committed in batches,
    so that a cold corpus is never held in memory whole and the write lock is
    never held for long (another run sharing the cache waits for one batch).
    Each batch's new paragraphs are linked to their near duplicates when it is
    stored: the main process does it while the workers analyse the next files,
    instead of alone at the end. A first fill of many files (`link_later`)
    notes them instead, and `finish` links them all, its linker sharing the
    bands out to worker processes: each batch having more to compare with than
    the one before, the main process was still linking long after the workers
    were done."""

    BATCH = 100
    # The smallest batch before the last (`store`).
    TAIL_BATCH = 10

    def __init__(
        self,
        index: CorpusIndex,
        files: Sequence[tuple[str, str, int, int]],
        unchanged_below: Sequence[str] = (),
        link_later: bool = False,
    ) -> None:
        self.index = index
        columns = "SELECT path, id, size, mtime_ns, digest FROM files"
        if unchanged_below:
            # A pre-commit run: only the files named here and those outside the
            # unchanged folders (which may have vanished) are looked at.
            wanted = [key for key, *_ in files]
            rows = [
                row
                for chunk in chunks(wanted, 500)
                for row in index.db.execute(f"{columns} WHERE path IN ({','.join('?' * len(chunk))})", chunk)
            ]
            bounds = [(*below(root), root) for root in unchanged_below]
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
        self.linking = Linking(index)
        # Results computed against an empty index are not worth keeping: a
        # first fill logs nothing (and so invalidates whatever was computed).
        self.log = bool(self.known) or index.db.execute("SELECT 1 FROM files LIMIT 1").fetchone() is not None
        # A first fill may leave its linking to the end (`finish`'s linker, which
        # shares it out by band): linked batch by batch, a corpus written from
        # shared sentences kept the main process busy after the workers were done,
        # since each batch has more to compare with than the one before.
        self.link_later = link_later and not self.log
        self.batches = 0  # the batches stored so far

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
        # The last files of a first fill come in ever smaller batches (half of those
        # still to come), so that what is left to store (and to link, batch by batch)
        # once the last file is in, while nothing else can run, is a few files' worth
        # (1,000 generated posts: the last flush 27-34 ms -> 1 ms). (Not in a later
        # update: each batch takes a change number, and the log keeps KEEP_CHANGES.)
        tail = not self.log
        if len(self.batch) >= (max(self.TAIL_BATCH, min(self.BATCH, len(self.pending_keys))) if tail else self.BATCH):
            self._flush()

    def _flush(self) -> None:
        if not self.batch:
            return
        db = self.index.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if self.link_later and not self.batches:
                # A first fill stores under no index by content, and makes them in `finish`
                # (dropped in its first batch: the corpus lock keeps other runs out till then).
                self.index.drop_lookups()
            touched = Touched()
            rows = _Rows()
            for done in self.batch:
                self._store(done, touched, rows)
            rows.write(db)
            if self.link_later:  # noted in this transaction: a run killed later leaves none unlinked
                db.executemany("INSERT OR IGNORE INTO pending_links VALUES (?)", [(e,) for e in rows.new])
            else:
                # Linked now, while the workers analyse the next files (and in this
                # transaction: a run killed later leaves no paragraph unlinked).
                linked = self._link(list(rows.new), rows.new)
                if self.log:
                    touched.exacts.update(linked)
            if touched.files:
                self._log_change(touched if self.log else None)
            db.execute("COMMIT")
        except BaseException:
            rollback(db)
            raise
        self.batch = []
        self.batches += 1

    def finish(self, linker: Linker | None = None) -> None:
        """Store what is left, drop vanished files and the paragraphs and pairs
        no file holds any more, and link what is pending: what this update left
        to the end (with `linker`, which shares the bands out to other
        processes, or here), or what a run killed before it could link left."""
        self._flush()
        if self.link_later:
            self.index.make_lookups()  # committed: the linker's processes read them
        self.linking.forget_buckets()  # paragraphs no file holds any more go below
        unlinked = self.index.db.execute("SELECT 1 FROM pending_links LIMIT 1").fetchone() is not None
        if not self.gone and not self.changed and not unlinked:
            return  # nothing, or only new modification times: no change to log
        db = self.index.db
        db.execute("BEGIN IMMEDIATE")
        try:
            touched = Touched()
            paths = {fid: path for path, (fid, *_) in self.known.items()}
            for fid in self.gone:
                if self.log:
                    gone_exacts, gone_urls, gone_titles = self.index.file_items(fid)
                    touched.exacts.update(gone_exacts)
                    touched.urls.update(gone_urls)
                    touched.titles.update(gone_titles)
                    touched.files.add(paths[fid])
                self._delete_file(fid)
            # Paragraphs no file holds any more (a file vanished or changed) go, with their pairs.
            db.execute("DELETE FROM reps WHERE exact NOT IN (SELECT exact FROM occurrences)")
            orphans = "a NOT IN (SELECT exact FROM reps) OR b NOT IN (SELECT exact FROM reps)"
            if self.log:
                touched.exacts.update(
                    e for pair in db.execute(f"SELECT a, b FROM neighbours WHERE {orphans}") for e in pair
                )
            db.execute(f"DELETE FROM neighbours WHERE {orphans}")
            # The pending paragraphs are linked chunk by chunk, by the linker's
            # processes (reading what is committed: in a first fill nothing above
            # has changed it) or here; their pairs are stored as they come.
            if linker is None or not self.link_later or self.gone:
                found = (sorted(self.pending_pairs(start)) for start in self.pending_chunks())
            else:
                found = linker(self)
            linked: set[int] = set()
            with contextlib.closing(found):  # an interrupted run stops the linker's processes before the rollback
                for pairs in found:
                    db.executemany("INSERT OR IGNORE INTO neighbours VALUES (?, ?)", pairs)
                    if self.log:
                        linked.update(e for pair in pairs for e in pair)
            db.execute("DELETE FROM pending_links")
            if self.log:
                touched.exacts.update(linked)
            self._log_change(touched if self.log else None)
            db.execute("COMMIT")
        except BaseException:
            rollback(db)
            raise

    def _log_change(self, touched: Touched | None) -> None:
        """Inside a write transaction: take the next change number and log what
        it touched (None: not worth logging, then no earlier result is kept)."""
        db = self.index.db
        seq = self.index.seq + 1
        db.execute("UPDATE meta SET value = ? WHERE key = 'seq'", (str(seq),))
        if touched is None:
            for table in CHANGE_LOG:
                db.execute(f"DELETE FROM {table}")
            db.execute("UPDATE meta SET value = ? WHERE key = 'oldest'", (str(seq),))
            return
        db.executemany("INSERT INTO changed_exacts VALUES (?, ?)", [(seq, e) for e in touched.exacts])
        db.executemany("INSERT INTO changed_urls VALUES (?, ?)", [(seq, u) for u in touched.urls])
        db.executemany("INSERT INTO changed_titles VALUES (?, ?)", [(seq, k) for k in touched.titles])
        db.executemany("INSERT INTO changed_files VALUES (?, ?)", [(seq, f) for f in touched.files])
        if seq - KEEP_CHANGES > int(self.index.meta("oldest") or 0):
            oldest = seq - KEEP_CHANGES
            for table in CHANGE_LOG:
                db.execute(f"DELETE FROM {table} WHERE seq <= ?", (oldest,))
            db.execute("UPDATE meta SET value = ? WHERE key = 'oldest'", (str(oldest),))

    def _delete_file(self, fid: int) -> None:
        for table in ("occurrences", "images", "titles"):
            self.index.db.execute(f"DELETE FROM {table} WHERE file_id = ?", (fid,))
        self.index.db.execute("DELETE FROM files WHERE id = ?", (fid,))

    def _store(self, done: Fingerprinted, touched: Touched, rows: _Rows) -> None:
        """Write one file's rows (its paragraphs, images and title wait in
        `rows`, which finds those new to the index), and note in `touched`
        the file, and the digests, urls and title it gained or lost (not those
        that only moved: a line that moved shows in other files' results only
        as an example, which the engine checks).

        The file's row is read again here, inside the write transaction:
        another run sharing the index may have stored the file since this
        update began. Its paragraph and image rows wait in `rows` (one
        statement each for the whole transaction)."""
        db, st = self.index.db, done.state
        row = db.execute("SELECT id, digest FROM files WHERE path = ?", (st.key,)).fetchone()
        if row is not None and (done.prints is None or row[1] == done.digest):
            db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (st.size, st.stamp, row[0]))
            return  # the content is the one indexed: only its modification time is new
        if done.prints is None:
            return  # unchanged, but removed by another run meanwhile: the next run reads it again
        prints = done.prints
        if row is not None:
            rows.write(db)  # what is read and deleted below must be written first
        exacts, urls, titles = self.index.file_items(row[0]) if row is not None else ((), (), ())
        touched.exacts.update(set(exacts).symmetric_difference(p.exact for p in prints.paragraphs))
        touched.urls.update(set(urls).symmetric_difference(url for _, url in prints.images))
        touched.titles.update(set(titles).symmetric_difference([prints.title.key] if prints.title else []))
        touched.files.add(st.key)
        if row is not None:
            self._delete_file(row[0])
        cur = db.execute(
            "INSERT INTO files (path, size, mtime_ns, digest) VALUES (?, ?, ?, ?)",
            (st.key, st.size, st.stamp, done.digest),
        )
        fid = cur.lastrowid
        rows.occurrences += [(fid, p.line, p.exact) for p in prints.paragraphs]
        for p in prints.paragraphs:
            if p.exact not in rows.reps:  # once a transaction, however many of its files hold it
                rows.reps.add(p.exact)
                rows.paragraphs.append(p)
        rows.images += [(fid, line, url) for line, url in prints.images]
        if prints.title is not None:
            rows.titles.append((fid, prints.title.line, prints.title.key))

    def _link(self, new: list[int], given: Mapping[int, ParagraphPrint] | None = None) -> list[int]:
        """Link these new paragraphs (`Linking.pairs`) and store their pairs; both ends of every pair made."""
        pairs = self.linking.pairs(new, given)
        self.index.db.executemany("INSERT OR IGNORE INTO neighbours VALUES (?, ?)", sorted(pairs))
        return [e for pair in pairs for e in pair]

    def pending_chunks(self) -> list[int]:
        """Where each chunk of the paragraphs pending links begins (their keys in
        order, LINK_CHUNK to a chunk): a first fill of a large corpus is never
        held whole."""
        size = self.linking.LINK_CHUNK
        rows = self.index.db.execute("SELECT exact FROM pending_links ORDER BY exact")
        return [exact for k, (exact,) in enumerate(rows) if k % size == 0]

    def pending_pairs(self, start: int, bands: Sequence[int] = range(BANDS)) -> set[tuple[int, int]]:
        """The pairs of the chunk of pending paragraphs that begins at `start`,
        found in these bands (a linker's share, in a process of its own)."""
        chunk = [
            exact
            for (exact,) in self.index.db.execute(
                "SELECT exact FROM pending_links WHERE exact >= ? ORDER BY exact LIMIT ?",
                (start, self.linking.LINK_CHUNK),
            )
        ]
        return self.linking.pairs(chunk, of_bands=bands, pending_from=start)

    @property
    def buckets(self) -> Buckets:
        return self.linking.buckets


@dataclass
class _Rows:
    """Rows of one write transaction of the index, written together; and the
    paragraphs it stored in `reps` (a paragraph shared by many files of a
    batch is inserted once, not once per file).

    The paragraphs are inserted by one statement too, those the index lacks
    (found by one query per 500): `new` collects those of them with bands,
    which the transaction then links."""

    occurrences: list[tuple[int, int, int]] = field(default_factory=list)
    images: list[tuple[int, int, str]] = field(default_factory=list)
    titles: list[tuple[int, int, int]] = field(default_factory=list)
    reps: set[int] = field(default_factory=set)
    paragraphs: list[ParagraphPrint] = field(default_factory=list)  # waiting: perhaps in the index already
    new: dict[int, ParagraphPrint] = field(default_factory=dict)  # inserted, with bands

    def write(self, db: sqlite3.Connection) -> None:
        if self.paragraphs:
            waiting, self.paragraphs = self.paragraphs, []
            known: set[int] = set()
            for chunk in chunks([p.exact for p in waiting], 500):
                marks = ",".join("?" * len(chunk))
                known.update(e for (e,) in db.execute(f"SELECT exact FROM reps WHERE exact IN ({marks})", chunk))
            fresh = [p for p in waiting if p.exact not in known]
            db.executemany(
                f"INSERT INTO reps VALUES (?, ?{', ?' * BANDS})",
                [(p.exact, p.text, *(p.bands or (None,) * BANDS)) for p in fresh],
            )
            self.new.update((p.exact, p) for p in fresh if p.bands)
        db.executemany("INSERT INTO occurrences VALUES (?, ?, ?)", self.occurrences)
        db.executemany("INSERT INTO images VALUES (?, ?, ?)", self.images)
        db.executemany("INSERT INTO titles VALUES (?, ?, ?)", self.titles)
        self.occurrences, self.images, self.titles = [], [], []


@dataclass
class Touched:
    """What one change to the index touched."""

    exacts: set[int] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    titles: set[int] = field(default_factory=set)  # title digests (sketch.TitlePrint.key)
    files: set[str] = field(default_factory=set)  # resolved paths
