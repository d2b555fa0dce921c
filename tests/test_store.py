"""The results cache (lintkit.store): analyses kept between runs, final results replayed."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import S0, UNIQUE_TEXT, VARIANTS, article, check_json, corpus_repo, run_cli, seed, unique_paragraph

from lintkit.cli import main
from lintkit.corpus.update import IndexUpdate, Linker
from lintkit.pipeline.stages import Stages


def test_results_are_replayed_unless_the_corpus_changed_around_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stage B (corpus rules, scores) is not redone for a file while neither
    the settings nor anything of the corpus it shares changed; whatever is
    replayed equals a run without the cache."""
    content = corpus_repo(tmp_path, monkeypatch)
    finished: list[str] = []
    real_finish = Stages.finish

    def counted(self: Stages, analysis, *args, **kwargs):  # type: ignore[no-untyped-def]
        finished.append(analysis.display)
        return real_finish(self, analysis, *args, **kwargs)

    monkeypatch.setattr(Stages, "finish", counted)

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


def test_another_run_with_other_settings_meanwhile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run sharing the cache with other settings replaces the analyses this
    run stored; they are made again, not a crash."""
    content = tmp_path / "content"
    content.mkdir()
    for i in range(3):
        (content / f"a{i}.txt").write_text(article(i, VARIANTS[i]))
    monkeypatch.chdir(tmp_path)
    real_finish = IndexUpdate.finish

    def finish_after_another_run(self: IndexUpdate, linker: Linker | None = None) -> None:
        other = run_cli(tmp_path, "--select", "DUP004", "content")
        assert other.returncode in (0, 1), other.stderr
        real_finish(self, linker)

    with monkeypatch.context() as patch:
        patch.setattr(IndexUpdate, "finish", finish_after_another_run)
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


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(S0)
    result = run_cli(tmp_path, "--no-cache", "a.txt")
    assert result.returncode == 0 and json.loads(result.stdout)["files"]
    assert not (tmp_path / ".lintkit_cache").exists()


# -- META017: a title another file gains, changes or loses -------------------------


def _post(title: str, body: str, toml: bool = False) -> str:
    front = f'+++\ntitle = "{title}"\n+++' if toml else f"---\ntitle: {title}\n---"
    return f"{front}\n\n{body}\n"


class _Finished:
    """Counts the files whose stage B runs (not replayed) in a run with the cache
    on, and checks each report equals one made without the cache."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        real = Stages.finish

        def counted(stages: Stages, analysis, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.names.append(analysis.display)
            return real(stages, analysis, *args, **kwargs)

        monkeypatch.setattr(Stages, "finish", counted)

    def run(self, *args: str) -> tuple[list[str], dict[str, list[tuple[int, str]]]]:
        """(the files finished, file name -> (line, message) of its META017 findings)."""
        self.names.clear()
        doc = check_json(*args)
        finished = list(self.names)
        assert doc == check_json("--no-cache", *args)
        found = {
            Path(f["path"]).name: [(x["line"], x["message"]) for x in f["findings"] if x["code"] == "META017"]
            for f in doc["files"]
        }
        return finished, found


def test_meta017_two_files_with_one_title_report_it_cold_and_replayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(a) Two files with the same title (YAML and TOML): META017 on both, and
    the same from a warm run that replays every result."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(_post("Faster builds with caching", "How we cut our build time in half."))
    (tmp_path / "b.md").write_text(_post("Faster Builds with Caching", "A second post on the same idea.", toml=True))
    runs = _Finished(monkeypatch)
    finished, found = runs.run(".")
    assert finished == ["a.md", "b.md"]
    assert found == {
        "a.md": [(2, "title 'Faster builds with caching' is also the title of 1 other article, e.g. b.md:2")],
        "b.md": [(2, "title 'Faster Builds with Caching' is also the title of 1 other article, e.g. a.md:2")],
    }
    assert runs.run(".") == ([], found)  # warm: replayed


def test_meta017_leaves_the_unchanged_file_when_the_other_title_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(b) A warm run, then the second file's title edited: the unchanged first
    file is redone and loses META017; a third file with another title is
    replayed. A title that only moves is an example line to update."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(_post("Faster builds with caching", "How we cut our build time in half."))
    (tmp_path / "b.md").write_text(_post("Faster builds with caching", "A second post on the same idea."))
    (tmp_path / "c.md").write_text(_post("Release notes", "What changed this month, in one list."))
    runs = _Finished(monkeypatch)
    assert runs.run(".")[0] == ["a.md", "b.md", "c.md"]
    assert runs.run(".")[0] == []
    # b's title moves down a line: a shows b's new line; c shares nothing with either.
    (tmp_path / "b.md").write_text(
        "---\ndraft: false\ntitle: Faster builds with caching\n---\n\nA second post on the same idea.\n"
    )
    finished, found = runs.run(".")
    assert finished == ["a.md", "b.md"]
    assert found["a.md"] == [
        (2, "title 'Faster builds with caching' is also the title of 1 other article, e.g. b.md:3")
    ]
    # b renamed: a, unchanged, no longer reports it.
    (tmp_path / "b.md").write_text(_post("Faster builds without a cache", "A second post on the same idea."))
    finished, found = runs.run(".")
    assert finished == ["a.md", "b.md"]
    assert found == {"a.md": [], "b.md": [], "c.md": []}
    assert runs.run(".")[0] == []
    # Four others with a's title: a names three (b, d, e); f, renamed, is no example of a's, only counted.
    for name in ("b", "d", "e", "f"):
        (tmp_path / f"{name}.md").write_text(_post("Faster builds with caching", f"Post {name} on the same idea."))
    assert runs.run(".")[0] == ["a.md", "b.md", "d.md", "e.md", "f.md"]
    (tmp_path / "f.md").write_text(_post("Faster builds, the sequel", "Post f on the same idea."))
    finished, found = runs.run(".")
    assert finished == ["a.md", "b.md", "d.md", "e.md", "f.md"]
    assert found["a.md"] == [
        (2, "title 'Faster builds with caching' is also the title of 3 other articles, e.g. b.md:2")
    ]
    assert found["c.md"] == found["f.md"] == []


def test_meta017_reaches_the_unchanged_file_when_a_new_file_takes_its_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(c) A warm run, then a third file added with the first one's title: the
    unchanged first file now reports it, the other unchanged file is replayed;
    the third file removed again, the first file no longer reports it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(_post("Faster builds with caching", "How we cut our build time in half."))
    (tmp_path / "b.md").write_text(_post("Release notes", "What changed this month, in one list."))
    runs = _Finished(monkeypatch)
    assert runs.run(".") == (["a.md", "b.md"], {"a.md": [], "b.md": []})
    assert runs.run(".")[0] == []
    (tmp_path / "c.md").write_text(_post("faster builds  with caching", "The same idea, written again.", toml=True))
    finished, found = runs.run(".")
    assert finished == ["a.md", "c.md"]
    assert found["a.md"] == [
        (2, "title 'Faster builds with caching' is also the title of 1 other article, e.g. c.md:2")
    ]
    assert found["b.md"] == []
    (tmp_path / "c.md").unlink()
    assert runs.run(".") == (["a.md"], {"a.md": [], "b.md": []})


def test_the_cache_folder_ignores_itself_in_git(tmp_path: Path, monkeypatch) -> None:
    """`git add .` after a run must not commit the cache (as ruff's and pytest's)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(seed("000"))
    CliRunner().invoke(main, ["check", "a.txt"])
    assert (tmp_path / ".lintkit_cache" / ".gitignore").read_text().splitlines()[-1] == "*"
