"""`--format sarif`: SARIF 2.1.0 as GitHub code scanning takes it.

Locations are relative to the current folder (the repository root in CI);
`partialFingerprints` are lintkit's baseline fingerprints (code, path and the
text the finding is about, not the line), so an alert survives lines moving.
"""

from __future__ import annotations

import json
import os
from typing import Any, TextIO

from lintkit.baseline import fingerprints
from lintkit.model import Finding, Severity
from lintkit.reports import RunInfo
from lintkit.results import FileResult, Summary

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/alphanode/lintkit"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    rel = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    return rel.replace(os.sep, "/")


class SarifReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.results: list[dict[str, Any]] = []
        self.run: RunInfo | None = None

    def start(self, run: RunInfo) -> None:
        self.run = run
        self.index = {code: i for i, code in enumerate(run.rules)}

    def _result(self, f: Finding, fingerprint: str) -> dict[str, Any]:
        region: dict[str, int] = {"startLine": f.line, "startColumn": f.column}
        if f.end_line and f.end_line >= f.line:
            region["endLine"] = f.end_line
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": self.index.get(f.code, 0),
            "level": LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": region}}],
            "partialFingerprints": {"lintkitFingerprint/v1": fingerprint},
        }
        if f.fix is not None:
            result["fixes"] = [
                {
                    "description": {"text": f.fix.message},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": _uri(f.path)},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "startLine": e.line,
                                        "startColumn": e.column,
                                        "endLine": e.end_line,
                                        "endColumn": e.end_column,
                                    },
                                    "insertedContent": {"text": e.content},
                                }
                                for e in f.fix.edits
                            ],
                        }
                    ],
                }
            ]
        if f.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(r.path)},
                        "region": {"startLine": r.line, "startColumn": r.column},
                    },
                }
                for i, r in enumerate(f.related)
            ]
        return result

    def file(self, result: FileResult) -> None:
        for f, fp in zip(result.findings, fingerprints(result.findings), strict=True):
            self.results.append(self._result(f, fp))

    def finish(self, summary: Summary) -> None:
        assert self.run is not None
        rules = [
            {
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.doc.split("\n\n", 1)[0].removeprefix("What it checks\n")},
                "help": {"text": r.doc},
                "helpUri": f"{INFORMATION_URI}/blob/main/docs/rules.md#{r.code.lower()}",
                "defaultConfiguration": {"level": LEVEL[r.severity]},
                "properties": {"tags": [r.category.value]},
            }
            for r in self.run.rules.values()
        ]
        doc = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "lintkit",
                            "version": self.run.version,
                            "semanticVersion": self.run.version,
                            "informationUri": INFORMATION_URI,
                            "rules": rules,
                        }
                    },
                    "results": self.results,
                    "columnKind": "unicodeCodePoints",
                }
            ],
        }
        json.dump(doc, self.stream, indent=1, ensure_ascii=False)
        self.stream.write("\n")
