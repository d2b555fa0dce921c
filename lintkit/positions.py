"""Where a piece of a line as read is in the line as written (any format that reads without markup).

A paragraph's lines are read as a reader sees them (lintkit.formats.markdown.parser): without the
markup (`` `code` ``, `**bold**`, `[text][ref]`, a link's `(url)`, a list item's `- ` or a quote's
`> `), so an offset into that text is no column of the file once markup stands before it on the
line. `source_column` finds the column: the same word, met as many times before, in the line as
written, with the markup that opens it (a backtick, an emphasis mark, a bracket).
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile

_WORD = _compile(r"[^\W_]+")
_OPENERS = "`*_[~"


def source_column(source: str, text: str, offset: int) -> int | None:
    """The 1-based column in `source` (the line as written) of what starts at `offset` in `text`
    (the line as read); None when its first word is not in the source as many times."""
    word = _WORD.search(text, offset)
    if word is None:
        return None
    prefix = text[offset : word.start()]
    whole = re.compile(rf"(?<![^\W_]){re.escape(word.group(0))}(?![^\W_])")
    nth = sum(1 for _ in whole.finditer(text, 0, word.start()))
    found = list(whole.finditer(source))
    if nth >= len(found):
        return None
    at = found[nth].start()
    while at > 0 and source[at - 1] in _OPENERS:
        at -= 1
    if prefix and source[:at].endswith(prefix):
        at -= len(prefix)
    return at + 1
