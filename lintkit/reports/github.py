"""`--format github`: one GitHub Actions workflow command per finding, which
the runner turns into an annotation on the pull request's diff.

GitHub shows only the first few annotations of each type per step (see
ANNOTATIONS_SHOWN_PER_TYPE), in the order the step printed them: so errors
come first, then warnings, then notices, each in file order, and a last
plain line gives the totals, so the log says how many there are when the
pull request shows only some.
"""

from __future__ import annotations

from typing import TextIO

from lintkit.model import Finding, Severity
from lintkit.reports import RunInfo
from lintkit.reports.terminal import totals_line
from lintkit.results import FileResult, Summary

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

# "10 warning annotations, 10 error annotations, and 10 notice annotations per
# step" (and 50 per job, all steps together):
# https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations
ANNOTATIONS_SHOWN_PER_TYPE = 10


def escape_data(text: str) -> str:
    """The escaping the runner expects in a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """The escaping of a property value (file, title): also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.found: dict[Severity, list[Finding]] = {sev: [] for sev in Severity}
        self.quiet = False

    def start(self, run: RunInfo) -> None:
        self.quiet = run.quiet

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            self.found[f.severity].append(f)

    def finish(self, summary: Summary) -> None:
        lines = []
        for sev in sorted(Severity, reverse=True):
            for f in self.found[sev]:
                props = (
                    f"file={escape_property(f.path)},line={f.line},col={f.column},"
                    f"title={escape_property(f'{f.code} {f.name}')}"
                )
                lines.append(f"::{COMMAND[sev]} {props}::{escape_data(f.message)}\n")
        if not self.quiet:
            line = f"lintkit: {totals_line(summary)}"
            if any(len(found) > ANNOTATIONS_SHOWN_PER_TYPE for found in self.found.values()):
                line += (
                    f"; GitHub shows the first {ANNOTATIONS_SHOWN_PER_TYPE} annotations of each type per step, "
                    "the log lists them all"
                )
            lines.append(line + "\n")
        self.stream.write("".join(lines))
