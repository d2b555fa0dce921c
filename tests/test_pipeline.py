"""The pipeline (lintkit.pipeline): discovery, the corpus walk, worker processes, --jobs."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import AS_OF, ROOT, S0, UNIQUE_TEXT, VARIANTS, article, check_json, dup004, run_cli, seed

from lintkit.cli import main
from lintkit.corpus.index import CorpusIndex
from lintkit.output import PROGRESS_MIN_FILES
from lintkit.pipeline import run as run_module
from lintkit.pipeline import workers

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus


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


def test_jobs_give_the_same_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "MIN_FILES_PER_JOB", 10)  # two workers from 20 files
    make_corpus.write_corpus(tmp_path, 60, seed=10, defect_rate=0.5)
    one = check_json("--jobs", "1", "--no-cache", str(tmp_path))
    two = check_json("--jobs", "2", "--no-cache", str(tmp_path))
    assert one == two


# The bulk paths (the whole corpus's sharing at once, stage B in workers) with
# a small corpus: lowered thresholds, the same code as with 200 files and more.
SMALL_BULK = 40


def small_bulk(monkeypatch: pytest.MonkeyPatch) -> int:
    """Lower BULK_TARGETS and the files a worker needs; the number of files that is bulk."""
    monkeypatch.setattr(run_module, "BULK_TARGETS", SMALL_BULK)
    monkeypatch.setattr(workers, "MIN_FILES_PER_JOB", 10)
    monkeypatch.setattr(workers, "MIN_FILES_TO_FINISH", 20)
    monkeypatch.setattr(workers, "LINK_BY_BAND_FROM", 20)
    return SMALL_BULK + 30


def test_files_finished_in_workers_match_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With more files than BULK_TARGETS and a cache on disk, stage B (corpus
    rules, scores) runs in forked workers: the results are those of one process,
    cold, replayed from the cache, and after an edit."""
    content = tmp_path / "content"
    files = small_bulk(monkeypatch)
    make_corpus.write_corpus(content, files, seed=11, defect_rate=0.5)
    batches: list[int] = []
    real = workers.finish_in_workers

    def counted(targets, finisher, jobs):  # type: ignore[no-untyped-def]
        batches.append(len(targets))
        return real(targets, finisher, jobs)

    monkeypatch.setattr(workers, "finish_in_workers", counted)

    def run(folder: str, *args: str) -> dict:
        (tmp_path / folder).mkdir(exist_ok=True)
        monkeypatch.chdir(tmp_path / folder)
        return check_json(*args, str(content))

    one = run("one", "--jobs", "1")
    assert batches == []
    two = run("two", "--jobs", "2")
    assert batches == [files]  # every file: nothing was stored yet
    assert two == one
    assert run("two", "--jobs", "2") == one  # replayed: no worker needed
    assert batches == [files]
    # A baseline filters what the workers found.
    baseline = tmp_path / "baseline.json"
    run("one", "--jobs", "1", "--write-baseline", str(baseline))
    quiet = run("three", "--jobs", "2", "--baseline", str(baseline))
    assert len(batches) == 2 and not any(f["findings"] for f in quiet["files"])
    victim = sorted(content.iterdir())[7]
    victim.write_text(victim.read_text(encoding="utf-8").replace("\n\n", "\n\nan edited paragraph.\n\n", 1))
    assert run("two", "--jobs", "2") == run("one", "--jobs", "1") == check_json("--no-cache", str(content))


def test_words_the_workers_counted_with_pyphen_are_kept_for_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word the syllable table lacks is counted with pyphen where it is met,
    in a worker: the worker sends it back with its analysis and the run keeps it
    (a worker's own were lost, so each run on new text loaded pyphen again in
    every worker). The next run's workers never ask pyphen, with the same results."""
    from lintkit import syllables

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))  # a table of this test's own
    content = tmp_path / "content"
    files = small_bulk(monkeypatch)
    make_corpus.write_corpus(content, files, seed=12, defect_rate=0.0)
    post = sorted(content.rglob("*.txt"))[-1]
    text = post.read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.endswith(".") and len(line.split()) > 12)
    post.write_text(text.replace(first, first[:-1] + " by the zorbleflux quintabulator.", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    one = check_json("--jobs", "2", "--cache-dir", str(tmp_path / "first"), str(content))
    [folder] = {p.parent for p in (tmp_path / "user-cache").rglob("syllables-v*.marshal")}
    table = syllables._read_snapshot(syllables.snapshot_path(folder)) or {}
    assert {"zorbleflux", "quintabulator"} <= table.keys()
    monkeypatch.setattr(syllables, "_pyphen_syllables", lambda word: pytest.fail(f"pyphen asked for {word}"))
    assert check_json("--jobs", "2", "--cache-dir", str(tmp_path / "second"), str(content)) == one


def test_no_progress_in_machine_formats_or_pipes(tmp_path: Path) -> None:
    files = PROGRESS_MIN_FILES + 1  # enough for a bar on a terminal (tests/test_ci_gate.py)
    for i in range(files):
        (tmp_path / f"{i:03}.md").write_text(f"---\ntitle: Post {i}\n---\n\nA short post number {i}.\n")
    piped = run_cli(tmp_path, "--no-cache", "--select", "STR", ".")
    assert piped.stderr == "" and json.loads(piped.stdout)["summary"]["files"] == files


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


def test_corpus_path_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lintkit.toml").write_text('corpus = ["missing/"]\n')
    (tmp_path / "a.txt").write_text(S0)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.txt"])
    assert result.exit_code == 2 and "corpus path 'missing/' does not exist" in result.output


def test_a_stage_b_worker_that_cannot_open_the_index_stops_the_run(tmp_path: Path, monkeypatch) -> None:
    """An error in a worker reaches the main process as a usage error (exit 2),
    instead of the pool forking replacement workers for ever."""
    content = tmp_path / "content"
    make_corpus.write_corpus(content, small_bulk(monkeypatch), seed=11, defect_rate=0.5)
    monkeypatch.chdir(tmp_path)

    def refuse(self, file):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(CorpusIndex, "reopen", refuse)
    result = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", "2", str(content)])
    assert result.exit_code == 2, result.output
    assert "unable to open database file" in result.stderr


def test_a_rule_declared_for_a_format_runs_on_that_format_only() -> None:
    """STR006 (the export's breadcrumb residue) is declared for alphanode: an
    article of another format is not checked for it; a neutral rule still is."""
    from dataclasses import replace

    from lintkit.config import Config
    from lintkit.formats import parse_bytes
    from lintkit.pipeline.settings import Settings, enabled_rules
    from lintkit.pipeline.stages import check_article

    config = Config()
    settings = Settings(config, AS_OF)
    rules = [r for r in enabled_rules(config) if r.code in ("STR006", "META007")]
    assert {r.code: r.formats for r in rules} == {"STR006": frozenset({"alphanode"}), "META007": frozenset()}
    article = parse_bytes(seed("003").encode(), "a.txt")
    assert sorted({f.code for f in check_article(article, rules, settings).findings}) == ["META007", "STR006"]
    other = replace(article, format="another")
    assert [f.code for f in check_article(other, rules, settings).findings] == ["META007"]


def test_discovery_skips_hidden_folders_and_follows_no_link_twice(tmp_path: Path) -> None:
    text = seed("000")
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a" / "one.txt").write_text(text)
    (tmp_path / ".hidden" / "two.txt").write_text(text)
    (tmp_path / "notes.rst").write_text(text)  # no format claims it
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    os.symlink(tmp_path / "a" / "one.txt", tmp_path / "alias.txt")
    os.symlink("dangling-target.txt", tmp_path / "dangling.txt")
    doc = check_json(str(tmp_path))
    paths = [os.path.relpath(f["path"], tmp_path) for f in doc["files"]]
    assert paths == ["a/one.txt", "dangling.txt"]
    dangling = doc["files"][1]["findings"]
    assert [(x["code"], x["message"].startswith("cannot read the file")) for x in dangling] == [("STR001", True)]


def test_named_files_are_always_linted(tmp_path: Path) -> None:
    md = tmp_path / "article.md"
    md.write_text(seed("000"))
    doc = check_json(str(md), str(md))  # named twice: linted once
    assert [f["path"] for f in doc["files"]] == [str(md)]


def test_exclude_from_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.txt").write_text(seed("000"))
    (tmp_path / "y.txt").write_text(seed("000"))
    (tmp_path / "lintkit.toml").write_text('exclude = ["drafts/"]\n')
    monkeypatch.chdir(tmp_path)
    doc = check_json(".")
    assert [f["path"] for f in doc["files"]] == ["y.txt"]


def test_precommit_run_on_one_file_sees_the_titles_of_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(d) A pre-commit run on one file of the configured corpus, the walk
    skipped (`unchanged_below`): META017 answers from the titles the index
    holds for the rest of the corpus, and follows an edit there."""
    from lintkit.pipeline import run as run_module

    content = tmp_path / "content"
    (content / "posts").mkdir(parents=True)
    titles = {"a": "Faster builds with caching", "b": "Release notes", "c": "FASTER builds with caching"}
    for name, title in titles.items():
        (content / "posts" / f"{name}.md").write_text(f"---\ntitle: {title}\n---\n\nPost {name}, its own words.\n")
    (tmp_path / "lintkit.toml").write_text('corpus = ["content/"]\n')
    monkeypatch.chdir(tmp_path)
    skipped: list[tuple[str, ...]] = []
    real = run_module.corpus_files

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        skipped.append(found.unchanged_below)
        return found

    monkeypatch.setattr(run_module, "corpus_files", recorded)

    def meta017(*paths: str) -> list[tuple[int, str]]:
        doc = check_json("--select", "META017", *paths)
        assert [f["path"] for f in doc["files"]] == list(paths)
        return [(x["line"], x["message"]) for x in doc["files"][0]["findings"]]

    expected = [
        (2, "title 'Faster builds with caching' is also the title of 1 other article, e.g. content/posts/c.md:2")
    ]
    assert meta017("content/posts/a.md") == expected  # the first run walks the corpus
    assert skipped[-1] == ()
    assert meta017("content/posts/a.md") == expected  # no walk: the index's titles
    assert skipped[-1] == (str(content.resolve()),)
    (content / "posts" / "c.md").write_text("---\ntitle: Faster builds, revisited\n---\n\nPost c, its own words.\n")
    assert meta017("content/posts/a.md") == []  # edited in place, not named: seen without a walk
    assert skipped[-1] == (str(content.resolve()),)
    (content / "posts" / "b.md").write_text("---\ntitle: faster builds with caching\n---\n\nPost b, its own words.\n")
    assert meta017("content/posts/a.md") == [
        (2, "title 'Faster builds with caching' is also the title of 1 other article, e.g. content/posts/b.md:2")
    ]
    assert skipped[-1] == (str(content.resolve()),)
    cold = check_json("--no-cache", "--select", "META017", "content/posts/a.md")
    assert check_json("--select", "META017", "content/posts/a.md") == cold


_DONE = None  # a counter shared with the forked workers (test_workers_wait_for_a_slow_caller)


def _count_one(item: int) -> int:
    assert _DONE is not None
    with _DONE.get_lock():
        _DONE.value += 1
    return item


def test_workers_wait_for_a_slow_caller() -> None:
    """A caller slower than the workers (the main process linking a large
    corpus) leaves at most IN_FLIGHT items analysed and not taken: their
    results used to wait in memory, as many as the corpus had files."""
    import multiprocessing
    import time

    from lintkit.pipeline import workers

    global _DONE
    _DONE = multiprocessing.get_context("fork").Value("i", 0)
    items = list(range(6000))
    results = workers.map_jobs(_count_one, items, None, jobs=2)  # type: ignore[arg-type]
    taken = [next(results)]
    time.sleep(2)  # the workers could do all 6,000 in this time
    # IN_FLIGHT, or two chunks of 64 for each of the two workers when that is more.
    assert _DONE.value <= max(getattr(workers, "IN_FLIGHT", 0), 2 * 2 * 64) + 1
    taken += list(results)
    assert taken == items and _DONE.value == len(items)
    _DONE = None


def test_a_failed_worker_result_is_raised_once_every_task_is_back() -> None:
    """A worker's exception comes back as a value (workers.Failed): the results before it are given, every
    later task is still waited for (a pool stopped with workers sending results could hang), then it is raised."""
    from lintkit.pipeline.workers import Failed, _caught, _until_failed

    waited = []

    def results():  # type: ignore[no-untyped-def]
        for item in (1, Failed(ValueError("first")), 2, Failed(KeyError("second")), 3):
            waited.append(item)
            yield item

    given = []
    with pytest.raises(ValueError, match="first"):
        for result in _until_failed(results()):
            given.append(result)
    assert given == [1] and len(waited) == 5
    assert isinstance(_caught(int, "x"), Failed) and _caught(int, "7") == 7


def _fail_at_100(item: int) -> int:
    if item == 100:
        raise ValueError("item 100")
    return item


def test_a_stage_a_worker_failure_hands_out_nothing_more_and_is_raised() -> None:
    """A worker's exception in `map_jobs`: the results before it in order, no run handed out after it (the
    ones out are waited for), then the exception in the main process."""
    from lintkit.pipeline import workers

    given = []
    with pytest.raises(ValueError, match="item 100"):
        for result in workers.map_jobs(_fail_at_100, list(range(6000)), None, jobs=2):  # type: ignore[arg-type]
            given.append(result)
    assert given == list(range(100))
