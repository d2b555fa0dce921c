"""What lintkit holds to when runs share a cache with each other and with an
editor, when the disk under the cache is full, and when a run is killed
(issue 17). The concurrent cases force the interleaving with a hook, never
by luck; benchmarks/stress.py runs them at random for minutes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import LINTKIT, ROOT, S0, VARIANTS, article, check_json, corpus_repo, run_cli
from urlserver import URL

from lintkit.cli import main
from lintkit.corpus import index as corpus_index
from lintkit.corpus.view import Lookup
from lintkit.db import open_cache_db
from lintkit.pipeline import run as run_module
from lintkit.pipeline.run import Run
from lintkit.results import FileResult
from lintkit.store import results as results_store


def _codes(doc: dict) -> set[str]:
    return {x["code"] for f in doc["files"] for x in f["findings"]}


# -- 2. stage B uses the analysis of the version this run read ----------------


def _without_checklist(text: str) -> str:
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip().lower().endswith("checklist"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().lower() == "final notes")
    return "\n".join(lines[:start] + lines[end:])


def test_an_analysis_another_run_stored_of_an_older_version_is_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run read the file before an edit and stores its analysis after
    this run stored its own: this run's stage B must not take it, and no
    later run may replay a result made from it."""
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(S0)
    assert "CHK001" not in _codes(check_json("a.txt"))  # the other run's analysis, as it will store it
    cache = tmp_path / ".lintkit_cache" / "results.sqlite3"
    with sqlite3.connect(cache) as db:
        (table,) = db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'analyses%'").fetchone()
        old_row = db.execute(f"SELECT * FROM {table}").fetchone()
    article.write_text(_without_checklist(S0))  # the edit: the checklist removed
    expected = check_json("--no-cache", "a.txt")
    assert "CHK001" in _codes(expected)
    real = Run.index_corpus

    def other_run_stores_late(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        done = real(self, *args, **kwargs)
        with sqlite3.connect(cache) as db:  # between this run's store and its stage B
            db.execute(f"INSERT OR REPLACE INTO {table} VALUES ({','.join('?' * len(old_row))})", old_row)
        return done

    with monkeypatch.context() as patch:
        patch.setattr(Run, "index_corpus", other_run_stores_late)
        assert check_json("a.txt") == expected
    assert check_json("a.txt") == expected  # and nothing stale is replayed afterwards


# -- 11b. an edit that keeps the size and the modification time is read -------


def test_an_edit_keeping_size_and_mtime_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`cp -p` and `rsync -a` give a new version the old one's size and
    modification time: the caches must still tell them apart."""
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(S0)
    before = article.stat()
    first = check_json("a.txt")
    article.write_text(S0.replace("reading time9", "reading time7"))  # the same size
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # and time, as cp -p leaves them
    after = article.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    expected = check_json("--no-cache", "a.txt")
    assert expected != first
    assert check_json("a.txt") == expected


# -- 6. the sharing maps and the file ranks come from one read of the index ---


def ranking_after_another_run(tmp_path: Path, content: Path, removed: list[int]):  # type: ignore[no-untyped-def]
    """`Lookup._path_rank` as it is, but the first call lets another run go first:
    it deletes an article and tells the index (its exit code goes to `removed`)."""
    real = Lookup._path_rank

    def rank_after_another_run(self: Lookup, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not removed:
            (content / "a3.txt").unlink()
            other = run_cli(tmp_path, "content")
            assert other.returncode in (0, 1), other.stderr
            removed.append(other.returncode)
        return real(self, *args, **kwargs)

    return rank_after_another_run


def test_a_run_removing_a_file_between_two_reads_of_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another run removes an article from the index after this run read who
    shares what and before it ranks the files by path: no KeyError, and the
    report of the corpus as this run found it."""
    content = corpus_repo(tmp_path, monkeypatch)
    expected = check_json("--no-cache", "content")
    monkeypatch.setattr(run_module, "BULK_TARGETS", 1)  # the whole corpus's sharing at once, as for 200 files
    removed: list[int] = []
    rank_after_another_run = ranking_after_another_run(tmp_path, content, removed)

    with monkeypatch.context() as patch:
        patch.setattr(Lookup, "_path_rank", rank_after_another_run)
        assert check_json("content") == expected
    assert removed
    assert check_json("content") == check_json("--no-cache", "content")


def test_the_audit_beside_a_run_removing_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit's boilerplate clusters are read after stage B: another run
    removes an article just before they are ranked. (It crashed 4 times in 6.)"""
    content = corpus_repo(tmp_path, monkeypatch)
    removed: list[int] = []
    rank_after_another_run = ranking_after_another_run(tmp_path, content, removed)

    with monkeypatch.context() as patch:
        patch.setattr(Lookup, "_path_rank", rank_after_another_run)
        result = CliRunner().invoke(main, ["audit", "--as-of", "2026-11-24", "content"])
    assert removed
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output and "content/a0.txt" in result.output


def test_a_run_on_other_files_sharing_the_cache_folder_leaves_this_runs_corpus_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus index is one run's corpus. Another run, on other files with the
    same cache folder, starts after this one indexed its corpus and before it
    read who shares what: it waits for the index, then builds its own, and
    each run reports its own corpus only. (Without the lock, the other run
    dropped this corpus from the index and this run lost its DUP004.)"""
    (tmp_path / "repo").mkdir()
    content = corpus_repo(tmp_path / "repo", monkeypatch)
    expected = check_json("--no-cache", "content")
    assert any(x["code"] == "DUP004" for f in expected["files"] for x in f["findings"])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for i in range(3):
        (elsewhere / f"b{i}.txt").write_text(article(10 + i, VARIANTS[0]))
    cache = content.parent / ".lintkit_cache"
    others: list[subprocess.CompletedProcess[str]] = []
    real = Run.index_corpus

    def index_then_another_run(self: Run, *args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(self, *args, **kwargs)
        if not others:
            others.append(run_cli(elsewhere, "--cache-dir", str(cache), "."))
        return found

    with monkeypatch.context() as patch:
        patch.setattr(Run, "index_corpus", index_then_another_run)
        assert check_json("content") == expected
    (other,) = others
    assert other.returncode in (0, 1), other.stderr
    assert json.loads(other.stdout) == json.loads(run_cli(elsewhere, "--no-cache", ".").stdout)
    assert check_json("content") == expected  # and the shared index is this corpus again


# -- 10. a full disk under the cache: said, and the run goes on without it ----


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cache database opened from now on may not grow by a page: SQLite
    answers SQLITE_FULL ("database or disk is full") as on a full disk."""

    def opened_full(cache_dir: Path, name: str, *schema: str) -> sqlite3.Connection | None:
        db = open_cache_db(cache_dir, name, *schema)
        if db is not None:
            (pages,) = db.execute("PRAGMA page_count").fetchone()
            db.execute(f"PRAGMA max_page_count = {pages}")
        return db

    for module in (corpus_index, results_store):
        monkeypatch.setattr(module, "open_cache_db", opened_full)


@pytest.mark.parametrize("warm", [False, True])
def test_a_full_disk_under_the_cache_is_said_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm: bool
) -> None:
    content = corpus_repo(tmp_path, monkeypatch)
    if warm:  # a cache that fills up when new articles need more room
        check_json("content")
        for i in range(4, 12):
            (content / f"a{i}.txt").write_text(article(i, VARIANTS[i % 5]))
    expected = check_json("--no-cache", "content")
    with monkeypatch.context() as patch:
        _disk_full(patch)
        result = CliRunner().invoke(main, ["check", "--format", "json", "--as-of", "2026-11-24", "content"])
    assert result.exit_code in (0, 1), result.output
    assert "disk" in result.stderr and "full" in result.stderr and "rollback" not in result.stderr
    assert json.loads(result.stdout) == expected
    assert check_json("content") == expected  # and the cache, with room again, still tells the truth


# -- 11c, 11d. signals: no traceback, no temporary file left beside the report ----

_ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

# `python -m lintkit` with a signal sent while lintkit.cli is being imported:
# the first moments of a run, forced instead of timed.
_SIGNAL_DURING_IMPORT = """
import os, runpy, signal, sys
# As a shell starts a program: the signal neither blocked nor ignored (a test
# runner's process may have left either, and a child inherits both).
signal.pthread_sigmask(signal.SIG_UNBLOCK, [{signum}])
signal.signal({signum}, signal.default_int_handler if {signum} == signal.SIGINT else signal.SIG_DFL)
class Hook:
    def find_spec(self, name, path=None, target=None):
        if name == "lintkit.cli":
            os.kill(os.getpid(), {signum})
        return None
sys.meta_path.insert(0, Hook())
sys.argv = ["lintkit", "check", "a.txt"]
runpy.run_module("lintkit", run_name="__main__")
"""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_lintkit_starts_prints_no_traceback(tmp_path: Path, signum: int) -> None:
    (tmp_path / "a.txt").write_text(S0)
    done = subprocess.run(
        [sys.executable, "-c", _SIGNAL_DURING_IMPORT.format(signum=int(signum))],
        cwd=tmp_path,
        env=_ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 128 + signum and done.stderr == "lintkit: interrupted\n"


def _started_writing(tmp_path: Path, server: str, *extra: str) -> subprocess.Popen[str]:
    """A run writing its report to report.txt, held by an image host that
    trickles its answer (about 20 s), returned once its temporary file exists."""
    (tmp_path / "a.txt").write_text(S0.replace(URL, server + "/trickle.png"))
    (tmp_path / "lintkit.toml").write_text("url_retries = 0\n")
    command = [*LINTKIT, "check", "--check-urls", "--url-timeout", "60", "--no-cache", "-o", "report.txt", "a.txt"]
    # Its temporary cache folder below the test's own: a run killed leaves it behind.
    (tmp_path / "temp").mkdir()
    env = {**_ENV, "TMPDIR": str(tmp_path / "temp")}
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120  # a guard against a hang, not a measure
    while not _temporary(tmp_path):
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    return proc


def _temporary(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_sigterm_is_handled_as_ctrl_c_and_leaves_no_temporary_file(server: str, tmp_path: Path) -> None:
    proc = _started_writing(tmp_path, server)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in err and "interrupted" in err
    assert _temporary(tmp_path) == [] and not (tmp_path / "report.txt").exists()


def test_a_temporary_report_a_killed_run_left_is_removed_by_the_next(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    proc = _started_writing(tmp_path, server)
    proc.kill()  # SIGKILL: no chance to clean up
    proc.communicate(timeout=120)
    assert len(_temporary(tmp_path)) == 1
    result = CliRunner().invoke(main, ["check", "--no-cache", "--select", "STR", "-o", "report.txt", "a.txt"])
    assert result.exit_code == 0, result.output
    assert _temporary(tmp_path) == [] and (tmp_path / "report.txt").exists()


# -- 11a. memory per finding -------------------------------------------------


def test_a_finding_costs_no_field_dict() -> None:
    """A run holds every finding of a file at once (500,000 checklist bullets:
    half a million CHK004, each with its fix). A field dict per finding and
    per fix was most of their memory; slotted, a finding with its fix takes
    a few hundred bytes beside its strings. Measured by allocation, not time."""
    from lintkit.model import Applicability, Edit, Finding, Fix, Severity
    from lintkit.store.results import FILE_RESULT

    message, path, anchor = "checklist item repeats the item at line 3", "a.txt", "run check number 1"

    def make(i: int) -> Finding:
        fix = Fix("remove the repeated item", Applicability.SAFE, (Edit(i, 1, i + 1, 1, ""),))
        values = ("CHK004", "duplicate-checklist-item", "checklist", Severity.WARNING, message, path, i, 1)
        return Finding.from_values((*values, None, (), anchor, (), fix))

    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    findings = [make(i) for i in range(10_000)]
    per_finding = (tracemalloc.get_traced_memory()[0] - before) / len(findings)
    tracemalloc.stop()
    assert per_finding < 480, per_finding  # with a field dict per finding and per fix: 550
    assert not hasattr(findings[0], "__dict__") and not hasattr(findings[0].fix, "__dict__")
    # and as the cache gives them back
    result = FILE_RESULT.loads(FILE_RESULT.dumps(FileResult("a.txt", "alphanode", tuple(findings[:3]))), "a.txt")
    assert result.findings == tuple(findings[:3]) and not hasattr(result.findings[0], "__dict__")


def test_the_json_report_of_a_file_with_many_findings_is_written_a_finding_at_a_time() -> None:
    """The JSON reporter made a dict per finding and the file's whole text at
    once: several times the findings' own memory. Now the same text, written
    as it goes (its peak allocation measured, not its time)."""
    from lintkit.model import Finding, Severity
    from lintkit.reports.json import JsonReporter, file_to_json

    findings = tuple(
        Finding("CHK004", "duplicate-checklist-item", "checklist", Severity.WARNING, f"item {i} repeats", "a.txt", i)
        for i in range(20_000)
    )
    result = FileResult("a.txt", "alphanode", findings, {"computed": {"quality": 1}, "declared": None})
    written: list[int] = []

    class Sink:
        def write(self, text: str) -> None:
            written.append(len(text))

    reporter = JsonReporter(Sink())  # type: ignore[arg-type]
    tracemalloc.start()
    reporter.file(result)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    reporter._write("", flush=True)
    whole = json.dumps(file_to_json(result), ensure_ascii=False)
    assert sum(written) == len("\n  " + whole)
    assert peak < len(whole) / 2, (peak, len(whole))  # never the whole file's text, nor a dict per finding
    out: list[str] = []
    sink = type("Collect", (), {"write": lambda self, text: out.append(text)})()
    again = JsonReporter(sink)  # type: ignore[arg-type]
    again.file(result)
    again._write("", flush=True)
    assert "".join(out) == "\n  " + whole


def test_the_index_lock_is_held_once_and_freed_by_a_dead_holder(tmp_path: Path) -> None:
    """`db.exclusive`: a second holder is refused while the first holds it,
    and a process killed while holding it frees it."""
    from lintkit.db import exclusive

    with exclusive(tmp_path, "x.lock", wait=0) as first:
        assert first
        with exclusive(tmp_path, "x.lock", wait=0.1) as second:
            assert not second
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from lintkit.db import exclusive\n"
            "with exclusive(Path(sys.argv[1]), 'x.lock', wait=0) as held:\n print(held, flush=True); time.sleep(60)",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert holder.stdout is not None and holder.stdout.readline() == "True\n"
    with exclusive(tmp_path, "x.lock", wait=0) as meanwhile:
        assert not meanwhile
    holder.kill()
    holder.wait()
    with exclusive(tmp_path, "x.lock", wait=0) as after:
        assert after
