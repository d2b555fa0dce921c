"""Markdown (CommonMark with GFM tables and strikethrough, footnotes from
mdit-py-plugins, task lists) into the neutral Article, with markdown-it-py's
token map for lines (its block phase: a paragraph's inline content is read here).

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
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import field
from typing import Any

from lintkit import compiled
from lintkit.compiled import pattern as _compile
from lintkit.formats.markdown import containers, scan
from lintkit.formats.markdown.frontmatter import FrontMatter
from lintkit.model import Block, BlockKind, Field, Image, ImageOrigin, Line
from lintkit.structs import dataclass
from lintkit.text import clean_line, has_special

_HEADING_ID = _compile(r"\s*\{#[^}]*\}\s*$")  # `## Title {#custom-id}` (Hugo, kramdown, Docusaurus)
_MDX_LINE = _compile(r"^(?:import|export)\s")
_MDX_COMMENT = _compile(r"\s*\{/\*.*\*/\}\s*")  # `{/* truncate */}` alone on its line: a comment, no words
_FENCE = _compile(r"^\s{0,3}(`{3,}|~{3,})")
_IMG_TAG = _compile(r"<img\b([^>]*)>", re.I | re.S)
# An attribute is looked for only where a run of name characters begins (the
# digits, dots and dashes a name cannot begin with are skipped): tried from
# inside the run as well, a run with no `=` after it was rescanned from each
# of its characters.
_ATTR = _compile(
    r"""(?<![-a-zA-Z0-9_:.])[-0-9.]*([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
)
_COMMENT = _compile(r"<!--\s*lintkit-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.S)


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
    # text, its images and its comments, which `_inline` reads off the raw content.
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
                depth = max(0, depth + sum(line.count(c) for c in "({[") - sum(line.count(c) for c in ")}]"))
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
    html_title: Line | None = None  # a README's `<h1 align="center">`, taken as the title
    for i, token in enumerate(tokens):
        kind = token.type
        if token.map is not None:
            line = token.map[0] + 1
        if kind in _PASSED:  # two tokens in three: nothing to read, and no test of the chain below
            continue
        if kind == "heading_open":
            inline = tokens[i + 1]
            text = _without_heading_id(_clean(" ".join(t for t, _ in _inline(inline.content, line, found, refs))))
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
            lines = [ln for ln in _inline(content, line, found, refs) if ln[0].strip()]
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
            kind_read = BlockKind.CODE if _code_alone(content) else BlockKind.PARAGRAPH
            found.blocks.append(Block(kind_read, tuple(Line(_clean(t), n) for t, n in lines), language=None))
        elif kind == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            text = " ".join(t for t, _ in _inline(token.content, line, found, refs)).strip()
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
            info = token.info.split() if kind == "fence" else []  # markdown-it keeps blanks after ```
            if any(ln.text for ln in code):
                language = info[0].strip("{}.").lower() if info else ""
                found.blocks.append(Block(BlockKind.CODE, code, language=language))
            elif info and info[0].startswith("{"):  # a MyST directive whose arguments are all it needs
                found.blocks.append(_markup(line))
        elif kind == "html_block":
            _html(token.content, line, found)
            if "<h1" in token.content.lower() and _opening(found) and token.level == 0:
                html_title = _html_title(token.content, line)
                if html_title is not None:
                    found.headings.append((html_title, 1))
            if not token.content.lstrip().startswith("<!--"):  # a comment is not content
                found.blocks.append(_markup(line))
    if html_title is not None:
        _yield_title(found, html_title)
    return found


def _yield_title(found: Parsed, html_title: Line) -> None:
    """An HTML `<h1>` banner straight above the page's own `# Title`, only markup between (fastify's
    guides: `<h1 align="center">Fastify</h1>` on each, then `# Delay Accepting Requests`), gives way
    to it: the heading is the page's title, the banner the site's."""
    after = found.headings[1] if len(found.headings) > 1 else None
    if after is not None and after[1] == 1:
        between = (b for b in found.blocks if html_title.line < b.line < after[0].line)
        if all(b.kind is BlockKind.MARKUP for b in between):
            found.headings.remove((html_title, 1))


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
# `_+(?!\w)` from inside a run of underscores would only meet what ends the run again.
# The lookahead first lets the engine skip to the next `*`, `~` or `_` (4x faster on
# prose than trying each alternative at every position).
_MARKERS = _compile(r"(?=[*~_])(?:\*+|~~|(?<![\w\\])_+|(?<!_)_+(?![\w]))")
_ESCAPE = _compile(r"\\([!-/:-@\[-`{-~])")
# An emoji shortcode (`:white_check_mark:`, GitHub's and MkDocs' emoji): a glyph on the page, not words.
_EMOJI = _compile(r"(?<![\w:/]):(?:[a-z0-9][a-z0-9_+-]*|[+-]1):(?![\w:])")


_EMBEDS = ("#", "xref:")
_DISPLAY_MATH = _compile(r"^[ \t]*\$\$[^$]*\$\$(?:[ \t]*\([\w:.-]+\))?[ \t]*$", re.M)
_ROLE = _compile(r"\{[A-Za-z][\w:.+-]*\}(?=\x00)")
# Attribute lists, no words: kramdown's (Jekyll: `{: .prompt-tip }`, `{: file="main.go" }`, `{:toc}`) and
# Python-Markdown's attr_list (MkDocs: `[Get started](start.md){ .md-button }`); not a template's `{{ .Date }}`.
_ATTRIBUTES = _compile(r"\{:[^{}\n]*\}|(?<!\{)\{[ \t]*[.#][\w-][^{}\n]*\}(?!\})")


def _inline(content: str, line: int, found: Parsed, refs: Mapping[str, Any]) -> list[tuple[str, int]]:
    """An inline's raw content as a reader reads it, one entry per source
    line: code spans kept as their text, images and raw HTML left out (and
    noted, with HTML comments), links as their label, emphasis markers,
    footnote references, escapes and emoji shortcodes dropped, entities decoded."""
    codes: list[str] = []
    counted = ["", 0, line]  # the text last asked about, a position in it, and that position's line

    def line_of(text: str, at: int) -> int:
        """The line of a position, counting on from the last one asked (not
        from the start of the text for each of many images)."""
        if text is not counted[0] or at < counted[1]:
            counted[:] = [text, 0, line]
        counted[2] += text.count("\n", counted[1], at)
        counted[1] = at
        return counted[2]

    def code(start: int, end: int) -> str:  # kept aside, so that nothing below reads inside it
        span = content[start:end]
        ticks = len(span) - len(span.lstrip("`"))
        inner = span[ticks:-ticks]
        codes.append(" ".join(inner.split()) or inner)  # a span over two lines reads as one
        return f"\x00{len(codes) - 1}\x00" + "\n" * span.count("\n")

    def image(m: re.Match[str]) -> str:
        at = line_of(m.string, m.start())
        alt = _ESCAPE.sub(r"\1", m.group(1))
        src = m.group(2) if m.group(2) is None else m.group(2).replace("\x01", " ")
        if src is None:  # a reference image: `![alt][id]`, `![alt][]`, `![alt]`
            ref = refs.get(_label(m.group(3) or m.group(1)))
            src = ref.get("href") if isinstance(ref, dict) else None
        if src is None:
            return m.group(0)[1:]  # `![not an image]`: text
        if src.startswith(_EMBEDS):  # MyST's embed of a target (`![](#label)`, `![](xref:guide#fig)`): no image
            return "\n" * m.group(0).count("\n")
        found.images.append(Image(ImageOrigin.MARKUP, at, url=Field(src, at), alt=Field(alt, at)))
        return "\n" * m.group(0).count("\n")

    def tag(text: str, start: int, end: int) -> str:
        _html(text[start:end], line_of(text, start), found)
        return "\n" * text.count("\n", start, end)

    text = scan.replace(content, scan.code_spans(content), code) if "`" in content else content
    if "$$" in text:  # display math on lines of its own (`$$` ... `$$`, MyST's `(label)` after): no words
        text = _DISPLAY_MATH.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    if "}\x00" in text:  # a MyST role's name before its content (`{term}`AST``): no words
        text = _ROLE.sub("", text)
    kept_blanks = "](" in text and "{" in text and _DESTINATION_TEMPLATE.search(text) is not None
    if kept_blanks:  # a template tag in a destination: its blanks set aside, the destination reads as one
        text = _DESTINATION_TEMPLATE.sub(lambda m: m.group(0).replace(" ", "\x01"), text)
    if "![" in text:
        text = scan.images(text, image)
    if "<" in text:
        text = scan.autolinks(text, lambda m: m.group(1))
        text = scan.replace(text, scan.tags(text), functools.partial(tag, text))
    if "[" in text:
        text = scan.footnote_refs(text, lambda m: "")
        text = scan.links(text, lambda m: m.group(1))
    if kept_blanks:
        text = text.replace("\x01", " ")  # a destination that still did not read as one: text as written
    if "*" in text or "_" in text or "~" in text:
        text = _MARKERS.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    if ":" in text:
        text = _EMOJI.sub("", text)
    if "{" in text:  # before code spans come back: `{: .class}` set as code is text
        text = _ATTRIBUTES.sub("", text)
    if codes:
        text = re.sub("\x00(\\d+)\x00", lambda m: codes[int(m.group(1))], text)
    lines = [(t.strip(), line + k) for k, t in enumerate(text.split("\n"))]
    return _untemplated(lines) if "{" in text else lines  # no template without a brace


# A template tag in a link's or an image's destination (Hugo's `[a]({{< ref "b.md" >}})`, Jekyll's
# `![a]({{ site.baseurl }}/b.png)`, `[a]({% link b.md %})`): the site writes a url there when it is built.
# Its blanks are set aside while links and images are read, so that the destination reads as one.
_TEMPLATE_TAG = r"(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\})"
_DESTINATION_TEMPLATE = _compile(r"(?<=\]\()[^\s(){}]*" + _TEMPLATE_TAG + r"(?:[^\s(){}]*" + _TEMPLATE_TAG + ")*")


def _code_alone(content: str) -> bool:
    """Whether a paragraph is code set inline, not prose: one code span and
    nothing else but emphasis (pg_partman's `` *`create_parent(p_parent_table
    text, ...) RETURNS boolean`* ``), or an emphasised call signature (mimeo's
    `*logdel_maker(p_src_table text, p_dblink_id int, ...)*`). Read as prose,
    an API reference's signatures were near duplicates of each other (DUP002)."""
    text = content.strip()
    if "`" in text:
        spans = list(scan.code_spans(text))
        if len(spans) != 1:
            return False
        start, end = spans[0]
        return not (text[:start] + text[end:]).strip("*_ \n")
    return (text[:1] in "*_") and _SIGNATURE.fullmatch(text.strip("*_")) is not None and text[-1:] in "*_"


# A call's signature: a name, its parameters in parentheses (one level of them nested), and what it returns.
_SIGNATURE = _compile(r"[A-Za-z_][\w.:]*\((?:[^()\n]|\([^()\n]*\))*\)(?:\s*(?:RETURNS|->|:)\s*[^\s()][^()\n]*)?")


def _label(text: str) -> str:
    """A reference label as markdown-it keys it: case folded (upper), spaces collapsed."""
    return " ".join(text.split()).upper()


def _untemplated(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Template syntax out of the text (each tag replaced by as many line
    breaks as it spans), a tag spanning lines included."""
    joined = "\n".join(t for t, _ in lines)
    if "{" not in joined:
        return lines
    kept = scan.replace(joined, scan.templates(joined), lambda start, end: "\n" * joined.count("\n", start, end))
    return [(t, n) for t, (_, n) in zip(kept.split("\n"), lines, strict=True)]


def _without_heading_id(text: str) -> str:
    """The heading without its `{#custom-id}`, which ends it. The id holds no
    `}`, so it begins after the heading's last `}` but one, and the pattern
    is matched from there: from each `{#` of a heading it scanned to the end."""
    end = len(text.rstrip()) - 1
    if end < 0 or text[end] != "}":
        return text
    after = text.rfind("}", 0, end) + 1
    return text[:after] + _HEADING_ID.sub("", text[after:])


def _clean(text: str) -> str:
    """The text as `clean_line` cleans it, its white space collapsed."""
    return " ".join((clean_line(text) if has_special(text) else text).split())


# A README's title written in HTML to be centred (`<h1 align="center">Zod</h1>`, a logo in it, its text
# on the lines after when a blank line ends the block) with only a logo or badges before it: GitHub and npm
# show it as the page's heading, and markdownlint's first-line-heading takes it as one. Its text, or its
# logo's alt text. An `<h1>` after prose is an example's markup (Bootstrap's jumbotron), not the title.
_H1 = _compile(r"<h1\b[^>]*>(.*?)(?:</h1\s*>|$)", re.I | re.S)
_ALT = _compile(r"""<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def _opening(found: Parsed) -> bool:
    """Nothing read yet but markup (a logo, a row of badges): where a page's title stands."""
    return not found.headings and all(b.kind is BlockKind.MARKUP for b in found.blocks)


def _html_title(block: str, line: int) -> Line | None:
    """The first `<h1>` of an HTML block as a title line, when it has text or a logo's alt text."""
    m = _H1.search(block)
    if m is None:
        return None
    inner = m.group(1)
    text = _clean(html.unescape(scan.TAG.sub(" ", inner)))
    if not text:
        alt = _ALT.search(inner)
        text = _clean(html.unescape(alt.group(1) or alt.group(2) or "")) if alt else ""
    return Line(text, line + block.count("\n", 0, m.start())) if text else None


def _html(html: str, line: int, found: Parsed) -> None:
    """Images and lintkit comments in raw HTML (a block or an inline tag)."""
    if "<img" in html or "<IMG" in html:
        for m in _IMG_TAG.finditer(html, 0, html.rfind(">") + 1):  # each ends at a `>`: none after the last
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
        last = html.rfind("-->")  # each ends at a `-->`: none after the last (nor scans to the end from each `<!--`)
        for m in _COMMENT.finditer(html, 0, last + 3 if last >= 0 else 0):  # at the line where the comment ends
            found.comments.append((m.group(1), m.group(2), line + html.count("\n", 0, m.end())))
