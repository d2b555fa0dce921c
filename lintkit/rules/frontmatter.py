"""Front matter rules (META015-META019) and the Markdown side of META001, META003 and META014.

They read the front matter as written (`lintkit.formats.markdown.front_matter`)
or its canonical fields (`lintkit.facts`); META001, META003 and META014 call
the `*_keys` helpers below for a Markdown article, and their own export
checks for the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from lintkit import facts
from lintkit.fixes import source_lines
from lintkit.formats.markdown import front_matter
from lintkit.formats.markdown.schema import DATES, KEYS
from lintkit.model import Applicability, Article, Field, Fix, Location, Severity
from lintkit.rules.base import Category, Context, Hit, Option, rule
from lintkit.text import fold, shorten

REQUIRED_KEYS = Option(
    "required_keys",
    (),
    "front matter keys every Markdown article must have (`title`, `date`...); none by default",
)


def _canonical_keys(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict) or not all(
        isinstance(v, list | tuple) and all(isinstance(x, str) for x in v) for v in value.values()
    ):
        raise ValueError(f"expected a table of canonical key = [front matter keys], got {value!r}")
    unknown = sorted(set(value) - set(KEYS))
    if unknown:
        raise ValueError(f"unknown canonical key {unknown[0]!r} (known: {', '.join(KEYS)})")
    return {k: tuple(v) for k, v in value.items()}


MARKDOWN_KEYS: Option[dict[str, tuple[str, ...]]] = Option(
    "markdown_keys",
    {},
    "canonical key -> the front matter keys that mean it, first found wins "
    '(`updated = ["lastmod"]`); merged over the defaults (docs/markdown.md)',
    validator=_canonical_keys,
)


def _schema(value: Any) -> Any:
    """The option as the config gives it: a file name, or the schema loaded from it (lintkit.config)."""
    if value == "" or isinstance(value, dict):
        return value
    if isinstance(value, str):
        return value  # a file name: lintkit.config loads it, relative to the config's folder
    raise ValueError(f"expected the name of a JSON Schema file, got {value!r}")


FRONT_MATTER_SCHEMA: Option[Any] = Option(
    "front_matter_schema",
    "",
    "a JSON Schema file (relative to the config's folder) every Markdown front matter must satisfy (META003)",
    validator=_schema,
)
DESCRIPTION_MIN = Option("description_min_chars", 50, "shortest description, in characters", maximum=10_000)
DESCRIPTION_MAX = Option("description_max_chars", 160, "longest description, in characters", minimum=1, maximum=10_000)

MARKDOWN = {"markdown"}


# -- the Markdown side of META001, META003 and META014 -----------------------------


def missing_keys(article: Article, ctx: Context) -> Iterator[Hit]:
    front = front_matter(article)
    if front.error is not None:
        return  # META015 says why nothing could be read
    line = front.start if front.kind else 1
    for name in ctx.value(REQUIRED_KEYS):
        if name not in front.keys:
            where = "the front matter" if front.kind else "the file (it has no front matter)"
            yield Hit(f"front matter key {name!r} is missing from {where}", line, anchor=f"missing:{name}")


def _is_text(value: Any) -> bool:
    """A line of text; a number too (`title: 1984`), which site generators print as written."""
    return (isinstance(value, str) and bool(value)) or (isinstance(value, int | float) and not isinstance(value, bool))


def _reading_minutes(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value > 0
    return isinstance(value, str) and facts.parse_int(value.split(" ")[0]) is not None


def invalid_keys(article: Article, ctx: Context) -> Iterator[Hit]:
    """Canonical values that break what they mean: a date that is no date, a
    draft flag that is no boolean, a title that is no text...; and what the
    configured JSON Schema says of the front matter."""
    schema = ctx.value(FRONT_MATTER_SCHEMA)
    if isinstance(schema, dict):
        yield from _schema_errors(article, schema)
    fields = article.fields
    for key in DATES:
        found = fields.get(key)
        if found is not None and facts.parse_date(found.value) is None:
            yield Hit(f"{key} date {_shown(found.value)} is not a date (expected YYYY-MM-DD)", found.line)
    checks = (
        ("title", _is_text, "a line of text"),
        # An empty one is none (Jekyll's `excerpt: ""` turns the excerpt off), not a value of the wrong kind.
        ("description", lambda v: v == "" or _is_text(v), "a line of text"),
        ("draft", lambda v: isinstance(v, bool), "true or false"),
        ("reading_time", _reading_minutes, "a positive number of minutes"),
        ("checklist", lambda v: isinstance(v, tuple) and all(_is_text(i.value) for i in v), "a list of items"),
    )
    for key, ok, expected in checks:
        found = fields.get(key)
        if found is not None and not ok(found.value):
            fix = _list_fix(article, found) if key == "checklist" else None
            yield Hit(f"{key} {_shown(found.value)} is not {expected}", found.line, fix=fix)


def _list_fix(article: Article, found: Field) -> Fix | None:
    """Values joined by commas in one string (`checklist: a, b`), written as
    a list of them. Unsafe: an item may hold a comma of its own."""
    if not isinstance(found.value, str) or "," not in found.value:
        return None
    values = [v.strip() for v in found.value.split(",") if v.strip()]
    front = front_matter(article)
    key = next((k for k in front.keys.values() if k.line == found.line), None)
    from lintkit.formats.markdown.frontmatter import list_edit  # imported only for a fix

    edit = list_edit(front, source_lines(article), key.name, values) if key is not None else None
    return Fix("write the values as a list", Applicability.UNSAFE, (edit,)) if edit is not None else None


def _schema_errors(article: Article, schema: dict[str, Any]) -> Iterator[Hit]:
    front = front_matter(article)
    if front.error is not None or not front.kind:
        return  # META015 says why nothing could be read; no front matter: META001's business
    import jsonschema

    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)  # `"format": "date"` checked too
    for error in sorted(validator.iter_errors(_json(front.data)), key=lambda e: [str(p) for p in e.absolute_path]):
        path = [str(p) for p in error.absolute_path]
        key = front.keys.get(path[0]) if path else None
        where = f"front matter key {'.'.join(path)!r}" if path else "front matter"
        yield Hit(f"{where}: {shorten(error.message, 120)} (JSON Schema)", key.line if key else front.start)


def _json(value: Any) -> Any:
    """The front matter as JSON has it: dates as ISO strings, keys as strings."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def _shown(value: Any) -> str:
    if isinstance(value, tuple):
        value = [v.value if isinstance(v, Field) else v for v in value]
    return repr(shorten(str(value), 40)) if isinstance(value, str) else shorten(repr(value), 40)


def duplicate_keys(article: Article) -> Iterator[Hit]:
    front = front_matter(article)
    for key in front.duplicates:
        first = front.keys[key.name].line
        yield Hit(
            f"front matter key {key.name!r} appears again (first at line {first}); YAML readers keep only one",
            key.line,
            related=(Location(article.path, first),),
        )


# -- META015-META019 ---------------------------------------------------------------


@rule(
    code="META015",
    name="front-matter-syntax",
    category=Category.META,
    severity=Severity.ERROR,
    summary="Front matter that does not parse",
    formats=MARKDOWN,
)
def front_matter_syntax(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the front matter (YAML between `---` lines, TOML between `+++`
    lines) parses, is a mapping of keys, and is closed. The message is the
    parser's, at the line it points to. The body is checked all the same.

    Why it matters
    A site generator stops on front matter it cannot read, or publishes the
    page without its title, date and description.

    Example
    `title: Python: the good parts` (an unquoted colon in YAML).

    Fix
    Quote the value, close the block, or correct what the parser names.

    Options
    None.
    """
    error = front_matter(article).error
    if error is not None:
        yield Hit(error[0], error[1])


@rule(
    code="META016",
    name="title-heading-mismatch",
    category=Category.META,
    severity=Severity.WARNING,
    summary="The front matter title and the first-level heading differ",
    formats=MARKDOWN,
)
def title_heading_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    When the front matter has a `title` and the body opens with a
    first-level heading, that both say the same (case, spacing and final
    punctuation aside). One may add a subtitle to the other after ` - `,
    `: ` or ` | ` (`Kura v0.5.0 Released - Procedural API, Better Docs`
    over `# Kura v0.5.0 Released`): a page title made longer for search
    results names the same article.

    Why it matters
    Themes show one or the other (the page title, the heading, the search
    result): readers see two names for one article.

    Example
    `title: Faster builds` over `# Faster CI builds with caching`.

    Fix
    Make them the same, or drop the heading and let the theme show the title.

    Options
    None.
    """
    declared = facts.text(article, "title")
    heading = article.title
    if declared is None or heading is None or heading.line == declared.line:
        return  # one of them only (the article's title is the front matter's)
    if not _same_title(declared.value, heading.text):
        yield Hit(
            f"front matter title {shorten(declared.value)!r} differs from the heading {shorten(heading.text)!r}",
            heading.line,
            related=(Location(article.path, declared.line),),
        )


def _title_key(text: str) -> str:
    return fold(text).strip(" .!?:")


# What parts a title from its subtitle: `Kura v0.5.0 Released - Procedural API, Better Docs`.
_SUBTITLE = (" - ", " – ", " — ", ": ", " | ")


def _same_title(declared: str, heading: str) -> bool:
    """The same title, or one of them the other with a subtitle after it (a
    page title that extends the heading for search results, as real blogs write it)."""
    a, b = sorted((_title_key(declared), _title_key(heading)), key=len)
    return a == b or (bool(a) and b.startswith(a) and b[len(a) :].startswith(_SUBTITLE))


@rule(
    code="META018",
    name="description-length",
    category=Category.META,
    severity=Severity.WARNING,
    summary="The description is shorter than `description_min_chars` or longer than `description_max_chars`",
    options=(DESCRIPTION_MIN, DESCRIPTION_MAX),
    formats=MARKDOWN,
)
def description_length(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    The length of the front matter description (`description`, `summary` or
    `excerpt`), in characters, spacing collapsed.

    Why it matters
    Search engines show about 160 characters of it under the page title and
    cut the rest; a description of a few words says nothing.

    Example
    `description: Notes.`

    Fix
    One or two sentences that say what the reader will learn.

    Options
    `description_min_chars` (50), `description_max_chars` (160).
    """
    found = facts.text(article, "description")
    if found is None:
        return
    length = len(" ".join(found.value.split()))
    low, high = ctx.value(DESCRIPTION_MIN), ctx.value(DESCRIPTION_MAX)
    if length < low:
        yield Hit(f"description has {length} characters, fewer than {low}", found.line)
    elif length > high:
        yield Hit(f"description has {length} characters, more than {high} (search results cut it)", found.line)


@rule(
    code="META019",
    name="date-order",
    category=Category.META,
    severity=Severity.ERROR,
    summary="The updated date is earlier than the publication date",
    formats=MARKDOWN,
)
def date_order(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the front matter's updated date (`lastmod`, `updated`...) is not
    before its publication date (`date`, `pubDate`...).

    Why it matters
    One of the two is a typo; feeds, sitemaps and "updated on" lines show it.

    Example
    `date: 2025-03-01` and `lastmod: 2024-03-01`.

    Fix
    Correct the wrong date.

    Options
    None.
    """
    published, updated = _date(article, "published"), _date(article, "updated")
    if published is not None and updated is not None and updated[0] < published[0]:
        yield Hit(
            f"updated date {updated[0]} is before the publication date {published[0]}",
            updated[1],
            related=(Location(article.path, published[1]),),
        )


def _date(article: Article, key: str) -> tuple[dt.date, int] | None:
    found = article.fields.get(key)
    date = facts.parse_date(found.value) if found is not None else None
    return (date, found.line) if found is not None and date is not None else None


RULES = (front_matter_syntax, title_heading_mismatch, description_length, date_order)
