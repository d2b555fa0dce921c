"""Reading the corpus index: what other articles share with one article.

`Lookup` answers, for a file and one of its paragraphs (or image urls, or
its title), how many other articles carry it, identical or near-identical
(titles: identical once folded), and names the
first few by path. With many targets (more than `BULK_TARGETS`), the sharing
of the whole corpus is loaded at once (`prepare_bulk`); with a few (a
pre-commit run), each paragraph is looked up in SQLite. `CorpusView` is what
a corpus rule (DUP004, DUP006, META017) and the depth score see of one article;
`clusters` the largest boilerplate groups, for the audit.
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from lintkit.corpus.index import CorpusIndex, chunks
from lintkit.corpus.sketch import ParagraphPrint, Prints, TitlePrint
from lintkit.files import Naming
from lintkit.structs import dataclass

# When more files than this are linted, shared paragraphs are resolved for the
# whole corpus at once; fewer are looked up one paragraph at a time.
BULK_TARGETS = 200


@contextlib.contextmanager
def snapshot(db: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every statement inside sees the index as it was at
    the first, whatever another run sharing it commits meanwhile (WAL lets it
    write). Answers read in several statements (who shares what, then the files
    ranked by path) must agree: a file removed in between was a KeyError."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")  # nothing was written: it only ends the read


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
    """Other articles that carry a paragraph (or an image url, or a title)."""

    count: int
    examples: tuple[tuple[str, int], ...]  # (path, line), up to 3


# What a paragraph (url, title) no other article carries is shared: bulk mode
# answers it without a group, so that the groups remembered are those of what
# is shared (a worker finishing thousands of files asks for every paragraph).
NOT_SHARED = Shared(0, ())


class Lookup:
    """The read side of the index for one run (or one worker process): the
    answers of the corpus rules, named as the run names files."""

    def __init__(self, index: CorpusIndex, naming: Naming) -> None:
        self.index = index
        self.naming = naming
        self._paths: dict[int, str] = {}
        self._ids: dict[str, int] = {}
        # Bulk mode (prepare_bulk): for everything shared at all, each paragraph
        # digest's (and url's) own files, file id -> first line; and the
        # verified near-duplicate pairs.
        self._own: dict[int, dict[int, int]] | None = None
        self._own_images: dict[str, dict[int, int]] | None = None
        self._nbrs: dict[int, tuple[int, ...]] = {}
        self._groups: dict[int, _Group] = {}
        self._families: dict[frozenset[int], _Group] = {}
        self._rank: tuple[dict[int, int], list[int]] | None = None
        self._image_groups: dict[str, _Group] = {}
        # Bulk mode: for every title several files have, its files (file id -> line).
        self._own_titles: dict[int, dict[int, int]] | None = None
        self._title_groups: dict[int, _Group] = {}

    @property
    def bulk(self) -> bool:
        return self._own is not None

    def file_id(self, key: str) -> int | None:
        """The id of a file by its key."""
        if key in self._ids:
            return self._ids[key]
        return self.index.file_id(key)

    def display(self, fid: int) -> str:
        """A file's name, as this run names it."""
        if fid not in self._paths:
            self._paths[fid] = self.naming.shown(self.index.path_of(fid) or "?")
        return self._paths[fid]

    def view(self, key: str, prints: Prints) -> CorpusView:
        """What the corpus rules see of the file with this key and these fingerprints."""
        return CorpusView(self, self.file_id(key), prints)

    def paragraph(self, fid: int, p: ParagraphPrint) -> Shared:
        """How many other articles carry this paragraph, identical or near."""
        if self._own is None:  # a few targets: ask SQLite, which counts in C
            return self._shared_sql(fid, [p.exact, *self.index.neighbours_of(p.exact)])
        group = self._groups.get(p.exact)
        if group is None:
            if p.exact not in self._own and p.exact not in self._nbrs:
                return NOT_SHARED  # most paragraphs: nothing to remember them by
            # Paraphrase variants tend to be each other's neighbours, so many
            # paragraphs have the same family: its union is made once.
            family = frozenset((p.exact, *self._nbrs.get(p.exact, ())))
            group = self._families.get(family)
            if group is None:
                group = self._families[family] = self.group([self._own[e] for e in sorted(family) if e in self._own])
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
            if own is None:
                return NOT_SHARED
            group = self._image_groups[url] = self.group([own] if own else [])
        return group.shared_with(fid)

    def title(self, fid: int, title: TitlePrint) -> Shared:
        """How many other articles have this title (folded)."""
        if self._own_titles is None:
            return self._shared_sql(fid, [title.key], table="titles", column="key")
        group = self._title_groups.get(title.key)
        if group is None:
            own = self._own_titles.get(title.key)
            if own is None:
                return NOT_SHARED
            group = self._title_groups[title.key] = self.group([own] if own else [])
        return group.shared_with(fid)

    def _shared_sql(self, fid: int, keys: list[Any], table: str = "occurrences", column: str = "exact") -> Shared:
        marks = ",".join("?" * len(keys))
        where = f"{column} IN ({marks}) AND file_id != ?"
        with snapshot(self.index.db):  # the count and the examples of one corpus
            (count,) = self.index.db.execute(
                f"SELECT count(DISTINCT file_id) FROM {table} WHERE {where}", (*keys, fid)
            ).fetchone()
            if not count:
                return Shared(0, ())
            rows = self.index.db.execute(
                f"SELECT f.path, min(o.line) FROM {table} o JOIN files f ON f.id = o.file_id"
                f" WHERE o.{column} IN ({marks}) AND o.file_id != ? GROUP BY o.file_id ORDER BY f.path LIMIT 3",
                (*keys, fid),
            ).fetchall()
        return Shared(count, tuple((self.naming.shown(path), line) for path, line in rows))

    def group(self, members: list[dict[int, int]]) -> _Group:
        """The union of some paragraphs' (or a url's) files, and the first four by path."""
        # The union is only counted and ranked, then dropped: a group keeps its
        # members (the index's own maps), not a copy of their files.
        files = set().union(*members) if len(members) > 1 else (members[0].keys() if members else set())
        rank, by_rank = self._path_rank()
        chosen = [by_rank[r] for r in heapq.nsmallest(4, map(rank.__getitem__, files))]
        examples = tuple((self.display(f), min(m[f] for m in members if f in m), f) for f in chosen)
        return _Group(len(files), tuple(members), examples)

    def _path_rank(self, again: bool = False) -> tuple[dict[int, int], list[int]]:
        """file id -> its position in path order (and back), so examples are the
        first by path; read in the same read transaction as the files it ranks
        (`again`: read anew, in the caller's)."""
        if self._rank is None or again:
            by_rank = [fid for (fid,) in self.index.db.execute("SELECT id FROM files ORDER BY path")]
            self._rank = ({fid: i for i, fid in enumerate(by_rank)}, by_rank)
        return self._rank

    def prepare_bulk(self) -> None:
        """Load the sharing of the whole corpus at once: only paragraphs whose
        digest is in several files, or that have a near duplicate (the
        `neighbours` table), can be boilerplate; SQLite finds those with GROUP BY.
        Each keeps its own files; a group is the union of its and its
        neighbours' files, made when first asked. All of it, the files ranked
        by path included, is read in one read transaction."""
        with snapshot(self.index.db):
            self._read_bulk()
            self._path_rank(again=True)

    def _read_bulk(self) -> None:
        db = self.index.db
        for fid, path in db.execute("SELECT id, path FROM files"):
            self._ids[path] = fid
            if fid not in self._paths:
                self._paths[fid] = self.naming.shown(path)
        # Each pair is one row (a < b): lists, then tuples, hold a paragraph's
        # neighbours in a fifth of a set's room (a corpus written from shared
        # sentences has tens of thousands of pairs, and every stage B worker loads them).
        neighbours: dict[int, list[int]] = defaultdict(list)
        for a, b in db.execute("SELECT a, b FROM neighbours"):
            neighbours[a].append(b)
            neighbours[b].append(a)
        wanted = set(neighbours)
        wanted.update(
            exact
            for (exact,) in db.execute(
                "SELECT exact FROM occurrences GROUP BY exact HAVING count(DISTINCT file_id) > 1"
            )
        )
        own: dict[int, dict[int, int]] = defaultdict(dict)
        for chunk in chunks(sorted(wanted), 500):
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
        titles: dict[int, dict[int, int]] = defaultdict(dict)
        for key, fid, line in db.execute(
            "SELECT key, file_id, line FROM titles WHERE key IN "
            "(SELECT key FROM titles GROUP BY key HAVING count(*) > 1)"
        ):
            titles[key][fid] = line
        self._nbrs = {exact: tuple(others) for exact, others in neighbours.items()}
        self._own, self._own_images = dict(own), dict(images)
        self._own_titles = dict(titles)


@dataclass(frozen=True)
class Cluster:
    """A paragraph (with its near duplicates) and the articles that carry it."""

    text: str
    articles: int
    examples: tuple[tuple[str, int], ...]


def clusters(lookup: Lookup, limit: int = 10, min_articles: int = 2) -> list[Cluster]:
    """The paragraphs most articles share, largest first, each with its near
    duplicates folded in (for the audit report), as one read of the index (the
    files ranked again in it: another run may have changed them since stage B)."""
    with snapshot(lookup.index.db):
        lookup._path_rank(again=True)
        return _clusters(lookup, limit, min_articles)


def _clusters(lookup: Lookup, limit: int, min_articles: int) -> list[Cluster]:
    db = lookup.index.db
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
        family = [exact, *lookup.index.neighbours_of(exact)]
        seen.update(family)
        members: dict[int, dict[int, int]] = defaultdict(dict)
        for e, fid, line in lookup.index.occurrences(family):
            if fid not in members[e] or line < members[e][fid]:
                members[e][fid] = line
        group = lookup.group(list(members.values()))
        text = db.execute("SELECT text FROM reps WHERE exact = ?", (exact,)).fetchone()
        out.append(Cluster(text[0] if text else "", group.size, tuple((p, line) for p, line, _ in group.examples[:3])))
    out.sort(key=lambda c: (-c.articles, c.text))
    return out[:limit]


class CorpusView:
    """What the corpus rules see of the index, for one article."""

    def __init__(self, lookup: Lookup, fid: int | None, prints: Prints) -> None:
        self.lookup, self.fid, self.prints = lookup, fid, prints
        self._paragraphs: list[tuple[ParagraphPrint, Shared]] | None = None

    def paragraphs(self) -> list[tuple[ParagraphPrint, Shared]]:
        if self._paragraphs is None:
            if self.fid is None:
                self._paragraphs = [(p, Shared(0, ())) for p in self.prints.paragraphs]
            else:
                self._paragraphs = [(p, self.lookup.paragraph(self.fid, p)) for p in self.prints.paragraphs]
        return self._paragraphs

    def images(self) -> list[tuple[int, str, Shared]]:
        if self.fid is None:
            return []
        return [(line, url, self.lookup.image(self.fid, url)) for line, url in self.prints.images]

    def title(self) -> tuple[TitlePrint, Shared] | None:
        """The article's title and the other articles that have it; None when it has no title."""
        title = self.prints.title
        if title is None or self.fid is None:
            return None
        return title, self.lookup.title(self.fid, title)

    def boilerplate_lines(self, minimum: int) -> set[int]:
        return {p.line for p, shared in self.paragraphs() if shared.count >= minimum}
