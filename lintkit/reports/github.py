"""`--format github`: one GitHub Actions workflow command per finding, which
the runner turns into an annotation on the pull request's diff."""

from __future__ import annotations

from typing import TextIO

from lintkit.model import Severity
from lintkit.reports import RunInfo
from lintkit.results import FileResult, Summary

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The escaping the runner expects in a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """The escaping of a property value (file, title): also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, run: RunInfo) -> None:
        pass

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            props = (
                f"file={escape_property(f.path)},line={f.line},col={f.column},"
                f"title={escape_property(f'{f.code} {f.name}')}"
            )
            self.stream.write(f"::{COMMAND[f.severity]} {props}::{escape_data(f.message)}\n")

    def finish(self, summary: Summary) -> None:
        pass
