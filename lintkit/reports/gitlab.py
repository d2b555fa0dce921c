"""`--format gitlab`: a GitLab Code Quality report, which the merge request
shows as new and resolved findings against the target branch.

The report is a JSON array with one object per finding, the fields GitLab
reads: `description`, `check_name`, `fingerprint`, `severity`, and
`location.path` with `location.lines.begin`
(https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
The fingerprint is the baseline's (code, path and the text the finding is
about, not the line), so an old finding on lines that moved is not new; it
is made with the path as reported, relative to the current folder.
Written as files finish, in pieces, like `--format json`.
"""

from __future__ import annotations

import json

from lintkit.baseline import fingerprints
from lintkit.model import Severity
from lintkit.reports import RunInfo
from lintkit.reports.json import ChunkedWriter
from lintkit.reports.sarif import relative_uri
from lintkit.results import FileResult, Summary

# GitLab's severities are info, minor, major, critical and blocker. An error
# is "major", not "critical" or "blocker": lintkit's findings are about
# content, never a broken build; the exit code is the gate.
SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


class GitlabReporter(ChunkedWriter):
    def start(self, run: RunInfo) -> None:
        self._write("[")

    def file(self, result: FileResult) -> None:
        path = relative_uri(result.path)
        # Made with the path as reported: the same whether the run was given it relative or absolute.
        for f, fp in zip(result.findings, fingerprints(result.findings, path), strict=True):
            issue = {
                "description": f"{f.code} {f.message}",
                "check_name": f.code,
                "fingerprint": fp,
                "severity": SEVERITY[f.severity],
                "location": {"path": path, "lines": {"begin": f.line}},
            }
            self._write(("\n " if self.count == 0 else ",\n ") + json.dumps(issue, ensure_ascii=False))
            self.count += 1

    def finish(self, summary: Summary) -> None:
        self._write("\n]\n" if self.count else "]\n", flush=True)
