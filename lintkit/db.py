"""The cache folders and their SQLite files, opened one way everywhere: the
project's `.lintkit_cache/`, the user's cache folder for what every project
shares (`user_cache_folder`: the syllable table), and the lock a run holds
on a database for as long as it runs (`exclusive`: the corpus index)."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# Seconds a run waits for another run that holds the write lock.
BUSY_TIMEOUT = 60
# Seconds a run waits for another run that holds a whole database (`exclusive`).
EXCLUSIVE_WAIT = 5.0


def make_cache_dir(cache_dir: Path) -> None:
    """Create the cache folder with a `.gitignore` that ignores it whole (as
    ruff, mypy and pytest do), so that `git add .` never commits a cache."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    ignore = cache_dir / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Created by lintkit: the cache is never committed.\n*\n", encoding="utf-8")


def open_cache_db(cache_dir: Path, name: str, *schema: str) -> sqlite3.Connection | None:
    """The database `name` in the cache folder, with `schema` applied, in WAL
    mode with a busy timeout so that several runs can share it; None when it
    cannot be opened (a read-only checkout): a cache is never a reason to fail."""
    try:
        make_cache_dir(cache_dir)
        db = sqlite3.connect(cache_dir / name, timeout=BUSY_TIMEOUT, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        for statement in schema:
            db.execute(statement)
    except (OSError, sqlite3.Error):
        return None
    return db


def user_cache_folder() -> Path | None:
    """lintkit's folder in the user's cache: `$XDG_CACHE_HOME/lintkit` when that
    is set (an absolute path), else `~/.cache/lintkit`, `~/Library/Caches/lintkit`
    on macOS, `%LOCALAPPDATA%\\lintkit` on Windows; None when there is no home."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg, "lintkit")
    try:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA")
            return Path(base, "lintkit") if base else None
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "lintkit"
        return Path.home() / ".cache" / "lintkit"
    except (RuntimeError, KeyError):  # no home directory to be found
        return None


def can_make(folder: Path) -> bool:
    """Whether `folder` is, or can be made, a folder this process writes to
    (nothing is made here: the caller makes it when it writes there)."""
    probe = folder
    with contextlib.suppress(OSError):
        while not probe.exists():
            if probe.parent == probe:
                return False
            probe = probe.parent
        return probe.is_dir() and os.access(probe, os.W_OK | os.X_OK)
    return False


def rollback(db: sqlite3.Connection) -> None:
    """End a failed write transaction, if SQLite has not ended it already: on a
    full disk it rolls back by itself, and a second ROLLBACK would replace the
    real error with "cannot rollback - no transaction is active"."""
    if db.in_transaction:
        db.execute("ROLLBACK")


def disk_full(exc: BaseException) -> bool:
    """Whether an error is the disk (or the quota) under the cache being full."""
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


@contextlib.contextmanager
def exclusive(cache_dir: Path, name: str, wait: float | None = None) -> Iterator[bool]:
    """Hold the lock file `name` in the cache folder for as long as the block
    runs: True once held, False when another process still held it after
    `wait` seconds (EXCLUSIVE_WAIT), or when it cannot be made (a read-only
    checkout). The operating system releases it when the process ends, killed
    or not, so a run never waits on a dead one."""
    wait = EXCLUSIVE_WAIT if wait is None else wait
    try:
        make_cache_dir(cache_dir)
        fd = os.open(cache_dir / name, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(0.05)
        yield True
    finally:
        os.close(fd)  # releases the lock


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
