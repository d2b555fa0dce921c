"""Memos: what is computed from a text alone (or from one article), kept for the next asker.

A corpus repeats its paragraphs (boilerplate is what DUP004 is about: the
generated benchmark corpus has one distinct paragraph in eight, and real
exports share their final notes, outlines and meta lines). What depends on a
text alone is therefore memoised by the text, in each process, for the most
recent `TEXT_MEMO` distinct texts; the values are immutable, so articles can
share them. Per-article analyses that several rules read are memoised by the
article (articles hash by identity) for the last `ARTICLE_MEMO` articles.

Every memo is made here, with one of two sizes, and `clear()` empties them
all (the run does, when it ends: a long-lived process does not keep the texts
of the last corpus).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

TEXT_MEMO = 4096
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

article_memo = _memo(ARTICLE_MEMO)
"""Memoise a function of an article (by identity) for the last ARTICLE_MEMO articles."""


def clear() -> None:
    """Empty every memo."""
    for cached in _MEMOS:
        cached.cache_clear()
