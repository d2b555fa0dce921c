"""The pre-commit hook as a user meets it: the snippet README.md and
docs/ci.md show, run by pre-commit itself (`git commit`, `pre-commit run`)
with only the repository url replaced by a local clone of this checkout, at
the documented `rev`, a release tag that the clone is given as a release
would be.

One hook environment serves every test here (the module's fixture, and one
xdist group: `make test` runs with `--dist loadgroup`), and pre-commit
installs it without the network, from wheels made of the test environment's
own packages (tests/wheelhouse.py): seconds instead of minutes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import ROOT, replace_once, seed

from lintkit import __version__

pytestmark = [
    pytest.mark.skipif(
        shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and a git checkout"
    ),
    pytest.mark.xdist_group("pre-commit"),  # when loadgroup works again; see the fixture
]

# Where users find the snippet.
DOCUMENTS = ("README.md", "docs/ci.md")
# The repository url the documents give, replaced by the local clone in the tests.
REPOSITORY = "https://github.com/alphanode/lintkit"
# One `pre-commit` command, the hook environment's installation included.
PRE_COMMIT_TIMEOUT = 300
SNIPPET = re.compile(r"```yaml\n(repos:\n.*?)```", re.S)


def snippet(document: str) -> str:
    found = SNIPPET.findall((ROOT / document).read_text(encoding="utf-8"))
    assert len(found) == 1, f"{document}: expected one pre-commit snippet, found {len(found)}"
    return found[0]


def test_the_documents_show_one_snippet_for_this_repository_and_release() -> None:
    """README.md and docs/ci.md give the same snippet, naming this repository
    and the release tag of this version (as ruff's docs do: `rev: v0.8.0`)."""
    texts = {d: snippet(d) for d in DOCUMENTS}
    assert texts["README.md"] == texts["docs/ci.md"]
    text = texts["README.md"]
    assert f"  - repo: {REPOSITORY}\n" in text
    assert re.findall(r"rev: (\S+)", text) == [f"v{__version__}"]


def git(cwd: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env)
    return done.stdout


@dataclass
class PreCommit:
    hook_repo: Path
    env: dict[str, str]

    def content_repo(self, folder: Path, config: str | None = None) -> Path:
        """A content repository whose .pre-commit-config.yaml is the documented
        snippet (or `config`) with the url replaced by the local clone."""
        folder.mkdir()
        git(folder, "init", "-q", env=self.env)
        text = (config or snippet("README.md")).replace(REPOSITORY, str(self.hook_repo))
        (folder / ".pre-commit-config.yaml").write_text(text)
        git(folder, "add", ".pre-commit-config.yaml", env=self.env)
        return folder

    def run(self, repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", *args],
            cwd=repo,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=PRE_COMMIT_TIMEOUT,
        )

    def commit(self, repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
        """`git commit` of `files` with the hook installed, as a user commits."""
        git(repo, "add", *files, env=self.env)
        return subprocess.run(
            ["git", "commit", "-q", "-m", "content"],
            cwd=repo,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=PRE_COMMIT_TIMEOUT,
        )


def _clone_this_checkout(target: Path, env: dict[str, str]) -> Path:
    """This checkout as it is (uncommitted edits included), committed in a new
    repository and tagged with the release tag the snippet names."""
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git(target, "init", "-q", env=env)
    git(target, "add", "-A", env=env)
    git(target, "commit", "-q", "-m", "this checkout", env=env)
    git(target, "tag", "-a", f"v{__version__}", "-m", f"lintkit {__version__}", env=env)
    return target


@pytest.fixture(scope="module")
def pre_commit() -> Iterator[PreCommit]:
    """The hook repository and pre-commit's home, made once for the session
    in the folder the xdist workers share (tests/conftest.py): whichever
    worker runs these tests, pre-commit installs the hook environment once
    (pytest-xdist's `loadgroup` does not group tests under pytest 9.2, and
    pre-commit locks its home against two installs at once)."""
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
    from lintkit.db import exclusive

    base = Path(os.environ["LINTKIT_TESTS_SESSION"]) / "pre-commit"  # conftest.SESSION_FOLDER
    base.mkdir(exist_ok=True)
    with exclusive(base, "setup.lock", wait=PRE_COMMIT_TIMEOUT) as held:
        assert held, "another worker kept the pre-commit set-up lock"
        env = _environment(base)
        if not (base / "ready").exists():
            _clone_this_checkout(base / "lintkit", env)
            (base / "ready").touch()
    yield PreCommit(base / "lintkit", env)


def _environment(base: Path) -> dict[str, str]:
    from wheelhouse import build_wheelhouse, offline_pip

    wheels = base / "wheels"
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(base / "home"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "GIT_CONFIG_NOSYSTEM": "1",
        **offline_pip(wheels if wheels.exists() else build_wheelhouse(wheels)),
    }
    # The hook's lintkit must be the clone's, not this checkout's (the tests' own PYTHONPATH).
    env.pop("PYTHONPATH", None)
    # The hook environment keeps its bytecode, as a user's does: with this set
    # (as on some CI machines) every hook run compiled every module it imports.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


BROKEN = replace_once(seed("000"), "practical guide to reducing build time with python services\n\n", "")


def test_the_documented_hook_passes_a_good_article_and_stops_a_broken_one(
    pre_commit: PreCommit, tmp_path: Path
) -> None:
    repo = pre_commit.content_repo(tmp_path / "content")
    installed = pre_commit.run(repo, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    (repo / "good.txt").write_text(seed("000"))
    ok = pre_commit.commit(repo, "good.txt")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert re.search(r"lintkit\.+Passed", ok.stdout + ok.stderr)

    (repo / "broken.txt").write_text(BROKEN)
    bad = pre_commit.commit(repo, "broken.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert re.search(r"lintkit\.+Failed", bad.stdout + bad.stderr)
    assert "broken.txt:3:1: STR002 error no title line" in bad.stdout + bad.stderr


def test_an_excluded_file_does_not_block_a_commit(pre_commit: PreCommit, tmp_path: Path) -> None:
    """pre-commit names the staged files; the hooks pass --force-exclude, so the
    config's `exclude` holds for them as it does for a folder walked (ruff's
    hook does the same)."""
    repo = pre_commit.content_repo(tmp_path / "content")
    (repo / "lintkit.toml").write_text('exclude = ["drafts/"]\n')
    (repo / "drafts").mkdir()
    (repo / "drafts" / "broken.txt").write_text(BROKEN)
    done = pre_commit.run(repo, "run", "--files", "drafts/broken.txt", "lintkit.toml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "STR002" not in done.stdout

    (repo / "broken.txt").write_text(BROKEN)  # not excluded: still stopped
    done = pre_commit.run(repo, "run", "--files", "drafts/broken.txt", "broken.txt")
    assert done.returncode == 1 and "broken.txt:3:1: STR002" in done.stdout
    assert "drafts/broken.txt" not in done.stdout


def test_the_documented_fix_hook_fixes_the_file(pre_commit: PreCommit, tmp_path: Path) -> None:
    """The snippet's commented alternative, `lintkit-fix`, uncommented: it
    rewrites the reading time, and pre-commit fails the run because a hook
    changed a file (the user stages the fix and commits again)."""
    text = snippet("README.md")
    fix = replace_once(text, "      - id: lintkit\n", "")
    fix = replace_once(fix, "      # - id: lintkit-fix\n", "      - id: lintkit-fix\n")
    repo = pre_commit.content_repo(tmp_path / "content", fix)
    (repo / "post.txt").write_text(seed("000"))
    git(repo, "add", "post.txt", env=pre_commit.env)
    done = pre_commit.run(repo, "run", "--files", "post.txt")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "files were modified by this hook" in done.stdout
    assert "reading time1\n" in (repo / "post.txt").read_text()
    again = pre_commit.run(repo, "run", "--files", "post.txt")
    assert again.returncode == 0, again.stdout + again.stderr
