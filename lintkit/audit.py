"""The data of `lintkit audit`: a whole-corpus picture for editors.

Built from the engine's results (and the corpus index's largest boilerplate
clusters); rendered by lintkit.reports.audit (terminal) and
lintkit.reports.html (one self-contained page).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import field

from lintkit.corpus.view import Cluster
from lintkit.model import Severity
from lintkit.results import FileResult, Summary
from lintkit.rules import Rule
from lintkit.scoring import SCORE_NAMES
from lintkit.structs import dataclass

WORST = 20
BUCKETS = 10  # 0-9, 10-19, ..., 90-100


@dataclass
class AuditData:
    results: Sequence[FileResult]
    summary: Summary
    rules: Mapping[str, Rule]
    as_of: dt.date
    clusters: Sequence[Cluster] = field(default_factory=list)

    @property
    def scored(self) -> list[FileResult]:
        return [r for r in self.results if r.scores]

    def by_family(self) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        for r in self.results:
            for f in r.findings:
                counts[f.category] += 1
            for o in r.omitted:
                counts[self.rules[o.code].category.value if o.code in self.rules else ""] += o.count
        return counts.most_common()

    def by_code(self) -> list[tuple[str, Severity, int]]:
        """(code, severity, count), most frequent first."""
        return [
            (code, sev, n) for (code, sev), n in sorted(self.summary.by_code.items(), key=lambda kv: (-kv[1], kv[0]))
        ]

    def histogram(self, score: str) -> list[int]:
        counts = [0] * BUCKETS
        for r in self.scored:
            counts[min(r.scores["computed"][score] // 10, BUCKETS - 1)] += 1  # type: ignore[index]
        return counts

    def worst(self, n: int = WORST) -> list[FileResult]:
        """Worst first: unreadable files, then by quality, then by findings."""
        return sorted(self.results, key=_rank)[:n]


def _rank(r: FileResult) -> tuple[int, int, str]:
    if r.scores is None:
        return (-1, -r.total, r.path)
    return (r.scores["computed"]["quality"], -r.total, r.path)


def severity_counts(result: FileResult) -> dict[str, int]:
    counts = result.severity_counts()
    return {s.label: counts[s] for s in reversed(Severity)}


def score_of(result: FileResult, name: str) -> int | None:
    return result.scores["computed"][name] if result.scores else None


__all__ = ["BUCKETS", "SCORE_NAMES", "WORST", "AuditData", "score_of", "severity_counts"]
