"""Reporters: one class per output format behind one small protocol.

The engine hands each reporter the run's context once (`start`), every
file's result as it is done (`file`), and the totals at the end (`finish`).
A reporter writes to the stream it was given and never re-parses anything;
what a reader of the report might miss (results left out to fit a CI
service's limit) it also tells the run's `note`, which the CLI prints on
standard error.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from typing import Protocol, TextIO

from lintkit import __version__
from lintkit.model import Finding, Severity
from lintkit.results import FileResult, Summary
from lintkit.rules import Rule
from lintkit.structs import dataclass


@dataclass(frozen=True)
class RunInfo:
    """What every reporter is told about the run besides the results."""

    rules: Mapping[str, Rule]
    fail_on: Severity
    as_of: dt.date
    quiet: bool = False
    version: str = __version__
    # Where a reporter says what its report leaves out; the CLI prints it on stderr.
    note: Callable[[str], None] = lambda text: None
    # `--show-source`: a finding's line with a caret under its column (reports.source), or None.
    source: Callable[[Finding], str] | None = None


class Reporter(Protocol):
    def __init__(self, stream: TextIO) -> None: ...
    def start(self, run: RunInfo) -> None: ...
    def file(self, result: FileResult) -> None: ...
    def finish(self, summary: Summary) -> None: ...


_REPORTERS = {
    "rich": ("lintkit.reports.terminal", "TerminalReporter"),
    "json": ("lintkit.reports.json", "JsonReporter"),
    "sarif": ("lintkit.reports.sarif", "SarifReporter"),
    "github": ("lintkit.reports.github", "GithubReporter"),
    "markdown": ("lintkit.reports.markdown", "MarkdownReporter"),
    "junit": ("lintkit.reports.junit", "JunitReporter"),
    "gitlab": ("lintkit.reports.gitlab", "GitlabReporter"),
}
FORMATS = tuple(_REPORTERS)
# Formats that show the scores, so the run computes them even with no rule on them.
SHOWS_SCORES = frozenset({"json", "markdown"})


def reporter_class(name: str) -> type[Reporter]:
    """The reporter for a format name; only its module is imported."""
    module, cls = _REPORTERS[name]
    return getattr(importlib.import_module(module), cls)  # type: ignore[no-any-return]
