"""Markdown (CommonMark with GFM tables and strikethrough, footnotes from
mdit-py-plugins, task lists) into the neutral Article, with markdown-it-py's
token map for lines (its block phase: a paragraph's inline content is read by
lintkit.formats.markdown.inline).

What becomes what:
- a first-level heading before any other heading is the title; every other
  heading starts a section at its level (`Section.level`), but one inside a
  list item, which is the item's text;
- paragraphs (in lists, blockquotes and footnotes too) are prose; a list is
  one LIST block whose items are its entries (nested ones included); a
  table is a TABLE block whose items are its cells;
- fenced and indented code blocks are CODE blocks with their info string's
  first word as `language` ("" when there is none: declared as nothing);
- `![alt](src)`, reference images and HTML `<img>` are images (MARKUP);
- an HTML block's `<h1>` with only markup before it (a logo, badges) is the title (a README's centred one);
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
from typing import Any

from lintkit import compiled
from lintkit.compiled import pattern as _compile
from lintkit.formats.markdown import containers
from lintkit.formats.markdown.frontmatter import FrontMatter
from lintkit.formats.markdown.inline import (
    Parsed,
    clean,
    code_alone,
    html_title,
    read_html,
    read_inline,
    without_heading_id,
)
from lintkit.model import Block, BlockKind, Line
from lintkit.text import brackets_opened, clean_line

_MDX_LINE = _compile(r"^(?:import|export)\s")
_MDX_COMMENT = _compile(r"\s*\{/\*.*\*/\}\s*")  # `{/* truncate */}` alone on its line: a comment, no words
_FENCE = _compile(r"^\s{0,3}(`{3,}|~{3,})")


@functools.cache
def _markdown(idle: frozenset[str] = frozenset()) -> Any:
    """The markdown-it parser, made once (imported on first use: an export-only
    run never pays for it); with the rules `idle` names off (`idle_rules`)."""
    with compiled.imports():  # markdown-it compiles some forty patterns on import
        from markdown_it import MarkdownIt
        from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin)
    # The block phase only: markdown-it's inline phase (emphasis, links, entities as
    # tokens) is more than half its time, and lintkit needs of a paragraph only its
    # text, its images and its comments, which `inline.read_inline` reads off the raw content.
    # A footnote stays where it is written.
    return md.disable(["inline", "text_join", "footnote_tail", *sorted(idle)])


# A line a setext heading's underline could be (`===` or `---` to the end, inside a
# quote or a list item too): the last characters of the line are enough to rule it out.
_UNDERLINE_END = _compile(r"[=-][ \t]*$", re.M)


def idle_rules(source: str) -> frozenset[str]:
    """The block rules that cannot match anywhere in `source`, whose tries at every
    line (and as the end of every paragraph) are then left out, with the same
    tokens: a table needs a `|` in its header line, a footnote `[^`, a setext
    heading a line that ends its underline; and markdown-it's normalising
    (line breaks, NUL characters) has nothing to do without a NUL (the lines
    the parser is given are split already). A third of real documentation pages
    have no table and four in five no setext underline (tests/test_properties.py
    checks the tokens are the same)."""
    idle = []
    if "|" not in source:
        idle.append("table")
    if "[^" not in source:
        idle.append("footnote_def")
    if _UNDERLINE_END.search(source) is None:
        idle.append("lheading")
    if "\0" not in source and "\r" not in source:
        idle.append("normalize")
    return frozenset(idle)


def body_source(lines: Sequence[str], front: FrontMatter, mdx: bool) -> str:
    """The text markdown-it reads: the front matter lines (and MDX's import and
    export lines) blanked, and documentation sites' containers unwrapped
    (lintkit.formats.markdown.containers), so that every line keeps its number."""
    out = list(lines)
    if front.kind is not None:
        for i in range(front.start - 1, front.end):
            out[i] = ""
    if mdx:
        fence = None
        depth = 0
        for i, line in enumerate(out):
            m = _FENCE.match(line)
            if m:
                marker = m.group(1)
                if fence is None:
                    fence = marker[0] * len(marker)
                elif marker.startswith(fence):
                    fence = None
            elif fence is None and _MDX_COMMENT.fullmatch(line):
                out[i] = ""
            elif fence is None and (_MDX_LINE.match(line) or depth > 0):
                depth = max(0, depth + brackets_opened(line))
                out[i] = ""  # an import or export, to the end of its brackets
    source = "\n".join(out)
    if containers.MAYBE.search(source) is None:
        return source
    containers.unwrap(out)  # admonitions, tabs, directives: their content read as the site renders it
    return "\n".join(out)


def walk(source: str) -> Parsed:
    env: dict[str, Any] = {}
    tokens = _markdown(idle_rules(source)).parse(source, env)
    refs: Mapping[str, Any] = env.get("references", {})
    found = Parsed()
    items: list[Line] = []  # the entries of the list being read
    list_depth = 0
    cells: list[Line] = []
    line = 1  # the line of the latest token that has one (a footnote's paragraph may have none)
    banner: Line | None = None  # a README's `<h1 align="center">`, taken as the title
    for i, token in enumerate(tokens):
        kind = token.type
        if token.map is not None:
            line = token.map[0] + 1
        if kind in _PASSED:  # two tokens in three: nothing to read, and no test of the chain below
            continue
        if kind == "heading_open":
            inline = tokens[i + 1]
            content = _MDX_HEADING_ID.sub("", inline.content)  # before emphasis reads its `*`s
            text = without_heading_id(clean(" ".join(t for t, _ in read_inline(content, line, found, refs))))
            if list_depth:  # inside a list item (`- #### Parser ...`): the item's text, its section the item
                items.append(Line(text, line))
            else:
                found.headings.append((Line(text, line), int(token.tag[1])))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            if list_depth == 0:
                items = []
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            if list_depth == 0:  # a list of images or shortcodes only is content all the same
                found.blocks.append(Block(BlockKind.LIST, tuple(items), items=tuple(items)) if items else _markup(line))
        elif kind == "inline" and tokens[i - 1].type == "paragraph_open":
            content = token.content
            task = tokens[i - 2].type == "list_item_open" and _TASK.match(content) is not None
            if task:
                content = content[3:]
            lines = [ln for ln in read_inline(content, line, found, refs) if ln[0].strip()]
            if not lines:  # an image alone, a shortcode: content, not prose
                if not list_depth:
                    found.blocks.append(_markup(line))
                continue
            if list_depth:
                if tokens[i - 2].type == "list_item_open":  # an entry's first paragraph: the entry
                    entry = Line(" ".join(clean(t) for t, _ in lines).strip(), lines[0][1])
                    items.append(entry)
                    if task:
                        found.task_lines.add(entry.line)
                continue
            kind_read = BlockKind.CODE if code_alone(content) else BlockKind.PARAGRAPH
            found.blocks.append(Block(kind_read, tuple(Line(clean(t), n) for t, n in lines), language=None))
        elif kind == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            text = " ".join(t for t, _ in read_inline(token.content, line, found, refs)).strip()
            if text:
                cells.append(Line(clean(text), line))
        elif kind == "table_open":
            cells = []
        elif kind == "table_close" and cells:
            found.blocks.append(Block(BlockKind.TABLE, tuple(cells), items=tuple(cells)))
        elif kind in ("fence", "code_block"):
            first = line + (kind == "fence")
            text = token.content[:-1] if token.content.endswith("\n") else token.content
            code = tuple(Line(clean_line(t), first + k) for k, t in enumerate(text.split("\n")))
            info = token.info.split() if kind == "fence" else []  # markdown-it keeps blanks after ```
            if any(ln.text for ln in code):
                language = info[0].strip("{}.").lower() if info else ""
                found.blocks.append(Block(BlockKind.CODE, code, language=language))
            elif info and info[0].startswith("{"):  # a MyST directive whose arguments are all it needs
                found.blocks.append(_markup(line))
        elif kind == "html_block":
            read_html(token.content, line, found)
            if "<h1" in token.content.lower() and _opening(found) and token.level == 0:
                banner = html_title(token.content, line)
                if banner is not None:
                    found.headings.append((banner, 1))
            if not token.content.lstrip().startswith("<!--"):  # a comment is not content
                found.blocks.append(_markup(line))
    if banner is not None:
        _yield_title(found, banner)
    return found


def _yield_title(found: Parsed, banner: Line) -> None:
    """An HTML `<h1>` banner straight above the page's own `# Title`, only markup between (fastify's
    guides: `<h1 align="center">Fastify</h1>` on each, then `# Delay Accepting Requests`), gives way
    to it: the heading is the page's title, the banner the site's."""
    after = found.headings[1] if len(found.headings) > 1 else None
    if after is not None and after[1] == 1:
        between = (b for b in found.blocks if banner.line < b.line < after[0].line)
        if all(b.kind is BlockKind.MARKUP for b in between):
            found.headings.remove((banner, 1))


# Tokens the walk reads nothing from (those around a paragraph, a list item, a table's
# rows and cells, a quote, a footnote: their content is an `inline` token of its own).
_PASSED = frozenset(
    (
        *(
            f"{name}_{side}"
            for name in ("paragraph", "list_item", "tr", "td", "th", "thead", "tbody")
            for side in ("open", "close")
        ),
        *(
            f"{name}_{side}"
            for name in ("blockquote", "footnote_reference", "footnote_block", "footnote")
            for side in ("open", "close")
        ),
        "heading_close",
        "hr",
    )
)


def _markup(line: int) -> Block:
    return Block(BlockKind.MARKUP, (Line("", line),))


_TASK = _compile(r"\[[ xX]\]\s")
# A heading's id written as an MDX comment (react.dev's `## Update Instructions {/*update-instructions*/}`).
_MDX_HEADING_ID = _compile(r"\s*\{/\*[^*]*\*/\}\s*$")


def _opening(found: Parsed) -> bool:
    """Nothing read yet but markup (a logo, a row of badges): where a page's title stands."""
    return not found.headings and all(b.kind is BlockKind.MARKUP for b in found.blocks)
