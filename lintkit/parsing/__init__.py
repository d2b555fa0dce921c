"""Input formats: bytes in, Article out. Never raises on content."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path

from lintkit.model import Article, Problem, ProblemKind
from lintkit.parsing import alphanode
from lintkit.parsing.decode import decode

# Bigger than any article; a file this large is a mistake, and reading it
# whole would cost memory for nothing.
MAX_FILE_BYTES = 64 * 1024 * 1024


def unreadable(path: str, message: str, line: int = 1) -> Article:
    return Article(path=path, readable=False, problems=(Problem(ProblemKind.UNREADABLE, message, line),))


def parse_bytes(data: bytes, path: str) -> Article:
    """Decode and parse one file's bytes."""
    decoded = decode(data)
    if decoded.text is None:
        return unreadable(path, decoded.problem or "the file cannot be read", decoded.line)
    article = alphanode.parse(decoded.text, path)
    if not article.sections and article.meta is None:
        problem = Problem(
            ProblemKind.UNREADABLE,
            "no article structure: no section headings and no `alphanode post meta` block",
        )
        return replace(article, readable=False, problems=(problem, *article.problems))
    return article


def read_article(file: Path, path: str) -> Article:
    """Read and parse a file; an I/O error becomes an unreadable article."""
    try:
        st = file.stat()
        if not stat.S_ISREG(st.st_mode):
            return unreadable(path, "not a regular file (a pipe, a device or a socket): it is not read")
        size = st.st_size
        if size > MAX_FILE_BYTES:
            return unreadable(path, f"the file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
        data = file.read_bytes()
    except OSError as exc:
        return unreadable(path, f"cannot read the file: {exc.strerror or exc}")
    return parse_bytes(data, path)
