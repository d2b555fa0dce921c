"""What a run produces, and what reporters read: each file's `FileResult` and the `Summary`.

`Analysis` is a file's stage-A result (everything that depends on the file
alone), as the results cache keeps it between runs and as worker processes
send it back. Reporters import this module, never the pipeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from typing import Any, NamedTuple

from lintkit.corpus.sketch import Prints
from lintkit.model import Applicability, Finding, Severity, Suppression
from lintkit.records import GIVEN
from lintkit.scoring import ScoreInputs, Scores
from lintkit.structs import dataclass


class Omitted(NamedTuple):
    """The findings of one code a file had beyond `max_findings_per_code`:
    counted, never kept (what they would add to every total), so that the
    cap bounds memory and changes no verdict."""

    code: str
    severity: Severity
    count: int
    # How many of them have a safe fix, and a fix at all (the summary's `[*]` line).
    fixable: int = 0
    fixable_unsafe: int = 0


@dataclass(frozen=True)
class Analysis:
    """Stage A of one file: its findings from the article rules, what the
    scores and the corpus index need, and how the file was when read."""

    display: str = field(metadata=GIVEN)  # a run may name the file otherwise: given back on load
    key: str  # the file's name in the caches and the corpus index (files.file_key)
    format: str
    readable: bool
    findings: tuple[Finding, ...]
    errors: tuple[str, ...]
    inputs: ScoreInputs | None
    prints: Prints | None
    digest: str
    size: int
    stamp: int  # the file's version (files.stamp) the analysis was made of
    # (line, url) of each well-formed image url, when the online check runs
    urls: tuple[tuple[int, str], ...] = ()
    # The file's suppression comments: stage B drops the findings they cover too.
    suppressions: tuple[Suppression, ...] = ()
    # The article's title as written (lintkit.facts.title), for the reports that name articles as editors do.
    title: str | None = None
    # The article rules' findings beyond the cap, by code (counted, not kept).
    omitted: tuple[Omitted, ...] = ()


@dataclass(frozen=True)
class FileResult:
    """A file's final result: every finding, sorted, and its scores."""

    path: str = field(metadata=GIVEN)
    format: str
    findings: tuple[Finding, ...]
    # {"computed": {name: score}, "declared": {name: score} or None}
    scores: Mapping[str, Any] | None = None
    # Internal errors (a rule that crashed): reported on stderr, never fatal.
    errors: tuple[str, ...] = ()
    # The scores with every intermediate value, only for `lintkit score --explain`.
    breakdown: Scores | None = field(default=None, compare=False, repr=False)
    # The article's title as written, if it has one (the audit lists articles by it).
    title: str | None = None
    # The findings beyond `max_findings_per_code`, by code: counted in every total, not listed.
    omitted: tuple[Omitted, ...] = ()

    @property
    def total(self) -> int:
        """How many findings the file has, those omitted too."""
        return len(self.findings) + sum(o.count for o in self.omitted)

    def severity_counts(self) -> dict[Severity, int]:
        """The file's findings by severity, those omitted too."""
        counts = dict.fromkeys(Severity, 0)
        for f in self.findings:
            counts[f.severity] += 1
        for o in self.omitted:
            counts[o.severity] += o.count
        return counts


@dataclass
class Summary:
    """The counts over a run's results: files, findings by severity and code, fixable findings."""

    files: int = 0
    counts: dict[Severity, int] = field(default_factory=lambda: dict.fromkeys(Severity, 0))
    # (code, severity as reported) -> count
    by_code: dict[tuple[str, Severity], int] = field(default_factory=dict)
    # Findings with a fix: safe ones (--fix), and all (--unsafe-fixes).
    fixable: int = 0
    fixable_unsafe: int = 0
    # Findings counted above but not listed (FileResult.omitted), and in how many files.
    omitted: int = 0
    omitted_files: int = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        for f in result.findings:
            if f.fix is not None:
                self.fixable_unsafe += 1
                self.fixable += f.fix.applicability is Applicability.SAFE
            self.counts[f.severity] += 1
            key = (f.code, f.severity)
            self.by_code[key] = self.by_code.get(key, 0) + 1
        for o in result.omitted:
            self.counts[o.severity] += o.count
            self.by_code[(o.code, o.severity)] = self.by_code.get((o.code, o.severity), 0) + o.count
            self.fixable += o.fixable
            self.fixable_unsafe += o.fixable_unsafe
            self.omitted += o.count
        self.omitted_files += bool(result.omitted)

    def at_or_above(self, level: Severity) -> int:
        return sum(n for sev, n in self.counts.items() if sev >= level)
