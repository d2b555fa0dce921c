"""A Markdown paragraph's inline content as a reader reads it, and raw HTML's
images and lintkit comments: what the token walk (lintkit.formats.markdown.parser)
reads off markdown-it's block tokens, whose inline phase is left out. What
is found besides the text (images, comments) goes into the walk's `Parsed`.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from dataclasses import field
from typing import Any

from lintkit.compiled import pattern as _compile
from lintkit.formats.markdown import scan
from lintkit.model import Block, Field, Image, ImageOrigin, Line
from lintkit.structs import dataclass
from lintkit.text import clean_line, has_special


@dataclass
class Parsed:
    """What the token walk found, before sections are cut."""

    headings: list[tuple[Line, int]] = field(default_factory=list)  # (heading, level)
    blocks: list[Block] = field(default_factory=list)
    task_lines: set[int] = field(default_factory=set)  # lines of task-list items
    images: list[Image] = field(default_factory=list)
    comments: list[tuple[str, str, int]] = field(default_factory=list)  # (directive, codes, line)


_HEADING_ID = _compile(r"\s*\{#[^}]*\}\s*$")  # `## Title {#custom-id}` (Hugo, kramdown, Docusaurus)
_IMG_TAG = _compile(r"<img\b([^>]*)>", re.I | re.S)
# An attribute is looked for only where a run of name characters begins (the
# digits, dots and dashes a name cannot begin with are skipped): tried from
# inside the run as well, a run with no `=` after it was rescanned from each
# of its characters.
_ATTR = _compile(
    r"""(?<![-a-zA-Z0-9_:.])[-0-9.]*([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
)
_COMMENT = _compile(r"<!--\s*lintkit-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.S)

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


def read_inline(content: str, line: int, found: Parsed, refs: Mapping[str, Any]) -> list[tuple[str, int]]:
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
        read_html(text[start:end], line_of(text, start), found)
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


def code_alone(content: str) -> bool:
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


def without_heading_id(text: str) -> str:
    """The heading without its `{#custom-id}`, which ends it. The id holds no
    `}`, so it begins after the heading's last `}` but one, and the pattern
    is matched from there: from each `{#` of a heading it scanned to the end."""
    end = len(text.rstrip()) - 1
    if end < 0 or text[end] != "}":
        return text
    after = text.rfind("}", 0, end) + 1
    return text[:after] + _HEADING_ID.sub("", text[after:])


def clean(text: str) -> str:
    """The text as `clean_line` cleans it, its white space collapsed."""
    return " ".join((clean_line(text) if has_special(text) else text).split())


# A README's title written in HTML to be centred (`<h1 align="center">Zod</h1>`, a logo in it, its text
# on the lines after when a blank line ends the block) with only a logo or badges before it: GitHub and npm
# show it as the page's heading, and markdownlint's first-line-heading takes it as one. Its text, or its
# logo's alt text. An `<h1>` after prose is an example's markup (Bootstrap's jumbotron), not the title.
_H1 = _compile(r"<h1\b[^>]*>(.*?)(?:</h1\s*>|$)", re.I | re.S)
_ALT = _compile(r"""<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def html_title(block: str, line: int) -> Line | None:
    """The first `<h1>` of an HTML block as a title line, when it has text or a logo's alt text."""
    m = _H1.search(block)
    if m is None:
        return None
    inner = m.group(1)
    text = clean(html.unescape(scan.TAG.sub(" ", inner)))
    if not text:
        alt = _ALT.search(inner)
        text = clean(html.unescape(alt.group(1) or alt.group(2) or "")) if alt else ""
    return Line(text, line + block.count("\n", 0, m.start())) if text else None


def read_html(html: str, line: int, found: Parsed) -> None:
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
