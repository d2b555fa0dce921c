"""The export's chunks as the context passes handle them.

What the passes over a body's blocks (`context`, `prose_lines`) and the
parser share: how long a heading can be, which headings the export names,
a line's last character, its words alone, a chunk made a block of a given kind from the
article's lines (code keeps its indentation, prose and list items their
columns), and a chunk of lines a program printed.
"""

from __future__ import annotations

import unicodedata

from lintkit.formats.alphanode.schema import KNOWN_HEADINGS, normalize_heading, strip_bullet
from lintkit.model import Block, BlockKind, Line

# The most a heading has: longer, a line reads as a sentence.
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100


# A lead-in's last character: a colon, or the full-width one (Dragonfly's `... binaries of the plugin：`, then
# `mkdir plugins-path`).
COLONS = (":", "\uff1a")


def is_known_heading(line: str) -> bool:
    return normalize_heading(line) in KNOWN_HEADINGS


def words_only(text: str) -> str:
    """A short line's words alone, case folded, its marks and arrows left out (`↑ Back to top`:
    `back to top`, `Before:` `before`): how a label or a link is recognised, however written."""
    return " ".join("".join(c for c in text.casefold() if c.isalpha() or c == " ").split())


def final_char(text: str, closers: str = "\"')]’”»」』）") -> str:
    """A line's last character that is neither a closing quote or bracket, nor a
    blank, nor an emoji or other symbol after it (`for more! 🎉`); '' when none.
    A full-width stop is its ASCII one: Chinese and Japanese prose ends in `。`, `！`, `：`; a hand or an arrow
    pointing down is a colon."""
    k = len(text)
    if text.rstrip().endswith(_POINTING_DOWN):
        return ":"  # a label pointing at what follows (Kyverno's `More infos 👇` over its links) leads in as `:` does
    while k and (text[k - 1] in closers or text[k - 1].isspace() or unicodedata.category(text[k - 1]) in _TRAILING):
        k -= 1
    return _FULL_WIDTH.get(text[k - 1], text[k - 1]) if k else ""


_POINTING_DOWN = ("👇", "⬇️", "⬇", "↓")
_FULL_WIDTH = {"。": ".", "．": ".", "！": "!", "？": "?", "：": ":", "；": ";", "，": ","}
# Symbols (emoji), their variation selectors and joiners, looked through for a line's last character.
_TRAILING = frozenset({"So", "Sk", "Mn", "Cf"})


def make_block(kind: BlockKind, lines: list[str], idx: list[int]) -> Block:
    if kind is BlockKind.CODE:  # code keeps its indentation
        return Block(kind, tuple(Line(lines[i], i + 1) for i in idx))
    out = []
    for i in idx:
        text = lines[i]
        stripped = text.lstrip()
        out.append(Line(stripped, i + 1, len(text) - len(stripped) + 1))
    if kind is BlockKind.LIST:
        return Block(kind, tuple(out), tuple(Line(strip_bullet(ln.text), ln.line, ln.column) for ln in out))
    return Block(kind, tuple(out))


def is_code(item: Block | Line | None) -> bool:
    return isinstance(item, Block) and item.kind is BlockKind.CODE


def ends_in_colon(item: Block | Line) -> bool:
    """A line, paragraph or list whose last line ends in a colon (`COLONS`), not a known heading: a lead-in."""
    if isinstance(item, Line):
        return item.text.endswith(COLONS) and not is_known_heading(item.text)
    return item.kind in (BlockKind.PARAGRAPH, BlockKind.LIST) and item.lines[-1].text.endswith(COLONS)


def is_one_line(item: Block | Line) -> bool:
    """A heading-like line, or a paragraph of one line: either reading of a line alone."""
    return isinstance(item, Line) or (item.kind is BlockKind.PARAGRAPH and len(item.lines) == 1)


def chunk_rows(item: Block | Line) -> list[int]:
    return [item.line - 1] if isinstance(item, Line) else [ln.line - 1 for ln in item.lines]


def printed_lines(texts: list[str]) -> bool:
    """Lines without a letter (`1`, `2`, `3`, what a loop printed), or among lines without a stop (Deliveroo's
    printed `Des yeux qui font baisser les miens`, `1`): a program's output, never a paragraph, which the export
    writes on one line and in words."""
    if len(texts) < 2:
        return False
    if not any(c.isalpha() for t in texts for c in t):
        return True
    return any(t.strip().isdigit() for t in texts) and not any(t.rstrip().endswith((".", "!", "?", ":")) for t in texts)
