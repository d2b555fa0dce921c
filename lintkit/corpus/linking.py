"""Linking the corpus index's new paragraphs to their near duplicates: the LSH
buckets they share, read from the index (with what is kept of the largest
from one batch to the next), each bucket compared (lintkit.corpus.buckets).

lintkit.corpus.update links each batch it stores, or, for a first fill,
leaves the linking to the end, where each process links a share of the bands
(lintkit.pipeline.workers.link_by_band): the pairs of every share make those
of all, since a pair is found in each band it shares.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

from lintkit.corpus.buckets import SMALL_BUCKET, Buckets, make_room
from lintkit.corpus.index import CorpusIndex, chunks
from lintkit.corpus.sketch import BANDS, ParagraphPrint


class Linking:
    """The linking of one index update: its comparisons (`buckets`), and what it
    keeps from one call to the next (texts, the members of large buckets)."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self.buckets = Buckets(index.threshold)  # what linking compares, bucket by bucket
        self.kept_texts: dict[int, str] = {}  # texts linked against, kept for later calls (_old_texts)
        # The members of large buckets, kept for later calls: (band, value) -> their keys, in order.
        self.kept_buckets: dict[tuple[int, int], list[int]] = {}
        self.kept_members = 0
        self.kept_bands: dict[int, tuple[int, ...]] = {}  # band values of paragraphs outside a chunk (_bands_of)

    # New paragraphs are linked this many at a time (bounds the texts held).
    LINK_CHUNK = 5000
    # The texts of at most this many other paragraphs are held at a time while linking
    # (but those of one bucket larger alone).
    LINK_TEXTS = 5000

    def pairs(
        self,
        new: list[int],
        given: Mapping[int, ParagraphPrint] | None = None,
        of_bands: Sequence[int] = range(BANDS),
        pending_from: int | None = None,
    ) -> set[tuple[int, int]]:
        """Find and verify the near duplicates of paragraphs new to the index
        (LSH candidates, then the rapidfuzz ratio), so that no later run has to.

        Band by band, one query finds every paragraph that shares the band
        with a new one; then each bucket's pairs are compared (`Buckets.pairs`:
        a new paragraph with the others, in few rapidfuzz calls, except those
        that have its words and other numbers, which are never near
        duplicates). No set of candidate pairs is built: a corpus written from
        shared sentences makes millions of them, and holding them cost more
        memory than comparing them (a pair that shares two bands is compared
        in both, one in seven on 1,000 generated posts; a near match is checked
        in the first only, `Buckets._checked`). The bands and texts of the new paragraphs are read from
        the index, but those `given` (the batch just stored). A pair is found in
        each band it shares: `of_bands` may be a share of them, and the pairs of
        every share make those of all.

        With `pending_from`, `new` is a chunk of the paragraphs pending links
        (`pending_links`), the first of them from that key on: those before it are
        another chunk's, which is linked with this one, so they are not compared
        here (the index leaves them out). Each chunk may then be linked apart,
        in any order, and none needs all of the others held."""
        db = self.index.db
        given = given or {}
        pairs: set[tuple[int, int]] = set()
        linked: set[int] = set()  # the new paragraphs of earlier chunks: paired with this chunk's already
        columns = ", ".join(f"b{i}" for i in range(BANDS))
        new = sorted(set(new))
        # The members of a large bucket are kept from one call to the next, so that a
        # corpus written from shared sentences does not read its largest buckets
        # again at every batch (1,000 generated posts: 420,000 rows). In one chunk,
        # a kept bucket's members are its old ones exactly; with more, they are not kept.
        kept = self.kept_buckets if len(new) <= self.LINK_CHUNK and pending_from is None else None
        if kept is None:
            self.forget_buckets()
        # With `pending_from`, the pending paragraphs of the chunks before this one are left out.
        elsewhere, before = "", ()
        if pending_from is not None and new:
            # Nor this chunk's own, which are new here (the chunk is the pending
            # paragraphs from `pending_from` to its last, all of them): left out by
            # SQLite, they are not read to be passed over (a first fill of 1,000
            # generated posts: two rows in three).
            elsewhere, before = " AND NOT (exact <= ? AND exact IN (SELECT exact FROM pending_links))", (new[-1],)
        for new_chunk in chunks(new, self.LINK_CHUNK):
            new_bands = {e: given[e].bands for e in new_chunk if e in given}
            for chunk in chunks([e for e in new_chunk if e not in given], 500):
                marks = ",".join("?" * len(chunk))
                for exact, *bands in db.execute(
                    f"SELECT exact, {columns} FROM reps WHERE exact IN ({marks}) AND b0 IS NOT NULL", chunk
                ):
                    new_bands[exact] = tuple(bands)
            self.buckets.bands_of = self._bands_of(new_bands)
            new_texts = self.index.texts(e for e in new_bands if e not in given)
            new_texts.update((e, given[e].text or "") for e in new_bands if e in given)
            for i in of_bands:
                bucket: dict[int, list[int]] = defaultdict(list)  # band value -> the new paragraphs with it
                for exact, bands in new_bands.items():
                    bucket[bands[i]].append(exact)
                # 500 band values at a time, each with the other paragraphs that have
                # it; their texts for LINK_TEXTS paragraphs at a time: what is held
                # does not grow with the buckets (a corpus written from shared
                # sentences has buckets that grow with it), but for one bucket larger alone.
                for values in chunks(list(bucket), 500):
                    old: dict[int, list[int]] = defaultdict(list)  # band value -> the other paragraphs with it
                    asked = values if kept is None else [v for v in values if (i, v) not in kept]
                    if kept is not None and len(asked) < len(values):
                        old.update((v, kept[i, v]) for v in values if (i, v) in kept)
                    if asked:
                        marks = ",".join("?" * len(asked))
                        query = f"SELECT exact, b{i} FROM reps WHERE b{i} IN ({marks}){elsewhere}"
                        for other, value in db.execute(query, (*asked, *before)):
                            if other not in new_bands and other not in linked:
                                old[value].append(other)
                    for some in _up_to(values, old, self.LINK_TEXTS):
                        texts = self._old_texts({o for value in some for o in old.get(value, ())})
                        texts.update((m, new_texts[m]) for value in some for m in bucket[value])
                        for value in some:
                            fresh, others = bucket[value], old.get(value, [])
                            if len(fresh) + len(others) > 1:
                                pairs.update(self.buckets.pairs(fresh, others, texts, (i, value)))
                    if kept is not None:
                        self._keep_buckets(i, values, bucket, old)
            linked.update(new_bands)
        return pairs

    # The band values of paragraphs outside a call's chunk kept, at most (about 1 MB).
    KEEP_BANDS = 5000

    def _bands_of(self, new_bands: dict[int, tuple[int, ...]]) -> Callable[[int], tuple[int, ...]]:
        """A paragraph's band values: a new one's from `new_bands`, another's
        read from the index when a near match first needs them (a few thousand
        for 1,000 generated posts), and kept."""
        db, kept = self.index.db, self.kept_bands
        query = f"SELECT {', '.join(f'b{i}' for i in range(BANDS))} FROM reps WHERE exact = ?"

        def bands_of(exact: int) -> tuple[int, ...]:
            found = new_bands.get(exact) or kept.get(exact)
            if found is None:
                row = db.execute(query, (exact,)).fetchone()
                make_room(kept, 1, self.KEEP_BANDS)
                found = kept[exact] = tuple(row) if row is not None and row[0] is not None else ()
            return found

        return bands_of

    # The members of large buckets kept from batch to batch, at most (about 4 MB).
    KEEP_MEMBERS = 100_000

    def _keep_buckets(
        self, band: int, values: list[int], bucket: dict[int, list[int]], old: dict[int, list[int]]
    ) -> None:
        """After a call's bucket values of one band are linked: a kept bucket gains
        its new members, and a bucket now larger than SMALL_BUCKET is kept; past
        KEEP_MEMBERS, those kept longest go (down to half of it)."""
        kept = self.kept_buckets
        for value in values:
            fresh = bucket[value]
            members = kept.get((band, value))
            if members is not None:
                members += fresh
            elif len(old.get(value, ())) + len(fresh) > SMALL_BUCKET:
                members = kept[band, value] = [*old.get(value, ()), *fresh]
                self.kept_members += len(members) - len(fresh)
            else:
                continue
            self.kept_members += len(fresh)
            members.sort()  # as the index lists them
        if self.kept_members > self.KEEP_MEMBERS:  # those kept longest go, down to half the most
            while kept and self.kept_members > self.KEEP_MEMBERS // 2:
                self.kept_members -= len(kept.pop(next(iter(kept))))

    def forget_buckets(self) -> None:
        """Keep no bucket's members any more: before paragraphs leave the index,
        or for a call whose old members they would not be exactly."""
        self.kept_buckets.clear()
        self.kept_members = 0

    # The texts of this many paragraphs linked against are kept from batch to
    # batch (a paragraph's text never changes: its key is its digest): the
    # members of a bucket shared by hundreds of paragraphs were read again at
    # every batch that touched it. About 4 MB (`buckets.make_room`).
    KEEP_TEXTS = 10_000

    def _old_texts(self, exacts: set[int]) -> dict[int, str]:
        kept = self.kept_texts
        texts = {e: kept[e] for e in exacts if e in kept}
        if len(texts) < len(exacts):
            fresh = self.index.texts(exacts.difference(texts))
            texts.update(fresh)
            if len(fresh) <= self.KEEP_TEXTS:
                make_room(kept, len(fresh), self.KEEP_TEXTS)
                kept.update(fresh)
        return texts


def _up_to(values: list[int], old: dict[int, list[int]], most: int) -> Iterator[list[int]]:
    """The band values in runs whose buckets hold at most `most` other
    paragraphs together (a bucket that holds more is a run alone)."""
    run: list[int] = []
    held = 0
    for value in values:
        size = len(old.get(value, ()))
        if run and held + size > most:
            yield run
            run, held = [], 0
        run.append(value)
        held += size
    if run:
        yield run
