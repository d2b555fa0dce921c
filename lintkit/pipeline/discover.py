"""Which files a run lints, and which make up the configured corpus.

Folders are walked for the files some input format claims (by the config's
`formats` globs, or by the format table's suffixes), skipping
hidden and excluded folders and entering no folder twice (so a link loop
ends); a file named on the command line is always linted. The corpus walk
is remembered in the index, so that a pre-commit run need not walk it again
while no corpus folder changed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from lintkit.config import Config, ConfigError
from lintkit.corpus.index import CorpusIndex
from lintkit.files import Target, file_key, printable, relative_to_root, stamp
from lintkit.formats import format_for
from lintkit.selection import glob_match
from lintkit.structs import dataclass


def _excluded(rel: str, config: Config, is_dir: bool = False) -> bool:
    """A file matches `exclude` by path or name; a folder also by a pattern
    ending in `/` (`drafts/`)."""
    if not config.exclude:
        return False
    if is_dir:
        return any(glob_match(rel, p.rstrip("/")) for p in config.exclude)
    return any(glob_match(rel, p) for p in config.exclude)


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def discover(
    paths: Sequence[str], config: Config, folders: list[tuple[str, int]] | None = None, cwd: str | None = None
) -> list[Target]:
    """Files to lint, sorted by reported path. A folder yields every file some
    format claims below it, skipping hidden and excluded folders and entering no folder
    twice (so a link loop ends); a file named here is always linted.
    `folders` collects each folder walked with its modification time."""
    # file identity -> the target kept for it: the same file reached by two
    # paths (a link, a folder named twice) is linted once, under the path
    # that sorts first, whatever order the walk found them in.
    targets: dict[object, Target] = {}
    seen_dirs: set[tuple[int, int]] = set()
    cwd = cwd or os.getcwd()

    def add(display: str, file: str, entry: os.DirEntry[str] | None = None) -> None:
        display = printable(display)
        try:
            st = entry.stat() if entry is not None else os.stat(file)  # DirEntry keeps its stat
            key: object = (st.st_dev, st.st_ino)
            # Not a regular file (a pipe, a device): its size says nothing and reading
            # it may never end; STR001 reports it, nothing reads it.
            regular = stat.S_ISREG(st.st_mode)
            size, version = (st.st_size, stamp(st)) if regular else (-1, -1)
            target = Target(display, file, file_key(file, cwd), size, version)
        except OSError:
            key = display  # unreadable (a dangling or looping link): STR001 says why
            target = Target(display, file, file_key(file, cwd))
        kept = targets.get(key)
        if kept is None or display < kept.display:
            targets[key] = target

    for given in paths:
        path = Path(given)
        if not given or (not path.exists() and not path.is_symlink()):
            raise ConfigError(f"path does not exist: {printable(given)!r}")
        if not path.is_dir():
            add(given, given)
            continue
        stack = [(path, given)]
        while stack:
            folder, shown = stack.pop()
            try:
                st = folder.stat()
                if (st.st_dev, st.st_ino) in seen_dirs:
                    continue
                seen_dirs.add((st.st_dev, st.st_ino))
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
                if folders is not None:
                    folders.append((file_key(folder, cwd), st.st_mtime_ns))
            except OSError:
                continue
            for entry in entries:
                child_shown = os.path.join(shown, entry.name)
                # Resolving costs system calls: only worth it when there is something to exclude.
                rel = _relative(Path(entry.path), config.root) if config.exclude or config.formats else ""
                if _is_dir(entry):
                    if not entry.name.startswith(".") and not _excluded(rel, config, is_dir=True):
                        stack.append((Path(entry.path), child_shown))
                elif format_for(rel or entry.name, config.formats) is not None and not _excluded(rel, config):
                    add(os.path.normpath(child_shown), entry.path, entry)
    return sorted(targets.values(), key=lambda t: t.display)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # the directory listing's own type; a stat only for links
    except OSError:
        return False


@dataclass
class CorpusFiles:
    """The files of the configured corpus, as far as a run needs to know them:
    all of them after a walk; when the walk was skipped (`unchanged_below`
    names the corpus roots), only those changed since the index read them."""

    targets: list[Target]
    unchanged_below: tuple[str, ...] = ()
    # (resolved root, the name a walk gives it), for CorpusIndex.roots
    roots: tuple[tuple[str, str], ...] = ()
    # The walk to remember once the index holds its files: (scan key, folders)
    walk: tuple[str, list[tuple[str, int]]] | None = None


def corpus_files(config: Config, cwd: str, index: CorpusIndex | None = None) -> CorpusFiles:
    """The files of the configured `corpus` (none when none is configured).

    Walking a large corpus costs more than a pre-commit run should: when the
    index remembers the folders of the last walk and none of them changed
    (a folder's modification time changes when an entry is added, removed or
    renamed in it), the corpus is the files the index knows below it, each
    only `stat`-ed to catch an edit, and only the edited ones are returned."""
    paths = []
    for entry in config.corpus:
        path = config.root / entry
        if not path.exists():
            where = config.source or "config"
            raise ConfigError(f"{where}: corpus path {entry!r} does not exist (relative to {config.root})")
        # Shown relative to the current folder when below it, as a path typed there would be.
        here = Path(cwd)
        resolved = path.resolve()
        paths.append(resolved.relative_to(here).as_posix() if resolved.is_relative_to(here) else str(path))
    if not paths:
        return CorpusFiles([])
    # A walk names a file below a folder `folder/rest`, and a file given as a root as given.
    roots = tuple((file_key(p, cwd), os.path.normpath(p) if os.path.isdir(p) else p) for p in paths)
    scan_key = repr((sorted(file_key(p, cwd) for p in paths), config.exclude))
    if index is not None and (changed := _changed_since_walk(index, roots, scan_key, config, cwd)) is not None:
        return CorpusFiles(changed, tuple(root for root, _ in roots), roots)
    folders: list[tuple[str, int]] = []
    found = discover(paths, config, folders, cwd)
    return CorpusFiles(found, (), roots, (scan_key, folders) if index is not None else None)


def _changed_since_walk(
    index: CorpusIndex, roots: tuple[tuple[str, str], ...], scan_key: str, config: Config, cwd: str
) -> list[Target] | None:
    """The indexed corpus files whose size or stamp changed, when
    no corpus folder changed since the last walk; None when a walk is needed."""
    folders = index.last_walk(scan_key)
    if folders is None:
        return None
    for folder, mtime in folders:
        try:
            if os.stat(folder).st_mtime_ns != mtime:
                return None
        except OSError:
            return None
    out = []
    stat = os.stat
    for root, shown in roots:
        cut = len(root) + 1
        prefix = "" if shown == "." else shown + os.sep
        for key, size, version in index.files_below(root):
            if config.exclude and key != root and _excluded_below(relative_to_root(key, config.root, cwd), config):
                return None  # an excluded file, indexed when named on its own: a walk drops it
            try:
                st = stat(key)
            except OSError:
                return None  # vanished without its folder changing: walk to be sure
            if st.st_size != size or stamp(st) != version:
                out.append(Target(shown if key == root else prefix + key[cut:], key, key, st.st_size, stamp(st)))
    return out


def _excluded_below(rel: str, config: Config) -> bool:
    """Whether a walk leaves out this file: it, or one of its folders, is excluded."""
    parts = rel.split("/")
    return _excluded(rel, config) or any(
        _excluded("/".join(parts[:i]), config, is_dir=True) for i in range(1, len(parts))
    )


def force_excluded(given: str, config: Config) -> bool:
    """Whether `exclude` covers a path named on the command line, as it would
    in a walk: the file or folder itself, or a folder above it below the
    config's folder (`--force-exclude`, for pre-commit, which names files)."""
    if not config.exclude or not given:
        return False
    rel = _relative(Path(given), config.root)
    if rel.startswith("/") or rel == ".":
        return False  # outside the config's folder (or the folder itself): no glob of it applies
    return _excluded_below(rel, config) or (os.path.isdir(given) and _excluded(rel, config, is_dir=True))


def in_corpus(path: Path, config: Config) -> bool:
    """Whether the file at `path` is one a walk of the configured `corpus`
    reads (without walking it): a corpus root itself, or a file some format
    claims below a corpus folder, in no hidden and no excluded folder."""
    if not config.corpus or not path.is_file():
        return False
    real = Path(os.path.realpath(path))
    for entry in config.corpus:
        root = Path(os.path.realpath(config.root / entry))
        if real == root:
            return True
        if not real.is_relative_to(root) or any(p.startswith(".") for p in real.relative_to(root).parts[:-1]):
            continue
        rel = _relative(real, config.root)
        if format_for(rel, config.formats) is not None and not _excluded_below(rel, config):
            return True
    return False
