"""Real documentation pages as clean export articles, linted: findings per code.

    .venv/bin/python benchmarks/real_articles.py [--src DIR] [--count 200] [--out DIR] [--examples CODE]

Converts Markdown pages of real package documentation (DIR, by default
benchmarks/corpus/real-md-src/, filled by benchmarks/fetch_markdown_docs.py)
into the alphanode export as a faithful converter would: the page's first
`#` heading as the title (with the package's name when it lacks it), its
first paragraph as the intro, each `##`..`####` heading with its paragraphs
(inline markup dropped, as the page's text reads), lists as `  • item`
lines, and each fenced code block unfenced. The frame around the body
(breadcrumb, caption, checklist, final notes, meta) comes from
make_corpus.build_clean, with the meta filled consistently from the page:
topic, summary, outline and entities name the page's title (the problem)
and the package (the stack), `code language` is the page's most frequent
checked language, `reading time` its prose words at 230 a minute, payload
`paragraphs` its prose paragraph count.

The pages are those make_aged_docs.py keeps (no change logs, licences...)
of 150 to 3,000 words, every k-th in sorted order to keep `--count`. The
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import make_corpus
from make_aged_docs import NOT_ARTICLES, title_of

from lintkit.config import Config
from lintkit.files import Target, file_key
from lintkit.formats.languages import canonical_language
from lintkit.pipeline.run import run
from lintkit.pipeline.settings import Settings

AS_OF = dt.date(2026, 11, 24)
BY_CONSTRUCTION = frozenset({"STR006", "META010", "META012"})
MIN_WORDS, MAX_WORDS = 150, 3000
WPM = 230

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*(\{?[\w+#.-]*)")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+(.*)$")
SKIP = re.compile(r"^\s*(<|\{%|\{\{|\||!!!|\?\?\?|===|:::|\[\^|--8<--|\[[^\]]+\]:\s|-{3,}\s*$|\*{3,}\s*$)")


def inline(text: str) -> str:
    """A Markdown line's text as the rendered page reads it."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<[^>]+>|\{[#.:][^}]*\}|:[a-z]+(-[a-z0-9]+)+:", "", text)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])|(?<!\w)_([^_\s][^_]*?)_(?!\w)", r"\1\2", text)
    return " ".join(text.split())


def blocks(text: str) -> tuple[str | None, list[tuple[str, object]]]:
    """The page's title and its blocks: ("heading", text), ("para", text),
    ("list", [items]), ("code", (info, text))."""
    # Comments and MyST labels (`(name)=`) are not on the rendered page.
    text = re.sub(r"<!--.*?-->", "", text.replace("\r\n", "\n"), flags=re.DOTALL)
    lines = [ln for ln in text.split("\n") if not re.match(r"^\s*\(.+\)=\s*$", ln)]
    title, out, para, items = None, [], [], []
    dropped = False
    i = 0

    def flush() -> None:
        if para:
            out.append(("para", inline(" ".join(para))))
            para.clear()
        if items:
            out.append(("list", [inline(t) for t in items if inline(t)]))
            items.clear()

    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            flush()
            indent, marker, info = fence.groups()
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(marker):
                body.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i].lstrip())
                i += 1
            code = re.sub(r"\n{3,}", "\n\n", "\n".join(b.rstrip() for b in body).strip("\n"))
            if code and "{%" not in code and not info.startswith("{"):  # a MyST directive is no code
                out.append(("code", (info.lower(), code)))
            i += 1
            continue
        heading = HEADING.match(line)
        if heading:
            flush()
            # A heading whose content was all left out (a table, images, HTML) is left out too.
            if out and out[-1][0] == "heading" and dropped:
                out.pop()
            dropped = False
            text_ = inline(heading.group(2))
            if len(heading.group(1)) == 1 and title is None:
                title = text_
            elif text_:
                out.append(("heading", text_))
        elif not line.strip():
            flush()
        elif SKIP.match(line) or (line.startswith("    ") and not items):
            flush()
            dropped = True
        elif ITEM.match(line):
            if para:
                flush()
            items.append(ITEM.match(line).group(2))  # type: ignore[union-attr]
        elif items and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        else:
            para.append(re.sub(r"^(>\s?)+", "", line.strip()))  # a quote's text
        i += 1
    flush()
    return title, [b for b in out if b[1]]


def convert(path: Path, root: Path, ident: int) -> str | None:
    text = path.read_text(encoding="utf-8", errors="replace")
    if text.startswith(("---", "+++")):
        text = text.split("\n---", 1)[-1] if text.startswith("---") else text.split("\n+++", 1)[-1]
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        return None
    page_title, body = blocks(text)
    title = (page_title or title_of(text, path)).strip()
    package = path.relative_to(root).parts[0].rsplit("-", 1)[0]
    intro_at = next((k for k, (kind, _) in enumerate(body) if kind == "para"), None)
    if not title or intro_at is None or not any(kind == "heading" for kind, _ in body[intro_at:]):
        return None
    intro = str(body.pop(intro_at)[1])
    first = next(k for k, (kind, _) in enumerate(body) if kind == "heading")
    body = body[first:]  # what stood before the first heading, beside the intro, is left out
    problem = title.casefold()
    if package.casefold() not in problem:
        title = f"{title} with {package}"
    d = make_corpus.build_clean(Random(ident), ident)
    sections: list[make_corpus.Section] = []
    prose, prose_words, langs = 1, len(intro.split()), Counter()
    for kind, value in body:
        if kind == "heading":
            sections.append(make_corpus.Section(str(value), []))
        elif kind == "para":
            sections[-1].paragraphs.append(str(value))
            prose += 1
            prose_words += len(str(value).split())
        elif kind == "list":
            sections[-1].paragraphs.append("\n".join(f"  {make_corpus.BULLET} {item}" for item in value))  # type: ignore[attr-defined]
            prose_words += sum(len(item.split()) for item in value)  # type: ignore[attr-defined]
        else:
            info, code = value  # type: ignore[misc]
            sections[-1].paragraphs.append(code)
            langs[canonical_language(info) or ""] += 1
    langs.pop("", None)
    language = langs.most_common(1)[0][0] if langs else "python"
    d.title, d.intro, d.sections = title, intro, sections
    d.caption = f"{problem} with {package} visual reference 1"
    d.field("topic").value = f"{problem} / {package}"
    d.field("summary").value = make_corpus.SUMMARY.format(problem=problem, stack=package)
    d.field("ai outline").set("problem", problem)
    d.field("ai outline").set("stack", package)
    d.field("stack").items = [package, "documentation", language]
    d.field("code language").value = language
    d.field("reading time").value = str(max(1, round(prose_words / WPM)))
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
    return make_corpus.render(d)


def pages(root: Path, count: int) -> list[Path]:
    found = [
        p
        for p in sorted(root.rglob("*.md"))
        if not NOT_ARTICLES.search(p.relative_to(root).as_posix())
        and MIN_WORDS <= len(p.read_text(encoding="utf-8", errors="replace").split()) <= MAX_WORDS
    ]
    step = max(1, len(found) // count)
    return found[::step][:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=Path(__file__).parent / "corpus" / "real-md-src")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--out", type=Path, help="keep the articles in this folder")
    parser.add_argument("--examples", metavar="CODE", action="append", default=[])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        names = []
        for ident, path in enumerate(pages(args.src, args.count), 1):
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
