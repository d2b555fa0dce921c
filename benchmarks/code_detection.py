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
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lintkit.formats import parse_bytes
from lintkit.formats.code import CHECKED_LANGUAGES, detect_language, is_python
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
}
FENCE = re.compile(r"^(```+|~~~+)\s*([\w+-]*)")
FRAME = "| |\n\na post about one snippet\n\nthe intro of the post says what it is about, in a sentence or two.\n\n"


def blocks(root: Path):
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
            # Blocks of the doc's own templating or with two blank lines in a row are left out:
            # the export cannot carry the latter as one block.
            text = "\n".join(body)
            if info in LANGUAGES and body and "\n\n\n" not in text and "{%" not in text:
                yield LANGUAGES[info], text
            i = j + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    total, whole, right, python = Counter(), Counter(), Counter(), Counter()
    for lang, code in blocks(args.dir):
        text = (
            FRAME
            + "Running it\n\nThe listing below is the part that matters here:\n\n"
            + code
            + "\n\nfinal notes\n\ndone.\n"
        )
        article = parse_bytes(text.encode(), "a.txt")
        section = article.sections[0]
        code_blocks = [b for b in section.blocks if b.kind is BlockKind.CODE]
        total[lang] += 1
        whole[lang] += len(section.blocks) == 2 and len(code_blocks) == 1 and code_blocks[0].text == code
        detected = detect_language(code)
        right[lang] += detected == lang if lang in CHECKED_LANGUAGES else detected not in CHECKED_LANGUAGES
        python[lang] += is_python(code)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
