"""Small text helpers shared by the parser, the rules and the scores."""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Iterator
from typing import Any

from lintkit.compiled import pattern as _compile
from lintkit.memo import large_text_memo

# Invisible characters that change no meaning but break comparisons: zero-width
# spaces and joiners, word joiner, BOM, and the bidirectional marks/overrides.
_INVISIBLE = _compile("[\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
# Terminal colour codes pasted from a console.
_ANSI = _compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_SPACE_LIKE = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " "})
_WS = _compile(r"\s+")
# The indentation of a line that has tabs in it (Go's, a Makefile's) is kept as written, so
# that code indented with one tab keeps an indentation and every column stays the file's
# (the tabs inside a line are one space each, which keeps the columns too).
_LEADING_TABS = _compile(r"^[ \t]*\t")
_WORD = _compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# The same words in ASCII text, found a fifth faster (a letter or digit of ASCII is
# one in Unicode too: the classes agree there). tests/test_properties.py checks.
_ASCII_WORD = _compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.ASCII)
# A sentence ends at . ! or ? followed by whitespace (or the end of the text).
_SENTENCE_END = _compile(r"(?<=[.!?])\s+")


# What `clean_line` changes in a line besides its trailing blanks: a tab and an
# escape are the only ASCII characters among them (has_special).
_SPECIAL = _compile("[\x1b\t\u00a0\u2007\u202f\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def has_special(text: str) -> bool:
    """Whether `clean_line` has more to do in this text than drop trailing blanks.
    In ASCII text only a tab or an escape can be (ten times faster to rule out
    than the pattern, which a line of prose asked at every character)."""
    if text.isascii():
        return "\t" in text or "\x1b" in text
    return _SPECIAL.search(text) is not None


def clean_line(raw: str) -> str:
    """A line as the rules see it: no trailing blanks, no invisible marks,
    no colour codes, no-break spaces and tabs as spaces (but those of the
    indentation, kept)."""
    if not has_special(raw):  # the common case: nothing to clean
        return raw.rstrip()
    text = _ANSI.sub("", raw)
    text = _INVISIBLE.sub("", text)
    lead = _LEADING_TABS.match(text)
    rest = text[lead.end() :] if lead else text
    rest = rest.translate(_SPACE_LIKE).rstrip()
    return lead.group(0) + rest if lead and rest else rest


def plural(n: int, word: str, many: str | None = None) -> str:
    """`1 warning`, `6 warnings`, `0 infos`: a count and its noun, agreed."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def fold(text: str) -> str:
    """Fold case and collapse whitespace: the identity of a paragraph or item."""
    return " ".join(text.split()).casefold()


def words(text: str) -> list[str]:
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def brackets_opened(line: str) -> int:
    """How many brackets (`(`, `[`, `{`) a line opens that it does not close (negative when it closes more)."""
    return sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")


def word_count(text: str) -> int:
    return len(words(text))


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Split prose into sentences, yielding (offset in text, sentence)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        chunk = text[start : m.start()]
        if chunk.strip():
            yield start, chunk
        start = m.end()
    tail = text[start:]
    if tail.strip():
        yield start, tail.rstrip()


def sentence_key(sentence: str) -> str:
    """A sentence's identity: folded, without its final punctuation."""
    return fold(sentence).rstrip(".!?;: ")


def shorten(text: str, width: int = 60) -> str:
    """One line of at most `width` characters, for quoting in a message."""
    flat = _WS.sub(" ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


_TOKEN = _compile(r"[\w'’#.-]*\w")
_NEGATIONS = frozenset(
    "not no never none nothing nobody neither nor without cannot can't won't don't doesn't didn't isn't "
    "aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't mustn't".split()
)


@large_text_memo  # a paragraph is compared with many others: its tokens are found once
def meaning(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A text's tokens (case folded) as two sets: those without a digit (its
    words) and those with one (its numbers: a date, a version, `#12`), with
    the operators it names among the numbers (rspec's `supports the ==
    matcher` / `the =~ matcher`: the words alike, the point the operator).

    What `differs_in_what_matters` compares. Two texts with the same words
    differ in what matters exactly when their numbers differ, so a family of
    templated paragraphs (`status update 41: ...`, `status update 42: ...`)
    is grouped by its words and never compared pair by pair (see
    lintkit.analysis and lintkit.corpus.update)."""
    folded = text.casefold()
    tokens = set(_TOKEN.findall(folded))
    numbers = frozenset(t for t in tokens if _has_digit(t))
    if "=" in folded or "~" in folded or "&&" in folded or "||" in folded:
        numbers |= frozenset(_OPERATOR.findall(folded))
    return frozenset(tokens - numbers), numbers


# An operator a text names, two signs or more: `==`, `=~`, `!=`, `<=`, `&&` (not a dash's `--`).
_OPERATOR = _compile(r"[=!<>~]{2,}|&&|\|\|")


def _has_digit(token: str) -> bool:
    # Most tokens are words (no digit, said in C); then a regular expression
    # for an ASCII token. A loop over the characters was a tenth of a cold run.
    if token.isalpha():
        return False
    if token.isascii():
        return _ASCII_DIGIT(token) is not None
    return any(map(str.isdigit, token))


_ASCII_DIGIT = _compile(r"[0-9]").search


def near_matches(query: str, choices: list[str | None], threshold: float) -> list[tuple[str, float, int]]:
    """(text, score, position) of the choices at least `threshold` alike to
    `query` by rapidfuzz's `fuzz.ratio` (None choices skipped), best first, the
    first of equals first: what DUP002 and the corpus index call near."""
    process, fuzz = _rapidfuzz()
    return process.extract(query, choices, scorer=fuzz.ratio, processor=None, score_cutoff=threshold, limit=None)  # type: ignore[no-any-return]


@functools.cache
def _rapidfuzz() -> tuple[Any, Any]:
    """rapidfuzz's `process` and `fuzz`, imported by the first comparison, not
    at start-up (a run may make none), and found once: an import statement at
    every comparison cost 1,000 generated posts 57,000 module lookups."""
    from rapidfuzz import fuzz, process

    return process, fuzz


def lengths_within(length: int, threshold: float) -> tuple[int, int]:
    """The shortest and longest text that can be at least `threshold` alike to
    one of `length` characters by rapidfuzz's `fuzz.ratio`, which is 200 times
    their longest common subsequence over their summed lengths: at most
    200 * shorter / (shorter + longer). A pair outside is never a near match,
    so it is not handed to rapidfuzz (in a bucket shared by hundreds of
    paragraphs, most of them)."""
    if threshold <= 0:
        return 0, sys.maxsize
    # Rounded outwards (a borderline pair is left to rapidfuzz): exact whatever the float.
    return (
        math.floor(length * threshold / (200 - threshold) - 1e-6),
        math.ceil(length * (200 - threshold) / threshold + 1e-6),
    )
