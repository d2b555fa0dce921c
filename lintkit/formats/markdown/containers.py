"""Documentation sites' containers, read as the sites render them: their content is Markdown.

markdown-it reads CommonMark. Documentation sites extend it with containers
whose content a reader sees as prose and code, and which CommonMark reads
otherwise:

- MkDocs admonitions and collapsible blocks (`!!! note "Title"`, `??? tip`,
  `???+ warning`) and content tabs (`=== "Python"`): their content is
  indented four spaces, which CommonMark reads as an indented code block
  (prose as code, and a fenced snippet as code holding its fence lines);
- Docusaurus admonitions, VitePress containers and MyST colon fences
  (`:::note`, `:::tip[Title]`, `::: details`, `:::{note}` ... `:::`) and pymdown-extensions blocks (`/// note | Title`
  ... `///`): their marker lines are read as words of the paragraph next to
  them;
- MyST directives in backtick fences (```` ```{note} ````): read as code;
- mkdocstrings' `::: package.module` (the API reference it renders there,
  with its indented options): read as a paragraph.

`unwrap` rewrites the lines before markdown-it reads them, and every line
keeps its number: marker lines become blank (an API reference's, a tag
read as markup), a container's indented content
moves four columns left, a prose directive's fence lines and options go, and
a code directive's fence names its language (```` ```{code-block} python ````
is read as ```` ```python ````). Other directives (`{toctree}`, `{eval-rst}`,
`{include}`) stay fenced: the parser reads them as markup. Nothing inside
fenced code is rewritten (a page that shows the syntax keeps its sample).
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile

# A line that may open or close a container: pages with none (most) are not rewritten.
MAYBE = _compile(r"^[ \t]{0,3}(?:!!!|\?\?\?|===[!+]? +\"|:::|///|(?:`{3,}|~{3,}) *\{)", re.M)

# MkDocs: `!!! type "title"` (Python-Markdown's admonition), `??? type`, `???+ type` (pymdownx.details),
# `=== "Tab"` (pymdownx.tabbed); each opens content indented four spaces.
_INDENTED = _compile(r'([ \t]{0,3})(?:(?:!!!|\?\?\?\+?) ?[\w-]+(?: +[\w-]+)*(?: +"[^"]*")?|===[!+]? +"[^"]*") *')
# Docusaurus admonitions and MyST colon fences (opening or closing), mkdocstrings' `::: package.module`
# (the reference it renders there), pymdown-extensions blocks (opening or closing).
_MARKER = _compile(r"[ \t]{0,3}(?::{3,}(?: *\{?[\w-]+\}?(?:[ \[{].*)?| +[\w.]+)?|/{3,}(?: *[\w-]+(?: *\|.*)?)?) *")
_AUTODOC = _compile(r"[ \t]{0,3}::: +([\w.]+) *")
# VitePress's containers (markdown-it-container: `::: tip`, `::: details`), not an API reference.
_CONTAINER_NAMES = frozenset("tip warning danger info details note code-group important caution raw v-pre".split())
# An HTML block of one line (a processing instruction ends at its `?>`, unlike a tag, which takes
# the lines up to the next blank one): the parser reads it as markup.
AUTODOC_TAG = "<?lintkit api-reference?>"
_FENCE = _compile(r"[ \t]{0,3}(`{3,}|~{3,})(.*)")
_DIRECTIVE = _compile(r" *\{([\w:-]+)\} *(.*)")
_OPTION = _compile(r"[ \t]*:[\w-]+:")  # a MyST directive's option (`:class: tip`)

PROSE_DIRECTIVES = frozenset(
    "note warning tip hint important caution attention danger error seealso admonition versionadded "
    "versionchanged deprecated versionremoved dropdown topic sidebar margin tab-item tab-set tab card grid "
    "grid-item grid-item-card div container rubric epigraph pull-quote highlights".split()
)
CODE_DIRECTIVES = frozenset("code-block code sourcecode code-cell".split())
# Code in a directive that names no language of its own (a doctest's session, a test's setup).
BARE_CODE_DIRECTIVES = frozenset("doctest testcode testsetup testcleanup testoutput ipython jupyter-execute".split())


# Lines looked at, at most, for fences' closing lines on one page: each directive's content is
# looked through for its closing line, so thousands of nested directives cost the square of
# their number; past this, the rest of the page is read as CommonMark has it.
MAX_LOOKED_AT = 1_000_000


def unwrap(lines: list[str]) -> None:
    """The containers of `lines` (a page's body, one entry per line) rewritten in place."""
    budget = [MAX_LOOKED_AT]
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.fullmatch(line)
        if fence is not None:
            i = _fence(lines, i, fence, budget)
            continue
        opener = _INDENTED.fullmatch(line)
        if opener is not None:
            lines[i] = ""
            _dedent(lines, i + 1, opener.group(1))
        elif _MARKER.fullmatch(line) is not None:
            autodoc = (ref := _AUTODOC.fullmatch(line)) is not None and ref.group(1) not in _CONTAINER_NAMES
            # What mkdocstrings renders there is content (a section holding it is not empty): a tag
            # of its own, which the parser reads as markup, as it reads any HTML block.
            lines[i] = AUTODOC_TAG if autodoc else ""
            _drop_options(lines, i + 1, indented=autodoc or line.lstrip()[:1] == "/")
        i += 1


def _fence(lines: list[str], i: int, fence: re.Match[str], budget: list[int]) -> int:
    """At a fence's opening line: a directive rewritten (a prose one's fence lines
    gone, a code one's naming its language); the index to go on from."""
    marker, info = fence.group(1), fence.group(2)
    directive = _DIRECTIVE.fullmatch(info)
    name = directive.group(1) if directive else None
    end = _closing(lines, i + 1, marker, budget) if budget[0] > 0 else len(lines)
    if end == len(lines):
        return end  # never closed: CommonMark reads the rest as its code (and a scan from each such line was quadratic)
    if name in PROSE_DIRECTIVES:
        lines[i] = lines[end] = ""
        _drop_options(lines, i + 1)
        return i + 1  # its content is read as Markdown, containers included
    if name is None:
        return end + 1
    opening = lines[i]
    last = _drop_options(lines, i + 1)  # any directive's options are no content (`{literalinclude}` has nothing else)
    if name in CODE_DIRECTIVES or name in BARE_CODE_DIRECTIVES:
        # The fence opens after the options (its code starts at its first line), naming the language.
        language = directive.group(2).split()[0] if name in CODE_DIRECTIVES and directive.group(2).split() else ""
        lines[i] = ""
        lines[last - 1] = _indent_of(opening) + marker + language
    return end + 1


def _indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _closing(lines: list[str], start: int, marker: str, budget: list[int]) -> int:
    """The line that closes a fence opened with `marker` (CommonMark: the same
    character, as many or more, nothing after), or len(lines): none, or the
    page's `budget` of lines to look at spent."""
    for j in range(start, len(lines)):
        close = _FENCE.fullmatch(lines[j])
        if close is not None and close.group(1).startswith(marker) and not close.group(2).strip():
            budget[0] -= j - start
            return j
    budget[0] -= len(lines) - start
    return len(lines)


def _dedent(lines: list[str], start: int, indent: str) -> None:
    """The content of an indented container (its lines from `start`, each blank
    or indented four spaces or a tab past the opener's `indent`) moved left."""
    for j in range(start, len(lines)):
        line = lines[j]
        if not line.strip():
            lines[j] = ""
        elif line.startswith(indent + "    "):
            lines[j] = indent + line[len(indent) + 4 :]
        elif line.startswith(indent + "\t"):
            lines[j] = indent + line[len(indent) + 1 :]
        else:
            return  # the first line not indented past the opener ends the container


def _drop_options(lines: list[str], start: int, indented: bool = False) -> int:
    """The options right after a directive's opening line blanked: MyST's
    (`:class: tip`), or with `indented` YAML indented under it (pymdown's
    `type: warning`, mkdocstrings' `options:`). Returns the line after them."""
    for j in range(start, len(lines)):
        line = lines[j]
        if _OPTION.match(line) is not None or (indented and line.startswith(("    ", "\t")) and line.strip()):
            lines[j] = ""
        else:
            return j
    return len(lines)
