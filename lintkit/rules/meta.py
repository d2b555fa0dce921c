"""Meta consistency rules (META): the fields, their forms, and their agreement with the body;
and one across the corpus, META017 (a title another article has)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from lintkit import facts
from lintkit.compiled import pattern as _compile
from lintkit.corpus.view import CorpusView
from lintkit.facts import (
    SCORE_KEYS,
    body_images,
    body_paragraph_range,
    body_words,
    image_records,
    mentions,
    outline_topic,
    parse_date,
    parse_int,
)
from lintkit.fixes import delete_line, replace_number
from lintkit.formats.alphanode import export
from lintkit.formats.alphanode.schema import META_FIELDS, PICSUM_SEED, REFERENCE, SOURCE_ID, FieldKind
from lintkit.model import Applicability, Article, Edit, Fix, Location, Severity
from lintkit.rules.base import Category, Context, Hit, Kind, Option, rule
from lintkit.rules.frontmatter import (
    FRONT_MATTER_SCHEMA,
    MARKDOWN_KEYS,
    REQUIRED_KEYS,
    duplicate_keys,
    invalid_keys,
    missing_keys,
)
from lintkit.rules.structure import is_prose_line
from lintkit.text import fold, shorten

if TYPE_CHECKING:
    from lintkit.formats.alphanode.meta import MetaField

REQUIRED = Option(
    "required_fields",
    tuple(name for name in META_FIELDS if name != "notes"),
    "meta fields every article must have",
)
WPM = Option("words_per_minute", 230, "reading speed used to check `reading time`", minimum=1, maximum=10_000)
IMAGE_HEAVY_MIN = Option("image_heavy_min", 3, "images from which `image heavy` should be 1", maximum=1000)
STALE_DAYS = Option(
    "stale_after_days", 730, "days after `last reviewed` from which an article is stale", maximum=100_000
)

DIFFICULTIES = ("beginner", "intermediate", "advanced")
STATUSES = ("drafted", "expanded", "reviewed", "published")
# The flags META008 checks, by their canonical keys.
FLAG_KEYS = {"has images": "has_images", "image heavy": "image_heavy"}
# List fields whose items are names: one item holding commas is a joined list.
NAME_LISTS = ("stack", "tools", "checklist")


def _int_in(lo: int, hi: int | None = None) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        n = parse_int(value)
        if n is None:
            return f"{value!r} is not an integer"
        if n < lo or (hi is not None and n > hi):
            bound = f"from {lo} to {hi}" if hi is not None else f"of at least {lo}"
            return f"{n} is out of range (expected an integer {bound})"
        return None

    return check


def _one_of(choices: tuple[str, ...]) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return None if value.strip().casefold() in choices else f"{value!r} is not one of {', '.join(choices)}"

    return check


def _pattern(regex: str, expected: str) -> Callable[[str], str | None]:
    compiled = _compile(regex)

    def check(value: str) -> str | None:
        return None if compiled.fullmatch(value.strip()) else f"{value!r} is not {expected}"

    return check


def _date(value: str) -> str | None:
    if parse_date(value) is None:
        return f"{value!r} is not a real date in the form YYYY-MM-DD"
    return None


SCALAR_CHECKS: dict[str, Callable[[str], str | None]] = {
    "difficulty": _one_of(DIFFICULTIES),
    "reading time": _int_in(1),
    "view count": _int_in(0),
    "reference": _pattern(REFERENCE.pattern.strip("^$"), "of the form anp-ref-DDDDDD-DDDD"),
    "hash": _pattern(r"[0-9a-f]{24}", "24 lowercase hex digits"),
}
ITEM_CHECKS: dict[tuple[str, str], Callable[[str], str | None]] = {
    **{("score", k): _int_in(0, 100) for k in SCORE_KEYS},
    ("revision", "status"): _one_of(STATUSES),
    ("revision", "version"): _pattern(r"\d+\.\d+\.\d+", "a version X.Y.Z"),
    ("revision", "last reviewed"): _date,
    ("payload", "paragraphs"): _int_in(0),
    ("payload", "seed"): _int_in(0),
    ("payload", "source id"): _pattern(SOURCE_ID.pattern.strip("^$"), "of the form alphanode-DDDDDD"),
}
FLAG_CHECK = _one_of(("0", "1"))


def _fields(article: Article) -> tuple[MetaField, ...]:
    meta = export(article).meta
    return meta.fields if meta is not None else ()


@rule(
    code="META001",
    name="missing-meta-field",
    category=Category.META,
    severity=Severity.ERROR,
    summary="A required meta field (Markdown: front matter key) is absent",
    options=(REQUIRED, REQUIRED_KEYS, MARKDOWN_KEYS),
    formats={"alphanode", "markdown"},
)
def missing_meta_field(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the meta block has every field in `required_fields` (by default
    every field FORMAT.md lists except `notes`). Reported on the
    `alphanode post meta` line, one finding per missing field. Without a meta
    block at all, STR003 reports instead.

    Why it matters
    The site, the search index and lintkit's other checks read these fields;
    a missing one is a blank in the page or a check that cannot run.

    Example
    A meta block without a `hash` line.

    On Markdown: each key of `required_keys` (none by default) in the front
    matter, reported on its first line (or line 1 without front matter).

    Fix
    Add the field, or remove it from `required_fields` if your export never has it.

    Options
    `required_fields`; on Markdown `required_keys`, and `markdown_keys` (which
    front matter keys mean the title, the dates... for every rule).
    """
    if article.format == "markdown":
        yield from missing_keys(article, ctx)
        return
    meta = export(article).meta
    if meta is None:
        return
    present = {f.name for f in meta.fields}
    for name in ctx.value(REQUIRED):
        if name not in present:
            yield Hit(f"meta field {name!r} is missing", meta.line, anchor=f"missing:{name}")


@rule(
    code="META002",
    name="unknown-meta-field",
    category=Category.META,
    severity=Severity.WARNING,
    summary="A line in the meta block that is no known field",
    formats={"alphanode"},
)
def unknown_meta_field(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Lines of the meta block that start with no known field label and are not
    a list item of a field. Long prose lines are STR005 instead.

    Why it matters
    The site ignores fields it does not know: the value is lost. Often it is
    a misspelt label (`hashh...`) or a field cut short by a truncated export.

    Example
    `authorjane doe` between `hash` and `flags`.

    Fix
    Correct the label, or remove the line.

    Options
    None.
    """
    meta = export(article).meta
    if meta is None:
        return
    for line in meta.stray:
        if not is_prose_line(line):
            yield Hit(f"unknown meta field line {shorten(line.text)!r}", line.line)


def _value_problems(f: MetaField) -> Iterator[tuple[int, str]]:
    if f.kind is FieldKind.SCALAR:
        if not f.value:
            if f.items:
                yield f.line, f"`{f.name}` is written as a list; expected one value on the label's line"
            else:
                yield f.line, f"`{f.name}` has no value"
            return
        check = SCALAR_CHECKS.get(f.name)
        problem = check(f.value) if check else None
        if problem:
            yield f.line, f"`{f.name}`: {problem}"
        return
    if f.kind is not FieldKind.KEY_VALUE or f.value:
        return  # list fields written inline are META009
    for item in f.items:
        if item.key is None:
            yield item.line, f"`{f.name}` item {item.text!r} is not `key: value`"
            continue
        check = FLAG_CHECK if f.name == "flags" else ITEM_CHECKS.get((f.name, item.key))
        problem = check(item.value or "") if check else None
        if problem:
            yield item.line, f"`{f.name}` {item.key}: {problem}"


@rule(
    code="META003",
    name="invalid-meta-value",
    category=Category.META,
    severity=Severity.ERROR,
    summary="A meta value of the wrong form",
    options=(FRONT_MATTER_SCHEMA,),
    formats={"alphanode", "markdown"},
    fixes=(Applicability.UNSAFE,),
)
def invalid_meta_value(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    The form of each value: dates `YYYY-MM-DD` that exist; version `X.Y.Z`;
    hash 24 lowercase hex digits; scores integers 0 to 100; flags 0 or 1;
    difficulty beginner, intermediate or advanced; status drafted, expanded,
    reviewed or published; reading time a positive integer; view count a
    non-negative integer; reference `anp-ref-DDDDDD-DDDD`; payload source id
    `alphanode-DDDDDD`, paragraphs and seed non-negative integers. A
    one-value field with no value, or written as a list, is reported too.

    Why it matters
    A malformed value breaks whatever reads it: sorting by date, the score
    badges, the difficulty filter.

    Example
    `    • last reviewed: 2024-02-30` (there is no 30 February).

    On Markdown, the front matter keys lintkit reads: dates that are dates,
    `draft` true or false, the title and description text, the reading
    time a positive number of minutes, the checklist a list; and, when
    `front_matter_schema` names a JSON Schema file, what it says of the
    front matter, at the line of the key in question.

    Fix
    Write the value in the expected form.

    Options
    None.
    """
    if article.format == "markdown":
        yield from invalid_keys(article, ctx)
        return
    for f in _fields(article):
        for line, message in _value_problems(f):
            yield Hit(message, line)


@rule(
    code="META004",
    name="topic-mismatch",
    category=Category.META,
    severity=Severity.ERROR,
    summary="The topic, entities, title, summary or caption disagree on the problem or stack",
)
def topic_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That `topic` is `<ai outline problem> / <ai outline stack>`; that the
    entities of type `problem` and `stack` name the same problem and stack;
    and that the title, the summary and the image captions (body and meta)
    name both. When `ai outline` lacks them, the topic is the reference.

    Why it matters
    These fields drive the topic pages and the search index: an article
    filed under one problem but titled for another lands on the wrong page.

    Example
    `topicreducing build time / python services` on an article whose outline
    and title are about `improving asset delivery`.

    Fix
    Make every field name the article's one problem and stack.

    Options
    None.
    """
    problem, stack = outline_topic(article)
    if not problem or not stack:
        return
    topic = facts.text(article, "topic")
    expected = f"{problem} / {stack}"
    if topic is not None and fold(topic.value) != fold(expected):
        yield Hit(f"topic is {topic.value!r} but the ai outline gives {expected!r}", topic.line)
    entities = facts.records(article, "entities")
    if entities is not None:
        for keys in entities:
            name, kind = keys.get("name"), keys.get("type")
            if name is None or kind is None or not name.value:
                continue
            want = {"problem": problem, "stack": stack}.get((kind.value or "").casefold())
            if want is not None and fold(name.value) != fold(want):
                yield Hit(
                    f"entity of type {kind.value!r} is {name.value!r} but the topic's {kind.value} is {want!r}",
                    name.line,
                )
    places: list[tuple[str, str, int]] = []
    if article.title:
        places.append(("title", article.title.text, article.title.line))
    summary = facts.text(article, "summary")
    if summary is not None:
        places.append(("summary", summary.value, summary.line))
    for shown in body_images(article):
        if shown.caption is not None and shown.caption.value:
            places.append(("image caption", shown.caption.value, shown.caption.line))
    for record in image_records(article):
        item = record.caption
        if item is not None and item.value:
            places.append(("meta image caption", item.value, item.line))
    for where, text, line in places:
        missing = [
            f"{what} {value!r}" for what, value in (("problem", problem), ("stack", stack)) if not mentions(text, value)
        ]
        if missing:
            yield Hit(f"{where} does not name the {' or the '.join(missing)}", line)


@rule(
    code="META005",
    name="identifier-mismatch",
    category=Category.META,
    severity=Severity.ERROR,
    summary="Reference id, payload source id, payload seed and picsum url seed disagree",
    formats={"alphanode"},
)
def identifier_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That the article's numeric id agrees everywhere it is written: the six
    digits of `reference` (`anp-ref-022072-8714`), of payload `source id`
    (`alphanode-022072`), payload `seed` (`22072`, compared as a number) and
    the seed of a picsum.photos url (`/seed/anp-022072/`). The reference is
    the yardstick (the source id when there is no valid reference); each
    disagreeing value is reported on its line.

    Why it matters
    The id links the article to its source record and image; a mismatch
    means one of them belongs to another article.

    Example
    `referenceanp-ref-022072-8714` with `    • seed: 22073`.

    Fix
    Correct the value that disagrees.

    Options
    None.
    """
    ids: list[tuple[str, int, int]] = []  # (what, id, line)
    ref = facts.text(article, "reference")
    if ref is not None and (m := REFERENCE.match(ref.value.strip())):
        ids.append(("reference id", int(m.group(1)), ref.line))
    src = facts.text(article, "source_id")
    if src is not None and (m := SOURCE_ID.match(src.value.strip())):
        ids.append(("payload source id", int(m.group(1)), src.line))
    seed = facts.integer(article, "seed")
    if seed is not None:
        ids.append(("payload seed", seed[0], seed[1].line))
    for record in image_records(article):
        url = record.url
        if url is not None and url.value and (m := PICSUM_SEED.search(url.value)):
            ids.append(("picsum url seed", int(m.group(1)), url.line))
    if len(ids) < 2:
        return
    base_what, base_id, base_line = ids[0]
    for what, value, line in ids[1:]:
        if value != base_id:
            yield Hit(
                f"{what} {value:06d} disagrees with the {base_what} {base_id:06d} (line {base_line})",
                line,
                related=(Location(article.path, base_line),),
            )


@rule(
    code="META006",
    name="paragraph-count-mismatch",
    category=Category.META,
    severity=Severity.WARNING,
    summary="Payload `paragraphs` differs from the article's paragraph count",
    fixes=(Applicability.SAFE,),
)
def paragraph_count_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That payload `paragraphs` equals the count FORMAT.md defines: the intro
    plus every prose paragraph of the body sections, not counting the image
    caption, code blocks, checklist items or the final notes.

    Code is not fenced in the export, and a few shapes real posts write both
    ways cannot be told from the text: a short label ending in `:` (`Code
    Example:`, a heading, or `Interactive:`, a line leading into what
    follows), and a prose chunk of several lines (the export writes a
    paragraph on one line: such a chunk is a prompt or a program's output in
    a code block, or a paragraph wrapped by hand). Each such block may or
    may not be a paragraph, so the count is then a range, and only a
    declared count outside it is reported. An article without them (every
    export the site generates) has one count, as before.

    Why it matters
    The count is how the export pipeline verifies that nothing was lost or
    added in transit; a mismatch means the body changed after the payload was
    written.

    Example
    `    • paragraphs: 8` on an article with an intro and six body paragraphs.

    Fix
    Find the lost or extra paragraph, or correct the count. The safe fix sets
    the count only when the article has one count; outside a range it offers
    none, since which end is right depends on how the doubtful lines read.

    Options
    None.
    """
    found = facts.integer(article, "paragraph_count")
    if found is None:
        return
    declared, item = found
    fewest, most = body_paragraph_range(article)
    if fewest <= declared <= most:
        return
    if fewest == most:
        yield Hit(
            f"payload says {declared} paragraphs but the article has {fewest} "
            "(the intro plus the body sections' prose paragraphs)",
            item.line,
            fix=replace_number(article.lines, item.line, declared, fewest, f"set the paragraph count to {fewest}"),
        )
        return
    yield Hit(
        f"payload says {declared} paragraphs but the article has {fewest} to {most} "
        "(the intro plus the body sections' prose paragraphs; some lines read as either)",
        item.line,
    )


@rule(
    code="META007",
    name="reading-time-mismatch",
    category=Category.META,
    severity=Severity.WARNING,
    summary="Declared reading time disagrees with the body's length",
    options=(WPM,),
    fixes=(Applicability.SAFE,),
)
def reading_time_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That `reading time` (minutes) is close to the body's words divided by
    `words_per_minute`. Body words are those of the title, lead, headings,
    paragraphs, code and checklist items, not the meta block; a word is a run
    of characters between blanks, as a blog engine counts them
    (`pointer::byte_offset_from` is one). The tolerance is the larger of 1
    minute and 50 % of the expected time.

    Why it matters
    Readers choose what to read by its reading time; a 10-minute label on a
    2-minute article is a broken promise (and a sign the field was invented).

    Example
    `reading time9` on a body of 320 words: about 1.4 minutes at 230 words
    per minute.

    Fix
    Set the reading time from the body (words / 230, rounded), or let the
    exporter compute it.

    Options
    `words_per_minute` (230).
    """
    found = facts.integer(article, "reading_time")
    if found is None or found[0] < 1:
        return
    declared, field = found
    wpm = ctx.value(WPM)
    words = body_words(article)
    expected = words / wpm
    tolerance = max(1.0, 0.5 * expected)
    if abs(declared - expected) > tolerance:
        minutes = max(1, int(expected + 0.5))
        yield Hit(
            f"reading time says {declared} minute{'s' if declared != 1 else ''} but the body has "
            f"{words} words, about {expected:.1f} minutes at {wpm} words per minute "
            f"(tolerance {tolerance:.1f})",
            field.line,
            fix=replace_number(article.lines, field.line, declared, minutes, f"set the reading time to {minutes}"),
        )


@rule(
    code="META008",
    name="flag-mismatch",
    category=Category.META,
    severity=Severity.ERROR,
    summary="`has images` or `image heavy` disagrees with the images",
    options=(IMAGE_HEAVY_MIN,),
    fixes=(Applicability.SAFE,),
)
def flag_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That flag `has images` is 1 exactly when the article has an image record
    or a body caption, and `image heavy` is 1 exactly when it has at least
    `image_heavy_min` images (the larger of the record and caption counts).

    Why it matters
    The flags drive the page layout and the image CDN warm-up; a wrong flag
    means a blank hero or a missing gallery.

    Example
    `    • has images: 0` on an article with an image record.

    Fix
    Correct the flag.

    Options
    `image_heavy_min` (3).
    """
    count = max(len(image_records(article)), len(body_images(article)))
    heavy_min = ctx.value(IMAGE_HEAVY_MIN)
    for key, expected, why in (
        ("has images", int(count > 0), f"the article has {count} image{'s' if count != 1 else ''}"),
        (
            "image heavy",
            int(count >= heavy_min),
            f"the article has {count} image{'s' if count != 1 else ''} (heavy from {heavy_min})",
        ),
    ):
        found = facts.integer(article, FLAG_KEYS[key])
        if found is not None and found[0] in (0, 1) and found[0] != expected:
            fix = replace_number(article.lines, found[1].line, found[0], expected, f"set `{key}` to {expected}")
            yield Hit(f"flag `{key}` is {found[0]} but {why}", found[1].line, fix=fix)


@rule(
    code="META009",
    name="array-not-list",
    category=Category.META,
    severity=Severity.ERROR,
    summary="A list field written as one comma-joined line or as a single value",
    formats={"alphanode"},
    fixes=(
        Applicability.SAFE,
        Applicability.UNSAFE,
    ),
)
def array_not_list(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That list fields (`stack`, `tools`, `checklist`, `notes`, and the
    `key: value` lists and records) are written as `  • item` lines, not as
    a value on the label's line (`toolsfastapi, pytest`), and that a name
    list (`stack`, `tools`, `checklist`) is not one item holding
    comma-separated values.

    Why it matters
    The export notes say it: sanitized array meta is expected to render as a
    list in the frontend box. A joined line renders as one long item.

    Example
    `toolsfastapi, pytest, uvicorn` instead of three `  • tool` lines.

    Fix
    Put each value on its own `  • value` line under the label.

    Options
    None.
    """
    for f in _fields(article):
        if f.kind is FieldKind.SCALAR:
            continue
        if f.value:
            yield Hit(
                f"`{f.name}` is written on one line ({shorten(f.value, 50)!r}); expected one `  • item` line per value",
                f.line,
                fix=_items_fix(article, f) if f.kind is FieldKind.LIST and not f.items else None,
            )
        elif f.name in NAME_LISTS and len(f.items) == 1 and "," in f.items[0].text:
            item = f.items[0]
            yield Hit(
                f"`{f.name}` has a single item joining several values ({shorten(item.text, 50)!r}); "
                "expected one `  • item` line per value",
                item.line,
                fix=_split_item_fix(article, f.name, item.line, item.text),
            )


def _values(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


def _applicability(name: str) -> Applicability:
    # A checklist item may hold a comma of its own ("run linting, then tests"): splitting it is a guess.
    return Applicability.UNSAFE if name == "checklist" else Applicability.SAFE


def _items_fix(article: Article, f: MetaField) -> Fix | None:
    """The values written on the label's line, moved to `  • value` lines under it."""
    line = article.lines[f.line - 1] if f.line <= len(article.lines) else ""
    at = line.rstrip().rfind(f.value)
    if at <= 0 or fold(line[:at]) != fold(f.name):
        return None
    items = "".join(f"\n  • {v}" for v in _values(f.value))
    edit = Edit(f.line, at + 1, f.line, len(line) + 1, items)
    return Fix(f"write `{f.name}` as one item per line", _applicability(f.name), (edit,))


def _split_item_fix(article: Article, name: str, line_no: int, text: str) -> Fix | None:
    """One item joining several values, split into one `  • value` line each."""
    line = article.lines[line_no - 1] if line_no <= len(article.lines) else ""
    at = line.find(text)
    if at <= 0:
        return None
    items = "\n".join(line[:at] + v for v in _values(text))
    edit = Edit(line_no, 1, line_no, len(line) + 1, items)
    return Fix(f"write `{name}` as one item per line", _applicability(name), (edit,))


@rule(
    code="META011",
    name="future-review-date",
    category=Category.META,
    severity=Severity.ERROR,
    summary="`last reviewed` is after the as-of date",
)
def future_review_date(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That revision `last reviewed` is not later than the as-of date
    (`--as-of`, default today).

    Why it matters
    A review date in the future is a typo (2027 for 2024) that makes the
    article look fresh for years.

    Example
    `    • last reviewed: 2027-01-15` checked on 2026-11-24.

    Fix
    Correct the date.

    On Markdown, the front matter's updated date, else its publication date.

    Options
    None; `--as-of YYYY-MM-DD` sets the date checked against.
    """
    found = facts.recency(article)
    if found and found[0] > ctx.as_of:
        yield Hit(f"{found[2]} {found[0]} is after the as-of date {ctx.as_of}", found[1])


@rule(
    code="META012",
    name="stale-review",
    category=Category.META,
    severity=Severity.INFO,
    summary="`last reviewed` is older than `stale_after_days`",
    options=(STALE_DAYS,),
)
def stale_review(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That revision `last reviewed` is no more than `stale_after_days` days
    before the as-of date (`--as-of`, default today).

    Why it matters
    Technical advice ages: versions, defaults and APIs change. A stale
    article is a candidate for the next review round.

    Example
    `    • last reviewed: 2022-01-20` checked on 2026-11-24 (1,769 days).

    Fix
    Review the article and update the date.

    On Markdown, the front matter's updated date, else its publication date.

    Options
    `stale_after_days` (730).
    """
    found = facts.recency(article)
    limit = ctx.value(STALE_DAYS)
    if found:
        age = (ctx.as_of - found[0]).days
        if age > limit:
            yield Hit(
                f"{found[2]} {found[0]} is {age:,} days before {ctx.as_of} (stale after {limit} days)",
                found[1],
            )


@rule(
    code="META013",
    name="code-language-mismatch",
    category=Category.META,
    severity=Severity.WARNING,
    summary="A code block's detected language differs from `code language`",
)
def code_language_mismatch(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    For each code block whose language lintkit recognises (Python,
    JavaScript, PHP, shell), that it is the language `code language` declares
    (aliases such as `js`, `bash`, `node` are understood). A declared
    language lintkit does not know is not checked, nor a block detected as
    one of the languages lintkit only tells apart from these (Rust, Go, Java,
    C, TOML, YAML, JSON, Protobuf, diffs and tool output). A post that mixes languages
    is not a mismatch: when some block is in the declared language, or holds
    code in it run into another's (a post's tabs, one snippet a language,
    which an export runs into one block), the others are not reported, and shell commands (`pip install ...`) are
    never reported in a post declaring another language, since posts in
    every language show how to install and run things.

    Why it matters
    The site highlights code with the declared language; PHP highlighted as
    Python is unreadable, and a mismatch often means the snippet belongs to
    another article.

    Example
    `code languagepython` on an article whose snippet is `<?php echo ... ?>`.

    Fix
    Correct `code language`, or replace the snippet.

    Options
    None.
    """
    field = facts.text(article, "code_language")
    if field is None or next(article.code_blocks(), None) is None:
        return
    from lintkit.formats.languages import CHECKED_LANGUAGES, canonical_language

    declared = canonical_language(field.value)
    if declared is None:
        return
    from lintkit.formats.detect import detect_language, ranked  # its ~140 patterns: only for code to read

    blocks = [(block, detect_language(block.text)) for block in article.code_blocks()]
    if any(detected == declared for _, detected in blocks):
        return  # a post in the declared language with some code of another
    if any(_runs_into_another(ranked(block.text), declared) for block, _ in blocks):
        return  # its code in the declared language, run into another's (a post's tabs, one snippet a language)
    for block, detected in blocks:
        if detected in CHECKED_LANGUAGES and detected != declared and detected != "shell":
            yield Hit(
                f"code block looks like {detected} but `code language` says {field.value!r}",
                block.line,
                end_line=block.end_line,
                related=(Location(article.path, field.line),),
            )


def _runs_into_another(scores: tuple[tuple[str, float], ...], declared: str) -> bool:
    """Whether a block holds code in the declared language run into code in another: Pulumi's posts show each
    snippet in TypeScript, Python, Go and C#, one after the other, which the export runs into one block (its
    language's patterns weigh DECLARED_EVIDENCE at least, half the best language's)."""
    weight = dict(scores).get(declared, 0.0)
    return weight >= DECLARED_EVIDENCE and 2 * weight >= scores[0][1]


DECLARED_EVIDENCE = 3


@rule(
    code="META014",
    name="duplicate-meta-field",
    category=Category.META,
    severity=Severity.ERROR,
    summary="The same meta field (Markdown: front matter key) twice",
    formats={"alphanode", "markdown"},
    fixes=(Applicability.SAFE,),
)
def duplicate_meta_field(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That each meta field appears once. Every later occurrence is reported,
    naming the first.

    Why it matters
    Readers of the export take either the first or the last value; two
    copies that differ make the article's meta depend on the reader.

    Example
    `difficultyintermediate` and, further down, `difficultyadvanced`.

    Fix
    Keep one occurrence.

    Options
    None.
    """
    if article.format == "markdown":
        yield from duplicate_keys(article)
        return
    first: dict[str, MetaField] = {}
    for f in _fields(article):
        if f.name in first:
            earlier = first[f.name]
            same = (f.value, [i.text for i in f.items]) == (earlier.value, [i.text for i in earlier.items])
            last = f.items[-1].line if f.items else f.line
            contiguous = [i.line for i in f.items] == list(range(f.line + 1, last + 1))
            yield Hit(
                f"meta field {f.name!r} appears again (first at line {earlier.line})",
                f.line,
                related=(Location(article.path, earlier.line),),
                fix=delete_line(f.line, "delete the repeated field", last) if same and contiguous else None,
            )
        else:
            first[f.name] = f


@rule(
    code="META017",
    name="duplicate-title",
    category=Category.META,
    severity=Severity.WARNING,
    summary="Another article of the corpus has the same title",
    kind=Kind.CORPUS,
)
def duplicate_title(corpus: CorpusView, ctx: Context) -> Iterator[Hit]:
    """What it checks
    That no other article of the corpus has the same title once case is
    folded and spacing collapsed, as paragraphs are compared. The title is
    the meta's `title` (a Markdown front matter's, YAML or TOML), else the
    title the body opens with (the export's title line, a Markdown
    first-level heading). The corpus is the `corpus` folders of the config
    when set (so a pre-commit run on one file still sees every title),
    otherwise the files linted. The finding is at the title's line; the
    message says how many other articles have the title and names one;
    `related` lists up to three.

    Why it matters
    Two pages with one title compete for the same searches, look alike in
    listings, feeds and browser tabs, and usually mean an article was
    copied as a template and never renamed, or written twice.

    Example
    `title: Faster builds with caching` in `posts/caching.md` and
    `title = "faster builds  with Caching"` in `posts/ci-cache.md`.

    Fix
    Give each article a title that says what it alone is about, or merge
    the two articles.

    Options
    None.
    """
    found = corpus.title()
    if found is None:
        return
    title, shared = found
    if shared.count:
        path, line = shared.examples[0]
        others = f"{shared.count} other article{'s' if shared.count != 1 else ''}"
        yield Hit(
            f"title {shorten(title.text)!r} is also the title of {others}, e.g. {path}:{line}",
            title.line,
            related=tuple(Location(p, ln) for p, ln in shared.examples),
            anchor=title.text,
        )


RULES = (
    missing_meta_field,
    unknown_meta_field,
    invalid_meta_value,
    topic_mismatch,
    identifier_mismatch,
    paragraph_count_mismatch,
    reading_time_mismatch,
    flag_mismatch,
    array_not_list,
    future_review_date,
    stale_review,
    code_language_mismatch,
    duplicate_meta_field,
    duplicate_title,
)
