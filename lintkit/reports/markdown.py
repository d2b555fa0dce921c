"""`--format markdown`: a summary for `$GITHUB_STEP_SUMMARY` and pull-request comments.

A heading with the verdict, a table of findings by severity and code, the
worst files with their scores, and the findings, most severe first, folded
by file in `<details>` blocks. The whole report fits in a pull-request
comment (and so in a step summary): the totals and tables always, then as
many findings as fit, errors before warnings before infos, and a last line
saying how many were left out.
"""

from __future__ import annotations

import html
from typing import TextIO

from lintkit.model import Finding, Severity
from lintkit.reports import RunInfo
from lintkit.reports.terminal import omitted_line, totals_line
from lintkit.results import FileResult, Summary
from lintkit.scoring import SCORE_NAMES
from lintkit.text import plural

WORST = 10
ICON = {Severity.ERROR: "🔴", Severity.WARNING: "🟡", Severity.INFO: "🔵"}

# GitHub refuses a pull-request comment longer than this: "Body is too long
# (maximum is 65536 characters)", the REST API's answer to a longer one
# (https://docs.github.com/en/rest/issues/comments#create-an-issue-comment).
# A step summary may be 1 MiB: "$GITHUB_STEP_SUMMARY upload aborted, supports
# content up to a size of 1024k", the runner says of a larger one
# (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary).
PR_COMMENT_MAX_CHARACTERS = 65_536
STEP_SUMMARY_MAX_BYTES = 1024 * 1024
# The report is measured in UTF-8 bytes, never fewer than its characters (or
# its UTF-16 units, which some of GitHub counts): under both limits however
# GitHub counts.
MAX_BYTES = min(PR_COMMENT_MAX_CHARACTERS, STEP_SUMMARY_MAX_BYTES)
# Kept free for the line that says what was left out.
_TRAILER_ROOM = 400


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _row(f: Finding) -> str:
    return f"| {f.line}:{f.column} | `{f.code}` | {ICON[f.severity]} {f.severity.label} | {cell(f.message)} |\n"


_TABLE_HEAD = "| line | code | severity | message |\n|---:|---|---|---|\n"
_DETAILS_END = "\n</details>\n\n"


class MarkdownReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.results: list[FileResult] = []
        self.run: RunInfo | None = None

    def start(self, run: RunInfo) -> None:
        self.run = run

    def file(self, result: FileResult) -> None:
        self.results.append(result)

    def _head(self, summary: Summary) -> str:
        assert self.run is not None
        out: list[str] = []
        w = out.append
        failed = summary.at_or_above(self.run.fail_on)
        verdict = f"❌ fails at `{self.run.fail_on.label}`" if failed else "✅ passes"
        w(f"## lintkit: {verdict}\n\n{totals_line(summary)}.\n\n")
        if line := omitted_line(summary):
            w(f"{line}.\n\n")
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
                w(f"| `{cell(r.path)}` | {values} | {r.total} |\n")
            w("\n")
        return "".join(out)

    @staticmethod
    def _opening(r: FileResult, shown: int) -> str:
        counts = r.severity_counts()
        badge = ", ".join(plural(n, s.label) for s, n in sorted(counts.items(), reverse=True) if n)
        if shown < r.total:
            badge += f" ({shown} shown)"
        return f"<details><summary><code>{html.escape(r.path)}</code>: {badge}</summary>\n\n{_TABLE_HEAD}"

    def _fit(self, with_findings: list[FileResult], room: int) -> dict[int, list[tuple[Finding, str]]]:
        """The findings to list, by file index, with their rows: most severe
        first, each severity in file order, until the next one would not fit."""
        shown: dict[int, list[tuple[Finding, str]]] = {}
        for sev in sorted(Severity, reverse=True):
            for i, r in enumerate(with_findings):
                for f in r.findings:
                    if f.severity is not sev:
                        continue
                    row = _row(f)
                    # A file's first row brings its opening, sized with the
                    # longest badge it may get, and its closing.
                    opening = 0 if i in shown else _size(self._opening(r, 0) + _DETAILS_END) + len(str(len(r.findings)))
                    if _size(row) + opening > room:
                        return shown
                    room -= _size(row) + opening
                    shown.setdefault(i, []).append((f, row))
        return shown

    def finish(self, summary: Summary) -> None:
        assert self.run is not None
        head = self._head(summary)
        with_findings = [r for r in self.results if r.findings]
        total = sum(len(r.findings) for r in with_findings)
        room = MAX_BYTES - _size(head) - _TRAILER_ROOM - _size("### Findings\n\n")
        shown = self._fit(with_findings, room)
        out = [head]
        if shown:
            out.append("### Findings\n\n")
        # Files with the most severe findings first; in each, its findings most severe first.
        worst_first = sorted(shown, key=lambda i: (-max(f.severity for f, _ in shown[i]), i))
        for i in worst_first:
            rows = sorted(shown[i], key=lambda fr: -fr[0].severity)
            out.append(self._opening(with_findings[i], len(rows)))
            out.extend(row for _, row in rows)
            out.append(_DETAILS_END)
        listed = sum(len(rows) for rows in shown.values())
        if listed < total:
            left = total - listed
            files = sum(1 for i, r in enumerate(with_findings) if len(shown.get(i, ())) < len(r.findings))
            text = (
                f"{plural(left, 'finding')} of {total} (in {plural(files, 'file')}) left out to fit "
                f"GitHub's {PR_COMMENT_MAX_CHARACTERS:,}-character limit for a comment or step summary; "
                "`lintkit check --format json` lists them all"
            )
            out.append(f"… {text}.\n")
            self.run.note(f"Markdown: {text}")
        self.stream.write("".join(out))
