"""`--format sarif`: SARIF 2.1.0 as GitHub code scanning takes it.

Locations are relative to the current folder (the repository root in CI);
`partialFingerprints` are lintkit's baseline fingerprints (code, path and the
text the finding is about, not the line), so an alert survives lines moving.

Results come most severe first (errors, warnings, then notes, each in file
order) and stop at what code scanning accepts in one run; what was left out
is said in the run (a tool notification and the run's properties) and on
standard error. No more findings than the limit are ever held, only those
kept are encoded, one result per line, and they are written a thousand at a
time: a run over thousands of articles costs about what `--format json` does.
"""

from __future__ import annotations

import json
import os
from typing import Any, TextIO

from lintkit.baseline import fingerprints
from lintkit.model import Finding, Severity
from lintkit.reports import RunInfo
from lintkit.reports.terminal import omitted_line
from lintkit.results import FileResult, Summary
from lintkit.text import plural

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/alphanode/lintkit"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

# GitHub code scanning rejects a run with more results than this ("Results per
# run: 25,000"; it displays the 5,000 most severe):
# https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
# Its other limits (20 runs per file, 25,000 rules per run, 1,000 locations
# per result, 20 tags per rule) lintkit stays far below by construction: one
# run, one location per result, one tag per rule. The upload takes at most
# 10 MB gzip-compressed (.../troubleshooting-sarif-uploads/file-too-large);
# 25,000 of lintkit's results are about 1.6 MB so.
CODE_SCANNING_MAX_RESULTS_PER_RUN = 25_000
OMITTED_NOTIFICATION = "lintkit/results-omitted"
# The findings of a code beyond max_findings_per_code in a file, counted but not listed.
CAPPED_NOTIFICATION = "lintkit/findings-not-listed"
# Results written at a time: a few writes (each a system call when Python runs
# unbuffered), and no second copy of the whole report in memory.
WRITE_RESULTS = 1000

_ASCENDING = tuple(sorted(Severity))

# One encoder for every result: C-accelerated (no indent), UTF-8 kept as is.
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def relative_uri(path: str) -> str:
    """A path as CI services want it: relative to the current folder, with '/'."""
    rel = os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)
    return rel.replace(os.sep, "/")


class SarifReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        # The findings held (each with its fingerprint and its uri as JSON text),
        # by severity, each in file order; how many of each were left out.
        self.kept: dict[Severity, list[tuple[Finding, str, str]]] = {sev: [] for sev in Severity}
        self.omitted: dict[Severity, int] = dict.fromkeys(Severity, 0)
        self.held = 0
        self.run: RunInfo | None = None
        self.uris: dict[str, str] = {}
        self.heads: dict[tuple[str, Severity], str] = {}

    def start(self, run: RunInfo) -> None:
        self.run = run
        self.index = {code: i for i, code in enumerate(run.rules)}

    def _uri(self, path: str) -> str:
        """The path's uri, encoded as a JSON string (asked once per path)."""
        uri = self.uris.get(path)
        if uri is None:
            uri = self.uris[path] = _encode(relative_uri(path))
        return uri

    def _encoded(self, f: Finding, fingerprint: str, uri: str) -> str:
        """One result as JSON text. Its fixed parts are written out here rather
        than built as nested dicts for the encoder: a large run has tens of
        thousands of results, and this is most of what writing them costs."""
        head = self.heads.get((f.code, f.severity))
        if head is None:
            head = self.heads[(f.code, f.severity)] = (
                f'{{"ruleId": {_encode(f.code)}, "ruleIndex": {self.index.get(f.code, 0)}, '
                f'"level": "{LEVEL[f.severity]}", "message": {{"text": '
            )
        end = f', "endLine": {f.end_line}' if f.end_line and f.end_line >= f.line else ""
        text = (
            f"{head}{_encode(f.message)}}}, "
            f'"locations": [{{"physicalLocation": {{"artifactLocation": {{"uri": {uri}}}, '
            f'"region": {{"startLine": {f.line}, "startColumn": {f.column}{end}}}}}}}], '
            f'"partialFingerprints": {{"lintkitFingerprint/v1": "{fingerprint}"}}'
        )
        if f.fix is not None:
            fixes = [
                {
                    "description": {"text": f.fix.message},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": relative_uri(f.path)},
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
            text += f', "fixes": {_encode(fixes)}'
        if f.related:
            related = ", ".join(
                f'{{"id": {i}, "physicalLocation": {{"artifactLocation": {{"uri": {self._uri(r.path)}}}, '
                f'"region": {{"startLine": {r.line}, "startColumn": {r.column}}}}}}}'
                for i, r in enumerate(f.related)
            )
            text += f', "relatedLocations": [{related}]'
        return text + "}"

    def file(self, result: FileResult) -> None:
        # The findings held are always the first of all those met so far in
        # the report's order (most severe first, each severity in file order),
        # no more than the limit: once it is reached, a finding takes the place
        # of the last held one of a less severe level, or is left out. Only the
        # kept ones are encoded, at the end.
        limit = CODE_SCANNING_MAX_RESULTS_PER_RUN
        kept, omitted = self.kept, self.omitted
        for f, fp in zip(result.findings, fingerprints(result.findings), strict=True):
            if self.held >= limit:
                lowest = next((s for s in _ASCENDING if kept[s]), None)
                if lowest is None or lowest >= f.severity:
                    omitted[f.severity] += 1
                    continue
                kept[lowest].pop()
                omitted[lowest] += 1
                self.held -= 1
            kept[f.severity].append((f, fp, self._uri(f.path)))
            self.held += 1

    def finish(self, summary: Summary) -> None:
        assert self.run is not None
        kept = [found for sev in sorted(Severity, reverse=True) for found in self.kept[sev]]
        omitted = {LEVEL[sev]: n for sev, n in sorted(self.omitted.items(), reverse=True) if n}
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
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "lintkit",
                    "version": self.run.version,
                    "semanticVersion": self.run.version,
                    "informationUri": INFORMATION_URI,
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
        }
        notifications: list[dict[str, Any]] = []
        properties: dict[str, Any] = {}
        if omitted:
            total = len(kept) + sum(omitted.values())
            left_out = ", ".join(plural(n, level) for level, n in omitted.items())
            text = (
                f"{total - len(kept)} of {total} results left out ({left_out}): GitHub code scanning takes at most "
                f"{CODE_SCANNING_MAX_RESULTS_PER_RUN:,} per run, so the most severe come first; "
                "`--format json` lists them all"
            )
            notifications.append(
                {"descriptor": {"id": OMITTED_NOTIFICATION}, "level": "warning", "message": {"text": text}}
            )
            properties |= {"resultsTotal": total, "resultsOmitted": omitted}
            self.run.note(f"SARIF: {text}")
        if summary.omitted:  # the run's own cap (max_findings_per_code): said here, and on stderr by the CLI
            text = omitted_line(summary)
            descriptor = {"id": CAPPED_NOTIFICATION}
            notifications.append({"descriptor": descriptor, "level": "note", "message": {"text": text}})
            properties["findingsNotListed"] = summary.omitted
        if notifications:
            run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notifications}]
        if properties:
            run["properties"] = properties
        run["results"] = []  # last, so the results are written after everything else
        head, sep, tail = json.dumps(
            {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=1, ensure_ascii=False
        ).rpartition('"results": []')
        assert sep, "the run's results key must be in the document"
        self.stream.write(head + '"results": [')
        for start in range(0, len(kept), WRITE_RESULTS):
            chunk = ",\n".join(self._encoded(*found) for found in kept[start : start + WRITE_RESULTS])
            self.stream.write(("\n" if start == 0 else ",\n") + chunk)
        self.stream.write(("\n]" if kept else "]") + tail + "\n")
