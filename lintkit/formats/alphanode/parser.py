"""Parse the alphanode article export (see ../shared/FORMAT.md) into an Article.

The parser never raises on content. It places what it recognises (title,
lead, captions, sections, meta fields) and keeps what it cannot place as
`Problem`s or stray meta lines, which the structure and meta rules report.
It runs in one pass over the lines plus one pass over the blank-line
separated chunks, so a 200,000-line file costs what its size says.

Code is not fenced in the export: it is recognised by its lines
(lintkit.formats.code), so a code block has no declared language here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import (
    is_known_heading,
    make_block,
    printed_lines,
)
from lintkit.formats.alphanode.context import read_in_context
from lintkit.formats.alphanode.doubt import doubtful_lines
from lintkit.formats.alphanode.heading_lines import ends_sentence, is_heading_like
from lintkit.formats.alphanode.meta import Meta, canonical_fields, parse_meta, record_images
from lintkit.formats.alphanode.schema import (
    META_HEADING,
    ROLES,
    TRAILER,
    bullet,
    normalize_heading,
)
from lintkit.formats.code import MAX_CODE_LINE, looks_like_code
from lintkit.formats.decode import split_lines
from lintkit.memo import text_memo
from lintkit.model import (
    Article,
    Block,
    BlockKind,
    Field,
    Fields,
    Image,
    ImageOrigin,
    Line,
    Problem,
    ProblemKind,
    Role,
    Section,
)
from lintkit.text import clean_line, has_special


@dataclass(frozen=True)
class Export:
    """What only the alphanode export has (Article.syntax): its breadcrumb
    residue, its meta block as written, and the `Similar Posts` trailer."""

    breadcrumb: Line | None
    meta: Meta | None
    trailer_line: int | None


_BREADCRUMB = _compile(r"^\|(\s*\|)*$")
_IMAGE_SOURCE = _compile(r"\bimage source:", re.I)
_DOTS_AND_BLANKS = _compile(r"[.\s]*")


def _image_source(line: str) -> tuple[str, str] | None:
    """A caption line's (caption, source): what comes before the first
    `image source:` without the dots and blanks that end it, and what follows
    it without its leading blanks; None when the line has no `image source:`,
    or has it right after a bracket.

    A search and two strips, each linear: the one pattern it replaces,
    `^(.*?)[.\\s]*\\bimage source:`, backtracked quadratically on a long run
    of dots (40,000 of them took a minute)."""
    if line.isascii() and "image source:" not in line.lower():
        return None  # the common case, without the regex
    m = _IMAGE_SOURCE.search(line)
    if m is None:
        return None
    before = line[: m.start()]
    if before.rstrip().endswith(("(", "[")):
        return None  # a credit in brackets (etcd's `... persistence store (Image source: Kubernetes.io)`): prose
    # The dots and blanks that end the caption, matched once from its end (reversed).
    cut = _DOTS_AND_BLANKS.match(before[::-1]).end()  # type: ignore[union-attr]
    return before[: len(before) - cut], line[m.end() :].lstrip()


MAX_TITLE = 200


def parse(text: str, path: str, fmt: str = "alphanode") -> Article:
    """The article in `text`; `fmt` is the name it is reported under."""
    raw = split_lines(text)
    # Most texts have nothing to clean but trailing blanks: one search says so for the whole text.
    lines = [clean_line(line) for line in raw] if has_special(text) else [line.rstrip() for line in raw]
    n = len(lines)
    meta_i = _index(lines, META_HEADING, 0)
    trailer_i = _index(lines, TRAILER, meta_i + 1 if meta_i is not None else 0)
    body_end = meta_i if meta_i is not None else (trailer_i if trailer_i is not None else n)

    body = _parse_body(lines, body_end)
    meta = None
    if meta_i is not None:
        meta_end = trailer_i if trailer_i is not None else n
        meta = parse_meta(lines, meta_i, meta_end)

    problems = list(body.pop("problems"))
    if trailer_i is not None:
        for i in range(trailer_i + 1, n):
            if lines[i].strip():
                problems.append(
                    Problem(
                        ProblemKind.MISPLACED,
                        "text after the `Similar Posts` trailer, where an article has nothing",
                        i + 1,
                    )
                )
                break
    breadcrumb = body.pop("breadcrumb")
    images = body.pop("images")
    return Article(
        path=path,
        lines=tuple(lines),
        text=text,
        format=fmt,
        images=(*images, *record_images(meta)) if meta is not None else images,
        fields=canonical_fields(meta) if meta is not None else Fields(),
        meta_line=meta.line if meta is not None else None,
        body_start=breadcrumb.line + 1 if breadcrumb is not None else 1,
        problems=tuple(problems),
        syntax=Export(breadcrumb, meta, trailer_i + 1 if trailer_i is not None else None),
        **body,
    )


def _index(lines: list[str], wanted: str, start: int) -> int | None:
    """The first line from `start` that is `wanted` (folded, blanks aside)."""
    # Lines come without trailing blanks, and case folding never makes a text
    # shorter: a line longer than `wanted` can only match if it is indented.
    size = len(wanted)
    for i in range(start, len(lines)):
        line = lines[i]
        if len(line) > size and not line[0].isspace():
            continue
        if len(line) < MAX_TITLE and line.strip().casefold() == wanted:
            return i
    return None


def _chunks(lines: list[str], end: int) -> Iterator[list[int]]:
    """Runs of non-blank lines (as indexes) before `end`."""
    run: list[int] = []
    for i in range(end):
        if lines[i].strip():
            run.append(i)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _is_bullet(line: str) -> bool:
    return bullet(line) is not None


# A paragraph opening on a bullet has at least this many words after it.
BULLETED_SENTENCE_WORDS = 6


def _bullet_in_prose(line: str) -> bool:
    """A `•` at the very start of a line alone, before a sentence (instructor's `• a customer profile:
    this includes a detailed history of purchases, ...`): a paragraph the post opened with the
    character, since the export indents its list items (`  • item`). Or footnotes run together at the margin, each
    marked by its asterisks (Kyverno's `* No readOnlyRootFilesystem, runtimeClass ... ** Audit support only`)."""
    footnotes = line.startswith("* ") and " ** " in line
    return footnotes or (line[:1] == "\u2022" and len(line.split()) > BULLETED_SENTENCE_WORDS)


# A word of four letters or more: capitalised in a title (`Basic Setup and Use of Podman in a Rootless
# environment.`), mostly not in a sentence (`This guide shows how to set up Podman.`).
_LONG_WORD = _compile(r"\b[A-Za-z][a-z]{3,}\b")


def _title_with_stop(line: str) -> bool:
    """A title that ends in a full stop, as some posts' do: one sentence of at most fourteen words, no comma or
    code, three quarters of its long words capitalised. An intro read in its place is a sentence, its words in
    lower case; 16 paragraphs of the eight stand-ins' Markdown are written so, list-like lines in the middle of
    a page (`Serverless ASGI adapter for GCP Cloud Functions.`), none an intro."""
    words = _LONG_WORD.findall(line)
    return (
        line.endswith(".")
        and not line.endswith("..")
        and not _NEXT_SENTENCE.search(line)
        and not any(c in line for c in ",`")
        and len(line.split()) <= 14
        and len(words) >= 3
        and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3
    )


def _title_trailing_off(line: str) -> bool:
    """A title that trails off (Textual's `So you're looking for a wee bit of Textual help...`): one clause of at
    most fourteen words, its ellipsis no sentence's stop. An intro read in its place ends on its stop."""
    return line.endswith(("...", "\u2026")) and not _NEXT_SENTENCE.search(line) and len(line.split()) <= 14


_NEXT_SENTENCE = _compile(r"[.!?:;] ")
# A title's parts: its name, then what it is (`Introducing Scastie - An interactive playground for Scala.`,
# `From Waddle to Flying: Quickly expanding DuckDB's functionality with Scalar Python UDFs.`).
_TITLE_PARTS = _compile(r": | [-–—] ")
_SENTENCE_BREAK = _compile(r"[.!?;] ")


def _titled_parts(line: str) -> bool:
    """A title with a stop written as a name and what it is, its parts apart by `: ` or a dash: at most sixteen
    words, no comma or code, no sentence ending inside, the name's long words all capitalised (or the name one
    product's, two capitals in it but not all: `DuckDB - The Lord of Enums: The Fellowship of the Categorical and
    Factors.`). Three of the 1,616 stand-in articles are titled so; none of their intros is written so (DuckDB's
    `TLDR: The DuckDB ICU extension now provides time zone support.` opens with a label in capitals)."""
    parts = _TITLE_PARTS.split(line)
    if len(parts) < 2 or not line.endswith(".") or line.endswith("..") or len(line.split()) > 16:
        return False
    if any(c in line for c in ",`") or any(_SENTENCE_BREAK.search(p) for p in parts):
        return False
    head = parts[0].split()
    words = _LONG_WORD.findall(parts[0])
    named = len(head) == 1 and sum(c.isupper() for c in head[0]) >= 2 and not head[0].isupper()  # not `TLDR:`
    return named or (len(head) >= 2 and bool(words) and all(w[0].isupper() for w in words))


def _parse_body(lines: list[str], end: int) -> dict:
    chunks = list(_chunks(lines, end))
    breadcrumb = title = None
    problems: list[Problem] = []
    if chunks and _BREADCRUMB.match(lines[chunks[0][0]].strip()):
        breadcrumb = Line(lines[chunks[0][0]].strip(), chunks[0][0] + 1)
        chunks[0] = chunks[0][1:]
        if not chunks[0]:
            chunks.pop(0)
    if chunks:
        first = lines[chunks[0][0]]
        if (
            len(first.strip()) <= MAX_TITLE
            and (
                not ends_sentence(first.strip())
                or _title_with_stop(first.strip())
                or _titled_parts(first.strip())
                or _title_trailing_off(first.strip())
            )
            and not is_known_heading(first)
            and not _is_bullet(first)
            and not _image_source(first)
        ):
            title = Line(first.strip(), chunks[0][0] + 1)
            chunks[0] = chunks[0][1:]
            if not chunks[0]:
                chunks.pop(0)

    blocks: list[Block | Line] = []  # a Line is a heading
    for chunk in chunks:
        for kind, start, stop in _chunk_shape(tuple([lines[i] for i in chunk])):
            if kind is None:  # a heading
                blocks.append(Line(lines[chunk[start]].strip(), chunk[start] + 1))
            else:
                blocks.append(make_block(kind, lines, chunk[start:stop]))
    blocks = _intro(read_in_context(blocks, lines), lines)
    doubtful = doubtful_lines(blocks)

    lead: list[Block] = []
    sections: list[tuple[Line, list[Block]]] = []
    captions: list[Image] = []
    for item in blocks:
        if isinstance(item, Line):
            sections.append((item, []))
            continue
        if item.kind is BlockKind.CAPTION:
            captions.append(_caption(item))
        (sections[-1][1] if sections else lead).append(item)
    return {
        "breadcrumb": breadcrumb,
        "title": title,
        "lead": tuple(lead),
        "images": tuple(captions),
        "sections": tuple(Section(h, tuple(b), role) for (h, b), role in zip(sections, _roles(sections), strict=True)),
        "problems": problems,
        "doubtful": doubtful,
    }


def _intro(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line right after the title and before the image caption is
    the intro, as the export lays them out (`Let's look at each of these in
    turn!`, a release post's one-line intro): read as a heading, its section
    would hold the caption alone. Known headings stay headings."""
    if (
        len(blocks) > 1
        and isinstance(blocks[0], Line)
        and isinstance(blocks[1], Block)
        and blocks[1].kind is BlockKind.CAPTION
        and not is_known_heading(blocks[0].text)
    ):
        return [make_block(BlockKind.PARAGRAPH, lines, [blocks[0].line - 1]), *blocks[1:]]
    return blocks


def _role(heading: str) -> Role:
    return ROLES.get(normalize_heading(heading), Role.BODY)


def _roles(sections: list[tuple[Line, list[Block]]]) -> list[Role]:
    """Each section's role; of two sections named as the export's checklist or final notes, the last is the
    export's, an earlier one the post's own (Airflow's `Final notes` before the export's `final notes`)."""
    roles = [_role(h.text) for h, _ in sections]
    for k, role in enumerate(roles):
        if role is not Role.BODY and role in roles[k + 1 :]:
            roles[k] = Role.BODY
    return roles


@text_memo
def _chunk_shape(texts: tuple[str, ...]) -> tuple[tuple[BlockKind | None, int, int], ...]:
    """How `_classify` splits a chunk with these lines, which depends on their
    texts alone (memoised: articles share most of their paragraphs): for each
    block its kind and its lines as a slice of the chunk; kind None for a heading."""
    shape: list[tuple[BlockKind | None, int, int]] = []
    for item in _classify(list(texts), list(range(len(texts)))):
        if isinstance(item, Line):
            shape.append((None, item.line - 1, item.line))
        else:
            shape.append((item.kind, item.line - 1, item.end_line))
    return tuple(shape)


def _classify(lines: list[str], chunk: list[int]) -> Iterator[Block | Line]:
    """Turn one blank-line separated chunk into headings and blocks."""
    first = lines[chunk[0]]
    if len(chunk) > 1 and is_known_heading(first):
        # A heading with its content glued on, no blank line between.
        yield Line(first.strip(), chunk[0] + 1)
        chunk = chunk[1:]
    for k, i in enumerate(chunk):
        if len(lines[i]) < MAX_TITLE and _image_source(lines[i]):
            start = k - 1 if k >= 1 and not _image_source(lines[chunk[k - 1]]) else k
            if start > 0:
                yield from _classify(lines, chunk[:start])
            yield make_block(BlockKind.CAPTION, lines, chunk[start : k + 1])
            if k + 1 < len(chunk):
                yield from _classify(lines, chunk[k + 1 :])
            return
    if len(chunk) == 1:
        line = lines[chunk[0]]
        if is_known_heading(line):
            yield Line(line.strip(), chunk[0] + 1)
        elif _is_bullet(line):
            yield make_block(BlockKind.PARAGRAPH if _bullet_in_prose(line) else BlockKind.LIST, lines, chunk)
        elif looks_like_code([line]):
            yield make_block(BlockKind.CODE, lines, chunk)
        elif is_heading_like(line):
            yield Line(line.strip(), chunk[0] + 1)
        else:  # an elision (`...`, Flink's `(...)` in its Java) or a prompt alone (a session's last `$`) is code's
            code = line.strip().strip("()[]{}") in ("...", "…", "$", "%", ">>>")  # 19 lines of code, no paragraph
            kind = BlockKind.CODE if code else BlockKind.PARAGRAPH
            yield make_block(kind, lines, chunk)
        return
    texts = [lines[i] for i in chunk]
    if (
        any(_is_dash_item(t) for t in texts)
        and not all(_is_bullet(t) for t in texts)
        and all(len(t) <= MAX_CODE_LINE for t in texts)
        and (looks_like_code(texts) or _yaml_sequence(texts) or any(not _is_bullet(t) for t in texts))
    ):
        # Code with lines starting `- ` or `* ` (YAML lists, diffs, C comments)
        # stays one block: the export's own list items use `•`, a blank line
        # from their lead-in. Lines of text with `- ` items among them are
        # text a snippet holds (a prompt, a command's output: `WARNING! This
        # will remove:`, then `- all stopped containers`), not the post's.
        yield make_block(BlockKind.CODE, lines, chunk)
        return
    yield from _split_lists(lines, chunk)


# A YAML key alone (`extra_javascript:`), then its sequence as indented `- item` lines.
_YAML_KEY = _compile(r"^[a-z_][\w.\-]*:$")
_YAML_ITEM = _compile(r"^\s*- \S")


def _yaml_sequence(texts: list[str]) -> bool:
    return bool(_YAML_KEY.match(texts[0])) and all(_YAML_ITEM.match(t) for t in texts[1:])


def _is_dash_item(line: str) -> bool:
    found = bullet(line)
    return found is not None and line.lstrip()[0] in "-*"


def _split_lists(lines: list[str], chunk: list[int]) -> Iterator[Block]:
    """A chunk mixing bullet lines and other lines becomes alternating blocks."""
    run: list[int] = []
    run_is_list = _is_bullet(lines[chunk[0]])
    for i in chunk:
        is_list = _is_bullet(lines[i])
        if is_list != run_is_list:
            yield _text_block(lines, run, run_is_list)
            run, run_is_list = [], is_list
        run.append(i)
    yield _text_block(lines, run, run_is_list)


def _text_block(lines: list[str], run: list[int], is_list: bool) -> Block:
    if is_list:
        return make_block(BlockKind.LIST, lines, run)
    texts = [lines[i] for i in run]
    if all(len(t) <= MAX_CODE_LINE for t in texts) and (looks_like_code(texts) or printed_lines(texts)):
        return make_block(BlockKind.CODE, lines, run)
    return make_block(BlockKind.PARAGRAPH, lines, run)


def _caption(block: Block) -> Image:
    """A body caption (a caption line, then `... image source: NAME`, or the
    second line alone) as an image of the body: its caption, its source (on
    the source line, '' when empty), and the caption repeated before
    `image source:` when it is."""
    source_line = block.lines[-1]
    found = _image_source(source_line.text)
    assert found is not None  # _classify only makes caption blocks around a match
    repeated, source = found[0].strip(), found[1].strip()
    if len(block.lines) > 1:
        cap = block.lines[0]
        text, line = cap.text, cap.line
    else:
        text, line = repeated, source_line.line
    return Image(
        ImageOrigin.BODY,
        line,
        caption=Field(text, line),
        source=Field(source, source_line.line),
        repeated=Field(repeated, source_line.line) if repeated else None,
    )
