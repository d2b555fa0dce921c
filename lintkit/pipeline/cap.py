"""At most `max_findings_per_code` findings of one code in a file (issue 17).

A file of half a million repeated checklist bullets made half a million
findings, each held from its rule to the report: gigabytes. As a compiler
keeps its first errors (clang's -ferror-limit, gcc's -fmax-errors), a run
keeps the first findings of a code in a file, by position, and counts the
others (`results.Omitted`, with their severity and fixes), so that every
total, the exit code and the quality score are those of a run without the
cap. No finding is made of a hit that cannot be kept: a rule's findings are
held at most twice the limit at once, then trimmed, and once the limit is
reached a hit at or after the last kept place is only counted.

A finding that holds only while a file is missing (Finding.unless_exists)
is always kept: the run drops it when the file exists, which a count could
not follow.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from lintkit.model import Applicability, Finding, Fix, Severity
from lintkit.results import FileResult, Omitted


def _place(f: Finding) -> tuple[int, int]:
    return (f.line, f.column)


class Capped:
    """One rule's findings in one file: the first `limit` by position kept
    (in the order the rule gave them when two share a place), the rest counted."""

    __slots__ = ("bound", "count", "fixable", "fixable_unsafe", "kept", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.kept: list[Finding] = []
        # A hit at this place or after it cannot be among the first `limit`; None: any may be.
        self.bound: tuple[int, int] | None = None
        self.count = self.fixable = self.fixable_unsafe = 0

    def over(self, line: int, column: int, fix: Fix | None) -> bool:
        """Whether a hit at this place is left out; if so, it is counted."""
        if self.bound is None or (line, column) < self.bound:
            return False
        self.omit(fix)
        return True

    def add(self, finding: Finding) -> None:
        self.kept.append(finding)
        if len(self.kept) >= 2 * self.limit:
            self._trim()

    def omit(self, fix: Fix | None) -> None:
        """Count a finding left out."""
        self.count += 1
        if fix is not None:
            self.fixable_unsafe += 1
            self.fixable += fix.applicability is Applicability.SAFE

    def _trim(self) -> None:
        self.kept.sort(key=_place)  # stable: of two at one place, the rule's first stays first
        for f in self.kept[self.limit :]:
            self.omit(f.fix)
        del self.kept[self.limit :]
        self.bound = _place(self.kept[-1])

    def result(self, code: str, severity: Severity) -> tuple[list[Finding], Omitted | None]:
        """The findings kept, and what was left out (None: nothing)."""
        if len(self.kept) > self.limit:
            self._trim()
        omitted = Omitted(code, severity, self.count, self.fixable, self.fixable_unsafe) if self.count else None
        return self.kept, omitted


def merged(*groups: Iterable[Omitted]) -> tuple[Omitted, ...]:
    """Omitted counts of several sources, one per code and severity, by code."""
    by_key: dict[tuple[str, Severity], list[int]] = {}
    for group in groups:
        for o in group:
            entry = by_key.setdefault((o.code, o.severity), [0, 0, 0])
            entry[0] += o.count
            entry[1] += o.fixable
            entry[2] += o.fixable_unsafe
    return tuple(Omitted(code, sev, *counts) for (code, sev), counts in sorted(by_key.items()))


def capped_result(result: FileResult, limit: int) -> FileResult:
    """A whole result capped as the run caps it (the first findings of each code
    by position kept, the rest counted): what a report shows when the run kept
    every finding for the baseline to match them one by one."""
    if not limit or len(result.findings) <= limit:
        return result
    counts = Counter(f.code for f in result.findings if not f.unless_exists)
    if all(n <= limit for n in counts.values()):
        return result
    caps: dict[str, Capped] = {}
    kept: list[Finding] = []
    for f in result.findings:  # sorted by place: each code's first `limit` are its first
        if f.unless_exists or counts[f.code] <= limit:
            kept.append(f)
            continue
        cap = caps.setdefault(f.code, Capped(limit))
        if len(cap.kept) < limit:
            cap.kept.append(f)
            kept.append(f)
        else:
            cap.omit(f.fix)
    severities = {f.code: f.severity for f in result.findings}
    omitted = [Omitted(code, severities[code], c.count, c.fixable, c.fixable_unsafe) for code, c in caps.items()]
    return dataclasses.replace(result, findings=tuple(kept), omitted=merged(result.omitted, omitted))
