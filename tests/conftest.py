"""Test-wide set-up: the tests read lintkit's output as a pipe sees it,
whatever the environment running them says about its terminal."""

from collections.abc import Iterator

import pytest
from urlserver import serve

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
