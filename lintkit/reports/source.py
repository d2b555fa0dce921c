"""`check --show-source`: the line a finding is on, with a caret under its column.

```
article.txt:31:12: DUP005 warning sentence repeated from line 16: ...
    |
 31 | for this python services case, keep the owner, expected result and ...
    |            ^
```

The text is read again from the file the run linted (for standard input, the
copy the run read), decoded as the formats decode it; a line too long for a
terminal is cut to a window around the column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lintkit.formats.decode import decode, split_lines
from lintkit.model import Finding

# The most characters of a line shown; a longer one is cut around the column,
# as ruff cuts its source snippets.
MAX_SOURCE_WIDTH = 100
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x80-\x9f]")


class Sources:
    """The lines of the files a run reports, read once each, most recent first."""

    def __init__(self, files: Mapping[str, str]) -> None:
        self.files = files  # the path a finding names -> the file to read
        self.path = ""
        self.lines: list[str] = []

    def _lines(self, path: str) -> list[str]:
        if path != self.path:
            self.path = path
            try:
                with open(self.files.get(path, path), "rb") as fh:
                    text = decode(fh.read()).text
            except OSError:
                text = None
            self.lines = split_lines(text) if text is not None else []
        return self.lines

    def excerpt(self, f: Finding) -> str:
        """The lines under a finding's line (no trailing newline), or '' when its line is not in the file."""
        lines = self._lines(f.path)
        if not 1 <= f.line <= len(lines):
            return ""
        return excerpt(lines[f.line - 1].rstrip("\r\n"), f.line, f.column)


def excerpt(text: str, line: int, column: int) -> str:
    """`text` (the finding's line) between two gutter lines, and a caret under `column`."""
    # One character for one: a control character would move the cursor, or the caret.
    text = _CONTROL.sub("\ufffd", text)
    column = max(1, min(column, len(text) + 1))
    start = 0
    if len(text) > MAX_SOURCE_WIDTH:
        start = max(0, min(column - 1 - MAX_SOURCE_WIDTH // 2, len(text) - MAX_SOURCE_WIDTH))
        shown = text[start : start + MAX_SOURCE_WIDTH]
        head, tail = ("…" if start else ""), ("…" if start + MAX_SOURCE_WIDTH < len(text) else "")
        text, start = head + shown + tail, start - len(head)
    number = str(line)
    gutter = " " * (len(number) + 1)
    # Tabs stay tabs under the line, so that the caret lands under the column however wide a tab is.
    pad = "".join("\t" if c == "\t" else " " for c in text[: column - 1 - start])
    return f"{gutter} |\n {number} | {text}\n{gutter} | {pad}^"
