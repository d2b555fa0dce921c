"""Test-wide set-up: the tests read lintkit's output as a pipe sees it,
whatever the environment running them says about its terminal."""

import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest
from urlserver import serve

# lintkit keeps its syllable table in the user's cache folder (lintkit.syllables.
# table_folder). The tests use one of their own, made by the first pytest process
# (the xdist workers inherit it) and removed by it: never the real home's, and
# one table for the whole session instead of one per test folder.
# The same folder holds what the xdist workers share (SESSION_FOLDER: the
# pre-commit hook environment, tests/test_precommit.py).
_SESSION_OWNER = "LINTKIT_TESTS_SESSION_OWNER"
SESSION_FOLDER = "LINTKIT_TESTS_SESSION"


def pytest_configure(config: pytest.Config) -> None:
    if _SESSION_OWNER not in os.environ:
        folder = tempfile.mkdtemp(prefix="lintkit-tests-")
        os.environ[_SESSION_OWNER] = str(os.getpid())
        os.environ[SESSION_FOLDER] = folder
        os.environ["XDG_CACHE_HOME"] = os.path.join(folder, "user-cache")


def pytest_unconfigure(config: pytest.Config) -> None:
    if os.environ.get(_SESSION_OWNER) == str(os.getpid()):
        shutil.rmtree(os.environ[SESSION_FOLDER], ignore_errors=True)


# Rich treats these as "this is a terminal" (or sizes its output by them); a CI
# runner may set them, and then tables fold at 80 columns and colour codes appear.
TERMINAL_HINTS = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR", "COLUMNS", "LINES", "CLICOLOR_FORCE")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in TERMINAL_HINTS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[str]:
    """A local image host (tests/urlserver.py): the url check's tests never touch the network."""
    yield from serve()
