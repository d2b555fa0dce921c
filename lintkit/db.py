"""The SQLite files under `.lintkit_cache/`, opened one way everywhere."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

# Seconds a run waits for another run that holds the write lock.
BUSY_TIMEOUT = 60


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
