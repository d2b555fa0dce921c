"""lintkit.readability computes exactly textstat's Flesch reading ease, and caches its table."""

from __future__ import annotations

import marshal
import sqlite3
import sys
from pathlib import Path

import pytest
import textstat
from helpers import ROOT, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from lintkit import readability, syllables
from lintkit.formats import parse_bytes

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus


def prose_of(data: bytes) -> str:
    article = parse_bytes(data, "a.txt")
    return "\n\n".join(b.text for b in article.prose())


@pytest.fixture(scope="module")
def table_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("syllables")
    syllables._write_table(syllables.table_path(folder), syllables._build_table())
    return folder


TEXTS = [prose_of(p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
TEXTS += [prose_of(a.data) for a in make_corpus.generate(300, seed=3, defect_rate=0.3)]
TEXTS += ["", "one.", "Naïve café owners' résumés weren't proofread!", "x " * 50, "DON'T 'quote' it's"]


def test_the_table_is_textstats_dictionary() -> None:
    from textstat.backend.utils._get_cmudict import get_cmudict

    cmu = get_cmudict("en_US")
    expected = {word: sum(1 for p in prons[0] if p[-1].isdigit()) for word, prons in cmu.items()}
    assert syllables._build_table() == expected


def test_words_pyphen_need_not_be_loaded_for() -> None:
    from textstat.backend.utils._get_pyphen import get_pyphen

    pyphen = get_pyphen(syllables.LANG)
    words = ["a", "ok", "the", "i'm", "é", "42", "2026", "10000", "3117", "1234567890", "٣٤٥٦", "²³⁴⁵"]
    words += [str(n) for n in range(0, 100_000, 37)]
    for word in words:
        assert syllables._pyphen_syllables(word) == len(pyphen.positions(word)) + 1 == 1, word


@pytest.mark.parametrize(
    ("whole", "seen_most"),
    [(False, syllables.SEEN_MOST), (True, syllables.SEEN_MOST), (True, 25)],
    ids=["word lookups", "whole table", "whole table, few words seen"],
)
def test_equal_to_textstat_on_seeds_and_a_generated_corpus(
    table_dir: Path, monkeypatch, whole: bool, seen_most: int
) -> None:
    monkeypatch.setattr(syllables, "WHOLE_AFTER", 0 if whole else 10**9)
    monkeypatch.setattr(syllables, "SEEN_MOST", seen_most)
    table = syllables.Syllables(table_dir)
    monkeypatch.setattr(table, "save_learned", lambda: None)  # keep the shared table as built
    for text in TEXTS:
        assert readability.flesch_reading_ease(text, table) == textstat.flesch_reading_ease(text), text[:60]
    assert table.whole is whole
    # The words counted since are kept apart, up to the most (and a batch beyond it).
    assert bool(table.seen) is whole and len(table.seen) < seen_most + 200


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeiou bcdfgst'.!?-,\n\tÉé’0"), max_size=200))
def test_equal_to_textstat_on_any_text(text: str) -> None:
    assert readability.flesch_reading_ease(text) == textstat.flesch_reading_ease(text)
    assert readability.count_sentences(text) == textstat.sentence_count(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1_ '’.!?-,:;\n\t\u00a0É()\"…"), max_size=40))
def test_the_short_sentence_shortcut_is_exact(sentence: str) -> None:
    # count_sentences decides "two words or fewer" mostly from the tokens; the answer must be list_words'.
    assert readability._short(sentence) == (len(readability._words(sentence)) <= 2)
    assert readability.count_sentences(sentence) == textstat.sentence_count(sentence)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab1_ '’.!?-,)\"\n\tÉ"), max_size=30), max_size=5))
def test_paragraphs_counted_one_by_one_give_the_joined_texts_score(texts: list[str]) -> None:
    # clarity adds up memoised per-paragraph counts; the score must be that of the joined prose.
    joined = "\n\n".join(texts)
    assert readability.paragraphs_reading_ease(texts) == readability.flesch_reading_ease(joined)


def test_paragraph_counts_add_up_only_when_no_sentence_crosses_a_paragraph() -> None:
    # Sealed: nothing but punctuation after the last full stop; the sum is used.
    table = syllables.shared()
    assert readability._paragraph_counts("Keep the runbook close. (Really.)", table)[3]
    # Not sealed: "the next one" would run on into the next paragraph's first sentence.
    assert not readability._paragraph_counts("One sentence. And the next one", table)[3]
    texts = ["One sentence. And the next one", "carries on here."]
    assert readability.paragraphs_reading_ease(texts) == textstat.flesch_reading_ease("\n\n".join(texts))
    for article in make_corpus.generate(40, seed=4, defect_rate=0.5):
        paragraphs = [b.text for b in parse_bytes(article.data, "a.txt").prose()]
        joined = "\n\n".join(paragraphs)
        assert readability.paragraphs_reading_ease(paragraphs) == textstat.flesch_reading_ease(joined)


def test_a_few_texts_read_only_their_words(table_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(syllables, "_build_table", lambda: pytest.fail("the table was rebuilt"))
    table = syllables.Syllables(table_dir)
    readability.flesch_reading_ease(TEXTS[0], table)
    assert not table.whole and 0 < len(table.known) < 1000


def test_the_table_is_built_once_kept_and_rebuilt_when_damaged(tmp_path: Path, monkeypatch) -> None:
    text = "Zorbleflux quintabulates the wibberation."
    expected = textstat.flesch_reading_ease(text)
    table = syllables.Syllables(tmp_path)
    assert readability.flesch_reading_ease(text, table) == expected  # builds the table
    [path] = tmp_path.glob("syllables-v*.sqlite3")
    table.save_learned()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM words").fetchone()[0] > 100_000
        learned = dict(db.execute("SELECT word, n FROM words WHERE word IN ('zorbleflux', 'wibberation')"))
    assert set(learned) == {"zorbleflux", "wibberation"}  # pyphen's counts, kept for the next run

    # The next run neither rebuilds nor asks pyphen.
    monkeypatch.setattr(syllables, "_build_table", lambda: pytest.fail("the table was rebuilt"))
    monkeypatch.setattr(syllables, "_pyphen_syllables", lambda word: pytest.fail(f"pyphen asked for {word}"))
    assert readability.flesch_reading_ease(text, syllables.Syllables(tmp_path)) == expected
    monkeypatch.undo()

    path.write_bytes(b"garbage" * 100)  # a damaged table is rebuilt, not trusted
    assert readability.flesch_reading_ease(text, syllables.Syllables(tmp_path)) == expected
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM words").fetchone()[0] > 100_000


def test_a_long_run_loads_the_whole_table_from_a_snapshot(tmp_path: Path, monkeypatch) -> None:
    text = "Zorbleflux quintabulates the wibberation."
    expected = textstat.flesch_reading_ease(text)
    table = syllables.Syllables(tmp_path)
    table.prepare(syllables.WHOLE_AFTER + 1)  # builds the table and writes the snapshot only
    assert table.whole and len(table.known) > 100_000
    [path] = tmp_path.glob("syllables-v*.marshal")
    assert not list(tmp_path.glob("syllables-v*.sqlite3"))
    assert readability.flesch_reading_ease(text, table) == expected
    table.save_learned()  # pyphen's words go into the snapshot

    # The next long run neither rebuilds nor asks pyphen.
    monkeypatch.setattr(syllables, "_build_table", lambda: pytest.fail("the table was rebuilt"))
    monkeypatch.setattr(syllables, "_pyphen_syllables", lambda word: pytest.fail(f"pyphen asked for {word}"))
    again = syllables.Syllables(tmp_path)
    again.prepare(syllables.WHOLE_AFTER + 1)
    assert readability.flesch_reading_ease(text, again) == expected
    # A short run makes its SQLite table from the snapshot, words pyphen counted included.
    short = syllables.Syllables(tmp_path)
    assert readability.flesch_reading_ease(text, short) == expected
    assert not short.whole or list(tmp_path.glob("syllables-v*.sqlite3"))
    monkeypatch.undo()

    for damaged in (b"", b"garbage" * 100, marshal.dumps([1, 2]), marshal.dumps({1: "a"})):
        path.write_bytes(damaged)  # a damaged snapshot is rebuilt, not trusted
        table = syllables.Syllables(tmp_path)
        table.prepare(syllables.WHOLE_AFTER + 1)
        assert readability.flesch_reading_ease(text, table) == expected
        assert len(syllables._read_snapshot(path) or {}) > 100_000


def test_without_a_cache_folder_the_dictionary_is_read() -> None:
    table = syllables.Syllables(None)
    assert readability.flesch_reading_ease(TEXTS[0], table) == textstat.flesch_reading_ease(TEXTS[0])
    assert table.whole


def test_the_table_lives_in_the_users_cache_folder_shared_by_every_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One table per machine (it depends on the installed dictionary alone):
    `$XDG_CACHE_HOME/lintkit`; the project's cache folder when that cannot be
    written; none with --no-cache."""
    project = tmp_path / "project" / ".lintkit_cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    assert syllables.table_folder(project) == tmp_path / "home-cache" / "lintkit"
    assert syllables.table_folder(None) is None
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a-file"))  # cannot hold a folder
    assert syllables.table_folder(project) == project
