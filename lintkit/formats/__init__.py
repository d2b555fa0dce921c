"""Input formats: bytes in, Article out, whatever the format. Never raises on content.

A format is an object with a `name`, the file `suffixes` it claims and a
`parse(text, path) -> Article` that never raises on content (what it cannot
place becomes a `Problem`). `FORMATS` is the table of them; `format_for`
picks one for a file: by the config's `[tool.lintkit.formats]` globs first
(`"*.text" = "alphanode"`, the first that matches, in the order written),
then by suffix. Discovery walks the files some format claims; a file named
on the command line that none claims is read as `DEFAULT_FORMAT`. A format
that reads options of the config (Markdown's front matter keys) gives a
copy set up with them (`configured`); the run parses with that copy.

The table names each format by its module: a format's parser is imported
the first time a file of that format is parsed, so that a run on the export
never imports the Markdown parser, a run on Markdown never imports the
export's (nor its ~140 code patterns), and a run whose results all come from
the cache imports neither.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from lintkit.formats.decode import decode
from lintkit.model import Article, Problem, ProblemKind
from lintkit.selection import glob_match

# Bigger than any article; a file this large is a mistake, and reading it
# whole would cost memory for nothing.
MAX_FILE_BYTES = 64 * 1024 * 1024


class Format(Protocol):
    name: str
    suffixes: tuple[str, ...]

    def parse(self, text: str, path: str) -> Article: ...

    def configured(self, options: Mapping[str, Any]) -> Format:
        """The format as the config's options set it up (itself when it reads none)."""
        ...


class Lazy:
    """A format by its name and suffixes; its module (`where`, as
    `module:object`) is imported on the first parse, or on the first look at
    anything else of it. `configured` gives a lazy copy with the options."""

    def __init__(
        self, name: str, suffixes: tuple[str, ...], where: str, options: Mapping[str, Any] | None = None
    ) -> None:
        self.name, self.suffixes, self.where, self.options = name, suffixes, where, options
        self._format: Format | None = None

    def loaded(self) -> Format:
        if self._format is None:
            module, _, attr = self.where.partition(":")
            fmt: Format = getattr(importlib.import_module(module), attr)
            self._format = fmt if self.options is None else fmt.configured(self.options)
        return self._format

    def configured(self, options: Mapping[str, Any]) -> Format:
        return Lazy(self.name, self.suffixes, self.where, options)

    def parse(self, text: str, path: str) -> Article:
        return self.loaded().parse(text, path)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not found on the object itself (copy, pickle): not the format's
            raise AttributeError(name)
        return getattr(self.loaded(), name)

    def __repr__(self) -> str:
        return f"Lazy({self.where!r})"


FORMATS: Mapping[str, Format] = {
    f.name: f
    for f in (
        Lazy("alphanode", (".txt",), "lintkit.formats.alphanode:ALPHANODE"),
        Lazy("markdown", (".md", ".markdown", ".mdx"), "lintkit.formats.markdown:MARKDOWN"),
    )
}
DEFAULT_FORMAT: Format = FORMATS["alphanode"]
_BY_SUFFIX = {suffix: f for f in FORMATS.values() for suffix in f.suffixes}


def format_for(path: str, overrides: Sequence[tuple[str, str]] = ()) -> Format | None:
    """The format of a file: the first of `overrides` (glob, format name) that
    matches its path (relative to the config's folder) or name, else the
    format claiming its suffix; None when none does."""
    for pattern, name in overrides:
        if glob_match(path, pattern):
            return FORMATS[name]
    return _BY_SUFFIX.get(os.path.splitext(path)[1])


def unreadable(path: str, message: str, line: int = 1, fmt: Format = DEFAULT_FORMAT) -> Article:
    problem = Problem(ProblemKind.UNREADABLE, message, line)
    return Article(path=path, format=fmt.name, readable=False, problems=(problem,))


def parse_bytes(data: bytes, path: str, fmt: Format = DEFAULT_FORMAT) -> Article:
    """Decode and parse one file's bytes."""
    decoded = decode(data)
    if decoded.text is None:
        return unreadable(path, decoded.problem or "the file cannot be read", decoded.line, fmt)
    try:
        return fmt.parse(decoded.text, path)
    except Exception as exc:  # a parser bug (a recursion too deep included) costs this file, not the run
        return unreadable(path, f"lintkit could not parse this {fmt.name} file ({exc!r}); please report it", fmt=fmt)


def read_article(file: Path, path: str, fmt: Format = DEFAULT_FORMAT) -> Article:
    """Read and parse a file; an I/O error becomes an unreadable article."""
    try:
        st = file.stat()
        if not stat.S_ISREG(st.st_mode):
            return unreadable(path, "not a regular file (a pipe, a device or a socket): it is not read", fmt=fmt)
        size = st.st_size
        if size > MAX_FILE_BYTES:
            return unreadable(path, f"the file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit", fmt=fmt)
        data = file.read_bytes()
    except OSError as exc:
        return unreadable(path, f"cannot read the file: {exc.strerror or exc}", fmt=fmt)
    return parse_bytes(data, path, fmt)
