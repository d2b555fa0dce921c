"""Facts read off an article's meta block, shared by the rules, the scores and the corpus index."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lintkit.memo import article_memo
from lintkit.model import Article, MetaField, MetaItem
from lintkit.text import fold, word_count

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REFERENCE = re.compile(r"^anp-ref-(\d{6})-(\d{4})$")
SOURCE_ID = re.compile(r"^alphanode-(\d{6})$")
PICSUM_SEED = re.compile(r"/seed/anp-(\d+)(?:/|$)")


@dataclass(frozen=True)
class ImageRecord:
    items: tuple[MetaItem, ...]

    def get(self, key: str) -> MetaItem | None:
        for item in self.items:
            if item.key == key:
                return item
        return None

    @property
    def line(self) -> int:
        return self.items[0].line


@article_memo
def image_records(article: Article) -> tuple[ImageRecord, ...]:
    """The meta image records (memoised per article: several rules read them)."""
    field = article.meta.get("image sources") if article.meta else None
    if field is None:
        return ()
    return tuple(ImageRecord(r) for r in field.records("source"))


def kv(article: Article, field_name: str, key: str) -> MetaItem | None:
    field = article.meta.get(field_name) if article.meta else None
    return field.get(key) if field is not None else None


def kv_value(article: Article, field_name: str, key: str) -> str | None:
    item = kv(article, field_name, key)
    return item.value if item is not None and item.value else None


def scalar(article: Article, name: str) -> MetaField | None:
    return article.meta.scalar(name) if article.meta else None


def parse_date(text: str) -> dt.date | None:
    if not DATE.match(text.strip()):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def parse_int(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        return None
    return int(text)


def outline_topic(article: Article) -> tuple[str | None, str | None]:
    """The article's problem and stack: from `ai outline`, else from `topic`."""
    problem = kv_value(article, "ai outline", "problem")
    stack = kv_value(article, "ai outline", "stack")
    if problem and stack:
        return problem, stack
    topic = scalar(article, "topic")
    if topic is not None and " / " in topic.value:
        p, _, s = topic.value.partition(" / ")
        return problem or p.strip() or None, stack or s.strip() or None
    return problem, stack


def mentions(text: str, phrase: str) -> bool:
    return fold(phrase) in fold(text)


def body_words(article: Article) -> int:
    """Words a reader reads: title, lead, every section's text (headings,
    paragraphs, code, checklist items). Not the meta block."""
    total = word_count(article.title.text) if article.title else 0
    for b in article.lead:
        total += b.word_count
    for s in article.sections:
        total += word_count(s.heading.text)
        for b in s.blocks:
            total += b.word_count
    return total


def body_paragraph_count(article: Article) -> int:
    """FORMAT.md's payload paragraphs: the intro plus every prose paragraph of
    the body sections (not captions, code, checklist items or final notes)."""
    lead = sum(1 for b in article.lead if b.kind.value == "paragraph")
    return lead + sum(len(s.paragraphs) for s in article.body_sections)
