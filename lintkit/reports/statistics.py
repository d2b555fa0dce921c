"""`check --statistics`: how many findings of each code, instead of the findings (ruff's `--statistics`).

One line per code (and severity, when the config gives some findings of a
code another severity), most frequent first: the count, the code, the
severity, `[*]` when every one of them has a safe fix (`[-]` when some do,
`[ ]` when none does), and the rule's name; then the totals. With `--format
json`, a JSON array of objects with the same fields.
"""

from __future__ import annotations

import json
from typing import TextIO

from lintkit.model import Applicability, Severity
from lintkit.reports import RunInfo
from lintkit.reports.terminal import fixable_line, totals_line
from lintkit.results import FileResult, Summary


class StatisticsReporter:
    def __init__(self, stream: TextIO, as_json: bool = False) -> None:
        self.stream = stream
        self.as_json = as_json
        self.run: RunInfo | None = None
        # (code, severity) -> [count, with a safe fix]
        self.counts: dict[tuple[str, Severity], list[int]] = {}

    def start(self, run: RunInfo) -> None:
        self.run = run

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            entry = self.counts.setdefault((f.code, f.severity), [0, 0])
            entry[0] += 1
            entry[1] += f.fix is not None and f.fix.applicability is Applicability.SAFE
        for o in result.omitted:  # counted in full: what the cap leaves out costs a count, not a finding
            entry = self.counts.setdefault((o.code, o.severity), [0, 0])
            entry[0] += o.count
            entry[1] += o.fixable

    def rows(self) -> list[dict[str, object]]:
        assert self.run is not None
        rules = self.run.rules
        ordered = sorted(self.counts.items(), key=lambda kv: (-kv[1][0], kv[0][0], -kv[0][1]))
        return [
            {
                "code": code,
                "name": rules[code].name if code in rules else "",
                "severity": severity.label,
                "count": count,
                "fixable": fixable,
            }
            for (code, severity), (count, fixable) in ordered
        ]

    def finish(self, summary: Summary) -> None:
        assert self.run is not None
        rows = self.rows()
        if self.as_json:
            json.dump(rows, self.stream, indent=2)
            self.stream.write("\n")
            return
        width = max((len(str(r["count"])) for r in rows), default=1)
        for r in rows:
            count, fixable = int(r["count"]), int(r["fixable"])  # type: ignore[call-overload]
            mark = "[*]" if fixable == count else "[-]" if fixable else "[ ]"
            self.stream.write(f"{count:>{width}}  {r['code']:<8} {r['severity']:<8} {mark} {r['name']}\n")
        if not self.run.quiet:
            self.stream.write(totals_line(summary) + "\n")
            if line := fixable_line(summary):
                self.stream.write(line + "\n")
