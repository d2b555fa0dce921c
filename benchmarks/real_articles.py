"""Real documentation pages as clean export articles, linted: findings per code.

    .venv/bin/python benchmarks/real_articles.py [--src DIR] [--count 200] [--out DIR] [--examples CODE]
    .venv/bin/python benchmarks/real_articles.py --blog | --blog-more | ... | --blog-fifth | --blog-sixth
        | --blog-seventh | --blog-eighth | --blog-ninth
        (the blog stand-ins, fetch_markdown_docs.STAND_INS: every post)
    .venv/bin/python benchmarks/real_articles.py --src DIR --posts --count 1000
        (DIR's pages are posts, as a stand-in's are: a blog's own repository)

Converts Markdown pages of real package documentation (DIR, by default
benchmarks/corpus/real-md-src/, filled by benchmarks/fetch_markdown_docs.py)
into the alphanode export as a faithful converter would, writing what the
rendered page shows: the page is parsed as CommonMark (markdown-it-py), its
first `#` heading is the title (with the package's name when it lacks it),
its first paragraph that reads as a sentence the intro (not a tagline, a
release line or a lead-in ending in `:`), each other heading a heading
line, each paragraph one line (inline markup, images and HTML tags
dropped), list items `  • item` lines, and each code block unfenced, as
is a paragraph that is one code span (`pip install ...`). Tables, raw
HTML, footnotes, generated API listings and build placeholders are left
out, and so is a heading left with nothing under it.
The documentation sites' extensions are unwrapped first (`unwrap`): MkDocs
admonitions and tabs, pymdownx `///` blocks, MyST `:::` blocks and
`{directive}` fences, GitHub alert markers keep their text and code, not
their markers or titles; includes, labels, comments and attribute lists go.
The frame around the body (breadcrumb, caption, checklist, final notes,
meta) comes from make_corpus.build_clean, with the meta filled
consistently from the page: topic, summary, outline and entities name the
page's title (the problem) and the package (the stack), `code language` is
the page's most frequent fence language as declared (`rust`, `go`, `toml`; shell only when it has no
other), `reading time` its words (title, prose, headings, lists and code,
as a blog engine counts a post) at 230 a minute, payload
`paragraphs` its prose paragraph count.

The pages are those make_aged_docs.py keeps (no change logs, licences...)
of 150 to 3,000 words, every k-th in sorted order to keep `--count`; a
test's data (a page under `tests/`) is then left out. The
articles are linted in-process (as of 2026-11-24) and the findings counted
per code. The frame carries findings on purpose (STR006 on the breadcrumb,
META010 on its made-up scores, META012 on a stale review date): they are
listed apart. Every other finding is one to judge: a clean, real page
should have few. `--examples CODE` prints each finding of CODE with its line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from random import Random

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import make_corpus
from fetch_markdown_docs import STAND_INS
from make_aged_docs import NOT_ARTICLES, title_of

from lintkit.config import Config
from lintkit.files import Target, file_key
from lintkit.formats.languages import canonical_language
from lintkit.pipeline.run import run
from lintkit.pipeline.settings import Settings

AS_OF = dt.date(2026, 11, 24)
BY_CONSTRUCTION = frozenset({"STR006", "META010", "META012"})
MIN_WORDS, MAX_WORDS = 150, 3000
MAX_POST_WORDS = 6000  # a blog post can be long
WPM = 230
TEST_DATA = frozenset({"test", "tests"})
BLOG_FOLDERS = frozenset({"blog", "posts"})

# A fence opens with three or more backticks or tildes; it closes on a line of
# at least as many of the same character and nothing else (CommonMark).
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
# MkDocs admonitions and content tabs: `!!! note "Title"`, `??? tip`, `=== "pip"`; their body is indented.
INDENTED_BLOCK = re.compile(r"^(\s*)(!!!|\?\?\?\+?|===!?)(\s|$)")
# pymdownx blocks: `/// note | Title`, closed by as many slashes; options indented under the header.
SLASH_BLOCK = re.compile(r"^\s*(/{3,})\s*([\w-]+)?(.*)$")
# MyST colon fences `:::{note}`, and mkdocstrings' `::: package.module` (its options indented under it).
COLON_BLOCK = re.compile(r"^\s*(:{3,})\s*(\{[\w-]+\}|[\w.]+)?(.*)$")
# Pandoc's (Quarto's) fenced divs `::: {.callout-note title="..."}`, `::: {.grid}`: their content is the page's.
PANDOC_DIV = re.compile(r"^\s*:{3,}\s*\{[.#][^}]*\}\s*$")
DIRECTIVE_OPTION = re.compile(r"^\s*:[\w-]+:")
# Lines no rendered page shows: MyST labels `(name)=` and comments `% ...`, Jinja statements, code includes
# (`{* ../src/app.py *}`), attribute lists alone on a line, abbreviations, snippet includes,
# reStructuredText directives, HTML comments alone on a line (a blog's `<!-- more -->` excerpt mark).
NOT_SHOWN = re.compile(
    r"^\s*(\(.+\)=\s*$|%\s|\{%.*%\}\s*$|\{\{.*\}\}\s*$|\{\*.*\*\}\s*$|\{:?\s*[#.]?[\w-]+=.*\}\s*$"
    r"|\*\[[^\]]+\]:|-+8<-+|\.\. [\w-]+::|<!--.*-->\s*$)"
)
# A Quarto cell's options (`#| echo: false`): the page shows neither them nor, with these, the cell's code.
CELL_OPTION = re.compile(r"^#\|\s*([\w-]+):\s*(.*?)\s*$")
HIDDEN_CELL = {("echo", "false"), ("include", "false")}
GITHUB_ALERT = re.compile(r"^(\s*>\s*)\[!\w+\].*$")
# A placeholder the documentation build replaces with a table (`<HATCH_RUFF_SELECTED_RULES>`).
PLACEHOLDER = re.compile(r"^\s*<[A-Z][A-Z0-9]*(_[A-Z0-9]+)+>\s*$")
# What `unwrap` writes where it leaves content out, so that a heading left with nothing goes too.
LEFT_OUT = ["", "<!-- left out -->", ""]
# MyST directives whose body is prose on the page, and those that hold code.
PROSE_DIRECTIVES = frozenset(
    "note warning tip hint important caution attention danger error seealso admonition versionadded "
    "versionchanged deprecated versionremoved dropdown topic sidebar margin tab-item tab-set card "
    "grid-item-card div container rubric".split()
)
CODE_DIRECTIVES = frozenset(
    "code-block code sourcecode code-cell doctest testcode testoutput ipython jupyter-execute".split()
)
# Attribute lists (`{#anchor}`, `{: .class}`, Pandoc's `{width=80%}` after an image, MkDocs' `{ width=650 }`),
# template expressions,
# MyST roles before their code (`{func}`).
ATTRIBUTES = re.compile(r"\{[\w:-]+\}(?=\S)|\{\s*[#.:][^}]*\}|\{\s*[\w-]+=[^}]*\}|\{\{.*?\}\}|\{%.*?%\}")
SHORTCODE = re.compile(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])")
TASK = re.compile(r"^\[[ xX]\]\s+")


def _fence_end(lines: list[str], i: int) -> int:
    """The index after the fenced block opening at `lines[i]`."""
    marker = FENCE.match(lines[i]).group(2)  # type: ignore[union-attr]
    closing = re.compile(rf"^\s*{re.escape(marker[0])}{{{len(marker)},}}\s*$")
    for j in range(i + 1, len(lines)):
        if closing.match(lines[j]):
            return j + 1
    return len(lines)


# The Go blog's template tool (`golang.org/x/tools/present`): `{{raw `, the code, then `` `}} `` shows it as
# written (Go's, on that blog: declared so, as the page's other code is).
RAW_OPEN, RAW_CLOSE = re.compile(r"^\{\{raw `\s*$"), re.compile(r"^`\}\}\s*$")


def raw_blocks(lines: list[str]) -> list[str]:
    """The Go blog's `{{raw ...}}` blocks as the fenced code the page shows (kept as text, they were read as
    prose: the converter's META006 on its posts)."""
    out, inside = [], False
    for line in lines:
        if not inside and RAW_OPEN.match(line):
            out.append("```go")
            inside = True
        elif inside and RAW_CLOSE.match(line):
            out.append("```")
            inside = False
        else:
            out.append(line)
    return out


def unwrap(lines: list[str]) -> list[str]:
    """The page's lines without the marks of the extensions its documentation
    site renders (MkDocs admonitions and tabs, pymdownx `///` blocks, MyST
    `:::` blocks, GitHub alerts), keeping what they hold as the page shows
    it: their body, dedented. An admonition's or a tab's title is left out,
    as is a pymdownx `html` block (an example's rendering, the code above it
    again), mkdocstrings' `::: module` (generated API reference) and a MyST
    block that is neither prose nor code (a table of contents)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            end = _fence_end(lines, i)
            out.extend(lines[i:end])
            i = end
            continue
        if m := INDENTED_BLOCK.match(line):
            indent = m.group(1) + "    "
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or lines[j].startswith(indent)):
                j += 1
            body = [ln[4:] if ln.strip() else "" for ln in lines[i + 1 : j]]
            out.extend(["", *unwrap(body), ""])
            i = j
            continue
        if (m := SLASH_BLOCK.match(line)) and m.group(2):
            slashes, name = m.group(1), m.group(2)
            j = i + 1
            while j < len(lines) and lines[j].startswith("    ") and ":" in lines[j]:
                j += 1  # the block's options (`    type: warning`)
            k = j
            while k < len(lines) and lines[k].strip() != slashes:
                k += 1
            out.extend(["", *unwrap(lines[j:k]), ""] if name != "html" else LEFT_OUT)
            i = k + 1
            continue
        if PANDOC_DIV.match(line):
            out.append("")  # the div's content stays, its fence goes (and so does its closer, below)
            i += 1
            continue
        if SLASH_BLOCK.match(line) or re.match(r"^\s*:{3,}\s*$", line):
            i += 1  # a stray closer
            continue
        if (m := COLON_BLOCK.match(line)) and m.group(2):
            colons, name = m.group(1), m.group(2).strip("{}")
            j = i + 1
            if not m.group(2).startswith("{"):  # `::: package.module` and its indented options
                while j < len(lines) and (not lines[j].strip() or lines[j].startswith(" ")):
                    j += 1
                out.extend(LEFT_OUT)
                i = j
                continue
            while j < len(lines) and DIRECTIVE_OPTION.match(lines[j]):
                j += 1
            k = j
            while k < len(lines) and lines[k].strip() != colons:
                k += 1
            out.extend(["", *unwrap(lines[j:k]), ""] if name in PROSE_DIRECTIVES else LEFT_OUT)
            i = k + 1
            continue
        if NOT_SHOWN.match(line):
            i += 1
            continue
        if PLACEHOLDER.match(line):
            out.extend(LEFT_OUT)
            i += 1
            continue
        out.append(MDX_HEADING_ID.sub("", GITHUB_ALERT.sub(r"\1", line)))
        i += 1
    return out


# A heading's id written as an MDX comment (react.dev's `## Update Instructions {/*update-instructions*/}`): taken
# out before the Markdown is read, whose emphasis would take its `*`s.
MDX_HEADING_ID = re.compile(r"(?<=\S)\s*\{/\*[^*]*\*/\}\s*$")


MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)


def inline(token: Token) -> str:
    """An inline token's text as the rendered page reads it: no markup, no images,
    no HTML tags, no footnote marks."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or re.match(r"<br\b", child.content, re.I):
            parts.append(" ")
    text = SHORTCODE.sub("", ATTRIBUTES.sub("", "".join(parts)))
    # A reference link whose definition the site includes from another file: its text.
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)
    return " ".join(text.split())


def _code(info: str, content: str) -> tuple[str, str] | None:
    """A fenced block's (language, code), or None for a MyST directive that is not code."""
    lines = content.split("\n")
    options = {(m.group(1), m.group(2).strip("'\"")) for ln in lines if (m := CELL_OPTION.match(ln))}
    if options & HIDDEN_CELL:
        return None  # a Quarto cell that runs but is not shown
    lines = [ln for ln in lines if not CELL_OPTION.match(ln)]
    code = re.sub(r"\n{3,}", "\n\n", "\n".join(ln.rstrip() for ln in lines).strip("\n"))
    if all(NOT_SHOWN.match(ln) or PLACEHOLDER.match(ln) for ln in code.split("\n") if ln.strip()):
        # nothing, or only includes (`{% include "ci.yml" %}`) or a build's placeholder
        # (`<HATCH_TEST_ENV_MATRIX>`) whose text the page shows instead
        return None
    return info.split()[0].strip("{}.").lower() if info.split() else "", code


# A line of HTML tags alone (`<details>`, `<summary>.qmd content</summary>`).
HTML_TAG_LINE = re.compile(r"^\s*<(/?[a-z]+)[^>]*>([^<]*</[a-z]+>)?\s*$")


def pandoc_html(lines: list[str]) -> list[str]:
    """The lines as Pandoc (Quarto) reads them: Markdown goes on right after a line
    of raw HTML tags, so a fence there opens a code block (`<summary>...</summary>`,
    then ```` ````markdown ````), which CommonMark would swallow into the HTML block."""
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        if HTML_TAG_LINE.match(line) and k + 1 < len(lines) and FENCE.match(lines[k + 1]):
            out.append("")
    return out


def blocks(text: str, pandoc: bool = False, titled: bool = False) -> tuple[str | None, list[tuple[str, object]]]:
    """The page's title and its blocks as the rendered page shows them:
    ("heading", text), ("para", text), ("list", [items]), ("code", (info, text));
    with `pandoc`, a Quarto page's HTML read as Pandoc does (`pandoc_html`). On a
    page `titled` by its front matter, only a `#` heading before anything else
    is the page's title: one further down is a section's (the Rust blog's
    `# LLD is now the default linker` under `## What's in 1.90.0 stable`)."""
    out: list[tuple[str, object]] = []
    title: str | None = None
    dropped = False  # something was left out since the last heading
    items: list[str] = []

    def flush_list() -> None:
        if items:
            out.append(("list", list(items)))
            items.clear()

    def walk(tokens: list[Token]) -> None:
        nonlocal title, dropped
        depth_list = 0
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            kind = tok.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                depth_list += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                depth_list -= 1
                if not depth_list:
                    flush_list()
            elif kind == "list_item_open" and depth_list:
                items.append("")
            elif kind == "heading_open":
                text_ = inline(tokens[i + 1])
                flush_list()
                if out and out[-1][0] == "heading" and dropped:
                    out.pop()  # a heading whose content was all left out (a table, HTML) is left out too
                dropped = False
                if tok.tag == "h1" and title is None and not (titled and out):
                    title = text_
                elif text_:
                    out.append(("heading", text_))
                if depth_list:
                    items.append("")  # a heading inside a list item (`- #### Tokenizer`): the list goes on after it
                i += 3
                continue
            elif kind == "inline":
                text_ = TASK.sub("", inline(tok)) if depth_list else inline(tok)
                if not text_:
                    dropped = True
                elif depth_list:
                    items[-1] = f"{items[-1]} {text_}".strip()
                elif [c.type for c in tok.children or [] if c.type != "text" or c.content.strip()] == ["code_inline"]:
                    out.append(("code", ("", text_)))  # a paragraph that is one code span: a command, shown as code
                else:
                    out.append(("para", text_))
            elif kind in ("fence", "code_block"):
                info = tok.info.strip()
                name = info.split()[0].strip("{}") if info.startswith("{") else None
                if name is not None and name not in CODE_DIRECTIVES:
                    if name in PROSE_DIRECTIVES:
                        body = [ln for ln in tok.content.split("\n") if not DIRECTIVE_OPTION.match(ln)]
                        walk(MARKDOWN.parse("\n".join(unwrap(body))))
                    else:
                        dropped = True
                else:
                    content = tok.content
                    if name is not None:  # `{code-block} python`: its options are no code
                        info = info.split(None, 1)[1] if " " in info else ""
                        content = "\n".join(ln for ln in content.split("\n") if not DIRECTIVE_OPTION.match(ln))
                    code = _code(info, content)
                    dropped = dropped or code is None  # a hidden cell, only includes: nothing shown
                    if code is not None:
                        flush_list()
                        out.append(("code", code))
                        if depth_list:
                            items.append("")
            elif kind in ("html_block", "table_open", "footnote_block_open"):
                dropped = True
                close = {"table_open": "table_close", "footnote_block_open": "footnote_block_close"}.get(kind)
                if close:
                    while tokens[i].type != close:
                        i += 1
            i += 1

    lines = unwrap(raw_blocks(text.replace("\r\n", "\n").split("\n")))
    walk(MARKDOWN.parse("\n".join(pandoc_html(lines) if pandoc else lines)))
    flush_list()
    if out and out[-1][0] == "heading" and dropped:
        out.pop()
    return title, [(k, [t for t in v if t] if k == "list" else v) for k, v in out if v and (k != "list" or any(v))]


INTRO_WORDS = 6
FRONT_TITLE = re.compile(r"^title\s*[:=]\s*(.+?)\s*$", re.MULTILINE)


def front_title(front: str) -> str | None:
    """The `title:` of a post's YAML (or TOML) front matter, unquoted."""
    m = FRONT_TITLE.search(front)
    if not m or m.group(1) in (">", ">-", "|", "|-"):
        return None
    value = m.group(1)
    if value[:1] in "'\"" and value[-1:] == value[:1]:
        value = value[1:-1].replace('\\"', '"').replace("''", "'")
    return inline(MARKDOWN.parseInline(value)[0]) or None


NOT_A_LANGUAGE = frozenset({"text", "txt", "plain", "plaintext", "none", "output", "ignore", "no_run"})


def declared_language(info: str) -> str:
    """A fence's language as a blog engine names it (`rust,ignore` is rust, `sh`
    is shell), or "" for none (`text`, an output block)."""
    name = re.split(r"[\s,{]", info.strip().casefold(), maxsplit=1)[0] if info.strip() else ""
    if name in NOT_A_LANGUAGE:
        return ""
    return canonical_language(name) or {"c++": "cpp", "golang": "go", "rs": "rust"}.get(name, name)


def reads_as_intro(text: str) -> bool:
    """Whether a paragraph can open a post as its intro: a sentence of six words or
    more, not a lead-in (`Use dependencies when:`), a tagline (`formerly pyo3-pack`),
    a release line (`Release 26.1.0 (What's new?)`) or a question (`Q: ...?`)."""
    return len(text.split()) >= INTRO_WORDS and text.rstrip("\"')”’ ")[-1:] in (".", "!")


def convert(path: Path, root: Path, ident: int) -> str | None:
    """The page as an export article, or None when it is not one to convert."""
    converted = convert_with_body(path, root, ident)
    return None if converted is None else converted[0]


def convert_with_body(path: Path, root: Path, ident: int) -> tuple[str, list[tuple[str, object]]] | None:
    """`convert`, with the body's blocks as written (structure_reading.py knows each line by them)."""
    if TEST_DATA.intersection(path.relative_to(root).parts):
        return None  # a test's data (a translation fixer's pages), not documentation
    text = path.read_text(encoding="utf-8", errors="replace")
    front = ""
    if text.startswith(("---", "+++")):
        front, _, text = text[3:].partition("\n---" if text.startswith("---") else "\n+++")
    if not MIN_WORDS <= len(text.split()) <= MAX_POST_WORDS:
        return None
    # A post's title is its `#` heading, or else its front matter's (as the blog engine renders it).
    titled = front_title(front)
    page_title, body = blocks(text, pandoc=path.suffix == ".qmd", titled=titled is not None)
    title = (page_title or titled or title_of(text, path)).strip()
    package = path.relative_to(root).parts[0].rsplit("-", 1)[0]
    intro_at = next((k for k, (kind, v) in enumerate(body) if kind == "para" and reads_as_intro(str(v))), None)
    if not title or intro_at is None or not any(kind == "heading" for kind, _ in body[intro_at:]):
        return None
    intro = str(body.pop(intro_at)[1])
    if intro_at and body[intro_at - 1][0] == "heading" and (intro_at == len(body) or body[intro_at][0] == "heading"):
        body.pop(intro_at - 1)  # the intro was a section's only paragraph (`## uv`): its heading goes with it
    first = next(k for k, (kind, _) in enumerate(body) if kind == "heading")
    body = body[first:]  # what stood before the first heading, beside the intro, is left out
    problem = title.casefold()
    if package.casefold() not in problem:
        title = f"{title} with {package}"
    d = make_corpus.build_clean(Random(ident), ident)
    sections: list[make_corpus.Section] = []
    prose, words, langs = 1, len(title.split()) + len(intro.split()), Counter()
    for kind, value in body:
        if kind == "heading":
            sections.append(make_corpus.Section(str(value), []))
            words += len(str(value).split())
        elif kind == "para":
            sections[-1].paragraphs.append(str(value))
            prose += 1
            words += len(str(value).split())
        elif kind == "list":
            sections[-1].paragraphs.append("\n".join(f"  {make_corpus.BULLET} {item}" for item in value))  # type: ignore[attr-defined]
            words += sum(len(item.split()) for item in value)  # type: ignore[attr-defined]
        else:
            info, code = value  # type: ignore[misc]
            sections[-1].paragraphs.append(code)
            langs[declared_language(info)] += 1
            words += len(code.split())
    langs.pop("", None)
    if len(langs) > 1:
        langs.pop("shell", None)  # a post's language is what its code is written in, not its install commands
    language = langs.most_common(1)[0][0] if langs else "python"
    d.title, d.intro, d.sections = title, intro, sections
    d.caption = f"{problem} with {package} visual reference 1"
    d.field("topic").value = f"{problem} / {package}"
    d.field("summary").value = make_corpus.SUMMARY.format(problem=problem, stack=package)
    d.field("ai outline").set("problem", problem)
    d.field("ai outline").set("stack", package)
    d.field("stack").items = [package, "documentation", language]
    d.field("code language").value = language
    d.field("reading time").value = str(max(1, round(words / WPM)))
    d.field("entities").items = [
        f"name: {package}",
        "type: stack",
        "name: documentation",
        "type: area",
        f"name: {problem}",
        "type: problem",
    ]
    d.field("image sources").set("caption", d.caption)
    d.field("payload").set("paragraphs", str(prose))
    return make_corpus.render(d), body


def is_quarto_post(path: Path) -> bool:
    """Whether an `index` page is a post (Quarto's `blog/<slug>/index.qmd`), not the
    listing a blog's or a section's `index.md` is."""
    return path.suffix == ".qmd" and path.parent.name not in BLOG_FOLDERS


def pages(root: Path, count: int, blog: bool = False) -> list[Path]:
    """Documentation pages (not change logs...), or with `blog` every post
    (a release announcement is a post; a blog's `index` lists the posts)."""
    maximum = MAX_POST_WORDS if blog else MAX_WORDS
    found = [
        p
        for p in sorted(root.rglob("*.*md"))
        if p.suffix in (".md", ".qmd")
        and (p.stem != "index" or is_quarto_post(p) if blog else p.suffix == ".md")
        and (blog or not NOT_ARTICLES.search(p.relative_to(root).as_posix()))
        and MIN_WORDS <= len(p.read_text(encoding="utf-8", errors="replace").split()) <= maximum
    ]
    step = max(1, len(found) // count)
    return found[::step][:count]


def main(argv: list[str] | None = None) -> int:
    global MAX_POST_WORDS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, help="the Markdown (default corpus/real-md-src, with --blog real-blog-src)")
    parser.add_argument("--count", type=int, default=200)
    for name, stand_in in STAND_INS.items():
        parser.add_argument(
            f"--{name}", action="store_true", help=f"the pages are that stand-in's posts ({stand_in.folder})"
        )
    parser.add_argument("--posts", action="store_true", help="with --src: its pages are posts, as a stand-in's are")
    parser.add_argument("--max-words", type=int, help=f"posts of up to this many words (default {MAX_POST_WORDS:,})")
    parser.add_argument("--out", type=Path, help="keep the articles in this folder")
    parser.add_argument("--examples", metavar="CODE", action="append", default=[])
    args = parser.parse_args(argv)
    chosen = next((s for name, s in STAND_INS.items() if getattr(args, name.replace("-", "_"))), None)
    args.blog = chosen is not None or args.posts
    if args.max_words:
        MAX_POST_WORDS = args.max_words
    args.src = args.src or (chosen.path if chosen else Path(__file__).parent / "corpus" / "real-md-src")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        names = []
        for ident, path in enumerate(pages(args.src, args.count, args.blog), 1):
            text = convert(path, args.src, ident)
            if text is not None:
                name = f"{ident:03d}_{path.relative_to(args.src).as_posix().replace('/', '_')}.txt"
                (out / name).write_text(text, encoding="utf-8")
                names.append(name)
        settings = Settings(Config(), AS_OF)
        targets = [Target(n, str(out / n), file_key(out / n, settings.cwd)) for n in names]
        counts: Counter[str] = Counter()
        examples: list[str] = []
        for result in run(targets, settings):
            for f in result.findings:
                counts[f.code] += 1
                if f.code in args.examples:
                    line = (out / result.path).read_text(encoding="utf-8").splitlines()[f.line - 1]
                    examples.append(f"{result.path}:{f.line}: {f.code} {f.message}\n    | {line[:160]}")
    judged = {c: n for c, n in counts.items() if c not in BY_CONSTRUCTION}
    print(f"{len(names)} articles; {sum(judged.values())} findings to judge, by code:")
    for code, n in sorted(judged.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {code} {n}")
    print("by construction: " + ", ".join(f"{c} {counts[c]}" for c in sorted(BY_CONSTRUCTION)))
    for example in examples:
        print(example)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
