"""Code detection per language on real code blocks, in the export's frame.

    python benchmarks/code_detection.py DIR

Reads the fenced code blocks of the Markdown files below DIR (for instance
the real documentation that fetch_markdown_docs.py extracts), keeps those
whose info string names a language below, writes each unfenced into the
export format as a real post would carry it (a heading, a lead-in
paragraph, the code), parses it, and prints per language: blocks, blocks
read as one whole code block, blocks whose detected language is right
(for the languages lintkit checks) or at least not one of those it checks
(for the others), and blocks taken for Python beyond doubt (CODE001 would
parse them).

It then measures the other side, real prose read as code: each paragraph
of the same documents (as make_markdown.py's --real pool keeps them, joined
into one line as the export writes a paragraph) after a heading and before
a real code block, and again right after that code block; and each real
heading before a paragraph, alone, right after a shell session and right after a real code block (where a
block's last line, after a blank one, may stand alone). False code costs more than missed code: a
paragraph read as code is lost to every prose rule.

    python benchmarks/code_detection.py DIR --misses python [--limit 20]

prints the blocks of a language not read whole, each with how it was read.

    python benchmarks/code_detection.py benchmarks/corpus/code-samples --any-language --no-prose

counts every fence language by its own name: the snippets of some forty languages that
fetch_code_samples.py cuts from Pygments' example files.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from make_markdown import load_real  # beside this script

from lintkit.formats import parse_bytes
from lintkit.formats.detect import detect_language, is_python
from lintkit.formats.languages import CHECKED_LANGUAGES
from lintkit.model import BlockKind

LANGUAGES = {
    "python": "python",
    "py": "python",
    "rust": "rust",
    "rs": "rust",
    "toml": "toml",
    "yaml": "yaml",
    "yml": "yaml",
    "json": "json",
    "bash": "shell",
    "sh": "shell",
    "shell": "shell",
    "console": "shell",
    "javascript": "javascript",
    "js": "javascript",
    "go": "go",
    "java": "java",
    "c": "c",
    "cpp": "c",
    "diff": "output",
    "sql": "sql",
    "psql": "sql",
    "pgsql": "sql",
    "plpgsql": "sql",
    "postgresql": "sql",
    "mysql": "sql",
    "ruby": "ruby",
    "rb": "ruby",
    "typescript": "typescript",
    "ts": "typescript",
    "tsx": "typescript",
    "jsx": "javascript",
    # The web's own and data work's: HTML (Foundation's `html_example` is HTML the page renders below it),
    # templates, style sheets, R, configuration.
    "html": "html",
    "html_example": "html",
    "handlebars": "html",
    "vue": "html",
    "css": "css",
    "scss": "css",
    "sass": "css",
    "less": "css",
    "stylus": "css",
    "styl": "css",
    "r": "r",
    "ini": "ini",
    "dockerfile": "dockerfile",
    "docker": "dockerfile",
    "nginx": "nginx",
    "hcl": "hcl",
    "terraform": "hcl",
    "makefile": "makefile",
    "make": "makefile",
    "groovy": "groovy",
}
FENCE = re.compile(r"^(```+|~~~+)\s*([\w+-]*)")
SNIPPET = re.compile(r"^\s*-+8<-+")
FRAME = "| |\n\na post about one snippet\n\nthe intro of the post says what it is about, in a sentence or two.\n\n"


def blocks(root: Path, any_language: bool = False):
    """(language, code) of each fenced block below `root` whose language is in LANGUAGES (with
    `any_language`, of every block with an info string, named by it)."""
    for path in sorted(root.rglob("*.md")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        i = 0
        while i < len(lines):
            m = FENCE.match(lines[i].strip())
            if not m:
                i += 1
                continue
            fence, info = m.group(1), m.group(2).lower()
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith(fence[:3]):
                j += 1
            body = [ln.rstrip() for ln in lines[i + 1 : j]]
            while body and not body[0].strip():
                body.pop(0)
            while body and not body[-1].strip():
                body.pop()
            # Blocks of the doc's own templating (Jinja, a snippet's include `--8<-- "file.py"`: the page
            # shows the file instead) or with two blank lines in a row are left out: the export cannot carry
            # the latter as one block.
            text = "\n".join(body)
            include = all(SNIPPET.match(ln) for ln in body if ln.strip())
            known = info in LANGUAGES or (any_language and info)
            if known and body and "\n\n\n" not in text and "{%" not in text and not include:
                yield LANGUAGES.get(info, info), text
            i = j + 1


def _read(body: str):
    """The article of a post whose first section holds `body`."""
    return parse_bytes((FRAME + "Running it\n\n" + body + "\n\nfinal notes\n\ndone.\n").encode(), "a.txt")


def _shape(article) -> str:
    """How an article's body was read: each heading and block, one line each."""
    out = []
    for section in article.sections[:-1]:
        out.append(f"  HEADING {section.heading.text[:70]!r}")
        for b in section.blocks:
            out.append(f"  {b.kind.name:<9} {b.text[:70]!r}{' ...' if len(b.text) > 70 else ''}")
    return "\n".join(out)


def _in_code(line: str, text: str) -> bool:
    """Whether `line` is read as part of a code block of the article `text`."""
    article = parse_bytes(text.encode(), "a.txt")
    blocks = [*article.lead, *(b for s in article.sections for b in s.blocks)]
    return any(b.kind is BlockKind.CODE and any(ln.text.strip() == line.strip() for ln in b.lines) for b in blocks)


# Sessions a heading may follow: a command alone, and a command with its output.
SESSIONS = ("$ cargo build --release", "$ docker ps\nCONTAINER ID   IMAGE     COMMAND")


def prose_as_code(root: Path, snippets: list[str]) -> tuple[int, int, tuple[int, int, int, int, int], int, list[str]]:
    """Real paragraphs read as code (after a heading before code, and after
    code), out of how many; real headings read as code, after a paragraph,
    after a lead-in, before code, after a shell session and after code, out of how many; and examples."""
    pool = load_real(root)
    paragraphs = [" ".join(p.split()) for p in pool.paragraphs]
    wrong_paragraphs = wrong_headings = 0
    examples: list[str] = []
    for k, para in enumerate(paragraphs):
        code = snippets[k % len(snippets)]
        for body in (para + "\n\n" + code, "The listing below:\n\n" + code + "\n\n" + para):
            blocks = _read(body).sections[0].blocks
            if any(b.kind is BlockKind.CODE and para in b.text for b in blocks):
                wrong_paragraphs += 1
                examples.append(f"paragraph: {para[:100]!r}")
                break
    after_lead_in = heading_before_code = after_session = after_code = 0
    for k, heading in enumerate(pool.headings):
        section = heading + "\n\nA paragraph of the section, as a post has one.\n"
        if _in_code(heading, FRAME + section):
            wrong_headings += 1
            examples.append(f"heading: {heading[:100]!r}")
        # The worst case: the heading right after a line ending in `:`, which real posts seldom write.
        lead_in = FRAME.replace("or two.", "or two, in these parts:")
        if _in_code(heading, lead_in + section):
            after_lead_in += 1
            examples.append(f"heading after a lead-in: {heading[:100]!r}")
        # A heading right before code, as posts set a short section (`Installation`, then the command).
        before_code = heading + "\n\n" + snippets[k % len(snippets)] + "\n\nA paragraph after the code.\n"
        if _in_code(heading, FRAME + before_code):
            heading_before_code += 1
            examples.append(f"heading before code: {heading[:100]!r}")
        # Right after a session: a command that printed nothing, then one with its output.
        for session in SESSIONS:
            if _in_code(heading, FRAME + "Run it:\n\n" + session + "\n\n" + section):
                after_session += 1
                examples.append(f"heading after a session: {heading[:100]!r}")
        # Right after a code block, as a post opens its next section.
        if _in_code(heading, FRAME + "Run it:\n\n" + snippets[(k + 1) % len(snippets)] + "\n\n" + section):
            after_code += 1
            examples.append(f"heading after code: {heading[:100]!r}")
    counts = (wrong_headings, after_lead_in, heading_before_code, after_session, after_code)
    return wrong_paragraphs, len(paragraphs), counts, len(pool.headings), examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--misses", metavar="LANG", help="print the blocks of LANG not read whole")
    parser.add_argument("--limit", type=int, default=50, help="how many misses or prose examples to print")
    parser.add_argument("--no-prose", action="store_true", help="skip the prose measurement")
    parser.add_argument(
        "--any-language", action="store_true", help="count every fence language, by its name (fetch_code_samples.py)"
    )
    args = parser.parse_args(argv)
    total, whole, right, python = Counter(), Counter(), Counter(), Counter()
    snippets: list[str] = []
    shown = 0
    for lang, code in blocks(args.dir, args.any_language):
        article = _read("The listing below is the part that matters here:\n\n" + code)
        section = article.sections[0]
        code_blocks = [b for b in section.blocks if b.kind is BlockKind.CODE]
        total[lang] += 1
        ok = len(section.blocks) == 2 and len(code_blocks) == 1 and code_blocks[0].text == code
        whole[lang] += ok
        if ok:
            snippets.append(code)
        elif lang == args.misses and shown < args.limit:
            shown += 1
            print(f"--- {lang} miss {shown}:\n{code}\n--- read as:\n{_shape(article)}\n")
        detected = detect_language(code)
        right[lang] += detected == lang if lang in CHECKED_LANGUAGES else detected not in CHECKED_LANGUAGES
        python[lang] += is_python(code)
    if not total:
        print(f"no code block in {args.dir}: nothing to measure", file=sys.stderr)
        return 1
    print("| language | blocks | read as code, whole | language right | taken for Python |")
    print("|---|---:|---:|---:|---:|")
    for lang in sorted(total):
        n = total[lang]
        print(
            f"| {lang} | {n} | {whole[lang]} ({whole[lang] / n:.1%}) | {right[lang]} ({right[lang] / n:.1%}) "
            f"| {python[lang]} |"
        )
    n = sum(total.values())
    print(
        f"| all | {n} | {sum(whole.values())} ({sum(whole.values()) / n:.1%}) | {sum(right.values())} "
        f"({sum(right.values()) / n:.1%}) | {sum(python.values())} |"
    )
    if not args.no_prose:
        paragraphs, n_paragraphs, counts, n_headings, examples = prose_as_code(args.dir, snippets)
        headings, after_lead_in, before_code, after_session, after_code = counts
        print(
            f"\nreal paragraphs read as code: {paragraphs} of {n_paragraphs}; real headings read as code: "
            f"{headings} of {n_headings}, {before_code} right before code, {after_lead_in} right after a line "
            f"ending in ':' (a worst case), {after_session} of {len(SESSIONS) * n_headings} right after a session, "
            f"{after_code} right after code"
        )
        for example in examples[: args.limit]:
            print("  " + example)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
