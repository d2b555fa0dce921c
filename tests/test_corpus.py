"""The corpus index (lintkit.corpus): fingerprints, the database, its updates and lookups."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT, UNIQUE_TEXT, VARIANTS, WORDS, article, check_json, corpus_repo, run_cli, seed

from lintkit.cli import main
from lintkit.corpus import index as corpus_index
from lintkit.corpus import update as corpus_update
from lintkit.corpus.index import CorpusIndex
from lintkit.corpus.sketch import Prints, band_keys, digest_bytes, exact_key, fingerprint
from lintkit.corpus.update import Fingerprinted, IndexUpdate
from lintkit.corpus.view import BULK_TARGETS, Lookup, Shared
from lintkit.files import Naming

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus


def test_bulk_and_one_at_a_time_lookups_agree(tmp_path: Path) -> None:
    make_corpus.write_corpus(tmp_path, 240, seed=9, defect_rate=0.3)
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) > BULK_TARGETS
    index = CorpusIndex.open(None, 90, 40)
    from lintkit.formats import read_article

    prints = {}
    for f in files:
        a = read_article(f, f.name)
        prints[f] = fingerprint(a, 40) if a.readable else Prints((), ())

    def fp(todo):
        for file, state, _ in todo:
            path = Path(file)
            yield Fingerprinted(state, digest_bytes(path.read_bytes()), prints[path])

    update = IndexUpdate(index, [(os.path.abspath(f), str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files])
    for done in fp(update.todo()):
        update.store(done)
    update.finish()
    ids = {f: index.file_id(os.path.abspath(f)) for f in files}
    naming = Naming(str(tmp_path.resolve()))
    lookup = Lookup(index, naming)
    single = {(f, p.line): lookup.paragraph(ids[f], p) for f in files for p in prints[f].paragraphs}
    titled = [f for f in files if prints[f].title is not None]
    single_titles = {f: lookup.title(ids[f], prints[f].title) for f in titled}
    lookup = Lookup(index, naming)
    lookup.prepare_bulk()
    bulk = {(f, p.line): lookup.paragraph(ids[f], p) for f in files for p in prints[f].paragraphs}
    assert bulk == single
    assert any(s.count >= 3 for s in bulk.values()) and any(s.count == 0 for s in bulk.values())
    # Titles (META017): the same answers, some shared, some not.
    bulk_titles = {f: lookup.title(ids[f], prints[f].title) for f in titled}
    assert bulk_titles == single_titles
    assert any(s.count >= 1 for s in bulk_titles.values()) and any(s.count == 0 for s in bulk_titles.values())


def test_index_is_incremental_shared_and_rebuilt(tmp_path: Path) -> None:
    content = tmp_path / "content"
    make_corpus.write_corpus(content, 40, seed=12, defect_rate=0.2)
    db_path = tmp_path / ".lintkit_cache" / "corpus.sqlite3"
    first = run_cli(tmp_path, "content")
    assert db_path.exists()

    def digests() -> dict[str, str]:
        with sqlite3.connect(db_path) as db:
            return dict(db.execute("SELECT path, digest FROM files"))

    before = digests()
    assert len(before) == 40
    second = run_cli(tmp_path, "content")
    assert second.stdout == first.stdout and digests() == before
    # Change one file: only its digest changes.
    target = sorted(content.glob("*.txt"))[3]
    target.write_text(seed("003"))
    third = run_cli(tmp_path, "content")
    after = digests()
    assert {p for p in after if after[p] != before.get(p)} == {str(target.resolve())}
    assert third.stdout != first.stdout
    # Two runs at once share the cache safely, both storing the same edit.
    sorted(content.glob("*.txt"))[5].write_text(seed("001"))
    expected = run_cli(tmp_path, "--no-cache", "content").stdout
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "lintkit", "check", "--format", "json", "--as-of", "2026-11-24", "content"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [o[0] for o in outs] == [expected, expected] and all(not o[1] for o in outs)
    # A new format version rebuilds the index.
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'settings'")
    assert run_cli(tmp_path, "content").stdout == expected
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT value FROM meta").fetchone()[0].startswith(f"{corpus_index.FORMAT_VERSION}:")


def test_lsh_makes_paraphrases_candidates() -> None:
    """Band agreement for paragraphs with 1 to 4 words changed: the LSH must
    not be the reason a near duplicate goes unseen (seeded, so deterministic)."""
    from rapidfuzz import fuzz

    from lintkit.text import fold

    rng = random.Random(5)
    paragraphs = [line for text in map(seed, ("000", "001", "002", "003", "004")) for line in text.split("\n")]
    paragraphs = [p for p in paragraphs if len(p) > 200]
    hits = trials = 0
    for _ in range(300):
        words = fold(rng.choice(paragraphs)).split()
        original = " ".join(words)
        for _ in range(rng.randint(1, 4)):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        changed = " ".join(words)
        if fuzz.ratio(original, changed) < 90:
            continue
        trials += 1
        hits += any(a == b for a, b in zip(band_keys(original), band_keys(changed), strict=True))
    assert trials > 200 and hits / trials >= 0.97


@pytest.mark.parametrize("where", ["IndexUpdate.__init__", "IndexUpdate._link"])
def test_an_interrupted_run_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """A run stopped while updating the index (Ctrl-C, a CI timeout) must not
    make later runs skip the walk or the near-duplicate links it had not done."""
    content = corpus_repo(tmp_path, monkeypatch)
    check_json("content/a0.txt")
    (content / "a4.txt").write_text(article(4, VARIANTS[4]))  # a near duplicate, in a new file
    owner, name = where.split(".")
    with monkeypatch.context() as patch:
        patch.setattr(getattr(corpus_update, owner), name, lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))
        result = CliRunner().invoke(main, ["check", "--format", "json", "--as-of", "2026-11-24", "content/a0.txt"])
        assert result.exit_code != 0
    for _ in range(2):
        assert check_json("content/a0.txt") == check_json("--no-cache", "content/a0.txt")
    doc = check_json("content/a0.txt")
    assert any("appears in 4 other articles" in x["message"] for x in doc["files"][0]["findings"])


def test_bulk_and_one_at_a_time_agree_on_the_example_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over 200 targets the index answers from memory (bulk), below it from
    SQL: a replayed result may come from either, so they must agree, down to
    the line of an example holding two variants of the paragraph."""
    from lintkit.formats import parse_bytes
    from lintkit.text import fold

    # a1 holds two variants: the one with the larger digest first (line 12), the
    # other further down (line 16); the example line is the first one.
    low, high = sorted((VARIANTS[1], VARIANTS[3]), key=lambda v: exact_key(fold(v)))
    for i, shared in enumerate((VARIANTS[0], high, VARIANTS[2], VARIANTS[4])):
        text = article(i, shared)
        if i == 1:
            lines = text.split("\n")
            lines[15] = low
            text = "\n".join(lines)
        (tmp_path / f"a{i}.txt").write_text(text)
    monkeypatch.chdir(tmp_path)
    check_json(".")

    def answers(bulk: bool) -> list[Shared]:
        index = CorpusIndex.open(tmp_path / ".lintkit_cache", 90, 40, 8)  # the run's settings
        lookup = Lookup(index, Naming(str(tmp_path.resolve())))
        if bulk:
            lookup.prepare_bulk()
        out = []
        for path in sorted(tmp_path.glob("*.txt")):
            prints = fingerprint(parse_bytes(path.read_bytes(), path.name), 40, min_words=8)
            fid = lookup.file_id(str(path))
            assert fid is not None
            out += [lookup.paragraph(fid, p) for p in prints.paragraphs]
        index.close()
        return out

    one_by_one = answers(bulk=False)
    assert ("a1.txt", 12) in {example for shared in one_by_one for example in shared.examples}
    assert answers(bulk=True) == one_by_one


def test_a_damaged_cache_is_a_message_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(article(i, VARIANTS[i]))
    monkeypatch.chdir(tmp_path)
    check_json(".")
    with sqlite3.connect(tmp_path / ".lintkit_cache" / "corpus.sqlite3") as db:
        db.execute("DROP TABLE changed_files")
    (tmp_path / "a0.txt").write_text(article(0, UNIQUE_TEXT))
    result = CliRunner().invoke(main, ["check", "--format", "json", "."])
    assert result.exit_code == 2, result.output
    assert "the cache folder .lintkit_cache/ cannot be used (no such table: changed_files): delete it" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert check_json("--no-cache", ".")["summary"]["files"] == 3  # --no-cache still works
    shutil.rmtree(tmp_path / ".lintkit_cache")
    expected = check_json(".")
    with sqlite3.connect(tmp_path / ".lintkit_cache" / "corpus.sqlite3") as db:
        db.execute("UPDATE meta SET value = 'abc' WHERE key = 'seq'")
    assert check_json(".") == expected  # a damaged value in the index: rebuilt
