"""`--format junit`: JUnit XML for CI systems other than GitHub (GitLab, Jenkins).

One testsuite per file; each finding is a failing testcase named by its code
and line; a file without findings has one passing testcase.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from lintkit.reports import RunInfo
from lintkit.results import FileResult, Summary

# Characters XML 1.0 does not allow at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


class JunitReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.root = ET.Element("testsuites", name="lintkit")
        self.total = self.failures = 0

    def start(self, run: RunInfo) -> None:
        pass

    def file(self, result: FileResult) -> None:
        findings = result.findings
        path = xml_text(result.path)
        suite = ET.SubElement(
            self.root,
            "testsuite",
            name=path,
            tests=str(max(1, len(findings))),
            failures=str(len(findings)),
            errors="0",
        )
        if not findings:
            ET.SubElement(suite, "testcase", name="lintkit", classname=path)
        for f in findings:
            case = ET.SubElement(suite, "testcase", name=f"{f.code} {f.name} line {f.line}", classname=path, file=path)
            failure = ET.SubElement(case, "failure", message=xml_text(f.message), type=f.severity.label)
            failure.text = xml_text(f"{f.path}:{f.line}:{f.column}: {f.code} {f.severity.label} {f.message}")
        self.total += max(1, len(findings))
        self.failures += len(findings)

    def finish(self, summary: Summary) -> None:
        self.root.set("tests", str(self.total))
        self.root.set("failures", str(self.failures))
        ET.indent(self.root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(self.root, encoding="unicode"))
        self.stream.write("\n")
