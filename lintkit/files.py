"""Files as a run names them: what to lint, its name in the caches, and printable paths."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from lintkit.compiled import pattern as _compile
from lintkit.structs import dataclass


@dataclass(frozen=True)
class Target:
    """A file to lint: the path to report (`display`), the path to open, its
    name in the caches (`key`, see `file_key`), and its size and `stamp` as
    discovery saw them (-1: unknown, or unreadable), which the caches compare
    without another system call."""

    display: str
    path: str
    key: str
    size: int = -1
    stamp: int = -1

    @property
    def file(self) -> Path:
        # Made on demand: a Path per corpus file costs more than the walk itself.
        return Path(self.path)


def stamp(st: os.stat_result) -> int:
    """Which version of a file the caches hold: its modification time, change
    time and inode in one number. The change time is what an edit that keeps
    the size and sets the modification time back (`cp -p`, `rsync -a`) cannot
    keep: writing and setting times both move it. (The hash of a tuple of
    integers is the same in every process.)"""
    return hash((st.st_mtime_ns, st.st_ctime_ns, st.st_ino))


def restat(target: Target) -> Target:
    """The target with the size and stamp its file has now (-1 when it cannot be read)."""
    try:
        st = os.stat(target.path)
    except OSError:
        return replace(target, size=-1, stamp=-1)
    return replace(target, size=st.st_size, stamp=stamp(st))


def file_key(path: Path | str, cwd: str) -> str:
    """A file's name in the caches: its absolute path, from `cwd` (the run's
    current folder) when relative. Not resolved, which would cost a system
    call per path component: discovery already lints a file reached through
    two links once."""
    text = os.fspath(path)
    # A name that is not UTF-8 cannot go into SQLite: such a key names the file, it does not open it.
    return printable(os.path.normpath(text) if text.startswith("/") else os.path.normpath(os.path.join(cwd, text)))


_CONTROL = _compile(r"[\x00-\x1f\x7f]")


def printable(path: str) -> str:
    """A path as text that can be printed and stored: the bytes of a name that
    is not UTF-8 (which Python keeps as surrogates) and control characters (a
    line break, an escape) written as escapes (`\\xff`, `\\n`)."""
    if path.isprintable():
        return path
    if not path.isascii():
        path = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], path)


def relative_to_root(path: str, root: Path, cwd: str) -> str:
    """A path as given, made relative to the config root when below it (no
    system call: a link, even one that loops, is not followed)."""
    absolute = file_key(path, cwd)
    prefix = root.as_posix().rstrip("/") + "/"
    return absolute[len(prefix) :] if absolute.startswith(prefix) else path


class Naming:
    """How a run names the files it reports, the corpus files it quotes as
    examples (DUP004, DUP006, META017) included: as given on the command line, or as a
    walk of the configured corpus names them, or relative to the current folder."""

    def __init__(self, cwd: str) -> None:
        self.cwd = cwd  # resolved
        # file key -> the name this run gives it
        self.names: dict[str, str] = {}
        # The configured corpus: (resolved root, the name a walk gives it); a
        # file below a root is named as the walk from it would name it.
        self.roots: tuple[tuple[str, str], ...] = ()

    def shown(self, key: str) -> str:
        """A file as this run names it."""
        return self.names.get(key) or self.default_name(key)

    def default_name(self, key: str) -> str:
        """The name a walk of the configured corpus gives a file below it; else
        the path relative to the current folder when below it, else absolute."""
        for root, shown in self.roots:
            if key == root:
                return shown
            if key.startswith(root + "/"):
                rest = key[len(root) + 1 :]
                return rest if shown == "." else os.path.join(shown, rest)
        prefix = self.cwd.rstrip("/") + "/"
        return key[len(prefix) :] if key.startswith(prefix) else key

    def unusual(self) -> list[tuple[str, str]]:
        """How this run names files, as far as it is not the default: the
        corpus roots, and the files named otherwise than `default_name` would
        (a path given as `./a.txt`)."""
        unusual = sorted((key, shown) for key, shown in self.names.items() if shown != self.default_name(key))
        return [*self.roots, *unusual]
