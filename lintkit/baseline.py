"""Baselines: adopt lintkit on an existing corpus, fail only on new findings.

A finding is matched by its code, its path and a fingerprint of the text of
the element it is about (the paragraph, the meta line...), never by its line
number: inserting lines above an old finding does not resurrect it. Two
findings of the same code on identical text in one file are told apart by
their order. SARIF's `partialFingerprints` use the same fingerprint.

The path is the file's path relative to the project root (`ProjectPaths`:
the config file's folder, or the baseline's own folder when there is no
config file), in `/` form, so that a run from a subfolder or with absolute
paths matches the baseline a run from the root wrote. Baselines of version 1
held the paths as the run that wrote them named the files: they are still
read, and matched as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from lintkit.model import Finding
from lintkit.text import fold

BASELINE_VERSION = 2
# Version 1: paths as the run that wrote the baseline named the files.
READ_VERSIONS = (1, 2)


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


class ProjectPaths:
    """A file's path relative to the project root, in `/` form (absolute when
    it is outside the root), from the path a run names it by."""

    def __init__(self, root: Path, cwd: str | None = None) -> None:
        self.root = os.path.realpath(root)
        self.cwd = cwd or os.getcwd()
        self.known: dict[str, str] = {}

    def __call__(self, shown: str) -> str:
        rel = self.known.get(shown)
        if rel is None:
            real = os.path.realpath(os.path.join(self.cwd, shown))
            rel = os.path.relpath(real, self.root) if real.startswith(self.root.rstrip("/") + "/") else real
            rel = self.known[shown] = rel.replace(os.sep, "/")
        return rel


def project_root(config_source: Path | None, config_root: Path, baseline: Path) -> Path:
    """The folder baseline paths are relative to: the config file's, or, with
    no config file, the baseline's own (the current folder would make a run
    from a subfolder see every finding as new)."""
    return config_root if config_source is not None else baseline.absolute().parent


class Baseline:
    def __init__(self, entries: Iterable[tuple[str, str, str]], paths: ProjectPaths | None = None) -> None:
        self.remaining: Counter[tuple[str, str, str]] = Counter(entries)
        # None: a version 1 baseline, matched by the path as the run names the file.
        self.paths = paths

    @classmethod
    def load(cls, path: Path, paths: ProjectPaths | None = None) -> Baseline:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            version = doc.get("version")
            if type(version) is not int or version not in READ_VERSIONS:  # true == 1 in Python
                raise BaselineError(f"{path}: unsupported baseline version {doc.get('version')!r}")
            entries = [(e["code"], e["path"], e["fingerprint"]) for e in doc["findings"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BaselineError(f"{path}: not a lintkit baseline ({exc})") from None
        return cls(entries, paths if version == BASELINE_VERSION else None)

    def new_findings(self, findings: Sequence[Finding]) -> list[Finding]:
        """The findings not in the baseline (each baseline entry absorbs one finding)."""
        if not findings:
            return []
        name = self.paths(findings[0].path) if self.paths is not None else None
        out = []
        for f, fp in zip(findings, fingerprints(findings, name), strict=True):
            key = (f.code, f.path if name is None else name, fp)
            if self.remaining[key] > 0:
                self.remaining[key] -= 1
            else:
                out.append(f)
        return out


def write_baseline(stream: TextIO, findings: Iterable[Sequence[Finding]], paths: ProjectPaths) -> int:
    """Write every file's findings as a baseline, each file by its path
    relative to the project root; return how many."""
    entries = []
    for per_file in findings:
        if not per_file:
            continue
        name = paths(per_file[0].path)
        for f, fp in zip(per_file, fingerprints(per_file, name), strict=True):
            entries.append({"code": f.code, "path": name, "fingerprint": fp, "line": f.line, "message": f.message})
    doc = {"tool": "lintkit", "version": BASELINE_VERSION, "findings": entries}
    json.dump(doc, stream, indent=1, ensure_ascii=False)
    stream.write("\n")
    return len(entries)
