"""What lintkit compiles at start-up, kept from one run to the next, as Python keeps a module's bytecode
(issue 16: a pre-commit hook's one-file run is mostly start-up).

`re.compile` parses a pattern and writes its program in Python: the ~120 patterns of
lintkit.formats.code took about 45 ms of every run that reads an export article (a tenth of its
instructions). `compile()` of the source lintkit generates (each dataclass's `__init__`,
lintkit.structs; the records codec, lintkit.records) took a few per cent more. Both depend on nothing
but their text and the Python running them, so they are kept in one file of the user's cache folder
(`compiled-<python>-<build>.marshal`, beside the syllable table) and read back:

- `pattern()`: a pattern's program is handed to the regular-expression engine as `re.compile` hands it
  (`_sre.compile`): the same Pattern, equal to `re.compile`'s (Pattern equality compares programs);
- `code()`: generated source's code object is unmarshalled, as a `.pyc` file's is;
- `imports()`: the patterns modules of the standard library and of other packages compile while
  lintkit imports them at start-up go through `pattern()` too.

The file is read on the first use. It is written at exit, only after a run with a cache said so
(`keep()`: never with --no-cache, nor for a library user), and only when this process compiled
something the file did not hold (a first run, or another lintkit's patterns); past `MAX_ENTRIES`, only
what this process used is kept. It names the Python build it was made by (the version string, the
engine's MAGIC), and another build ignores it. A file that cannot be read or written, or an entry the engine refuses, is
compiled as usual: a cache is never a reason to fail. tests/test_compiled.py holds the two ways equal.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import os
import re
import sys
import types
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, AnyStr

_RE_COMPILE = re.compile  # the standard one, whatever `imports()` does to `re.compile` meanwhile
# The Python build the programs and code objects are made for: another one reads none of them.
_BUILD = (sys.version, _sre.MAGIC, _sre.CODESIZE, getattr(sys.implementation, "cache_tag", None))


class _Store:
    """The entries read from the file, those this process used, and whether to write them."""

    def __init__(self) -> None:
        self.read: dict[Any, Any] | None = None
        self.used: dict[Any, Any] = {}
        self.missed = False  # compiled something the file did not hold
        self.keeping = False  # a run with a cache: written at exit

    def file(self) -> Path | None:
        from lintkit.db import user_cache_folder

        folder = user_cache_folder()
        tag = getattr(sys.implementation, "cache_tag", None) or "python"
        build = zlib.crc32(repr(_BUILD).encode())  # two builds of one Python never take turns at one file
        return None if folder is None else folder / f"compiled-{tag}-{build:08x}.marshal"

    def get(self, key: tuple[Any, ...]) -> Any:
        if self.read is None:
            self.read = {}
            try:
                file = self.file()
                if file is not None:
                    build, entries = marshal.loads(file.read_bytes())
                    if build == _BUILD and isinstance(entries, dict):
                        self.read = entries
            except (OSError, EOFError, ValueError, TypeError):
                pass
        return self.read.get(key)

    def write(self) -> None:
        """At exit: what the file held and what this process used (only what it used when the file
        has grown past MAX_ENTRIES, lintkit's old patterns among them)."""
        file = self.file() if self.missed and self.keeping else None
        if file is None:
            return
        entries = {**(self.read or {}), **self.used}
        tmp = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps((_BUILD, entries if len(entries) <= MAX_ENTRIES else self.used)))
            os.replace(tmp, file)  # a reader never sees half of it; of two writers, the last one wins
        except (OSError, ValueError):
            tmp.unlink(missing_ok=True)


# A run uses about 300 entries (patterns, dataclasses, codecs); past this many, old ones are dropped.
MAX_ENTRIES = 2000
_STORE = _Store()


def keep() -> None:
    """Write what this process compiled and the file did not hold, at exit (a run with a cache)."""
    if not _STORE.keeping:
        import atexit

        _STORE.keeping = True
        atexit.register(_STORE.write)


def pattern(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(source, flags)`, its program read back when a run before compiled it."""
    key = ("re", source, int(flags))
    held = _STORE.get(key)
    if held is not None and (made := _engine(source, held)) is not None:
        _STORE.used[key] = held
        return made
    program = _program(source, int(flags))
    if program is None or (made := _engine(source, program)) is None:
        return _RE_COMPILE(source, flags)
    _STORE.missed = True
    _STORE.used[key] = program
    return made


@contextlib.contextmanager
def imports() -> Iterator[None]:
    """While the block runs (the imports of the command line, PyYAML, markdown-it), `re.compile` is
    `pattern()` for a pattern given as text or bytes: the modules imported compile their patterns at import, PyYAML's
    reader one large Unicode class (about a tenth of a one-file Markdown run, with markdown-it's), and
    their programs are read back as lintkit's own are. The same Patterns; `re.compile` is itself again
    after the block."""
    standard = re.compile

    def through_store(source: Any, flags: Any = 0) -> Any:
        if type(source) in (str, bytes) and isinstance(flags, int) and not flags & re.DEBUG:
            return pattern(source, flags)
        return _RE_COMPILE(source, flags)

    re.compile = through_store  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = standard


def _engine(source: AnyStr, program: Any) -> re.Pattern[AnyStr] | None:
    """The Pattern of a program; None when the engine does not take it."""
    try:
        return _sre.compile(source, *program)  # type: ignore[no-any-return]
    except (TypeError, ValueError, RuntimeError):
        return None


def _program(source: str | bytes, flags: int) -> tuple[Any, ...] | None:
    """What `re._compiler.compile` hands the engine, in plain values marshal writes; None on a Python
    whose `re` is made otherwise."""
    try:
        from re import _compiler, _parser

        tree = _parser.parse(source, flags)
        program = [int(op) for op in _compiler._code(tree, flags)]
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | tree.state.flags), program, tree.state.groups - 1, groupindex, tuple(indexgroup))
    except (AttributeError, ImportError, TypeError):
        return None


def code(source: str, filename: str) -> types.CodeType:
    """`compile(source, filename, "exec")`, read back when a run before compiled it."""
    key = ("code", source, filename)
    held = _STORE.get(key)
    if isinstance(held, types.CodeType):
        _STORE.used[key] = held
        return held
    made = compile(source, filename, "exec")
    _STORE.missed = True
    _STORE.used[key] = made
    return made
