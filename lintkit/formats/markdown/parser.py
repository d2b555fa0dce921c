"""Markdown (CommonMark with GFM tables, strikethrough, task lists and
footnotes) into the neutral Article, with markdown-it-py's token map for lines.

What becomes what:
- a first-level heading before any other heading is the title; every other
  heading starts a section at its level (`Section.level`);
- paragraphs (in lists, blockquotes and footnotes too) are prose; a list is
  one LIST block whose items are its entries (nested ones included); a
  table is a TABLE block whose items are its cells;
- fenced and indented code blocks are CODE blocks with their info string's
  first word as `language` ("" when there is none: declared as nothing);
- `![alt](src)`, reference images and HTML `<img>` are images (MARKUP);
- template syntax (Hugo `{{< >}}` / `{{% %}}`, Liquid `{% %}` / `{{ }}`) is
  taken out of the text; in `.mdx` files `import` / `export` lines are
  skipped; HTML blocks (JSX included) are not prose;
- `<!-- lintkit-disable... -->` comments become suppressions.

The parser never raises on content; markdown-it accepts any text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lintkit.formats.markdown.frontmatter import FrontMatter
from lintkit.model import Block, BlockKind, Field, Image, ImageOrigin, Line, Role, Section, Suppression
from lintkit.text import clean_line, fold

# Template syntax: removed from prose (replaced by as many line breaks as it spans).
_TEMPLATE = re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}", re.S)
_HEADING_ID = re.compile(r"\s*\{#[^}]*\}\s*$")  # `## Title {#custom-id}` (Hugo, kramdown, Docusaurus)
_MDX_LINE = re.compile(r"^(?:import|export)\s")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_IMG_TAG = re.compile(r"<img\b([^>]*)>", re.I | re.S)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_COMMENT = re.compile(r"<!--\s*lintkit-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.S)
END_OF_FILE = 10**9


@functools.cache
def _markdown() -> Any:
    """The markdown-it parser, made once (imported on first use: an export-only run never pays for it)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return md.use(footnote_plugin).use(tasklists_plugin)


@dataclass
class Parsed:
    """What the token walk found, before sections are cut."""

    headings: list[tuple[Line, int]] = field(default_factory=list)  # (heading, level)
    blocks: list[Block] = field(default_factory=list)
    task_lines: set[int] = field(default_factory=set)  # lines of task-list items
    images: list[Image] = field(default_factory=list)
    comments: list[tuple[str, str, int]] = field(default_factory=list)  # (directive, codes, line)


def body_source(lines: Sequence[str], front: FrontMatter, mdx: bool) -> str:
    """The text markdown-it reads: the front matter lines (and MDX's import and
    export lines) blanked, so that every line keeps its number."""
    out = list(lines)
    if front.kind is not None:
        for i in range(front.start - 1, front.end):
            out[i] = ""
    if mdx:
        fence = None
        for i, line in enumerate(out):
            m = _FENCE.match(line)
            if m:
                marker = m.group(1)
                if fence is None:
                    fence = marker[0] * len(marker)
                elif marker.startswith(fence):
                    fence = None
            elif fence is None and _MDX_LINE.match(line):
                out[i] = ""
    return "\n".join(out)


def walk(source: str) -> Parsed:
    tokens = _markdown().parse(source)
    found = Parsed()
    items: list[Line] = []  # the entries of the list being read
    list_depth = 0
    task = False
    cells: list[Line] = []
    line = 1  # the line of the latest token that has one (a footnote's paragraph may have none)
    for i, token in enumerate(tokens):
        kind = token.type
        if token.map is not None:
            line = token.map[0] + 1
        if kind == "heading_open":
            inline = tokens[i + 1]
            text = _HEADING_ID.sub("", _clean(_plain(inline.children or [], line, found)[0][0]))
            found.headings.append((Line(text, line), int(token.tag[1])))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            if list_depth == 0:
                items = []
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            if list_depth == 0 and items:
                found.blocks.append(Block(BlockKind.LIST, tuple(items), items=tuple(items)))
        elif kind == "list_item_open":
            task = "task-list-item" in str(token.attrs.get("class", ""))
        elif kind == "inline" and tokens[i - 1].type == "paragraph_open":
            lines = [ln for ln in _plain(token.children or [], line, found) if ln[0].strip()]
            if not lines:  # an image alone, a shortcode: content, not prose
                if not list_depth:
                    found.blocks.append(_markup(line))
                continue
            if list_depth:
                if tokens[i - 2].type == "list_item_open":  # an entry's first paragraph: the entry
                    entry = Line(" ".join(_clean(t) for t, _ in lines).strip(), lines[0][1])
                    items.append(entry)
                    if task:
                        found.task_lines.add(entry.line)
                continue
            found.blocks.append(Block(BlockKind.PARAGRAPH, tuple(Line(_clean(t), n) for t, n in lines)))
        elif kind == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            text = " ".join(t for t, _ in _plain(token.children or [], line, found)).strip()
            if text:
                cells.append(Line(_clean(text), line))
        elif kind == "table_open":
            cells = []
        elif kind == "table_close" and cells:
            found.blocks.append(Block(BlockKind.TABLE, tuple(cells), items=tuple(cells)))
        elif kind in ("fence", "code_block"):
            first = line + (kind == "fence")
            text = token.content[:-1] if token.content.endswith("\n") else token.content
            code = tuple(Line(clean_line(t), first + k) for k, t in enumerate(text.split("\n")))
            if any(ln.text for ln in code):
                language = token.info.split()[0].strip("{}.").lower() if kind == "fence" and token.info else ""
                found.blocks.append(Block(BlockKind.CODE, code, language=language))
        elif kind == "html_block":
            _html(token.content, line, found)
            if not token.content.lstrip().startswith("<!--"):  # a comment is not content
                found.blocks.append(_markup(line))
    return found


def _markup(line: int) -> Block:
    return Block(BlockKind.MARKUP, (Line("", line),))


def _plain(children: Sequence[Any], line: int, found: Parsed) -> list[tuple[str, int]]:
    """An inline's text as a reader reads it, one entry per source line:
    markup, images and raw HTML left out, images and comments noted."""
    out: list[tuple[str, int]] = []
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append(("".join(parts), line))
            parts, line = [], line + 1
        elif kind == "image":
            src, alt = str(child.attrs.get("src", "")), child.content
            found.images.append(Image(ImageOrigin.MARKUP, line, url=Field(src, line), alt=Field(alt, line)))
        elif kind == "html_inline":
            _html(child.content, line, found)
    out.append(("".join(parts), line))
    return _untemplated(out)


def _untemplated(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Template syntax out of the text, a tag spanning lines included."""
    joined = "\n".join(t for t, _ in lines)
    if "{" not in joined:
        return lines
    kept = _TEMPLATE.sub(lambda m: "\n" * m.group(0).count("\n"), joined).split("\n")
    return [(t, n) for t, (_, n) in zip(kept, lines, strict=True)]


def _clean(text: str) -> str:
    return " ".join(clean_line(text).split())


def _html(html: str, line: int, found: Parsed) -> None:
    """Images and lintkit comments in raw HTML (a block or an inline tag)."""
    if "<img" in html or "<IMG" in html:
        for m in _IMG_TAG.finditer(html):
            pairs = _ATTR.finditer(m.group(1))
            attrs = {a.group(1).lower(): a.group(2) or a.group(3) or a.group(4) or "" for a in pairs}
            at = line + html.count("\n", 0, m.start())
            if "src" in attrs:
                alt = Field(attrs["alt"], at) if "alt" in attrs else None
                decorative = alt is not None and not alt.value.strip()  # `alt=""`, as HTML says
                found.images.append(
                    Image(ImageOrigin.MARKUP, at, url=Field(attrs["src"], at), alt=alt, decorative=decorative)
                )
    if "lintkit-" in html:
        for m in _COMMENT.finditer(html):
            found.comments.append((m.group(1), m.group(2), line + html.count("\n", 0, m.start())))


# -- sections ----------------------------------------------------------------------


def cut(found: Parsed, checklist_headings: Sequence[str]) -> tuple[Line | None, tuple[Block, ...], tuple[Section, ...]]:
    """(title heading, lead, sections): blocks go to the heading above them."""
    headings = found.headings
    title = None
    if headings and headings[0][1] == 1:
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
        if _heading_key(heading.text) in wanted:
            named.append(k)
        elif any(item.line in found.task_lines for blk in own if blk.kind is BlockKind.LIST for item in blk.items):
            tasks.append(k)
        sections.append(Section(heading, tuple(own), Role.BODY, level))
    # The checklist: the section under a checklist heading, else the last one holding a task list
    # (a checklist closes an article; a task list early on is part of the text).
    chosen = named[:1] or tasks[-1:]
    for k in chosen:
        sections[k] = Section(sections[k].heading, sections[k].blocks, Role.CHECKLIST, sections[k].level)
    return title, tuple(lead), tuple(sections)


def _heading_key(text: str) -> str:
    return fold(text).rstrip(" :.!?")


# -- suppressions ------------------------------------------------------------------


def suppressions(comments: Sequence[tuple[str, str, int]]) -> tuple[Suppression, ...]:
    """`disable-next-line`: the next line; `disable-file`: every line;
    `disable` ... `enable`: the lines between (to the end without `enable`)."""
    out: list[Suppression] = []
    open_: dict[tuple[str, ...], int] = {}
    for directive, raw, line in comments:
        codes = tuple(c.strip().upper() for c in re.split(r"[\s,]+", raw.strip()) if c.strip())
        if directive == "disable-next-line":
            out.append(Suppression(codes, line + 1, line + 1))
        elif directive == "disable-file":
            out.append(Suppression(codes, 1, END_OF_FILE))
        elif directive == "disable":
            open_.setdefault(codes, line)
        else:  # enable: closes the matching disable, or every one when it names no code
            for key in [k for k in open_ if k == codes or not codes]:
                out.append(Suppression(key, open_.pop(key), line))
    out += [Suppression(codes, start, END_OF_FILE) for codes, start in open_.items()]
    return tuple(out)


def front_fields(front: FrontMatter, keys: Mapping[str, Sequence[str]]) -> dict[str, Field]:
    """Canonical key -> field, the first front matter key that means it."""
    out: dict[str, Field] = {}
    for canonical, names in keys.items():
        for name in names:
            found = front.field(name)
            if found is not None:
                out[canonical] = found
                break
    return out
