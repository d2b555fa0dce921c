"""What a snippet prints, as a post shows it right after the code: the openings
of its `print` calls' output. An unfenced snippet runs into the output block
after it; a chunk that opens on what the code prints is that output, for the
parser (`alphanode.context`) and for CODE001, which leaves it out of the code.
"""

from __future__ import annotations

from lintkit.compiled import pattern as _compile
from lintkit.memo import text_memo

# A `print` call's string, f-string or not: `print(f"Answer: {x}")`, `print("Evaluation completed successfully!")`.
_PRINT = _compile(r"""\bprint\(\s*([fF]?)(["'])(.*?)\2""")
# The fewest characters of a plain string printed for a line opening on it to be the output.
PRINTED_CHARS = 4


@text_memo
def printed_openings(code: str) -> frozenset[str]:
    """What the code's `print` calls write first: an f-string's label ending in `:` or `=` before its
    first field (`Answer:`, `Results:`, `x =`), or a plain string of four characters or more."""
    found = set()
    for m in _PRINT.finditer(code):
        text = m.group(3).replace("\\n", " ").strip()
        if m.group(1):
            text = text.split("{", 1)[0].strip()
            if text.endswith((":", "=")) and any(c.isalpha() for c in text):
                found.add(text)
        elif len(text) >= PRINTED_CHARS and "{" not in text:
            found.add(text)
    return frozenset(found)


def opens_on_printed(line: str, code: str) -> bool:
    """Whether a line opens on what the code prints (`Answer: It's built for ...` after
    `print(f"Answer: {result['answer']}")`)."""
    stripped = line.strip()
    return bool(stripped) and any(stripped.startswith(p) for p in printed_openings(code))


# A line a program logs or a resolver prints, never a sentence however it reads: dig's `;; ANSWER SECTION:` and a zone
# file's `;` comments (no line of the corpora's Markdown prose opens on `;`), kubeadm's `[preflight] Running pre-flight
# checks` (a tag in lower case in brackets, then the message: 1 paragraph of the corpora's Markdown; alone on its line
# it may still be a heading, Mithril's change log `[refactor] Refactoring of hyperscript.js ...`).
OUTPUT_LINE = _compile(r"^\s*;|^\[[a-z][\w-]{2,}\] [A-Z]")
