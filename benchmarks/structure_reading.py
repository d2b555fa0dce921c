"""How the export parser reads real posts' structure, judged without reading them.

    .venv/bin/python benchmarks/structure_reading.py [--src DIR] [--count 200] [--blog] [--examples N]

`real_articles.py` converts real Markdown pages into export articles and
counts the findings lintkit makes on them; each must then be judged by
reading its page. This script needs no judging: the converter knows what
each line of the article it writes is (a heading, a paragraph, a list item,
a code block's lines), so every line the parser reads otherwise is a
misreading, found before it turns into a finding (STR004 on a command read
as a heading, META006 on a heading read as a paragraph, DUP002 on output
read as prose). It prints, for the body of every converted page:

- each kind of line as written against how it was read (a confusion table:
  headings read as headings, as paragraphs, as code...);
- code blocks read whole, as one code block of exactly their lines;
- for each misreading, its count and examples (the page and the line).

It runs on any folder of Markdown the fetcher fills, most of it text no
round of fixes was tuned on: `--count 10000` reads every page of it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import real_articles  # beside this script

from lintkit.formats import parse_bytes
from lintkit.model import Article

# How a line may be read: a block's kind, "heading", "title", or "nothing" (a line no block holds).
Reading = str


def readings(article: Article) -> dict[int, tuple[Reading, int]]:
    """Each line of the parsed body: how it was read, and the first line of the block holding it."""
    read: dict[int, tuple[Reading, int]] = {}
    if article.title is not None:
        read[article.title.line] = ("title", article.title.line)
    for block in article.lead:
        for ln in block.lines:
            read[ln.line] = (block.kind.value, block.line)
    for section in article.sections:
        read[section.heading.line] = ("heading", section.heading.line)
        for block in section.blocks:
            for ln in block.lines:
                read[ln.line] = (block.kind.value, block.line)
    return read


def body_lines(text: str, body: list[tuple[str, object]]) -> list[tuple[str, int, int, str]]:
    """Each body item as written: (kind, first line, last line, its text), from how
    make_corpus.render lays sections out (a heading, then each paragraph, list or
    code block, each followed by a blank line). Empty when the first heading is not found."""
    lines = text.split("\n")
    first = str(body[0][1])
    try:
        at = lines.index(first, 2) + 1  # 1-based; the title and the intro come before
    except ValueError:
        return []
    out = []
    for kind, value in body:
        if kind == "list":
            written = "\n".join(f"  {real_articles.make_corpus.BULLET} {item}" for item in value)  # type: ignore[attr-defined]
        elif kind == "code":
            written = str(value[1])  # type: ignore[index]
        else:
            written = str(value)
        span = written.count("\n") + 1
        out.append((kind, at, at + span - 1, written))
        at += span + 1
    return out


def judge(item: tuple[str, int, int, str], read: dict[int, tuple[Reading, int]], written: dict[int, str]) -> str:
    """How one item was read: "right", or what went wrong, in a few words
    (`written`: what each line of the body is, by the converter)."""
    kind, start, end, text = item
    # Its lines but the blank ones (inside a code block: no block holds them when it is split there).
    seen = [read.get(n, ("nothing", 0)) for n, ln in enumerate(text.split("\n"), start) if ln.strip()]
    kinds = {k for k, _ in seen}
    blocks = {b for _, b in seen}
    if kind == "heading":
        return "right" if seen[0][0] == "heading" else f"read as {seen[0][0]}"
    if kind == "para":
        if seen[0][0] == "paragraph":
            return _merged(start, end, read, written)
        return f"read as {seen[0][0]}"
    if kind == "list":
        if kinds == {"list"}:
            return "right" if len(blocks) == 1 else "split"
        return "read as " + "+".join(sorted(kinds))
    # code
    if kinds == {"code"}:
        if len(blocks) > 1:
            return "split into code blocks"
        return _merged(start, end, read, written)
    return "partly read as " + "+".join(sorted(kinds - {"code"}))


def _merged(start: int, end: int, read: dict[int, tuple[Reading, int]], written: dict[int, str]) -> str:
    """ "right" when the block holding `start` holds exactly the lines start..end,
    else what else it holds (the kinds those lines were written as)."""
    block = read[start][1]
    others = {written.get(n, "frame") for n, (_, b) in read.items() if b == block and not start <= n <= end}
    others.discard("blank")
    return "right" if not others else "merged with " + "+".join(sorted(others))


def code_line_shape(text: str, k: int, lines: list[str]) -> str:
    """A misread code line's shape and place, for `--code-lines`: what it looks like
    (a comment, a sentence, three words or fewer, symbols, words) and where it stands."""
    t = text.strip()
    words = len(t.split())
    if re.match(r"(#|//|--|/\*|\*)", t):
        look = "comment"
    elif t.endswith((".", "!", "?")) and words >= 4:
        look = "sentence-like"
    elif words <= 3:
        look = "three words or fewer"
    elif re.search(r"[{};=()\[\]<>]", t):
        look = "symbols"
    else:
        look = "words"
    solid = [n for n, ln in enumerate(lines) if ln.strip()]
    place = "alone" if len(solid) == 1 else "first" if k == solid[0] else "last" if k == solid[-1] else "middle"
    return f"{look}, {place}"


def measure(
    src: Path, count: int, blog: bool = False, shown: int = 5, code_lines: Counter[str] | None = None
) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], list[str]], int]:
    """Every converted page below `src` read and judged: (kind written, verdict) -> items,
    the examples of each misreading (at most `shown`), and the articles aligned. With
    `code_lines`, each code line read as a heading or a paragraph is counted there by
    how it was read and its shape (`code_line_shape`)."""
    table: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    articles = 0
    for ident, path in enumerate(real_articles.pages(src, count, blog), 1):
        converted = real_articles.convert_with_body(path, src, ident)
        if converted is None:
            continue
        text, body = converted
        items = body_lines(text, body)
        if not items:
            continue
        articles += 1
        article = parse_bytes(text.encode(), "post.txt")
        read = readings(article)
        written = {n: kind for kind, start, end, _ in items for n in range(start, end + 1)}
        written.update((end + 1, "blank") for _, _, end, _ in items)  # the blank line after each
        for item in items:
            if code_lines is not None and item[0] == "code":
                lines = item[3].split("\n")
                for k, ln in enumerate(lines):
                    how = read.get(item[1] + k, ("nothing", 0))[0]
                    if ln.strip() and how in ("heading", "paragraph"):
                        code_lines[f"read as {how}: {code_line_shape(ln, k, lines)}"] += 1
            verdict = judge(item, read, written)
            if verdict.startswith("read as") and item[1] in article.doubtful:
                verdict += " (doubtful: META006 allows both)"
            table[item[0], verdict] += 1
            if verdict != "right" and len(examples[item[0], verdict]) < shown:
                where = path.relative_to(src).as_posix()
                examples[item[0], verdict].append(f"{where} :{item[1]}  {item[3][:150]!r}")
    return table, examples, articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=Path(__file__).parent / "corpus" / "real-md-src")
    parser.add_argument("--count", type=int, default=200, help="pages at most (every k-th of them)")
    parser.add_argument("--blog", action="store_true", help="the pages are blog posts (every post)")
    parser.add_argument("--examples", type=int, default=5, help="examples shown per misreading")
    parser.add_argument(
        "--code-lines", action="store_true", help="count the code lines read as headings or paragraphs by shape"
    )
    args = parser.parse_args(argv)
    code_lines: Counter[str] | None = Counter() if args.code_lines else None
    table, examples, articles = measure(args.src, args.count, args.blog, args.examples, code_lines)
    print(f"{articles} articles")
    for kind in ("heading", "para", "list", "code"):
        total = sum(n for (k, _), n in table.items() if k == kind)
        if not total:
            continue
        right = table[kind, "right"]
        print(f"{kind}: {total}, read right {right} ({100 * right / total:.1f} %)")
        for (k, verdict), n in sorted(table.items(), key=lambda kv: -kv[1]):
            if k == kind and verdict != "right":
                print(f"  {verdict}: {n}")
                for example in examples[k, verdict]:
                    print(f"      {example}")
    if code_lines is not None:
        print("code lines read as prose, by shape:")
        for shape, n in code_lines.most_common():
            print(f"  {shape}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
