"""The body's readings the export's text alone cannot settle.

The parser reads every heading-like line and every chunk one way, by its
shape and its place. Some it reads on a guess any reader of the text would
have to make, for the export keeps no markup to say: these are kept as
doubtful (`Article.doubtful`), so that a count of paragraphs (META006) can
allow for either reading. Only shapes that real posts write both ways are
doubtful, and nothing the export's own sections or paragraphs ever are:

- a short label ending in `:` (`Code Example:`, `Result:`, `Use asyncio.gather
  when:`), read as a heading or as a one-line lead-in paragraph: posts write
  the same line as a heading (`#### Code Example:`) and as a sentence leading
  into what follows (`Interactive:`, `or:`);
- a paragraph of several lines: the export writes a paragraph on one line, so
  a chunk of lines that read as prose is code that holds prose (a prompt, a
  program's output, a string's text) or a paragraph wrapped by hand.
"""

from __future__ import annotations

from lintkit.formats.alphanode.context import LEAD_IN_WORDS, final_char, is_known_heading
from lintkit.model import Block, BlockKind, Line


def doubtful_lines(blocks: list[Block | Line]) -> frozenset[int]:
    """The lines of the headings and blocks (as `read_in_context` leaves them) read on a guess."""
    return frozenset(item.line for item in blocks if _doubtful(item))


def _doubtful(item: Block | Line) -> bool:
    if isinstance(item, Line):
        return _short_label(item.text)
    return item.kind is BlockKind.PARAGRAPH and (len(item.lines) > 1 or _short_label(item.text))


def _short_label(text: str) -> bool:
    """A line of fewer than five words ending in `:`, without a comma: `_lead_ins`
    reads longer ones, or ones with a comma, as sentences."""
    return (
        final_char(text) == ":" and "," not in text and len(text.split()) < LEAD_IN_WORDS and not is_known_heading(text)
    )
