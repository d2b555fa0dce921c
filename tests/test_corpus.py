"""Issue 5: corpus-wide boilerplate (DUP004) and image reuse (DUP006), the index, --jobs."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT, SEEDS, seed

from lintkit import corpus, engine
from lintkit.cli import main

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus

S0 = seed("000")
PARAGRAPH = S0.splitlines()[11]  # "start by writing down what the system currently does. ..."
# The same paragraph paraphrased: a few words changed, still >= 90 similar.
VARIANTS = [
    PARAGRAPH,
    PARAGRAPH.replace("the slow query", "the slow request"),
    PARAGRAPH.replace("random changes", "random edits"),
    PARAGRAPH.replace("easier to verify", "simpler to verify"),
    PARAGRAPH.replace("what the system currently does", "what the service currently does"),
]
WORDS = (
    "cache deploy queue index schema route token budget latency worker cluster replica shard backup "
    "rollback canary metric alert dashboard runbook incident review owner release branch commit build"
).split()


def unique_paragraph(rng: random.Random) -> str:
    """A paragraph of random words: no other paragraph comes near it."""
    return " ".join(rng.choice(WORDS) for _ in range(40)) + "."


def article(i: int, shared: str) -> str:
    """Seed 000 whose prose paragraphs are all replaced by random ones (and its
    image made unique) but for `shared`, so that only what a test puts in is
    shared between articles."""
    rng = random.Random(i)
    lines = S0.split("\n")
    for n in (4, 13, 15, 19, 31):  # intro, the other body paragraphs, final notes
        lines[n] = unique_paragraph(rng)
    lines[11] = shared
    return "\n".join(lines).replace("photo-1555066931-4365d14bab8c", f"photo-{1000 + i}-4365d14bab8c")


def corpus_repo(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A content repository in `root` (the current folder) whose configured corpus,
    content/, holds 4 articles sharing one paraphrased paragraph; returns content/."""
    content = root / "content"
    content.mkdir()
    for i in range(4):
        (content / f"a{i}.txt").write_text(article(i, VARIANTS[i]))
    (root / "lintkit.toml").write_text('corpus = ["content/"]\n')
    monkeypatch.chdir(root)
    return content


def check_json(*args: str, cwd: Path | None = None) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--as-of", "2026-11-24", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def dup004(doc: dict) -> dict[str, list[tuple[int, str]]]:
    return {
        Path(f["path"]).name: [(x["line"], x["message"]) for x in f["findings"] if x["code"] == "DUP004"]
        for f in doc["files"]
    }


def test_seeds_share_the_final_notes_and_an_image() -> None:
    doc = check_json("--select", "DUP004,DUP006", str(SEEDS))
    found = {Path(f["path"]).name[:3]: sorted((x["code"], x["line"]) for x in f["findings"]) for f in doc["files"]}
    assert found == {
        "000": [("DUP004", 32)],
        "001": [("DUP004", 35), ("DUP006", 93)],
        "002": [("DUP004", 36), ("DUP006", 94)],
        "003": [("DUP004", 52)],
        "004": [("DUP004", 36)],
    }
    msg = next(x for f in doc["files"] for x in f["findings"] if x["code"] == "DUP006")
    assert msg["message"].startswith("image url is also used by 1 other article, e.g. ")


def test_paraphrased_paragraph_in_five_articles_is_found_in_all_five(tmp_path: Path) -> None:
    for i, variant in enumerate(VARIANTS):
        (tmp_path / f"a{i}.txt").write_text(article(i, variant))
    # A paragraph that occurs in two articles only is not boilerplate.
    pair = "this paragraph is shared by exactly two articles of the corpus and should not be reported at all."
    (tmp_path / "b0.txt").write_text(article(5, pair))
    (tmp_path / "b1.txt").write_text(article(6, pair))
    doc = check_json("--select", "DUP004", "--no-cache", str(tmp_path))
    found = dup004(doc)
    for i in range(5):
        assert [line for line, _ in found[f"a{i}.txt"]] == [12], found
        assert found[f"a{i}.txt"][0][1].startswith("paragraph also appears in 4 other articles")
    assert found["b0.txt"] == [] and found["b1.txt"] == []
    related = next(f for f in doc["files"] if f["path"].endswith("a0.txt"))["findings"][0]["related"]
    assert [Path(r["path"]).name for r in related] == ["a1.txt", "a2.txt", "a3.txt"]


def test_precommit_run_on_two_files_matches_the_full_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    make_corpus.write_corpus(content, 60, seed=8, defect_rate=0.2)
    (tmp_path / "lintkit.toml").write_text('corpus = ["content/"]\n')
    monkeypatch.chdir(tmp_path)
    full = dup004(check_json("--select", "DUP004,DUP006", "content"))
    names = sorted(full)[:2]
    two = dup004(check_json("--select", "DUP004,DUP006", *(f"content/{n}" for n in names)))
    assert set(two) == set(names)
    for name in names:
        assert two[name] == full[name] and two[name], name


def test_without_corpus_config_the_files_linted_are_the_corpus(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(article(i, VARIANTS[0]))
    alone = dup004(check_json("--select", "DUP004", "--no-cache", str(tmp_path / "a0.txt")))
    assert alone == {"a0.txt": []}


def test_bulk_and_one_at_a_time_lookups_agree(tmp_path: Path) -> None:
    make_corpus.write_corpus(tmp_path, 240, seed=9, defect_rate=0.3)
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) > corpus.BULK_TARGETS
    index = corpus.CorpusIndex.open(None, 90, 40, cwd=tmp_path)
    from lintkit.parsing import read_article

    prints = {}
    for f in files:
        a = read_article(f, f.name)
        prints[f] = corpus.fingerprint(a, 40) if a.readable else corpus.Prints((), ())

    def fp(todo):
        for file, state, _ in todo:
            path = Path(file)
            yield corpus.Fingerprinted(state, corpus.digest_bytes(path.read_bytes()), prints[path])

    update = index.begin_update([(os.path.abspath(f), str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files])
    for done in fp(update.todo()):
        update.store(done)
    update.finish()
    ids = {f: index.file_id_of(os.path.abspath(f)) for f in files}
    single = {(f, p.line): index.paragraph(ids[f], p) for f in files for p in prints[f].paragraphs}
    index._groups.clear()
    index.prepare_bulk()
    bulk = {(f, p.line): index.paragraph(ids[f], p) for f in files for p in prints[f].paragraphs}
    assert bulk == single
    assert any(s.count >= 3 for s in bulk.values()) and any(s.count == 0 for s in bulk.values())


def test_jobs_give_the_same_results(tmp_path: Path) -> None:
    make_corpus.write_corpus(tmp_path, 150, seed=10, defect_rate=0.5)
    one = check_json("--jobs", "1", "--no-cache", str(tmp_path))
    two = check_json("--jobs", "2", "--no-cache", str(tmp_path))
    assert one == two


def test_files_finished_in_workers_match_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With more files than BULK_TARGETS and a cache on disk, stage B (corpus
    rules, scores) runs in forked workers: the results are those of one process,
    cold, replayed from the cache, and after an edit."""
    content = tmp_path / "content"
    make_corpus.write_corpus(content, corpus.BULK_TARGETS + 30, seed=11, defect_rate=0.5)
    batches: list[int] = []
    real = engine._finish_in_workers

    def counted(targets, finisher, jobs):  # type: ignore[no-untyped-def]
        batches.append(len(targets))
        return real(targets, finisher, jobs)

    monkeypatch.setattr(engine, "_finish_in_workers", counted)

    def run(folder: str, *args: str) -> dict:
        (tmp_path / folder).mkdir(exist_ok=True)
        monkeypatch.chdir(tmp_path / folder)
        return check_json(*args, str(content))

    one = run("one", "--jobs", "1")
    assert batches == []
    two = run("two", "--jobs", "2")
    assert batches == [corpus.BULK_TARGETS + 30]  # every file: nothing was stored yet
    assert two == one
    assert run("two", "--jobs", "2") == one  # replayed: no worker needed
    assert batches == [corpus.BULK_TARGETS + 30]
    # A baseline filters what the workers found.
    baseline = tmp_path / "baseline.json"
    run("one", "--jobs", "1", "--write-baseline", str(baseline))
    quiet = run("three", "--jobs", "2", "--baseline", str(baseline))
    assert len(batches) == 2 and not any(f["findings"] for f in quiet["files"])
    victim = sorted(content.iterdir())[7]
    victim.write_text(victim.read_text(encoding="utf-8").replace("\n\n", "\n\nan edited paragraph.\n\n", 1))
    assert run("two", "--jobs", "2") == run("one", "--jobs", "1") == check_json("--no-cache", str(content))


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lintkit", "check", "--format", "json", "--as-of", "2026-11-24", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )


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
        assert db.execute("SELECT value FROM meta").fetchone()[0].startswith(f"{corpus.FORMAT_VERSION}:")


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(S0)
    result = run_cli(tmp_path, "--no-cache", "a.txt")
    assert result.returncode == 0 and json.loads(result.stdout)["files"]
    assert not (tmp_path / ".lintkit_cache").exists()


def test_corpus_path_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lintkit.toml").write_text('corpus = ["missing/"]\n')
    (tmp_path / "a.txt").write_text(S0)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.txt"])
    assert result.exit_code == 2 and "corpus path 'missing/' does not exist" in result.output


def test_no_progress_in_machine_formats_or_pipes(tmp_path: Path) -> None:
    make_corpus.write_corpus(tmp_path, 320, seed=13, defect_rate=0.1)
    piped = run_cli(tmp_path, "--no-cache", "--select", "STR", ".")
    assert piped.stderr == "" and json.loads(piped.stdout)["summary"]["files"] == 320


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
        hits += any(a == b for a, b in zip(corpus.band_keys(original), corpus.band_keys(changed), strict=True))
    assert trials > 200 and hits / trials >= 0.97


def test_precommit_runs_notice_corpus_changes_without_walking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk of the configured corpus is skipped when its folders are
    unchanged; an added, removed or edited article must still count."""
    content = tmp_path / "content"
    (content / "sub").mkdir(parents=True)
    for i in range(4):
        (content / "sub" / f"a{i}.txt").write_text(article(i, VARIANTS[0]))
    (tmp_path / "lintkit.toml").write_text('corpus = ["content/"]\n')
    monkeypatch.chdir(tmp_path)

    def message(*paths: str) -> str:
        doc = check_json("--select", "DUP004", *paths)
        return next(x["message"] for x in doc["files"][0]["findings"])

    def count() -> str:
        return message("content/sub/a0.txt").split(" (")[0]

    walked = message("content/sub/a0.txt")
    assert walked.startswith(
        "paragraph also appears in 3 other articles (identical or near-identical), e.g. content/sub/a1.txt:"
    )
    assert message("content/sub/a0.txt") == walked  # unchanged: no walk, the same example path
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "d.txt").write_text(article(9, VARIANTS[0]))  # outside the corpus: indexed while linted
    assert message("content/sub/a0.txt", "drafts/d.txt").startswith("paragraph also appears in 4 other articles")
    assert count() == "paragraph also appears in 3 other articles"  # and dropped when no longer linted
    (content / "sub" / "a4.txt").write_text(article(4, VARIANTS[1]))  # added
    assert count() == "paragraph also appears in 4 other articles"
    (content / "sub" / "a1.txt").write_text(article(1, UNIQUE_TEXT))  # edited in place
    assert count() == "paragraph also appears in 3 other articles"
    (content / "sub" / "a2.txt").unlink()  # removed
    result = CliRunner().invoke(main, ["check", "--format", "json", "--select", "DUP004", "content/sub/a0.txt"])
    assert json.loads(result.stdout)["files"][0]["findings"] == []  # 2 others: below the minimum of 3


UNIQUE_TEXT = unique_paragraph(random.Random(99))


def test_results_are_replayed_unless_the_corpus_changed_around_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stage B (corpus rules, scores) is not redone for a file while neither
    the settings nor anything of the corpus it shares changed; whatever is
    replayed equals a run without the cache."""
    from lintkit import engine

    content = corpus_repo(tmp_path, monkeypatch)
    finished: list[str] = []
    real_finish = engine.finish
    monkeypatch.setattr(engine, "finish", lambda *a, **k: finished.append(a[0].display) or real_finish(*a, **k))

    def run() -> list[str]:
        """Check the corpus; return the files finished (not replayed), after
        checking the report equals one made without the cache."""
        finished.clear()
        doc = check_json("content")
        redone = list(finished)
        assert doc == check_json("--no-cache", "content")
        return redone

    def shared_by() -> list[str | None]:
        doc = check_json("content")
        dup004 = [[x["message"].split(" (")[0] for x in f["findings"] if x["code"] == "DUP004"] for f in doc["files"]]
        return [messages[0] if messages else None for messages in dup004]

    assert len(run()) == 4
    assert run() == []  # nothing changed: every result replayed
    assert shared_by() == ["paragraph also appears in 3 other articles"] * 4

    (content / "a4.txt").write_text(article(4, UNIQUE_TEXT))  # shares nothing: only itself
    assert run() == ["content/a4.txt"]
    (content / "a4.txt").write_text(article(4, UNIQUE_TEXT + " Edited."))
    assert run() == ["content/a4.txt"]
    (content / "a5.txt").write_text(article(5, VARIANTS[4]))  # shares the paraphrased paragraph: all of them
    assert run() == [f"content/a{i}.txt" for i in (0, 1, 2, 3, 5)]
    assert shared_by()[0] == "paragraph also appears in 4 other articles"

    def moved(i: int, shared: str) -> str:  # the shared paragraph two lines further down
        return article(i, shared).replace(shared, f"A remark only article {i} makes, about nothing.\n\n{shared}")

    (content / "a5.txt").write_text(moved(5, VARIANTS[4]))  # no other file shows a5 as an example
    assert run() == ["content/a5.txt"]
    (content / "a0.txt").write_text(moved(0, VARIANTS[0]))  # the others' first example: they show its line
    assert run() == [f"content/a{i}.txt" for i in (0, 1, 2, 3, 5)]
    (content / "a2.txt").write_text(article(2, unique_paragraph(random.Random(7))))  # a2 no longer carries it
    assert run() == [f"content/a{i}.txt" for i in (0, 1, 2, 3, 5)]
    (content / "a3.txt").unlink()  # a3 vanished
    assert run() == [f"content/a{i}.txt" for i in (0, 1, 5)]
    os.utime(content / "a1.txt", ns=(1, 1))  # touched, not changed: only that file
    assert run() == ["content/a1.txt"]
    finished.clear()
    check_json("--select", "DUP004", "content")
    assert len(finished) == 5  # other settings: all redone

    scores = CliRunner().invoke(main, ["score", "--as-of", "2026-11-24", "--explain", "content/a0.txt"])
    assert "quality" in scores.output and "unreadable" not in scores.output  # --explain is never replayed


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


@pytest.mark.parametrize("where", ["IndexUpdate.__init__", "CorpusIndex._link"])
def test_an_interrupted_run_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """A run stopped while updating the index (Ctrl-C, a CI timeout) must not
    make later runs skip the walk or the near-duplicate links it had not done."""
    content = corpus_repo(tmp_path, monkeypatch)
    check_json("content/a0.txt")
    (content / "a4.txt").write_text(article(4, VARIANTS[4]))  # a near duplicate, in a new file
    owner, name = where.split(".")
    with monkeypatch.context() as patch:
        patch.setattr(getattr(corpus, owner), name, lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt))
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
    from lintkit.parsing import parse_bytes
    from lintkit.text import fold

    # a1 holds two variants: the one with the larger digest first (line 12), the
    # other further down (line 16); the example line is the first one.
    low, high = sorted((VARIANTS[1], VARIANTS[3]), key=lambda v: corpus.exact_key(fold(v)))
    for i, shared in enumerate((VARIANTS[0], high, VARIANTS[2], VARIANTS[4])):
        text = article(i, shared)
        if i == 1:
            lines = text.split("\n")
            lines[15] = low
            text = "\n".join(lines)
        (tmp_path / f"a{i}.txt").write_text(text)
    monkeypatch.chdir(tmp_path)
    check_json(".")

    def answers(bulk: bool) -> list[corpus.Shared]:
        index = corpus.CorpusIndex.open(tmp_path / ".lintkit_cache", 90, 40)
        if bulk:
            index.prepare_bulk()
        out = []
        for path in sorted(tmp_path.glob("*.txt")):
            prints = corpus.fingerprint(parse_bytes(path.read_bytes(), path.name), 40)
            fid = index.file_id_of(str(path))
            out += [index.paragraph(fid, p) for p in prints.paragraphs]
        index.close()
        return out

    one_by_one = answers(bulk=False)
    assert ("a1.txt", 12) in {example for shared in one_by_one for example in shared.examples}
    assert answers(bulk=True) == one_by_one


def test_another_run_with_other_settings_meanwhile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run sharing the cache with other settings replaces the analyses this
    run stored; they are made again, not a crash."""
    content = tmp_path / "content"
    content.mkdir()
    for i in range(3):
        (content / f"a{i}.txt").write_text(article(i, VARIANTS[i]))
    monkeypatch.chdir(tmp_path)
    real_finish = corpus.IndexUpdate.finish

    def finish_after_another_run(self: corpus.IndexUpdate) -> None:
        other = run_cli(tmp_path, "--select", "DUP004", "content")
        assert other.returncode in (0, 1), other.stderr
        real_finish(self)

    with monkeypatch.context() as patch:
        patch.setattr(corpus.IndexUpdate, "finish", finish_after_another_run)
        doc = check_json("content")
    assert doc == check_json("--no-cache", "content")


def test_a_cached_analysis_takes_the_name_the_run_gives_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(seed("003"))  # DUP003: its related places are in the file itself
    monkeypatch.chdir(tmp_path)
    first = check_json("./a.txt")
    assert {r["path"] for x in first["files"][0]["findings"] for r in x["related"]} == {"./a.txt"}
    assert check_json("a.txt") == check_json("--no-cache", "a.txt")


def test_a_stage_b_worker_that_cannot_open_the_index_stops_the_run(tmp_path: Path, monkeypatch) -> None:
    """An error in a worker reaches the main process as a usage error (exit 2),
    instead of the pool forking replacement workers for ever."""
    content = tmp_path / "content"
    make_corpus.write_corpus(content, corpus.BULK_TARGETS + 30, seed=11, defect_rate=0.5)
    monkeypatch.chdir(tmp_path)

    def refuse(self, file):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(corpus.CorpusIndex, "reopen", refuse)
    result = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", "2", str(content)])
    assert result.exit_code == 2, result.output
    assert "unable to open database file" in result.stderr
