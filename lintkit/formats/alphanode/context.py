"""Reading the export's chunks in their context.

The parser classifies each blank-line separated chunk alone (memoised: a
corpus repeats its paragraphs). A code block with blank lines inside
arrives as several chunks, and some cannot be told alone: `import griffe`
reads as a heading, `routes = ...` or a docstring's paragraph as prose.
These passes, over the whole body's blocks in order, read them where they
stand: a string opened in code runs on until it closes, a chunk that reads
as code beside code is code, the chunks of one code block are joined, and
a line ending in `:` before code or a list introduces it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.schema import KNOWN_HEADINGS, normalize_heading, strip_bullet
from lintkit.formats.alphanode.session import session_output
from lintkit.formats.code import MAX_CODE_LINE, code_after_lead_in, code_beside_code, looks_like_code
from lintkit.model import Block, BlockKind, Line


def read_in_context(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """The body's headings (Line) and blocks after the passes above."""
    blocks = _code_after_lead_ins(_strings_across_chunks(blocks, lines), lines)
    blocks = _merge_code(_between_rules(session_output(_code_in_context(blocks, lines), lines), lines), lines)
    blocks = _lead_ins(_between_code(blocks, lines), lines)
    blocks = _as_paragraphs(_as_paragraphs(blocks, lines, _leads_in_unmarked), lines, _opens_with_exclamation)
    blocks = _lead_ins(blocks, lines)  # again: a lead-in before a line just read as a paragraph (`... Xmas!`)
    return _between_headings(_closing_lines(blocks, lines), lines)


# The most a heading has: longer, a line reads as a sentence.
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100


def is_known_heading(line: str) -> bool:
    return normalize_heading(line) in KNOWN_HEADINGS


def final_char(text: str, closers: str = "\"')]’”»") -> str:
    """A line's last character that is neither a closing quote or bracket, nor a
    blank, nor an emoji or other symbol after it (`for more! 🎉`); '' when none."""
    k = len(text)
    while k and (text[k - 1] in closers or text[k - 1].isspace() or unicodedata.category(text[k - 1]) in _TRAILING):
        k -= 1
    return text[k - 1] if k else ""


# Symbols (emoji), their variation selectors and joiners, looked through for a line's last character.
_TRAILING = frozenset({"So", "Sk", "Mn", "Cf"})


def make_block(kind: BlockKind, lines: list[str], idx: list[int]) -> Block:
    if kind is BlockKind.CODE:  # code keeps its indentation
        return Block(kind, tuple(Line(lines[i], i + 1) for i in idx))
    out = []
    for i in idx:
        text = lines[i]
        stripped = text.lstrip()
        out.append(Line(stripped, i + 1, len(text) - len(stripped) + 1))
    if kind is BlockKind.LIST:
        return Block(kind, tuple(out), tuple(Line(strip_bullet(ln.text), ln.line, ln.column) for ln in out))
    return Block(kind, tuple(out))


def _is_code(item: Block | Line | None) -> bool:
    return isinstance(item, Block) and item.kind is BlockKind.CODE


_TRIPLE_QUOTE = _compile("\"\"\"|'''")
_STRING_OPENERS = ('"""', "'''", 'r"""', "r'''")
# A name given a triple-quoted string, or a call passed one: `text_block = """`, `prompt = f"""Analyze ...`.
_OPENS_STRING = _compile(
    r"^\s*[\w.\[\]'\"]+\s*(:[^=]*)?=\s*[rbfu]{0,2}(\"\"\"|''')|^\s*[\w.]+\(\s*[rbfu]{0,2}(\"\"\"|''')"
)
# How many chunks a string opened in code may run on for (a docstring of many paragraphs).
MAX_STRING_CHUNKS = 30


def _rows(item: Block | Line) -> list[int]:
    return [item.line - 1] if isinstance(item, Line) else [ln.line - 1 for ln in item.lines]


def _odd_quotes(text: str) -> bool:
    return len(_TRIPLE_QUOTE.findall(text)) % 2 == 1


def _strings_across_chunks(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A triple-quoted string (a docstring) opened in code, or on a line that
    starts with one, and closed a few chunks later: the chunks between are
    the string's paragraphs, code of the same block, not the article's prose
    or headings. Left as they are when no chunk closes it, or when a known
    heading comes first."""
    out = list(blocks)
    k = 0
    while k < len(out):
        item = out[k]
        # Only the first line can open the string, or the second after a line of code
        # (`def load(path):`, then `    """Load a package.`): a prose block's text is not joined for nothing.
        first = item.text if isinstance(item, Line) else item.lines[0].text
        assigns = bool(_OPENS_STRING.match(first))
        if assigns and not _is_code(item) and not _odd_quotes(item.text):
            out[k] = make_block(BlockKind.CODE, lines, _rows(item))  # the string closes in its own chunk
            k += 1
            continue
        opens = (
            _is_code(item)
            or assigns
            or first.lstrip().startswith(_STRING_OPENERS)
            or (
                isinstance(item, Block)
                and len(item.lines) > 1
                and item.lines[1].text.lstrip().startswith(_STRING_OPENERS)
                and looks_like_code([lines[item.lines[0].line - 1]])
            )
        )
        close = None
        if opens and _odd_quotes(item.text):
            for j in range(k + 1, min(len(out), k + 1 + MAX_STRING_CHUNKS)):
                nxt = out[j]
                if isinstance(nxt, Line) and is_known_heading(nxt.text):
                    break
                if _odd_quotes(nxt.text):
                    close = j
                    break
        if close is None:
            k += 1
            continue
        for j in range(k, close + 1):
            if not _is_code(out[j]):
                out[j] = make_block(BlockKind.CODE, lines, _rows(out[j]))
        k = close + 1
    return out


def _is_lead_in(item: Block | Line) -> bool:
    """A line, paragraph or list item ending in `:` (`Run the server with:`, `• output:`), not a known
    heading, or a paragraph running on into an example (`..., use critcmp, e.g.`)."""
    if isinstance(item, Line):
        return item.text.endswith(":") and not is_known_heading(item.text)
    last = item.lines[-1].text
    return item.kind in (BlockKind.PARAGRAPH, BlockKind.LIST) and (last.endswith(":") or bool(_RUNS_ON.search(last)))


_RUNS_ON = _compile(r"\b(e\.g|i\.e|for example|for instance)[.,]?$", re.I)


def _code_after_lead_ins(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A one-line chunk right after a lead-in that reads as a heading
    (`fastapi dev`, `import os`, `nox`) is the code the lead-in introduces
    when it is shaped as code (`code.code_after_lead_in`): a real heading
    seldom follows a line ending in `:`, and then it is capitalised
    (`StaticFiles`, `Plugins`)."""
    out = list(blocks)
    for k in range(1, len(out)):
        item = out[k]
        if (
            isinstance(item, Line)
            and not is_known_heading(item.text)
            and not _is_code(out[k - 1])
            and _is_lead_in(out[k - 1])
            and code_after_lead_in(lines[item.line - 1])
        ):
            out[k] = make_block(BlockKind.CODE, lines, [item.line - 1])
    return out


def _code_in_context(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A chunk of a code block with blank lines inside that cannot be told
    from a heading or prose alone (`import griffe`, `routes = ...`) is code
    where it stands next to code and reads as code (`code_beside_code`):
    otherwise it split the block, or opened a section. A heading-like line
    must come right before code (a section's heading after a code block
    stays a heading: `import settings`) or be indented as the lines of a
    block are, and known headings stay headings.
    Two passes, so that a run of such chunks follows code either way."""
    out = list(blocks)
    for order in (range(len(out)), range(len(out) - 1, -1, -1)):
        for k in order:
            item = out[k]
            before_code = _is_code(out[k + 1] if k + 1 < len(out) else None)
            if _is_code(item) or not (before_code or _is_code(out[k - 1] if k else None)):
                continue
            # An indented line after code is the block's (`    return inner`); a heading never is.
            indented = isinstance(item, Line) and lines[item.line - 1][:1].isspace()
            if isinstance(item, Line) and (not (before_code or indented) or is_known_heading(item.text)):
                continue
            rows = _rows(item)
            if isinstance(item, Block) and item.kind is BlockKind.LIST and _is_code(out[k - 1] if k else None):
                # `- ` items indented under code are a sample's (Markdown, YAML); the export writes `  • item`.
                if all(lines[i].startswith("    ") and lines[i].lstrip()[:2] in ("- ", "* ") for i in rows):
                    out[k] = make_block(BlockKind.CODE, lines, rows)
                continue
            if isinstance(item, Block) and item.kind is not BlockKind.PARAGRAPH:
                continue
            if all(len(lines[i]) <= MAX_CODE_LINE for i in rows) and code_beside_code([lines[i] for i in rows]):
                out[k] = make_block(BlockKind.CODE, lines, rows)
    return out


def is_rule_line(text: str) -> bool:
    """A line of `---` (or `***`, `___`, `===`) alone: code, for a page's rule is not written out."""
    return bool(_RULE.match(text))


def is_rule(item: Block | Line | None) -> bool:
    """A chunk of one rule line (`is_rule_line`)."""
    return _is_code(item) and len(item.lines) == 1 and is_rule_line(item.text)  # type: ignore[union-attr]


_RULE = _compile(r"^\s*([-*_=])\1{2,}\s*$")


def _between_rules(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A paragraph between two `---` lines is a sample of the snippet they
    separate (texts in several languages, each after a `---`), not prose."""
    out = list(blocks)
    for k in range(1, len(out) - 1):
        item = out[k]
        if isinstance(item, Block) and item.kind is BlockKind.PARAGRAPH and is_rule(out[k - 1]) and is_rule(out[k + 1]):
            out[k] = make_block(BlockKind.CODE, lines, _rows(item))
    return out


def _merge_code(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """Code with blank lines inside arrives as several chunks: join them,
    keeping the blank lines so the block's text is the code as written."""
    out: list[Block | Line] = []
    first_chunk: Block | None = None  # the first chunk of the code block being joined
    for item in blocks:
        prev = out[-1] if out else None
        if (
            isinstance(item, Block)
            and item.kind is BlockKind.CODE
            and isinstance(prev, Block)
            and prev.kind is BlockKind.CODE
            # A chunk that is the block's first chunk again starts a copy: the
            # same snippet twice in a row is two blocks (DUP003 sees the repeat);
            # a `---` again separates the snippet's parts.
            and not (first_chunk is not None and item.text == first_chunk.text and not is_rule(item))
        ):
            gap = tuple(Line("", i + 1) for i in range(prev.end_line, item.line - 1))
            out[-1] = Block(BlockKind.CODE, prev.lines + gap + item.lines)
        else:
            out.append(item)
            first_chunk = item if isinstance(item, Block) and item.kind is BlockKind.CODE else None
    return out


# A line ending in `:` of this many words is a sentence leading in, not a heading (`Known limitations:`).
LEAD_IN_WORDS = 5


def _lead_ins(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line ending in `:` that introduces what follows is a
    paragraph, as the post wrote it: right before code or a list (`Add this
    to Cargo.toml:`), right after a heading, as its section's first line
    (`Testimonials`, then `Mike Bayer, creator of SQLAlchemy:` before the
    quote), or before any content when it reads as a sentence: five words
    or more, or a comma (`All direct reference types are prefixed by the
    package name like:`, `Dusty Phillips, writer:`), the lead-in to a quote,
    or to a table or an image the export left out. Elsewhere it is a
    heading (`Known limitations:`)."""
    out = list(blocks)
    for k in range(len(out) - 2, -1, -1):  # from the end: a lead-in may lead into another
        item, nxt = out[k], out[k + 1]
        if (
            isinstance(item, Line)
            and item.text.endswith(":")
            and not is_known_heading(item.text)
            and isinstance(nxt, Block)
            and (
                nxt.kind in (BlockKind.CODE, BlockKind.LIST)
                or (k > 0 and isinstance(out[k - 1], Line))
                or "," in item.text
                or len(item.text.split()) >= LEAD_IN_WORDS
            )
        ):
            out[k] = make_block(BlockKind.PARAGRAPH, lines, [item.line - 1])
    return out


# A lead-in's first word when it speaks to the reader (`We can call this endpoint with a simple curl call`,
# `Let's see this in action below`): a heading names a topic, it does not start a sentence so.
SPEAKING = frozenset(
    "we we'll we're we've let's lets here here's heres this these that it you you'll you're i i'll i've now".split()
)
# A lead-in's last words when they point at what follows (`This gives us the output of`).
_POINTING = _compile(
    r"\b(below|following|as follows|like this|like so|output of|looks like|the following( \w+){1,2})$", re.I
)
# A lead-in's first words when they give an example (`For example, the switch ... requires three adjustments`).
_EXAMPLE = ("for example,", "for instance,")


def _leads_in_unmarked(out: list[Block | Line], k: int) -> bool:
    """A heading-like line right before code or a list that is a sentence
    leading into it without its `:` (real posts often drop it): five words
    or more that speak to the reader (`We had two key questions on hand
    that we wanted to answer`, `Let's see this in action below`) or point
    at what follows (`This gives us the output of`, `... the following
    takeaways`, `... we used the following two models`), or give an example
    (`For example, the switch ... requires only three adjustments`), or run
    on into it (`The term Docker can refer to`, then a list). A
    heading names a topic (`Basic usage`, `Alternative Providers`); known
    headings stay headings."""
    after = out[k + 1]
    return isinstance(after, Block) and after.kind in (BlockKind.CODE, BlockKind.LIST) and _speaks(out[k].text)


def _speaks(text: str) -> bool:
    """Five words or more that speak to the reader, point at what follows or give an example."""
    words = text.casefold().replace("\u2019", "'").split()
    return (
        len(words) >= LEAD_IN_WORDS
        and not is_known_heading(text)
        and (
            words[0].strip(",") in SPEAKING
            or bool(_POINTING.search(text.rstrip(" .:")))
            or " ".join(words).startswith(_EXAMPLE)
            or words[-1] in _UNFINISHED
        )
    )


# A sentence's last word when it runs on into what follows (`A Docker container consists of`).
_UNFINISHED = frozenset("of to the a an by like as with from".split())


# A line right after a heading, ending in `!`, of this many words: a sentence opening the section.
EXCLAIMED_WORDS = 6


def _opens_with_exclamation(out: list[Block | Line], k: int) -> bool:
    """A heading-like line right after a heading that exclaims a sentence of
    six words or more (`What's next?`, then `Currently, we're really excited
    about using Great Tables in different ways!`) is the section's first
    paragraph: read as a heading it would leave the one before empty. A
    short exclamation is a heading (`Let's LaTeX!`)."""
    before, item, after = out[k - 1], out[k], out[k + 1]
    return (
        isinstance(before, Line)
        and isinstance(after, Block)
        and final_char(item.text) == "!"
        and len(item.text.split()) >= EXCLAIMED_WORDS
        and not is_known_heading(before.text)
        and not is_known_heading(item.text)
    )


def _between_headings(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line alone between two headings is the first one's
    one-line paragraph (`License`, `MIT`, `Contributing`): read as a heading,
    it would leave both sections empty, which no post means. Headings the
    export names (`final notes`, the checklist's) stay headings."""
    return _as_paragraphs(blocks, lines, _alone_between_headings)


def _alone_between_headings(out: list[Block | Line], k: int) -> bool:
    before, item, after = out[k - 1], out[k], out[k + 1]
    return (
        isinstance(before, Line)
        and isinstance(after, Line)
        and not is_known_heading(before.text)
        and not is_known_heading(item.text)
    )


# Words that join two snippets in a sentence (`or`, `is roughly`, `becomes`), never a heading's first.
_CONNECTIVES = frozenset("or and is are becomes become gives yields returns prints outputs vs versus then".split())


def _between_code(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line between two code blocks that starts with a word
    joining them (`or`, `is roughly`, `becomes`) is a one-line paragraph:
    the post compares two snippets, it opens no section."""
    return _as_paragraphs(blocks, lines, _joins_two_snippets)


def _joins_two_snippets(out: list[Block | Line], k: int) -> bool:
    words = out[k].text.split()
    return (
        _is_code(out[k - 1])
        and _is_code(out[k + 1])
        and bool(words)
        and words[0].rstrip(":,").casefold() in _CONNECTIVES
        and not is_known_heading(out[k].text)
    )


# A heading-like line of this many words, with nothing under it, reads as a sentence.
SENTENCE_WORDS = 8


def _closing_lines(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A heading-like line between a section's content and the next heading
    that reads as a sentence is the section's last paragraph, not a heading
    with nothing under it: it ends in `!` or `:` (`Run make help to see all
    the available actions!`, `Checkout the docs for more! 🎉`, a lead-in whose
    table the export left out), runs to eight words or more (`Sphinx
    AutoAPI is considering Griffe as a data extraction backend`), or leads in
    as `_leads_in_unmarked` reads it (`This will output the following`, its
    output an image the export left out). An empty
    section's heading is short and says what was to be written (`Further
    reading`). When a heading-like line follows, the line between is left to
    `_between_headings` (`License`, `MIT`, `Contributing`), unless it ends in
    `:` (`Looks like this:`, its badge left out, then `License`, `MIT`)."""
    return _as_paragraphs(blocks, lines, _closes_a_section)


def _closes_a_section(out: list[Block | Line], k: int) -> bool:
    before, item, after = out[k - 1], out[k], out[k + 1]
    return (
        isinstance(before, Block)
        and isinstance(after, Line)
        and (final_char(item.text) == ":" or not (k + 2 < len(out) and isinstance(out[k + 2], Line)))
        and not is_known_heading(item.text)
        and (final_char(item.text) in ("!", ":") or len(item.text.split()) >= SENTENCE_WORDS or _speaks(item.text))
    )


def _as_paragraphs(
    blocks: list[Block | Line], lines: list[str], reads_as_prose: Callable[[list[Block | Line], int], bool]
) -> list[Block | Line]:
    """Each heading-like line with something on both sides that `reads_as_prose`
    (given the items so far and its position) as a one-line paragraph, in
    order: a line made a paragraph is a paragraph to the next one's test."""
    out = list(blocks)
    for k in range(1, len(out) - 1):
        item = out[k]
        if isinstance(item, Line) and reads_as_prose(out, k):
            out[k] = make_block(BlockKind.PARAGRAPH, lines, [item.line - 1])
    return out
