"""Headings in a series: a guide's steps, each a heading that opens on its number, and a release's entries, each
crediting its authors.

etcd's upgrade guides number each step's heading (`1. Check upgrade requirements.`, `2. Stop the existing
etcd process`, ... `5. Finish`). A step whose heading ends in a stop, or whose section is empty in the
page (`4. Repeat step 2 to step 3 for all other members`, right before `5. Finish`), reads alone as a
paragraph; beside the series it belongs to, it is the heading the others are. So is a release note's entry that
credits its authors in brackets (Nushell's `Bugfixes and polish (daschl, JosephTLyons, utam0k, ...)`, too long for a
heading alone, or `New website! New blog! (sebastian-xyz)`, exclaiming) where others of the series are headings.
"""

from __future__ import annotations

from lintkit.compiled import pattern as _compile
from lintkit.model import Block, BlockKind, Line

# A step's number, then a capitalised word and at most eleven more, not a lead-in ending in `:`.
_STEP = _compile(r"^(\d{1,2})\. [A-Z]\S*( \S+){0,11}(?<!:)$")


def read_step_headings(blocks: list[Block | Line], lines: list[str]) -> list[Block | Line]:
    """A numbered line read as a one-line paragraph is a step's heading when the step before or after it
    in the series is one. In the seven stand-ins' Markdown a line opening on a step's number is a heading
    118 times and a paragraph 4 (ragas' bold `1. Enhanced Priority Guidelines with Business Impact Focus:`,
    a lead-in, and a long sentence), never a heading's neighbour that way."""
    numbers = {int(m.group(1)) for b in blocks if isinstance(b, Line) and (m := _STEP.match(b.text))}
    if not numbers:
        return blocks
    out = list(blocks)
    for k, item in enumerate(out):
        if not (isinstance(item, Block) and item.kind is BlockKind.PARAGRAPH and len(item.lines) == 1):
            continue
        if (m := _STEP.match(item.lines[0].text)) and {int(m.group(1)) - 1, int(m.group(1)) + 1} & numbers:
            out[k] = Line(item.lines[0].text, item.lines[0].line)
    return out


# A title, then its authors' handles in brackets (`Argument invocation (jonathandturner, cjpearce)`, `uniq (notryanb)`),
# one of them at least written as a handle is: in lower case first, with a dash or a digit, or in camel case (not a
# reference's type, pino's `Default: pino.destination(1) (STDOUT)`, `level (String)`).
_CREDITED = _compile(r"^\S.*[^.\s] \(((@?[A-Za-z][\w-]*)(, ?@?[A-Za-z][\w-]*)*)\)$")
_HANDLE = _compile(r"@?([a-z][\w-]*|[A-Za-z]+[-\d][\w-]*|[A-Z][a-z]+[A-Z]\w*)")


def _credited(text: str) -> bool:
    m = _CREDITED.match(text)
    return m is not None and any(_HANDLE.fullmatch(name.strip()) for name in m.group(1).split(","))


def read_credited_headings(blocks: list[Block | Line]) -> list[Block | Line]:
    """A one-line paragraph shaped as an entry crediting its authors is a heading when two or more lines of the article
    so shaped are headings (in the corpora's Markdown 44 lines so shaped are headings, 11 paragraphs: lists of
    alternatives, `A supported shell (bash, zsh, tcsh, fish, elvish)`, none in an article with such headings)."""
    if sum(1 for b in blocks if isinstance(b, Line) and _credited(b.text)) < 2:
        return blocks
    out = list(blocks)
    for k, item in enumerate(out):
        one_line = isinstance(item, Block) and item.kind is BlockKind.PARAGRAPH and len(item.lines) == 1
        if one_line and _credited(item.lines[0].text):
            out[k] = Line(item.lines[0].text, item.lines[0].line)
    return out
