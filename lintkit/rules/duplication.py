"""Duplication inside one article (DUP001-DUP003, DUP005).

A paragraph's identity is its text with case folded and whitespace
collapsed. Near duplicates are scored with rapidfuzz's `fuzz.ratio`
(normalised Indel similarity, 0-100) on that folded text.
"""

from __future__ import annotations

from collections.abc import Iterator

from lintkit.analysis import Repeat, code_key, paragraph_repeats
from lintkit.compiled import pattern as _compile
from lintkit.corpus.view import CorpusView
from lintkit.fixes import delete_block
from lintkit.memo import text_memo
from lintkit.model import Applicability, Article, Block, Fix, Location, Severity, sentence_words
from lintkit.positions import source_column
from lintkit.rules.base import Category, Context, Hit, Kind, Option, rule
from lintkit.text import sentence_key, shorten

NEAR_THRESHOLD = Option(
    "near_duplicate_threshold",
    90,
    "similarity (0-100, rapidfuzz ratio) from which two paragraphs are near duplicates",
    maximum=100,
)
NEAR_MIN_CHARS = Option(
    "near_duplicate_min_chars",
    40,
    "paragraphs shorter than this are not compared for near duplicates",
    maximum=1_000_000,
)
MIN_PARAGRAPH_WORDS = Option(
    "duplicate_min_words",
    8,
    "paragraphs of fewer words (labels such as `Fixed:` or `See the release notes.`) are not reported as "
    "repeated, as sentences under `min_sentence_words` are not",
    maximum=10_000,
)
MIN_SENTENCE_WORDS = Option(
    "min_sentence_words", 8, "sentences with fewer words are not reported as repeated", maximum=10_000
)


def _repeats(article: Article, ctx: Context) -> tuple[Repeat, ...]:
    return paragraph_repeats(
        article, ctx.value(NEAR_THRESHOLD), ctx.value(NEAR_MIN_CHARS), ctx.value(MIN_PARAGRAPH_WORDS)
    )


def _loc(article: Article, block: Block) -> tuple[Location, ...]:
    return (Location(article.path, block.line, block.lines[0].column),)


def _repeat_hit(article: Article, r: Repeat, message: str, fix: Fix | None = None) -> Hit:
    """A finding on the later paragraph of a repeat, pointing at the first."""
    return Hit(
        message,
        r.block.line,
        r.block.lines[0].column,
        end_line=r.block.end_line,
        related=_loc(article, r.first),
        anchor=r.block.text,
        fix=fix,
    )


# A line that opens a Markdown container (a quote, a table row, a list item):
# a paragraph on it is not the line alone.
_CONTAINER = _compile(r"^\s*(?:>|\||[-*+]\s|\d+[.)]\s)")


def _delete_paragraph(article: Article, block: Block) -> Fix | None:
    """Deleting a paragraph that is its lines alone, set apart by blank lines (unsafe: the copy may be wanted)."""
    first, last = block.line, block.end_line
    if last - first + 1 != len(block.lines) or _CONTAINER.match(article.lines[first - 1]):
        return None
    return delete_block(article.lines, first, last, "delete the repeated paragraph", Applicability.UNSAFE)


_FENCE = _compile(r"^\s*(`{3,}|~{3,})")
# A name, a type or a value alone (`Promise<void>`, `dateFns.fp`, `--force`), not a call or a statement.
_NAME_ALONE = _compile(r"[\w.:<>\[\]|,/@$-]+")


def _delete_code_block(article: Article, block: Block) -> Fix | None:
    """Deleting a code block with its fences (Markdown) and one blank line beside it (unsafe)."""
    lines = article.lines
    first, last = block.line, block.end_line
    if article.format == "markdown":
        opening = _FENCE.match(lines[first - 2]) if first > 1 else None
        if opening is not None:
            closing = _FENCE.match(lines[last]) if last < len(lines) else None
            if closing is None or closing.group(1)[0] != opening.group(1)[0]:
                return None  # a block the file's end closes, or fences this rule cannot pair
            first, last = first - 1, last + 1
        elif block.language:
            return None
    return delete_block(lines, first, last, "delete the repeated code block", Applicability.UNSAFE)


@rule(
    code="DUP001",
    name="duplicate-paragraph",
    category=Category.DUPLICATION,
    severity=Severity.ERROR,
    summary="A prose paragraph identical to an earlier one",
    options=(NEAR_THRESHOLD, NEAR_MIN_CHARS, MIN_PARAGRAPH_WORDS),
    fixes=(Applicability.UNSAFE,),
)
def duplicate_paragraph(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Prose paragraphs (intro, section paragraphs, final notes) that are
    identical to an earlier paragraph of the same article once case and
    whitespace are folded. The later copy is reported, naming the line of
    the first.

    Why it matters
    A paragraph pasted twice is the most visible sign of a careless edit or a
    generator loop; readers notice at once.

    Example
    The `start by writing down what the system currently does...` paragraph
    under `why this matters` and again under `production checks`.

    Fix
    Delete the copy, or rewrite it to say something new.

    Options
    `duplicate_min_words` (8): a shorter paragraph, a label such as
    `Fixed:` or `Output:`, is never reported; it shares the paragraph
    analysis of DUP002.
    """
    for r in _repeats(article, ctx):
        if r.score == 100.0:
            message = (
                f"paragraph repeats the paragraph at line {r.first.line} (identical after folding case and whitespace)"
            )
            yield _repeat_hit(article, r, message, _delete_paragraph(article, r.block))


@rule(
    code="DUP002",
    name="near-duplicate-paragraph",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="A prose paragraph nearly identical to an earlier one",
    options=(NEAR_THRESHOLD, NEAR_MIN_CHARS, MIN_PARAGRAPH_WORDS),
)
def near_duplicate_paragraph(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Prose paragraphs of at least `near_duplicate_min_chars` characters whose
    similarity to an earlier paragraph (rapidfuzz `fuzz.ratio` on the
    case-folded, whitespace-collapsed text) is at least
    `near_duplicate_threshold`, without being identical (that is DUP001).
    The later paragraph is reported with the most similar earlier one. Two
    paragraphs that differ in a negation (`has made` / `has not made`), in a
    word and its opposite (`considered valid` / `considered invalid`,
    `enabled` / `disabled`) or two members of one set (`red` / `green`,
    `GET` / `PATCH`, `minute` / `hour`), whatever else changed with them,
    only in numbers (a date, a version, an issue number), in an operator
    they name (`==` / `=~`) or in a code name (`remote.require()` /
    `remote.getGlobal()`, `max_retries`, `preventDefault`, a path; not a
    product's `Node.js`), or in one name put for another wherever it stands,
    twice at least (a reference's entries written from one template: `the
    .hollow class ... a hollow style` / `the .clear class ... a clear
    style`) say different things and are not near duplicates (nor for DUP004).

    Why it matters
    A paraphrased copy (a few words swapped) pads the article just like an
    exact copy, and is harder for an editor to spot.

    Example
    `collect the response time, error rate and cache status before changing
    code.` and, later, the same paragraph with `error rate` changed to
    `failure rate`.

    Fix
    Merge the two paragraphs, or make the second one say something new.

    Options
    `near_duplicate_threshold` (90), `near_duplicate_min_chars` (40) and
    `duplicate_min_words` (8).
    """
    threshold = ctx.value(NEAR_THRESHOLD)
    for r in _repeats(article, ctx):
        if r.score < 100.0:
            message = (
                f"paragraph is {r.score:.0f}% similar to the paragraph at line {r.first.line} (threshold {threshold}%)"
            )
            yield _repeat_hit(article, r, message)


@rule(
    code="DUP003",
    name="duplicate-code-block",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="A code block identical to an earlier one",
    fixes=(Applicability.UNSAFE,),
)
def duplicate_code_block(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Code blocks identical to an earlier code block of the same article,
    ignoring trailing spaces and a common indentation.

    Why it matters
    The same snippet twice teaches nothing new and suggests a section was
    assembled from a template without its own example.

    Example
    The six-line FastAPI health check under `why this matters` and again at
    the end of `security and maintenance notes`.

    Fix
    Keep one copy, or replace the second with the example that section needs.

    A block without a letter or a digit (`---` alone, separating the parts
    of a snippet) is no example and never a repeat, nor is a name alone
    (a type, a name or a value set as code: an API reference's
    `Promise<void>` under each method; not a call, `print(x)`), nor a
    block of `//` comments only (`// It works! 🎉` closing each session,
    `//...other code...`).

    Options
    None.
    """
    first: dict[str, Block] = {}
    for block in article.code_blocks():
        key = code_key(block)
        if not any(c.isalnum() for c in key) or _NAME_ALONE.fullmatch(key) is not None or _comments_only(key):
            continue
        if key in first:
            earlier = first[key]
            yield Hit(
                f"code block repeats the code block at line {earlier.line} ({len(block.lines)} lines)",
                block.line,
                end_line=block.end_line,
                related=_loc(article, earlier),
                anchor=key,
                fix=_delete_code_block(article, block),
            )
        else:
            first[key] = block


def _comments_only(code: str) -> bool:
    """Whether every line of a block (its key: no blank line at either end) is a `//` comment."""
    return all(line.lstrip().startswith("//") for line in code.splitlines() if line.strip())


def _position(block: Block, offset: int, article: Article) -> tuple[int, int]:
    """Line and column of a character offset into `block.text`: in the line as written when the
    format read it without its markup (Markdown's `` `message` ``, `[...][]`)."""
    for ln in block.lines:
        if offset <= len(ln.text):
            source = article.lines[ln.line - 1] if 0 < ln.line <= len(article.lines) else ln.text
            if source[ln.column - 1 :] != ln.text:
                column = source_column(source, ln.text, offset)
                if column is not None:
                    return ln.line, column
            return ln.line, ln.column + offset
        offset -= len(ln.text) + 1
    last = block.lines[-1]
    return last.line, last.column


@rule(
    code="DUP005",
    name="repeated-sentence",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="A sentence of 8 or more words that occurs again in the article's prose",
    options=(MIN_SENTENCE_WORDS, NEAR_THRESHOLD, NEAR_MIN_CHARS),
)
def repeated_sentence(article: Article, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Sentences of at least `min_sentence_words` words that occur again in the
    article's prose (intro, section paragraphs, final notes), compared with
    case and whitespace folded and the final punctuation dropped. Each later
    occurrence is reported at its own line and column, naming the first.
    Paragraphs already reported as duplicates (DUP001, DUP002) are skipped,
    so one copy-paste is reported once.

    Why it matters
    A boilerplate sentence appended to several paragraphs ("for this python
    services case, keep the owner, expected result, and rollback note in the
    same place.") reads as filler and dilutes the article.

    Example
    The sentence above closing two paragraphs of the same article.

    Fix
    Keep the sentence where it matters most and delete the other copies.

    Options
    `min_sentence_words` (8).
    """
    min_words = ctx.value(MIN_SENTENCE_WORDS)
    skip = {id(r.block) for r in _repeats(article, ctx)}
    first: dict[str, tuple[Block, int]] = {}
    for block in article.prose():
        if id(block) in skip:
            continue
        for offset, sentence, key in _long_sentences(block.text, min_words):
            if key not in first:
                first[key] = (block, offset)
                continue
            first_line, first_col = _position(*first[key], article)
            line, column = _position(block, offset, article)
            yield Hit(
                f"sentence repeated from line {first_line}: {shorten(sentence)!r}",
                line,
                column,
                related=(Location(article.path, first_line, first_col),),
                anchor=key,
            )


@text_memo
def _long_sentences(text: str, min_words: int) -> tuple[tuple[int, str, str], ...]:
    """(offset, sentence, `sentence_key`) of each sentence of at least `min_words` words,
    memoised by text as `Block.sentence_words` is."""
    return tuple(
        (offset, text[offset:end], sentence_key(text[offset:end]))
        for offset, end, words, _ in sentence_words(text)
        if words >= min_words
    )


MIN_ARTICLES = Option(
    "boilerplate_min_articles",
    3,
    "other articles a paragraph must appear in to be boilerplate",
    minimum=1,
    maximum=1_000_000_000,
)


@rule(
    code="DUP004",
    name="boilerplate-paragraph",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="A prose paragraph that many other articles of the corpus carry too",
    options=(MIN_ARTICLES, NEAR_THRESHOLD, NEAR_MIN_CHARS, MIN_PARAGRAPH_WORDS),
    kind=Kind.CORPUS,
)
def boilerplate_paragraph(corpus: CorpusView, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Prose paragraphs that also appear, identical or near-identical (the
    DUP002 similarity, `near_duplicate_threshold`), in at least
    `boilerplate_min_articles` other articles of the corpus. The corpus is
    the `corpus` folders of the config when set (so a pre-commit run on two
    files still compares them with all of it), otherwise the files linted.
    The message says how many articles and names one; `related` lists up to
    three.

    Why it matters
    A paragraph pasted into hundreds of articles is filler: readers skim it,
    search engines discount pages that share it, and it dilutes what the
    article has to say. It also earns no depth score.

    Example
    The final notes paragraph `the best result is not only a faster or
    cleaner python services implementation...` in every article of the
    corpus.

    Fix
    Rewrite the paragraph for this article, or cut it.

    Options
    `boilerplate_min_articles` (3); `near_duplicate_threshold` (90),
    `near_duplicate_min_chars` (40) and `duplicate_min_words` (8) as for DUP002.
    """
    minimum = ctx.value(MIN_ARTICLES)
    for p, shared in corpus.paragraphs():
        if shared.count >= minimum:
            path, line = shared.examples[0]
            yield Hit(
                f"paragraph also appears in {shared.count} other articles (identical or near-identical), "
                f"e.g. {path}:{line}",
                p.line,
                related=tuple(Location(path, line) for path, line in shared.examples),
                anchor=p.text,
            )


@rule(
    code="DUP006",
    name="reused-image",
    category=Category.DUPLICATION,
    severity=Severity.WARNING,
    summary="An image url that other articles of the corpus use too",
    kind=Kind.CORPUS,
)
def reused_image(corpus: CorpusView, ctx: Context) -> Iterator[Hit]:
    """What it checks
    Image urls (the meta `image sources` records) that other articles of the
    corpus use too. The message names one of them.

    Why it matters
    The same hero image on several articles makes them look alike in
    listings and social cards, and usually means a template default was
    never replaced.

    Example
    Two articles both showing
    `https://images.unsplash.com/photo-1515879218367-8466d910aaa4`.

    Fix
    Choose an image for this article.

    Options
    None.
    """
    for line, url, shared in corpus.images():
        if shared.count:
            path, other = shared.examples[0]
            others = f"{shared.count} other article{'s' if shared.count != 1 else ''}"
            yield Hit(
                f"image url is also used by {others}, e.g. {path}:{other}",
                line,
                related=tuple(Location(p, ln) for p, ln in shared.examples),
                anchor=url,
            )


RULES = (
    duplicate_paragraph,
    near_duplicate_paragraph,
    duplicate_code_block,
    boilerplate_paragraph,
    repeated_sentence,
    reused_image,
)
