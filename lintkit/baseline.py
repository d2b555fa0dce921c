"""Baselines: adopt lintkit on an existing corpus, fail only on new findings.

A finding is matched by its code, its path and a fingerprint of the text of
the element it is about (the paragraph, the meta line...), never by its line
number: inserting lines above an old finding does not resurrect it. Two
findings of the same code on identical text in one file are told apart by
their order. SARIF's `partialFingerprints` use the same fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from lintkit.model import Finding
from lintkit.text import fold

BASELINE_VERSION = 1


def fingerprints(findings: Sequence[Finding], path: str | None = None) -> list[str]:
    """One stable fingerprint per finding of a file, in the same order; with
    `path`, made with that name of the file instead of the findings' own."""
    # A plain dict, not a Counter: SARIF and Code Quality reports fingerprint
    # every finding of a run, and this is about a quarter faster.
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in findings:
        text = fold(f.anchor)
        key = (f.code, text)
        n = seen[key] = seen.get(key, 0) + 1
        raw = f"{f.code}\0{f.path if path is None else path}\0{text}\0{n}"
        out.append(hashlib.blake2b(raw.encode(), digest_size=12).hexdigest())
    return out


class BaselineError(Exception):
    pass


class Baseline:
    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        self.remaining: Counter[tuple[str, str, str]] = Counter(entries)

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            version = doc.get("version")
            if type(version) is not int or version != BASELINE_VERSION:  # true == 1 in Python
                raise BaselineError(f"{path}: unsupported baseline version {doc.get('version')!r}")
            return cls((e["code"], e["path"], e["fingerprint"]) for e in doc["findings"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BaselineError(f"{path}: not a lintkit baseline ({exc})") from None

    def new_findings(self, findings: Sequence[Finding]) -> list[Finding]:
        """The findings not in the baseline (each baseline entry absorbs one finding)."""
        out = []
        for f, fp in zip(findings, fingerprints(findings), strict=True):
            key = (f.code, f.path, fp)
            if self.remaining[key] > 0:
                self.remaining[key] -= 1
            else:
                out.append(f)
        return out


def write_baseline(stream: TextIO, findings: Iterable[Sequence[Finding]]) -> int:
    """Write every file's findings as a baseline; return how many."""
    entries = []
    for per_file in findings:
        for f, fp in zip(per_file, fingerprints(per_file), strict=True):
            entries.append({"code": f.code, "path": f.path, "fingerprint": fp, "line": f.line, "message": f.message})
    doc = {"tool": "lintkit", "version": BASELINE_VERSION, "findings": entries}
    json.dump(doc, stream, indent=1, ensure_ascii=False)
    stream.write("\n")
    return len(entries)
