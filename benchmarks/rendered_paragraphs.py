"""Markdown read as a documentation site renders it: lintkit's paragraphs against the site's.

    # 1. render, with Python-Markdown and pymdown-extensions (not lintkit's dependencies: a venv of their own)
    python3 -m venv /tmp/pmd && /tmp/pmd/bin/pip install markdown pymdown-extensions
    /tmp/pmd/bin/python benchmarks/rendered_paragraphs.py render PAGE.md... > rendered.json
    # 2. compare, with lintkit's venv
    .venv/bin/python benchmarks/rendered_paragraphs.py compare rendered.json [--misses 15]

`render` converts each page as an MkDocs Material site does (admonitions,
collapsible blocks, content tabs, superfences, pymdown blocks, attribute
lists, tables, footnotes, definition lists) and keeps the text of each
`<p>` outside `<pre>` and list items. `compare` parses the same pages with lintkit's
Markdown format and counts, on words alone (case folded, markup and
punctuation out): the rendered paragraphs lintkit reads as paragraphs,
and lintkit's paragraphs the site renders as paragraphs. A page's prose
read as code, or markup read as prose, shows on one side or the other.

Pages with MkDocs containers, for instance:

    grep -rlE '^\\s*(!!!|\\?\\?\\?\\+?) ?[a-z]|^\\s*===[!+]? +"|^\\s*///+ ?[a-z]' --include=*.md \\
        benchmarks/corpus/real-md-src benchmarks/corpus/real-blog-more-src benchmarks/corpus/real-blog-src
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EXTENSIONS = [
    "admonition",
    "pymdownx.details",
    "pymdownx.superfences",
    "pymdownx.tabbed",
    "attr_list",
    "md_in_html",
    "tables",
    "footnotes",
    "def_list",
    "pymdownx.blocks.admonition",
    "pymdownx.blocks.details",
    "pymdownx.blocks.tab",
]


class _Paragraphs(HTMLParser):
    """The text of each `<p>` outside `<pre>` and list items (a loose list's
    items are `<p>`s, lintkit's a list's entries)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.current: list[str] | None = None
        self.pre = self.li = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.pre += tag == "pre"
        self.li += tag == "li"
        if tag == "p" and not self.pre and not self.li:
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        self.pre -= tag == "pre"
        self.li -= tag == "li"
        if tag == "p" and self.current is not None:
            text = " ".join("".join(self.current).split())
            if text:
                self.found.append(text)
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def render(paths: list[str]) -> dict[str, list[str]]:
    import markdown  # a venv of its own: see the docstring

    out = {}
    for path in paths:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        if text.startswith("---") and (end := text.find("\n---", 3)) > 0:
            text = "\n" * text[: end + 4].count("\n") + text[end + 4 :]  # the front matter out
        try:
            html = markdown.markdown(
                text, extensions=EXTENSIONS, extension_configs={"pymdownx.tabbed": {"alternate_style": True}}
            )
        except Exception as exc:  # a page the renderer fails on is left out, said
            print(f"{path}: not rendered ({exc})", file=sys.stderr)
            continue
        parser = _Paragraphs()
        parser.feed(html)
        out[path] = parser.found
    return out


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def compare(rendered: dict[str, list[str]], misses: int) -> tuple[int, int, int, int]:
    """(rendered paragraphs, of them read as paragraphs, lintkit's paragraphs, of them rendered as such)."""
    from lintkit.formats import FORMATS, parse_bytes
    from lintkit.model import BlockKind

    totals = [0, 0, 0, 0]
    missed: list[tuple[str, str]] = []
    for path, paragraphs in rendered.items():
        article = parse_bytes(Path(path).read_bytes(), path, FORMATS["markdown"])
        blocks = [*article.lead, *(b for s in article.sections for b in s.blocks)]
        mine = [w for b in blocks if b.kind is BlockKind.PARAGRAPH and (w := words(b.text))]
        theirs = [w for p in paragraphs if (w := words(p))]
        mine_set, theirs_set = set(mine), set(theirs)
        totals[0] += len(theirs)
        totals[1] += sum(t in mine_set for t in theirs)
        totals[2] += len(mine)
        totals[3] += sum(m in theirs_set for m in mine)
        missed += [(path, m) for m in mine if m not in theirs_set]
    for path, text in random.Random(1).sample(missed, min(misses, len(missed))):
        print(f"  read as a paragraph, not rendered as one: {path} | {text[:120]}")
    return totals[0], totals[1], totals[2], totals[3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("render", help="render pages (Python-Markdown and pymdown-extensions) to JSON")
    r.add_argument("pages", nargs="+")
    c = sub.add_parser("compare", help="lintkit's paragraphs against the rendered ones")
    c.add_argument("rendered", type=Path)
    c.add_argument("--misses", type=int, default=0, help="print this many of lintkit's paragraphs not rendered")
    args = parser.parse_args(argv)
    if args.command == "render":
        print(json.dumps(render(args.pages)))
        return 0
    rendered = json.loads(args.rendered.read_text(encoding="utf-8"))
    rendered_total, found, mine, kept = compare(rendered, args.misses)
    print(
        f"{len(rendered)} pages; rendered paragraphs read as paragraphs: "
        f"{found} of {rendered_total} ({100 * found / max(rendered_total, 1):.1f} %); lintkit's paragraphs "
        f"rendered as paragraphs: {kept} of {mine} ({100 * kept / max(mine, 1):.1f} %)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
