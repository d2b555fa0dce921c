"""The pre-commit hook, installed by pre-commit itself from this repository."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, replace_once, seed

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and a git checkout"
)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def try_repo(repo: Path, *files: str, hook: str = "lintkit") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        # One hook environment per lintkit revision, kept beside the venv so reruns are fast.
        "PRE_COMMIT_HOME": str(ROOT / ".venv" / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--files", *files],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_hook_passes_a_good_article_and_fails_a_broken_one(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
    repo = tmp_path / "content"
    repo.mkdir()
    git(repo, "init", "-q")
    good = seed("000")
    broken = replace_once(good, "practical guide to reducing build time with python services\n\n", "")
    (repo / "good.txt").write_text(good)
    (repo / "broken.txt").write_text(broken)
    git(repo, "add", ".")

    ok = try_repo(repo, "good.txt")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Passed" in ok.stdout

    bad = try_repo(repo, "broken.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "broken.txt:3:1: STR002 error no title line" in bad.stdout


def test_the_fix_hook_is_a_valid_entry_that_fixes_the_file(tmp_path: Path) -> None:
    """`lintkit-fix` in the manifest, as pre-commit itself reads it, runs on
    the same files as `lintkit` and rewrites the reading time. (Its entry is
    run directly: installing the hook with pre-commit again, as the test
    above does for `lintkit`, would cost CI another minute or two.)"""
    clientlib = pytest.importorskip("pre_commit.clientlib", reason="pre-commit is not installed")
    hooks = {h["id"]: h for h in clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    fix, check = hooks["lintkit-fix"], hooks["lintkit"]
    assert (fix["files"], fix["require_serial"], fix["language"]) == (check["files"], True, check["language"])
    post = tmp_path / "post.txt"
    post.write_text(seed("000"))
    program, *args = shlex.split(fix["entry"])
    assert program == "lintkit"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "lintkit", *args, "post.txt"], cwd=tmp_path, env=env, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert "reading time1\n" in post.read_text() and b"fixed 2 findings in 1 file" in done.stderr
