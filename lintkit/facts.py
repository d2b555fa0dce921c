"""The one place that maps an article's canonical meta keys to values.

A format gives its meta as `Fields` by canonical key (`last_reviewed`,
`reading_time`, `declared_quality`...), each with its line and its value as
the format read it. Rules, the scores and the corpus index ask here for what
they need, typed (a date, an integer, a list of items), never for a format's
label. Also here: what is read off the body (its words, its payload
paragraphs) and the article's images, by origin.

Canonical keys: `title`, `topic`, `summary`, `brief`, `outline_problem`,
`outline_stack`, `stack`, `tools`, `code_language`, `difficulty`,
`reading_time`, `view_count`, `declared_quality`, `declared_freshness`,
`declared_depth`, `declared_clarity`, `status`, `version`, `last_reviewed`,
`reference`, `hash`, `has_images`, `image_heavy`, `checklist`, `entities`,
`paragraph_count`, `seed`, `source_id`, `notes`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from lintkit.compiled import pattern as _compile
from lintkit.model import Article, Block, BlockKind, Field, Image, ImageOrigin, Line, Role
from lintkit.text import fold

DATE = _compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGITS = _compile(r"\d+")
SCORE_KEYS = ("quality", "freshness", "depth", "clarity")

# -- reading values ---------------------------------------------------------------


def field(article: Article, key: str) -> Field | None:
    """The field of a canonical key, as the format gave it."""
    return article.fields.get(key)


def text(article: Article, key: str) -> Field | None:
    """The field of a canonical key when it holds a one-line value that is not empty."""
    found = article.fields.get(key)
    return found if found is not None and isinstance(found.value, str) and found.value else None


def value(article: Article, key: str) -> str | None:
    """The one-line value of a canonical key, when it is not empty."""
    found = text(article, key)
    return found.value if found is not None else None


def parse_date(raw: Any) -> dt.date | None:
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return raw
    if not isinstance(raw, str) or not DATE.match(raw.strip()):
        return None
    try:
        return dt.date.fromisoformat(raw.strip())
    except ValueError:
        return None


def parse_int(raw: Any) -> int | None:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if not isinstance(raw, str):
        return None
    raw = raw.strip()
    if not re.fullmatch(r"[+-]?\d+", raw):
        return None
    return int(raw)


# -- typed facts -------------------------------------------------------------------


def integer(article: Article, key: str) -> tuple[int, Field] | None:
    """A canonical key's value as an integer, with its field; None when absent or not an integer."""
    found = article.fields.get(key)
    number = parse_int(found.value) if found is not None else None
    return (number, found) if found is not None and number is not None else None


def title(article: Article) -> Line | None:
    """The article's title and its line: the meta's `title` when it holds a
    line of text (a number too: site generators print `title: 1984` as
    written), else the title the body opens with (the export's title line, a
    Markdown first-level heading); None when there is none or it is blank."""
    found = article.fields.get("title")
    if found is not None and not isinstance(found.value, bool) and isinstance(found.value, str | int | float):
        text = str(found.value)
        if text.strip():
            return Line(text.strip(), found.line)
    if article.title is not None and article.title.text.strip():
        return article.title
    return None


# The dates that say how recent an article is, in the order they are believed:
# the export's review date; a Markdown page's updated date, else its publication date.
RECENCY_KEYS = {"last_reviewed": "last reviewed", "updated": "updated", "published": "published"}


def recency(article: Article) -> tuple[dt.date, int, str] | None:
    """(date, line, what it is called) of the first of RECENCY_KEYS the
    article has, when it is a real date; None when that one is not."""
    for key, label in RECENCY_KEYS.items():
        found = article.fields.get(key)
        if found is not None:
            date = parse_date(found.value)
            return (date, found.line, label) if date is not None else None
    return None


def declared_scores(article: Article) -> dict[str, tuple[int, int, int, int]]:
    """name -> (value, line, column, end column) of the scores the meta
    declares (valid integers 0..100); the columns are those of the number on
    its line, (0, 0) when the line does not hold it exactly once."""
    out = {}
    for name in SCORE_KEYS:
        found = integer(article, f"declared_{name}")
        if found is not None and 0 <= found[0] <= 100:
            line = found[1].line
            text = article.lines[line - 1] if 1 <= line <= len(article.lines) else ""
            runs = [m.span() for m in _DIGITS.finditer(text) if int(m.group()) == found[0]]
            start, end = runs[0] if len(runs) == 1 else (-1, -1)
            out[name] = (found[0], line, start + 1, end + 1)
    return out


def items(article: Article, key: str) -> tuple[tuple[Line, ...], int] | None:
    """(items, line of the field) of a list field written as a list with at
    least one item; None when absent, empty or written on one line."""
    found = article.fields.get(key)
    if found is None or not isinstance(found.value, tuple) or not found.value:
        return None
    return tuple(Line(str(i.value), i.line) for i in found.value), found.line


def records(article: Article, key: str) -> tuple[Mapping[str, Field], ...] | None:
    """The records of a field of records (`entities`); None when absent or written on one line."""
    found = article.fields.get(key)
    return found.value if found is not None and isinstance(found.value, tuple) else None


def outline_topic(article: Article) -> tuple[str | None, str | None]:
    """The article's problem and stack: from the outline, else from `topic` (`problem / stack`)."""
    problem = value(article, "outline_problem")
    stack = value(article, "outline_stack")
    if problem and stack:
        return problem, stack
    topic = value(article, "topic")
    if topic is not None and " / " in topic:
        p, _, s = topic.partition(" / ")
        return problem or p.strip() or None, stack or s.strip() or None
    return problem, stack


def mentions(haystack: str, phrase: str) -> bool:
    return fold(phrase) in fold(haystack)


# -- images ------------------------------------------------------------------------


def image_records(article: Article) -> tuple[Image, ...]:
    """The images the meta declares (source, url and caption each)."""
    return tuple(i for i in article.images if i.origin is ImageOrigin.RECORD)


def body_images(article: Article) -> tuple[Image, ...]:
    """The images the body shows (the export's caption lines)."""
    return tuple(i for i in article.images if i.origin is ImageOrigin.BODY)


def part(image: Image, name: str) -> str | None:
    """An image's `url`, `source` or `caption`, when present and not empty."""
    found = getattr(image, name)
    return found.value if found is not None and found.value else None


def markup_images(article: Article) -> tuple[Image, ...]:
    """The image elements of the text (Markdown `![alt](src)`, HTML `<img>`)."""
    return tuple(i for i in article.images if i.origin is ImageOrigin.MARKUP)


# A source that names a scheme (`https:`, a misspelt `htps:`) or starts with `//`: not a file of the site.
_REMOTE = _compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
_NOT_FETCHED = ("data:", "blob:", "cid:")


def is_remote(source: str) -> bool:
    s = source.strip()
    return _REMOTE.match(s) is not None and not s.lower().startswith(_NOT_FETCHED)


def url_images(article: Article) -> tuple[Image, ...]:
    """The images with a url to fetch: every meta record, and each image element with a remote source
    written out (not one a template fills in when the site is built: `{{ .Site.BaseURL }}/a.png`,
    `https://github.com/{{ .user }}.png`, `{{ site.baseurl }}` or `{% link a.png %}`)."""
    return tuple(
        i
        for i in article.images
        if i.origin is ImageOrigin.RECORD
        or (
            i.origin is ImageOrigin.MARKUP
            and i.url is not None
            and is_remote(i.url.value)
            and not has_template(i.url.value)
        )
    )


# A template expression: Go's and Hugo's, Liquid's, Jinja's and Nunjucks' `{{ ... }}` and `{% ... %}`, ERB's `<% %>`.
_TEMPLATE = _compile(r"\{\{.{0,500}?\}\}|\{%.{0,500}?%\}|<%.{0,500}?%>", re.S)  # an expression is short


def has_template(source: str) -> bool:
    """Whether an image's source holds a template expression, a value known only once the site is built."""
    return ("{" in source or "<%" in source) and _TEMPLATE.search(source) is not None


def image_urls(article: Article) -> tuple[tuple[int, str], ...]:
    """(line, url) of every image url to fetch (url_images), stripped."""
    return tuple((i.url.line, i.url.value.strip()) for i in url_images(article) if i.url is not None and i.url.value)


# -- the body ----------------------------------------------------------------------


def body_words(article: Article) -> int:
    """Words a reader reads: title, lead, every section's text (headings,
    paragraphs, code, checklist items). Not the meta. A word is a run of
    characters between blanks, as a blog engine counts them (Hugo, Jekyll):
    `chain.map(emb=compute_embedding)` and `pointer::byte_offset_from` are one
    each, not four and three."""
    total = len(article.title.text.split()) if article.title else 0
    for b in article.lead:
        total += _words_read(b)
    for s in article.sections:
        total += len(s.heading.text.split())
        for b in s.blocks:
            total += _words_read(b)
    return total


def _words_read(block: Block) -> int:
    """A block's runs between blanks; a list's are its entries' (not their markers)."""
    if block.items:
        return sum(len(item.text.split()) for item in block.items)
    return len(block.text.split())


def body_paragraph_count(article: Article) -> int:
    """FORMAT.md's payload paragraphs: the intro plus every prose paragraph of
    the body sections (not captions, code, checklist items or final notes)."""
    lead = sum(1 for b in article.lead if b.kind is BlockKind.PARAGRAPH)
    return lead + sum(len(s.paragraphs) for s in article.body_sections)


def body_paragraph_range(article: Article) -> tuple[int, int]:
    """The fewest and the most payload paragraphs the body can be read to hold:
    `body_paragraph_count` less the counted paragraphs the format was in doubt
    about (`Article.doubtful`), and plus the doubtful headings that would be a
    counted paragraph, as a one-line paragraph of the lead or of a body section
    (a heading's own section is counted either way). The same number twice
    when nothing is in doubt."""
    count = body_paragraph_count(article)
    fewer, more = doubt_widening(article)
    return count - len(fewer), count + len(more)


def doubt_widening(article: Article) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The lines of the doubtful paragraphs that `body_paragraph_range` takes off the count, and of the doubtful
    headings it adds to it."""
    doubtful = article.doubtful
    if not doubtful:
        return (), ()
    counted = [b for b in article.lead if b.kind is BlockKind.PARAGRAPH]
    counted += [p for s in article.body_sections for p in s.paragraphs]
    fewer = tuple(b.line for b in counted if b.line in doubtful)
    more, before_counts = [], True  # the lead's paragraphs count
    for s in article.sections:
        if s.heading.line in doubtful and before_counts and s.role is Role.BODY:
            more.append(s.heading.line)
        before_counts = s.role is Role.BODY
    return fewer, tuple(more)
