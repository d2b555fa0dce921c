"""`--format markdown`: a summary for `$GITHUB_STEP_SUMMARY` and pull-request comments.

A heading with the verdict, a table of findings by severity and code, the
worst files with their scores, and each file's findings folded in a
`<details>` block so a long report stays readable.
"""

from __future__ import annotations

import html
from typing import TextIO

from lintkit.model import Severity
from lintkit.reports import RunInfo
from lintkit.reports.terminal import totals_line
from lintkit.results import FileResult, Summary
from lintkit.scoring import SCORE_NAMES

WORST = 10
# GitHub refuses a step summary over 1 MiB: past this many files, the
# findings are counted, not listed.
MAX_FILES = 100
ICON = {Severity.ERROR: "🔴", Severity.WARNING: "🟡", Severity.INFO: "🔵"}


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


class MarkdownReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.results: list[FileResult] = []
        self.run: RunInfo | None = None

    def start(self, run: RunInfo) -> None:
        self.run = run

    def file(self, result: FileResult) -> None:
        self.results.append(result)

    def finish(self, summary: Summary) -> None:
        assert self.run is not None
        w = self.stream.write
        failed = summary.at_or_above(self.run.fail_on)
        verdict = f"❌ fails at `{self.run.fail_on.label}`" if failed else "✅ passes"
        w(f"## lintkit: {verdict}\n\n{totals_line(summary)}.\n\n")
        if summary.by_code:
            w("| severity | code | name | count |\n|---|---|---|---:|\n")
            for (code, sev), n in sorted(summary.by_code.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
                rule = self.run.rules.get(code)
                w(f"| {ICON[sev]} {sev.label} | `{code}` | {rule.name if rule else ''} | {n} |\n")
            w("\n")
        scored = [r for r in self.results if r.scores]
        if scored:
            worst = sorted(scored, key=lambda r: (r.scores["computed"]["quality"], r.path))[:WORST]
            w(f"### Worst files by quality\n\n| file | {' | '.join(SCORE_NAMES)} | findings |\n")
            w("|---|" + "---:|" * (len(SCORE_NAMES) + 1) + "\n")
            for r in worst:
                values = " | ".join(str(r.scores["computed"][n]) for n in SCORE_NAMES)
                w(f"| `{cell(r.path)}` | {values} | {len(r.findings)} |\n")
            w("\n")
        with_findings = [r for r in self.results if r.findings]
        if with_findings:
            w("### Findings\n\n")
        for r in with_findings[:MAX_FILES]:
            counts = {s: sum(1 for f in r.findings if f.severity is s) for s in Severity}
            badge = ", ".join(f"{n} {s.label}" for s, n in sorted(counts.items(), reverse=True) if n)
            w(f"<details><summary><code>{html.escape(r.path)}</code>: {badge}</summary>\n\n")
            w("| line | code | severity | message |\n|---:|---|---|---|\n")
            for f in r.findings:
                w(f"| {f.line}:{f.column} | `{f.code}` | {ICON[f.severity]} {f.severity.label} | {cell(f.message)} |\n")
            w("\n</details>\n\n")
        if len(with_findings) > MAX_FILES:
            rest = len(with_findings) - MAX_FILES
            w(f"… and {rest} more file{'s' if rest != 1 else ''} with findings (see the full report).\n")
