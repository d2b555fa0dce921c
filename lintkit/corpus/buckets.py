"""Near duplicates inside one LSH bucket of the corpus index: which of its
pairs are compared (rapidfuzz), and which of those are near duplicates.

lintkit.corpus.update finds the buckets of a batch's new paragraphs (the
paragraphs that share a band value with them) and hands each to `Buckets.pairs`.
"""

from __future__ import annotations

import hashlib
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from operator import eq
from typing import Any

from lintkit.near import differs_in_what_matters
from lintkit.text import lengths_within, meaning, near_matches

# A paragraph's words (their digest) and numbers: what groups a bucket (meaning_key).
Meaning = tuple[bytes, frozenset[str]]


class Buckets:
    """The comparisons of one index update: its threshold, how many pairs it
    gave rapidfuzz (`compared`: tests and benchmarks count them), and the
    buckets it found holding a family of templated paragraphs (`families`)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.compared = 0
        self.families: set[tuple[int, int]] = set()  # (band, value)
        # The meaning keys of the members of grouped buckets, kept from batch to
        # batch (a key is its text's: it never changes), up to KEEP_MEANINGS.
        self.meanings: dict[int, Meaning] = {}
        # Whether a near match (query key, match key) differs in what matters, up to
        # KEEP_VERDICTS: a near-duplicate pair shares most bands, and is met in each.
        self.verdicts: dict[tuple[int, int], bool] = {}
        # A paragraph's LSH band values (lintkit.corpus.linking sets it): a near match
        # found in a band is checked only there if it shares no band before it
        # (`_checked`), the band where every process linking a share meets it.
        self.bands_of: Callable[[int], tuple[int, ...]] | None = None

    def pairs(
        self,
        fresh: list[int],
        old: list[int],
        texts: dict[int, str],
        band: tuple[int, int],
    ) -> Iterator[tuple[int, int]]:
        """The near-duplicate pairs (a < b) of one LSH bucket (`band`: the band
        and its value): each new paragraph with the new ones after it and the old ones.

        Each new paragraph is compared with those others in one rapidfuzz call,
        and its near matches are checked (`compare`: a match that differs in
        what matters is none). A paragraph with many near matches, in a large
        bucket, may belong to a family of templated paragraphs that differ only
        in numbers, each of which would be checked and passed over: from there
        on the bucket is grouped (`grouped`), which makes the same pairs
        without checking a family pair by pair, and so is the bucket at every
        later batch of the update (`families`). Most buckets never are: the
        words of their members (lintkit.text.meaning), which a bucket shared
        by hundreds of paragraphs had to find for each of them at every batch,
        are found only for the matches checked."""
        small = len(fresh) + len(old) <= SMALL_BUCKET
        if not small and band in self.families:
            yield from self.grouped(fresh, old, texts, band[0])
            return
        # The old members by length: each new paragraph is compared with those
        # whose length allows the ratio (`lengths_within`), found by bisection.
        by_length = sorted(old, key=lambda m: len(texts[m]))
        old_lengths = [len(texts[m]) for m in by_length]
        for k, a in enumerate(fresh):
            later = fresh[k + 1 :]
            if not later and not old:
                return
            shortest, longest = lengths_within(len(texts[a]), self.threshold)
            others = [m for m in later if shortest <= len(texts[m]) <= longest]
            others += by_length[bisect_left(old_lengths, shortest) : bisect_right(old_lengths, longest)]
            if not others:  # no length allows the ratio: nothing to ask rapidfuzz
                continue
            choices = [texts[m] for m in others]
            matches = near_matches(texts[a], choices, self.threshold)
            self.compared += len(others)
            if len(matches) > FEW_MATCHES and not small:
                self.families.add(band)
                yield from self.grouped(fresh[k:], old, texts, band[0])
                return
            yield from self._checked(a, texts[a], others, choices, matches, band[0])

    def grouped(
        self,
        fresh: list[int],
        old: list[int],
        texts: dict[int, str],
        band: int = 0,
    ) -> Iterator[tuple[int, int]]:
        """`pairs` with the bucket grouped by words (lintkit.text.meaning):
        a family of templated paragraphs that differ only in numbers is one
        group, and inside a group only paragraphs with the same numbers too are
        compared (the others differ in what matters, whatever their ratio). So
        a family costs no comparison per pair; what is compared is each group's
        new paragraphs with the members of the groups after it and the old
        members of those before it, and each paragraph with the others of its
        words and numbers."""
        meanings = self.meanings
        make_room(meanings, len(fresh) + len(old), KEEP_MEANINGS)
        for m in (*fresh, *old):
            if m not in meanings:
                meanings[m] = meaning_key(texts[m])
        groups: dict[bytes, tuple[list[int], list[int]]] = {}  # words (their digest) -> (new, old)
        for side, members in enumerate((fresh, old)):
            for m in members:
                groups.setdefault(meanings[m][0], ([], []))[side].append(m)
        every = [m for new_members, old_members in groups.values() for m in (*new_members, *old_members)]
        olds = [m for _, old_members in groups.values() for m in old_members]
        every_texts, old_texts = [texts[m] for m in every], [texts[m] for m in olds]
        end = old_end = 0
        for new_members, old_members in groups.values():
            end += len(new_members) + len(old_members)
            old_start, old_end = old_end, old_end + len(old_members)
            # The members of the groups after this one, and the old members of those before it.
            later, before = (every[end:], every_texts[end:]), (olds[:old_start], old_texts[:old_start])
            for a in new_members:
                yield from self.compare(a, *later, texts, band)
                yield from self.compare(a, *before, texts, band)
            by_numbers: dict[frozenset[str], tuple[list[int], list[int]]] = {}  # numbers -> (new, old)
            for side, members in enumerate((new_members, old_members)):
                for m in members:
                    by_numbers.setdefault(meanings[m][1], ([], []))[side].append(m)
            for same_new, same_old in by_numbers.values():
                for k, a in enumerate(same_new):
                    others = same_new[k + 1 :] + same_old
                    yield from self.compare(a, others, [texts[m] for m in others], texts, band)

    def compare(
        self, a: int, others: list[int], choices: list[str], texts: dict[int, str], band: int = 0
    ) -> Iterator[tuple[int, int]]:
        """The pairs (a < b) of `a` with those of `others` (whose texts are
        `choices`) that are near duplicates of it, in the bucket of this band."""
        shortest, longest = lengths_within(len(texts[a]), self.threshold)
        kept = [j for j, c in enumerate(choices) if shortest <= len(c) <= longest]
        if len(kept) < len(choices):
            others, choices = [others[j] for j in kept], [choices[j] for j in kept]
        if not others:
            return
        self.compared += len(others)
        yield from self._checked(a, texts[a], others, choices, near_matches(texts[a], choices, self.threshold), band)

    def _checked(
        self,
        a: int,
        text: str,
        others: list[int],
        choices: list[str],
        matches: list[tuple[str, float, int]],
        band: int,
    ) -> Iterator[tuple[int, int]]:
        """The pairs (a < b) of `a` (whose text is `text`) with those of its near
        matches among `others` that differ in nothing that matters, found in the
        bucket of this band. A near match is checked in the first band the pair
        shares, and passed over in the others (which give the same match): the
        processes that link a share of the bands each (link_by_band) checked
        every pair in each of its bands. A verdict is kept too (`verdicts`)."""
        verdicts = self.verdicts
        make_room(verdicts, len(matches), KEEP_VERDICTS)
        bands_of = self.bands_of if band else None
        mine = bands_of(a)[:band] if bands_of is not None else ()
        for _, score, j in matches:
            if not score:
                continue
            b = others[j]
            if mine and any(map(eq, mine, bands_of(b))):  # type: ignore[misc]  # mine: bands_of is set
                continue  # checked in an earlier band
            differs = verdicts.get((a, b))
            if differs is None:
                differs = verdicts[a, b] = differs_in_what_matters(text, choices[j])
            if not differs:
                yield (a, b) if a < b else (b, a)


def make_room(kept: dict[Any, Any], coming: int, most: int) -> None:
    """Before `coming` entries go into `kept` (a cache linking keeps from batch
    to batch, at most `most` entries): the oldest go, half of them at least,
    so that what one batch needs is not thrown away entry by entry (a dict
    keeps its order of insertion). One batch needing more than `most` may
    overfill it until the next."""
    over = len(kept) + coming - most
    if over > 0:
        for key in list(itertools.islice(kept, max(over, most // 2))):
            del kept[key]


def meaning_key(text: str) -> Meaning:
    """A text's words as a 128-bit digest, and its numbers (lintkit.text.meaning):
    what groups a bucket's members. The words themselves, a set of strings for
    each member of a large bucket, made up most of what linking held; they are
    not memoised either (meaning's memo is for texts compared with many others)."""
    words, numbers = meaning.__wrapped__(text)  # type: ignore[attr-defined]
    return hashlib.blake2b("\n".join(sorted(words)).encode(), digest_size=16).digest(), numbers


# A bucket of at most this many paragraphs is never grouped (Buckets.pairs).
SMALL_BUCKET = 12
# The meaning keys kept between batches (about 200 bytes each).
KEEP_MEANINGS = 10_000
# The verdicts kept (Buckets.verdicts; about 150 bytes each).
KEEP_VERDICTS = 50_000
# More near matches than this for one paragraph of a larger bucket, and the bucket is grouped.
FEW_MATCHES = 8
