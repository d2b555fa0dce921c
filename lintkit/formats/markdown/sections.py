"""What the Markdown walk found (lintkit.formats.markdown.parser), put in the
article's shape: the title and the sections, with the checklist's role; the
suppression comments as line ranges; the front matter's fields by their
canonical keys."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from lintkit.formats.markdown.frontmatter import FrontMatter
from lintkit.formats.markdown.inline import Parsed
from lintkit.model import Block, BlockKind, Field, Line, Role, Section, Suppression
from lintkit.text import fold

END_OF_FILE = 10**9


# -- sections ----------------------------------------------------------------------


def cut(
    found: Parsed, checklist_headings: Sequence[str], titled: str = ""
) -> tuple[Line | None, tuple[Block, ...], tuple[Section, ...]]:
    """(title heading, lead, sections): blocks go to the heading above them. The first
    heading is the title when it is of the first level; on a page `titled` by its front
    matter (its title), only when nothing but markup stands before it and no other heading of the
    first level follows: a post that writes its sections with `#` (Node's `# Summary`, then `# The
    Incident`; Rust 1.52.1's prose, then `# Summary`) has its title in its front matter. But for
    a first heading that says the front matter's title again (LLVM's `# Effective Tuning of ...
    Compiler.`, then `# Introduction`): the title, written twice."""
    headings = found.headings
    title = None
    again = bool(titled) and bool(headings) and _heading_key(headings[0][0].text) == _heading_key(titled)
    if headings and headings[0][1] == 1 and (again or not (titled and _sections_of_the_first_level(found))):
        title = headings[0][0]
        headings = headings[1:]
    blocks = sorted(found.blocks, key=lambda b: b.line)
    wanted = {_heading_key(h) for h in checklist_headings}
    lead: list[Block] = []
    sections: list[Section] = []
    b = 0
    while b < len(blocks) and (not headings or blocks[b].line < headings[0][0].line):
        lead.append(blocks[b])
        b += 1
    named: list[int] = []  # sections under a checklist heading
    tasks: list[int] = []  # sections holding a task list
    for k, (heading, level) in enumerate(headings):
        end = headings[k + 1][0].line if k + 1 < len(headings) else END_OF_FILE
        own: list[Block] = []
        while b < len(blocks) and blocks[b].line < end:
            own.append(blocks[b])
            b += 1
        if not own and _TABLE_OF_CONTENTS.fullmatch(_heading_key(heading.text)):
            own.append(Block(BlockKind.MARKUP, (Line("", heading.line),)))  # the build writes the contents there
        if _heading_key(heading.text) in wanted:
            named.append(k)
        elif any(item.line in found.task_lines for blk in own if blk.kind is BlockKind.LIST for item in blk.items):
            tasks.append(k)
        sections.append(Section(heading, tuple(own), Role.BODY, level))
    # The checklist: the section under a checklist heading, else the last section when it holds a
    # task list (a checklist closes an article; a task list earlier on, prerequisites say, is text).
    chosen = named[:1] or [k for k in tasks[-1:] if k == len(sections) - 1]
    for k in chosen:
        sections[k] = Section(sections[k].heading, sections[k].blocks, Role.CHECKLIST, sections[k].level)
    return title, tuple(lead), tuple(sections)


def _sections_of_the_first_level(found: Parsed) -> bool:
    """Whether the page's first-level headings are its sections: content (not markup) before
    the first heading, or another first-level heading after it."""
    first = found.headings[0][0].line
    before = any(b.line < first and b.kind is not BlockKind.MARKUP for b in found.blocks)
    return before or any(level == 1 for _, level in found.headings[1:])


# The heading under which remark-toc (Astro, Gatsby, Next.js and other remark pipelines), markdown-toc and
# their like write a table of contents when the site is built, left empty in the source: remark-toc's
# own test, `(table[ -]of[ -])?contents?|toc`.
_TABLE_OF_CONTENTS = re.compile(r"(?:table[ -]of[ -])?contents?|toc", re.I)


def _heading_key(text: str) -> str:
    return fold(text).rstrip(" :.!?")


# -- suppressions ------------------------------------------------------------------


def suppressions(comments: Sequence[tuple[str, str, int]]) -> tuple[Suppression, ...]:
    """`disable-next-line`: the next line; `disable-file`: every line;
    `disable` ... `enable`: the lines between (to the end without `enable`)."""
    out: list[Suppression] = []
    open_: dict[str, int] = {}  # code or prefix ("": every code) -> the line its `disable` is on
    for directive, raw, line in comments:
        codes = tuple(c.strip().upper() for c in re.split(r"[\s,]+", raw.strip()) if c.strip())
        if directive == "disable-next-line":
            out.append(Suppression(codes, line + 1, line + 1))
        elif directive == "disable-file":
            out.append(Suppression(codes, 1, END_OF_FILE))
        elif directive == "disable":
            for code in codes or ("",):
                open_.setdefault(code, line)
        else:  # enable: closes each code it names (whatever order), or every one when it names none
            for code in [c for c in open_ if not codes or c in codes]:
                start = open_.pop(code)
                out.append(Suppression((code,) if code else (), start, line))
    out += [Suppression((code,) if code else (), start, END_OF_FILE) for code, start in open_.items()]
    return tuple(out)


def front_fields(front: FrontMatter, keys: Mapping[str, Sequence[str]]) -> dict[str, Field]:
    """Canonical key -> field, the first front matter key that means it."""
    out: dict[str, Field] = {}
    for canonical, names in keys.items():
        for name in names:
            found = front.field(name) if name not in front.templated else None  # a template's: no value yet
            if found is not None:
                out[canonical] = found
                break
    return out
