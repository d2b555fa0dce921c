"""Memos: what is computed from a text alone (or from one article), kept for the next asker.

A corpus repeats its paragraphs (boilerplate is what DUP004 is about: the
generated benchmark corpus has one distinct paragraph in eight, and real
exports share their final notes, outlines and meta lines). What depends on a
text alone is therefore memoised by the text, in each process, for the most
recent `TEXT_MEMO` distinct texts; the values are immutable, so articles can
share them. Per-article analyses that several rules read are memoised by the
article (articles hash by identity) for the last `ARTICLE_MEMO` articles.

Every memo is made here, with one of three sizes, and `clear()` empties them
all (the run does, when it ends: a long-lived process does not keep the texts
of the last corpus).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

TEXT_MEMO = 4096
# For a value as large as its text (the set of its words): a quarter as many.
LARGE_TEXT_MEMO = 1024
ARTICLE_MEMO = 16

F = TypeVar("F", bound=Callable[..., Any])

_MEMOS: list[Any] = []


def _memo(size: int) -> Callable[[F], F]:
    def wrap(fn: F) -> F:
        cached = functools.lru_cache(maxsize=size)(fn)
        _MEMOS.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


text_memo = _memo(TEXT_MEMO)
"""Memoise a function of a text (and a few small settings) for the last TEXT_MEMO texts."""

large_text_memo = _memo(LARGE_TEXT_MEMO)
"""Memoise a function of a text whose value is as large as the text (its words)
for the last LARGE_TEXT_MEMO texts: 4,096 sets of a paragraph's words were the
largest thing the main process held (11 MB)."""

article_memo = _memo(ARTICLE_MEMO)
"""Memoise a function of an article (by identity) for the last ARTICLE_MEMO articles."""


def clear() -> None:
    """Empty every memo."""
    for cached in _MEMOS:
        cached.cache_clear()
