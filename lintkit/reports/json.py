"""`--format json`: the stable machine contract (see docs/json.md).

Written as files finish, one file object per line, so a run over a large
corpus never holds the whole document in memory.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from lintkit.model import Finding, Fix, Severity
from lintkit.reports import RunInfo
from lintkit.results import FileResult, Summary


def finding_to_json(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "category": f.category,
        "severity": f.severity.label,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "related": [{"path": r.path, "line": r.line, "column": r.column} for r in f.related],
        "fix": fix_to_json(f.fix) if f.fix is not None else None,
    }


def fix_to_json(fix: Fix) -> dict[str, Any]:
    return {
        "message": fix.message,
        "applicability": fix.applicability.value,
        "edits": [
            {
                "line": e.line,
                "column": e.column,
                "end_line": e.end_line,
                "end_column": e.end_column,
                "content": e.content,
            }
            for e in fix.edits
        ],
    }


def file_to_json(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "format": result.format,
        "scores": result.scores,
        "omitted": omitted_to_json(result),
        "findings": [finding_to_json(f) for f in result.findings],
    }


def omitted_to_json(result: FileResult) -> dict[str, int]:
    """Code -> how many of its findings the file had beyond `max_findings_per_code` (not listed)."""
    return {o.code: o.count for o in result.omitted}


def summary_to_json(summary: Summary) -> dict[str, int]:
    counts = {sev.label: summary.counts[sev] for sev in reversed(Severity)}
    return {"files": summary.files, **counts, "omitted": summary.omitted}


# json.dumps(obj, ensure_ascii=False), its encoder made once: json.dumps makes
# one per call when given an option (a finding's object each).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode

# Output is written in pieces of about this many characters: a write per file
# costs a system call each when Python runs unbuffered (PYTHONUNBUFFERED).
WRITE_CHUNK = 1 << 16


class ChunkedWriter:
    """A reporter that writes its text in pieces of about WRITE_CHUNK characters (`_write`)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0
        self.pending: list[str] = []
        self.pending_size = 0

    def _write(self, text: str, flush: bool = False) -> None:
        self.pending.append(text)
        self.pending_size += len(text)
        if flush or self.pending_size >= WRITE_CHUNK:
            self.stream.write("".join(self.pending))
            self.pending, self.pending_size = [], 0


class JsonReporter(ChunkedWriter):
    def start(self, run: RunInfo) -> None:
        tool = {"name": "lintkit", "version": run.version}
        self._write('{"tool": ' + json.dumps(tool) + ',\n "files": [')

    def file(self, result: FileResult) -> None:
        """The file's object, its findings one at a time: the text json.dumps
        gives of file_to_json(result), without holding a dict per finding and
        the whole file's text at once (half a million findings in one file)."""
        sep = "\n  " if self.count == 0 else ",\n  "
        head = {"path": result.path, "format": result.format, "scores": result.scores}
        head["omitted"] = omitted_to_json(result)
        self._write(sep + _ENCODE(head)[:-1] + ', "findings": [')
        for i, finding in enumerate(result.findings):
            self._write((", " if i else "") + _ENCODE(finding_to_json(finding)))
        self._write("]}")
        self.count += 1

    def finish(self, summary: Summary) -> None:
        end = "\n ]" if self.count else "]"
        self._write(end + ',\n "summary": ' + json.dumps(summary_to_json(summary)) + "}\n", flush=True)
