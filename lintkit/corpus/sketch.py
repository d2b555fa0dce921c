"""Corpus fingerprints: what the index keeps of each article, computed from the article alone.

Pure functions, no database: stage A computes an article's `Prints` in a
worker process, and the index (lintkit.corpus.index) stores them.

- **exact matches**: a 64-bit BLAKE2 digest of a paragraph's folded text
  (case folded, whitespace collapsed);
- **titles**: the same 64-bit digest of the article's folded title
  (`facts.title`), for META017;
- **near matches** without comparing every pair: a MinHash sketch (one-
  permutation hashing, 24 bins) over the word bigrams of the folded text,
  cut into 8 bands of 3 (locality sensitive hashing): two paragraphs become
  candidates when a band agrees. For a Jaccard similarity of 0.65 (what a
  few changed words leave) that is about 0.92 in theory, and more in
  practice (tests/test_corpus.py: 97 % of paraphrases 90 % alike); pairs
  that merely share a common sentence (Jaccard 0.2 to 0.3) become
  candidates 5 to 20 times less often than with bands of 2, which kept a
  corpus of posts written from shared sentences busy comparing (see
  docs/benchmarks.md).
  Candidates are then checked with the same rapidfuzz ratio and threshold as
  DUP002 (lintkit.corpus.update), so LSH only decides which pairs are
  compared. See docs/architecture.md for why this is not datasketch.
"""

from __future__ import annotations

import hashlib
import itertools
import zlib
from dataclasses import field

from lintkit import facts
from lintkit.memo import text_memo
from lintkit.model import Article
from lintkit.records import NOT_STORED
from lintkit.structs import dataclass
from lintkit.text import fold

NUM_PERM = 24
BANDS = 8
ROWS = NUM_PERM // BANDS
_EMPTY = 1 << 60  # above every bin value (a 64-bit hash divided by NUM_PERM)
_MASK63 = (1 << 63) - 1
_MASK64 = (1 << 64) - 1


@text_memo  # a corpus repeats its paragraphs: see lintkit.memo
def exact_key(folded: str) -> int:
    """A paragraph's identity as a signed 64-bit integer (SQLite's INTEGER)."""
    return int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=8).digest(), "big", signed=True)


@text_memo
def band_keys(folded: str) -> tuple[int, ...]:
    """The LSH band values of a paragraph (memoised: a corpus repeats its paragraphs)."""
    return sketch_bands(folded, NUM_PERM, ROWS)


def sketch_bands(folded: str, bins: int, rows: int) -> tuple[int, ...]:
    """The LSH band values of a text for a sketch of `bins` bins (at least 16)
    cut into bands of `rows`: what the index stores with (24, 3), and what
    benchmarks/lsh_candidates.py compares other shapes with.

    One-permutation hashing (Li, Owen and Zhang, 2012): each bigram is hashed
    once to 64 bits (two CRC-32s); the hash modulo 24 picks one of 24 bins and
    each bin keeps its smallest quotient, so one pass gives 24 minimums that
    agree between two paragraphs with probability close to their Jaccard
    similarity. Empty bins borrow the next non-empty bin's value, marked with
    the distance (rotation densification). Each band combines 3 bins into one
    63-bit value.
    """
    words = folded.split()
    grams = [f"{a} {b}".encode() for a, b in itertools.pairwise(words)] or [folded.encode()]
    table = [_EMPTY] * bins  # 16 bins or more: every quotient is below _EMPTY
    for gram in grams:
        h = zlib.crc32(gram) << 32 | zlib.crc32(gram, 0x5BD1E995)
        b, v = h % bins, h // bins
        if v < table[b]:
            table[b] = v
    mins = []
    for i in range(bins):
        j, distance = i, 0
        while table[j] == _EMPTY and distance < bins:
            j, distance = (j + 1) % bins, distance + 1
        mins.append(table[j] | distance << 60)
    keys = []
    for i in range(bins // rows):
        key = 0
        for m in mins[i * rows : (i + 1) * rows]:
            key = ((key * 0x9E3779B97F4A7C15) ^ m) & _MASK64
        keys.append(key & _MASK63)
    return tuple(keys)


@dataclass(frozen=True)
class ParagraphPrint:
    """A paragraph's fingerprints: its exact key and its LSH band keys."""

    line: int
    exact: int
    # The folded text: sent with a fresh analysis, not stored with it (the index keeps it).
    text: str | None = field(default=None, metadata=NOT_STORED)
    bands: tuple[int, ...] = ()  # empty for paragraphs too short to compare


@dataclass(frozen=True)
class TitlePrint:
    """The title's fingerprint (META017 finds the articles that share it)."""

    line: int
    key: int  # exact_key of the folded title
    text: str  # the title as written, for messages


@dataclass(frozen=True)
class Prints:
    """What the corpus index keeps of an article: its paragraphs', images' and title's prints."""

    paragraphs: tuple[ParagraphPrint, ...]
    images: tuple[tuple[int, str], ...]  # (line, url)
    title: TitlePrint | None = None  # None: no title, or an empty one


def title_print(article: Article) -> TitlePrint | None:
    """The article's title (facts.title), folded as a paragraph is; None when it has none."""
    found = facts.title(article)
    if found is None:
        return None
    folded = fold(found.text)
    return TitlePrint(found.line, exact_key(folded), " ".join(found.text.split())) if folded else None


def fingerprint(article: Article, min_chars: int, bands: bool = True, min_words: int = 0) -> Prints:
    """The article's paragraph, image and title fingerprints (`bands=False` skips the
    MinHash, which a lookup in bulk mode does not need); a paragraph of fewer
    than `min_words` words (a label) has none: it is shared with nothing."""
    paragraphs = []
    for block in article.prose():
        if min_words and block.word_count < min_words:
            continue
        folded = block.folded
        keys = band_keys(folded) if bands and len(folded) >= min_chars else ()
        paragraphs.append(ParagraphPrint(block.line, exact_key(folded), folded, keys))
    return Prints(tuple(paragraphs), facts.image_urls(article), title_print(article))


def digest_bytes(data: bytes) -> str:
    """A file's content digest: a file whose digest the index knows is not parsed again."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()
