"""Fixes: the edits findings carry, applied to a file's bytes, and nothing else changed.

A rule attaches a `model.Fix` to a finding when the text says what the
repair is (the reading time from the body's words, say). This module:

- `apply` makes the edits of non-overlapping fixes on the file's bytes: the
  byte-order mark, every line break (LF, CRLF or CR, as the file has them),
  indentation and every byte outside the edits stay as they were;
- `fix_bytes` lints, fixes and lints again until nothing is left to fix
  (fixes that overlap wait for the next pass), at most `MAX_PASSES` times;
- `write_atomically` replaces a file by a temporary file of the same folder
  renamed over it, keeping its mode, and only if it still holds the bytes
  the fixes were made from.

The edits' lines and columns are those the parser numbers (formats.decode:
CRLF, CR and LF each end a line; a column counts characters).
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from lintkit.compiled import pattern as _compile
from lintkit.formats.decode import split_lines
from lintkit.model import Applicability, Article, Edit, Fix

MAX_PASSES = 10
_BREAK = _compile(r"\r\n|\r|\n")


def wanted(fixes: Iterable[Fix | None], unsafe: bool) -> list[Fix]:
    """The fixes `--fix` applies (the safe ones), or with `--unsafe-fixes` all."""
    return [f for f in fixes if f is not None and (unsafe or f.applicability is Applicability.SAFE)]


_DIGITS = _compile(r"\d+")


def replace_number(lines: Sequence[str], line: int, value: int, new: int, message: str) -> Fix | None:
    """A safe fix that writes `new` in place of the number `value` on a line
    (`reading time9`, `reading_time: 9`, `readingTime = "9"`), or None when
    the line does not hold it exactly once: the fix must not guess."""
    if not 1 <= line <= len(lines):
        return None
    runs = [m for m in _DIGITS.finditer(lines[line - 1]) if int(m.group()) == value]
    if len(runs) != 1:
        return None
    m = runs[0]
    return Fix(message, Applicability.SAFE, (Edit(line, m.start() + 1, line, m.end() + 1, str(new)),))


def delete_line(line: int, message: str, last: int | None = None) -> Fix:
    """A safe fix that deletes a whole line (or the lines up to `last`), line breaks included."""
    return Fix(message, Applicability.SAFE, (Edit(line, 1, (last or line) + 1, 1, ""),))


def replace_text(
    lines: Sequence[str], line: int, old: str, new: str, message: str, applicability: Applicability
) -> Fix | None:
    """A fix that writes `new` in place of `old` on a line, or None when the
    line does not hold `old` exactly once."""
    if not old or not 1 <= line <= len(lines) or lines[line - 1].count(old) != 1:
        return None
    start = lines[line - 1].index(old) + 1
    return Fix(message, applicability, (Edit(line, start, line, start + len(old), new),))


def source_lines(article: Article) -> list[str]:
    """The article's lines as the file has them (`Article.lines` are cleaned:
    no trailing blanks, no invisible marks), for edits that must count the
    columns of the file itself."""
    return split_lines(article.text)


def replace_lines(
    raw: Sequence[str], first: int, last: int, new: Sequence[str], message: str, applicability: Applicability
) -> Fix:
    """A fix that writes the lines `new` in place of the lines `first` to
    `last` (the file's lines, `source_lines`); the last one's line break stays."""
    return Fix(message, applicability, (Edit(first, 1, last, len(raw[last - 1]) + 1, "\n".join(new)),))


def delete_block(lines: Sequence[str], first: int, last: int, message: str, applicability: Applicability) -> Fix | None:
    """A fix that deletes the lines `first` to `last` with one blank line
    beside them (the one after, else the one before), so that the blocks
    around stay one blank line apart; None when the lines are not set apart
    by blank lines (or the file's start and end), as a block of its own is."""
    if not 1 <= first <= last <= len(lines):
        return None
    if (first > 1 and lines[first - 2].strip()) or (last < len(lines) and lines[last].strip()):
        return None
    if last < len(lines):
        last += 1
    elif first > 1:
        first -= 1
    return Fix(message, applicability, (Edit(first, 1, last + 1, 1, ""),))


def _line_starts(text: str) -> tuple[list[int], list[int]]:
    """Where each line starts, and where its text ends (before its line break)."""
    starts, ends = [0], []
    for m in _BREAK.finditer(text):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    return starts, ends


def _offset(starts: list[int], ends: list[int], line: int, column: int) -> int:
    if line > len(starts):
        return ends[-1]
    i = max(line, 1) - 1
    return min(starts[i] + max(column, 1) - 1, ends[i])


def apply(data: bytes, fixes: Sequence[Fix]) -> tuple[bytes, list[Fix]]:
    """The bytes with the edits of each fix that overlaps no fix before it
    (those are left for the next pass), and the fixes applied. The data must
    be UTF-8 (with or without a byte-order mark): a fix is only made for a
    file the parser read."""
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    text = data[len(bom) :].decode("utf-8")
    starts, ends = _line_starts(text)
    # A line break in an edit's content is written as the file writes its first one.
    first = _BREAK.search(text)
    eol = first.group() if first else "\n"
    taken: list[tuple[int, int]] = []
    replacements: list[tuple[int, int, str]] = []
    applied = []
    for fix in fixes:
        spans = [
            (
                _offset(starts, ends, e.line, e.column),
                _offset(starts, ends, e.end_line, e.end_column),
                e.content.replace("\n", eol) if eol != "\n" else e.content,
            )
            for e in fix.edits
        ]
        if any(a > b for a, b, _ in spans):
            continue  # an edit that ends before it starts: a rule's mistake, not applied
        if any(_overlap(a, b, x, y) for a, b, _ in spans for x, y in taken):
            continue
        taken += [(a, b) for a, b, _ in spans]
        replacements += spans
        applied.append(fix)
    for a, b, content in sorted(replacements, key=lambda r: (r[0], r[1]), reverse=True):
        text = text[:a] + content + text[b:]
    return bom + text.encode("utf-8"), applied


def _overlap(a: int, b: int, x: int, y: int) -> bool:
    """Two spans [a, b) and [x, y) that touch the same text (two insertions at one place count)."""
    return (a < y and x < b) or a == b == x == y


def fix_bytes(data: bytes, lint: Callable[[bytes], Sequence[Fix]], passes: int = MAX_PASSES) -> tuple[bytes, int]:
    """Lint, apply the fixes, lint the result again, until no fix is left or
    none applies (at most `passes` times). `lint` gives the fixes wanted on
    some bytes. Returns the bytes and the number of fixes applied."""
    count = 0
    for _ in range(passes):
        fixes = lint(data)
        if not fixes:
            break
        data, applied = apply(data, fixes)
        if not applied:
            break
        count += len(applied)
    return data, count


class Changed(Exception):
    """The file no longer holds the bytes the fixes were made from."""


def write_atomically(path: Path, old: bytes, new: bytes) -> None:
    """Replace the file's content `old` by `new`: written to a temporary file
    in the same folder (so that the rename is atomic), with the file's mode,
    then renamed over it if the file still holds `old` (raises Changed
    otherwise, and leaves it alone). A process killed at any moment leaves
    the file whole, old or new."""
    mode = stat.S_IMODE(path.stat().st_mode)
    import tempfile  # only --fix writes: the rules import this module for their fixes

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".lintkit-fix")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(new)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        if path.read_bytes() != old:
            raise Changed(str(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
