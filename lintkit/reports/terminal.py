"""The default report: Rich on a terminal, plain one-line findings otherwise.

On a terminal, findings are grouped under each file (its name once, then
`line:col` on each finding, as ruff's grouped output and eslint's stylish
do) with severities in colour, followed by a table of counts by code. When the output is not a
terminal (a pipe, a pre-commit hook, CI logs) or NO_COLOR is set, every
finding is one greppable line, `path:line:col: CODE severity message`.
"""

from __future__ import annotations

import os
from typing import TextIO

from lintkit.model import Finding, Severity
from lintkit.reports import RunInfo
from lintkit.results import FileResult, Summary
from lintkit.text import plural

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def plain_line(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.code} {f.severity.label} {f.message}"


def totals_line(summary: Summary) -> str:
    parts = [plural(summary.counts[s], s.label) for s in reversed(Severity)]
    total = sum(summary.counts.values())
    return f"{plural(total, 'finding')} in {plural(summary.files, 'file')} ({', '.join(parts)})"


def omitted_line(summary: Summary) -> str:
    """What the totals count and the report does not list (max_findings_per_code), or ''."""
    if not summary.omitted:
        return ""
    return (
        f"{plural(summary.omitted, 'finding')} in {plural(summary.omitted_files, 'file')} not listed: "
        "more of one code in a file than max-findings-per-code (--max-findings-per-code 0 lists all)"
    )


def fixable_line(summary: Summary) -> str:
    """`[*] 12 fixable with --fix (3 more with --unsafe-fixes)`, or '' when nothing is."""
    safe, more = summary.fixable, summary.fixable_unsafe - summary.fixable
    if not safe and not more:
        return ""
    line = f"[*] {safe} fixable with --fix" if safe else "[*] 0 fixable with --fix"
    return line + (f" ({more} more with --unsafe-fixes)" if more else "")


def _wants_rich(stream: TextIO) -> bool:
    """A terminal without NO_COLOR; FORCE_COLOR (as Rich reads it) forces one."""
    if "NO_COLOR" in os.environ:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class TerminalReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.plain = not _wants_rich(stream)
        self.run: RunInfo | None = None
        if not self.plain:  # Rich costs a tenth of a second to import: plain runs skip it
            from rich.console import Console

            self.console = Console(file=stream, highlight=False, soft_wrap=True)

    def start(self, run: RunInfo) -> None:
        self.run = run

    def file(self, result: FileResult) -> None:
        if not result.findings:  # a file with omitted findings lists some of the same code
            return
        source = self.run.source if self.run is not None else None
        if self.plain:
            if source is None:
                self.stream.write("".join(plain_line(f) + "\n" for f in result.findings))
            else:
                self.stream.write("".join(f"{plain_line(f)}\n{source(f)}\n" for f in result.findings))
            return
        from rich.markup import escape

        self.console.print(f"[bold underline]{escape(result.path)}[/]")
        # The heading names the file: each line gives only where in it, so that
        # lines stay short enough not to wrap.
        locations = [f"{f.line}:{f.column}" for f in result.findings]
        width = max(map(len, locations))
        for f, where in zip(result.findings, locations, strict=True):
            style = STYLE[f.severity]
            self.console.print(
                f"  [dim]{escape(where.ljust(width))}[/]  [bold]{f.code:<7}[/] "
                f"[{style}]{f.severity.label:<7}[/] {escape(f.message)}"
            )
            if source is not None:
                self.console.print(source(f), markup=False, highlight=False, style="dim")
        for o in result.omitted:
            self.console.print(f"  [dim]… {plural(o.count, f'more {o.code} finding')} not listed[/]")
        self.console.print()

    def finish(self, summary: Summary) -> None:
        assert self.run is not None
        if self.run.quiet:
            return
        rules = self.run.rules
        rows = sorted(summary.by_code.items())
        if self.plain:
            if rows:
                self.stream.write("\n")
            for (code, sev), n in rows:
                r = rules.get(code)
                name = r.name if r else ""
                self.stream.write(f"{n:>6}  {code:<8} {sev.label:<8} {name}\n")
            self.stream.write(totals_line(summary) + "\n")
            if line := omitted_line(summary):
                self.stream.write(line + "\n")
            if line := fixable_line(summary):
                self.stream.write(line + "\n")
            return
        from rich.table import Table

        if rows:
            table = Table(title="Findings by code", title_justify="left")
            table.add_column("code", style="bold")
            table.add_column("name")
            table.add_column("severity")
            table.add_column("count", justify="right")
            for (code, sev), n in rows:
                r = rules.get(code)
                table.add_row(code, r.name if r else "", f"[{STYLE[sev]}]{sev.label}[/]", str(n))
            self.console.print(table)
        style = "bold red" if summary.at_or_above(self.run.fail_on) else "bold green"
        self.console.print(f"[{style}]{totals_line(summary)}[/]")
        if line := omitted_line(summary):
            self.console.print(line, markup=False)
        if line := fixable_line(summary):
            self.console.print(line, markup=False)
