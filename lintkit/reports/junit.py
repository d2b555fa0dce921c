"""`--format junit`: JUnit XML for CI test reports (GitLab, Jenkins).

One test case per file linted, clean files included, so the report's test
count is the number of files. A file's test case fails when it has a finding
at or above the run's fail level (`--fail-on`), the level that sets the exit
code: the report and the gate agree. The failure lists those findings; the
ones below the fail level are in the test case's `system-out`, shown but not
failing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from lintkit.model import Finding, Severity
from lintkit.reports import RunInfo
from lintkit.reports.terminal import plain_line
from lintkit.results import FileResult, Summary
from lintkit.text import plural

SUITE = "lintkit"

# Characters XML 1.0 does not allow at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _not_listed(result: FileResult) -> str:
    """What the file had beyond max_findings_per_code, which the failure does not list."""
    n = sum(o.count for o in result.omitted)
    return f" ({n} more not listed)" if n else ""


def _counted(findings: list[Finding]) -> str:
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    return ", ".join(plural(n, s.label) for s, n in sorted(counts.items(), reverse=True) if n)


class JunitReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.root = ET.Element("testsuites", name="lintkit")
        self.suite = ET.SubElement(self.root, "testsuite", name=SUITE)
        self.total = self.failures = 0
        self.fail_on = Severity.ERROR

    def start(self, run: RunInfo) -> None:
        self.fail_on = run.fail_on

    def file(self, result: FileResult) -> None:
        path = xml_text(result.path)
        case = ET.SubElement(self.suite, "testcase", name=path, classname=SUITE, file=path)
        failing = [f for f in result.findings if f.severity >= self.fail_on]
        below = [f for f in result.findings if f.severity < self.fail_on]
        if failing:
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{_counted(failing)} at or above {self.fail_on.label}{_not_listed(result)}",
                type=max(f.severity for f in failing).label,
            )
            failure.text = xml_text("".join(plain_line(f) + "\n" for f in failing))
            self.failures += 1
        if below:
            out = ET.SubElement(case, "system-out")
            out.text = xml_text(
                f"{_counted(below)} below {self.fail_on.label}:\n" + "".join(plain_line(f) + "\n" for f in below)
            )
        self.total += 1

    def finish(self, summary: Summary) -> None:
        for element in (self.root, self.suite):
            element.set("tests", str(self.total))
            element.set("failures", str(self.failures))
            element.set("errors", "0")
        ET.indent(self.root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(self.root, encoding="unicode"))
        self.stream.write("\n")
