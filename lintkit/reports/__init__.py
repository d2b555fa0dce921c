"""Reporters: one class per output format behind one small protocol.

The engine hands each reporter the run's context once (`start`), every
file's result as it is done (`file`), and the totals at the end (`finish`).
A reporter writes to the stream it was given and never re-parses anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol, TextIO

from lintkit import __version__
from lintkit.engine import FileResult, Summary
from lintkit.model import Severity
from lintkit.rules import Rule


@dataclass(frozen=True)
class RunInfo:
    rules: Mapping[str, Rule]
    fail_on: Severity
    as_of: dt.date
    quiet: bool = False
    version: str = __version__


class Reporter(Protocol):
    def __init__(self, stream: TextIO) -> None: ...
    def start(self, run: RunInfo) -> None: ...
    def file(self, result: FileResult) -> None: ...
    def finish(self, summary: Summary) -> None: ...


def reporters() -> dict[str, type[Reporter]]:
    """Format name -> reporter class (imported here to keep start-up lean)."""
    from lintkit.reports.json import JsonReporter
    from lintkit.reports.terminal import TerminalReporter

    return {"rich": TerminalReporter, "json": JsonReporter}


FORMATS = ("rich", "json")
