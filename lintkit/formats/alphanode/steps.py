"""Numbered step headings: a guide's steps, each a heading that opens on its number.

etcd's upgrade guides number each step's heading (`1. Check upgrade requirements.`, `2. Stop the existing
etcd process`, ... `5. Finish`). A step whose heading ends in a stop, or whose section is empty in the
page (`4. Repeat step 2 to step 3 for all other members`, right before `5. Finish`), reads alone as a
paragraph; beside the series it belongs to, it is the heading the others are.
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
